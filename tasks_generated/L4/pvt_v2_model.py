"""A convolution, a whole model: `PvtV2Model` as transformers runs it (hyper-parameters of div, layer_norm vary per case).

kernel:        77f22f4af98d9c53
level:         4
label:         convolution
qualnames:     transformers.models.pvt_v2.modeling_pvt_v2.PvtV2Model
transformers:  5.24.0
architectures: pvt_v2
cases:         1 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.modeling_outputs import BaseModelOutput
from transformers.models.pvt_v2.configuration_pvt_v2 import PvtV2Config
from transformers.models.pvt_v2.modeling_pvt_v2 import PvtV2Model


class Model(PvtV2Model):
    """`PvtV2Model` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config: PvtV2Config):
        super().__init__(config)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A convolution, a whole model: `PvtV2Model` as transformers runs it (hyper-parameters of div, layer_norm vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        encoder.layers.0.patch_embedding.proj.weight [32, 3, 7, 7]
        encoder.layers.0.patch_embedding.proj.bias [32]
        encoder.layers.0.patch_embedding.layer_norm.weight [32]
        encoder.layers.0.patch_embedding.layer_norm.bias [32]
        encoder.layers.0.blocks.0.layer_norm_1.weight [32]
        encoder.layers.0.blocks.0.layer_norm_1.bias [32]
        encoder.layers.0.blocks.0.attention.query.weight [32, 32]
        encoder.layers.0.blocks.0.attention.query.bias [32]
        encoder.layers.0.blocks.0.attention.key.weight [32, 32]
        encoder.layers.0.blocks.0.attention.key.bias [32]
        encoder.layers.0.blocks.0.attention.value.weight [32, 32]
        encoder.layers.0.blocks.0.attention.value.bias [32]
        encoder.layers.0.blocks.0.attention.proj.weight [32, 32]
        encoder.layers.0.blocks.0.attention.proj.bias [32]
        encoder.layers.0.blocks.0.attention.spatial_reduction.weight [32, 32, 8, 8]
        encoder.layers.0.blocks.0.attention.spatial_reduction.bias [32]
        encoder.layers.0.blocks.0.attention.layer_norm.weight [32]
        encoder.layers.0.blocks.0.attention.layer_norm.bias [32]
        encoder.layers.0.blocks.0.layer_norm_2.weight [32]
        encoder.layers.0.blocks.0.layer_norm_2.bias [32]
        encoder.layers.0.blocks.0.mlp.dense1.weight [256, 32]
        encoder.layers.0.blocks.0.mlp.dense1.bias [256]
        encoder.layers.0.blocks.0.mlp.dwconv.dwconv.weight [256, 1, 3, 3]
        encoder.layers.0.blocks.0.mlp.dwconv.dwconv.bias [256]
        encoder.layers.0.blocks.0.mlp.dense2.weight [32, 256]
        encoder.layers.0.blocks.0.mlp.dense2.bias [32]
        encoder.layers.0.blocks.1.layer_norm_1.weight [32]
        encoder.layers.0.blocks.1.layer_norm_1.bias [32]
        encoder.layers.0.blocks.1.attention.query.weight [32, 32]
        encoder.layers.0.blocks.1.attention.query.bias [32]
        encoder.layers.0.blocks.1.attention.key.weight [32, 32]
        encoder.layers.0.blocks.1.attention.key.bias [32]
        encoder.layers.0.blocks.1.attention.value.weight [32, 32]
        encoder.layers.0.blocks.1.attention.value.bias [32]
        encoder.layers.0.blocks.1.attention.proj.weight [32, 32]
        encoder.layers.0.blocks.1.attention.proj.bias [32]
        encoder.layers.0.blocks.1.attention.spatial_reduction.weight [32, 32, 8, 8]
        encoder.layers.0.blocks.1.attention.spatial_reduction.bias [32]
        encoder.layers.0.blocks.1.attention.layer_norm.weight [32]
        encoder.layers.0.blocks.1.attention.layer_norm.bias [32]
        ... and 152 more: Model(*get_init_inputs()).state_dict() lists them
    """

    def __init__(self, config: PvtV2Config):
        super().__init__()
        raise NotImplementedError("write the kernel: a convolution (PvtV2Model)")

    def forward(
        self,
        pixel_values: torch.Tensor,
        output_attentions: bool | None = None,
        output_hidden_states: bool | None = None,
        return_dict: bool | None = None,
        **kwargs,
    ) -> tuple | BaseModelOutput:
        raise NotImplementedError("write the kernel: a convolution (PvtV2Model)")


KERNEL = {"id": "77f22f4af98d9c53", "name": "pvt_v2_model", "level": 4, "label": "convolution", "qualname": "transformers.models.pvt_v2.modeling_pvt_v2.PvtV2Model", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "PvtV2Config", "fields": {"attention_probs_dropout_prob": 0.0, "depths": [2, 2, 2, 2], "drop_path_rate": 0.0, "hidden_act": "gelu", "hidden_dropout_prob": 0.0, "hidden_sizes": [32, 64, 160, 256], "layer_norm_eps": 1e-06, "linear_attention": False, "mlp_ratios": [8, 8, 4, 4], "num_attention_heads": [1, 2, 5, 8], "num_channels": 3, "patch_sizes": [7, 3, 3, 3], "qkv_bias": True, "sr_ratios": [8, 4, 2, 1], "strides": [4, 2, 2, 2], "attn_implementation": "eager"}}},
     "inputs": [
        {"name": "pixel_values", "kind": "tensor", "shape": [2, 3, 224, 224], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 7471808,
     "flops": 2283233008,
     "architectures": ["pvt_v2"],
     "qualname": "transformers.models.pvt_v2.modeling_pvt_v2.PvtV2Model",
     "path": "",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = []


_CONFIGS = {"PvtV2Config": PvtV2Config}


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
