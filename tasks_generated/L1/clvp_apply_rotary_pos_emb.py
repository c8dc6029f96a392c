"""A rotary position embedding, a leaf kernel: `apply_rotary_pos_emb` as transformers runs it.

kernel:        0b45c7197bce6178
level:         1
label:         rotary
qualnames:     transformers.models.clvp.modeling_clvp.apply_rotary_pos_emb
transformers:  5.24.0
architectures: clvp
cases:         2 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.models.clvp.modeling_clvp import apply_rotary_pos_emb


class Model(nn.Module):
    """`apply_rotary_pos_emb` from transformers, unchanged, as a module: forward calls it with the same arguments."""

    def __init__(self) -> None:
        super().__init__()
        self.eval()  # as every task's Model: built ready for inference

    def forward(self, q, k, v, cos, sin, position_ids, unsqueeze_dim=1):
        return apply_rotary_pos_emb(q, k, v, cos, sin, position_ids, unsqueeze_dim)


class ModelNew(nn.Module):
    """A rotary position embedding, a leaf kernel: `apply_rotary_pos_emb` as transformers runs it.

    Candidate stub: same constructor and forward signature as Model.
    Model holds no parameters or buffers in its state dict: neither may ModelNew.
    """

    def __init__(self) -> None:
        super().__init__()
        raise NotImplementedError("write the kernel: a rotary position embedding (apply_rotary_pos_emb)")

    def forward(self, q, k, v, cos, sin, position_ids, unsqueeze_dim=1):
        raise NotImplementedError("write the kernel: a rotary position embedding (apply_rotary_pos_emb)")


KERNEL = {"id": "0b45c7197bce6178", "name": "clvp_apply_rotary_pos_emb", "level": 1, "label": "rotary", "qualname": "transformers.models.clvp.modeling_clvp.apply_rotary_pos_emb", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 12, 511, 32], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"},
        {"name": "k", "kind": "tensor", "shape": [2, 12, 511, 32], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"},
        {"name": "v", "kind": "tensor", "shape": [2, 12, 511, 32], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"},
        {"name": "cos", "kind": "tensor", "shape": [511, 32], "roles": ["fixed", "fixed"], "dtype": "float32"},
        {"name": "sin", "kind": "tensor", "shape": [511, 32], "roles": ["fixed", "fixed"], "dtype": "float32"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 511], "roles": ["fixed", "fixed"], "dtype": "int64", "high": 511}],
     "dims": {"batch": 2},
     "bytes": 9553656,
     "flops": 5330752,
     "architectures": ["clvp"],
     "qualname": "transformers.models.clvp.modeling_clvp.apply_rotary_pos_emb",
     "path": "speech_encoder_model.layers.1.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 12, 509, 32], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "float32"},
        {"name": "k", "kind": "tensor", "shape": [2, 12, 509, 32], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "float32"},
        {"name": "v", "kind": "tensor", "shape": [2, 12, 509, 32], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "float32"},
        {"name": "cos", "kind": "tensor", "shape": [509, 32], "roles": ["seq", "fixed"], "dtype": "float32"},
        {"name": "sin", "kind": "tensor", "shape": [509, 32], "roles": ["seq", "fixed"], "dtype": "float32"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 9516264,
     "flops": 5309888,
     "architectures": ["clvp"],
     "qualname": "transformers.models.clvp.modeling_clvp.apply_rotary_pos_emb",
     "path": "text_encoder_model.layers.1.self_attn"},
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
