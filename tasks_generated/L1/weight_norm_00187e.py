"""A computation, a leaf kernel: `_WeightNorm` as transformers runs it.

kernel:        00187ea015265aac
level:         1
label:         other
qualnames:     torch.nn.utils.parametrizations._WeightNorm
transformers:  5.24.0
architectures: encodec, wavtokenizer
cases:         24 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from torch.nn.utils.parametrizations import _WeightNorm


class Model(_WeightNorm):
    """`_WeightNorm` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, dim: int | None = 0) -> None:
        super().__init__(dim)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A computation, a leaf kernel: `_WeightNorm` as transformers runs it.

    Candidate stub: same constructor and forward signature as Model.
    Model holds no parameters or buffers in its state dict: neither may ModelNew.
    """

    def __init__(self, dim: int | None = 0) -> None:
        super().__init__()
        raise NotImplementedError("write the kernel: a computation (_WeightNorm)")

    def forward(self, weight_g, weight_v):
        raise NotImplementedError("write the kernel: a computation (_WeightNorm)")


KERNEL = {"id": "00187ea015265aac", "name": "weight_norm_00187e", "level": 1, "label": "other", "qualname": "torch.nn.utils.parametrizations._WeightNorm", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"dim": 0},
     "inputs": [
        {"name": "weight_g", "kind": "tensor", "shape": [128, 1, 1], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "weight_v", "kind": "tensor", "shape": [128, 128, 1], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 65792,
     "flops": 16512,
     "architectures": ["encodec", "wavtokenizer"],
     "qualname": "torch.nn.utils.parametrizations._WeightNorm",
     "path": "encoder.layers.7.shortcut.conv.parametrizations.weight.0",
     "param_dtype": "bfloat16"},
    {"init": {"dim": 0},
     "inputs": [
        {"name": "weight_g", "kind": "tensor", "shape": [128, 1, 1], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "weight_v", "kind": "tensor", "shape": [128, 256, 3], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 393472,
     "flops": 98432,
     "architectures": ["encodec", "wavtokenizer"],
     "qualname": "torch.nn.utils.parametrizations._WeightNorm",
     "path": "encoder.layers.10.block.1.conv.parametrizations.weight.0",
     "param_dtype": "bfloat16"},
    {"init": {"dim": 0},
     "inputs": [
        {"name": "weight_g", "kind": "tensor", "shape": [128, 1, 1], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "weight_v", "kind": "tensor", "shape": [128, 64, 1], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 33024,
     "flops": 8320,
     "architectures": ["encodec", "wavtokenizer"],
     "qualname": "torch.nn.utils.parametrizations._WeightNorm",
     "path": "encoder.layers.7.block.3.conv.parametrizations.weight.0",
     "param_dtype": "bfloat16"},
    {"init": {"dim": 0},
     "inputs": [
        {"name": "weight_g", "kind": "tensor", "shape": [16, 1, 1], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "weight_v", "kind": "tensor", "shape": [16, 32, 3], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 6176,
     "flops": 1552,
     "architectures": ["encodec", "wavtokenizer"],
     "qualname": "torch.nn.utils.parametrizations._WeightNorm",
     "path": "encoder.layers.1.block.1.conv.parametrizations.weight.0",
     "param_dtype": "bfloat16"},
    {"init": {"dim": 0},
     "inputs": [
        {"name": "weight_g", "kind": "tensor", "shape": [256, 1, 1], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "weight_v", "kind": "tensor", "shape": [256, 128, 10], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 1311232,
     "flops": 327936,
     "architectures": ["encodec", "wavtokenizer"],
     "qualname": "torch.nn.utils.parametrizations._WeightNorm",
     "path": "encoder.layers.9.conv.parametrizations.weight.0",
     "param_dtype": "bfloat16"},
    {"init": {"dim": 0},
     "inputs": [
        {"name": "weight_g", "kind": "tensor", "shape": [256, 1, 1], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "weight_v", "kind": "tensor", "shape": [256, 128, 1], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 131584,
     "flops": 33024,
     "architectures": ["encodec", "wavtokenizer"],
     "qualname": "torch.nn.utils.parametrizations._WeightNorm",
     "path": "encoder.layers.10.block.3.conv.parametrizations.weight.0",
     "param_dtype": "bfloat16"},
    {"init": {"dim": 0},
     "inputs": [
        {"name": "weight_g", "kind": "tensor", "shape": [256, 1, 1], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "weight_v", "kind": "tensor", "shape": [256, 256, 1], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 262656,
     "flops": 65792,
     "architectures": ["encodec", "wavtokenizer"],
     "qualname": "torch.nn.utils.parametrizations._WeightNorm",
     "path": "encoder.layers.10.shortcut.conv.parametrizations.weight.0",
     "param_dtype": "bfloat16"},
    {"init": {"dim": 0},
     "inputs": [
        {"name": "weight_g", "kind": "tensor", "shape": [32, 1, 1], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "weight_v", "kind": "tensor", "shape": [32, 16, 1], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 2112,
     "flops": 544,
     "architectures": ["encodec", "wavtokenizer"],
     "qualname": "torch.nn.utils.parametrizations._WeightNorm",
     "path": "encoder.layers.1.block.3.conv.parametrizations.weight.0",
     "param_dtype": "bfloat16"},
    {"init": {"dim": 0},
     "inputs": [
        {"name": "weight_g", "kind": "tensor", "shape": [32, 1, 1], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "weight_v", "kind": "tensor", "shape": [32, 32, 1], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 4160,
     "flops": 1056,
     "architectures": ["encodec", "wavtokenizer"],
     "qualname": "torch.nn.utils.parametrizations._WeightNorm",
     "path": "encoder.layers.1.shortcut.conv.parametrizations.weight.0",
     "param_dtype": "bfloat16"},
    {"init": {"dim": 0},
     "inputs": [
        {"name": "weight_g", "kind": "tensor", "shape": [32, 1, 1], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "weight_v", "kind": "tensor", "shape": [32, 64, 3], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 24640,
     "flops": 6176,
     "architectures": ["encodec", "wavtokenizer"],
     "qualname": "torch.nn.utils.parametrizations._WeightNorm",
     "path": "encoder.layers.4.block.1.conv.parametrizations.weight.0",
     "param_dtype": "bfloat16"},
    {"init": {"dim": 0},
     "inputs": [
        {"name": "weight_g", "kind": "tensor", "shape": [64, 1, 1], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "weight_v", "kind": "tensor", "shape": [64, 128, 3], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 98432,
     "flops": 24640,
     "architectures": ["encodec", "wavtokenizer"],
     "qualname": "torch.nn.utils.parametrizations._WeightNorm",
     "path": "encoder.layers.7.block.1.conv.parametrizations.weight.0",
     "param_dtype": "bfloat16"},
    {"init": {"dim": 0},
     "inputs": [
        {"name": "weight_g", "kind": "tensor", "shape": [64, 1, 1], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "weight_v", "kind": "tensor", "shape": [64, 32, 1], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 8320,
     "flops": 2112,
     "architectures": ["encodec", "wavtokenizer"],
     "qualname": "torch.nn.utils.parametrizations._WeightNorm",
     "path": "encoder.layers.4.block.3.conv.parametrizations.weight.0",
     "param_dtype": "bfloat16"},
    {"init": {"dim": 0},
     "inputs": [
        {"name": "weight_g", "kind": "tensor", "shape": [64, 1, 1], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "weight_v", "kind": "tensor", "shape": [64, 64, 1], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 16512,
     "flops": 4160,
     "architectures": ["encodec", "wavtokenizer"],
     "qualname": "torch.nn.utils.parametrizations._WeightNorm",
     "path": "encoder.layers.4.shortcut.conv.parametrizations.weight.0",
     "param_dtype": "bfloat16"},
    {"init": {"dim": 0},
     "inputs": [
        {"name": "weight_g", "kind": "tensor", "shape": [32, 1, 1], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "weight_v", "kind": "tensor", "shape": [32, 1, 7], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 960,
     "flops": 256,
     "architectures": ["encodec", "wavtokenizer"],
     "qualname": "torch.nn.utils.parametrizations._WeightNorm",
     "path": "encoder.layers.0.conv.parametrizations.weight.0",
     "param_dtype": "bfloat16"},
    {"init": {"dim": 0},
     "inputs": [
        {"name": "weight_g", "kind": "tensor", "shape": [128, 1, 1], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "weight_v", "kind": "tensor", "shape": [128, 64, 8], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 262400,
     "flops": 65664,
     "architectures": ["encodec"],
     "qualname": "torch.nn.utils.parametrizations._WeightNorm",
     "path": "encoder.layers.6.conv.parametrizations.weight.0",
     "param_dtype": "bfloat16"},
    {"init": {"dim": 0},
     "inputs": [
        {"name": "weight_g", "kind": "tensor", "shape": [512, 1, 1], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "weight_v", "kind": "tensor", "shape": [512, 256, 16], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 8389632,
     "flops": 2097664,
     "architectures": ["encodec"],
     "qualname": "torch.nn.utils.parametrizations._WeightNorm",
     "path": "encoder.layers.12.conv.parametrizations.weight.0",
     "param_dtype": "bfloat16"},
    {"init": {"dim": 0},
     "inputs": [
        {"name": "weight_g", "kind": "tensor", "shape": [64, 1, 1], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "weight_v", "kind": "tensor", "shape": [64, 32, 4], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 32896,
     "flops": 8256,
     "architectures": ["encodec"],
     "qualname": "torch.nn.utils.parametrizations._WeightNorm",
     "path": "encoder.layers.3.conv.parametrizations.weight.0",
     "param_dtype": "bfloat16"},
    {"init": {"dim": 0},
     "inputs": [
        {"name": "weight_g", "kind": "tensor", "shape": [1, 1, 1], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "weight_v", "kind": "tensor", "shape": [1, 32, 7], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 898,
     "flops": 225,
     "architectures": ["encodec"],
     "qualname": "torch.nn.utils.parametrizations._WeightNorm",
     "path": "decoder.layers.15.conv.parametrizations.weight.0",
     "param_dtype": "bfloat16"},
    {"init": {"dim": 0},
     "inputs": [
        {"name": "weight_g", "kind": "tensor", "shape": [128, 1, 1], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "weight_v", "kind": "tensor", "shape": [128, 512, 7], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 1835264,
     "flops": 458880,
     "architectures": ["encodec"],
     "qualname": "torch.nn.utils.parametrizations._WeightNorm",
     "path": "encoder.layers.15.conv.parametrizations.weight.0",
     "param_dtype": "bfloat16"},
    {"init": {"dim": 0},
     "inputs": [
        {"name": "weight_g", "kind": "tensor", "shape": [128, 1, 1], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "weight_v", "kind": "tensor", "shape": [128, 64, 10], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 327936,
     "flops": 82048,
     "architectures": ["wavtokenizer"],
     "qualname": "torch.nn.utils.parametrizations._WeightNorm",
     "path": "encoder_model.encoder.layers.6.conv.parametrizations.weight.0",
     "param_dtype": "bfloat16"},
    {"init": {"dim": 0},
     "inputs": [
        {"name": "weight_g", "kind": "tensor", "shape": [512, 1, 1], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "weight_v", "kind": "tensor", "shape": [512, 128, 7], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 1836032,
     "flops": 459264,
     "architectures": ["encodec"],
     "qualname": "torch.nn.utils.parametrizations._WeightNorm",
     "path": "decoder.layers.0.conv.parametrizations.weight.0",
     "param_dtype": "bfloat16"},
    {"init": {"dim": 0},
     "inputs": [
        {"name": "weight_g", "kind": "tensor", "shape": [512, 1, 1], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "weight_v", "kind": "tensor", "shape": [512, 256, 12], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 6292480,
     "flops": 1573376,
     "architectures": ["wavtokenizer"],
     "qualname": "torch.nn.utils.parametrizations._WeightNorm",
     "path": "encoder_model.encoder.layers.12.conv.parametrizations.weight.0",
     "param_dtype": "bfloat16"},
    {"init": {"dim": 0},
     "inputs": [
        {"name": "weight_g", "kind": "tensor", "shape": [512, 1, 1], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "weight_v", "kind": "tensor", "shape": [512, 512, 7], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 7341056,
     "flops": 1835520,
     "architectures": ["wavtokenizer"],
     "qualname": "torch.nn.utils.parametrizations._WeightNorm",
     "path": "encoder_model.encoder.layers.15.conv.parametrizations.weight.0",
     "param_dtype": "bfloat16"},
    {"init": {"dim": 0},
     "inputs": [
        {"name": "weight_g", "kind": "tensor", "shape": [64, 1, 1], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "weight_v", "kind": "tensor", "shape": [64, 32, 8], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 65664,
     "flops": 16448,
     "architectures": ["wavtokenizer"],
     "qualname": "torch.nn.utils.parametrizations._WeightNorm",
     "path": "encoder_model.encoder.layers.3.conv.parametrizations.weight.0",
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
