"""A convolution, a repeated layer: `MobileViTLayer` as transformers runs it, built from L1/layer_norm, L2/align_vision_depthwise_layer, L2/mobile_vit_conv_layer, L2/mobile_vit_inverted_residual (hyper-parameters of batch_norm, div, layer_norm vary per case).

kernel:        984d75829d8394d4
level:         3
label:         convolution
qualnames:     transformers.models.mobilevit.modeling_mobilevit.MobileViTLayer
transformers:  5.24.0
architectures: mobilevit
cases:         1 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.models.mobilevit.configuration_mobilevit import MobileViTConfig
from transformers.models.mobilevit.modeling_mobilevit import MobileViTLayer


class Model(MobileViTLayer):
    """`MobileViTLayer` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(
        self,
        config: MobileViTConfig,
        in_channels: int,
        out_channels: int,
        stride: int,
        hidden_size: int,
        num_stages: int,
        dilation: int = 1,
    ) -> None:
        super().__init__(config, in_channels, out_channels, stride, hidden_size, num_stages, dilation)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A convolution, a repeated layer: `MobileViTLayer` as transformers runs it, built from L1/layer_norm, L2/align_vision_depthwise_layer, L2/mobile_vit_conv_layer, L2/mobile_vit_inverted_residual (hyper-parameters of batch_norm, div, layer_norm vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        downsampling_layer.expand_1x1.convolution.weight [256, 64, 1, 1]
        downsampling_layer.expand_1x1.normalization.weight [256]
        downsampling_layer.expand_1x1.normalization.bias [256]
        downsampling_layer.expand_1x1.normalization.running_mean [256]
        downsampling_layer.expand_1x1.normalization.running_var [256]
        downsampling_layer.expand_1x1.normalization.num_batches_tracked []
        downsampling_layer.conv_3x3.convolution.weight [256, 1, 3, 3]
        downsampling_layer.conv_3x3.normalization.weight [256]
        downsampling_layer.conv_3x3.normalization.bias [256]
        downsampling_layer.conv_3x3.normalization.running_mean [256]
        downsampling_layer.conv_3x3.normalization.running_var [256]
        downsampling_layer.conv_3x3.normalization.num_batches_tracked []
        downsampling_layer.reduce_1x1.convolution.weight [96, 256, 1, 1]
        downsampling_layer.reduce_1x1.normalization.weight [96]
        downsampling_layer.reduce_1x1.normalization.bias [96]
        downsampling_layer.reduce_1x1.normalization.running_mean [96]
        downsampling_layer.reduce_1x1.normalization.running_var [96]
        downsampling_layer.reduce_1x1.normalization.num_batches_tracked []
        conv_kxk.convolution.weight [96, 96, 3, 3]
        conv_kxk.normalization.weight [96]
        conv_kxk.normalization.bias [96]
        conv_kxk.normalization.running_mean [96]
        conv_kxk.normalization.running_var [96]
        conv_kxk.normalization.num_batches_tracked []
        conv_1x1.convolution.weight [144, 96, 1, 1]
        transformer.layer.{0..1}.attention.attention.query.weight [144, 144]
        transformer.layer.{0..1}.attention.attention.query.bias [144]
        transformer.layer.{0..1}.attention.attention.key.weight [144, 144]
        transformer.layer.{0..1}.attention.attention.key.bias [144]
        transformer.layer.{0..1}.attention.attention.value.weight [144, 144]
        transformer.layer.{0..1}.attention.attention.value.bias [144]
        transformer.layer.{0..1}.attention.output.dense.weight [144, 144]
        transformer.layer.{0..1}.attention.output.dense.bias [144]
        transformer.layer.{0..1}.intermediate.dense.weight [288, 144]
        transformer.layer.{0..1}.intermediate.dense.bias [288]
        transformer.layer.{0..1}.output.dense.weight [144, 288]
        transformer.layer.{0..1}.output.dense.bias [144]
        transformer.layer.{0..1}.layernorm_before.weight [144]
        transformer.layer.{0..1}.layernorm_before.bias [144]
        transformer.layer.{0..1}.layernorm_after.weight [144]
        ... and 15 more: Model(*get_init_inputs()).state_dict() lists them
    """

    def __init__(
        self,
        config: MobileViTConfig,
        in_channels: int,
        out_channels: int,
        stride: int,
        hidden_size: int,
        num_stages: int,
        dilation: int = 1,
    ) -> None:
        super().__init__()
        raise NotImplementedError("write the kernel: a convolution (MobileViTLayer)")

    def forward(self, features: torch.Tensor) -> torch.Tensor:
        raise NotImplementedError("write the kernel: a convolution (MobileViTLayer)")


KERNEL = {"id": "984d75829d8394d4", "name": "mobile_vit_layer_984d75", "level": 3, "label": "convolution", "qualname": "transformers.models.mobilevit.modeling_mobilevit.MobileViTLayer", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "MobileViTConfig", "fields": {"attention_probs_dropout_prob": 0.0, "conv_kernel_size": 3, "expand_ratio": 4.0, "hidden_act": "silu", "hidden_dropout_prob": 0.1, "layer_norm_eps": 1e-05, "num_attention_heads": 4, "patch_size": 2, "qkv_bias": True, "attn_implementation": "eager"}}, "in_channels": 64, "out_channels": 96, "stride": 2, "hidden_size": 144, "num_stages": 2, "dilation": 1},
     "inputs": [
        {"name": "features", "kind": "tensor", "shape": [2, 64, 64, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2758912,
     "flops": 3497316352,
     "architectures": ["mobilevit"],
     "qualname": "transformers.models.mobilevit.modeling_mobilevit.MobileViTLayer",
     "path": "encoder.layer.2",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = []


_CONFIGS = {"MobileViTConfig": MobileViTConfig}


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
