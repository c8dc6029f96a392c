"""A normalization, a leaf kernel: `Qwen3_5RMSNorm` as transformers runs it (hyper-parameters of add vary per case).

kernel:        44bec892d9d52eb0
level:         1
label:         norm
qualnames:     transformers.models.qwen3_5.modeling_qwen3_5.Qwen3_5RMSNorm, transformers.models.t5gemma2.modeling_t5gemma2.T5Gemma2RMSNorm, transformers.models.gemma3.modeling_gemma3.Gemma3RMSNorm, transformers.models.t5gemma.modeling_t5gemma.T5GemmaRMSNorm, transformers.models.minimax_m3_vl.modeling_minimax_m3_vl.MiniMaxM3VLRMSNorm, transformers.models.muse_glimmer.modeling_muse_glimmer.MuseGlimmerTextCenteredRMSNorm, transformers.models.gemma.modeling_gemma.GemmaRMSNorm, transformers.models.qwen3_next.modeling_qwen3_next.Qwen3NextRMSNorm, transformers.models.gemma2.modeling_gemma2.Gemma2RMSNorm, transformers.models.qwen3_5_moe.modeling_qwen3_5_moe.Qwen3_5MoeRMSNorm, transformers.models.recurrent_gemma.modeling_recurrent_gemma.RecurrentGemmaRMSNorm, transformers.models.vaultgemma.modeling_vaultgemma.VaultGemmaRMSNorm, transformers.models.step3p7.modeling_step3p7.Step3p7RMSNorm
transformers:  5.24.0
architectures: colpali, gemma, gemma2, gemma3, jev, minicpm_ocr, minicpmv4_6, minicpmv4_7, minimax_m3_vl, muse_glimmer, paligemma, qwen3_5, qwen3_5_moe, qwen3_next, recurrent_gemma, shieldgemma2, step3p7, t5gemma, t5gemma2, vaultgemma
cases:         19 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.models.qwen3_5.modeling_qwen3_5 import Qwen3_5RMSNorm


class Model(Qwen3_5RMSNorm):
    """`Qwen3_5RMSNorm` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, dim: int, eps: float = 1e-6):
        super().__init__(dim, eps)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A normalization, a leaf kernel: `Qwen3_5RMSNorm` as transformers runs it (hyper-parameters of add vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        weight [256]
    """

    def __init__(self, dim: int, eps: float = 1e-6):
        super().__init__()
        raise NotImplementedError("write the kernel: a normalization (Qwen3_5RMSNorm)")

    def forward(self, x):
        raise NotImplementedError("write the kernel: a normalization (Qwen3_5RMSNorm)")


KERNEL = {"id": "44bec892d9d52eb0", "name": "qwen3_5_rms_norm", "level": 1, "label": "norm", "qualname": "transformers.models.qwen3_5.modeling_qwen3_5.Qwen3_5RMSNorm", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"dim": 256, "eps": 1e-06},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 16, 256], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 16679424,
     "flops": 12558304,
     "architectures": ["jev", "minicpm_ocr", "minicpmv4_6", "minicpmv4_7", "qwen3_5", "qwen3_5_moe", "qwen3_next"],
     "qualname": "transformers.models.qwen3_5.modeling_qwen3_5.Qwen3_5RMSNorm",
     "path": "model.layers.3.self_attn.q_norm",
     "param_dtype": "bfloat16"},
    {"init": {"dim": 2304, "eps": 1e-06},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 2304], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 9386496,
     "flops": 7041774,
     "architectures": ["gemma2", "gemma3", "shieldgemma2", "t5gemma", "t5gemma2", "vaultgemma"],
     "qualname": "transformers.models.gemma2.modeling_gemma2.Gemma2RMSNorm",
     "path": "layers.0.input_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"dim": 4096, "eps": 1e-06},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 16687104,
     "flops": 12516334,
     "architectures": ["jev", "minicpm_ocr", "minicpmv4_6", "minicpmv4_7", "qwen3_5"],
     "qualname": "transformers.models.qwen3_5.modeling_qwen3_5.Qwen3_5RMSNorm",
     "path": "model.layers.0.input_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"dim": 256, "eps": 1e-06},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 4, 256], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 4170240,
     "flops": 3139768,
     "architectures": ["jev", "minicpm_ocr", "minicpmv4_6", "minicpmv4_7", "qwen3_5"],
     "qualname": "transformers.models.qwen3_5.modeling_qwen3_5.Qwen3_5RMSNorm",
     "path": "model.layers.3.self_attn.k_norm",
     "param_dtype": "bfloat16"},
    {"init": {"dim": 2048, "eps": 1e-06},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8343552,
     "flops": 6259694,
     "architectures": ["colpali", "paligemma", "qwen3_5_moe", "qwen3_next"],
     "qualname": "transformers.models.gemma.modeling_gemma.GemmaRMSNorm",
     "path": "vlm.language_model.layers.0.input_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"dim": 256, "eps": 1e-06},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 4, 509, 256], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 4170240,
     "flops": 3139768,
     "architectures": ["gemma3", "shieldgemma2", "t5gemma2"],
     "qualname": "transformers.models.gemma3.modeling_gemma3.Gemma3RMSNorm",
     "path": "language_model.layers.0.self_attn.k_norm",
     "param_dtype": "bfloat16"},
    {"init": {"dim": 256, "eps": 1e-06},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 8, 509, 256], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8339968,
     "flops": 6279280,
     "architectures": ["gemma3", "shieldgemma2", "t5gemma2"],
     "qualname": "transformers.models.gemma3.modeling_gemma3.Gemma3RMSNorm",
     "path": "language_model.layers.0.self_attn.q_norm",
     "param_dtype": "bfloat16"},
    {"init": {"dim": 768, "eps": 1e-06},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 256, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1574400,
     "flops": 1181952,
     "architectures": ["gemma3", "shieldgemma2", "t5gemma2"],
     "qualname": "transformers.models.gemma3.modeling_gemma3.Gemma3RMSNorm",
     "path": "multi_modal_projector.mm_soft_emb_norm",
     "param_dtype": "bfloat16"},
    {"init": {"dim": 256, "eps": 1e-06},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 2, 256], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 2085376,
     "flops": 1570012,
     "architectures": ["qwen3_5_moe", "qwen3_next"],
     "qualname": "transformers.models.qwen3_5_moe.modeling_qwen3_5_moe.Qwen3_5MoeRMSNorm",
     "path": "language_model.layers.3.self_attn.k_norm",
     "param_dtype": "bfloat16"},
    {"init": {"dim": 6144, "eps": 1e-06},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 6144], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 25030656,
     "flops": 18772974,
     "architectures": ["minimax_m3_vl"],
     "qualname": "transformers.models.minimax_m3_vl.modeling_minimax_m3_vl.MiniMaxM3VLRMSNorm",
     "path": "language_model.layers.0.input_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"dim": 6656, "eps": 1e-05},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 6656], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 27116544,
     "flops": 20337134,
     "architectures": ["muse_glimmer"],
     "qualname": "transformers.models.muse_glimmer.modeling_muse_glimmer.MuseGlimmerTextCenteredRMSNorm",
     "path": "language_model.layers.0.input_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"dim": 6656, "eps": 1e-08},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 6656], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 27116544,
     "flops": 20337134,
     "architectures": ["muse_glimmer"],
     "qualname": "transformers.models.muse_glimmer.modeling_muse_glimmer.MuseGlimmerTextCenteredRMSNorm",
     "path": "language_model.layers.0.post_attention_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"dim": 128, "eps": 1e-06},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 4, 128], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 2085120,
     "flops": 1575992,
     "architectures": ["minimax_m3_vl"],
     "qualname": "transformers.models.minimax_m3_vl.modeling_minimax_m3_vl.MiniMaxM3VLRMSNorm",
     "path": "language_model.layers.0.self_attn.k_norm",
     "param_dtype": "bfloat16"},
    {"init": {"dim": 128, "eps": 1e-06},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 64, 128], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 33358080,
     "flops": 25213952,
     "architectures": ["minimax_m3_vl"],
     "qualname": "transformers.models.minimax_m3_vl.modeling_minimax_m3_vl.MiniMaxM3VLRMSNorm",
     "path": "language_model.layers.0.self_attn.q_norm",
     "param_dtype": "bfloat16"},
    {"init": {"dim": 3072, "eps": 1e-06},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 3072], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 12515328,
     "flops": 9388014,
     "architectures": ["gemma"],
     "qualname": "transformers.models.gemma.modeling_gemma.GemmaRMSNorm",
     "path": "layers.0.input_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"dim": 2560, "eps": 1e-06},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 10429440,
     "flops": 7823854,
     "architectures": ["recurrent_gemma"],
     "qualname": "transformers.models.recurrent_gemma.modeling_recurrent_gemma.RecurrentGemmaRMSNorm",
     "path": "layers.0.temporal_pre_norm",
     "param_dtype": "bfloat16"},
    {"init": {"dim": 4096, "eps": 1e-05},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 16687104,
     "flops": 12516334,
     "architectures": ["step3p7"],
     "qualname": "transformers.models.step3p7.modeling_step3p7.Step3p7RMSNorm",
     "path": "language_model.layers.0.input_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"dim": 128, "eps": 1e-05},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 64, 128], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 33358080,
     "flops": 25213952,
     "architectures": ["step3p7"],
     "qualname": "transformers.models.step3p7.modeling_step3p7.Step3p7RMSNorm",
     "path": "language_model.layers.0.self_attn.q_norm",
     "param_dtype": "bfloat16"},
    {"init": {"dim": 128, "eps": 1e-05},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 8, 128], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 4169984,
     "flops": 3151856,
     "architectures": ["step3p7"],
     "qualname": "transformers.models.step3p7.modeling_step3p7.Step3p7RMSNorm",
     "path": "language_model.layers.0.self_attn.k_norm",
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
