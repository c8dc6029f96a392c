"""A convolution, a module built from leaf kernels: `PPLCNetV4ConvLayer` as transformers runs it, built from L1/batch_norm2d, L1/conv2d_057413 (hyper-parameters of batch_norm vary per case).

kernel:        542194c36f0940c3
level:         2
label:         convolution
qualnames:     transformers.models.pp_lcnet_v4.modeling_pp_lcnet_v4.PPLCNetV4ConvLayer, transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer, transformers.models.d_fine.modeling_d_fine.DFineConvNormLayer, transformers.models.deimv2.modeling_deimv2.Deimv2ConvNormLayer, transformers.models.pp_lcnet_v3.modeling_pp_lcnet_v3.PPLCNetV3ConvLayer, transformers.models.efficientloftr.modeling_efficientloftr.EfficientLoFTRConvNormLayer, transformers.models.cvt.modeling_cvt.CvtSelfAttentionConvProjection, transformers.models.pp_doclayout_v2.modeling_pp_doclayout_v2.PPDocLayoutV2ConvNormLayer, transformers.models.pp_doclayout_v3.modeling_pp_doclayout_v3.PPDocLayoutV3ConvNormLayer, transformers.models.pp_doclayout_v4.modeling_pp_doclayout_v4.PPDocLayoutV4ConvNormLayer, transformers.models.rt_detr.modeling_rt_detr.RTDetrConvNormLayer, transformers.models.rt_detr_v2.modeling_rt_detr_v2.RTDetrV2ConvNormLayer, transformers.models.mobilevitv2.modeling_mobilevitv2.MobileViTV2ConvLayer, transformers.models.resnet.modeling_resnet.ResNetShortCut, transformers.models.align.modeling_align.AlignVisionFinalBlockLayer, transformers.models.efficientnet.modeling_efficientnet.EfficientNetFinalBlockLayer, transformers.models.mobilevit.modeling_mobilevit.MobileViTConvLayer, transformers.models.levit.modeling_levit.LevitConvEmbeddings, transformers.models.regnet.modeling_regnet.RegNetShortCut
transformers:  5.24.0
architectures: align, cvt, d_fine, deimv2, efficientloftr, efficientnet, hgnet_v2, levit, mobilevit, mobilevitv2, pp_doclayout_v2, pp_doclayout_v3, pp_doclayout_v4, pp_lcnet_v3, pp_lcnet_v4, pp_ocrv5_mobile_det, pp_ocrv5_mobile_rec, pp_ocrv5_server_det, pp_ocrv5_server_rec, pp_ocrv6_medium_det, pp_ocrv6_small_det, pp_ocrv6_small_rec, pp_ocrv6_tiny_rec, regnet, resnet, rt_detr, rt_detr_v2, upernet
cases:         38 real cases, default first (the most common that fits in 8 GB); 126 unmapped
"""

import torch
from torch import nn
from torch import Tensor
from transformers.models.pp_lcnet_v4.modeling_pp_lcnet_v4 import PPLCNetV4ConvLayer


class Model(PPLCNetV4ConvLayer):
    """`PPLCNetV4ConvLayer` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(
        self,
        in_channels: int,
        out_channels: int,
        kernel_size: int,
        stride: int = 1,
        groups: int = 1,
        activation: str = "relu",
        use_learnable_affine_block: bool = False,
    ):
        super().__init__(in_channels, out_channels, kernel_size, stride, groups, activation, use_learnable_affine_block)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A convolution, a module built from leaf kernels: `PPLCNetV4ConvLayer` as transformers runs it, built from L1/batch_norm2d, L1/conv2d_057413 (hyper-parameters of batch_norm vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        convolution.weight [96, 192, 1, 1]
        normalization.weight [96]
        normalization.bias [96]
        normalization.running_mean [96]
        normalization.running_var [96]
        normalization.num_batches_tracked []
    """

    def __init__(
        self,
        in_channels: int,
        out_channels: int,
        kernel_size: int,
        stride: int = 1,
        groups: int = 1,
        activation: str = "relu",
        use_learnable_affine_block: bool = False,
    ):
        super().__init__()
        raise NotImplementedError("write the kernel: a convolution (PPLCNetV4ConvLayer)")

    def forward(self, input: Tensor) -> Tensor:
        raise NotImplementedError("write the kernel: a convolution (PPLCNetV4ConvLayer)")


