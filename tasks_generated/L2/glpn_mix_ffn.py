"""An MLP, a module built from leaf kernels: `GLPNMixFFN` as transformers runs it, built from L1/gelu_activation, L1/linear, L2/mobile_vit_v2_conv_layer.

kernel:        c3d73a2924baf9cc
level:         2
label:         mlp
qualnames:     transformers.models.glpn.modeling_glpn.GLPNMixFFN, transformers.models.pvt_v2.modeling_pvt_v2.PvtV2ConvFeedForwardNetwork, transformers.models.segformer.modeling_segformer.SegformerMixMLP
transformers:  5.24.0
architectures: glpn, pvt_v2, segformer
cases:         4 real cases, default first (the most common that fits in 8 GB); 8 unmapped
"""

import torch
from torch import nn
from transformers.models.glpn.configuration_glpn import GLPNConfig
from transformers.models.glpn.modeling_glpn import GLPNMixFFN


class Model(GLPNMixFFN):
    """`GLPNMixFFN` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config, in_features, hidden_features=None, out_features=None):
        super().__init__(config, in_features, hidden_features, out_features)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """An MLP, a module built from leaf kernels: `GLPNMixFFN` as transformers runs it, built from L1/gelu_activation, L1/linear, L2/mobile_vit_v2_conv_layer.

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        dense1.weight [640, 160]
        dense1.bias [640]
        dwconv.dwconv.weight [640, 1, 3, 3]
        dwconv.dwconv.bias [640]
        dense2.weight [160, 640]
        dense2.bias [160]
    """

    def __init__(self, config, in_features, hidden_features=None, out_features=None):
        super().__init__()
        raise NotImplementedError("write the kernel: an MLP (GLPNMixFFN)")

    def forward(self, hidden_states, height, width):
        raise NotImplementedError("write the kernel: an MLP (GLPNMixFFN)")


KERNEL = {"id": "c3d73a2924baf9cc", "name": "glpn_mix_ffn", "level": 2, "label": "mlp", "qualname": "transformers.models.glpn.modeling_glpn.GLPNMixFFN", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "GLPNConfig", "fields": {"hidden_act": "gelu", "hidden_dropout_prob": 0.0, "attn_implementation": "eager"}}, "in_features": 160, "hidden_features": 640, "out_features": None},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 196, 160], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "height", "kind": "int", "value": 14},
        {"name": "width", "kind": "int", "value": 14}],
     "dims": {"batch": 2},
     "bytes": 674880,
     "flops": 165643520,
     "architectures": ["glpn"],
     "qualname": "transformers.models.glpn.modeling_glpn.GLPNMixFFN",
     "path": "encoder.block.2.0.mlp",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "GLPNConfig", "fields": {"hidden_act": "gelu", "hidden_dropout_prob": 0.0, "attn_implementation": "eager"}}, "in_features": 32, "hidden_features": 128, "out_features": None},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 3136, 32], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "height", "kind": "int", "value": 56},
        {"name": "width", "kind": "int", "value": 56}],
     "dims": {"batch": 2},
     "bytes": 822080,
     "flops": 119017472,
     "architectures": ["glpn"],
     "qualname": "transformers.models.glpn.modeling_glpn.GLPNMixFFN",
     "path": "encoder.block.0.0.mlp",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "GLPNConfig", "fields": {"hidden_act": "gelu", "hidden_dropout_prob": 0.0, "attn_implementation": "eager"}}, "in_features": 256, "hidden_features": 1024, "out_features": None},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 49, 256], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "height", "kind": "int", "value": 7},
        {"name": "width", "kind": "int", "value": 7}],
     "dims": {"batch": 2},
     "bytes": 1171968,
     "flops": 104792576,
     "architectures": ["glpn"],
     "qualname": "transformers.models.glpn.modeling_glpn.GLPNMixFFN",
     "path": "encoder.block.3.0.mlp",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "GLPNConfig", "fields": {"hidden_act": "gelu", "hidden_dropout_prob": 0.0, "attn_implementation": "eager"}}, "in_features": 64, "hidden_features": 256, "out_features": None},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 784, 64], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "height", "kind": "int", "value": 28},
        {"name": "width", "kind": "int", "value": 28}],
     "dims": {"batch": 2},
     "bytes": 472704,
     "flops": 110888960,
     "architectures": ["glpn"],
     "qualname": "transformers.models.glpn.modeling_glpn.GLPNMixFFN",
     "path": "encoder.block.1.0.mlp",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.pvt_v2.modeling_pvt_v2.PvtV2ConvFeedForwardNetwork",
     "architectures": ["pvt_v2"],
     "reason": "built by PvtV2ConvFeedForwardNetwork from a PvtV2Config"},
    {"qualname": "transformers.models.segformer.modeling_segformer.SegformerMixMLP",
     "architectures": ["segformer"],
     "reason": "built by SegformerMixMLP from a SegformerConfig"},
    {"qualname": "transformers.models.pvt_v2.modeling_pvt_v2.PvtV2ConvFeedForwardNetwork",
     "architectures": ["pvt_v2"],
     "reason": "built by PvtV2ConvFeedForwardNetwork from a PvtV2Config"},
    {"qualname": "transformers.models.segformer.modeling_segformer.SegformerMixMLP",
     "architectures": ["segformer"],
     "reason": "built by SegformerMixMLP from a SegformerConfig"},
    {"qualname": "transformers.models.pvt_v2.modeling_pvt_v2.PvtV2ConvFeedForwardNetwork",
     "architectures": ["pvt_v2"],
     "reason": "built by PvtV2ConvFeedForwardNetwork from a PvtV2Config"},
    {"qualname": "transformers.models.segformer.modeling_segformer.SegformerMixMLP",
     "architectures": ["segformer"],
     "reason": "built by SegformerMixMLP from a SegformerConfig"},
    {"qualname": "transformers.models.pvt_v2.modeling_pvt_v2.PvtV2ConvFeedForwardNetwork",
     "architectures": ["pvt_v2"],
     "reason": "built by PvtV2ConvFeedForwardNetwork from a PvtV2Config"},
    {"qualname": "transformers.models.segformer.modeling_segformer.SegformerMixMLP",
     "architectures": ["segformer"],
     "reason": "built by SegformerMixMLP from a SegformerConfig"},
]


_CONFIGS = {"GLPNConfig": GLPNConfig}


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
