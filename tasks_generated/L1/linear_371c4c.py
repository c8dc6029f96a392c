"""A matrix multiply (linear projection), a leaf kernel: `Linear` as transformers runs it.

kernel:        371c4c6610d8484b
level:         1
label:         gemm
qualnames:     torch.nn.modules.linear.Linear
transformers:  5.24.0
architectures: aya_vision, cohere2_vision, convnext, convnextv2, deepseek_ocr2, deepseek_vl_hybrid, dinov3_convnext, focalnet, got_ocr2, lfm2_vl, nemotron3_5_asr, nemotron_asr_streaming, parakeet_rnnt, parakeet_tdt, patchtsmixer, patchtst, pp_chart2table, pp_formulanet, prophetnet, sam, sam2, sam3_tracker, sam_hq, seggpt, slanext, unlimited_ocr, vitdet, vitmatte
cases:         103 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from torch import Tensor
from torch.nn.modules.linear import Linear


class Model(Linear):
    """`Linear` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(
        self,
        in_features: int,
        out_features: int,
        bias: bool = True,
        device=None,
        dtype=None,
    ) -> None:
        super().__init__(in_features, out_features, bias, device, dtype)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A matrix multiply (linear projection), a leaf kernel: `Linear` as transformers runs it.

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        weight [768, 3072]
        bias [768]
    """

    def __init__(
        self,
        in_features: int,
        out_features: int,
        bias: bool = True,
        device=None,
        dtype=None,
    ) -> None:
        super().__init__()
        raise NotImplementedError("write the kernel: a matrix multiply (linear projection) (Linear)")

    def forward(self, input: Tensor) -> Tensor:
        raise NotImplementedError("write the kernel: a matrix multiply (linear projection) (Linear)")


KERNEL = {"id": "371c4c6610d8484b", "name": "linear_371c4c", "level": 1, "label": "gemm", "qualname": "torch.nn.modules.linear.Linear", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"in_features": 3072, "out_features": 768, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 64, 3072], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 67634688,
     "flops": 38660997120,
     "architectures": ["deepseek_vl_hybrid", "got_ocr2", "pp_chart2table", "sam", "sam_hq"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "high_res_vision_model.vision_encoder.layers.0.mlp.lin2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 3072, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 64, 768], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 67639296,
     "flops": 38679871488,
     "architectures": ["deepseek_vl_hybrid", "got_ocr2", "pp_chart2table", "sam", "sam_hq"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "high_res_vision_model.vision_encoder.layers.0.mlp.lin1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 2304, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [50, 14, 14, 768], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 63754752,
     "flops": 34704230400,
     "architectures": ["deepseek_vl_hybrid", "got_ocr2", "pp_chart2table", "sam", "sam_hq"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "high_res_vision_model.vision_encoder.layers.0.attn.qkv",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 768, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [50, 14, 14, 768], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 31286784,
     "flops": 11568076800,
     "architectures": ["deepseek_vl_hybrid", "got_ocr2", "pp_chart2table", "sam", "sam_hq"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "high_res_vision_model.vision_encoder.layers.0.attn.proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 2304, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 64, 768], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 53875200,
     "flops": 29009903616,
     "architectures": ["deepseek_vl_hybrid", "got_ocr2", "pp_chart2table", "sam", "sam_hq"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "high_res_vision_model.vision_encoder.layers.2.attn.qkv",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 768, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 64, 768], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 26347008,
     "flops": 9669967872,
     "architectures": ["deepseek_vl_hybrid", "got_ocr2", "pp_chart2table", "sam", "sam_hq"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "high_res_vision_model.vision_encoder.layers.2.attn.proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 3072, "out_features": 768, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 14, 14, 3072], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 7730688,
     "flops": 1849989120,
     "architectures": ["deepseek_ocr2", "unlimited_ocr", "vitdet", "vitmatte"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_tower.sam_encoder.layers.0.mlp.lin2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 2304, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 14, 14, 768], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5952000,
     "flops": 1388169216,
     "architectures": ["deepseek_ocr2", "unlimited_ocr", "vitdet", "vitmatte"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_tower.sam_encoder.layers.0.attn.qkv",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 768, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 14, 14, 768], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2385408,
     "flops": 462723072,
     "architectures": ["deepseek_ocr2", "unlimited_ocr", "vitdet", "vitmatte"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_tower.sam_encoder.layers.0.attn.proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 3072, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 14, 14, 768], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 7735296,
     "flops": 1850892288,
     "architectures": ["deepseek_ocr2", "unlimited_ocr", "vitdet", "vitmatte"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_tower.sam_encoder.layers.0.mlp.lin1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1536, "out_features": 384, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 14, 14, 1536], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2685696,
     "flops": 462572544,
     "architectures": ["convnext", "convnextv2", "dinov3_convnext"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.stages.2.layers.0.pwconv2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 384, "out_features": 1536, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 14, 14, 384], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2688000,
     "flops": 463024128,
     "architectures": ["convnext", "convnextv2", "dinov3_convnext"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.stages.2.layers.0.pwconv1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 3072, "out_features": 768, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 32, 32, 3072], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 20448768,
     "flops": 9665249280,
     "architectures": ["pp_formulanet", "sam2", "slanext"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "model.encoder.layers.0.mlp.lin2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 3072, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 32, 32, 768], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 20453376,
     "flops": 9669967872,
     "architectures": ["pp_formulanet", "sam2", "slanext"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "model.encoder.layers.0.mlp.lin1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 256, "out_features": 128, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 4096, 256], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 6357248,
     "flops": 537919488,
     "architectures": ["sam", "sam2", "sam_hq"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "mask_decoder.transformer.layers.1.cross_attn_token_to_image.k_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 192, "out_features": 768, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 28, 28, 192], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3307008,
     "flops": 463626240,
     "architectures": ["convnext", "convnextv2", "dinov3_convnext"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.stages.1.layers.0.pwconv1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 192, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 28, 28, 768], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3305856,
     "flops": 462723072,
     "architectures": ["convnext", "convnextv2", "dinov3_convnext"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.stages.1.layers.0.pwconv2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 384, "out_features": 96, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 56, 56, 384], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 6095040,
     "flops": 463024128,
     "architectures": ["convnext", "convnextv2", "dinov3_convnext"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.stages.0.layers.0.pwconv2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 96, "out_features": 384, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 56, 56, 96], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 6095616,
     "flops": 464830464,
     "architectures": ["convnext", "convnextv2", "dinov3_convnext"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.stages.0.layers.0.pwconv1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 3072, "out_features": 768, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 7, 7, 3072], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5472768,
     "flops": 462497280,
     "architectures": ["convnext", "convnextv2", "dinov3_convnext"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.stages.3.layers.0.pwconv2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 3072, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 7, 7, 768], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5477376,
     "flops": 462723072,
     "architectures": ["convnext", "convnextv2", "dinov3_convnext"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.stages.3.layers.0.pwconv1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 128, "out_features": 256, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 4096, 128], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 6357504,
     "flops": 538968064,
     "architectures": ["sam", "sam2", "sam_hq"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "mask_decoder.transformer.layers.0.cross_attn_image_to_token.out_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 256, "out_features": 256, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 8, 256], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 147968,
     "flops": 2101248,
     "architectures": ["sam2", "sam3_tracker"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "mask_decoder.transformer.layers.0.self_attn.q_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 256, "out_features": 128, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 8, 256], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 78080,
     "flops": 1050624,
     "architectures": ["sam2", "sam3_tracker"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "mask_decoder.transformer.layers.0.cross_attn_token_to_image.q_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 2304, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [18, 14, 14, 768], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 25219584,
     "flops": 12493522944,
     "architectures": ["pp_formulanet", "slanext"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "model.encoder.layers.0.attn.qkv",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 768, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [18, 14, 14, 768], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 12019200,
     "flops": 4164507648,
     "architectures": ["pp_formulanet", "slanext"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "model.encoder.layers.0.attn.proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 128, "out_features": 256, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 8, 128], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 78336,
     "flops": 1052672,
     "architectures": ["sam2", "sam3_tracker"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "mask_decoder.transformer.layers.0.cross_attn_token_to_image.o_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 2048, "out_features": 256, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 8, 2048], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1122816,
     "flops": 16781312,
     "architectures": ["sam2", "sam3_tracker"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "mask_decoder.transformer.layers.0.mlp.proj_out",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 256, "out_features": 2048, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 8, 256], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1126400,
     "flops": 16809984,
     "architectures": ["sam2", "sam3_tracker"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "mask_decoder.transformer.layers.0.mlp.proj_in",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1024, "out_features": 1024, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [18, 24, 24, 1024], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 44566528,
     "flops": 21753888768,
     "architectures": ["sam3_tracker"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_encoder.backbone.layers.0.attention.q_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1024, "out_features": 4736, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 72, 72, 1024], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 129148160,
     "flops": 100611735552,
     "architectures": ["sam3_tracker"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_encoder.backbone.layers.0.mlp.fc1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 4736, "out_features": 1024, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 72, 72, 4736], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 129140736,
     "flops": 100573249536,
     "architectures": ["sam3_tracker"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_encoder.backbone.layers.0.mlp.fc2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1024, "out_features": 3072, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 56, 28, 1024], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 31987712,
     "flops": 19739639808,
     "architectures": ["seggpt"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.layers.3.attention.qkv",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1024, "out_features": 1024, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 56, 28, 1024], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 14944256,
     "flops": 6579879936,
     "architectures": ["seggpt"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.layers.3.attention.proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1024, "out_features": 4096, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 56, 28, 1024], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 40509440,
     "flops": 26319519744,
     "architectures": ["seggpt"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.layers.3.mlp.lin1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 4096, "out_features": 1024, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 56, 28, 4096], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 40503296,
     "flops": 26309885952,
     "architectures": ["seggpt"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.layers.3.mlp.lin2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1024, "out_features": 1024, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 72, 72, 1024], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 44566528,
     "flops": 21753888768,
     "architectures": ["sam3_tracker"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_encoder.backbone.layers.7.attention.q_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1024, "out_features": 1024, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 509, 1024], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 6268928,
     "flops": 2135943168,
     "architectures": ["prophetnet"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "decoder.layers.0.self_attn.out_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1024, "out_features": 1024, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 2, 509, 1024], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 10438656,
     "flops": 4271886336,
     "architectures": ["prophetnet"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "decoder.layers.0.self_attn.out_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 256, "out_features": 256, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 5, 256], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 141824,
     "flops": 1313280,
     "architectures": ["sam"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "mask_decoder.transformer.layers.0.self_attn.q_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 256, "out_features": 256, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 6, 256], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 143872,
     "flops": 1575936,
     "architectures": ["sam_hq"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "mask_decoder.transformer.layers.0.self_attn.q_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 256, "out_features": 128, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 5, 256], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 73472,
     "flops": 656640,
     "architectures": ["sam"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "mask_decoder.transformer.layers.0.cross_attn_token_to_image.q_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 256, "out_features": 128, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 6, 256], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 75008,
     "flops": 787968,
     "architectures": ["sam_hq"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "mask_decoder.transformer.layers.0.cross_attn_token_to_image.q_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1536, "out_features": 384, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 64, 1536], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 32637696,
     "flops": 9666822144,
     "architectures": ["sam2"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_encoder.backbone.blocks.3.mlp.proj_out",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 384, "out_features": 1536, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 64, 384], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 32640000,
     "flops": 9676259328,
     "architectures": ["sam2"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_encoder.backbone.blocks.3.mlp.proj_in",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 384, "out_features": 771, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 14, 14, 384], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1499190,
     "flops": 232416408,
     "architectures": ["focalnet"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.stages.2.layers.0.modulation.projection_in",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 384, "out_features": 384, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 14, 14, 384], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 897792,
     "flops": 115756032,
     "architectures": ["focalnet"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.stages.2.layers.0.modulation.projection_out",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 256, "out_features": 128, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 5184, 256], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 8028416,
     "flops": 680804352,
     "architectures": ["sam3_tracker"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "mask_decoder.transformer.layers.1.cross_attn_token_to_image.k_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 8, "out_features": 8, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 4, 8], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 400,
     "flops": 1088,
     "architectures": ["patchtsmixer"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.patcher",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 2304, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 32, 32, 768], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 16126464,
     "flops": 7252475904,
     "architectures": ["pp_formulanet"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "model.encoder.layers.2.attn.qkv",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 768, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 32, 32, 768], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 7472640,
     "flops": 2417491968,
     "architectures": ["pp_formulanet"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "model.encoder.layers.2.attn.proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 16, "out_features": 8, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 4, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 656,
     "flops": 2112,
     "architectures": ["patchtsmixer"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.mlp_mixer_encoder.mixers.0.feature_mixer.mlp.fc2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 8, "out_features": 16, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 4, 8], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 672,
     "flops": 2176,
     "architectures": ["patchtsmixer"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.mlp_mixer_encoder.mixers.0.feature_mixer.mlp.fc1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 128, "out_features": 256, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 5, 128], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 73728,
     "flops": 657920,
     "architectures": ["sam"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "mask_decoder.transformer.layers.0.cross_attn_token_to_image.out_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 128, "out_features": 256, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 6, 128], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 75264,
     "flops": 789504,
     "architectures": ["sam_hq"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "mask_decoder.transformer.layers.0.cross_attn_token_to_image.out_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 4, "out_features": 4, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 8, 4], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 296,
     "flops": 576,
     "architectures": ["patchtsmixer"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.mlp_mixer_encoder.mixers.0.patch_mixer.gating_block.attn_layer",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 8, "out_features": 4, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 8, 8], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 456,
     "flops": 1088,
     "architectures": ["patchtsmixer"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.mlp_mixer_encoder.mixers.0.patch_mixer.mlp.fc2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 384, "out_features": 1152, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 64, 384], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 26052864,
     "flops": 7257194496,
     "architectures": ["sam2"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_encoder.backbone.blocks.5.attn.qkv",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 384, "out_features": 384, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 64, 384], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 12878592,
     "flops": 2419064832,
     "architectures": ["sam2"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_encoder.backbone.blocks.5.attn.proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1024, "out_features": 3072, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [4, 56, 28, 1024], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 57677824,
     "flops": 39479279616,
     "architectures": ["seggpt"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.layers.0.attention.qkv",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1024, "out_features": 1024, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [4, 56, 28, 1024], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 27789312,
     "flops": 13159759872,
     "architectures": ["seggpt"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.layers.0.attention.proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1024, "out_features": 4096, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [4, 56, 28, 1024], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 72622080,
     "flops": 52639039488,
     "architectures": ["seggpt"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.layers.0.mlp.lin1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 4096, "out_features": 1024, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [4, 56, 28, 4096], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 72615936,
     "flops": 52619771904,
     "architectures": ["seggpt"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.layers.0.mlp.lin2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 384, "out_features": 1152, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [50, 14, 14, 384], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 30992640,
     "flops": 8681702400,
     "architectures": ["sam2"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_encoder.backbone.blocks.4.attn.qkv",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 384, "out_features": 384, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [50, 14, 14, 384], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 15348480,
     "flops": 2893900800,
     "architectures": ["sam2"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_encoder.backbone.blocks.4.attn.proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 2048, "out_features": 256, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 5, 2048], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1095168,
     "flops": 10488320,
     "architectures": ["sam"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "mask_decoder.transformer.layers.0.mlp.lin2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 256, "out_features": 2048, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 5, 256], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1098752,
     "flops": 10506240,
     "architectures": ["sam"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "mask_decoder.transformer.layers.0.mlp.lin1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 128, "out_features": 256, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 5184, 128], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 8028672,
     "flops": 682131456,
     "architectures": ["sam3_tracker"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "mask_decoder.transformer.layers.0.cross_attn_image_to_token.o_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 2048, "out_features": 256, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 6, 2048], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1104384,
     "flops": 12585984,
     "architectures": ["sam_hq"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "mask_decoder.transformer.layers.0.mlp.lin2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 256, "out_features": 2048, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 6, 256], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1107968,
     "flops": 12607488,
     "architectures": ["sam_hq"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "mask_decoder.transformer.layers.0.mlp.lin1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 192, "out_features": 768, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 128, 192], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 63211008,
     "flops": 9688842240,
     "architectures": ["sam2"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_encoder.backbone.blocks.1.mlp.proj_in",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 192, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 128, 768], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 63209856,
     "flops": 9669967872,
     "architectures": ["sam2"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_encoder.backbone.blocks.1.mlp.proj_out",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 192, "out_features": 387, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 28, 28, 192], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1965126,
     "flops": 233624160,
     "architectures": ["focalnet"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.stages.1.layers.0.modulation.projection_in",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 192, "out_features": 192, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 28, 28, 192], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1278336,
     "flops": 115906560,
     "architectures": ["focalnet"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.stages.1.layers.0.modulation.projection_out",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 96, "out_features": 195, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 56, 56, 96], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3688134,
     "flops": 236046720,
     "architectures": ["focalnet"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.stages.0.layers.0.modulation.projection_in",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 96, "out_features": 96, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 56, 56, 96], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2427072,
     "flops": 116207616,
     "architectures": ["focalnet"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.stages.0.layers.0.modulation.projection_out",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 1539, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 7, 7, 768], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2819154,
     "flops": 231813414,
     "architectures": ["focalnet"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.stages.3.layers.0.modulation.projection_in",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 768, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 7, 7, 768], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1482240,
     "flops": 115680768,
     "architectures": ["focalnet"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.stages.3.layers.0.modulation.projection_out",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 192, "out_features": 192, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2048, 4, 4, 192], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 25239936,
     "flops": 2422210560,
     "architectures": ["sam2"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_encoder.backbone.blocks.1.attn.proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 768, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [50, 7, 7, 768], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 8707584,
     "flops": 2892019200,
     "architectures": ["sam2"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_encoder.backbone.blocks.10.attn.proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1, "out_features": 128, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 32, 1], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 17024,
     "flops": 24576,
     "architectures": ["patchtst"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.embedder.input_embedding",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 192, "out_features": 384, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 128, 192], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 37896960,
     "flops": 4844421120,
     "architectures": ["sam2"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_encoder.backbone.blocks.3.proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 4096, "out_features": 8192, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 13, 13, 4096], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 75431936,
     "flops": 22685564928,
     "architectures": ["aya_vision"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "multi_modal_projector.linear_2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 4608, "out_features": 8192, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 13, 13, 4608], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 84166656,
     "flops": 25520914432,
     "architectures": ["aya_vision"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "multi_modal_projector.linear_1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 18432, "out_features": 8192, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 16, 16, 18432], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 329269248,
     "flops": 154623016960,
     "architectures": ["cohere2_vision"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "multi_modal_projector.linear_2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 384, "out_features": 96, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 256, 384], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 125903040,
     "flops": 9676259328,
     "architectures": ["sam2"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_encoder.backbone.blocks.0.mlp.proj_out",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 96, "out_features": 384, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 256, 96], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 125903616,
     "flops": 9714008064,
     "architectures": ["sam2"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_encoder.backbone.blocks.0.mlp.proj_in",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 96, "out_features": 192, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 256, 96], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 75534720,
     "flops": 4857004032,
     "architectures": ["sam2"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_encoder.backbone.blocks.1.proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 384, "out_features": 768, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 64, 384], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 19465728,
     "flops": 4838129664,
     "architectures": ["sam2"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_encoder.backbone.blocks.10.proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 640, "out_features": 8193, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 509, 640], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 1161478658,
     "flops": 683785420416,
     "architectures": ["parakeet_rnnt"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "joint.head",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 640, "out_features": 8198, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 509, 640], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 1162136588,
     "flops": 684202718976,
     "architectures": ["parakeet_tdt"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "joint.head",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 640, "out_features": 13088, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 65, 509, 640], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 1833542336,
     "flops": 1109388221760,
     "architectures": ["nemotron3_5_asr"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "joint.head",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 640, "out_features": 1025, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 65, 509, 640], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 221660150,
     "flops": 86882864250,
     "architectures": ["nemotron_asr_streaming"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "joint.head",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 2560, "out_features": 2560, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1, 1, 128, 2560], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 14423040,
     "flops": 1678049280,
     "architectures": ["lfm2_vl"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "multi_modal_projector.linear_2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 3072, "out_features": 2560, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1, 1, 128, 3072], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 17175552,
     "flops": 2013593600,
     "architectures": ["lfm2_vl"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "multi_modal_projector.linear_1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 384, "out_features": 384, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2048, 2, 2, 384], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 12878592,
     "flops": 2419064832,
     "architectures": ["sam2"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_encoder.backbone.blocks.3.attn.proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 192, "out_features": 576, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2048, 4, 4, 192], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 50553984,
     "flops": 7266631680,
     "architectures": ["sam2"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_encoder.backbone.blocks.2.attn.qkv",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 192, "out_features": 1152, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2048, 4, 4, 192], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 88525056,
     "flops": 14533263360,
     "architectures": ["sam2"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_encoder.backbone.blocks.3.attn.qkv",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 96, "out_features": 288, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2048, 8, 8, 96], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 100719168,
     "flops": 7285506048,
     "architectures": ["sam2"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_encoder.backbone.blocks.0.attn.qkv",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 96, "out_features": 96, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2048, 8, 8, 96], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 50350272,
     "flops": 2428502016,
     "architectures": ["sam2"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_encoder.backbone.blocks.0.attn.proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 96, "out_features": 576, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2048, 8, 8, 96], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 176272512,
     "flops": 14571012096,
     "architectures": ["sam2"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_encoder.backbone.blocks.1.attn.qkv",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 384, "out_features": 2304, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [50, 14, 14, 384], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 54458880,
     "flops": 17363404800,
     "architectures": ["sam2"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_encoder.backbone.blocks.10.attn.qkv",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 2304, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [50, 7, 7, 768], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 18596352,
     "flops": 8676057600,
     "architectures": ["sam2"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_encoder.backbone.blocks.11.attn.qkv",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = []


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
