"""A convolution, a module built from leaf kernels: `MobileNetV2ConvLayer` as transformers runs it, built from L1/batch_norm2d, L1/constant_pad1d, L1/conv2d_057413, L1/relu6 (hyper-parameters of batch_norm, hardtanh vary per case).

kernel:        6434a7fc1e2cedbf
level:         2
label:         convolution
qualnames:     transformers.models.mobilenet_v2.modeling_mobilenet_v2.MobileNetV2ConvLayer, transformers.models.mobilenet_v1.modeling_mobilenet_v1.MobileNetV1ConvLayer
transformers:  5.24.0
architectures: mobilenet_v1, mobilenet_v2
cases:         18 real cases, default first (the most common that fits in 8 GB); 1 unmapped
"""

import torch
from torch import nn
from transformers.models.mobilenet_v2.configuration_mobilenet_v2 import MobileNetV2Config
from transformers.models.mobilenet_v2.modeling_mobilenet_v2 import MobileNetV2ConvLayer


class Model(MobileNetV2ConvLayer):
    """`MobileNetV2ConvLayer` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(
        self,
        config: MobileNetV2Config,
        in_channels: int,
        out_channels: int,
        kernel_size: int,
        stride: int = 1,
        groups: int = 1,
        bias: bool = False,
        dilation: int = 1,
        use_normalization: bool = True,
        use_activation: bool | str = True,
        layer_norm_eps: float | None = None,
    ) -> None:
        super().__init__(config, in_channels, out_channels, kernel_size, stride, groups, bias, dilation, use_normalization, use_activation, layer_norm_eps)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A convolution, a module built from leaf kernels: `MobileNetV2ConvLayer` as transformers runs it, built from L1/batch_norm2d, L1/constant_pad1d, L1/conv2d_057413, L1/relu6 (hyper-parameters of batch_norm, hardtanh vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        convolution.weight [384, 1, 3, 3]
        normalization.weight [384]
        normalization.bias [384]
        normalization.running_mean [384]
        normalization.running_var [384]
        normalization.num_batches_tracked []
    """

    def __init__(
        self,
        config: MobileNetV2Config,
        in_channels: int,
        out_channels: int,
        kernel_size: int,
        stride: int = 1,
        groups: int = 1,
        bias: bool = False,
        dilation: int = 1,
        use_normalization: bool = True,
        use_activation: bool | str = True,
        layer_norm_eps: float | None = None,
    ) -> None:
        super().__init__()
        raise NotImplementedError("write the kernel: a convolution (MobileNetV2ConvLayer)")

    def forward(self, features: torch.Tensor) -> torch.Tensor:
        raise NotImplementedError("write the kernel: a convolution (MobileNetV2ConvLayer)")


