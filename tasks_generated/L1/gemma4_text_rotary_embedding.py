"""A rotary position embedding, a leaf kernel: `Gemma4TextRotaryEmbedding` as transformers runs it.

kernel:        c0ddf2e90f48c4ed
level:         1
label:         rotary
qualnames:     transformers.models.gemma4.modeling_gemma4.Gemma4TextRotaryEmbedding, transformers.models.gemma4_unified.modeling_gemma4_unified.Gemma4UnifiedTextRotaryEmbedding
transformers:  5.24.0
architectures: gemma4_assistant, gemma4_unified_assistant
cases:         2 real cases, default first (the most common that fits in 8 GB); 2 unmapped
"""

import torch
from torch import nn
from transformers.models.gemma4.configuration_gemma4 import Gemma4TextConfig
from transformers.models.gemma4.modeling_gemma4 import Gemma4TextRotaryEmbedding


class Model(Gemma4TextRotaryEmbedding):
    """`Gemma4TextRotaryEmbedding` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config: Gemma4TextConfig, device=None):
        super().__init__(config, device)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A rotary position embedding, a leaf kernel: `Gemma4TextRotaryEmbedding` as transformers runs it.

    Candidate stub: same constructor and forward signature as Model.
    Model holds no parameters or buffers in its state dict: neither may ModelNew.
    """

    def __init__(self, config: Gemma4TextConfig, device=None):
        super().__init__()
        raise NotImplementedError("write the kernel: a rotary position embedding (Gemma4TextRotaryEmbedding)")

    def forward(self, x, position_ids, layer_type):
        raise NotImplementedError("write the kernel: a rotary position embedding (Gemma4TextRotaryEmbedding)")


KERNEL = {"id": "c0ddf2e90f48c4ed", "name": "gemma4_text_rotary_embedding", "level": 1, "label": "rotary", "qualname": "transformers.models.gemma4.modeling_gemma4.Gemma4TextRotaryEmbedding", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "Gemma4TextConfig", "fields": {"default_rope_type": "default", "head_dim": 256, "layer_types": ["sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention"], "max_position_embeddings": 131072, "rope_parameters": {"sliding_attention": {"rope_type": "default", "rope_theta": 10000.0}, "full_attention": {"rope_type": "proportional", "partial_rotary_factor": 0.25, "rope_theta": 1000000.0}}, "attn_implementation": "sdpa"}}, "device": None},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 1, 2304], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 1], "roles": ["fixed", "fixed"], "dtype": "int64", "high": 1},
        {"name": "layer_type", "kind": "str", "value": "full_attention"}],
     "dims": {"batch": 2},
     "bytes": 3080,
     "flops": 2816,
     "architectures": ["gemma4_assistant"],
     "qualname": "transformers.models.gemma4.modeling_gemma4.Gemma4TextRotaryEmbedding",
     "path": "model.rotary_emb",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Gemma4TextConfig", "fields": {"default_rope_type": "default", "head_dim": 256, "layer_types": ["sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention"], "max_position_embeddings": 131072, "rope_parameters": {"sliding_attention": {"rope_type": "default", "rope_theta": 10000.0}, "full_attention": {"rope_type": "proportional", "partial_rotary_factor": 0.25, "rope_theta": 1000000.0}}, "attn_implementation": "sdpa"}}, "device": None},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 1, 2304], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 1], "roles": ["fixed", "fixed"], "dtype": "int64", "high": 1},
        {"name": "layer_type", "kind": "str", "value": "sliding_attention"}],
     "dims": {"batch": 2},
     "bytes": 1544,
     "flops": 1408,
     "architectures": ["gemma4_assistant"],
     "qualname": "transformers.models.gemma4.modeling_gemma4.Gemma4TextRotaryEmbedding",
     "path": "model.rotary_emb",
     "param_dtype": "float32"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.gemma4_unified.modeling_gemma4_unified.Gemma4UnifiedTextRotaryEmbedding",
     "architectures": ["gemma4_unified_assistant"],
     "reason": "built by Gemma4UnifiedTextRotaryEmbedding from a Gemma4UnifiedTextConfig"},
    {"qualname": "transformers.models.gemma4_unified.modeling_gemma4_unified.Gemma4UnifiedTextRotaryEmbedding",
     "architectures": ["gemma4_unified_assistant"],
     "reason": "built by Gemma4UnifiedTextRotaryEmbedding from a Gemma4UnifiedTextConfig"},
]


_CONFIGS = {"Gemma4TextConfig": Gemma4TextConfig}


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
