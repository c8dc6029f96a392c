"""A convolution, a leaf kernel: `NeuCodecDownSample1d` as transformers runs it.

kernel:        1d914267a207c6be
level:         1
label:         convolution
qualnames:     transformers.models.neucodec.modeling_neucodec.NeuCodecDownSample1d, transformers.models.xcodec2.modeling_xcodec2.Xcodec2DownSample1d
transformers:  5.24.0
architectures: neucodec, xcodec2
cases:         12 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.models.neucodec.modeling_neucodec import NeuCodecDownSample1d


class Model(NeuCodecDownSample1d):
    """`NeuCodecDownSample1d` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, ratio=2, kernel_size=None):
        super().__init__(ratio, kernel_size)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A convolution, a leaf kernel: `NeuCodecDownSample1d` as transformers runs it.

    Candidate stub: same constructor and forward signature as Model.
    Model holds no parameters or buffers in its state dict: neither may ModelNew.
    """

    def __init__(self, ratio=2, kernel_size=None):
        super().__init__()
        raise NotImplementedError("write the kernel: a convolution (NeuCodecDownSample1d)")

    def forward(self, hidden_states):
        raise NotImplementedError("write the kernel: a convolution (NeuCodecDownSample1d)")


KERNEL = {"id": "1d914267a207c6be", "name": "neu_codec_down_sample1d", "level": 1, "label": "convolution", "qualname": "transformers.models.neucodec.modeling_neucodec.NeuCodecDownSample1d", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"ratio": 2, "kernel_size": 12},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 192, 8000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 9216048,
     "flops": 39940224,
     "architectures": ["neucodec"],
     "qualname": "transformers.models.neucodec.modeling_neucodec.NeuCodecDownSample1d",
     "path": "acoustic_encoder.block.2.res_unit1.snake1.downsample",
     "param_dtype": "float32"},
    {"init": {"ratio": 2, "kernel_size": 12},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 192, 81440], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 93818928,
     "flops": 406552704,
     "architectures": ["xcodec2"],
     "qualname": "transformers.models.xcodec2.modeling_xcodec2.Xcodec2DownSample1d",
     "path": "acoustic_encoder.block.2.res_unit1.snake1.downsample",
     "param_dtype": "float32"},
    {"init": {"ratio": 2, "kernel_size": 12},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 384, 2000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4608048,
     "flops": 19976448,
     "architectures": ["neucodec"],
     "qualname": "transformers.models.neucodec.modeling_neucodec.NeuCodecDownSample1d",
     "path": "acoustic_encoder.block.3.res_unit1.snake1.downsample",
     "param_dtype": "float32"},
    {"init": {"ratio": 2, "kernel_size": 12},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 384, 20360], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 46909488,
     "flops": 203282688,
     "architectures": ["xcodec2"],
     "qualname": "transformers.models.xcodec2.modeling_xcodec2.Xcodec2DownSample1d",
     "path": "acoustic_encoder.block.3.res_unit1.snake1.downsample",
     "param_dtype": "float32"},
    {"init": {"ratio": 2, "kernel_size": 12},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 48, 32000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 9216048,
     "flops": 39937056,
     "architectures": ["neucodec"],
     "qualname": "transformers.models.neucodec.modeling_neucodec.NeuCodecDownSample1d",
     "path": "acoustic_encoder.block.0.res_unit1.snake1.downsample",
     "param_dtype": "float32"},
    {"init": {"ratio": 2, "kernel_size": 12},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 48, 325760], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 93818928,
     "flops": 406549536,
     "architectures": ["xcodec2"],
     "qualname": "transformers.models.xcodec2.modeling_xcodec2.Xcodec2DownSample1d",
     "path": "acoustic_encoder.block.0.res_unit1.snake1.downsample",
     "param_dtype": "float32"},
    {"init": {"ratio": 2, "kernel_size": 12},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 768, 500], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2304048,
     "flops": 10000896,
     "architectures": ["neucodec"],
     "qualname": "transformers.models.neucodec.modeling_neucodec.NeuCodecDownSample1d",
     "path": "acoustic_encoder.block.4.res_unit1.snake1.downsample",
     "param_dtype": "float32"},
    {"init": {"ratio": 2, "kernel_size": 12},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 768, 5090], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 23454768,
     "flops": 101654016,
     "architectures": ["xcodec2"],
     "qualname": "transformers.models.xcodec2.modeling_xcodec2.Xcodec2DownSample1d",
     "path": "acoustic_encoder.block.4.res_unit1.snake1.downsample",
     "param_dtype": "float32"},
    {"init": {"ratio": 2, "kernel_size": 12},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 96, 16000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 9216048,
     "flops": 39938112,
     "architectures": ["neucodec"],
     "qualname": "transformers.models.neucodec.modeling_neucodec.NeuCodecDownSample1d",
     "path": "acoustic_encoder.block.1.res_unit1.snake1.downsample",
     "param_dtype": "float32"},
    {"init": {"ratio": 2, "kernel_size": 12},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 96, 162880], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 93818928,
     "flops": 406550592,
     "architectures": ["xcodec2"],
     "qualname": "transformers.models.xcodec2.modeling_xcodec2.Xcodec2DownSample1d",
     "path": "acoustic_encoder.block.1.res_unit1.snake1.downsample",
     "param_dtype": "float32"},
    {"init": {"ratio": 2, "kernel_size": 12},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 1536, 1018], "roles": ["batch", "fixed", "batch*seq"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 9381936,
     "flops": 40688640,
     "architectures": ["xcodec2"],
     "qualname": "transformers.models.xcodec2.modeling_xcodec2.Xcodec2DownSample1d",
     "path": "acoustic_encoder.snake1.downsample",
     "param_dtype": "float32"},
    {"init": {"ratio": 2, "kernel_size": 12},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 1536, 100], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 921648,
     "flops": 4027392,
     "architectures": ["neucodec"],
     "qualname": "transformers.models.neucodec.modeling_neucodec.NeuCodecDownSample1d",
     "path": "acoustic_encoder.snake1.downsample",
     "param_dtype": "float32"},
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