KERNEL = {"id": "542194c36f0940c3", "name": "pplc_net_v4_conv_layer", "level": 2, "label": "convolution", "qualname": "transformers.models.pp_lcnet_v4.modeling_pp_lcnet_v4.PPLCNetV4ConvLayer", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"in_channels": 192, "out_channels": 96, "kernel_size": 1, "stride": 1, "groups": 1, "activation": None, "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 192, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3650304,
     "flops": 231813120,
     "architectures": ["pp_lcnet_v4", "pp_ocrv6_medium_det", "pp_ocrv6_small_det", "pp_ocrv6_small_rec", "pp_ocrv6_tiny_rec"],
     "qualname": "transformers.models.pp_lcnet_v4.modeling_pp_lcnet_v4.PPLCNetV4ConvLayer",
     "path": "encoder.blocks.0.blocks.0.channel_conv2",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 96, "out_channels": 192, "kernel_size": 1, "stride": 1, "groups": 1, "activation": None, "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 96, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3651072,
     "flops": 232415232,
     "architectures": ["pp_lcnet_v4", "pp_ocrv6_medium_det", "pp_ocrv6_small_det", "pp_ocrv6_small_rec", "pp_ocrv6_tiny_rec"],
     "qualname": "transformers.models.pp_lcnet_v4.modeling_pp_lcnet_v4.PPLCNetV4ConvLayer",
     "path": "encoder.blocks.0.blocks.0.channel_conv1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 192, "out_channels": 192, "kernel_size": 1, "stride": 1, "groups": 1, "activation": None, "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 192, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 376320,
     "flops": 28976640,
     "architectures": ["hgnet_v2", "pp_ocrv5_server_det", "pp_ocrv6_medium_det", "pp_ocrv6_small_det"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "encoder.stages.2.blocks.0.layers.1.conv1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 192, "out_channels": 192, "kernel_size": 1, "stride": 1, "groups": 1, "activation": None, "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 192, 28, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2483712,
     "flops": 231813120,
     "architectures": ["pp_lcnet_v4", "pp_ocrv5_server_rec", "pp_ocrv6_small_rec", "pp_ocrv6_tiny_rec"],
     "qualname": "transformers.models.pp_lcnet_v4.modeling_pp_lcnet_v4.PPLCNetV4ConvLayer",
     "path": "encoder.blocks.2.blocks.0.channel_conv2",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 384, "out_channels": 384, "kernel_size": 1, "stride": 1, "groups": 1, "activation": None, "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 384, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 448512,
     "flops": 28939008,
     "architectures": ["hgnet_v2", "pp_ocrv5_server_det", "pp_ocrv6_medium_det", "pp_ocrv6_small_det"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "encoder.stages.3.blocks.0.layers.1.conv1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 384, "out_channels": 384, "kernel_size": 1, "stride": 1, "groups": 1, "activation": None, "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 384, 14, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2706432,
     "flops": 463024128,
     "architectures": ["pp_lcnet_v4", "pp_ocrv5_server_rec", "pp_ocrv6_small_rec", "pp_ocrv6_tiny_rec"],
     "qualname": "transformers.models.pp_lcnet_v4.modeling_pp_lcnet_v4.PPLCNetV4ConvLayer",
     "path": "encoder.blocks.3.blocks.0.channel_conv2",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 192, "out_channels": 384, "kernel_size": 1, "stride": 1, "groups": 1, "activation": None, "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 192, 28, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3763200,
     "flops": 463626240,
     "architectures": ["pp_lcnet_v4", "pp_ocrv6_small_rec", "pp_ocrv6_tiny_rec"],
     "qualname": "transformers.models.pp_lcnet_v4.modeling_pp_lcnet_v4.PPLCNetV4ConvLayer",
     "path": "encoder.blocks.2.blocks.1.channel_conv1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 384, "out_channels": 192, "kernel_size": 1, "stride": 1, "groups": 1, "activation": None, "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 384, 28, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3761664,
     "flops": 463024128,
     "architectures": ["pp_lcnet_v4", "pp_ocrv6_small_rec", "pp_ocrv6_tiny_rec"],
     "qualname": "transformers.models.pp_lcnet_v4.modeling_pp_lcnet_v4.PPLCNetV4ConvLayer",
     "path": "encoder.blocks.2.blocks.1.channel_conv2",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 384, "out_channels": 768, "kernel_size": 1, "stride": 1, "groups": 1, "activation": None, "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 384, 14, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4208640,
     "flops": 926048256,
     "architectures": ["pp_lcnet_v4", "pp_ocrv6_small_rec", "pp_ocrv6_tiny_rec"],
     "qualname": "transformers.models.pp_lcnet_v4.modeling_pp_lcnet_v4.PPLCNetV4ConvLayer",
     "path": "encoder.blocks.3.blocks.1.channel_conv1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 768, "out_channels": 384, "kernel_size": 1, "stride": 1, "groups": 1, "activation": None, "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 768, 14, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4205568,
     "flops": 925446144,
     "architectures": ["pp_lcnet_v4", "pp_ocrv6_small_rec", "pp_ocrv6_tiny_rec"],
     "qualname": "transformers.models.pp_lcnet_v4.modeling_pp_lcnet_v4.PPLCNetV4ConvLayer",
     "path": "encoder.blocks.3.blocks.1.channel_conv2",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 192, "out_channels": 384, "kernel_size": 1, "stride": 1, "groups": 1, "activation": None, "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 192, 14, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1956864,
     "flops": 231813120,
     "architectures": ["pp_lcnet_v4", "pp_ocrv6_small_rec", "pp_ocrv6_tiny_rec"],
     "qualname": "transformers.models.pp_lcnet_v4.modeling_pp_lcnet_v4.PPLCNetV4ConvLayer",
     "path": "encoder.blocks.3.blocks.0.channel_conv1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 192, "out_channels": 192, "kernel_size": 3, "stride": [2, 1], "groups": 192, "activation": None, "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 192, 28, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1811328,
     "flops": 5720064,
     "architectures": ["pp_lcnet_v4", "pp_ocrv6_small_rec", "pp_ocrv6_tiny_rec"],
     "qualname": "transformers.models.pp_lcnet_v4.modeling_pp_lcnet_v4.PPLCNetV4ConvLayer",
     "path": "encoder.blocks.3.blocks.0.token_conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 96, "out_channels": 192, "kernel_size": 1, "stride": 1, "groups": 1, "activation": None, "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 96, 28, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1844736,
     "flops": 116207616,
     "architectures": ["pp_lcnet_v4", "pp_ocrv6_small_rec", "pp_ocrv6_tiny_rec"],
     "qualname": "transformers.models.pp_lcnet_v4.modeling_pp_lcnet_v4.PPLCNetV4ConvLayer",
     "path": "encoder.blocks.2.blocks.0.channel_conv1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 96, "out_channels": 96, "kernel_size": 3, "stride": [2, 1], "groups": 96, "activation": None, "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 96, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1808832,
     "flops": 5720064,
     "architectures": ["pp_lcnet_v4", "pp_ocrv6_small_rec", "pp_ocrv6_tiny_rec"],
     "qualname": "transformers.models.pp_lcnet_v4.modeling_pp_lcnet_v4.PPLCNetV4ConvLayer",
     "path": "encoder.blocks.2.blocks.0.token_conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 192, "out_channels": 384, "kernel_size": 1, "stride": 1, "groups": 1, "activation": None, "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 192, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 602112,
     "flops": 57953280,
     "architectures": ["pp_ocrv6_medium_det", "pp_ocrv6_small_det"],
     "qualname": "transformers.models.pp_lcnet_v4.modeling_pp_lcnet_v4.PPLCNetV4ConvLayer",
     "path": "backbone.encoder.blocks.2.blocks.1.channel_conv1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 384, "out_channels": 192, "kernel_size": 1, "stride": 1, "groups": 1, "activation": None, "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 384, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 600576,
     "flops": 57878016,
     "architectures": ["pp_ocrv6_medium_det", "pp_ocrv6_small_det"],
     "qualname": "transformers.models.pp_lcnet_v4.modeling_pp_lcnet_v4.PPLCNetV4ConvLayer",
     "path": "backbone.encoder.blocks.2.blocks.1.channel_conv2",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1024, "out_channels": 192, "kernel_size": 1, "stride": 1, "groups": 1, "activation": None, "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1024, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1348096,
     "flops": 154215936,
     "architectures": ["hgnet_v2", "pp_ocrv5_server_det"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "encoder.stages.2.blocks.1.layers.0.conv1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 192, "out_channels": 96, "kernel_size": 1, "stride": 1, "groups": 1, "activation": None, "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 192, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 940800,
     "flops": 57953280,
     "architectures": ["pp_ocrv6_medium_det", "pp_ocrv6_small_det"],
     "qualname": "transformers.models.pp_lcnet_v4.modeling_pp_lcnet_v4.PPLCNetV4ConvLayer",
     "path": "backbone.encoder.blocks.1.blocks.0.channel_conv2",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 384, "out_channels": 768, "kernel_size": 1, "stride": 1, "groups": 1, "activation": None, "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 384, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 821760,
     "flops": 57878016,
     "architectures": ["pp_ocrv6_medium_det", "pp_ocrv6_small_det"],
     "qualname": "transformers.models.pp_lcnet_v4.modeling_pp_lcnet_v4.PPLCNetV4ConvLayer",
     "path": "backbone.encoder.blocks.3.blocks.1.channel_conv1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 768, "out_channels": 384, "kernel_size": 1, "stride": 1, "groups": 1, "activation": None, "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 768, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 818688,
     "flops": 57840384,
     "architectures": ["pp_ocrv6_medium_det", "pp_ocrv6_small_det"],
     "qualname": "transformers.models.pp_lcnet_v4.modeling_pp_lcnet_v4.PPLCNetV4ConvLayer",
     "path": "backbone.encoder.blocks.3.blocks.1.channel_conv2",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 96, "out_channels": 192, "kernel_size": 1, "stride": 1, "groups": 1, "activation": None, "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 96, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 941568,
     "flops": 58103808,
     "architectures": ["pp_ocrv6_medium_det", "pp_ocrv6_small_det"],
     "qualname": "transformers.models.pp_lcnet_v4.modeling_pp_lcnet_v4.PPLCNetV4ConvLayer",
     "path": "backbone.encoder.blocks.1.blocks.0.channel_conv1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1024, "out_channels": 1024, "kernel_size": 3, "stride": 2, "groups": 1024, "activation": None, "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1024, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1030144,
     "flops": 1906688,
     "architectures": ["hgnet_v2", "pp_ocrv5_server_det"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "encoder.stages.3.downsample",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1024, "out_channels": 384, "kernel_size": 1, "stride": 1, "groups": 1, "activation": None, "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1024, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1065472,
     "flops": 77107968,
     "architectures": ["hgnet_v2", "pp_ocrv5_server_det"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "encoder.stages.3.blocks.0.layers.0.conv1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 128, "out_channels": 128, "kernel_size": 3, "stride": 2, "groups": 128, "activation": None, "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2010368,
     "flops": 3813376,
     "architectures": ["hgnet_v2", "pp_ocrv5_server_det"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "encoder.stages.1.downsample",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 192, "out_channels": 192, "kernel_size": 3, "stride": 2, "groups": 192, "activation": None, "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 192, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 193152,
     "flops": 357504,
     "architectures": ["pp_ocrv6_medium_det", "pp_ocrv6_small_det"],
     "qualname": "transformers.models.pp_lcnet_v4.modeling_pp_lcnet_v4.PPLCNetV4ConvLayer",
     "path": "backbone.encoder.blocks.3.blocks.0.token_conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 192, "out_channels": 384, "kernel_size": 1, "stride": 1, "groups": 1, "activation": None, "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 192, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 263424,
     "flops": 14488320,
     "architectures": ["pp_ocrv6_medium_det", "pp_ocrv6_small_det"],
     "qualname": "transformers.models.pp_lcnet_v4.modeling_pp_lcnet_v4.PPLCNetV4ConvLayer",
     "path": "backbone.encoder.blocks.3.blocks.0.channel_conv1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 512, "out_channels": 192, "kernel_size": 1, "stride": 1, "groups": 1, "activation": None, "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 750080,
     "flops": 77145600,
     "architectures": ["hgnet_v2", "pp_ocrv5_server_det"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "encoder.stages.2.blocks.0.layers.0.conv1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 512, "out_channels": 512, "kernel_size": 3, "stride": 2, "groups": 512, "activation": None, "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2020352,
     "flops": 3813376,
     "architectures": ["hgnet_v2", "pp_ocrv5_server_det"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "encoder.stages.2.downsample",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 96, "out_channels": 192, "kernel_size": 1, "stride": 1, "groups": 1, "activation": None, "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 96, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 264192,
     "flops": 14525952,
     "architectures": ["pp_ocrv6_medium_det", "pp_ocrv6_small_det"],
     "qualname": "transformers.models.pp_lcnet_v4.modeling_pp_lcnet_v4.PPLCNetV4ConvLayer",
     "path": "backbone.encoder.blocks.2.blocks.0.channel_conv1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 96, "out_channels": 96, "kernel_size": 3, "stride": 2, "groups": 96, "activation": None, "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 96, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 378816,
     "flops": 715008,
     "architectures": ["pp_ocrv6_medium_det", "pp_ocrv6_small_det"],
     "qualname": "transformers.models.pp_lcnet_v4.modeling_pp_lcnet_v4.PPLCNetV4ConvLayer",
     "path": "backbone.encoder.blocks.2.blocks.0.token_conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 96, "out_channels": 96, "kernel_size": 3, "stride": 2, "groups": 96, "activation": None, "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 96, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1507776,
     "flops": 2860032,
     "architectures": ["pp_ocrv6_medium_det", "pp_ocrv6_small_det"],
     "qualname": "transformers.models.pp_lcnet_v4.modeling_pp_lcnet_v4.PPLCNetV4ConvLayer",
     "path": "backbone.encoder.blocks.1.blocks.0.token_conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1024, "out_channels": 192, "kernel_size": 1, "stride": 1, "groups": 1, "activation": None, "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1024, 28, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 8021504,
     "flops": 1233727488,
     "architectures": ["pp_ocrv5_server_rec"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "backbone.encoder.stages.2.blocks.1.layers.0.conv1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1024, "out_channels": 384, "kernel_size": 1, "stride": 1, "groups": 1, "activation": None, "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1024, 14, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5204992,
     "flops": 1233727488,
     "architectures": ["pp_ocrv5_server_rec"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "backbone.encoder.stages.3.blocks.0.layers.0.conv1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1024, "out_channels": 1024, "kernel_size": 3, "stride": [2, 1], "groups": 1024, "activation": None, "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1024, 28, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 9660416,
     "flops": 30507008,
     "architectures": ["pp_ocrv5_server_rec"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "backbone.encoder.stages.3.downsample",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 128, "out_channels": 128, "kernel_size": 3, "stride": [1, 2], "groups": 128, "activation": None, "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 56, 112], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4820224,
     "flops": 15253504,
     "architectures": ["pp_ocrv5_server_rec"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "backbone.encoder.stages.1.downsample",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 48, "out_channels": 48, "kernel_size": 3, "stride": [2, 1], "groups": 48, "activation": None, "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 48, 112, 112], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3613920,
     "flops": 11440128,
     "architectures": ["pp_ocrv5_server_rec"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "backbone.encoder.stages.0.downsample",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 512, "out_channels": 192, "kernel_size": 1, "stride": 1, "groups": 1, "activation": None, "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 28, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4613632,
     "flops": 617164800,
     "architectures": ["pp_ocrv5_server_rec"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "backbone.encoder.stages.2.blocks.0.layers.0.conv1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 512, "out_channels": 512, "kernel_size": 3, "stride": [2, 1], "groups": 512, "activation": None, "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 9647104,
     "flops": 30507008,
     "architectures": ["pp_ocrv5_server_rec"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "backbone.encoder.stages.2.downsample",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.pp_lcnet_v3.modeling_pp_lcnet_v3.PPLCNetV3ConvLayer",
     "architectures": ["pp_lcnet_v3", "pp_ocrv5_mobile_det", "pp_ocrv5_mobile_rec"],
     "reason": "constructor argument 'bias' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.pp_lcnet_v3.modeling_pp_lcnet_v3.PPLCNetV3ConvLayer",
     "architectures": ["pp_lcnet_v3", "pp_ocrv5_mobile_det", "pp_ocrv5_mobile_rec"],
     "reason": "constructor argument 'bias' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.pp_lcnet_v3.modeling_pp_lcnet_v3.PPLCNetV3ConvLayer",
     "architectures": ["pp_lcnet_v3", "pp_ocrv5_mobile_det", "pp_ocrv5_mobile_rec"],
     "reason": "constructor argument 'bias' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.pp_lcnet_v3.modeling_pp_lcnet_v3.PPLCNetV3ConvLayer",
     "architectures": ["pp_ocrv5_mobile_det", "pp_ocrv5_mobile_rec"],
     "reason": "constructor argument 'bias' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.pp_lcnet_v3.modeling_pp_lcnet_v3.PPLCNetV3ConvLayer",
     "architectures": ["pp_ocrv5_mobile_det", "pp_ocrv5_mobile_rec"],
     "reason": "constructor argument 'bias' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.pp_lcnet_v3.modeling_pp_lcnet_v3.PPLCNetV3ConvLayer",
     "architectures": ["pp_ocrv5_mobile_det", "pp_ocrv5_mobile_rec"],
     "reason": "constructor argument 'bias' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.pp_lcnet_v3.modeling_pp_lcnet_v3.PPLCNetV3ConvLayer",
     "architectures": ["pp_ocrv5_mobile_det", "pp_ocrv5_mobile_rec"],
     "reason": "constructor argument 'bias' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.pp_lcnet_v3.modeling_pp_lcnet_v3.PPLCNetV3ConvLayer",
     "architectures": ["pp_ocrv5_mobile_det", "pp_ocrv5_mobile_rec"],
     "reason": "constructor argument 'bias' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.pp_lcnet_v3.modeling_pp_lcnet_v3.PPLCNetV3ConvLayer",
     "architectures": ["pp_ocrv5_mobile_det", "pp_ocrv5_mobile_rec"],
     "reason": "constructor argument 'bias' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.pp_lcnet_v3.modeling_pp_lcnet_v3.PPLCNetV3ConvLayer",
     "architectures": ["pp_ocrv5_mobile_det", "pp_ocrv5_mobile_rec"],
     "reason": "constructor argument 'bias' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.resnet.modeling_resnet.ResNetShortCut",
     "architectures": ["resnet", "upernet"],
     "reason": "constructor argument 'kernel_size' was not recorded"},
    {"qualname": "transformers.models.resnet.modeling_resnet.ResNetShortCut",
     "architectures": ["resnet", "upernet"],
     "reason": "constructor argument 'kernel_size' was not recorded"},
    {"qualname": "transformers.models.resnet.modeling_resnet.ResNetShortCut",
     "architectures": ["resnet", "upernet"],
     "reason": "constructor argument 'kernel_size' was not recorded"},
    {"qualname": "transformers.models.resnet.modeling_resnet.ResNetShortCut",
     "architectures": ["resnet", "upernet"],
     "reason": "constructor argument 'kernel_size' was not recorded"},
    {"qualname": "transformers.models.cvt.modeling_cvt.CvtSelfAttentionConvProjection",
     "architectures": ["cvt"],
     "reason": "constructor argument 'embed_dim' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.efficientloftr.modeling_efficientloftr.EfficientLoFTRConvNormLayer",
     "architectures": ["efficientloftr"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.efficientloftr.modeling_efficientloftr.EfficientLoFTRConvNormLayer",
     "architectures": ["efficientloftr"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.d_fine.modeling_d_fine.DFineConvNormLayer",
     "architectures": ["d_fine"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.d_fine.modeling_d_fine.DFineConvNormLayer",
     "architectures": ["d_fine"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.deimv2.modeling_deimv2.Deimv2ConvNormLayer",
     "architectures": ["deimv2"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.deimv2.modeling_deimv2.Deimv2ConvNormLayer",
     "architectures": ["deimv2"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.cvt.modeling_cvt.CvtSelfAttentionConvProjection",
     "architectures": ["cvt"],
     "reason": "constructor argument 'embed_dim' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.d_fine.modeling_d_fine.DFineConvNormLayer",
     "architectures": ["d_fine"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.d_fine.modeling_d_fine.DFineConvNormLayer",
     "architectures": ["d_fine"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.deimv2.modeling_deimv2.Deimv2ConvNormLayer",
     "architectures": ["deimv2"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.deimv2.modeling_deimv2.Deimv2ConvNormLayer",
     "architectures": ["deimv2"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.d_fine.modeling_d_fine.DFineConvNormLayer",
     "architectures": ["d_fine"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.d_fine.modeling_d_fine.DFineConvNormLayer",
     "architectures": ["d_fine"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.deimv2.modeling_deimv2.Deimv2ConvNormLayer",
     "architectures": ["deimv2"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.deimv2.modeling_deimv2.Deimv2ConvNormLayer",
     "architectures": ["deimv2"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.pp_doclayout_v2.modeling_pp_doclayout_v2.PPDocLayoutV2ConvNormLayer",
     "architectures": ["pp_doclayout_v2"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.pp_doclayout_v2.modeling_pp_doclayout_v2.PPDocLayoutV2ConvNormLayer",
     "architectures": ["pp_doclayout_v2"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.pp_doclayout_v3.modeling_pp_doclayout_v3.PPDocLayoutV3ConvNormLayer",
     "architectures": ["pp_doclayout_v3"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.pp_doclayout_v3.modeling_pp_doclayout_v3.PPDocLayoutV3ConvNormLayer",
     "architectures": ["pp_doclayout_v3"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.pp_doclayout_v4.modeling_pp_doclayout_v4.PPDocLayoutV4ConvNormLayer",
     "architectures": ["pp_doclayout_v4"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.pp_doclayout_v4.modeling_pp_doclayout_v4.PPDocLayoutV4ConvNormLayer",
     "architectures": ["pp_doclayout_v4"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.rt_detr.modeling_rt_detr.RTDetrConvNormLayer",
     "architectures": ["rt_detr"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.rt_detr.modeling_rt_detr.RTDetrConvNormLayer",
     "architectures": ["rt_detr"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.rt_detr_v2.modeling_rt_detr_v2.RTDetrV2ConvNormLayer",
     "architectures": ["rt_detr_v2"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.rt_detr_v2.modeling_rt_detr_v2.RTDetrV2ConvNormLayer",
     "architectures": ["rt_detr_v2"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.cvt.modeling_cvt.CvtSelfAttentionConvProjection",
     "architectures": ["cvt"],
     "reason": "constructor argument 'embed_dim' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.pp_lcnet_v3.modeling_pp_lcnet_v3.PPLCNetV3ConvLayer",
     "architectures": ["pp_lcnet_v3"],
     "reason": "constructor argument 'bias' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.pp_doclayout_v2.modeling_pp_doclayout_v2.PPDocLayoutV2ConvNormLayer",
     "architectures": ["pp_doclayout_v2"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.pp_doclayout_v2.modeling_pp_doclayout_v2.PPDocLayoutV2ConvNormLayer",
     "architectures": ["pp_doclayout_v2"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.pp_doclayout_v3.modeling_pp_doclayout_v3.PPDocLayoutV3ConvNormLayer",
     "architectures": ["pp_doclayout_v3"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.pp_doclayout_v3.modeling_pp_doclayout_v3.PPDocLayoutV3ConvNormLayer",
     "architectures": ["pp_doclayout_v3"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.pp_doclayout_v4.modeling_pp_doclayout_v4.PPDocLayoutV4ConvNormLayer",
     "architectures": ["pp_doclayout_v4"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.pp_doclayout_v4.modeling_pp_doclayout_v4.PPDocLayoutV4ConvNormLayer",
     "architectures": ["pp_doclayout_v4"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.rt_detr.modeling_rt_detr.RTDetrConvNormLayer",
     "architectures": ["rt_detr"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.rt_detr.modeling_rt_detr.RTDetrConvNormLayer",
     "architectures": ["rt_detr"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.rt_detr_v2.modeling_rt_detr_v2.RTDetrV2ConvNormLayer",
     "architectures": ["rt_detr_v2"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.rt_detr_v2.modeling_rt_detr_v2.RTDetrV2ConvNormLayer",
     "architectures": ["rt_detr_v2"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.pp_doclayout_v2.modeling_pp_doclayout_v2.PPDocLayoutV2ConvNormLayer",
     "architectures": ["pp_doclayout_v2"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.pp_doclayout_v2.modeling_pp_doclayout_v2.PPDocLayoutV2ConvNormLayer",
     "architectures": ["pp_doclayout_v2"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.pp_doclayout_v3.modeling_pp_doclayout_v3.PPDocLayoutV3ConvNormLayer",
     "architectures": ["pp_doclayout_v3"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.pp_doclayout_v3.modeling_pp_doclayout_v3.PPDocLayoutV3ConvNormLayer",
     "architectures": ["pp_doclayout_v3"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.pp_doclayout_v4.modeling_pp_doclayout_v4.PPDocLayoutV4ConvNormLayer",
     "architectures": ["pp_doclayout_v4"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.pp_doclayout_v4.modeling_pp_doclayout_v4.PPDocLayoutV4ConvNormLayer",
     "architectures": ["pp_doclayout_v4"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.rt_detr.modeling_rt_detr.RTDetrConvNormLayer",
     "architectures": ["rt_detr"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.rt_detr.modeling_rt_detr.RTDetrConvNormLayer",
     "architectures": ["rt_detr"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.rt_detr_v2.modeling_rt_detr_v2.RTDetrV2ConvNormLayer",
     "architectures": ["rt_detr_v2"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.rt_detr_v2.modeling_rt_detr_v2.RTDetrV2ConvNormLayer",
     "architectures": ["rt_detr_v2"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.efficientloftr.modeling_efficientloftr.EfficientLoFTRConvNormLayer",
     "architectures": ["efficientloftr"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.efficientloftr.modeling_efficientloftr.EfficientLoFTRConvNormLayer",
     "architectures": ["efficientloftr"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.pp_lcnet_v3.modeling_pp_lcnet_v3.PPLCNetV3ConvLayer",
     "architectures": ["pp_lcnet_v3"],
     "reason": "constructor argument 'bias' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.mobilevit.modeling_mobilevit.MobileViTConvLayer",
     "architectures": ["mobilevit"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.cvt.modeling_cvt.CvtSelfAttentionConvProjection",
     "architectures": ["cvt"],
     "reason": "constructor argument 'embed_dim' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.cvt.modeling_cvt.CvtSelfAttentionConvProjection",
     "architectures": ["cvt"],
     "reason": "constructor argument 'embed_dim' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.efficientloftr.modeling_efficientloftr.EfficientLoFTRConvNormLayer",
     "architectures": ["efficientloftr"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.efficientloftr.modeling_efficientloftr.EfficientLoFTRConvNormLayer",
     "architectures": ["efficientloftr"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.levit.modeling_levit.LevitConvEmbeddings",
     "architectures": ["levit"],
     "reason": "constructor argument 'padding' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.align.modeling_align.AlignVisionFinalBlockLayer",
     "architectures": ["align"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetFinalBlockLayer",
     "architectures": ["efficientnet"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.align.modeling_align.AlignVisionFinalBlockLayer",
     "architectures": ["align"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetFinalBlockLayer",
     "architectures": ["efficientnet"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.levit.modeling_levit.LevitConvEmbeddings",
     "architectures": ["levit"],
     "reason": "constructor argument 'padding' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.align.modeling_align.AlignVisionFinalBlockLayer",
     "architectures": ["align"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetFinalBlockLayer",
     "architectures": ["efficientnet"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.levit.modeling_levit.LevitConvEmbeddings",
     "architectures": ["levit"],
     "reason": "constructor argument 'padding' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.align.modeling_align.AlignVisionFinalBlockLayer",
     "architectures": ["align"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetFinalBlockLayer",
     "architectures": ["efficientnet"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.align.modeling_align.AlignVisionFinalBlockLayer",
     "architectures": ["align"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetFinalBlockLayer",
     "architectures": ["efficientnet"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.levit.modeling_levit.LevitConvEmbeddings",
     "architectures": ["levit"],
     "reason": "constructor argument 'padding' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.align.modeling_align.AlignVisionFinalBlockLayer",
     "architectures": ["align"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetFinalBlockLayer",
     "architectures": ["efficientnet"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.align.modeling_align.AlignVisionFinalBlockLayer",
     "architectures": ["align"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetFinalBlockLayer",
     "architectures": ["efficientnet"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.mobilevitv2.modeling_mobilevitv2.MobileViTV2ConvLayer",
     "architectures": ["mobilevitv2"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.mobilevit.modeling_mobilevit.MobileViTConvLayer",
     "architectures": ["mobilevit"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.mobilevitv2.modeling_mobilevitv2.MobileViTV2ConvLayer",
     "architectures": ["mobilevitv2"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.mobilevitv2.modeling_mobilevitv2.MobileViTV2ConvLayer",
     "architectures": ["mobilevitv2"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.mobilevit.modeling_mobilevit.MobileViTConvLayer",
     "architectures": ["mobilevit"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.mobilevitv2.modeling_mobilevitv2.MobileViTV2ConvLayer",
     "architectures": ["mobilevitv2"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.mobilevitv2.modeling_mobilevitv2.MobileViTV2ConvLayer",
     "architectures": ["mobilevitv2"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.mobilevitv2.modeling_mobilevitv2.MobileViTV2ConvLayer",
     "architectures": ["mobilevitv2"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.mobilevit.modeling_mobilevit.MobileViTConvLayer",
     "architectures": ["mobilevit"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.mobilevitv2.modeling_mobilevitv2.MobileViTV2ConvLayer",
     "architectures": ["mobilevitv2"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.mobilevit.modeling_mobilevit.MobileViTConvLayer",
     "architectures": ["mobilevit"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.mobilevit.modeling_mobilevit.MobileViTConvLayer",
     "architectures": ["mobilevit"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.mobilevitv2.modeling_mobilevitv2.MobileViTV2ConvLayer",
     "architectures": ["mobilevitv2"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.mobilevitv2.modeling_mobilevitv2.MobileViTV2ConvLayer",
     "architectures": ["mobilevitv2"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.d_fine.modeling_d_fine.DFineConvNormLayer",
     "architectures": ["d_fine"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.d_fine.modeling_d_fine.DFineConvNormLayer",
     "architectures": ["d_fine"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.deimv2.modeling_deimv2.Deimv2ConvNormLayer",
     "architectures": ["deimv2"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.deimv2.modeling_deimv2.Deimv2ConvNormLayer",
     "architectures": ["deimv2"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.d_fine.modeling_d_fine.DFineConvNormLayer",
     "architectures": ["d_fine"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.d_fine.modeling_d_fine.DFineConvNormLayer",
     "architectures": ["d_fine"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.deimv2.modeling_deimv2.Deimv2ConvNormLayer",
     "architectures": ["deimv2"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.deimv2.modeling_deimv2.Deimv2ConvNormLayer",
     "architectures": ["deimv2"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.cvt.modeling_cvt.CvtSelfAttentionConvProjection",
     "architectures": ["cvt"],
     "reason": "constructor argument 'embed_dim' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.efficientloftr.modeling_efficientloftr.EfficientLoFTRConvNormLayer",
     "architectures": ["efficientloftr"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.efficientloftr.modeling_efficientloftr.EfficientLoFTRConvNormLayer",
     "architectures": ["efficientloftr"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.efficientloftr.modeling_efficientloftr.EfficientLoFTRConvNormLayer",
     "architectures": ["efficientloftr"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.efficientloftr.modeling_efficientloftr.EfficientLoFTRConvNormLayer",
     "architectures": ["efficientloftr"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.efficientloftr.modeling_efficientloftr.EfficientLoFTRConvNormLayer",
     "architectures": ["efficientloftr"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.efficientloftr.modeling_efficientloftr.EfficientLoFTRConvNormLayer",
     "architectures": ["efficientloftr"],
     "reason": "constructor argument 'config' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.pp_lcnet_v3.modeling_pp_lcnet_v3.PPLCNetV3ConvLayer",
     "architectures": ["pp_lcnet_v3"],
     "reason": "constructor argument 'bias' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.pp_lcnet_v3.modeling_pp_lcnet_v3.PPLCNetV3ConvLayer",
     "architectures": ["pp_lcnet_v3"],
     "reason": "constructor argument 'bias' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.pp_lcnet_v3.modeling_pp_lcnet_v3.PPLCNetV3ConvLayer",
     "architectures": ["pp_lcnet_v3"],
     "reason": "constructor argument 'bias' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.pp_lcnet_v3.modeling_pp_lcnet_v3.PPLCNetV3ConvLayer",
     "architectures": ["pp_lcnet_v3"],
     "reason": "constructor argument 'bias' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.pp_lcnet_v3.modeling_pp_lcnet_v3.PPLCNetV3ConvLayer",
     "architectures": ["pp_lcnet_v3"],
     "reason": "constructor argument 'bias' is not in PPLCNetV4ConvLayer.__init__"},
    {"qualname": "transformers.models.regnet.modeling_regnet.RegNetShortCut",
     "architectures": ["regnet"],
     "reason": "constructor argument 'kernel_size' was not recorded"},
    {"qualname": "transformers.models.regnet.modeling_regnet.RegNetShortCut",
     "architectures": ["regnet"],
     "reason": "constructor argument 'kernel_size' was not recorded"},
    {"qualname": "transformers.models.regnet.modeling_regnet.RegNetShortCut",
     "architectures": ["regnet"],
     "reason": "constructor argument 'kernel_size' was not recorded"},
    {"qualname": "transformers.models.regnet.modeling_regnet.RegNetShortCut",
     "architectures": ["regnet"],
     "reason": "constructor argument 'kernel_size' was not recorded"},
]


_CONFIGS = {}


def get_init_inputs(case=0):
    """Positional arguments of Model(...) / ModelNew(...) for CASES[case]."""
    return [_config(value) if isinstance(value, dict) else value for value in CASES[case]["init"].values()]


def get_inputs(case=0, dims=None):
    """Forward arguments (a list) for CASES[case]; `dims` overrides {"batch": b, "seq": s}
    to build a valid shape the case does not list (held-out shapes)."""
    dims = {**CASES[case]["dims"], **(dims or {})}
    produced = {}  # each producer runs once per call: cos and sin come from the same positions
    return [_input(spec, dims, CASES[case], produced) for spec in CASES[case]["inputs"]]


def _config(spec):
    return _CONFIGS[spec["config_class"]](**spec["fields"])


def _tensor(spec, dims):
    sizes = dict(dims)
    if "batch" in dims and "seq" in dims:
        sizes["batch*seq"] = dims["batch"] * dims["seq"]
    shape = [sizes.get(role, size) for size, role in zip(spec["shape"], spec["roles"])]
    dtype = getattr(torch, spec["dtype"])
    if "fill" in spec:
        return torch.full(shape, spec["fill"], dtype=dtype)
    if dtype.is_floating_point or dtype.is_complex:
        return torch.randn(shape, dtype=dtype)
    if "draw" in spec:
        return _structured(spec, shape, sizes, dtype)
    high = spec["high"]  # a role ("seq") bounds positions by that dimension
    return torch.randint(0, sizes[high] if isinstance(high, str) else high, shape, dtype=dtype)


def _structured(spec, shape, sizes, dtype):
    """Integer inputs whose values a model checks: cumulative sequence lengths (0 to the token
    count, equal segments), segment lengths and group ends that add up to the tokens, patch
    grids ((1, h, w) rows covering the tokens, or (h, w) times a patch size), fixed rows,
    boxes (x0 <= x1, y0 <= y1)."""
    if spec["draw"] == "boxes":
        corners = torch.randint(0, spec["high"], [*shape[:-1], 2, 2]).sort(dim=-2).values
        return corners.reshape(shape).to(dtype)
    if spec["draw"] == "rows":
        return torch.tensor([spec["row"]] * shape[0], dtype=dtype)
    total = sizes.get(spec["total"], spec["total"])
    if spec["draw"] == "cumulative":
        return (torch.arange(shape[0]) * total // (shape[0] - 1)).to(dtype)
    ends = torch.arange(1, shape[0] + 1) * total // shape[0]
    if spec["draw"] == "ends":
        return ends.to(dtype)
    if spec["draw"] == "segments":
        return torch.diff(ends, prepend=torch.zeros(1, dtype=ends.dtype)).to(dtype)
    per_image = total // shape[0]
    height = next(h for h in range(int(per_image**0.5), 0, -1) if per_image % h == 0)
    scale = spec.get("scale", 1)
    row = [1] * (shape[1] - 2) + [height * scale, per_image // height * scale]
    return torch.tensor([row] * shape[0], dtype=dtype)


def _input(spec, dims, case, produced=None):
    kind = spec["kind"]
    if kind == "produced":  # made by the call that makes it in production (PRODUCERS)
        return _produced(spec, dims, {} if produced is None else produced)
    if kind == "tensor":
        return _tensor(spec, dims)
    if kind == "tensors":
        return tuple(_tensor(tensor, dims) for tensor in spec["tensors"])
    if kind == "module":  # the attention module an attention function reads its flags from
        module = nn.Module()
        for name, value in spec["attributes"].items():
            setattr(module, name, value)
        for name, tensor in spec.get("weights", {}).items():
            setattr(module, name, nn.Parameter(_tensor(tensor, dims), requires_grad=False))
        return module
    if kind == "config":
        return _config(spec)
    if kind == "device":
        return torch.device("cpu")
    if kind == "dtype":
        return getattr(torch, case.get("param_dtype", "float32"))
    return spec.get("value")