KERNEL = {"id": "6434a7fc1e2cedbf", "name": "mobile_net_v2_conv_layer", "level": 2, "label": "convolution", "qualname": "transformers.models.mobilenet_v2.modeling_mobilenet_v2.MobileNetV2ConvLayer", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "MobileNetV2Config", "fields": {"hidden_act": "relu6", "layer_norm_eps": 0.001, "tf_padding": True, "attn_implementation": "eager"}}, "in_channels": 384, "out_channels": 384, "kernel_size": 3, "stride": 1, "groups": 384, "bias": False, "dilation": 1, "use_normalization": True, "use_activation": True, "layer_norm_eps": None},
     "inputs": [
        {"name": "features", "kind": "tensor", "shape": [2, 384, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 612096,
     "flops": 3207168,
     "architectures": ["mobilenet_v2"],
     "qualname": "transformers.models.mobilenet_v2.modeling_mobilenet_v2.MobileNetV2ConvLayer",
     "path": "layer.6.conv_3x3",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MobileNetV2Config", "fields": {"hidden_act": "relu6", "layer_norm_eps": 0.001, "tf_padding": True, "attn_implementation": "eager"}}, "in_channels": 64, "out_channels": 384, "kernel_size": 1, "stride": 1, "groups": 1, "bias": False, "dilation": 1, "use_normalization": True, "use_activation": True, "layer_norm_eps": None},
     "inputs": [
        {"name": "features", "kind": "tensor", "shape": [2, 64, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 403456,
     "flops": 19593728,
     "architectures": ["mobilenet_v2"],
     "qualname": "transformers.models.mobilenet_v2.modeling_mobilenet_v2.MobileNetV2ConvLayer",
     "path": "layer.6.expand_1x1",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MobileNetV2Config", "fields": {"hidden_act": "relu6", "layer_norm_eps": 0.001, "tf_padding": True, "attn_implementation": "eager"}}, "in_channels": 160, "out_channels": 960, "kernel_size": 1, "stride": 1, "groups": 1, "bias": False, "dilation": 1, "use_normalization": True, "use_activation": True, "layer_norm_eps": None},
     "inputs": [
        {"name": "features", "kind": "tensor", "shape": [2, 160, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 534400,
     "flops": 30309440,
     "architectures": ["mobilenet_v2"],
     "qualname": "transformers.models.mobilenet_v2.modeling_mobilenet_v2.MobileNetV2ConvLayer",
     "path": "layer.13.expand_1x1",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MobileNetV2Config", "fields": {"hidden_act": "relu6", "layer_norm_eps": 0.001, "tf_padding": True, "attn_implementation": "eager"}}, "in_channels": 32, "out_channels": 192, "kernel_size": 1, "stride": 1, "groups": 1, "bias": False, "dilation": 1, "use_normalization": True, "use_activation": True, "layer_norm_eps": None},
     "inputs": [
        {"name": "features", "kind": "tensor", "shape": [2, 32, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 716288,
     "flops": 19919872,
     "architectures": ["mobilenet_v2"],
     "qualname": "transformers.models.mobilenet_v2.modeling_mobilenet_v2.MobileNetV2ConvLayer",
     "path": "layer.3.expand_1x1",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MobileNetV2Config", "fields": {"hidden_act": "relu6", "layer_norm_eps": 0.001, "tf_padding": True, "attn_implementation": "eager"}}, "in_channels": 96, "out_channels": 576, "kernel_size": 1, "stride": 1, "groups": 1, "bias": False, "dilation": 1, "use_normalization": True, "use_activation": True, "layer_norm_eps": None},
     "inputs": [
        {"name": "features", "kind": "tensor", "shape": [2, 96, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 642048,
     "flops": 43841280,
     "architectures": ["mobilenet_v2"],
     "qualname": "transformers.models.mobilenet_v2.modeling_mobilenet_v2.MobileNetV2ConvLayer",
     "path": "layer.10.expand_1x1",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MobileNetV2Config", "fields": {"hidden_act": "relu6", "layer_norm_eps": 0.001, "tf_padding": True, "attn_implementation": "eager"}}, "in_channels": 960, "out_channels": 960, "kernel_size": 3, "stride": 1, "groups": 960, "bias": False, "dilation": 1, "use_normalization": True, "use_activation": True, "layer_norm_eps": None},
     "inputs": [
        {"name": "features", "kind": "tensor", "shape": [2, 960, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 401280,
     "flops": 2037120,
     "architectures": ["mobilenet_v2"],
     "qualname": "transformers.models.mobilenet_v2.modeling_mobilenet_v2.MobileNetV2ConvLayer",
     "path": "layer.13.conv_3x3",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MobileNetV2Config", "fields": {"hidden_act": "relu6", "layer_norm_eps": 0.001, "tf_padding": True, "attn_implementation": "eager"}}, "in_channels": 192, "out_channels": 192, "kernel_size": 3, "stride": 1, "groups": 192, "bias": False, "dilation": 1, "use_normalization": True, "use_activation": True, "layer_norm_eps": None},
     "inputs": [
        {"name": "features", "kind": "tensor", "shape": [2, 192, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1209216,
     "flops": 6366720,
     "architectures": ["mobilenet_v2"],
     "qualname": "transformers.models.mobilenet_v2.modeling_mobilenet_v2.MobileNetV2ConvLayer",
     "path": "layer.3.conv_3x3",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MobileNetV2Config", "fields": {"hidden_act": "relu6", "layer_norm_eps": 0.001, "tf_padding": True, "attn_implementation": "eager"}}, "in_channels": 24, "out_channels": 144, "kernel_size": 1, "stride": 1, "groups": 1, "bias": False, "dilation": 1, "use_normalization": True, "use_activation": True, "layer_norm_eps": None},
     "inputs": [
        {"name": "features", "kind": "tensor", "shape": [2, 24, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2115456,
     "flops": 45308928,
     "architectures": ["mobilenet_v2"],
     "qualname": "transformers.models.mobilenet_v2.modeling_mobilenet_v2.MobileNetV2ConvLayer",
     "path": "layer.1.expand_1x1",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MobileNetV2Config", "fields": {"hidden_act": "relu6", "layer_norm_eps": 0.001, "tf_padding": True, "attn_implementation": "eager"}}, "in_channels": 576, "out_channels": 576, "kernel_size": 3, "stride": 1, "groups": 576, "bias": False, "dilation": 1, "use_normalization": True, "use_activation": True, "layer_norm_eps": None},
     "inputs": [
        {"name": "features", "kind": "tensor", "shape": [2, 576, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 918144,
     "flops": 4810752,
     "architectures": ["mobilenet_v2"],
     "qualname": "transformers.models.mobilenet_v2.modeling_mobilenet_v2.MobileNetV2ConvLayer",
     "path": "layer.10.conv_3x3",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MobileNetV2Config", "fields": {"hidden_act": "relu6", "layer_norm_eps": 0.001, "tf_padding": True, "attn_implementation": "eager"}}, "in_channels": 144, "out_channels": 144, "kernel_size": 3, "stride": 1, "groups": 144, "bias": False, "dilation": 1, "use_normalization": True, "use_activation": True, "layer_norm_eps": None},
     "inputs": [
        {"name": "features", "kind": "tensor", "shape": [2, 144, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3616416,
     "flops": 19032192,
     "architectures": ["mobilenet_v2"],
     "qualname": "transformers.models.mobilenet_v2.modeling_mobilenet_v2.MobileNetV2ConvLayer",
     "path": "layer.1.conv_3x3",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MobileNetV2Config", "fields": {"hidden_act": "relu6", "layer_norm_eps": 0.001, "tf_padding": True, "attn_implementation": "eager"}}, "in_channels": 144, "out_channels": 144, "kernel_size": 3, "stride": 2, "groups": 144, "bias": False, "dilation": 1, "use_normalization": True, "use_activation": True, "layer_norm_eps": None},
     "inputs": [
        {"name": "features", "kind": "tensor", "shape": [2, 144, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2261664,
     "flops": 5451552,
     "architectures": ["mobilenet_v2"],
     "qualname": "transformers.models.mobilenet_v2.modeling_mobilenet_v2.MobileNetV2ConvLayer",
     "path": "layer.2.conv_3x3",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MobileNetV2Config", "fields": {"hidden_act": "relu6", "layer_norm_eps": 0.001, "tf_padding": True, "attn_implementation": "eager"}}, "in_channels": 16, "out_channels": 96, "kernel_size": 1, "stride": 1, "groups": 1, "bias": False, "dilation": 1, "use_normalization": True, "use_activation": True, "layer_norm_eps": None},
     "inputs": [
        {"name": "features", "kind": "tensor", "shape": [2, 16, 112, 112], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5623552,
     "flops": 82288640,
     "architectures": ["mobilenet_v2"],
     "qualname": "transformers.models.mobilenet_v2.modeling_mobilenet_v2.MobileNetV2ConvLayer",
     "path": "layer.0.expand_1x1",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MobileNetV2Config", "fields": {"hidden_act": "relu6", "layer_norm_eps": 0.001, "tf_padding": True, "attn_implementation": "eager"}}, "in_channels": 192, "out_channels": 192, "kernel_size": 3, "stride": 2, "groups": 192, "bias": False, "dilation": 1, "use_normalization": True, "use_activation": True, "layer_norm_eps": None},
     "inputs": [
        {"name": "features", "kind": "tensor", "shape": [2, 192, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 757632,
     "flops": 1828224,
     "architectures": ["mobilenet_v2"],
     "qualname": "transformers.models.mobilenet_v2.modeling_mobilenet_v2.MobileNetV2ConvLayer",
     "path": "layer.5.conv_3x3",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MobileNetV2Config", "fields": {"hidden_act": "relu6", "layer_norm_eps": 0.001, "tf_padding": True, "attn_implementation": "eager"}}, "in_channels": 3, "out_channels": 32, "kernel_size": 3, "stride": 2, "groups": 1, "bias": False, "dilation": 1, "use_normalization": True, "use_activation": True, "layer_norm_eps": None},
     "inputs": [
        {"name": "features", "kind": "tensor", "shape": [2, 3, 224, 224], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2209728,
     "flops": 45261446,
     "architectures": ["mobilenet_v2"],
     "qualname": "transformers.models.mobilenet_v2.modeling_mobilenet_v2.MobileNetV2ConvLayer",
     "path": "conv_stem.first_conv",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MobileNetV2Config", "fields": {"hidden_act": "relu6", "layer_norm_eps": 0.001, "tf_padding": True, "attn_implementation": "eager"}}, "in_channels": 32, "out_channels": 32, "kernel_size": 3, "stride": 1, "groups": 32, "bias": False, "dilation": 1, "use_normalization": True, "use_activation": True, "layer_norm_eps": None},
     "inputs": [
        {"name": "features", "kind": "tensor", "shape": [2, 32, 112, 112], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3212096,
     "flops": 16888064,
     "architectures": ["mobilenet_v2"],
     "qualname": "transformers.models.mobilenet_v2.modeling_mobilenet_v2.MobileNetV2ConvLayer",
     "path": "conv_stem.conv_3x3",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MobileNetV2Config", "fields": {"hidden_act": "relu6", "layer_norm_eps": 0.001, "tf_padding": True, "attn_implementation": "eager"}}, "in_channels": 320, "out_channels": 1280, "kernel_size": 1, "stride": 1, "groups": 1, "bias": False, "dilation": 1, "use_normalization": True, "use_activation": True, "layer_norm_eps": None},
     "inputs": [
        {"name": "features", "kind": "tensor", "shape": [2, 320, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1143040,
     "flops": 80563840,
     "architectures": ["mobilenet_v2"],
     "qualname": "transformers.models.mobilenet_v2.modeling_mobilenet_v2.MobileNetV2ConvLayer",
     "path": "conv_1x1",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MobileNetV2Config", "fields": {"hidden_act": "relu6", "layer_norm_eps": 0.001, "tf_padding": True, "attn_implementation": "eager"}}, "in_channels": 576, "out_channels": 576, "kernel_size": 3, "stride": 2, "groups": 576, "bias": False, "dilation": 1, "use_normalization": True, "use_activation": True, "layer_norm_eps": None},
     "inputs": [
        {"name": "features", "kind": "tensor", "shape": [2, 576, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 579456,
     "flops": 1388160,
     "architectures": ["mobilenet_v2"],
     "qualname": "transformers.models.mobilenet_v2.modeling_mobilenet_v2.MobileNetV2ConvLayer",
     "path": "layer.12.conv_3x3",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MobileNetV2Config", "fields": {"hidden_act": "relu6", "layer_norm_eps": 0.001, "tf_padding": True, "attn_implementation": "eager"}}, "in_channels": 96, "out_channels": 96, "kernel_size": 3, "stride": 2, "groups": 96, "bias": False, "dilation": 1, "use_normalization": True, "use_activation": True, "layer_norm_eps": None},
     "inputs": [
        {"name": "features", "kind": "tensor", "shape": [2, 96, 112, 112], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 6023616,
     "flops": 14493888,
     "architectures": ["mobilenet_v2"],
     "qualname": "transformers.models.mobilenet_v2.modeling_mobilenet_v2.MobileNetV2ConvLayer",
     "path": "layer.0.conv_3x3",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.mobilenet_v1.modeling_mobilenet_v1.MobileNetV1ConvLayer",
     "architectures": ["mobilenet_v1"],
     "reason": "built by MobileNetV1ConvLayer from a MobileNetV1Config"},
]


_CONFIGS = {"MobileNetV2Config": MobileNetV2Config}


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
