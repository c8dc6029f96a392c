"""A convolution, a repeated layer: `UnivNetLvcResidualBlock` as transformers runs it, built from L1/conv1d (hyper-parameters of leaky_relu vary per case).

kernel:        b6ddf7dae04dd7ff
level:         3
label:         convolution
qualnames:     transformers.models.univnet.modeling_univnet.UnivNetLvcResidualBlock
transformers:  5.24.0
architectures: univnet
cases:         12 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.models.univnet.configuration_univnet import UnivNetConfig
from transformers.models.univnet.modeling_univnet import UnivNetLvcResidualBlock as Model


class ModelNew(nn.Module):
    """A convolution, a repeated layer: `UnivNetLvcResidualBlock` as transformers runs it, built from L1/conv1d (hyper-parameters of leaky_relu vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        conv.weight [32, 32, 3]
        conv.bias [32]
    """

    def __init__(self, config: UnivNetConfig, kernel_size: int, dilation: int):
        super().__init__()
        raise NotImplementedError("write the kernel: a convolution (UnivNetLvcResidualBlock)")

    def forward(self, hidden_states, kernel, bias, hop_size=256):
        raise NotImplementedError("write the kernel: a convolution (UnivNetLvcResidualBlock)")


KERNEL = {"id": "b6ddf7dae04dd7ff", "name": "univ_net_lvc_residual_block", "level": 3, "label": "convolution", "qualname": "transformers.models.univnet.modeling_univnet.UnivNetLvcResidualBlock", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "UnivNetConfig", "fields": {"leaky_relu_slope": 0.2, "model_hidden_channels": 32, "attn_implementation": "sdpa"}}, "kernel_size": 3, "dilation": 1},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 32, 130304], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "kernel", "kind": "tensor", "shape": [2, 32, 64, 3, 509], "roles": ["batch", "fixed", "fixed", "fixed", "seq"], "dtype": "bfloat16"},
        {"name": "bias", "kind": "tensor", "shape": [2, 64, 509], "roles": ["batch", "fixed", "seq"], "dtype": "bfloat16"},
        {"name": "hop_size", "kind": "int", "value": 256}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 46003520,
     "flops": 4920409472,
     "architectures": ["univnet"],
     "qualname": "transformers.models.univnet.modeling_univnet.UnivNetLvcResidualBlock",
     "path": "resblocks.2.resblocks.0",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "UnivNetConfig", "fields": {"leaky_relu_slope": 0.2, "model_hidden_channels": 32, "attn_implementation": "sdpa"}}, "kernel_size": 3, "dilation": 3},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 32, 130304], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "kernel", "kind": "tensor", "shape": [2, 32, 64, 3, 509], "roles": ["batch", "fixed", "fixed", "fixed", "seq"], "dtype": "bfloat16"},
        {"name": "bias", "kind": "tensor", "shape": [2, 64, 509], "roles": ["batch", "fixed", "seq"], "dtype": "bfloat16"},
        {"name": "hop_size", "kind": "int", "value": 256}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 46003520,
     "flops": 4920409472,
     "architectures": ["univnet"],
     "qualname": "transformers.models.univnet.modeling_univnet.UnivNetLvcResidualBlock",
     "path": "resblocks.2.resblocks.1",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "UnivNetConfig", "fields": {"leaky_relu_slope": 0.2, "model_hidden_channels": 32, "attn_implementation": "sdpa"}}, "kernel_size": 3, "dilation": 9},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 32, 130304], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "kernel", "kind": "tensor", "shape": [2, 32, 64, 3, 509], "roles": ["batch", "fixed", "fixed", "fixed", "seq"], "dtype": "bfloat16"},
        {"name": "bias", "kind": "tensor", "shape": [2, 64, 509], "roles": ["batch", "fixed", "seq"], "dtype": "bfloat16"},
        {"name": "hop_size", "kind": "int", "value": 256}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 46003520,
     "flops": 4920409472,
     "architectures": ["univnet"],
     "qualname": "transformers.models.univnet.modeling_univnet.UnivNetLvcResidualBlock",
     "path": "resblocks.2.resblocks.2",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "UnivNetConfig", "fields": {"leaky_relu_slope": 0.2, "model_hidden_channels": 32, "attn_implementation": "sdpa"}}, "kernel_size": 3, "dilation": 27},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 32, 130304], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "kernel", "kind": "tensor", "shape": [2, 32, 64, 3, 509], "roles": ["batch", "fixed", "fixed", "fixed", "seq"], "dtype": "bfloat16"},
        {"name": "bias", "kind": "tensor", "shape": [2, 64, 509], "roles": ["batch", "fixed", "seq"], "dtype": "bfloat16"},
        {"name": "hop_size", "kind": "int", "value": 256}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 46003520,
     "flops": 4920409472,
     "architectures": ["univnet"],
     "qualname": "transformers.models.univnet.modeling_univnet.UnivNetLvcResidualBlock",
     "path": "resblocks.2.resblocks.3",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "UnivNetConfig", "fields": {"leaky_relu_slope": 0.2, "model_hidden_channels": 32, "attn_implementation": "sdpa"}}, "kernel_size": 3, "dilation": 1},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 32, 32576], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "kernel", "kind": "tensor", "shape": [2, 32, 64, 3, 509], "roles": ["batch", "fixed", "fixed", "fixed", "seq"], "dtype": "bfloat16"},
        {"name": "bias", "kind": "tensor", "shape": [2, 64, 509], "roles": ["batch", "fixed", "seq"], "dtype": "bfloat16"},
        {"name": "hop_size", "kind": "int", "value": 64}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20985152,
     "flops": 1230200192,
     "architectures": ["univnet"],
     "qualname": "transformers.models.univnet.modeling_univnet.UnivNetLvcResidualBlock",
     "path": "resblocks.1.resblocks.0",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "UnivNetConfig", "fields": {"leaky_relu_slope": 0.2, "model_hidden_channels": 32, "attn_implementation": "sdpa"}}, "kernel_size": 3, "dilation": 3},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 32, 32576], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "kernel", "kind": "tensor", "shape": [2, 32, 64, 3, 509], "roles": ["batch", "fixed", "fixed", "fixed", "seq"], "dtype": "bfloat16"},
        {"name": "bias", "kind": "tensor", "shape": [2, 64, 509], "roles": ["batch", "fixed", "seq"], "dtype": "bfloat16"},
        {"name": "hop_size", "kind": "int", "value": 64}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20985152,
     "flops": 1230200192,
     "architectures": ["univnet"],
     "qualname": "transformers.models.univnet.modeling_univnet.UnivNetLvcResidualBlock",
     "path": "resblocks.1.resblocks.1",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "UnivNetConfig", "fields": {"leaky_relu_slope": 0.2, "model_hidden_channels": 32, "attn_implementation": "sdpa"}}, "kernel_size": 3, "dilation": 9},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 32, 32576], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "kernel", "kind": "tensor", "shape": [2, 32, 64, 3, 509], "roles": ["batch", "fixed", "fixed", "fixed", "seq"], "dtype": "bfloat16"},
        {"name": "bias", "kind": "tensor", "shape": [2, 64, 509], "roles": ["batch", "fixed", "seq"], "dtype": "bfloat16"},
        {"name": "hop_size", "kind": "int", "value": 64}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20985152,
     "flops": 1230200192,
     "architectures": ["univnet"],
     "qualname": "transformers.models.univnet.modeling_univnet.UnivNetLvcResidualBlock",
     "path": "resblocks.1.resblocks.2",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "UnivNetConfig", "fields": {"leaky_relu_slope": 0.2, "model_hidden_channels": 32, "attn_implementation": "sdpa"}}, "kernel_size": 3, "dilation": 27},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 32, 32576], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "kernel", "kind": "tensor", "shape": [2, 32, 64, 3, 509], "roles": ["batch", "fixed", "fixed", "fixed", "seq"], "dtype": "bfloat16"},
        {"name": "bias", "kind": "tensor", "shape": [2, 64, 509], "roles": ["batch", "fixed", "seq"], "dtype": "bfloat16"},
        {"name": "hop_size", "kind": "int", "value": 64}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20985152,
     "flops": 1230200192,
     "architectures": ["univnet"],
     "qualname": "transformers.models.univnet.modeling_univnet.UnivNetLvcResidualBlock",
     "path": "resblocks.1.resblocks.3",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "UnivNetConfig", "fields": {"leaky_relu_slope": 0.2, "model_hidden_channels": 32, "attn_implementation": "sdpa"}}, "kernel_size": 3, "dilation": 1},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 32, 4072], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "kernel", "kind": "tensor", "shape": [2, 32, 64, 3, 509], "roles": ["batch", "fixed", "fixed", "fixed", "seq"], "dtype": "bfloat16"},
        {"name": "bias", "kind": "tensor", "shape": [2, 64, 509], "roles": ["batch", "fixed", "seq"], "dtype": "bfloat16"},
        {"name": "hop_size", "kind": "int", "value": 8}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 13688128,
     "flops": 153889152,
     "architectures": ["univnet"],
     "qualname": "transformers.models.univnet.modeling_univnet.UnivNetLvcResidualBlock",
     "path": "resblocks.0.resblocks.0",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "UnivNetConfig", "fields": {"leaky_relu_slope": 0.2, "model_hidden_channels": 32, "attn_implementation": "sdpa"}}, "kernel_size": 3, "dilation": 3},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 32, 4072], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "kernel", "kind": "tensor", "shape": [2, 32, 64, 3, 509], "roles": ["batch", "fixed", "fixed", "fixed", "seq"], "dtype": "bfloat16"},
        {"name": "bias", "kind": "tensor", "shape": [2, 64, 509], "roles": ["batch", "fixed", "seq"], "dtype": "bfloat16"},
        {"name": "hop_size", "kind": "int", "value": 8}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 13688128,
     "flops": 153889152,
     "architectures": ["univnet"],
     "qualname": "transformers.models.univnet.modeling_univnet.UnivNetLvcResidualBlock",
     "path": "resblocks.0.resblocks.1",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "UnivNetConfig", "fields": {"leaky_relu_slope": 0.2, "model_hidden_channels": 32, "attn_implementation": "sdpa"}}, "kernel_size": 3, "dilation": 9},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 32, 4072], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "kernel", "kind": "tensor", "shape": [2, 32, 64, 3, 509], "roles": ["batch", "fixed", "fixed", "fixed", "seq"], "dtype": "bfloat16"},
        {"name": "bias", "kind": "tensor", "shape": [2, 64, 509], "roles": ["batch", "fixed", "seq"], "dtype": "bfloat16"},
        {"name": "hop_size", "kind": "int", "value": 8}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 13688128,
     "flops": 153889152,
     "architectures": ["univnet"],
     "qualname": "transformers.models.univnet.modeling_univnet.UnivNetLvcResidualBlock",
     "path": "resblocks.0.resblocks.2",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "UnivNetConfig", "fields": {"leaky_relu_slope": 0.2, "model_hidden_channels": 32, "attn_implementation": "sdpa"}}, "kernel_size": 3, "dilation": 27},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 32, 4072], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "kernel", "kind": "tensor", "shape": [2, 32, 64, 3, 509], "roles": ["batch", "fixed", "fixed", "fixed", "seq"], "dtype": "bfloat16"},
        {"name": "bias", "kind": "tensor", "shape": [2, 64, 509], "roles": ["batch", "fixed", "seq"], "dtype": "bfloat16"},
        {"name": "hop_size", "kind": "int", "value": 8}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 13688128,
     "flops": 153889152,
     "architectures": ["univnet"],
     "qualname": "transformers.models.univnet.modeling_univnet.UnivNetLvcResidualBlock",
     "path": "resblocks.0.resblocks.3",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = []


_CONFIGS = {"UnivNetConfig": UnivNetConfig}


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
