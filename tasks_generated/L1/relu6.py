"""An elementwise activation, a leaf kernel: `ReLU6` as transformers runs it (hyper-parameters of hardtanh vary per case).

kernel:        e870139ca54610d3
level:         1
label:         activation
qualnames:     torch.nn.modules.activation.ReLU6
transformers:  5.24.0
architectures: mobilenet_v1, mobilenet_v2
cases:         21 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from torch import Tensor
from torch.nn.modules.activation import ReLU6


class Model(ReLU6):
    """`ReLU6` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, inplace: bool = False) -> None:
        super().__init__(inplace)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """An elementwise activation, a leaf kernel: `ReLU6` as transformers runs it (hyper-parameters of hardtanh vary per case).

    Candidate stub: same constructor and forward signature as Model.
    Model holds no parameters or buffers in its state dict: neither may ModelNew.
    """

    def __init__(self, inplace: bool = False) -> None:
        super().__init__()
        raise NotImplementedError("write the kernel: an elementwise activation (ReLU6)")

    def forward(self, input: Tensor) -> Tensor:
        raise NotImplementedError("write the kernel: an elementwise activation (ReLU6)")


KERNEL = {"id": "e870139ca54610d3", "name": "relu6", "level": 1, "label": "activation", "qualname": "torch.nn.modules.activation.ReLU6", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 32, 112, 112], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3211264,
     "flops": 802816,
     "architectures": ["mobilenet_v1", "mobilenet_v2"],
     "qualname": "torch.nn.modules.activation.ReLU6",
     "path": "conv_stem.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 802816,
     "flops": 200704,
     "architectures": ["mobilenet_v1"],
     "qualname": "torch.nn.modules.activation.ReLU6",
     "path": "layer.11.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 384, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 602112,
     "flops": 150528,
     "architectures": ["mobilenet_v2"],
     "qualname": "torch.nn.modules.activation.ReLU6",
     "path": "layer.6.expand_1x1.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 960, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 376320,
     "flops": 94080,
     "architectures": ["mobilenet_v2"],
     "qualname": "torch.nn.modules.activation.ReLU6",
     "path": "layer.13.expand_1x1.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 192, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1204224,
     "flops": 301056,
     "architectures": ["mobilenet_v2"],
     "qualname": "torch.nn.modules.activation.ReLU6",
     "path": "layer.3.expand_1x1.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 576, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 903168,
     "flops": 225792,
     "architectures": ["mobilenet_v2"],
     "qualname": "torch.nn.modules.activation.ReLU6",
     "path": "layer.10.expand_1x1.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1024, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 401408,
     "flops": 100352,
     "architectures": ["mobilenet_v1"],
     "qualname": "torch.nn.modules.activation.ReLU6",
     "path": "layer.23.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3211264,
     "flops": 802816,
     "architectures": ["mobilenet_v1"],
     "qualname": "torch.nn.modules.activation.ReLU6",
     "path": "layer.3.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 144, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3612672,
     "flops": 903168,
     "architectures": ["mobilenet_v2"],
     "qualname": "torch.nn.modules.activation.ReLU6",
     "path": "layer.1.expand_1x1.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1605632,
     "flops": 401408,
     "architectures": ["mobilenet_v1"],
     "qualname": "torch.nn.modules.activation.ReLU6",
     "path": "layer.7.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 802816,
     "flops": 200704,
     "architectures": ["mobilenet_v1"],
     "qualname": "torch.nn.modules.activation.ReLU6",
     "path": "layer.6.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1280, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 501760,
     "flops": 125440,
     "architectures": ["mobilenet_v2"],
     "qualname": "torch.nn.modules.activation.ReLU6",
     "path": "conv_1x1.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 144, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 903168,
     "flops": 225792,
     "architectures": ["mobilenet_v2"],
     "qualname": "torch.nn.modules.activation.ReLU6",
     "path": "layer.2.conv_3x3.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 192, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 301056,
     "flops": 75264,
     "architectures": ["mobilenet_v2"],
     "qualname": "torch.nn.modules.activation.ReLU6",
     "path": "layer.5.conv_3x3.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 401408,
     "flops": 100352,
     "architectures": ["mobilenet_v1"],
     "qualname": "torch.nn.modules.activation.ReLU6",
     "path": "layer.10.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 200704,
     "flops": 50176,
     "architectures": ["mobilenet_v1"],
     "qualname": "torch.nn.modules.activation.ReLU6",
     "path": "layer.22.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 576, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 225792,
     "flops": 56448,
     "architectures": ["mobilenet_v2"],
     "qualname": "torch.nn.modules.activation.ReLU6",
     "path": "layer.12.conv_3x3.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 112, 112], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 6422528,
     "flops": 1605632,
     "architectures": ["mobilenet_v1"],
     "qualname": "torch.nn.modules.activation.ReLU6",
     "path": "layer.1.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1605632,
     "flops": 401408,
     "architectures": ["mobilenet_v1"],
     "qualname": "torch.nn.modules.activation.ReLU6",
     "path": "layer.2.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 96, 112, 112], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 9633792,
     "flops": 2408448,
     "architectures": ["mobilenet_v2"],
     "qualname": "torch.nn.modules.activation.ReLU6",
     "path": "layer.0.expand_1x1.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 96, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2408448,
     "flops": 602112,
     "architectures": ["mobilenet_v2"],
     "qualname": "torch.nn.modules.activation.ReLU6",
     "path": "layer.0.conv_3x3.activation"},
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
