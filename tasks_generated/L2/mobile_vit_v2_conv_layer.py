"""A convolution, a module built from leaf kernels: `MobileViTV2ConvLayer` as transformers runs it, built from L1/conv2d.

kernel:        9756ecda217fcf67
level:         2
label:         convolution
qualnames:     transformers.models.mobilevitv2.modeling_mobilevitv2.MobileViTV2ConvLayer, transformers.models.glpn.modeling_glpn.GLPNDepthWiseConv, transformers.models.pvt_v2.modeling_pvt_v2.PvtV2DepthWiseConv, transformers.models.segformer.modeling_segformer.SegformerDepthWiseConv, transformers.models.swin2sr.modeling_swin2sr.Swin2SRPatchEmbeddings, transformers.models.dinov2.modeling_dinov2.Dinov2PatchEmbeddings, transformers.models.swin.modeling_swin.SwinPatchEmbeddings, transformers.models.vit.modeling_vit.ViTPatchEmbeddings, transformers.models.beit.modeling_beit.BeitPatchEmbeddings, transformers.models.got_ocr2.modeling_got_ocr2.GotOcr2PatchEmbeddings, transformers.models.sam.modeling_sam.SamPatchEmbeddings, transformers.models.seggpt.modeling_seggpt.SegGptPatchEmbeddings, transformers.models.tipsv2.modeling_tipsv2.Tipsv2VisionPatchEmbeddings, transformers.models.vitpose_backbone.modeling_vitpose_backbone.VitPoseBackbonePatchEmbeddings, transformers.models.audio_spectrogram_transformer.modeling_audio_spectrogram_transformer.ASTPatchEmbeddings, transformers.models.data2vec.modeling_data2vec_vision.Data2VecVisionPatchEmbeddings, transformers.models.deepseek_ocr2.modeling_deepseek_ocr2.DeepseekOcr2SamPatchEmbeddings, transformers.models.deit.modeling_deit.DeiTPatchEmbeddings, transformers.models.dinov2_with_registers.modeling_dinov2_with_registers.Dinov2WithRegistersPatchEmbeddings, transformers.models.donut.modeling_donut_swin.DonutSwinPatchEmbeddings, transformers.models.dpt.modeling_dpt.DPTViTPatchEmbeddings, transformers.models.eomt.modeling_eomt.EomtPatchEmbeddings, transformers.models.flava.modeling_flava.PatchEmbeddings, transformers.models.focalnet.modeling_focalnet.FocalNetPatchEmbeddings, transformers.models.glm_image.modeling_glm_image.GlmImageVisionPatchEmbed, transformers.models.groupvit.modeling_groupvit.GroupViTPatchEmbeddings, transformers.models.hiera.modeling_hiera.HieraPatchEmbeddings, transformers.models.ijepa.modeling_ijepa.IJepaPatchEmbeddings, transformers.models.internvl.modeling_internvl.InternVLVisionPatchEmbeddings, transformers.models.layoutlmv3.modeling_layoutlmv3.LayoutLMv3PatchEmbeddings, transformers.models.maskformer.modeling_maskformer_swin.MaskFormerSwinPatchEmbeddings, transformers.models.pixio.modeling_pixio.PixioPatchEmbeddings, transformers.models.pp_formulanet.modeling_pp_formulanet.PPFormulaNetPatchEmbeddings, transformers.models.qianfan_ocr.modeling_qianfan_ocr.QianfanOCRVisionPatchEmbeddings, transformers.models.rf_detr.modeling_rf_detr.RfDetrDinov2PatchEmbeddings, transformers.models.sam2.modeling_sam2.Sam2PatchEmbeddings, transformers.models.sam_hq.modeling_sam_hq.SamHQPatchEmbeddings, transformers.models.slanext.modeling_slanext.SLANeXtPatchEmbeddings, transformers.models.swinv2.modeling_swinv2.Swinv2PatchEmbeddings, transformers.models.timesformer.modeling_timesformer.TimesformerPatchEmbeddings, transformers.models.udop.modeling_udop.UdopPatchEmbeddings, transformers.models.unlimited_ocr.modeling_unlimited_ocr.UnlimitedOcrSamPatchEmbeddings, transformers.models.video_llama_3.modeling_video_llama_3.VideoLlama3VisionEmbeddings, transformers.models.videomt.modeling_videomt.VideomtPatchEmbeddings, transformers.models.vilt.modeling_vilt.ViltPatchEmbeddings, transformers.models.vit_mae.modeling_vit_mae.ViTMAEPatchEmbeddings, transformers.models.vit_msn.modeling_vit_msn.ViTMSNPatchEmbeddings, transformers.models.yolos.modeling_yolos.YolosPatchEmbeddings
transformers:  5.24.0
architectures: audio-spectrogram-transformer, beit, data2vec-vision, deepseek_ocr2, deepseek_vl_hybrid, deit, depth_anything, depth_pro, dinov2, dinov2_with_registers, donut-swin, dpt, eomt, flava, focalnet, glm_image, glpn, got_ocr2, grounding-dino, groupvit, hiera, ijepa, internvl, layoutlmv3, mask2former, maskformer, mm-grounding-dino, mobilevitv2, oneformer, pixio, pp_chart2table, pp_formulanet, prompt_depth_anything, pvt_v2, qianfan_ocr, rf_detr, sam, sam2, sam_hq, segformer, seggpt, slanext, swin, swin2sr, swinv2, timesformer, tipsv2, tipsv2_dpt, udop, unlimited_ocr, video_llama_3, videomt, vilt, vision-encoder-decoder, vision-text-dual-encoder, vit, vit_mae, vit_msn, vitpose, vitpose_backbone, yolos, zoedepth
cases:         9 real cases, default first (the most common that fits in 8 GB); 57 unmapped
"""

