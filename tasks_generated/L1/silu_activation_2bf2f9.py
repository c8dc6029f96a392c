"""An elementwise activation, a leaf kernel: `SiLUActivation` as transformers runs it.

kernel:        2bf2f983c5e68223
level:         1
label:         activation
qualnames:     transformers.activations.SiLUActivation
transformers:  5.24.0
architectures: afmoe, aria, axk1, axk2, bailing_hybrid, cohere2_moe, dbrx, deepseek_ocr2, deepseek_v2, deepseek_v3, deepseek_v32, deepseek_v4, dots1, dots3_note, ernie4_5_moe, ernie4_5_vl_moe, exaone4_5, exaone_moe, flex_olmo, flint, glm46v, glm4_moe, glm4_moe_lite, glm4v, glm4v_moe, glm_moe_dsa, glm_ocr, granitemoe, granitemoe_swa, granitemoehybrid, granitemoeshared, higgs_audio_v2, hunyuan_v1_moe, hy_v3, hyperclovax_vision_v2, inkling_mm_model, inkling_text, jetmoe, kimi_k25, kimi_linear, kolibri1, laguna, lara_mini, mellum, mimo_v2_flash, minimax, minimax_m2, mistral4, mistral_large4, mixtral, moss_transcribe_diarize, olmoe, phimoe, qwen2_5_vl, qwen2_moe, qwen3_5_moe, qwen3_moe, qwen3_next, qwen3_vl_moe, solar_open, unlimited_ocr, zaya
cases:         52 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from torch import Tensor
from transformers.activations import SiLUActivation
from typing import Any


class Model(SiLUActivation):
    """`SiLUActivation` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """An elementwise activation, a leaf kernel: `SiLUActivation` as transformers runs it.

    Candidate stub: same constructor and forward signature as Model.
    Model holds no parameters or buffers in its state dict: neither may ModelNew.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__()
        raise NotImplementedError("write the kernel: an elementwise activation (SiLUActivation)")

    def forward(self, input: Tensor) -> Tensor:
        raise NotImplementedError("write the kernel: an elementwise activation (SiLUActivation)")


KERNEL = {"id": "2bf2f983c5e68223", "name": "silu_activation_2bf2f9", "level": 1, "label": "activation", "qualname": "transformers.activations.SiLUActivation", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [8144, 2048], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 66715648,
     "flops": 16678912,
     "architectures": ["axk1", "deepseek_v3", "deepseek_v32", "glm_moe_dsa", "kimi_k25", "mimo_v2_flash", "olmoe"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.1.mlp.experts.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1018, 512], "roles": ["batch*seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 2084864,
     "flops": 521216,
     "architectures": ["laguna", "lara_mini", "qwen3_5_moe", "qwen3_next"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.1.mlp.shared_experts.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [6108, 1408], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 34400256,
     "flops": 8600064,
     "architectures": ["afmoe", "deepseek_ocr2", "deepseek_v2", "dots1"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.1.mlp.experts.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2036, 11008], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 89649152,
     "flops": 22412288,
     "architectures": ["granitemoe", "granitemoe_swa", "granitemoehybrid", "granitemoeshared"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.0.block_sparse_moe.experts.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 4096], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 8388608,
     "flops": 2097152,
     "architectures": ["glm46v", "glm4v", "glm4v_moe", "glm_ocr"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "visual.blocks.0.mlp.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [8144, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 50036736,
     "flops": 12509184,
     "architectures": ["dots3_note", "hy_v3", "minimax_m2"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "language_model.layers.1.mlp.experts.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [8144, 512], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 16678912,
     "flops": 4169728,
     "architectures": ["axk2", "laguna", "qwen3_5_moe"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.1.mlp.experts.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 3420], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 7004160,
     "flops": 1751040,
     "architectures": ["exaone4_5", "hyperclovax_vision_v2", "qwen2_5_vl"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "visual.blocks.0.mlp.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [128, 13696], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 7012352,
     "flops": 1753088,
     "architectures": ["glm46v", "glm4v", "glm4v_moe"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "visual.merger.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [6108, 3072], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 75055104,
     "flops": 18763776,
     "architectures": ["inkling_mm_model", "inkling_text"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "language_model.layers.0.mlp.experts.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [6108, 512], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 12509184,
     "flops": 3127296,
     "architectures": ["flint", "kolibri1"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.2.mlp.experts.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [8144, 1408], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 45867008,
     "flops": 11466752,
     "architectures": ["glm4_moe", "glm4v_moe"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.1.mlp.experts.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2036, 14336], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 116752384,
     "flops": 29188096,
     "architectures": ["minimax", "mixtral"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.0.mlp.experts.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [8144, 768], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 25018368,
     "flops": 6254592,
     "architectures": ["bailing_hybrid", "qwen3_moe"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.2.mlp.experts.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [8144, 1024], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 33357824,
     "flops": 8339456,
     "architectures": ["exaone_moe", "kimi_linear"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.1.mlp.experts.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [4072, 1408], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 22933504,
     "flops": 5733376,
     "architectures": ["qwen2_moe", "qwen3_vl_moe"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.0.mlp.experts.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [6108, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 37527552,
     "flops": 9381888,
     "architectures": ["ernie4_5_moe", "ernie4_5_vl_moe"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.1.mlp.experts.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1018, 1536], "roles": ["batch*seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 6254592,
     "flops": 1563648,
     "architectures": ["hy_v3"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.1.mlp.shared_experts.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [4072, 6144], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 100073472,
     "flops": 25018368,
     "architectures": ["mistral_large4"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "language_model.layers.1.mlp.experts.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [10180, 512], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 20848640,
     "flops": 5212160,
     "architectures": ["qwen3_next"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.0.mlp.experts.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [8144, 1280], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 41697280,
     "flops": 10424320,
     "architectures": ["solar_open"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.0.mlp.experts.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1018, 1024], "roles": ["batch*seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 4169728,
     "flops": 1042432,
     "architectures": ["flint"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.2.mlp.shared_expert.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [4072, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 25018368,
     "flops": 6254592,
     "architectures": ["glm4_moe_lite"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.1.mlp.experts.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [6108, 2048], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 50036736,
     "flops": 12509184,
     "architectures": ["deepseek_v4"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.0.mlp.experts.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1018, 2048], "roles": ["batch*seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8339456,
     "flops": 2084864,
     "architectures": ["zaya"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.0.mlp.experts.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2036, 22528], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 183468032,
     "flops": 45867008,
     "architectures": ["cohere2_moe"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.0.mlp.experts.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [4072, 2048], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 33357824,
     "flops": 8339456,
     "architectures": ["mistral4"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.0.mlp.experts.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [4072, 512], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 8339456,
     "flops": 2084864,
     "architectures": ["lara_mini"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.0.mlp.experts.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1018, 11008], "roles": ["batch*seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 44824576,
     "flops": 11206144,
     "architectures": ["hunyuan_v1_moe"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.0.mlp.experts.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2036, 4096], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 33357824,
     "flops": 8339456,
     "architectures": ["aria"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "language_model.layers.0.mlp.experts.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2036, 6400], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 52121600,
     "flops": 13030400,
     "architectures": ["phimoe"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.0.mlp.experts.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [5090, 11008], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 224122880,
     "flops": 56030720,
     "architectures": ["flex_olmo"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.0.mlp.experts.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1018, 2816], "roles": ["batch*seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 11466752,
     "flops": 2866688,
     "architectures": ["afmoe"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.1.mlp.shared_experts.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1018, 8192], "roles": ["batch*seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 33357824,
     "flops": 8339456,
     "architectures": ["higgs_audio_v2"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "model.layers.0.mlp.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [0, 8192], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 0,
     "flops": 0,
     "architectures": ["higgs_audio_v2"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "model.layers.0.audio_mlp.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [8144, 896], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 29188096,
     "flops": 7297024,
     "architectures": ["mellum"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.0.mlp.experts.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1018, 3072], "roles": ["batch*seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 12509184,
     "flops": 3127296,
     "architectures": ["ernie4_5_moe"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.1.mlp.shared_experts.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 4224], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 8650752,
     "flops": 2162688,
     "architectures": ["dots3_note"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "vision_tower.blocks.0.mlp.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1018, 5632], "roles": ["batch*seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 22933504,
     "flops": 5733376,
     "architectures": ["qwen2_moe"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.0.mlp.shared_expert.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1024, 2112], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 8650752,
     "flops": 2162688,
     "architectures": ["dots3_note"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "vision_tower.blocks.25.mlp.experts.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [6108, 896], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 21891072,
     "flops": 5472768,
     "architectures": ["unlimited_ocr"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "language_model.layers.1.mlp.experts.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2036, 5632], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 45867008,
     "flops": 11466752,
     "architectures": ["jetmoe"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.0.mlp.activation"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [128, 4608], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 2359296,
     "flops": 589824,
     "architectures": ["glm_ocr"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "visual.merger.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [205, 3584], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 2938880,
     "flops": 734720,
     "architectures": ["dbrx"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "blocks.0.ffn.experts.mlp.activation_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [208, 3584], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 2981888,
     "flops": 745472,
     "architectures": ["dbrx"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "blocks.1.ffn.experts.mlp.activation_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [237, 3584], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 3397632,
     "flops": 849408,
     "architectures": ["dbrx"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "blocks.0.ffn.experts.mlp.activation_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [244, 3584], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 3497984,
     "flops": 874496,
     "architectures": ["dbrx"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "blocks.1.ffn.experts.mlp.activation_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [261, 3584], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 3741696,
     "flops": 935424,
     "architectures": ["dbrx"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "blocks.1.ffn.experts.mlp.activation_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [284, 3584], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 4071424,
     "flops": 1017856,
     "architectures": ["dbrx"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "blocks.0.ffn.experts.mlp.activation_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [292, 3584], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 4186112,
     "flops": 1046528,
     "architectures": ["dbrx"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "blocks.0.ffn.experts.mlp.activation_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [305, 3584], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 4372480,
     "flops": 1093120,
     "architectures": ["dbrx"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "blocks.1.ffn.experts.mlp.activation_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [750, 1024], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 3072000,
     "flops": 768000,
     "architectures": ["moss_transcribe_diarize"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "multi_modal_projector.act"},
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
