"""A normalization, a leaf kernel: `Qwen3RMSNorm` as transformers runs it (hyper-parameters of add vary per case).

kernel:        1e9451215412f378
level:         1
label:         norm
qualnames:     transformers.models.qwen3.modeling_qwen3.Qwen3RMSNorm, transformers.models.inkling.modeling_inkling.InklingRMSNorm, transformers.models.hy_v3.modeling_hy_v3.HYV3RMSNorm, transformers.models.exaone4.modeling_exaone4.Exaone4RMSNorm, transformers.models.lfm2.modeling_lfm2.Lfm2RMSNorm, transformers.models.qwen3_vl.modeling_qwen3_vl.Qwen3VLTextRMSNorm, transformers.models.dots1.modeling_dots1.Dots1RMSNorm, transformers.models.kolibri1.modeling_kolibri1.Kolibri1RMSNorm, transformers.models.laguna.modeling_laguna.LagunaRMSNorm, transformers.models.apertus.modeling_apertus.ApertusRMSNorm, transformers.models.apertus1p5.modeling_apertus1p5.Apertus1p5TextRMSNorm, transformers.models.doge.modeling_doge.DogeRMSNorm, transformers.models.exaone_moe.modeling_exaone_moe.ExaoneMoeRMSNorm, transformers.models.hunyuan_v1_dense.modeling_hunyuan_v1_dense.HunYuanDenseV1RMSNorm, transformers.models.hunyuan_v1_moe.modeling_hunyuan_v1_moe.HunYuanMoEV1RMSNorm, transformers.models.hunyuan_vl.modeling_hunyuan_vl.HunYuanVLRMSNorm, transformers.models.lfm2_moe.modeling_lfm2_moe.Lfm2MoeRMSNorm, transformers.models.mellum.modeling_mellum.MellumRMSNorm, transformers.models.qwen3_moe.modeling_qwen3_moe.Qwen3MoeRMSNorm, transformers.models.qwen3_vl_moe.modeling_qwen3_vl_moe.Qwen3VLMoeTextRMSNorm, transformers.models.sapiens2.modeling_sapiens2.Sapiens2RMSNorm, transformers.models.dots3_note.modeling_dots3_note.Dots3NoteRMSNorm, transformers.models.lfm3.modeling_lfm3.Lfm3RMSNorm, transformers.models.timesfm2_5.modeling_timesfm2_5.TimesFm2_5RMSNorm, transformers.models.mllama.modeling_mllama.MllamaTextRMSNorm, transformers.models.pe_audio.modeling_pe_audio.PeAudioEncoderRMSNorm, transformers.models.muse_glimmer_assistant.modeling_muse_glimmer_assistant.MuseGlimmerAssistantRMSNorm
transformers:  5.24.0
architectures: apertus, apertus1p5, cosmos3_omni, doge, dots1, dots3_note, exaone4, exaone4_5, exaone_moe, fun_asr_nano, hunyuan_v1_dense, hunyuan_v1_moe, hunyuan_vl, hy_v3, inkling_mm_model, inkling_text, kolibri1, laguna, lfm2, lfm2_moe, lfm2_vl, lfm3, lfm3_vl, lighton_ocr, mellum, mllama, moss_transcribe_diarize, muse_glimmer_assistant, pe_audio, qianfan_ocr, qwen3, qwen3_asr, qwen3_moe, qwen3_vl, qwen3_vl_moe, sapiens2, timesfm2_5
cases:         27 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.models.qwen3.modeling_qwen3 import Qwen3RMSNorm


class Model(Qwen3RMSNorm):
    """`Qwen3RMSNorm` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, hidden_size, eps: float = 1e-6) -> None:
        super().__init__(hidden_size, eps)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A normalization, a leaf kernel: `Qwen3RMSNorm` as transformers runs it (hyper-parameters of add vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        weight [128]
    """

    def __init__(self, hidden_size, eps: float = 1e-6) -> None:
        super().__init__()
        raise NotImplementedError("write the kernel: a normalization (Qwen3RMSNorm)")

    def forward(self, hidden_states: torch.Tensor) -> torch.Tensor:
        raise NotImplementedError("write the kernel: a normalization (Qwen3RMSNorm)")


KERNEL = {"id": "1e9451215412f378", "name": "qwen3_rms_norm", "level": 1, "label": "norm", "qualname": "transformers.models.qwen3.modeling_qwen3.Qwen3RMSNorm", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"hidden_size": 128, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 32, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 16679168,
     "flops": 12606912,
     "architectures": ["apertus", "apertus1p5", "exaone4", "exaone4_5", "exaone_moe", "hunyuan_v1_dense", "hunyuan_v1_moe", "hunyuan_vl", "mllama", "muse_glimmer_assistant"],
     "qualname": "transformers.models.apertus.modeling_apertus.ApertusRMSNorm",
     "path": "layers.0.self_attn.q_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 128, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 8, 128], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 4169984,
     "flops": 3151728,
     "architectures": ["doge", "fun_asr_nano", "inkling_mm_model", "inkling_text", "laguna", "lighton_ocr", "moss_transcribe_diarize", "qwen3_asr"],
     "qualname": "transformers.models.doge.modeling_doge.DogeRMSNorm",
     "path": "layers.0.self_attn.q_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 128, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 16, 128], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8339712,
     "flops": 6303456,
     "architectures": ["fun_asr_nano", "inkling_mm_model", "inkling_text", "lighton_ocr", "moss_transcribe_diarize", "qwen3_asr", "qwen3_vl_moe"],
     "qualname": "transformers.models.qwen3.modeling_qwen3.Qwen3RMSNorm",
     "path": "language_model.layers.0.self_attn.q_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 128, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 32, 128], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 16679168,
     "flops": 12606912,
     "architectures": ["cosmos3_omni", "mellum", "qianfan_ocr", "qwen3", "qwen3_vl"],
     "qualname": "transformers.models.qwen3_vl.modeling_qwen3_vl.Qwen3VLTextRMSNorm",
     "path": "language_model.layers.0.self_attn.q_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 128, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 64, 128], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 33358080,
     "flops": 25213824,
     "architectures": ["inkling_mm_model", "inkling_text"],
     "qualname": "transformers.models.inkling.modeling_inkling.InklingRMSNorm",
     "path": "language_model.layers.0.self_attn.q_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 80, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 32, 80], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 10424480,
     "flops": 7915968,
     "architectures": ["lfm2", "lfm2_vl"],
     "qualname": "transformers.models.lfm2.modeling_lfm2.Lfm2RMSNorm",
     "path": "layers.0.self_attn.q_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 80, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 8, 80], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 2606240,
     "flops": 1978992,
     "architectures": ["lfm2", "lfm2_vl"],
     "qualname": "transformers.models.lfm2.modeling_lfm2.Lfm2RMSNorm",
     "path": "layers.0.self_attn.k_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 128, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 16, 128], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8339712,
     "flops": 6303456,
     "architectures": ["lfm3", "lfm3_vl"],
     "qualname": "transformers.models.lfm3.modeling_lfm3.Lfm3RMSNorm",
     "path": "layers.2.self_attn.q_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 128, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4, 128], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 2085120,
     "flops": 1575864,
     "architectures": ["lfm3", "lfm3_vl"],
     "qualname": "transformers.models.lfm3.modeling_lfm3.Lfm3RMSNorm",
     "path": "layers.2.self_attn.k_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 144, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 32, 144], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 18764064,
     "flops": 14170560,
     "architectures": ["dots1"],
     "qualname": "transformers.models.dots1.modeling_dots1.Dots1RMSNorm",
     "path": "layers.0.self_attn.q_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 128, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 64, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 33358080,
     "flops": 25213824,
     "architectures": ["hy_v3"],
     "qualname": "transformers.models.hy_v3.modeling_hy_v3.HYV3RMSNorm",
     "path": "layers.0.self_attn.q_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 128, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 8, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 4169984,
     "flops": 3151728,
     "architectures": ["hy_v3"],
     "qualname": "transformers.models.hy_v3.modeling_hy_v3.HYV3RMSNorm",
     "path": "layers.0.self_attn.k_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 128, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 4, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 2085120,
     "flops": 1575864,
     "architectures": ["kolibri1"],
     "qualname": "transformers.models.kolibri1.modeling_kolibri1.Kolibri1RMSNorm",
     "path": "layers.0.self_attn.k_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 128, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 48, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 25018624,
     "flops": 18910368,
     "architectures": ["kolibri1"],
     "qualname": "transformers.models.kolibri1.modeling_kolibri1.Kolibri1RMSNorm",
     "path": "layers.0.self_attn.q_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 64, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 1, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 260736,
     "flops": 198510,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteRMSNorm",
     "path": "language_model.layers.0.self_attn.k_rope_only_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 64, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 205, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1679488,
     "flops": 1279200,
     "architectures": ["sapiens2"],
     "qualname": "transformers.models.sapiens2.modeling_sapiens2.Sapiens2RMSNorm",
     "path": "model.layer.0.attention.q_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 80, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 512, 80], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5243040,
     "flops": 3981312,
     "architectures": ["timesfm2_5"],
     "qualname": "transformers.models.timesfm2_5.modeling_timesfm2_5.TimesFm2_5RMSNorm",
     "path": "layers.0.self_attn.q_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 128, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 48, 128], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 25018624,
     "flops": 18910368,
     "architectures": ["laguna"],
     "qualname": "transformers.models.laguna.modeling_laguna.LagunaRMSNorm",
     "path": "layers.0.self_attn.q_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 64, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 32, 64], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8339584,
     "flops": 6352320,
     "architectures": ["lfm2_moe"],
     "qualname": "transformers.models.lfm2_moe.modeling_lfm2_moe.Lfm2MoeRMSNorm",
     "path": "layers.0.self_attn.q_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 64, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 8, 64], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 2084992,
     "flops": 1588080,
     "architectures": ["lfm2_moe"],
     "qualname": "transformers.models.lfm2_moe.modeling_lfm2_moe.Lfm2MoeRMSNorm",
     "path": "layers.0.self_attn.k_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 128, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4, 128], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 2085120,
     "flops": 1575864,
     "architectures": ["mellum"],
     "qualname": "transformers.models.mellum.modeling_mellum.MellumRMSNorm",
     "path": "layers.0.self_attn.k_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 64, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 32, 64], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8339584,
     "flops": 6352320,
     "architectures": ["qwen3_moe"],
     "qualname": "transformers.models.qwen3_moe.modeling_qwen3_moe.Qwen3MoeRMSNorm",
     "path": "layers.0.self_attn.q_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 64, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4, 64], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 1042560,
     "flops": 794040,
     "architectures": ["qwen3_moe"],
     "qualname": "transformers.models.qwen3_moe.modeling_qwen3_moe.Qwen3MoeRMSNorm",
     "path": "layers.0.self_attn.k_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 128, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 9, 14, 128], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 129280,
     "flops": 97524,
     "architectures": ["pe_audio"],
     "qualname": "transformers.models.pe_audio.modeling_pe_audio.PeAudioEncoderRMSNorm",
     "path": "audio_encoder.layers.0.self_attn.q_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 64, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 8, 205, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 839808,
     "flops": 639600,
     "architectures": ["sapiens2"],
     "qualname": "transformers.models.sapiens2.modeling_sapiens2.Sapiens2RMSNorm",
     "path": "model.layer.8.attention.k_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 128, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 8, 4100, 128], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 33587456,
     "flops": 25387200,
     "architectures": ["mllama"],
     "qualname": "transformers.models.mllama.modeling_mllama.MllamaTextRMSNorm",
     "path": "language_model.layers.3.cross_attn.k_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 128, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 8, 1018, 128], "roles": ["batch", "fixed", "batch*seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8339712,
     "flops": 6303456,
     "architectures": ["muse_glimmer_assistant"],
     "qualname": "transformers.models.muse_glimmer_assistant.modeling_muse_glimmer_assistant.MuseGlimmerAssistantRMSNorm",
     "path": "layers.0.self_attn.k_norm",
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


# Serving shapes of the default case, after the traced ones: decode steps (one new token for each
# of `batch` sequences) and a prefill chunk. Their bytes/flops were not traced (None).
SERVING = [
    {"phase": "decode",
     "dims": {"batch": 1, "seq": 1}},
    {"phase": "decode",
     "dims": {"batch": 16, "seq": 1}},
    {"phase": "decode",
     "dims": {"batch": 64, "seq": 1}},
    {"phase": "decode",
     "dims": {"batch": 256, "seq": 1}},
    {"phase": "prefill",
     "dims": {"batch": 1, "seq": 2048}},
]


def _serving_case(default, serving):
    """The default case at a serving shape: role-sized dimensions at its dims."""
    dims = serving["dims"]
    sizes = {**dims, "batch*seq": dims["batch"] * dims["seq"]}

    def resized(spec):  # a tensor of a "tensors" input has no "kind" of its own
        if spec.get("kind") == "tensors":
            return {**spec, "tensors": [resized(t) for t in spec["tensors"]]}
        if spec.get("kind", "tensor") != "tensor":
            return spec
        return {**spec, "shape": [sizes.get(role, size) for size, role in zip(spec["shape"], spec["roles"])]}

    kept = {k: v for k, v in default.items() if k not in ("architectures", "qualname", "path")}
    return {**kept, "inputs": [resized(s) for s in default["inputs"]], "dims": dims, "bytes": None, "flops": None,
            "phase": serving["phase"]}


CASES += [_serving_case(CASES[0], serving) for serving in SERVING]
