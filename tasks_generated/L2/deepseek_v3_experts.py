"""Mixture-of-experts routing and expert compute, a module built from leaf kernels: `DeepseekV3Experts` as transformers runs it.

kernel:        49293aba32d4e632
level:         2
label:         router/moe
qualnames:     transformers.models.deepseek_v3.modeling_deepseek_v3.DeepseekV3Experts, transformers.models.hy_v3.modeling_hy_v3.HYV3Experts, transformers.models.glm_moe_dsa.modeling_glm_moe_dsa.GlmMoeDsaExperts, transformers.models.mistral_large4.modeling_mistral_large4.MistralLarge4TextExperts, transformers.models.dots1.modeling_dots1.Dots1Experts, transformers.models.minimax_m2.modeling_minimax_m2.MiniMaxM2Experts, transformers.models.axk1.modeling_axk1.AXK1Experts, transformers.models.deepseek_v32.modeling_deepseek_v32.DeepseekV32Experts, transformers.models.kolibri1.modeling_kolibri1.Kolibri1Experts, transformers.models.solar_open.modeling_solar_open.SolarOpenExperts, transformers.models.axk2.modeling_axk2.AXK2Experts, transformers.models.flint.modeling_flint.FlintExperts, transformers.models.mimo_v2_flash.modeling_mimo_v2_flash.MiMoV2FlashExperts, transformers.models.glm4_moe_lite.modeling_glm4_moe_lite.Glm4MoeLiteExperts, transformers.models.dots3_note.modeling_dots3_note.Dots3NoteExperts, transformers.models.glm4_moe.modeling_glm4_moe.Glm4MoeExperts, transformers.models.glm4v_moe.modeling_glm4v_moe.Glm4vMoeTextExperts, transformers.models.bailing_hybrid.modeling_bailing_hybrid.BailingHybridExperts, transformers.models.deepseek_v2.modeling_deepseek_v2.DeepseekV2Experts, transformers.models.afmoe.modeling_afmoe.AfmoeExperts, transformers.models.deepseek_ocr2.modeling_deepseek_ocr2.DeepseekOcr2TextExperts, transformers.models.exaone_moe.modeling_exaone_moe.ExaoneMoeExperts, transformers.models.kimi_linear.modeling_kimi_linear.KimiLinearExperts, transformers.models.unlimited_ocr.modeling_unlimited_ocr.UnlimitedOcrTextExperts
transformers:  5.24.0
architectures: afmoe, axk1, axk2, bailing_hybrid, deepseek_ocr2, deepseek_v2, deepseek_v3, deepseek_v32, dots1, dots3_note, exaone_moe, flint, glm4_moe, glm4_moe_lite, glm4v_moe, glm_moe_dsa, hy_v3, kimi_k25, kimi_linear, kolibri1, mimo_v2_flash, minimax_m2, mistral_large4, solar_open, unlimited_ocr
cases:         1 real cases, default first (the most common that fits in 8 GB); 23 unmapped
"""

import torch
from torch import nn
from transformers.models.deepseek_v3.configuration_deepseek_v3 import DeepseekV3Config
from transformers.models.deepseek_v3.modeling_deepseek_v3 import DeepseekV3Experts


