"""A convolution, a repeated layer: `HGNetV2ConvLayer` as transformers runs it, built from L1/batch_norm2d, L1/conv2d_057413, L1/relu (hyper-parameters of batch_norm vary per case).

kernel:        3e2427cd2be215bb
level:         3
label:         convolution
qualnames:     transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer, transformers.models.resnet.modeling_resnet.ResNetConvLayer, transformers.models.regnet.modeling_regnet.RegNetConvLayer, transformers.models.uvdoc.modeling_uvdoc.UVDocConvLayer, transformers.models.upernet.modeling_upernet.UperNetConvModule, transformers.models.vitmatte.modeling_vitmatte.VitMatteBasicConv3x3
transformers:  5.24.0
architectures: hgnet_v2, pp_ocrv5_server_det, pp_ocrv5_server_rec, regnet, resnet, upernet, uvdoc, vitmatte
cases:         24 real cases, default first (the most common that fits in 8 GB); 57 unmapped
"""

import torch
from torch import nn
from torch import Tensor
from transformers.models.hgnet_v2.modeling_hgnet_v2 import HGNetV2ConvLayer


class Model(HGNetV2ConvLayer):
    """`HGNetV2ConvLayer` from transformers, unchanged, built in eval mode (as production runs it)."""

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
    """A convolution, a repeated layer: `HGNetV2ConvLayer` as transformers runs it, built from L1/batch_norm2d, L1/conv2d_057413, L1/relu (hyper-parameters of batch_norm vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        convolution.weight [48, 48, 3, 3]
        normalization.weight [48]
        normalization.bias [48]
        normalization.running_mean [48]
        normalization.running_var [48]
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
        raise NotImplementedError("write the kernel: a convolution (HGNetV2ConvLayer)")

    def forward(self, input: Tensor) -> Tensor:
        raise NotImplementedError("write the kernel: a convolution (HGNetV2ConvLayer)")


KERNEL = {"id": "3e2427cd2be215bb", "name": "hg_net_v2_conv_layer", "level": 3, "label": "convolution", "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"in_channels": 48, "out_channels": 48, "kernel_size": 3, "stride": 1, "groups": 1, "activation": "relu", "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 48, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1246080,
     "flops": 260714496,
     "architectures": ["hgnet_v2", "pp_ocrv5_server_det"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "encoder.stages.0.blocks.0.layers.0",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 96, "out_channels": 96, "kernel_size": 3, "stride": 1, "groups": 1, "activation": "relu", "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 96, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 768768,
     "flops": 260413440,
     "architectures": ["hgnet_v2", "pp_ocrv5_server_det"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "encoder.stages.1.blocks.0.layers.1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 512, "out_channels": 1024, "kernel_size": 1, "stride": 1, "groups": 1, "activation": "relu", "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2260992,
     "flops": 411844608,
     "architectures": ["hgnet_v2", "pp_ocrv5_server_det"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "encoder.stages.2.blocks.0.aggregation.1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 2176, "out_channels": 512, "kernel_size": 1, "stride": 1, "groups": 1, "activation": "relu", "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 2176, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4339712,
     "flops": 873865216,
     "architectures": ["hgnet_v2", "pp_ocrv5_server_det"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "encoder.stages.2.blocks.1.aggregation.0",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1024, "out_channels": 2048, "kernel_size": 1, "stride": 1, "groups": 1, "activation": "relu", "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1024, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4812800,
     "flops": 411443200,
     "architectures": ["hgnet_v2", "pp_ocrv5_server_det"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "encoder.stages.3.blocks.0.aggregation.1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 128, "out_channels": 96, "kernel_size": 3, "stride": 1, "groups": 1, "activation": "relu", "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 924416,
     "flops": 347117568,
     "architectures": ["hgnet_v2", "pp_ocrv5_server_det"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "encoder.stages.1.blocks.0.layers.0",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1664, "out_channels": 512, "kernel_size": 1, "stride": 1, "groups": 1, "activation": "relu", "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1664, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3414016,
     "flops": 668344320,
     "architectures": ["hgnet_v2", "pp_ocrv5_server_det"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "encoder.stages.2.blocks.0.aggregation.0",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 256, "out_channels": 512, "kernel_size": 1, "stride": 1, "groups": 1, "activation": "relu", "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2674688,
     "flops": 412647424,
     "architectures": ["hgnet_v2", "pp_ocrv5_server_det"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "encoder.stages.1.blocks.0.aggregation.1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 3328, "out_channels": 1024, "kernel_size": 1, "stride": 1, "groups": 1, "activation": "relu", "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 3328, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 7676928,
     "flops": 668143616,
     "architectures": ["hgnet_v2", "pp_ocrv5_server_det"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "encoder.stages.3.blocks.0.aggregation.0",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 336, "out_channels": 64, "kernel_size": 1, "stride": 1, "groups": 1, "activation": "relu", "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 336, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5061120,
     "flops": 270548992,
     "architectures": ["hgnet_v2", "pp_ocrv5_server_det"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "encoder.stages.0.blocks.0.aggregation.0",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 64, "out_channels": 128, "kernel_size": 1, "stride": 1, "groups": 1, "activation": "relu", "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2425856,
     "flops": 104366080,
     "architectures": ["hgnet_v2", "pp_ocrv5_server_det"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "encoder.stages.0.blocks.0.aggregation.1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 704, "out_channels": 256, "kernel_size": 1, "stride": 1, "groups": 1, "activation": "relu", "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 704, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3373056,
     "flops": 565985280,
     "architectures": ["hgnet_v2", "pp_ocrv5_server_det"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "encoder.stages.1.blocks.0.aggregation.0",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 48, "out_channels": 48, "kernel_size": 3, "stride": 1, "groups": 1, "activation": "relu", "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 48, 56, 112], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2450304,
     "flops": 521428992,
     "architectures": ["pp_ocrv5_server_rec"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "backbone.encoder.stages.0.blocks.0.layers.0",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 96, "out_channels": 96, "kernel_size": 3, "stride": 1, "groups": 1, "activation": "relu", "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 96, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2575104,
     "flops": 1041653760,
     "architectures": ["pp_ocrv5_server_rec"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "backbone.encoder.stages.1.blocks.0.layers.1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 512, "out_channels": 1024, "kernel_size": 1, "stride": 1, "groups": 1, "activation": "relu", "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 28, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 10690560,
     "flops": 3294756864,
     "architectures": ["pp_ocrv5_server_rec"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "backbone.encoder.stages.2.blocks.0.aggregation.1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 2176, "out_channels": 512, "kernel_size": 1, "stride": 1, "groups": 1, "activation": "relu", "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 2176, 28, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 19091456,
     "flops": 6990921728,
     "architectures": ["pp_ocrv5_server_rec"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "backbone.encoder.stages.2.blocks.1.aggregation.0",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1024, "out_channels": 2048, "kernel_size": 1, "stride": 1, "groups": 1, "activation": "relu", "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1024, 14, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 13844480,
     "flops": 6583091200,
     "architectures": ["pp_ocrv5_server_rec"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "backbone.encoder.stages.3.blocks.0.aggregation.1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 128, "out_channels": 96, "kernel_size": 3, "stride": 1, "groups": 1, "activation": "relu", "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3031808,
     "flops": 1388470272,
     "architectures": ["pp_ocrv5_server_rec"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "backbone.encoder.stages.1.blocks.0.layers.0",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1664, "out_channels": 512, "kernel_size": 1, "stride": 1, "groups": 1, "activation": "relu", "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1664, 28, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 15355904,
     "flops": 5346754560,
     "architectures": ["pp_ocrv5_server_rec"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "backbone.encoder.stages.2.blocks.0.aggregation.0",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 256, "out_channels": 512, "kernel_size": 1, "stride": 1, "groups": 1, "activation": "relu", "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 9900032,
     "flops": 1650589696,
     "architectures": ["pp_ocrv5_server_rec"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "backbone.encoder.stages.1.blocks.0.aggregation.1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 3328, "out_channels": 1024, "kernel_size": 1, "stride": 1, "groups": 1, "activation": "relu", "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 3328, 14, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 20471808,
     "flops": 10690297856,
     "architectures": ["pp_ocrv5_server_rec"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "backbone.encoder.stages.3.blocks.0.aggregation.0",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 336, "out_channels": 64, "kernel_size": 1, "stride": 1, "groups": 1, "activation": "relu", "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 336, 56, 112], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 10078720,
     "flops": 541097984,
     "architectures": ["pp_ocrv5_server_rec"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "backbone.encoder.stages.0.blocks.0.aggregation.0",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 64, "out_channels": 128, "kernel_size": 1, "stride": 1, "groups": 1, "activation": "relu", "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 56, 112], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4834304,
     "flops": 208732160,
     "architectures": ["pp_ocrv5_server_rec"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "backbone.encoder.stages.0.blocks.0.aggregation.1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 704, "out_channels": 256, "kernel_size": 1, "stride": 1, "groups": 1, "activation": "relu", "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 704, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 12404736,
     "flops": 2263941120,
     "architectures": ["pp_ocrv5_server_rec"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "backbone.encoder.stages.1.blocks.0.aggregation.0",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.resnet.modeling_resnet.ResNetConvLayer",
     "architectures": ["resnet", "upernet"],
     "reason": "constructor argument 'bias' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.resnet.modeling_resnet.ResNetConvLayer",
     "architectures": ["resnet", "upernet"],
     "reason": "constructor argument 'bias' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.resnet.modeling_resnet.ResNetConvLayer",
     "architectures": ["resnet", "upernet"],
     "reason": "constructor argument 'bias' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.resnet.modeling_resnet.ResNetConvLayer",
     "architectures": ["resnet", "upernet"],
     "reason": "constructor argument 'bias' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.resnet.modeling_resnet.ResNetConvLayer",
     "architectures": ["resnet", "upernet"],
     "reason": "constructor argument 'bias' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.resnet.modeling_resnet.ResNetConvLayer",
     "architectures": ["resnet", "upernet"],
     "reason": "constructor argument 'bias' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.resnet.modeling_resnet.ResNetConvLayer",
     "architectures": ["resnet", "upernet"],
     "reason": "constructor argument 'bias' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.resnet.modeling_resnet.ResNetConvLayer",
     "architectures": ["resnet", "upernet"],
     "reason": "constructor argument 'bias' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.resnet.modeling_resnet.ResNetConvLayer",
     "architectures": ["resnet", "upernet"],
     "reason": "constructor argument 'bias' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.resnet.modeling_resnet.ResNetConvLayer",
     "architectures": ["resnet", "upernet"],
     "reason": "constructor argument 'bias' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.resnet.modeling_resnet.ResNetConvLayer",
     "architectures": ["resnet", "upernet"],
     "reason": "constructor argument 'bias' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.resnet.modeling_resnet.ResNetConvLayer",
     "architectures": ["resnet", "upernet"],
     "reason": "constructor argument 'bias' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.resnet.modeling_resnet.ResNetConvLayer",
     "architectures": ["resnet", "upernet"],
     "reason": "constructor argument 'bias' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.resnet.modeling_resnet.ResNetConvLayer",
     "architectures": ["resnet", "upernet"],
     "reason": "constructor argument 'bias' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.resnet.modeling_resnet.ResNetConvLayer",
     "architectures": ["resnet", "upernet"],
     "reason": "constructor argument 'bias' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.regnet.modeling_regnet.RegNetConvLayer",
     "architectures": ["regnet"],
     "reason": "forward argument 'hidden_state' is not in the interface"},
    {"qualname": "transformers.models.regnet.modeling_regnet.RegNetConvLayer",
     "architectures": ["regnet"],
     "reason": "forward argument 'hidden_state' is not in the interface"},
    {"qualname": "transformers.models.regnet.modeling_regnet.RegNetConvLayer",
     "architectures": ["regnet"],
     "reason": "forward argument 'hidden_state' is not in the interface"},
    {"qualname": "transformers.models.regnet.modeling_regnet.RegNetConvLayer",
     "architectures": ["regnet"],
     "reason": "forward argument 'hidden_state' is not in the interface"},
    {"qualname": "transformers.models.uvdoc.modeling_uvdoc.UVDocConvLayer",
     "architectures": ["uvdoc"],
     "reason": "constructor argument 'padding' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.uvdoc.modeling_uvdoc.UVDocConvLayer",
     "architectures": ["uvdoc"],
     "reason": "constructor argument 'padding' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.regnet.modeling_regnet.RegNetConvLayer",
     "architectures": ["regnet"],
     "reason": "forward argument 'hidden_state' is not in the interface"},
    {"qualname": "transformers.models.regnet.modeling_regnet.RegNetConvLayer",
     "architectures": ["regnet"],
     "reason": "forward argument 'hidden_state' is not in the interface"},
    {"qualname": "transformers.models.regnet.modeling_regnet.RegNetConvLayer",
     "architectures": ["regnet"],
     "reason": "forward argument 'hidden_state' is not in the interface"},
    {"qualname": "transformers.models.regnet.modeling_regnet.RegNetConvLayer",
     "architectures": ["regnet"],
     "reason": "forward argument 'hidden_state' is not in the interface"},
    {"qualname": "transformers.models.regnet.modeling_regnet.RegNetConvLayer",
     "architectures": ["regnet"],
     "reason": "forward argument 'hidden_state' is not in the interface"},
    {"qualname": "transformers.models.regnet.modeling_regnet.RegNetConvLayer",
     "architectures": ["regnet"],
     "reason": "forward argument 'hidden_state' is not in the interface"},
    {"qualname": "transformers.models.regnet.modeling_regnet.RegNetConvLayer",
     "architectures": ["regnet"],
     "reason": "forward argument 'hidden_state' is not in the interface"},
    {"qualname": "transformers.models.regnet.modeling_regnet.RegNetConvLayer",
     "architectures": ["regnet"],
     "reason": "forward argument 'hidden_state' is not in the interface"},
    {"qualname": "transformers.models.regnet.modeling_regnet.RegNetConvLayer",
     "architectures": ["regnet"],
     "reason": "forward argument 'hidden_state' is not in the interface"},
    {"qualname": "transformers.models.vitmatte.modeling_vitmatte.VitMatteBasicConv3x3",
     "architectures": ["vitmatte"],
     "reason": "constructor argument 'config' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.regnet.modeling_regnet.RegNetConvLayer",
     "architectures": ["regnet"],
     "reason": "forward argument 'hidden_state' is not in the interface"},
    {"qualname": "transformers.models.vitmatte.modeling_vitmatte.VitMatteBasicConv3x3",
     "architectures": ["vitmatte"],
     "reason": "constructor argument 'config' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.regnet.modeling_regnet.RegNetConvLayer",
     "architectures": ["regnet"],
     "reason": "forward argument 'hidden_state' is not in the interface"},
    {"qualname": "transformers.models.regnet.modeling_regnet.RegNetConvLayer",
     "architectures": ["regnet"],
     "reason": "forward argument 'hidden_state' is not in the interface"},
    {"qualname": "transformers.models.vitmatte.modeling_vitmatte.VitMatteBasicConv3x3",
     "architectures": ["vitmatte"],
     "reason": "constructor argument 'config' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.uvdoc.modeling_uvdoc.UVDocConvLayer",
     "architectures": ["uvdoc"],
     "reason": "constructor argument 'padding' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.uvdoc.modeling_uvdoc.UVDocConvLayer",
     "architectures": ["uvdoc"],
     "reason": "constructor argument 'padding' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.uvdoc.modeling_uvdoc.UVDocConvLayer",
     "architectures": ["uvdoc"],
     "reason": "constructor argument 'padding' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.uvdoc.modeling_uvdoc.UVDocConvLayer",
     "architectures": ["uvdoc"],
     "reason": "constructor argument 'padding' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.uvdoc.modeling_uvdoc.UVDocConvLayer",
     "architectures": ["uvdoc"],
     "reason": "constructor argument 'padding' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.uvdoc.modeling_uvdoc.UVDocConvLayer",
     "architectures": ["uvdoc"],
     "reason": "constructor argument 'padding' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.uvdoc.modeling_uvdoc.UVDocConvLayer",
     "architectures": ["uvdoc"],
     "reason": "constructor argument 'padding' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.uvdoc.modeling_uvdoc.UVDocConvLayer",
     "architectures": ["uvdoc"],
     "reason": "constructor argument 'padding' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.uvdoc.modeling_uvdoc.UVDocConvLayer",
     "architectures": ["uvdoc"],
     "reason": "constructor argument 'padding' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.uvdoc.modeling_uvdoc.UVDocConvLayer",
     "architectures": ["uvdoc"],
     "reason": "constructor argument 'padding' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.upernet.modeling_upernet.UperNetConvModule",
     "architectures": ["upernet"],
     "reason": "constructor argument 'padding' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.upernet.modeling_upernet.UperNetConvModule",
     "architectures": ["upernet"],
     "reason": "constructor argument 'padding' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.upernet.modeling_upernet.UperNetConvModule",
     "architectures": ["upernet"],
     "reason": "constructor argument 'padding' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.upernet.modeling_upernet.UperNetConvModule",
     "architectures": ["upernet"],
     "reason": "constructor argument 'padding' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.upernet.modeling_upernet.UperNetConvModule",
     "architectures": ["upernet"],
     "reason": "constructor argument 'padding' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.upernet.modeling_upernet.UperNetConvModule",
     "architectures": ["upernet"],
     "reason": "constructor argument 'padding' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.upernet.modeling_upernet.UperNetConvModule",
     "architectures": ["upernet"],
     "reason": "constructor argument 'padding' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.upernet.modeling_upernet.UperNetConvModule",
     "architectures": ["upernet"],
     "reason": "constructor argument 'padding' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.upernet.modeling_upernet.UperNetConvModule",
     "architectures": ["upernet"],
     "reason": "constructor argument 'padding' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.upernet.modeling_upernet.UperNetConvModule",
     "architectures": ["upernet"],
     "reason": "constructor argument 'padding' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.upernet.modeling_upernet.UperNetConvModule",
     "architectures": ["upernet"],
     "reason": "constructor argument 'padding' is not in HGNetV2ConvLayer.__init__"},
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
