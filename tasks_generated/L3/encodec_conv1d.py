"""A computation, a repeated layer: `EncodecConv1d` as transformers runs it.

kernel:        85701ea2291629ed
level:         3
label:         other
qualnames:     transformers.models.encodec.modeling_encodec.EncodecConv1d
transformers:  5.24.0
architectures: encodec
cases:         16 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.models.encodec.configuration_encodec import EncodecConfig
from transformers.models.encodec.modeling_encodec import EncodecConv1d


class Model(EncodecConv1d):
    """`EncodecConv1d` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(
        self,
        config,
        in_channels: int,
        out_channels: int,
        kernel_size: int,
        stride: int = 1,
        dilation: int = 1,
    ):
        super().__init__(config, in_channels, out_channels, kernel_size, stride, dilation)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A computation, a repeated layer: `EncodecConv1d` as transformers runs it.

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        conv.bias [64]
        conv.parametrizations.weight.original0 [64, 1, 1]
        conv.parametrizations.weight.original1 [64, 128, 3]
    """

    def __init__(
        self,
        config,
        in_channels: int,
        out_channels: int,
        kernel_size: int,
        stride: int = 1,
        dilation: int = 1,
    ):
        super().__init__()
        raise NotImplementedError("write the kernel: a computation (EncodecConv1d)")

    def forward(self, hidden_states):
        raise NotImplementedError("write the kernel: a computation (EncodecConv1d)")


KERNEL = {"id": "85701ea2291629ed", "name": "encodec_conv1d", "level": 3, "label": "other", "qualname": "transformers.models.encodec.modeling_encodec.EncodecConv1d", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "EncodecConfig", "fields": {"norm_type": "weight_norm", "pad_mode": "reflect", "use_causal_conv": True, "attn_implementation": "eager"}}, "in_channels": 128, "out_channels": 64, "kernel_size": 3, "stride": 1, "dilation": 1},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 128, 2000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1585432,
     "flops": 197145164,
     "architectures": ["encodec"],
     "qualname": "transformers.models.encodec.modeling_encodec.EncodecConv1d",
     "path": "encoder.layers.7.block.1",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "EncodecConfig", "fields": {"norm_type": "weight_norm", "pad_mode": "reflect", "use_causal_conv": True, "attn_implementation": "eager"}}, "in_channels": 128, "out_channels": 256, "kernel_size": 1, "stride": 1, "dilation": 1},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 128, 400], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 680984,
     "flops": 52564236,
     "architectures": ["encodec"],
     "qualname": "transformers.models.encodec.modeling_encodec.EncodecConv1d",
     "path": "encoder.layers.10.block.3",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "EncodecConfig", "fields": {"norm_type": "weight_norm", "pad_mode": "reflect", "use_causal_conv": True, "attn_implementation": "eager"}}, "in_channels": 16, "out_channels": 32, "kernel_size": 1, "stride": 1, "dilation": 1},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 16000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3073176,
     "flops": 33280556,
     "architectures": ["encodec"],
     "qualname": "transformers.models.encodec.modeling_encodec.EncodecConv1d",
     "path": "encoder.layers.1.block.3",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "EncodecConfig", "fields": {"norm_type": "weight_norm", "pad_mode": "reflect", "use_causal_conv": True, "attn_implementation": "eager"}}, "in_channels": 256, "out_channels": 128, "kernel_size": 3, "stride": 1, "dilation": 1},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 256, 400], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 811544,
     "flops": 157590668,
     "architectures": ["encodec"],
     "qualname": "transformers.models.encodec.modeling_encodec.EncodecConv1d",
     "path": "encoder.layers.10.block.1",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "EncodecConfig", "fields": {"norm_type": "weight_norm", "pad_mode": "reflect", "use_causal_conv": True, "attn_implementation": "eager"}}, "in_channels": 32, "out_channels": 16, "kernel_size": 3, "stride": 1, "dilation": 1},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 32, 16000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3075160,
     "flops": 99329692,
     "architectures": ["encodec"],
     "qualname": "transformers.models.encodec.modeling_encodec.EncodecConv1d",
     "path": "encoder.layers.1.block.1",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "EncodecConfig", "fields": {"norm_type": "weight_norm", "pad_mode": "reflect", "use_causal_conv": True, "attn_implementation": "eager"}}, "in_channels": 32, "out_channels": 64, "kernel_size": 1, "stride": 1, "dilation": 1},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 32, 8000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3076376,
     "flops": 66050124,
     "architectures": ["encodec"],
     "qualname": "transformers.models.encodec.modeling_encodec.EncodecConv1d",
     "path": "encoder.layers.4.block.3",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "EncodecConfig", "fields": {"norm_type": "weight_norm", "pad_mode": "reflect", "use_causal_conv": True, "attn_implementation": "eager"}}, "in_channels": 64, "out_channels": 128, "kernel_size": 1, "stride": 1, "dilation": 1},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 64, 2000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1552920,
     "flops": 65800332,
     "architectures": ["encodec"],
     "qualname": "transformers.models.encodec.modeling_encodec.EncodecConv1d",
     "path": "encoder.layers.7.block.3",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "EncodecConfig", "fields": {"norm_type": "weight_norm", "pad_mode": "reflect", "use_causal_conv": True, "attn_implementation": "eager"}}, "in_channels": 64, "out_channels": 32, "kernel_size": 3, "stride": 1, "dilation": 1},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 64, 8000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3084440,
     "flops": 197638444,
     "architectures": ["encodec"],
     "qualname": "transformers.models.encodec.modeling_encodec.EncodecConv1d",
     "path": "encoder.layers.4.block.1",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "EncodecConfig", "fields": {"norm_type": "weight_norm", "pad_mode": "reflect", "use_causal_conv": True, "attn_implementation": "eager"}}, "in_channels": 1, "out_channels": 32, "kernel_size": 7, "stride": 1, "dilation": 1},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 1, 16000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2112600,
     "flops": 14368280,
     "architectures": ["encodec"],
     "qualname": "transformers.models.encodec.modeling_encodec.EncodecConv1d",
     "path": "encoder.layers.0",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "EncodecConfig", "fields": {"norm_type": "weight_norm", "pad_mode": "reflect", "use_causal_conv": True, "attn_implementation": "eager"}}, "in_channels": 128, "out_channels": 256, "kernel_size": 10, "stride": 5, "dilation": 1},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 128, 2000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2090008,
     "flops": 525129228,
     "architectures": ["encodec"],
     "qualname": "transformers.models.encodec.modeling_encodec.EncodecConv1d",
     "path": "encoder.layers.9",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "EncodecConfig", "fields": {"norm_type": "weight_norm", "pad_mode": "reflect", "use_causal_conv": True, "attn_implementation": "eager"}}, "in_channels": 128, "out_channels": 512, "kernel_size": 7, "stride": 1, "dilation": 1},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 128, 50], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1047576,
     "flops": 92224012,
     "architectures": ["encodec"],
     "qualname": "transformers.models.encodec.modeling_encodec.EncodecConv1d",
     "path": "decoder.layers.0",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "EncodecConfig", "fields": {"norm_type": "weight_norm", "pad_mode": "reflect", "use_causal_conv": True, "attn_implementation": "eager"}}, "in_channels": 256, "out_channels": 512, "kernel_size": 16, "stride": 8, "dilation": 1},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 256, 400], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4708376,
     "flops": 421736972,
     "architectures": ["encodec"],
     "qualname": "transformers.models.encodec.modeling_encodec.EncodecConv1d",
     "path": "encoder.layers.12",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "EncodecConfig", "fields": {"norm_type": "weight_norm", "pad_mode": "reflect", "use_causal_conv": True, "attn_implementation": "eager"}}, "in_channels": 32, "out_channels": 64, "kernel_size": 4, "stride": 2, "dilation": 1},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 32, 16000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4112664,
     "flops": 263176396,
     "architectures": ["encodec"],
     "qualname": "transformers.models.encodec.modeling_encodec.EncodecConv1d",
     "path": "encoder.layers.3",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "EncodecConfig", "fields": {"norm_type": "weight_norm", "pad_mode": "reflect", "use_causal_conv": True, "attn_implementation": "eager"}}, "in_channels": 32, "out_channels": 1, "kernel_size": 7, "stride": 1, "dilation": 1},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 32, 16000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2112476,
     "flops": 15360621,
     "architectures": ["encodec"],
     "qualname": "transformers.models.encodec.modeling_encodec.EncodecConv1d",
     "path": "decoder.layers.15",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "EncodecConfig", "fields": {"norm_type": "weight_norm", "pad_mode": "reflect", "use_causal_conv": True, "attn_implementation": "eager"}}, "in_channels": 512, "out_channels": 128, "kernel_size": 7, "stride": 1, "dilation": 1},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 512, 50], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1046040,
     "flops": 92266636,
     "architectures": ["encodec"],
     "qualname": "transformers.models.encodec.modeling_encodec.EncodecConv1d",
     "path": "encoder.layers.15",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "EncodecConfig", "fields": {"norm_type": "weight_norm", "pad_mode": "reflect", "use_causal_conv": True, "attn_implementation": "eager"}}, "in_channels": 64, "out_channels": 128, "kernel_size": 8, "stride": 4, "dilation": 1},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 64, 8000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3203608,
     "flops": 525378188,
     "architectures": ["encodec"],
     "qualname": "transformers.models.encodec.modeling_encodec.EncodecConv1d",
     "path": "encoder.layers.6",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = []


_CONFIGS = {"EncodecConfig": EncodecConfig}


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
