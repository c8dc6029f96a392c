"""A normalization, a leaf kernel: `LayerNorm` as transformers runs it (hyper-parameters of layer_norm vary per case).

kernel:        38d972a73d1ad627
level:         1
label:         norm
qualnames:     torch.nn.modules.normalization.LayerNorm, transformers.models.convnext.modeling_convnext.ConvNextLayerNorm, transformers.models.convnextv2.modeling_convnextv2.ConvNextV2LayerNorm, transformers.models.dinov3_convnext.modeling_dinov3_convnext.DINOv3ConvNextLayerNorm, transformers.models.videomt.modeling_videomt.VideomtLayerNorm2d, transformers.models.eomt.modeling_eomt.EomtLayerNorm2d, transformers.models.eomt_dinov3.modeling_eomt_dinov3.EomtDinov3LayerNorm2d, transformers.models.rf_detr.modeling_rf_detr.RfDetrLayerNorm, transformers.models.sam_hq.modeling_sam_hq.SamHQLayerNorm, transformers.models.sam.modeling_sam.SamLayerNorm, transformers.models.got_ocr2.modeling_got_ocr2.GotOcr2LayerNorm, transformers.models.deepseek_ocr2.modeling_deepseek_ocr2.DeepseekOcr2SamLayerNorm, transformers.models.deepseek_vl_hybrid.modeling_deepseek_vl_hybrid.DeepseekVLHybridLayerNorm, transformers.models.pp_formulanet.modeling_pp_formulanet.PPFormulaNetLayerNorm, transformers.models.slanext.modeling_slanext.SLANeXtLayerNorm, transformers.models.unlimited_ocr.modeling_unlimited_ocr.UnlimitedOcrSamLayerNorm, transformers.models.lw_detr.modeling_lw_detr.LwDetrLayerNorm, transformers.models.sam2.modeling_sam2.Sam2LayerNorm, transformers.models.sam3_tracker.modeling_sam3_tracker.Sam3TrackerLayerNorm
transformers:  5.24.0
architectures: aya_vision, convnext, convnextv2, deepseek_ocr2, deepseek_vl_hybrid, dinov3_convnext, efficientloftr, eomt, eomt_dinov3, florence2, fuyu, got_ocr2, lfm2_vl, lw_detr, mllama, nemotron3_5_transcribe_asr_audio, nemotron3_5_transcribe_audio, nemotron3_5_transcribe_word_timestamp, patchtsmixer, persimmon, pp_chart2table, pp_formulanet, rf_detr, sam, sam2, sam3_tracker, sam_hq, seggpt, slanext, unlimited_ocr, videomt, vitdet, vitmatte
cases:         31 real cases, default first (the most common that fits in 8 GB); 26 unmapped
"""

import torch
from torch import nn
from torch import Tensor
from torch.nn.modules.normalization import LayerNorm
from torch.nn.modules.normalization import _shape_t


class Model(LayerNorm):
    """`LayerNorm` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(
        self,
        normalized_shape: _shape_t,
        eps: float = 1e-5,
        elementwise_affine: bool = True,
        bias: bool = True,
        device=None,
        dtype=None,
    ) -> None:
        super().__init__(normalized_shape, eps, elementwise_affine, bias, device, dtype)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A normalization, a leaf kernel: `LayerNorm` as transformers runs it (hyper-parameters of layer_norm vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        weight [768]
        bias [768]
    """

    def __init__(
        self,
        normalized_shape: _shape_t,
        eps: float = 1e-5,
        elementwise_affine: bool = True,
        bias: bool = True,
        device=None,
        dtype=None,
    ) -> None:
        super().__init__()
        raise NotImplementedError("write the kernel: a normalization (LayerNorm)")

    def forward(self, input: Tensor) -> Tensor:
        raise NotImplementedError("write the kernel: a normalization (LayerNorm)")


