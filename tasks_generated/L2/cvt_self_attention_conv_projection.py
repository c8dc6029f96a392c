"""A convolution, a module built from leaf kernels: `CvtSelfAttentionConvProjection` as transformers runs it, built from L1/batch_norm2d, L1/conv2d_69f2b0 (hyper-parameters of batch_norm vary per case).

kernel:        4f883ba8a662fc63
level:         2
label:         convolution
qualnames:     transformers.models.cvt.modeling_cvt.CvtSelfAttentionConvProjection, transformers.models.pp_lcnet_v3.modeling_pp_lcnet_v3.PPLCNetV3ConvLayer, transformers.models.pp_lcnet_v4.modeling_pp_lcnet_v4.PPLCNetV4ConvLayer, transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer, transformers.models.mobilevitv2.modeling_mobilevitv2.MobileViTV2ConvLayer, transformers.models.resnet.modeling_resnet.ResNetShortCut, transformers.models.align.modeling_align.AlignVisionFinalBlockLayer, transformers.models.efficientnet.modeling_efficientnet.EfficientNetFinalBlockLayer, transformers.models.mobilevit.modeling_mobilevit.MobileViTConvLayer, transformers.models.levit.modeling_levit.LevitConvEmbeddings, transformers.models.regnet.modeling_regnet.RegNetShortCut
transformers:  5.24.0
architectures: align, cvt, efficientnet, hgnet_v2, levit, mobilevit, mobilevitv2, pp_lcnet_v3, pp_lcnet_v4, pp_ocrv5_mobile_det, regnet, resnet, upernet
cases:         6 real cases, default first (the most common that fits in 8 GB); 78 unmapped
"""

import torch
from torch import nn
from transformers.models.cvt.modeling_cvt import CvtSelfAttentionConvProjection as Model


class ModelNew(nn.Module):
    """A convolution, a module built from leaf kernels: `CvtSelfAttentionConvProjection` as transformers runs it, built from L1/batch_norm2d, L1/conv2d_69f2b0 (hyper-parameters of batch_norm vary per case).

    Candidate stub: same constructor and forward signature as Model."""

    def __init__(self, embed_dim, kernel_size, padding, stride):
        super().__init__()
        raise NotImplementedError("write the kernel: a convolution (CvtSelfAttentionConvProjection)")

    def forward(self, hidden_state):
        raise NotImplementedError("write the kernel: a convolution (CvtSelfAttentionConvProjection)")