import torch
from torch import nn
from transformers.models.mobilevitv2.configuration_mobilevitv2 import MobileViTV2Config
from transformers.models.mobilevitv2.modeling_mobilevitv2 import MobileViTV2ConvLayer


class Model(MobileViTV2ConvLayer):
    """`MobileViTV2ConvLayer` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(
        self,
        config: MobileViTV2Config,
        in_channels: int,
        out_channels: int,
        kernel_size: int,
        stride: int = 1,
        groups: int = 1,
        bias: bool = False,
        dilation: int = 1,
        use_normalization: bool = True,
        use_activation: bool | str = True,
    ) -> None:
        super().__init__(config, in_channels, out_channels, kernel_size, stride, groups, bias, dilation, use_normalization, use_activation)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A convolution, a module built from leaf kernels: `MobileViTV2ConvLayer` as transformers runs it, built from L1/conv2d.

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        convolution.weight [385, 192, 1, 1]
        convolution.bias [385]
    """

    def __init__(
        self,
        config: MobileViTV2Config,
        in_channels: int,
        out_channels: int,
        kernel_size: int,
        stride: int = 1,
        groups: int = 1,
        bias: bool = False,
        dilation: int = 1,
        use_normalization: bool = True,
        use_activation: bool | str = True,
    ) -> None:
        super().__init__()
        raise NotImplementedError("write the kernel: a convolution (MobileViTV2ConvLayer)")

    def forward(self, features: torch.Tensor) -> torch.Tensor:
        raise NotImplementedError("write the kernel: a convolution (MobileViTV2ConvLayer)")


