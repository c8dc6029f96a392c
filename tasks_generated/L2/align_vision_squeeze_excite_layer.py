"""A convolution, a module built from leaf kernels: `AlignVisionSqueezeExciteLayer` as transformers runs it, built from L1/adaptive_avg_pool2d, L1/conv2d, L1/sigmoid, L1/silu_activation.

kernel:        a7907aa774fc738b
level:         2
label:         convolution
qualnames:     transformers.models.align.modeling_align.AlignVisionSqueezeExciteLayer, transformers.models.efficientnet.modeling_efficientnet.EfficientNetSqueezeExciteLayer
transformers:  5.24.0
architectures: align, efficientnet
cases:         12 real cases, default first (the most common that fits in 8 GB); 12 unmapped
"""

import torch
from torch import nn
from transformers.models.align.configuration_align import AlignVisionConfig
from transformers.models.align.modeling_align import AlignVisionSqueezeExciteLayer


class Model(AlignVisionSqueezeExciteLayer):
    """`AlignVisionSqueezeExciteLayer` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config: AlignVisionConfig, in_dim: int, expand_dim: int, expand: bool = False):
        super().__init__(config, in_dim, expand_dim, expand)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A convolution, a module built from leaf kernels: `AlignVisionSqueezeExciteLayer` as transformers runs it, built from L1/adaptive_avg_pool2d, L1/conv2d, L1/sigmoid, L1/silu_activation.

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        reduce.weight [96, 2304, 1, 1]
        reduce.bias [96]
        expand.weight [2304, 96, 1, 1]
        expand.bias [2304]
    """

    def __init__(self, config: AlignVisionConfig, in_dim: int, expand_dim: int, expand: bool = False):
        super().__init__()
        raise NotImplementedError("write the kernel: a convolution (AlignVisionSqueezeExciteLayer)")

    def forward(self, hidden_states: torch.Tensor) -> torch.Tensor:
        raise NotImplementedError("write the kernel: a convolution (AlignVisionSqueezeExciteLayer)")


KERNEL = {"id": "a7907aa774fc738b", "name": "align_vision_squeeze_excite_layer", "level": 2, "label": "convolution", "qualname": "transformers.models.align.modeling_align.AlignVisionSqueezeExciteLayer", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"hidden_act": "swish", "squeeze_expansion_ratio": 0.25, "attn_implementation": "eager"}}, "in_dim": 384, "expand_dim": 2304, "expand": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 2304, 18, 18], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 6861504,
     "flops": 3271872,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionSqueezeExciteLayer",
     "path": "vision_model.encoder.blocks.39.squeeze_excite",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"hidden_act": "swish", "squeeze_expansion_ratio": 0.25, "attn_implementation": "eager"}}, "in_dim": 160, "expand_dim": 960, "expand": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 960, 37, 37], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 10669520,
     "flops": 2939600,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionSqueezeExciteLayer",
     "path": "vision_model.encoder.blocks.19.squeeze_excite",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"hidden_act": "swish", "squeeze_expansion_ratio": 0.25, "attn_implementation": "eager"}}, "in_dim": 224, "expand_dim": 1344, "expand": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 1344, 37, 37], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 15023344,
     "flops": 4287472,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionSqueezeExciteLayer",
     "path": "vision_model.encoder.blocks.29.squeeze_excite",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"hidden_act": "swish", "squeeze_expansion_ratio": 0.25, "attn_implementation": "eager"}}, "in_dim": 48, "expand_dim": 288, "expand": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 288, 150, 150], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 51854424,
     "flops": 12988824,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionSqueezeExciteLayer",
     "path": "vision_model.encoder.blocks.5.squeeze_excite",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"hidden_act": "swish", "squeeze_expansion_ratio": 0.25, "attn_implementation": "eager"}}, "in_dim": 80, "expand_dim": 480, "expand": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 480, 75, 75], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 21639400,
     "flops": 5478760,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionSqueezeExciteLayer",
     "path": "vision_model.encoder.blocks.12.squeeze_excite",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"hidden_act": "swish", "squeeze_expansion_ratio": 0.25, "attn_implementation": "eager"}}, "in_dim": 32, "expand_dim": 32, "expand": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 32, 300, 300], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 23041104,
     "flops": 5762192,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionSqueezeExciteLayer",
     "path": "vision_model.encoder.blocks.1.squeeze_excite",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"hidden_act": "swish", "squeeze_expansion_ratio": 0.25, "attn_implementation": "eager"}}, "in_dim": 640, "expand_dim": 3840, "expand": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 3840, 18, 18], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 12418880,
     "flops": 7419200,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionSqueezeExciteLayer",
     "path": "vision_model.encoder.blocks.52.squeeze_excite",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"hidden_act": "swish", "squeeze_expansion_ratio": 0.25, "attn_implementation": "eager"}}, "in_dim": 224, "expand_dim": 1344, "expand": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 1344, 18, 18], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3787504,
     "flops": 1478512,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionSqueezeExciteLayer",
     "path": "vision_model.encoder.blocks.38.squeeze_excite",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"hidden_act": "swish", "squeeze_expansion_ratio": 0.25, "attn_implementation": "eager"}}, "in_dim": 32, "expand_dim": 192, "expand": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 192, 150, 150], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 34566544,
     "flops": 8653072,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionSqueezeExciteLayer",
     "path": "vision_model.encoder.blocks.4.squeeze_excite",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"hidden_act": "swish", "squeeze_expansion_ratio": 0.25, "attn_implementation": "eager"}}, "in_dim": 48, "expand_dim": 288, "expand": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 288, 75, 75], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 12974424,
     "flops": 3268824,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionSqueezeExciteLayer",
     "path": "vision_model.encoder.blocks.11.squeeze_excite",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"hidden_act": "swish", "squeeze_expansion_ratio": 0.25, "attn_implementation": "eager"}}, "in_dim": 80, "expand_dim": 480, "expand": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 480, 37, 37], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5296360,
     "flops": 1393000,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionSqueezeExciteLayer",
     "path": "vision_model.encoder.blocks.18.squeeze_excite",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"hidden_act": "swish", "squeeze_expansion_ratio": 0.25, "attn_implementation": "eager"}}, "in_dim": 64, "expand_dim": 64, "expand": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 64, 300, 300], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 46084256,
     "flops": 11528480,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionSqueezeExciteLayer",
     "path": "vision_model.encoder.blocks.0.squeeze_excite",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetSqueezeExciteLayer",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetSqueezeExciteLayer from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetSqueezeExciteLayer",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetSqueezeExciteLayer from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetSqueezeExciteLayer",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetSqueezeExciteLayer from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetSqueezeExciteLayer",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetSqueezeExciteLayer from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetSqueezeExciteLayer",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetSqueezeExciteLayer from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetSqueezeExciteLayer",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetSqueezeExciteLayer from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetSqueezeExciteLayer",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetSqueezeExciteLayer from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetSqueezeExciteLayer",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetSqueezeExciteLayer from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetSqueezeExciteLayer",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetSqueezeExciteLayer from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetSqueezeExciteLayer",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetSqueezeExciteLayer from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetSqueezeExciteLayer",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetSqueezeExciteLayer from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetSqueezeExciteLayer",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetSqueezeExciteLayer from a EfficientNetConfig"},
]


_CONFIGS = {"AlignVisionConfig": AlignVisionConfig}


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
