"""A convolution, a whole model: `EfficientNetModel` as transformers runs it, built from L1/avg_pool2d, L2/align_vision_depthwise_layer_47cd00 (hyper-parameters of batch_norm vary per case).

kernel:        186d5c42c102251d
level:         4
label:         convolution
qualnames:     transformers.models.efficientnet.modeling_efficientnet.EfficientNetModel
transformers:  5.24.0
architectures: efficientnet
cases:         1 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.modeling_outputs import BaseModelOutputWithPoolingAndNoAttention
from transformers.models.efficientnet.configuration_efficientnet import EfficientNetConfig
from transformers.models.efficientnet.modeling_efficientnet import EfficientNetModel


class Model(EfficientNetModel):
    """`EfficientNetModel` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config: EfficientNetConfig):
        super().__init__(config)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A convolution, a whole model: `EfficientNetModel` as transformers runs it, built from L1/avg_pool2d, L2/align_vision_depthwise_layer_47cd00 (hyper-parameters of batch_norm vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        embeddings.convolution.weight [64, 3, 3, 3]
        embeddings.batchnorm.weight [64]
        embeddings.batchnorm.bias [64]
        embeddings.batchnorm.running_mean [64]
        embeddings.batchnorm.running_var [64]
        embeddings.batchnorm.num_batches_tracked []
        encoder.blocks.0.depthwise_conv.depthwise_conv.weight [64, 1, 3, 3]
        encoder.blocks.0.depthwise_conv.depthwise_norm.weight [64]
        encoder.blocks.0.depthwise_conv.depthwise_norm.bias [64]
        encoder.blocks.0.depthwise_conv.depthwise_norm.running_mean [64]
        encoder.blocks.0.depthwise_conv.depthwise_norm.running_var [64]
        encoder.blocks.{0..54}.depthwise_conv.depthwise_norm.num_batches_tracked []
        encoder.blocks.0.squeeze_excite.reduce.weight [16, 64, 1, 1]
        encoder.blocks.0.squeeze_excite.reduce.bias [16]
        encoder.blocks.0.squeeze_excite.expand.weight [64, 16, 1, 1]
        encoder.blocks.0.squeeze_excite.expand.bias [64]
        encoder.blocks.0.projection.project_conv.weight [32, 64, 1, 1]
        encoder.blocks.{0..3}.projection.project_bn.weight [32]
        encoder.blocks.{0..3}.projection.project_bn.bias [32]
        encoder.blocks.{0..3}.projection.project_bn.running_mean [32]
        encoder.blocks.{0..3}.projection.project_bn.running_var [32]
        encoder.blocks.{0..54}.projection.project_bn.num_batches_tracked []
        encoder.blocks.{1..3}.depthwise_conv.depthwise_conv.weight [32, 1, 3, 3]
        encoder.blocks.{1..3}.depthwise_conv.depthwise_norm.weight [32]
        encoder.blocks.{1..3}.depthwise_conv.depthwise_norm.bias [32]
        encoder.blocks.{1..3}.depthwise_conv.depthwise_norm.running_mean [32]
        encoder.blocks.{1..3}.depthwise_conv.depthwise_norm.running_var [32]
        encoder.blocks.{1..3}.squeeze_excite.reduce.weight [8, 32, 1, 1]
        encoder.blocks.{1..4}.squeeze_excite.reduce.bias [8]
        encoder.blocks.{1..3}.squeeze_excite.expand.weight [32, 8, 1, 1]
        encoder.blocks.{1..3}.squeeze_excite.expand.bias [32]
        encoder.blocks.{1..3}.projection.project_conv.weight [32, 32, 1, 1]
        encoder.blocks.4.expansion.expand_conv.weight [192, 32, 1, 1]
        encoder.blocks.4.expansion.expand_bn.weight [192]
        encoder.blocks.4.expansion.expand_bn.bias [192]
        encoder.blocks.4.expansion.expand_bn.running_mean [192]
        encoder.blocks.4.expansion.expand_bn.running_var [192]
        encoder.blocks.{4..54}.expansion.expand_bn.num_batches_tracked []
        encoder.blocks.4.depthwise_conv.depthwise_conv.weight [192, 1, 3, 3]
        encoder.blocks.4.depthwise_conv.depthwise_norm.weight [192]
        ... and 136 more: Model(*get_init_inputs()).state_dict() lists them
    """

    def __init__(self, config: EfficientNetConfig):
        super().__init__()
        raise NotImplementedError("write the kernel: a convolution (EfficientNetModel)")

    def forward(
        self,
        pixel_values: torch.Tensor | None = None,
        output_hidden_states: bool | None = None,
        return_dict: bool | None = None,
        **kwargs,
    ) -> tuple | BaseModelOutputWithPoolingAndNoAttention:
        raise NotImplementedError("write the kernel: a convolution (EfficientNetModel)")


KERNEL = {"id": "186d5c42c102251d", "name": "efficient_net_model", "level": 4, "label": "convolution", "qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetModel", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "EfficientNetConfig", "fields": {"batch_norm_eps": 0.001, "batch_norm_momentum": 0.99, "depth_divisor": 8, "hidden_act": "swish", "hidden_dim": 2560, "num_channels": 3, "pooling_type": "mean", "squeeze_expansion_ratio": 0.25, "width_coefficient": 2.0, "attn_implementation": "eager"}}},
     "inputs": [
        {"name": "pixel_values", "kind": "tensor", "shape": [2, 3, 600, 600], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 135843360,
     "flops": 143473125414,
     "architectures": ["efficientnet"],
     "qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetModel",
     "path": "",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = []


_CONFIGS = {"EfficientNetConfig": EfficientNetConfig}


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
