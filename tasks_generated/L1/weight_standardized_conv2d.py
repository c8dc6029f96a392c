"""A convolution, a leaf kernel: `WeightStandardizedConv2d` as transformers runs it (hyper-parameters of batch_norm vary per case).

kernel:        db5f49cc8246e52f
level:         1
label:         convolution
qualnames:     transformers.models.bit.modeling_bit.WeightStandardizedConv2d
transformers:  5.24.0
architectures: bit
cases:         23 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.models.bit.modeling_bit import WeightStandardizedConv2d


class Model(WeightStandardizedConv2d):
    """`WeightStandardizedConv2d` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(
        self,
        in_channel,
        out_channels,
        kernel_size,
        stride=1,
        padding="SAME",
        dilation=1,
        groups=1,
        bias=False,
        eps=1e-6,
    ):
        super().__init__(in_channel, out_channels, kernel_size, stride, padding, dilation, groups, bias, eps)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A convolution, a leaf kernel: `WeightStandardizedConv2d` as transformers runs it (hyper-parameters of batch_norm vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        weight [1024, 256, 1, 1]
    """

    def __init__(
        self,
        in_channel,
        out_channels,
        kernel_size,
        stride=1,
        padding="SAME",
        dilation=1,
        groups=1,
        bias=False,
        eps=1e-6,
    ):
        super().__init__()
        raise NotImplementedError("write the kernel: a convolution (WeightStandardizedConv2d)")

    def forward(self, hidden_state):
        raise NotImplementedError("write the kernel: a convolution (WeightStandardizedConv2d)")


KERNEL = {"id": "db5f49cc8246e52f", "name": "weight_standardized_conv2d", "level": 1, "label": "convolution", "qualname": "transformers.models.bit.modeling_bit.WeightStandardizedConv2d", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"in_channel": 256, "out_channels": 1024, "kernel_size": 1, "stride": 1, "padding": None, "dilation": 1, "groups": 1, "bias": False, "eps": 1e-08},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 256, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1527808,
     "flops": 205785088,
     "architectures": ["bit"],
     "qualname": "transformers.models.bit.modeling_bit.WeightStandardizedConv2d",
     "path": "encoder.stages.2.layers.0.conv3",
     "param_dtype": "bfloat16"},
    {"init": {"in_channel": 1024, "out_channels": 256, "kernel_size": 1, "stride": 1, "padding": None, "dilation": 1, "groups": 1, "bias": False, "eps": 1e-08},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 1024, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1527808,
     "flops": 205783552,
     "architectures": ["bit"],
     "qualname": "transformers.models.bit.modeling_bit.WeightStandardizedConv2d",
     "path": "encoder.stages.2.layers.1.conv1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channel": 256, "out_channels": 256, "kernel_size": 3, "stride": 1, "padding": None, "dilation": 1, "groups": 1, "bias": False, "eps": 1e-08},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 256, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1581056,
     "flops": 463012352,
     "architectures": ["bit"],
     "qualname": "transformers.models.bit.modeling_bit.WeightStandardizedConv2d",
     "path": "encoder.stages.2.layers.1.conv2",
     "param_dtype": "bfloat16"},
    {"init": {"in_channel": 128, "out_channels": 512, "kernel_size": 1, "stride": 1, "padding": None, "dilation": 1, "groups": 1, "bias": False, "eps": 1e-08},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 128, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2138112,
     "flops": 205587456,
     "architectures": ["bit"],
     "qualname": "transformers.models.bit.modeling_bit.WeightStandardizedConv2d",
     "path": "encoder.stages.1.layers.0.conv3",
     "param_dtype": "bfloat16"},
    {"init": {"in_channel": 64, "out_channels": 256, "kernel_size": 1, "stride": 1, "padding": None, "dilation": 1, "groups": 1, "bias": False, "eps": 1e-08},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 64, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4046848,
     "flops": 205537792,
     "architectures": ["bit"],
     "qualname": "transformers.models.bit.modeling_bit.WeightStandardizedConv2d",
     "path": "encoder.stages.0.layers.0.downsample.conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channel": 128, "out_channels": 128, "kernel_size": 3, "stride": 1, "padding": None, "dilation": 1, "groups": 1, "bias": False, "eps": 1e-08},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 128, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1097728,
     "flops": 462569728,
     "architectures": ["bit"],
     "qualname": "transformers.models.bit.modeling_bit.WeightStandardizedConv2d",
     "path": "encoder.stages.1.layers.1.conv2",
     "param_dtype": "bfloat16"},
    {"init": {"in_channel": 512, "out_channels": 128, "kernel_size": 1, "stride": 1, "padding": None, "dilation": 1, "groups": 1, "bias": False, "eps": 1e-08},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 512, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2138112,
     "flops": 205586688,
     "architectures": ["bit"],
     "qualname": "transformers.models.bit.modeling_bit.WeightStandardizedConv2d",
     "path": "encoder.stages.1.layers.1.conv1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channel": 512, "out_channels": 2048, "kernel_size": 1, "stride": 1, "padding": None, "dilation": 1, "groups": 1, "bias": False, "eps": 1e-08},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 512, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2598912,
     "flops": 206573568,
     "architectures": ["bit"],
     "qualname": "transformers.models.bit.modeling_bit.WeightStandardizedConv2d",
     "path": "encoder.stages.3.layers.0.conv3",
     "param_dtype": "bfloat16"},
    {"init": {"in_channel": 64, "out_channels": 64, "kernel_size": 3, "stride": 1, "padding": None, "dilation": 1, "groups": 1, "bias": False, "eps": 1e-08},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 64, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1679360,
     "flops": 462459008,
     "architectures": ["bit"],
     "qualname": "transformers.models.bit.modeling_bit.WeightStandardizedConv2d",
     "path": "encoder.stages.0.layers.0.conv2",
     "param_dtype": "bfloat16"},
    {"init": {"in_channel": 2048, "out_channels": 512, "kernel_size": 1, "stride": 1, "padding": None, "dilation": 1, "groups": 1, "bias": False, "eps": 1e-08},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 2048, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2598912,
     "flops": 206570496,
     "architectures": ["bit"],
     "qualname": "transformers.models.bit.modeling_bit.WeightStandardizedConv2d",
     "path": "encoder.stages.3.layers.1.conv1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channel": 256, "out_channels": 64, "kernel_size": 1, "stride": 1, "padding": None, "dilation": 1, "groups": 1, "bias": False, "eps": 1e-08},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 256, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4046848,
     "flops": 205537408,
     "architectures": ["bit"],
     "qualname": "transformers.models.bit.modeling_bit.WeightStandardizedConv2d",
     "path": "encoder.stages.0.layers.1.conv1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channel": 512, "out_channels": 512, "kernel_size": 3, "stride": 1, "padding": None, "dilation": 1, "groups": 1, "bias": False, "eps": 1e-08},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 512, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4919296,
     "flops": 464782336,
     "architectures": ["bit"],
     "qualname": "transformers.models.bit.modeling_bit.WeightStandardizedConv2d",
     "path": "encoder.stages.3.layers.1.conv2",
     "param_dtype": "bfloat16"},
    {"init": {"in_channel": 1024, "out_channels": 2048, "kernel_size": 1, "stride": 2, "padding": None, "dilation": 1, "groups": 1, "bias": False, "eps": 1e-08},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 1024, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5398528,
     "flops": 413143040,
     "architectures": ["bit"],
     "qualname": "transformers.models.bit.modeling_bit.WeightStandardizedConv2d",
     "path": "encoder.stages.3.layers.0.downsample.conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channel": 1024, "out_channels": 512, "kernel_size": 1, "stride": 1, "padding": None, "dilation": 1, "groups": 1, "bias": False, "eps": 1e-08},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 1024, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2252800,
     "flops": 411567104,
     "architectures": ["bit"],
     "qualname": "transformers.models.bit.modeling_bit.WeightStandardizedConv2d",
     "path": "encoder.stages.3.layers.0.conv1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channel": 128, "out_channels": 128, "kernel_size": 3, "stride": 2, "padding": None, "dilation": 1, "groups": 1, "bias": False, "eps": 1e-08},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 128, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2301952,
     "flops": 462569728,
     "architectures": ["bit"],
     "qualname": "transformers.models.bit.modeling_bit.WeightStandardizedConv2d",
     "path": "encoder.stages.1.layers.0.conv2",
     "param_dtype": "bfloat16"},
    {"init": {"in_channel": 256, "out_channels": 256, "kernel_size": 3, "stride": 2, "padding": None, "dilation": 1, "groups": 1, "bias": False, "eps": 1e-08},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 256, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2183168,
     "flops": 463012352,
     "architectures": ["bit"],
     "qualname": "transformers.models.bit.modeling_bit.WeightStandardizedConv2d",
     "path": "encoder.stages.2.layers.0.conv2",
     "param_dtype": "bfloat16"},
    {"init": {"in_channel": 256, "out_channels": 512, "kernel_size": 1, "stride": 2, "padding": None, "dilation": 1, "groups": 1, "bias": False, "eps": 1e-08},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 256, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5079040,
     "flops": 411173888,
     "architectures": ["bit"],
     "qualname": "transformers.models.bit.modeling_bit.WeightStandardizedConv2d",
     "path": "encoder.stages.1.layers.0.downsample.conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channel": 256, "out_channels": 128, "kernel_size": 1, "stride": 1, "padding": None, "dilation": 1, "groups": 1, "bias": False, "eps": 1e-08},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 256, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4882432,
     "flops": 411074816,
     "architectures": ["bit"],
     "qualname": "transformers.models.bit.modeling_bit.WeightStandardizedConv2d",
     "path": "encoder.stages.1.layers.0.conv1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channel": 3, "out_channels": 64, "kernel_size": 7, "stride": 2, "padding": None, "dilation": 1, "groups": 1, "bias": False, "eps": 1e-08},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 3, 224, 224], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3832192,
     "flops": 472065344,
     "architectures": ["bit"],
     "qualname": "transformers.models.bit.modeling_bit.WeightStandardizedConv2d",
     "path": "embedder.convolution",
     "param_dtype": "bfloat16"},
    {"init": {"in_channel": 512, "out_channels": 512, "kernel_size": 3, "stride": 2, "padding": None, "dilation": 1, "groups": 1, "bias": False, "eps": 1e-08},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 512, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5220352,
     "flops": 464782336,
     "architectures": ["bit"],
     "qualname": "transformers.models.bit.modeling_bit.WeightStandardizedConv2d",
     "path": "encoder.stages.3.layers.0.conv2",
     "param_dtype": "bfloat16"},
    {"init": {"in_channel": 512, "out_channels": 1024, "kernel_size": 1, "stride": 2, "padding": None, "dilation": 1, "groups": 1, "bias": False, "eps": 1e-08},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 512, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3457024,
     "flops": 411568128,
     "architectures": ["bit"],
     "qualname": "transformers.models.bit.modeling_bit.WeightStandardizedConv2d",
     "path": "encoder.stages.2.layers.0.downsample.conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channel": 512, "out_channels": 256, "kernel_size": 1, "stride": 1, "padding": None, "dilation": 1, "groups": 1, "bias": False, "eps": 1e-08},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 512, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2670592,
     "flops": 411173376,
     "architectures": ["bit"],
     "qualname": "transformers.models.bit.modeling_bit.WeightStandardizedConv2d",
     "path": "encoder.stages.2.layers.0.conv1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channel": 64, "out_channels": 64, "kernel_size": 1, "stride": 1, "padding": None, "dilation": 1, "groups": 1, "bias": False, "eps": 1e-08},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 64, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1613824,
     "flops": 51384448,
     "architectures": ["bit"],
     "qualname": "transformers.models.bit.modeling_bit.WeightStandardizedConv2d",
     "path": "encoder.stages.0.layers.0.conv1",
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