KERNEL = {"id": "4f883ba8a662fc63", "name": "cvt_self_attention_conv_projection", "level": 2, "label": "convolution", "qualname": "transformers.models.cvt.modeling_cvt.CvtSelfAttentionConvProjection", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims.
CASES = [
    {"init": {"embed_dim": 384, "kernel_size": 3, "padding": 1, "stride": 2},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 384, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 386304,
     "flops": 715008,
     "architectures": ["cvt"],
     "qualname": "transformers.models.cvt.modeling_cvt.CvtSelfAttentionConvProjection",
     "path": "encoder.stages.2.layers.0.attention.attention.convolution_projection_key.convolution_projection",
     "param_dtype": "bfloat16"},
    {"init": {"embed_dim": 384, "kernel_size": 3, "padding": 1, "stride": 1},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 384, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 612096,
     "flops": 2860032,
     "architectures": ["cvt"],
     "qualname": "transformers.models.cvt.modeling_cvt.CvtSelfAttentionConvProjection",
     "path": "encoder.stages.2.layers.0.attention.attention.convolution_projection_query.convolution_projection",
     "param_dtype": "bfloat16"},
    {"init": {"embed_dim": 192, "kernel_size": 3, "padding": 1, "stride": 2},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 192, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 757632,
     "flops": 1430016,
     "architectures": ["cvt"],
     "qualname": "transformers.models.cvt.modeling_cvt.CvtSelfAttentionConvProjection",
     "path": "encoder.stages.1.layers.0.attention.attention.convolution_projection_key.convolution_projection",
     "param_dtype": "bfloat16"},
    {"init": {"embed_dim": 192, "kernel_size": 3, "padding": 1, "stride": 1},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 192, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1209216,
     "flops": 5720064,
     "architectures": ["cvt"],
     "qualname": "transformers.models.cvt.modeling_cvt.CvtSelfAttentionConvProjection",
     "path": "encoder.stages.1.layers.0.attention.attention.convolution_projection_query.convolution_projection",
     "param_dtype": "bfloat16"},
    {"init": {"embed_dim": 64, "kernel_size": 3, "padding": 1, "stride": 2},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 64, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1005184,
     "flops": 1906688,
     "architectures": ["cvt"],
     "qualname": "transformers.models.cvt.modeling_cvt.CvtSelfAttentionConvProjection",
     "path": "encoder.stages.0.layers.0.attention.attention.convolution_projection_key.convolution_projection",
     "param_dtype": "bfloat16"},
    {"init": {"embed_dim": 64, "kernel_size": 3, "padding": 1, "stride": 1},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 64, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1607296,
     "flops": 7626752,
     "architectures": ["cvt"],
     "qualname": "transformers.models.cvt.modeling_cvt.CvtSelfAttentionConvProjection",
     "path": "encoder.stages.0.layers.0.attention.attention.convolution_projection_query.convolution_projection",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.pp_lcnet_v3.modeling_pp_lcnet_v3.PPLCNetV3ConvLayer",
     "architectures": ["pp_lcnet_v3", "pp_ocrv5_mobile_det"],
     "reason": "constructor argument 'in_channels' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.pp_lcnet_v3.modeling_pp_lcnet_v3.PPLCNetV3ConvLayer",
     "architectures": ["pp_lcnet_v3", "pp_ocrv5_mobile_det"],
     "reason": "constructor argument 'in_channels' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.pp_lcnet_v3.modeling_pp_lcnet_v3.PPLCNetV3ConvLayer",
     "architectures": ["pp_lcnet_v3", "pp_ocrv5_mobile_det"],
     "reason": "constructor argument 'in_channels' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.resnet.modeling_resnet.ResNetShortCut",
     "architectures": ["resnet", "upernet"],
     "reason": "constructor argument 'in_channels' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.resnet.modeling_resnet.ResNetShortCut",
     "architectures": ["resnet", "upernet"],
     "reason": "constructor argument 'in_channels' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.resnet.modeling_resnet.ResNetShortCut",
     "architectures": ["resnet", "upernet"],
     "reason": "constructor argument 'in_channels' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.resnet.modeling_resnet.ResNetShortCut",
     "architectures": ["resnet", "upernet"],
     "reason": "constructor argument 'in_channels' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "architectures": ["hgnet_v2"],
     "reason": "constructor argument 'in_channels' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.pp_lcnet_v4.modeling_pp_lcnet_v4.PPLCNetV4ConvLayer",
     "architectures": ["pp_lcnet_v4"],
     "reason": "constructor argument 'in_channels' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.pp_lcnet_v4.modeling_pp_lcnet_v4.PPLCNetV4ConvLayer",
     "architectures": ["pp_lcnet_v4"],
     "reason": "constructor argument 'in_channels' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "architectures": ["hgnet_v2"],
     "reason": "constructor argument 'in_channels' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.pp_lcnet_v3.modeling_pp_lcnet_v3.PPLCNetV3ConvLayer",
     "architectures": ["pp_ocrv5_mobile_det"],
     "reason": "constructor argument 'in_channels' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.pp_lcnet_v3.modeling_pp_lcnet_v3.PPLCNetV3ConvLayer",
     "architectures": ["pp_lcnet_v3"],
     "reason": "constructor argument 'in_channels' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.pp_lcnet_v3.modeling_pp_lcnet_v3.PPLCNetV3ConvLayer",
     "architectures": ["pp_ocrv5_mobile_det"],
     "reason": "constructor argument 'in_channels' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.pp_lcnet_v3.modeling_pp_lcnet_v3.PPLCNetV3ConvLayer",
     "architectures": ["pp_lcnet_v3"],
     "reason": "constructor argument 'in_channels' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.pp_lcnet_v4.modeling_pp_lcnet_v4.PPLCNetV4ConvLayer",
     "architectures": ["pp_lcnet_v4"],
     "reason": "constructor argument 'in_channels' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.pp_lcnet_v4.modeling_pp_lcnet_v4.PPLCNetV4ConvLayer",
     "architectures": ["pp_lcnet_v4"],
     "reason": "constructor argument 'in_channels' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.mobilevit.modeling_mobilevit.MobileViTConvLayer",
     "architectures": ["mobilevit"],
     "reason": "constructor argument 'config' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "architectures": ["hgnet_v2"],
     "reason": "constructor argument 'in_channels' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.pp_lcnet_v4.modeling_pp_lcnet_v4.PPLCNetV4ConvLayer",
     "architectures": ["pp_lcnet_v4"],
     "reason": "constructor argument 'in_channels' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.pp_lcnet_v4.modeling_pp_lcnet_v4.PPLCNetV4ConvLayer",
     "architectures": ["pp_lcnet_v4"],
     "reason": "constructor argument 'in_channels' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.levit.modeling_levit.LevitConvEmbeddings",
     "architectures": ["levit"],
     "reason": "constructor argument 'in_channels' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.align.modeling_align.AlignVisionFinalBlockLayer",
     "architectures": ["align"],
     "reason": "constructor argument 'config' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetFinalBlockLayer",
     "architectures": ["efficientnet"],
     "reason": "constructor argument 'config' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.align.modeling_align.AlignVisionFinalBlockLayer",
     "architectures": ["align"],
     "reason": "constructor argument 'config' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetFinalBlockLayer",
     "architectures": ["efficientnet"],
     "reason": "constructor argument 'config' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.levit.modeling_levit.LevitConvEmbeddings",
     "architectures": ["levit"],
     "reason": "constructor argument 'in_channels' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.align.modeling_align.AlignVisionFinalBlockLayer",
     "architectures": ["align"],
     "reason": "constructor argument 'config' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetFinalBlockLayer",
     "architectures": ["efficientnet"],
     "reason": "constructor argument 'config' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.levit.modeling_levit.LevitConvEmbeddings",
     "architectures": ["levit"],
     "reason": "constructor argument 'in_channels' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.align.modeling_align.AlignVisionFinalBlockLayer",
     "architectures": ["align"],
     "reason": "constructor argument 'config' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetFinalBlockLayer",
     "architectures": ["efficientnet"],
     "reason": "constructor argument 'config' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.align.modeling_align.AlignVisionFinalBlockLayer",
     "architectures": ["align"],
     "reason": "constructor argument 'config' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetFinalBlockLayer",
     "architectures": ["efficientnet"],
     "reason": "constructor argument 'config' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.levit.modeling_levit.LevitConvEmbeddings",
     "architectures": ["levit"],
     "reason": "constructor argument 'in_channels' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.align.modeling_align.AlignVisionFinalBlockLayer",
     "architectures": ["align"],
     "reason": "constructor argument 'config' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetFinalBlockLayer",
     "architectures": ["efficientnet"],
     "reason": "constructor argument 'config' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.align.modeling_align.AlignVisionFinalBlockLayer",
     "architectures": ["align"],
     "reason": "constructor argument 'config' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetFinalBlockLayer",
     "architectures": ["efficientnet"],
     "reason": "constructor argument 'config' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.mobilevitv2.modeling_mobilevitv2.MobileViTV2ConvLayer",
     "architectures": ["mobilevitv2"],
     "reason": "constructor argument 'config' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.mobilevit.modeling_mobilevit.MobileViTConvLayer",
     "architectures": ["mobilevit"],
     "reason": "constructor argument 'config' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.mobilevitv2.modeling_mobilevitv2.MobileViTV2ConvLayer",
     "architectures": ["mobilevitv2"],
     "reason": "constructor argument 'config' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.mobilevitv2.modeling_mobilevitv2.MobileViTV2ConvLayer",
     "architectures": ["mobilevitv2"],
     "reason": "constructor argument 'config' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.mobilevit.modeling_mobilevit.MobileViTConvLayer",
     "architectures": ["mobilevit"],
     "reason": "constructor argument 'config' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.mobilevitv2.modeling_mobilevitv2.MobileViTV2ConvLayer",
     "architectures": ["mobilevitv2"],
     "reason": "constructor argument 'config' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.mobilevitv2.modeling_mobilevitv2.MobileViTV2ConvLayer",
     "architectures": ["mobilevitv2"],
     "reason": "constructor argument 'config' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.mobilevitv2.modeling_mobilevitv2.MobileViTV2ConvLayer",
     "architectures": ["mobilevitv2"],
     "reason": "constructor argument 'config' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.mobilevit.modeling_mobilevit.MobileViTConvLayer",
     "architectures": ["mobilevit"],
     "reason": "constructor argument 'config' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.mobilevitv2.modeling_mobilevitv2.MobileViTV2ConvLayer",
     "architectures": ["mobilevitv2"],
     "reason": "constructor argument 'config' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.mobilevit.modeling_mobilevit.MobileViTConvLayer",
     "architectures": ["mobilevit"],
     "reason": "constructor argument 'config' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.mobilevit.modeling_mobilevit.MobileViTConvLayer",
     "architectures": ["mobilevit"],
     "reason": "constructor argument 'config' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.mobilevitv2.modeling_mobilevitv2.MobileViTV2ConvLayer",
     "architectures": ["mobilevitv2"],
     "reason": "constructor argument 'config' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.mobilevitv2.modeling_mobilevitv2.MobileViTV2ConvLayer",
     "architectures": ["mobilevitv2"],
     "reason": "constructor argument 'config' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.pp_lcnet_v3.modeling_pp_lcnet_v3.PPLCNetV3ConvLayer",
     "architectures": ["pp_lcnet_v3"],
     "reason": "constructor argument 'in_channels' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.pp_lcnet_v3.modeling_pp_lcnet_v3.PPLCNetV3ConvLayer",
     "architectures": ["pp_lcnet_v3"],
     "reason": "constructor argument 'in_channels' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.pp_lcnet_v3.modeling_pp_lcnet_v3.PPLCNetV3ConvLayer",
     "architectures": ["pp_ocrv5_mobile_det"],
     "reason": "constructor argument 'in_channels' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.pp_lcnet_v3.modeling_pp_lcnet_v3.PPLCNetV3ConvLayer",
     "architectures": ["pp_lcnet_v3"],
     "reason": "constructor argument 'in_channels' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.pp_lcnet_v3.modeling_pp_lcnet_v3.PPLCNetV3ConvLayer",
     "architectures": ["pp_ocrv5_mobile_det"],
     "reason": "constructor argument 'in_channels' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.pp_lcnet_v3.modeling_pp_lcnet_v3.PPLCNetV3ConvLayer",
     "architectures": ["pp_ocrv5_mobile_det"],
     "reason": "constructor argument 'in_channels' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.pp_lcnet_v3.modeling_pp_lcnet_v3.PPLCNetV3ConvLayer",
     "architectures": ["pp_lcnet_v3"],
     "reason": "constructor argument 'in_channels' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.pp_lcnet_v3.modeling_pp_lcnet_v3.PPLCNetV3ConvLayer",
     "architectures": ["pp_lcnet_v3"],
     "reason": "constructor argument 'in_channels' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.pp_lcnet_v3.modeling_pp_lcnet_v3.PPLCNetV3ConvLayer",
     "architectures": ["pp_ocrv5_mobile_det"],
     "reason": "constructor argument 'in_channels' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.pp_lcnet_v3.modeling_pp_lcnet_v3.PPLCNetV3ConvLayer",
     "architectures": ["pp_ocrv5_mobile_det"],
     "reason": "constructor argument 'in_channels' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "architectures": ["hgnet_v2"],
     "reason": "constructor argument 'in_channels' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "architectures": ["hgnet_v2"],
     "reason": "constructor argument 'in_channels' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "architectures": ["hgnet_v2"],
     "reason": "constructor argument 'in_channels' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.regnet.modeling_regnet.RegNetShortCut",
     "architectures": ["regnet"],
     "reason": "constructor argument 'in_channels' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.pp_lcnet_v4.modeling_pp_lcnet_v4.PPLCNetV4ConvLayer",
     "architectures": ["pp_lcnet_v4"],
     "reason": "constructor argument 'in_channels' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.regnet.modeling_regnet.RegNetShortCut",
     "architectures": ["regnet"],
     "reason": "constructor argument 'in_channels' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.pp_lcnet_v4.modeling_pp_lcnet_v4.PPLCNetV4ConvLayer",
     "architectures": ["pp_lcnet_v4"],
     "reason": "constructor argument 'in_channels' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.pp_lcnet_v4.modeling_pp_lcnet_v4.PPLCNetV4ConvLayer",
     "architectures": ["pp_lcnet_v4"],
     "reason": "constructor argument 'in_channels' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.regnet.modeling_regnet.RegNetShortCut",
     "architectures": ["regnet"],
     "reason": "constructor argument 'in_channels' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.pp_lcnet_v4.modeling_pp_lcnet_v4.PPLCNetV4ConvLayer",
     "architectures": ["pp_lcnet_v4"],
     "reason": "constructor argument 'in_channels' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "architectures": ["hgnet_v2"],
     "reason": "constructor argument 'in_channels' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.regnet.modeling_regnet.RegNetShortCut",
     "architectures": ["regnet"],
     "reason": "constructor argument 'in_channels' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "architectures": ["hgnet_v2"],
     "reason": "constructor argument 'in_channels' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.pp_lcnet_v4.modeling_pp_lcnet_v4.PPLCNetV4ConvLayer",
     "architectures": ["pp_lcnet_v4"],
     "reason": "constructor argument 'in_channels' is not in CvtSelfAttentionConvProjection.__init__"},
    {"qualname": "transformers.models.pp_lcnet_v4.modeling_pp_lcnet_v4.PPLCNetV4ConvLayer",
     "architectures": ["pp_lcnet_v4"],
     "reason": "constructor argument 'in_channels' is not in CvtSelfAttentionConvProjection.__init__"},
]


_CONFIGS = {}


def get_init_inputs(case=0):
    """Positional arguments of Model(...) / ModelNew(...) for CASES[case]."""
    return [_config(value) if isinstance(value, dict) else value for value in CASES[case]["init"].values()]


def get_inputs(case=0, dims=None):
    """Forward arguments (a list) for CASES[case]; `dims` overrides {"batch": b, "seq": s}
    to build a valid shape the case does not list (held-out shapes)."""
    dims = {**CASES[case]["dims"], **(dims or {})}
    return [_input(spec, dims, CASES[case]) for spec in CASES[case]["inputs"]]


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
    high = spec["high"]  # a role ("seq") bounds positions by that dimension
    return torch.randint(0, sizes[high] if isinstance(high, str) else high, shape, dtype=dtype)


def _input(spec, dims, case):
    kind = spec["kind"]
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
