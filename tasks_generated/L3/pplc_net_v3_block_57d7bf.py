"""A convolution, a repeated layer: `PPLCNetV3Block` as transformers runs it, built from L3/pplc_net_v3_depthwise_separable_conv_layer, L3/pplc_net_v3_depthwise_separable_conv_layer_32ffd7 (hyper-parameters of batch_norm vary per case).

kernel:        57d7bf79fda7d748
level:         3
label:         convolution
qualnames:     transformers.models.pp_lcnet_v3.modeling_pp_lcnet_v3.PPLCNetV3Block
transformers:  5.24.0
architectures: pp_lcnet_v3, pp_ocrv5_mobile_det, pp_ocrv5_mobile_rec
cases:         2 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.models.pp_lcnet_v3.configuration_pp_lcnet_v3 import PPLCNetV3Config
from transformers.models.pp_lcnet_v3.modeling_pp_lcnet_v3 import PPLCNetV3Block


class Model(PPLCNetV3Block):
    """`PPLCNetV3Block` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config, stage_index):
        super().__init__(config, stage_index)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A convolution, a repeated layer: `PPLCNetV3Block` as transformers runs it, built from L3/pplc_net_v3_depthwise_separable_conv_layer, L3/pplc_net_v3_depthwise_separable_conv_layer_32ffd7 (hyper-parameters of batch_norm vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        layers.0.depthwise_convolution.conv_symmetric.0.convolution.weight [96, 1, 3, 3]
        layers.0.depthwise_convolution.conv_symmetric.0.normalization.weight [96]
        layers.0.depthwise_convolution.conv_symmetric.0.normalization.bias [96]
        layers.0.depthwise_convolution.conv_symmetric.0.normalization.running_mean [96]
        layers.0.depthwise_convolution.conv_symmetric.0.normalization.running_var [96]
        layers.{0..4}.depthwise_convolution.conv_symmetric.0.normalization.num_batches_tracked []
        layers.0.depthwise_convolution.conv_symmetric.1.convolution.weight [96, 1, 3, 3]
        layers.0.depthwise_convolution.conv_symmetric.1.normalization.weight [96]
        layers.0.depthwise_convolution.conv_symmetric.1.normalization.bias [96]
        layers.0.depthwise_convolution.conv_symmetric.1.normalization.running_mean [96]
        layers.0.depthwise_convolution.conv_symmetric.1.normalization.running_var [96]
        layers.{0..4}.depthwise_convolution.conv_symmetric.1.normalization.num_batches_tracked []
        layers.0.depthwise_convolution.conv_symmetric.2.convolution.weight [96, 1, 3, 3]
        layers.0.depthwise_convolution.conv_symmetric.2.normalization.weight [96]
        layers.0.depthwise_convolution.conv_symmetric.2.normalization.bias [96]
        layers.0.depthwise_convolution.conv_symmetric.2.normalization.running_mean [96]
        layers.0.depthwise_convolution.conv_symmetric.2.normalization.running_var [96]
        layers.{0..4}.depthwise_convolution.conv_symmetric.2.normalization.num_batches_tracked []
        layers.0.depthwise_convolution.conv_symmetric.3.convolution.weight [96, 1, 3, 3]
        layers.0.depthwise_convolution.conv_symmetric.3.normalization.weight [96]
        layers.0.depthwise_convolution.conv_symmetric.3.normalization.bias [96]
        layers.0.depthwise_convolution.conv_symmetric.3.normalization.running_mean [96]
        layers.0.depthwise_convolution.conv_symmetric.3.normalization.running_var [96]
        layers.{0..4}.depthwise_convolution.conv_symmetric.3.normalization.num_batches_tracked []
        layers.0.depthwise_convolution.conv_small_symmetric.convolution.weight [96, 1, 1, 1]
        layers.0.depthwise_convolution.conv_small_symmetric.normalization.weight [96]
        layers.0.depthwise_convolution.conv_small_symmetric.normalization.bias [96]
        layers.0.depthwise_convolution.conv_small_symmetric.normalization.running_mean [96]
        layers.0.depthwise_convolution.conv_small_symmetric.normalization.running_var [96]
        layers.{0..4}.depthwise_convolution.conv_small_symmetric.normalization.num_batches_tracked []
        layers.{0..4}.depthwise_convolution.lab.scale [1]
        layers.{0..4}.depthwise_convolution.lab.bias [1]
        layers.{0..4}.depthwise_convolution.act.lab.scale [1]
        layers.{0..4}.depthwise_convolution.act.lab.bias [1]
        layers.0.pointwise_convolution.conv_symmetric.0.convolution.weight [192, 96, 1, 1]
        layers.{0..4}.pointwise_convolution.conv_symmetric.0.normalization.weight [192]
        layers.{0..4}.pointwise_convolution.conv_symmetric.0.normalization.bias [192]
        layers.{0..4}.pointwise_convolution.conv_symmetric.0.normalization.running_mean [192]
        layers.{0..4}.pointwise_convolution.conv_symmetric.0.normalization.running_var [192]
        layers.{0..4}.pointwise_convolution.conv_symmetric.0.normalization.num_batches_tracked []
        ... and 61 more: Model(*get_init_inputs()).state_dict() lists them
    """

    def __init__(self, config, stage_index):
        super().__init__()
        raise NotImplementedError("write the kernel: a convolution (PPLCNetV3Block)")

    def forward(self, hidden_states):
        raise NotImplementedError("write the kernel: a convolution (PPLCNetV3Block)")


KERNEL = {"id": "57d7bf79fda7d748", "name": "pplc_net_v3_block_57d7bf", "level": 3, "label": "convolution", "qualname": "transformers.models.pp_lcnet_v3.modeling_pp_lcnet_v3.PPLCNetV3Block", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "PPLCNetV3Config", "fields": {"block_configs": [[[3, 16, 32, 1, False]], [[3, 32, 64, 2, False], [3, 64, 64, 1, False]], [[3, 64, 128, 2, False], [3, 128, 128, 1, False]], [[3, 128, 256, 2, False], [5, 256, 256, 1, False], [5, 256, 256, 1, False], [5, 256, 256, 1, False], [5, 256, 256, 1, False]], [[5, 256, 512, 2, True], [5, 512, 512, 1, True], [5, 512, 512, 1, False], [5, 512, 512, 1, False]]], "conv_symmetric_num": 4, "divisor": 16, "hidden_act": "hardswish", "scale": 0.75, "attn_implementation": "eager"}}, "stage_index": 3},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 96, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2018572,
     "flops": 594171648,
     "architectures": ["pp_ocrv5_mobile_det", "pp_ocrv5_mobile_rec"],
     "qualname": "transformers.models.pp_lcnet_v3.modeling_pp_lcnet_v3.PPLCNetV3Block",
     "path": "model.backbone.encoder.blocks.3",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "PPLCNetV3Config", "fields": {"block_configs": [[[3, 16, 32, 1, False]], [[3, 32, 64, 2, False], [3, 64, 64, 1, False]], [[3, 64, 128, 2, False], [3, 128, 128, 1, False]], [[3, 128, 256, 2, False], [5, 256, 256, 1, False], [5, 256, 256, 1, False], [5, 256, 256, 1, False], [5, 256, 256, 1, False]], [[5, 256, 512, 2, True], [5, 512, 512, 1, True], [5, 512, 512, 1, False], [5, 512, 512, 1, False]]], "conv_symmetric_num": 4, "divisor": 8, "hidden_act": "hardswish", "scale": 1.0, "attn_implementation": "eager"}}, "stage_index": 3},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 128, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3281228,
     "flops": 1023439872,
     "architectures": ["pp_lcnet_v3"],
     "qualname": "transformers.models.pp_lcnet_v3.modeling_pp_lcnet_v3.PPLCNetV3Block",
     "path": "encoder.blocks.3",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = []


_CONFIGS = {"PPLCNetV3Config": PPLCNetV3Config}


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