class Model(DeepseekV3Experts):
    """`DeepseekV3Experts` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config):
        super().__init__(config)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """Mixture-of-experts routing and expert compute, a module built from leaf kernels: `DeepseekV3Experts` as transformers runs it.

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        gate_up_proj [256, 4096, 7168]
        down_proj [256, 7168, 2048]
    """

    def __init__(self, config):
        super().__init__()
        raise NotImplementedError("write the kernel: mixture-of-experts routing and expert compute (DeepseekV3Experts)")

    def forward(
        self,
        hidden_states: torch.Tensor,
        top_k_index: torch.Tensor,
        top_k_weights: torch.Tensor,
    ) -> torch.Tensor:
        raise NotImplementedError("write the kernel: mixture-of-experts routing and expert compute (DeepseekV3Experts)")


KERNEL = {"id": "49293aba32d4e632", "name": "deepseek_v3_experts", "level": 2, "label": "router/moe", "qualname": "transformers.models.deepseek_v3.modeling_deepseek_v3.DeepseekV3Experts", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "DeepseekV3Config", "fields": {"hidden_act": "silu", "hidden_size": 7168, "moe_intermediate_size": 2048, "num_local_experts": 256, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [1018, 7168], "roles": ["batch*seq", "fixed"], "dtype": "bfloat16"},
        {"name": "top_k_index", "kind": "tensor", "shape": [1018, 8], "roles": ["batch*seq", "fixed"], "dtype": "int64", "high": 256},
        {"name": "top_k_weights", "kind": "tensor", "shape": [1018, 8], "roles": ["batch*seq", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 22577864128,
     "flops": 717575837920,
     "architectures": ["deepseek_v3", "kimi_k25"],
     "qualname": "transformers.models.deepseek_v3.modeling_deepseek_v3.DeepseekV3Experts",
     "path": "layers.3.mlp.experts",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.hy_v3.modeling_hy_v3.HYV3Experts",
     "architectures": ["hy_v3"],
     "reason": "built by HYV3Experts from a HYV3Config"},
    {"qualname": "transformers.models.glm_moe_dsa.modeling_glm_moe_dsa.GlmMoeDsaExperts",
     "architectures": ["glm_moe_dsa"],
     "reason": "built by GlmMoeDsaExperts from a GlmMoeDsaConfig"},
    {"qualname": "transformers.models.mistral_large4.modeling_mistral_large4.MistralLarge4TextExperts",
     "architectures": ["mistral_large4"],
     "reason": "built by MistralLarge4TextExperts from a MistralLarge4TextConfig"},
    {"qualname": "transformers.models.minimax_m2.modeling_minimax_m2.MiniMaxM2Experts",
     "architectures": ["minimax_m2"],
     "reason": "built by MiniMaxM2Experts from a MiniMaxM2Config"},
    {"qualname": "transformers.models.dots1.modeling_dots1.Dots1Experts",
     "architectures": ["dots1"],
     "reason": "built by Dots1Experts from a Dots1Config"},
    {"qualname": "transformers.models.axk1.modeling_axk1.AXK1Experts",
     "architectures": ["axk1"],
     "reason": "built by AXK1Experts from a AXK1Config"},
    {"qualname": "transformers.models.deepseek_v32.modeling_deepseek_v32.DeepseekV32Experts",
     "architectures": ["deepseek_v32"],
     "reason": "built by DeepseekV32Experts from a DeepseekV32Config"},
    {"qualname": "transformers.models.kolibri1.modeling_kolibri1.Kolibri1Experts",
     "architectures": ["kolibri1"],
     "reason": "built by Kolibri1Experts from a Kolibri1Config"},
    {"qualname": "transformers.models.solar_open.modeling_solar_open.SolarOpenExperts",
     "architectures": ["solar_open"],
     "reason": "built by SolarOpenExperts from a SolarOpenConfig"},
    {"qualname": "transformers.models.flint.modeling_flint.FlintExperts",
     "architectures": ["flint"],
     "reason": "built by FlintExperts from a FlintConfig"},
    {"qualname": "transformers.models.axk2.modeling_axk2.AXK2Experts",
     "architectures": ["axk2"],
     "reason": "built by AXK2Experts from a AXK2Config"},
    {"qualname": "transformers.models.mimo_v2_flash.modeling_mimo_v2_flash.MiMoV2FlashExperts",
     "architectures": ["mimo_v2_flash"],
     "reason": "built by MiMoV2FlashExperts from a MiMoV2FlashConfig"},
    {"qualname": "transformers.models.glm4_moe_lite.modeling_glm4_moe_lite.Glm4MoeLiteExperts",
     "architectures": ["glm4_moe_lite"],
     "reason": "built by Glm4MoeLiteExperts from a Glm4MoeLiteConfig"},
    {"qualname": "transformers.models.glm4_moe.modeling_glm4_moe.Glm4MoeExperts",
     "architectures": ["glm4_moe"],
     "reason": "built by Glm4MoeExperts from a Glm4MoeConfig"},
    {"qualname": "transformers.models.glm4v_moe.modeling_glm4v_moe.Glm4vMoeTextExperts",
     "architectures": ["glm4v_moe"],
     "reason": "built by Glm4vMoeTextExperts from a Glm4vMoeTextConfig"},
    {"qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteExperts",
     "architectures": ["dots3_note"],
     "reason": "built by Dots3NoteExperts from a Dots3NoteTextConfig"},
    {"qualname": "transformers.models.bailing_hybrid.modeling_bailing_hybrid.BailingHybridExperts",
     "architectures": ["bailing_hybrid"],
     "reason": "built by BailingHybridExperts from a BailingHybridConfig"},
    {"qualname": "transformers.models.deepseek_v2.modeling_deepseek_v2.DeepseekV2Experts",
     "architectures": ["deepseek_v2"],
     "reason": "built by DeepseekV2Experts from a DeepseekV2Config"},
    {"qualname": "transformers.models.afmoe.modeling_afmoe.AfmoeExperts",
     "architectures": ["afmoe"],
     "reason": "built by AfmoeExperts from a AfmoeConfig"},
    {"qualname": "transformers.models.deepseek_ocr2.modeling_deepseek_ocr2.DeepseekOcr2TextExperts",
     "architectures": ["deepseek_ocr2"],
     "reason": "built by DeepseekOcr2TextExperts from a DeepseekOcr2TextConfig"},
    {"qualname": "transformers.models.exaone_moe.modeling_exaone_moe.ExaoneMoeExperts",
     "architectures": ["exaone_moe"],
     "reason": "built by ExaoneMoeExperts from a ExaoneMoeConfig"},
    {"qualname": "transformers.models.kimi_linear.modeling_kimi_linear.KimiLinearExperts",
     "architectures": ["kimi_linear"],
     "reason": "built by KimiLinearExperts from a KimiLinearConfig"},
    {"qualname": "transformers.models.unlimited_ocr.modeling_unlimited_ocr.UnlimitedOcrTextExperts",
     "architectures": ["unlimited_ocr"],
     "reason": "built by UnlimitedOcrTextExperts from a UnlimitedOcrTextConfig"},
]


_CONFIGS = {"DeepseekV3Config": DeepseekV3Config}


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