KERNEL = {"id": "38d972a73d1ad627", "name": "layer_norm_38d972", "level": 1, "label": "norm", "qualname": "torch.nn.modules.normalization.LayerNorm", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"normalized_shape": 768, "eps": 1e-06, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 64, 768], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 25168896,
     "flops": 6307840,
     "architectures": ["deepseek_vl_hybrid", "got_ocr2", "pp_chart2table", "sam", "sam_hq"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "high_res_vision_model.vision_encoder.layers.0.layer_norm1",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 768, "eps": 1e-06, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 14, 14, 768], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1207296,
     "flops": 301840,
     "architectures": ["deepseek_ocr2", "unlimited_ocr", "vitdet", "vitmatte"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "vision_tower.sam_encoder.layers.0.layer_norm1",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 768, "eps": 1e-06, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 32, 32, 768], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 6294528,
     "flops": 1576960,
     "architectures": ["pp_formulanet", "sam2", "slanext"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "model.encoder.layers.0.layer_norm1",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 64, "eps": 1e-05, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 64, 64], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 16679168,
     "flops": 4300032,
     "architectures": ["fuyu", "persimmon"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "language_model.layers.0.self_attn.q_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 256, "eps": 1e-05, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 8, 256], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 17408,
     "flops": 4128,
     "architectures": ["sam2", "sam3_tracker"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "mask_decoder.transformer.layers.0.layer_norm1",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 256, "eps": 1e-05, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 28, 28, 256], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1606656,
     "flops": 404544,
     "architectures": ["efficientloftr", "florence2"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "local_feature_transformer.layers.0.cross_attention.mlp.layer_norm",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 256, "eps": 1e-06, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 4096, 256], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 8389632,
     "flops": 2113536,
     "architectures": ["sam", "sam_hq"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "mask_decoder.transformer.layers.0.layer_norm4",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 1024, "eps": 1e-06, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 72, 72, 1024], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 42471424,
     "flops": 10637568,
     "architectures": ["sam3_tracker"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "vision_encoder.backbone.layer_norm",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 128, "eps": 1e-05, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 375, 10, 128], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3840512,
     "flops": 975000,
     "architectures": ["nemotron3_5_transcribe_audio"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "asr_encoder.layers.0.self_attn.q_norm",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 128, "eps": 1e-05, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 10, 128], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 655872,
     "flops": 166400,
     "architectures": ["nemotron3_5_transcribe_asr_audio"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "layers.0.self_attn.q_norm",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 1024, "eps": 1e-06, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 56, 28, 1024], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 12849152,
     "flops": 3217536,
     "architectures": ["seggpt"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "encoder.layers.3.layernorm_before",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 256, "eps": 1e-05, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 7, 7, 256], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 101376,
     "flops": 25284,
     "architectures": ["efficientloftr"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "local_feature_transformer.layers.0.cross_attention.aggregation.norm",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 384, "eps": 1e-06, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 64, 384], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 12584448,
     "flops": 3162112,
     "architectures": ["sam2"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "vision_encoder.backbone.blocks.3.layer_norm2",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 256, "eps": 1e-05, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [4, 7, 7, 256], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 201728,
     "flops": 50568,
     "architectures": ["efficientloftr"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "local_feature_transformer.layers.0.self_attention.aggregation.norm",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 8, "eps": 1e-05, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 4, 8], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 288,
     "flops": 80,
     "architectures": ["patchtsmixer"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "encoder.mlp_mixer_encoder.mixers.0.patch_mixer.norm.norm",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 256, "eps": 1e-06, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 5, 256], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 11264,
     "flops": 2580,
     "architectures": ["sam"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "mask_decoder.transformer.layers.0.layer_norm1",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 256, "eps": 1e-06, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 6, 256], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 13312,
     "flops": 3096,
     "architectures": ["sam_hq"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "mask_decoder.transformer.layers.0.layer_norm1",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 1024, "eps": 1e-06, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [4, 56, 28, 1024], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 25694208,
     "flops": 6435072,
     "architectures": ["seggpt"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "encoder.layers.0.layernorm_before",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 80, "eps": 1e-05, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1018, 16, 80], "roles": ["batch", "batch*seq", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 10424640,
     "flops": 2671232,
     "architectures": ["nemotron3_5_transcribe_word_timestamp"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "layers.0.self_attn.q_norm",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 192, "eps": 1e-06, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 128, 192], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 25166592,
     "flops": 6356992,
     "architectures": ["sam2"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "vision_encoder.backbone.blocks.1.layer_norm2",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 256, "eps": 1e-05, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [4, 28, 28, 256], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 3212288,
     "flops": 809088,
     "architectures": ["efficientloftr"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "local_feature_transformer.layers.0.self_attention.mlp.layer_norm",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 96, "eps": 1e-06, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 256, 96], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 50332032,
     "flops": 12845056,
     "architectures": ["sam2"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "vision_encoder.backbone.blocks.0.layer_norm1",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 256, "eps": 1e-05, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 4096, 256], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 8389632,
     "flops": 2113536,
     "architectures": ["sam2"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "mask_decoder.transformer.layers.0.layer_norm4",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 256, "eps": 1e-05, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 5184, 256], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 10617856,
     "flops": 2674944,
     "architectures": ["sam3_tracker"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "mask_decoder.transformer.layers.0.layer_norm4",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 128, "eps": 1e-05, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 56, 56, 128], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3211776,
     "flops": 815360,
     "architectures": ["florence2"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "vision_tower.convs.0.norm",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 256, "eps": 1e-05, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 5, 256], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 11264,
     "flops": 2580,
     "architectures": ["sam"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "mask_decoder.transformer.layer_norm_final_attn",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 256, "eps": 1e-05, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 6, 256], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 13312,
     "flops": 3096,
     "architectures": ["sam_hq"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "mask_decoder.transformer.layer_norm_final_attn",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 4608, "eps": 1e-06, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 13, 13, 4608], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 6248448,
     "flops": 1558180,
     "architectures": ["aya_vision"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "multi_modal_projector.layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 512, "eps": 1e-05, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 14, 14, 512], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 804864,
     "flops": 201488,
     "architectures": ["florence2"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "vision_tower.convs.3.norm",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 1280, "eps": 1e-05, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 4, 1025, 1280], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 41989120,
     "flops": 10512400,
     "architectures": ["mllama"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "vision_model.layernorm_pre",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 3072, "eps": 1e-05, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1, 1, 128, 3072], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 1585152,
     "flops": 393472,
     "architectures": ["lfm2_vl"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "multi_modal_projector.layer_norm",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.sam.modeling_sam.SamLayerNorm",
     "architectures": ["deepseek_vl_hybrid", "got_ocr2", "lw_detr", "pp_chart2table", "sam", "sam_hq"],
     "reason": "constructor argument 'data_format' is not in LayerNorm.__init__"},
    {"qualname": "transformers.models.eomt.modeling_eomt.EomtLayerNorm2d",
     "architectures": ["eomt", "eomt_dinov3", "videomt"],
     "reason": "constructor argument 'num_channels' is not in LayerNorm.__init__"},
    {"qualname": "transformers.models.eomt.modeling_eomt.EomtLayerNorm2d",
     "architectures": ["eomt", "eomt_dinov3", "videomt"],
     "reason": "constructor argument 'num_channels' is not in LayerNorm.__init__"},
    {"qualname": "transformers.models.sam.modeling_sam.SamLayerNorm",
     "architectures": ["sam", "sam2", "sam_hq"],
     "reason": "constructor argument 'data_format' is not in LayerNorm.__init__"},
    {"qualname": "transformers.models.convnext.modeling_convnext.ConvNextLayerNorm",
     "architectures": ["convnext", "convnextv2"],
     "reason": "constructor argument 'data_format' is not in LayerNorm.__init__"},
    {"qualname": "transformers.models.convnext.modeling_convnext.ConvNextLayerNorm",
     "architectures": ["convnext", "convnextv2"],
     "reason": "constructor argument 'data_format' is not in LayerNorm.__init__"},
    {"qualname": "transformers.models.convnext.modeling_convnext.ConvNextLayerNorm",
     "architectures": ["convnext", "convnextv2"],
     "reason": "constructor argument 'data_format' is not in LayerNorm.__init__"},
    {"qualname": "transformers.models.convnext.modeling_convnext.ConvNextLayerNorm",
     "architectures": ["convnext", "convnextv2"],
     "reason": "constructor argument 'data_format' is not in LayerNorm.__init__"},
    {"qualname": "transformers.models.deepseek_ocr2.modeling_deepseek_ocr2.DeepseekOcr2SamLayerNorm",
     "architectures": ["deepseek_ocr2", "unlimited_ocr"],
     "reason": "constructor argument 'data_format' is not in LayerNorm.__init__"},
    {"qualname": "transformers.models.pp_formulanet.modeling_pp_formulanet.PPFormulaNetLayerNorm",
     "architectures": ["pp_formulanet", "slanext"],
     "reason": "constructor argument 'data_format' is not in LayerNorm.__init__"},
    {"qualname": "transformers.models.convnext.modeling_convnext.ConvNextLayerNorm",
     "architectures": ["convnext", "convnextv2"],
     "reason": "constructor argument 'data_format' is not in LayerNorm.__init__"},
    {"qualname": "transformers.models.convnext.modeling_convnext.ConvNextLayerNorm",
     "architectures": ["convnext", "convnextv2"],
     "reason": "constructor argument 'data_format' is not in LayerNorm.__init__"},
    {"qualname": "transformers.models.convnext.modeling_convnext.ConvNextLayerNorm",
     "architectures": ["convnext", "convnextv2"],
     "reason": "constructor argument 'data_format' is not in LayerNorm.__init__"},
    {"qualname": "transformers.models.dinov3_convnext.modeling_dinov3_convnext.DINOv3ConvNextLayerNorm",
     "architectures": ["dinov3_convnext"],
     "reason": "constructor argument 'data_format' is not in LayerNorm.__init__"},
    {"qualname": "transformers.models.rf_detr.modeling_rf_detr.RfDetrLayerNorm",
     "architectures": ["rf_detr"],
     "reason": "constructor argument 'data_format' is not in LayerNorm.__init__"},
    {"qualname": "transformers.models.dinov3_convnext.modeling_dinov3_convnext.DINOv3ConvNextLayerNorm",
     "architectures": ["dinov3_convnext"],
     "reason": "constructor argument 'data_format' is not in LayerNorm.__init__"},
    {"qualname": "transformers.models.dinov3_convnext.modeling_dinov3_convnext.DINOv3ConvNextLayerNorm",
     "architectures": ["dinov3_convnext"],
     "reason": "constructor argument 'data_format' is not in LayerNorm.__init__"},
    {"qualname": "transformers.models.dinov3_convnext.modeling_dinov3_convnext.DINOv3ConvNextLayerNorm",
     "architectures": ["dinov3_convnext"],
     "reason": "constructor argument 'data_format' is not in LayerNorm.__init__"},
    {"qualname": "transformers.models.rf_detr.modeling_rf_detr.RfDetrLayerNorm",
     "architectures": ["rf_detr"],
     "reason": "constructor argument 'data_format' is not in LayerNorm.__init__"},
    {"qualname": "transformers.models.dinov3_convnext.modeling_dinov3_convnext.DINOv3ConvNextLayerNorm",
     "architectures": ["dinov3_convnext"],
     "reason": "constructor argument 'data_format' is not in LayerNorm.__init__"},
    {"qualname": "transformers.models.dinov3_convnext.modeling_dinov3_convnext.DINOv3ConvNextLayerNorm",
     "architectures": ["dinov3_convnext"],
     "reason": "constructor argument 'data_format' is not in LayerNorm.__init__"},
    {"qualname": "transformers.models.sam_hq.modeling_sam_hq.SamHQLayerNorm",
     "architectures": ["sam_hq"],
     "reason": "constructor argument 'data_format' is not in LayerNorm.__init__"},
    {"qualname": "transformers.models.rf_detr.modeling_rf_detr.RfDetrLayerNorm",
     "architectures": ["rf_detr"],
     "reason": "constructor argument 'data_format' is not in LayerNorm.__init__"},
    {"qualname": "transformers.models.dinov3_convnext.modeling_dinov3_convnext.DINOv3ConvNextLayerNorm",
     "architectures": ["dinov3_convnext"],
     "reason": "constructor argument 'data_format' is not in LayerNorm.__init__"},
    {"qualname": "transformers.models.sam3_tracker.modeling_sam3_tracker.Sam3TrackerLayerNorm",
     "architectures": ["sam3_tracker"],
     "reason": "constructor argument 'data_format' is not in LayerNorm.__init__"},
    {"qualname": "transformers.models.sam_hq.modeling_sam_hq.SamHQLayerNorm",
     "architectures": ["sam_hq"],
     "reason": "constructor argument 'data_format' is not in LayerNorm.__init__"},
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
