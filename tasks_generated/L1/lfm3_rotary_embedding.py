"""A rotary position embedding, a leaf kernel: `Lfm3RotaryEmbedding` as transformers runs it.

kernel:        f9f5e77c1bfbc601
level:         1
label:         rotary
qualnames:     transformers.models.lfm3.modeling_lfm3.Lfm3RotaryEmbedding, transformers.models.olmo3.modeling_olmo3.Olmo3RotaryEmbedding, transformers.models.beam.modeling_beam.BeamRotaryEmbedding, transformers.models.dots3_note.modeling_dots3_note.Dots3NoteTextRotaryEmbedding, transformers.models.ernie4_5.modeling_ernie4_5.Ernie4_5RotaryEmbedding, transformers.models.ernie4_5_moe.modeling_ernie4_5_moe.Ernie4_5_MoeRotaryEmbedding, transformers.models.flex_olmo.modeling_flex_olmo.FlexOlmoRotaryEmbedding, transformers.models.olmo.modeling_olmo.OlmoRotaryEmbedding, transformers.models.olmo2.modeling_olmo2.Olmo2RotaryEmbedding, transformers.models.olmo_hybrid.modeling_olmo_hybrid.OlmoHybridRotaryEmbedding
transformers:  5.24.0
architectures: beam, dots3_note, ernie4_5, ernie4_5_moe, flex_olmo, lfm3, lfm3_vl, olmo, olmo2, olmo3, olmo_hybrid
cases:         2 real cases, default first (the most common that fits in 8 GB); 10 unmapped
"""

import torch
from torch import nn
from transformers.models.lfm3.configuration_lfm3 import Lfm3Config
from transformers.models.lfm3.modeling_lfm3 import Lfm3RotaryEmbedding


class Model(Lfm3RotaryEmbedding):
    """`Lfm3RotaryEmbedding` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config: Lfm3Config, device=None):
        super().__init__(config, device)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A rotary position embedding, a leaf kernel: `Lfm3RotaryEmbedding` as transformers runs it.

    Candidate stub: same constructor and forward signature as Model.
    Model holds no parameters or buffers in its state dict: neither may ModelNew.
    """

    def __init__(self, config: Lfm3Config, device=None):
        super().__init__()
        raise NotImplementedError("write the kernel: a rotary position embedding (Lfm3RotaryEmbedding)")

    def forward(self, x, position_ids, layer_type):
        raise NotImplementedError("write the kernel: a rotary position embedding (Lfm3RotaryEmbedding)")


KERNEL = {"id": "f9f5e77c1bfbc601", "name": "lfm3_rotary_embedding", "level": 1, "label": "rotary", "qualname": "transformers.models.lfm3.modeling_lfm3.Lfm3RotaryEmbedding", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "Lfm3Config", "fields": {"default_rope_type": "default", "head_dim": 128, "layer_types": ["conv", "conv", "full_attention", "conv", "sliding_attention", "conv", "full_attention", "conv", "sliding_attention", "conv", "full_attention", "conv", "sliding_attention", "conv", "full_attention", "conv", "sliding_attention", "conv", "full_attention", "conv", "sliding_attention", "conv", "full_attention", "conv"], "max_position_embeddings": 128000, "rope_parameters": {"sliding_attention": {"rope_type": "default", "rope_theta": 10000.0}, "full_attention": {"rope_type": "proportional", "rope_theta": 1000000.0, "partial_rotary_factor": 0.5}}, "attn_implementation": "sdpa"}}, "device": None},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "layer_type", "kind": "str", "value": "full_attention"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 525544,
     "flops": 358336,
     "architectures": ["lfm3", "lfm3_vl"],
     "qualname": "transformers.models.lfm3.modeling_lfm3.Lfm3RotaryEmbedding",
     "path": "rotary_emb",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Lfm3Config", "fields": {"default_rope_type": "default", "head_dim": 128, "layer_types": ["conv", "conv", "full_attention", "conv", "sliding_attention", "conv", "full_attention", "conv", "sliding_attention", "conv", "full_attention", "conv", "sliding_attention", "conv", "full_attention", "conv", "sliding_attention", "conv", "full_attention", "conv", "sliding_attention", "conv", "full_attention", "conv"], "max_position_embeddings": 128000, "rope_parameters": {"sliding_attention": {"rope_type": "default", "rope_theta": 10000.0}, "full_attention": {"rope_type": "proportional", "rope_theta": 1000000.0, "partial_rotary_factor": 0.5}}, "attn_implementation": "sdpa"}}, "device": None},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "layer_type", "kind": "str", "value": "sliding_attention"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 525544,
     "flops": 358336,
     "architectures": ["lfm3", "lfm3_vl"],
     "qualname": "transformers.models.lfm3.modeling_lfm3.Lfm3RotaryEmbedding",
     "path": "rotary_emb",
     "param_dtype": "float32"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.ernie4_5.modeling_ernie4_5.Ernie4_5RotaryEmbedding",
     "architectures": ["ernie4_5"],
     "reason": "built by Ernie4_5RotaryEmbedding from a Ernie4_5Config"},
    {"qualname": "transformers.models.ernie4_5_moe.modeling_ernie4_5_moe.Ernie4_5_MoeRotaryEmbedding",
     "architectures": ["ernie4_5_moe"],
     "reason": "built by Ernie4_5_MoeRotaryEmbedding from a Ernie4_5_MoeConfig"},
    {"qualname": "transformers.models.olmo_hybrid.modeling_olmo_hybrid.OlmoHybridRotaryEmbedding",
     "architectures": ["olmo_hybrid"],
     "reason": "built by OlmoHybridRotaryEmbedding from a OlmoHybridConfig"},
    {"qualname": "transformers.models.olmo3.modeling_olmo3.Olmo3RotaryEmbedding",
     "architectures": ["olmo3"],
     "reason": "built by Olmo3RotaryEmbedding from a Olmo3Config"},
    {"qualname": "transformers.models.olmo3.modeling_olmo3.Olmo3RotaryEmbedding",
     "architectures": ["olmo3"],
     "reason": "built by Olmo3RotaryEmbedding from a Olmo3Config"},
    {"qualname": "transformers.models.flex_olmo.modeling_flex_olmo.FlexOlmoRotaryEmbedding",
     "architectures": ["flex_olmo"],
     "reason": "built by FlexOlmoRotaryEmbedding from a FlexOlmoConfig"},
    {"qualname": "transformers.models.olmo.modeling_olmo.OlmoRotaryEmbedding",
     "architectures": ["olmo"],
     "reason": "built by OlmoRotaryEmbedding from a OlmoConfig"},
    {"qualname": "transformers.models.olmo2.modeling_olmo2.Olmo2RotaryEmbedding",
     "architectures": ["olmo2"],
     "reason": "built by Olmo2RotaryEmbedding from a Olmo2Config"},
    {"qualname": "transformers.models.beam.modeling_beam.BeamRotaryEmbedding",
     "architectures": ["beam"],
     "reason": "built by BeamRotaryEmbedding from a BeamConfig"},
    {"qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteTextRotaryEmbedding",
     "architectures": ["dots3_note"],
     "reason": "built by Dots3NoteTextRotaryEmbedding from a Dots3NoteTextConfig"},
]


_CONFIGS = {"Lfm3Config": Lfm3Config}


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
