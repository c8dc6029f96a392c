"""A matrix multiply (linear projection), a leaf kernel: `Linear` as transformers runs it.

kernel:        fba997cd3d7c2d76
level:         1
label:         gemm
qualnames:     torch.nn.modules.linear.Linear
transformers:  5.24.0
architectures: afmoe, aimv2, altclip, chinese_clip, clip, clipseg, dbrx, dots3_note, ernie4_5_moe, ernie4_5_vl_moe, flint, glm46v, glm4v, glm4v_moe, glm_ocr, higgs_audio_v2, hy_v3, inkling2, inkling2_loop, jetmoe, laguna, lara_mini, lfm3_vl, lighton_ocr, metaclip_2, minimax_m3_vl, mistral3, mistral_large4, muse_glimmer, owlv2, owlvit, pe_audio, qwen2_moe, qwen3_5_moe, qwen3_next, switch_transformers, vision-text-dual-encoder, voxtral, voxtral_realtime, xclip
cases:         89 real cases, default first (the most common that fits in 8 GB); 0 unmapped
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
        weight [512, 768]
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


KERNEL = {"id": "fba997cd3d7c2d76", "name": "linear_fba997", "level": 1, "label": "gemm", "qualname": "torch.nn.modules.linear.Linear", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"in_features": 768, "out_features": 512, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 768], "roles": ["batch", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 791552,
     "flops": 1572864,
     "architectures": ["aimv2", "chinese_clip", "clip", "clipseg", "metaclip_2", "owlv2", "owlvit", "vision-text-dual-encoder"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "text_projection",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 512, "out_features": 512, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512], "roles": ["batch", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 528384,
     "flops": 1048576,
     "architectures": ["clip", "clipseg", "metaclip_2", "owlv2", "owlvit", "xclip"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "text_projection",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 4096, "out_features": 4096, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [128, 4096], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 35651584,
     "flops": 4294967296,
     "architectures": ["glm46v", "glm4v", "glm4v_moe", "inkling2", "inkling2_loop", "muse_glimmer"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "visual.merger.proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1536, "out_features": 4608, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 20447232,
     "flops": 7247757312,
     "architectures": ["dots3_note", "glm46v", "glm4v", "glm4v_moe"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_tower.blocks.0.attn.qkv",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1536, "out_features": 1536, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 7864320,
     "flops": 2415919104,
     "architectures": ["dots3_note", "glm46v", "glm4v", "glm4v_moe"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_tower.blocks.0.attn.proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 2048, "out_features": 512, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1018, 2048], "roles": ["batch*seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 7309312,
     "flops": 2134900736,
     "architectures": ["laguna", "qwen3_5_moe", "qwen3_next"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "layers.1.mlp.shared_experts.gate_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1536, "out_features": 4096, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 18350080,
     "flops": 6442450944,
     "architectures": ["glm46v", "glm4v", "glm4v_moe"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "visual.blocks.0.mlp.gate_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 512, "out_features": 2048, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1018, 512], "roles": ["batch*seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 7309312,
     "flops": 2134900736,
     "architectures": ["laguna", "qwen3_5_moe", "qwen3_next"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "layers.1.mlp.shared_experts.down_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 2048, "out_features": 1, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1018, 2048], "roles": ["batch*seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 4175860,
     "flops": 4169728,
     "architectures": ["qwen2_moe", "qwen3_5_moe", "qwen3_next"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "layers.0.mlp.shared_expert_gate",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 4096, "out_features": 1536, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 4096], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 18350080,
     "flops": 6442450944,
     "architectures": ["glm46v", "glm4v", "glm4v_moe"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "visual.blocks.0.mlp.down_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 4096, "out_features": 13696, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [128, 4096], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 116752384,
     "flops": 14361296896,
     "architectures": ["glm46v", "glm4v", "glm4v_moe"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "visual.merger.gate_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 13696, "out_features": 4096, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [128, 13696], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 116752384,
     "flops": 14361296896,
     "architectures": ["glm46v", "glm4v", "glm4v_moe"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "visual.merger.down_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1200, "out_features": 1024, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 1200], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 4734976,
     "flops": 1258291200,
     "architectures": ["inkling2", "inkling2_loop"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_tower.embeddings.patch_embedding",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 4096, "out_features": 1024, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [6050, 4096], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 70340608,
     "flops": 50751078400,
     "architectures": ["lighton_ocr", "mistral3"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_projection.patch_merger.merging_layer",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 4096, "out_features": 1536, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1018, 4096], "roles": ["batch*seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 24049664,
     "flops": 12809404416,
     "architectures": ["hy_v3"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "layers.1.mlp.shared_experts.gate_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 2048, "out_features": 1024, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1018, 2048], "roles": ["batch*seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 10448896,
     "flops": 4269801472,
     "architectures": ["flint"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "layers.2.mlp.shared_expert.gate_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1536, "out_features": 4096, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1018, 1536], "roles": ["batch*seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 24049664,
     "flops": 12809404416,
     "architectures": ["hy_v3"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "layers.1.mlp.shared_experts.down_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1024, "out_features": 512, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1018, 1024], "roles": ["batch*seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 4175872,
     "flops": 1067450368,
     "architectures": ["lara_mini"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "layers.0.mlp.shared_expert.gate_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 2048, "out_features": 2816, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1018, 2048], "roles": ["batch*seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 21437440,
     "flops": 11741954048,
     "architectures": ["afmoe"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "layers.1.mlp.shared_experts.gate_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 3072, "out_features": 6144, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1018, 3072], "roles": ["batch*seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 56512512,
     "flops": 38428213248,
     "architectures": ["minimax_m3_vl"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "language_model.layers.0.mlp.shared_experts.down_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 6144, "out_features": 6144, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1018, 6144], "roles": ["batch*seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 100515840,
     "flops": 76856426496,
     "architectures": ["minimax_m3_vl"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "language_model.layers.0.mlp.shared_experts.gate_up_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 3072, "out_features": 8192, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1018, 3072], "roles": ["batch*seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 73265152,
     "flops": 51237617664,
     "architectures": ["higgs_audio_v2"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "model.layers.0.mlp.gate_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 3072, "out_features": 8192, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [0, 3072], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 50331648,
     "flops": 0,
     "architectures": ["higgs_audio_v2"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "model.layers.0.audio_mlp.gate_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 2560, "out_features": 3072, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1018, 2560], "roles": ["batch*seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 27195392,
     "flops": 16011755520,
     "architectures": ["ernie4_5_moe"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "layers.1.mlp.shared_experts.gate_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1536, "out_features": 4224, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 18874368,
     "flops": 6643777536,
     "architectures": ["dots3_note"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_tower.blocks.0.mlp.gate_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 2048, "out_features": 5632, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1018, 2048], "roles": ["batch*seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 38705152,
     "flops": 23483908096,
     "architectures": ["qwen2_moe"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "layers.0.mlp.shared_expert.gate_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1024, "out_features": 2048, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1018, 1024], "roles": ["batch*seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 10448896,
     "flops": 4269801472,
     "architectures": ["flint"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "layers.2.mlp.shared_expert.down_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 512, "out_features": 1024, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1018, 512], "roles": ["batch*seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 4175872,
     "flops": 1067450368,
     "architectures": ["lara_mini"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "layers.0.mlp.shared_expert.down_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 2048, "out_features": 64, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1018, 2048], "roles": ["batch*seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 4562176,
     "flops": 266862592,
     "architectures": ["afmoe"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "layers.1.mlp.router.gate",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 2816, "out_features": 2048, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1018, 2816], "roles": ["batch*seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 21437440,
     "flops": 11741954048,
     "architectures": ["afmoe"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "layers.1.mlp.shared_experts.down_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 8192, "out_features": 3072, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1018, 8192], "roles": ["batch*seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 73265152,
     "flops": 51237617664,
     "architectures": ["higgs_audio_v2"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "model.layers.0.mlp.down_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 8192, "out_features": 3072, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [0, 8192], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 50331648,
     "flops": 0,
     "architectures": ["higgs_audio_v2"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "model.layers.0.audio_mlp.down_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1024, "out_features": 2560, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 1024], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 8912896,
     "flops": 2684354560,
     "architectures": ["lfm3_vl"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_tower.layers.0.feed_forward.w1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 3072, "out_features": 2560, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1018, 3072], "roles": ["batch*seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 27195392,
     "flops": 16011755520,
     "architectures": ["ernie4_5_moe"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "layers.1.mlp.shared_experts.down_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 3072, "out_features": 32, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1, 3072], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 202816,
     "flops": 196608,
     "architectures": ["voxtral_realtime"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "language_model.layers.0.ada_rms_norm.linear1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 32, "out_features": 3072, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1, 32], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 202816,
     "flops": 196608,
     "architectures": ["voxtral_realtime"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "language_model.layers.0.ada_rms_norm.linear2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 4224, "out_features": 1536, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 4224], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 18874368,
     "flops": 6643777536,
     "architectures": ["dots3_note"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_tower.blocks.0.mlp.down_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 5632, "out_features": 2048, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1018, 5632], "roles": ["batch*seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 38705152,
     "flops": 23483908096,
     "architectures": ["qwen2_moe"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "layers.0.mlp.shared_expert.down_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1024, "out_features": 1024, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 1024], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 4194304,
     "flops": 1073741824,
     "architectures": ["lfm3_vl"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_tower.layers.0.conv.out_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 2560, "out_features": 1024, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 2560], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 8912896,
     "flops": 2684354560,
     "architectures": ["lfm3_vl"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_tower.layers.0.feed_forward.w2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1024, "out_features": 512, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 1024], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 2621440,
     "flops": 536870912,
     "architectures": ["lfm3_vl"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_tower.layers.2.self_attn.k_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1024, "out_features": 3072, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 1024], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 10485760,
     "flops": 3221225472,
     "architectures": ["lfm3_vl"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_tower.layers.0.conv.in_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 2048, "out_features": 768, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [128, 2048], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 3866624,
     "flops": 402653184,
     "architectures": ["switch_transformers"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.block.1.layer.1.mlp.experts.expert_0.wo",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 2048, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [128, 768], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 3866624,
     "flops": 402653184,
     "architectures": ["switch_transformers"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.block.1.layer.1.mlp.experts.expert_0.wi",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 2048, "out_features": 8, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1018, 2048], "roles": ["batch*seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 4218784,
     "flops": 33357824,
     "architectures": ["jetmoe"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "layers.0.self_attention.experts.router.layer",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 768, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 768], "roles": ["batch", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1185792,
     "flops": 2359296,
     "architectures": ["altclip"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "visual_projection",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 2048, "out_features": 4, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1018, 2048], "roles": ["batch*seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 4194256,
     "flops": 16678912,
     "architectures": ["dbrx"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "blocks.0.ffn.router.layer",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 2048, "out_features": 768, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [112, 2048], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 3776512,
     "flops": 352321536,
     "architectures": ["switch_transformers"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "decoder.block.1.layer.2.mlp.experts.expert_3.wo",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 2048, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [112, 768], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 3776512,
     "flops": 352321536,
     "architectures": ["switch_transformers"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "decoder.block.1.layer.2.mlp.experts.expert_3.wi",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1536, "out_features": 4608, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [128, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 15728640,
     "flops": 1811939328,
     "architectures": ["glm_ocr"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "visual.merger.gate_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1024, "out_features": 1024, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [6050, 1024], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 26877952,
     "flops": 12687769600,
     "architectures": ["lighton_ocr"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_projection.linear_1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1024, "out_features": 512, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1024], "roles": ["batch", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1054720,
     "flops": 2097152,
     "architectures": ["aimv2"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "visual_projection",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1024, "out_features": 1024, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1024], "roles": ["batch", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2105344,
     "flops": 4194304,
     "architectures": ["pe_audio"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "text_audio_head.proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1792, "out_features": 1024, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1792], "roles": ["batch", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3681280,
     "flops": 7340032,
     "architectures": ["pe_audio"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "audio_head.proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 2048, "out_features": 768, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [116, 2048], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 3799040,
     "flops": 364904448,
     "architectures": ["switch_transformers"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.block.1.layer.1.mlp.experts.expert_3.wo",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 2048, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [116, 768], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 3799040,
     "flops": 364904448,
     "architectures": ["switch_transformers"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.block.1.layer.1.mlp.experts.expert_3.wi",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 2048, "out_features": 768, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [117, 2048], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 3804672,
     "flops": 368050176,
     "architectures": ["switch_transformers"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "decoder.block.1.layer.2.mlp.experts.expert_2.wo",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 2048, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [117, 768], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 3804672,
     "flops": 368050176,
     "architectures": ["switch_transformers"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "decoder.block.1.layer.2.mlp.experts.expert_2.wi",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 2048, "out_features": 768, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [118, 2048], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 3810304,
     "flops": 371195904,
     "architectures": ["switch_transformers"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.block.1.layer.1.mlp.experts.expert_4.wo",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 2048, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [118, 768], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 3810304,
     "flops": 371195904,
     "architectures": ["switch_transformers"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.block.1.layer.1.mlp.experts.expert_4.wi",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1536, "out_features": 1536, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [128, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 5505024,
     "flops": 603979776,
     "architectures": ["glm_ocr"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "visual.merger.proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 4096, "out_features": 4608, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [128, 4096], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 39976960,
     "flops": 4831838208,
     "architectures": ["inkling2"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_tower.merger.linear_2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 4096, "out_features": 2304, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [128, 4096], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 20512768,
     "flops": 2415919104,
     "architectures": ["inkling2_loop"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_tower.merger.linear_2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 4096, "out_features": 6656, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [128, 4096], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 57278464,
     "flops": 6979321856,
     "architectures": ["muse_glimmer"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_projection",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 4608, "out_features": 1536, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [128, 4608], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 15728640,
     "flops": 1811939328,
     "architectures": ["glm_ocr"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "visual.merger.down_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 6144, "out_features": 4096, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [128, 6144], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 52953088,
     "flops": 6442450944,
     "architectures": ["muse_glimmer"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_adapter.fc1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 512, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [16, 768], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 827392,
     "flops": 12582912,
     "architectures": ["xclip"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "visual_projection",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1176, "out_features": 1536, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 1176], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 6389760,
     "flops": 1849688064,
     "architectures": ["muse_glimmer"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_tower.patch_embedder.patch_embedding",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1536, "out_features": 1024, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 5767168,
     "flops": 1610612736,
     "architectures": ["lfm3_vl"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_tower.patch_embed",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 588, "out_features": 1280, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 588], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 3418112,
     "flops": 770703360,
     "architectures": ["ernie4_5_vl_moe"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_tower.patch_embed.proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 2048, "out_features": 768, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [55, 2048], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 3455488,
     "flops": 173015040,
     "architectures": ["switch_transformers"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "decoder.block.1.layer.2.mlp.experts.expert_7.wo",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 2048, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [55, 768], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 3455488,
     "flops": 173015040,
     "architectures": ["switch_transformers"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "decoder.block.1.layer.2.mlp.experts.expert_7.wi",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 2048, "out_features": 768, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [56, 2048], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 3461120,
     "flops": 176160768,
     "architectures": ["switch_transformers"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "decoder.block.1.layer.2.mlp.experts.expert_4.wo",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 2048, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [56, 768], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 3461120,
     "flops": 176160768,
     "architectures": ["switch_transformers"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "decoder.block.1.layer.2.mlp.experts.expert_4.wi",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1024, "out_features": 5120, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [6050, 1024], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 84828160,
     "flops": 63438848000,
     "architectures": ["mistral3"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "multi_modal_projector.linear_1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 2048, "out_features": 6144, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [6050, 2048], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 124289024,
     "flops": 152253235200,
     "architectures": ["mistral_large4"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "multi_modal_projector.linear_1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 5120, "out_features": 5120, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [6050, 5120], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 176332800,
     "flops": 317194240000,
     "architectures": ["mistral3"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "multi_modal_projector.linear_2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 6144, "out_features": 6144, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [6050, 6144], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 224182272,
     "flops": 456759705600,
     "architectures": ["mistral_large4"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "multi_modal_projector.linear_2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 8192, "out_features": 2048, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [6050, 8192], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 157458432,
     "flops": 203004313600,
     "architectures": ["mistral_large4"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "multi_modal_projector.patch_merger.merging_layer",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 2048, "out_features": 768, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [74, 2048], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 3562496,
     "flops": 232783872,
     "architectures": ["switch_transformers"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.block.1.layer.1.mlp.experts.expert_6.wo",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 2048, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [74, 768], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 3562496,
     "flops": 232783872,
     "architectures": ["switch_transformers"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.block.1.layer.1.mlp.experts.expert_6.wi",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 3072, "out_features": 3072, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [750, 3072], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 28090368,
     "flops": 14155776000,
     "architectures": ["voxtral"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "multi_modal_projector.linear_2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 5120, "out_features": 3072, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [750, 5120], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 43745280,
     "flops": 23592960000,
     "architectures": ["voxtral"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "multi_modal_projector.linear_1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 2048, "out_features": 768, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [93, 2048], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 3669504,
     "flops": 292552704,
     "architectures": ["switch_transformers"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.block.1.layer.1.mlp.experts.expert_5.wo",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 2048, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [93, 768], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 3669504,
     "flops": 292552704,
     "architectures": ["switch_transformers"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.block.1.layer.1.mlp.experts.expert_5.wi",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 2048, "out_features": 768, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [97, 2048], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 3692032,
     "flops": 305135616,
     "architectures": ["switch_transformers"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "decoder.block.1.layer.2.mlp.experts.expert_0.wo",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 2048, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [97, 768], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 3692032,
     "flops": 305135616,
     "architectures": ["switch_transformers"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "decoder.block.1.layer.2.mlp.experts.expert_0.wi",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 2048, "out_features": 768, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [98, 2048], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 3697664,
     "flops": 308281344,
     "architectures": ["switch_transformers"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.block.1.layer.1.mlp.experts.expert_7.wo",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 2048, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [98, 768], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 3697664,
     "flops": 308281344,
     "architectures": ["switch_transformers"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.block.1.layer.1.mlp.experts.expert_7.wi",
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