KERNEL = {"id": "9756ecda217fcf67", "name": "mobile_vit_v2_conv_layer", "level": 2, "label": "convolution", "qualname": "transformers.models.mobilevitv2.modeling_mobilevitv2.MobileViTV2ConvLayer", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "MobileViTV2Config", "fields": {"attn_implementation": "eager"}}, "in_channels": 192, "out_channels": 385, "kernel_size": 1, "stride": 1, "groups": 1, "bias": True, "dilation": 1, "use_normalization": False, "use_activation": False},
     "inputs": [
        {"name": "features", "kind": "tensor", "shape": [2, 192, 4, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 739458,
     "flops": 75694080,
     "architectures": ["mobilevitv2"],
     "qualname": "transformers.models.mobilevitv2.modeling_mobilevitv2.MobileViTV2ConvLayer",
     "path": "encoder.layer.3.transformer.layer.0.attention.qkv_proj",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MobileViTV2Config", "fields": {"attn_implementation": "eager"}}, "in_channels": 192, "out_channels": 192, "kernel_size": 1, "stride": 1, "groups": 1, "bias": True, "dilation": 1, "use_normalization": False, "use_activation": False},
     "inputs": [
        {"name": "features", "kind": "tensor", "shape": [2, 192, 4, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 467328,
     "flops": 37748736,
     "architectures": ["mobilevitv2"],
     "qualname": "transformers.models.mobilevitv2.modeling_mobilevitv2.MobileViTV2ConvLayer",
     "path": "encoder.layer.3.transformer.layer.0.attention.out_proj",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MobileViTV2Config", "fields": {"attn_implementation": "eager"}}, "in_channels": 384, "out_channels": 192, "kernel_size": 1, "stride": 1, "groups": 1, "bias": True, "dilation": 1, "use_normalization": False, "use_activation": False},
     "inputs": [
        {"name": "features", "kind": "tensor", "shape": [2, 384, 4, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 737664,
     "flops": 75497472,
     "architectures": ["mobilevitv2"],
     "qualname": "transformers.models.mobilevitv2.modeling_mobilevitv2.MobileViTV2ConvLayer",
     "path": "encoder.layer.3.transformer.layer.0.ffn.conv2",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MobileViTV2Config", "fields": {"attn_implementation": "eager"}}, "in_channels": 256, "out_channels": 513, "kernel_size": 1, "stride": 1, "groups": 1, "bias": True, "dilation": 1, "use_normalization": False, "use_activation": False},
     "inputs": [
        {"name": "features", "kind": "tensor", "shape": [2, 256, 4, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 460546,
     "flops": 33619968,
     "architectures": ["mobilevitv2"],
     "qualname": "transformers.models.mobilevitv2.modeling_mobilevitv2.MobileViTV2ConvLayer",
     "path": "encoder.layer.4.transformer.layer.0.attention.qkv_proj",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MobileViTV2Config", "fields": {"attn_implementation": "eager"}}, "in_channels": 256, "out_channels": 256, "kernel_size": 1, "stride": 1, "groups": 1, "bias": True, "dilation": 1, "use_normalization": False, "use_activation": False},
     "inputs": [
        {"name": "features", "kind": "tensor", "shape": [2, 256, 4, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 262656,
     "flops": 16777216,
     "architectures": ["mobilevitv2"],
     "qualname": "transformers.models.mobilevitv2.modeling_mobilevitv2.MobileViTV2ConvLayer",
     "path": "encoder.layer.4.transformer.layer.0.attention.out_proj",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MobileViTV2Config", "fields": {"attn_implementation": "eager"}}, "in_channels": 512, "out_channels": 256, "kernel_size": 1, "stride": 1, "groups": 1, "bias": True, "dilation": 1, "use_normalization": False, "use_activation": False},
     "inputs": [
        {"name": "features", "kind": "tensor", "shape": [2, 512, 4, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 459264,
     "flops": 33554432,
     "architectures": ["mobilevitv2"],
     "qualname": "transformers.models.mobilevitv2.modeling_mobilevitv2.MobileViTV2ConvLayer",
     "path": "encoder.layer.4.transformer.layer.0.ffn.conv2",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MobileViTV2Config", "fields": {"attn_implementation": "eager"}}, "in_channels": 128, "out_channels": 257, "kernel_size": 1, "stride": 1, "groups": 1, "bias": True, "dilation": 1, "use_normalization": False, "use_activation": False},
     "inputs": [
        {"name": "features", "kind": "tensor", "shape": [2, 128, 4, 256], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1643266,
     "flops": 134742016,
     "architectures": ["mobilevitv2"],
     "qualname": "transformers.models.mobilevitv2.modeling_mobilevitv2.MobileViTV2ConvLayer",
     "path": "encoder.layer.2.transformer.layer.0.attention.qkv_proj",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MobileViTV2Config", "fields": {"attn_implementation": "eager"}}, "in_channels": 128, "out_channels": 128, "kernel_size": 1, "stride": 1, "groups": 1, "bias": True, "dilation": 1, "use_normalization": False, "use_activation": False},
     "inputs": [
        {"name": "features", "kind": "tensor", "shape": [2, 128, 4, 256], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1081600,
     "flops": 67108864,
     "architectures": ["mobilevitv2"],
     "qualname": "transformers.models.mobilevitv2.modeling_mobilevitv2.MobileViTV2ConvLayer",
     "path": "encoder.layer.2.transformer.layer.0.attention.out_proj",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MobileViTV2Config", "fields": {"attn_implementation": "eager"}}, "in_channels": 256, "out_channels": 128, "kernel_size": 1, "stride": 1, "groups": 1, "bias": True, "dilation": 1, "use_normalization": False, "use_activation": False},
     "inputs": [
        {"name": "features", "kind": "tensor", "shape": [2, 256, 4, 256], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1638656,
     "flops": 134217728,
     "architectures": ["mobilevitv2"],
     "qualname": "transformers.models.mobilevitv2.modeling_mobilevitv2.MobileViTV2ConvLayer",
     "path": "encoder.layer.2.transformer.layer.0.ffn.conv2",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.swin.modeling_swin.SwinPatchEmbeddings",
     "architectures": ["grounding-dino", "mask2former", "mm-grounding-dino", "oneformer", "swin"],
     "reason": "built by SwinPatchEmbeddings from a SwinConfig"},
    {"qualname": "transformers.models.vit.modeling_vit.ViTPatchEmbeddings",
     "architectures": ["vision-encoder-decoder", "vision-text-dual-encoder", "vit"],
     "reason": "built by ViTPatchEmbeddings from a ViTConfig"},
    {"qualname": "transformers.models.glpn.modeling_glpn.GLPNDepthWiseConv",
     "architectures": ["glpn", "segformer"],
     "reason": "constructor argument 'dim' is not in MobileViTV2ConvLayer.__init__"},
    {"qualname": "transformers.models.glpn.modeling_glpn.GLPNDepthWiseConv",
     "architectures": ["glpn", "segformer"],
     "reason": "constructor argument 'dim' is not in MobileViTV2ConvLayer.__init__"},
    {"qualname": "transformers.models.glpn.modeling_glpn.GLPNDepthWiseConv",
     "architectures": ["glpn", "segformer"],
     "reason": "constructor argument 'dim' is not in MobileViTV2ConvLayer.__init__"},
    {"qualname": "transformers.models.glpn.modeling_glpn.GLPNDepthWiseConv",
     "architectures": ["glpn", "segformer"],
     "reason": "constructor argument 'dim' is not in MobileViTV2ConvLayer.__init__"},
    {"qualname": "transformers.models.sam.modeling_sam.SamPatchEmbeddings",
     "architectures": ["deepseek_vl_hybrid", "sam"],
     "reason": "built by SamPatchEmbeddings from a SamVisionConfig"},
    {"qualname": "transformers.models.vitpose_backbone.modeling_vitpose_backbone.VitPoseBackbonePatchEmbeddings",
     "architectures": ["vitpose", "vitpose_backbone"],
     "reason": "built by VitPoseBackbonePatchEmbeddings from a VitPoseBackboneConfig"},
    {"qualname": "transformers.models.tipsv2.modeling_tipsv2.Tipsv2VisionPatchEmbeddings",
     "architectures": ["tipsv2", "tipsv2_dpt"],
     "reason": "built by Tipsv2VisionPatchEmbeddings from a Tipsv2VisionConfig"},
    {"qualname": "transformers.models.dinov2.modeling_dinov2.Dinov2PatchEmbeddings",
     "architectures": ["depth_anything", "prompt_depth_anything"],
     "reason": "built by Dinov2PatchEmbeddings from a Dinov2Config"},
    {"qualname": "transformers.models.swin2sr.modeling_swin2sr.Swin2SRPatchEmbeddings",
     "architectures": ["swin2sr"],
     "reason": "built by Swin2SRPatchEmbeddings from a Swin2SRConfig"},
    {"qualname": "transformers.models.pvt_v2.modeling_pvt_v2.PvtV2DepthWiseConv",
     "architectures": ["pvt_v2"],
     "reason": "built by PvtV2DepthWiseConv from a PvtV2Config"},
    {"qualname": "transformers.models.pvt_v2.modeling_pvt_v2.PvtV2DepthWiseConv",
     "architectures": ["pvt_v2"],
     "reason": "built by PvtV2DepthWiseConv from a PvtV2Config"},
    {"qualname": "transformers.models.pvt_v2.modeling_pvt_v2.PvtV2DepthWiseConv",
     "architectures": ["pvt_v2"],
     "reason": "built by PvtV2DepthWiseConv from a PvtV2Config"},
    {"qualname": "transformers.models.pvt_v2.modeling_pvt_v2.PvtV2DepthWiseConv",
     "architectures": ["pvt_v2"],
     "reason": "built by PvtV2DepthWiseConv from a PvtV2Config"},
    {"qualname": "transformers.models.seggpt.modeling_seggpt.SegGptPatchEmbeddings",
     "architectures": ["seggpt"],
     "reason": "built by SegGptPatchEmbeddings from a SegGptConfig"},
    {"qualname": "transformers.models.glm_image.modeling_glm_image.GlmImageVisionPatchEmbed",
     "architectures": ["glm_image"],
     "reason": "built by GlmImageVisionPatchEmbed from a GlmImageVisionConfig"},
    {"qualname": "transformers.models.video_llama_3.modeling_video_llama_3.VideoLlama3VisionEmbeddings",
     "architectures": ["video_llama_3"],
     "reason": "built by VideoLlama3VisionEmbeddings from a VideoLlama3VisionConfig"},
    {"qualname": "transformers.models.audio_spectrogram_transformer.modeling_audio_spectrogram_transformer.ASTPatchEmbeddings",
     "architectures": ["audio-spectrogram-transformer"],
     "reason": "built by ASTPatchEmbeddings from a ASTConfig"},
    {"qualname": "transformers.models.timesformer.modeling_timesformer.TimesformerPatchEmbeddings",
     "architectures": ["timesformer"],
     "reason": "built by TimesformerPatchEmbeddings from a TimesformerConfig"},
    {"qualname": "transformers.models.got_ocr2.modeling_got_ocr2.GotOcr2PatchEmbeddings",
     "architectures": ["got_ocr2"],
     "reason": "built by GotOcr2PatchEmbeddings from a GotOcr2VisionConfig"},
    {"qualname": "transformers.models.got_ocr2.modeling_got_ocr2.GotOcr2PatchEmbeddings",
     "architectures": ["pp_chart2table"],
     "reason": "built by GotOcr2PatchEmbeddings from a PPChart2TableVisionConfig"},
    {"qualname": "transformers.models.sam2.modeling_sam2.Sam2PatchEmbeddings",
     "architectures": ["sam2"],
     "reason": "built by Sam2PatchEmbeddings from a Sam2HieraDetConfig"},
    {"qualname": "transformers.models.sam_hq.modeling_sam_hq.SamHQPatchEmbeddings",
     "architectures": ["sam_hq"],
     "reason": "built by SamHQPatchEmbeddings from a SamHQVisionConfig"},
    {"qualname": "transformers.models.groupvit.modeling_groupvit.GroupViTPatchEmbeddings",
     "architectures": ["groupvit"],
     "reason": "constructor argument 'image_size' is not in MobileViTV2ConvLayer.__init__"},
    {"qualname": "transformers.models.flava.modeling_flava.PatchEmbeddings",
     "architectures": ["flava"],
     "reason": "constructor argument 'image_size' is not in MobileViTV2ConvLayer.__init__"},
    {"qualname": "transformers.models.hiera.modeling_hiera.HieraPatchEmbeddings",
     "architectures": ["hiera"],
     "reason": "built by HieraPatchEmbeddings from a HieraConfig"},
    {"qualname": "transformers.models.beit.modeling_beit.BeitPatchEmbeddings",
     "architectures": ["beit"],
     "reason": "built by BeitPatchEmbeddings from a BeitConfig"},
    {"qualname": "transformers.models.data2vec.modeling_data2vec_vision.Data2VecVisionPatchEmbeddings",
     "architectures": ["data2vec-vision"],
     "reason": "built by Data2VecVisionPatchEmbeddings from a Data2VecVisionConfig"},
    {"qualname": "transformers.models.deepseek_ocr2.modeling_deepseek_ocr2.DeepseekOcr2SamPatchEmbeddings",
     "architectures": ["deepseek_ocr2"],
     "reason": "built by DeepseekOcr2SamPatchEmbeddings from a DeepseekOcr2SamVisionConfig"},
    {"qualname": "transformers.models.deit.modeling_deit.DeiTPatchEmbeddings",
     "architectures": ["deit"],
     "reason": "built by DeiTPatchEmbeddings from a DeiTConfig"},
    {"qualname": "transformers.models.dinov2.modeling_dinov2.Dinov2PatchEmbeddings",
     "architectures": ["dinov2"],
     "reason": "built by Dinov2PatchEmbeddings from a Dinov2Config"},
    {"qualname": "transformers.models.dinov2_with_registers.modeling_dinov2_with_registers.Dinov2WithRegistersPatchEmbeddings",
     "architectures": ["dinov2_with_registers"],
     "reason": "built by Dinov2WithRegistersPatchEmbeddings from a Dinov2WithRegistersConfig"},
    {"qualname": "transformers.models.donut.modeling_donut_swin.DonutSwinPatchEmbeddings",
     "architectures": ["donut-swin"],
     "reason": "built by DonutSwinPatchEmbeddings from a DonutSwinConfig"},
    {"qualname": "transformers.models.focalnet.modeling_focalnet.FocalNetPatchEmbeddings",
     "architectures": ["focalnet"],
     "reason": "built by FocalNetPatchEmbeddings from a FocalNetConfig"},
    {"qualname": "transformers.models.ijepa.modeling_ijepa.IJepaPatchEmbeddings",
     "architectures": ["ijepa"],
     "reason": "built by IJepaPatchEmbeddings from a IJepaConfig"},
    {"qualname": "transformers.models.layoutlmv3.modeling_layoutlmv3.LayoutLMv3PatchEmbeddings",
     "architectures": ["layoutlmv3"],
     "reason": "built by LayoutLMv3PatchEmbeddings from a LayoutLMv3Config"},
    {"qualname": "transformers.models.swinv2.modeling_swinv2.Swinv2PatchEmbeddings",
     "architectures": ["swinv2"],
     "reason": "built by Swinv2PatchEmbeddings from a Swinv2Config"},
    {"qualname": "transformers.models.udop.modeling_udop.UdopPatchEmbeddings",
     "architectures": ["udop"],
     "reason": "built by UdopPatchEmbeddings from a UdopConfig"},
    {"qualname": "transformers.models.unlimited_ocr.modeling_unlimited_ocr.UnlimitedOcrSamPatchEmbeddings",
     "architectures": ["unlimited_ocr"],
     "reason": "built by UnlimitedOcrSamPatchEmbeddings from a UnlimitedOcrSamVisionConfig"},
    {"qualname": "transformers.models.vit_mae.modeling_vit_mae.ViTMAEPatchEmbeddings",
     "architectures": ["vit_mae"],
     "reason": "built by ViTMAEPatchEmbeddings from a ViTMAEConfig"},
    {"qualname": "transformers.models.vit_msn.modeling_vit_msn.ViTMSNPatchEmbeddings",
     "architectures": ["vit_msn"],
     "reason": "built by ViTMSNPatchEmbeddings from a ViTMSNConfig"},
    {"qualname": "transformers.models.pixio.modeling_pixio.PixioPatchEmbeddings",
     "architectures": ["pixio"],
     "reason": "built by PixioPatchEmbeddings from a PixioConfig"},
    {"qualname": "transformers.models.dinov2.modeling_dinov2.Dinov2PatchEmbeddings",
     "architectures": ["depth_pro"],
     "reason": "built by Dinov2PatchEmbeddings from a Dinov2Config"},
    {"qualname": "transformers.models.dpt.modeling_dpt.DPTViTPatchEmbeddings",
     "architectures": ["dpt"],
     "reason": "built by DPTViTPatchEmbeddings from a DPTConfig"},
    {"qualname": "transformers.models.maskformer.modeling_maskformer_swin.MaskFormerSwinPatchEmbeddings",
     "architectures": ["maskformer"],
     "reason": "built by MaskFormerSwinPatchEmbeddings from a MaskFormerSwinConfig"},
    {"qualname": "transformers.models.vilt.modeling_vilt.ViltPatchEmbeddings",
     "architectures": ["vilt"],
     "reason": "built by ViltPatchEmbeddings from a ViltConfig"},
    {"qualname": "transformers.models.beit.modeling_beit.BeitPatchEmbeddings",
     "architectures": ["zoedepth"],
     "reason": "built by BeitPatchEmbeddings from a BeitConfig"},
    {"qualname": "transformers.models.internvl.modeling_internvl.InternVLVisionPatchEmbeddings",
     "architectures": ["internvl"],
     "reason": "built by InternVLVisionPatchEmbeddings from a InternVLVisionConfig"},
    {"qualname": "transformers.models.qianfan_ocr.modeling_qianfan_ocr.QianfanOCRVisionPatchEmbeddings",
     "architectures": ["qianfan_ocr"],
     "reason": "built by QianfanOCRVisionPatchEmbeddings from a QianfanOCRVisionConfig"},
    {"qualname": "transformers.models.pp_formulanet.modeling_pp_formulanet.PPFormulaNetPatchEmbeddings",
     "architectures": ["pp_formulanet"],
     "reason": "built by PPFormulaNetPatchEmbeddings from a PPFormulaNetVisionConfig"},
    {"qualname": "transformers.models.slanext.modeling_slanext.SLANeXtPatchEmbeddings",
     "architectures": ["slanext"],
     "reason": "built by SLANeXtPatchEmbeddings from a SLANeXtVisionConfig"},
    {"qualname": "transformers.models.yolos.modeling_yolos.YolosPatchEmbeddings",
     "architectures": ["yolos"],
     "reason": "built by YolosPatchEmbeddings from a YolosConfig"},
    {"qualname": "transformers.models.rf_detr.modeling_rf_detr.RfDetrDinov2PatchEmbeddings",
     "architectures": ["rf_detr"],
     "reason": "built by RfDetrDinov2PatchEmbeddings from a RfDetrDinov2Config"},
    {"qualname": "transformers.models.eomt.modeling_eomt.EomtPatchEmbeddings",
     "architectures": ["eomt"],
     "reason": "built by EomtPatchEmbeddings from a EomtConfig"},
    {"qualname": "transformers.models.videomt.modeling_videomt.VideomtPatchEmbeddings",
     "architectures": ["videomt"],
     "reason": "built by VideomtPatchEmbeddings from a VideomtConfig"},
    {"qualname": "transformers.models.dinov2.modeling_dinov2.Dinov2PatchEmbeddings",
     "architectures": ["depth_pro"],
     "reason": "built by Dinov2PatchEmbeddings from a Dinov2Config"},
]


_CONFIGS = {"MobileViTV2Config": MobileViTV2Config}


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
