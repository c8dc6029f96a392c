"""A convolution, a repeated layer: `GLPNLayer` as transformers runs it, built from L1/layer_norm, L2/glpn_attention, L2/glpn_mix_ffn (hyper-parameters of div, layer_norm vary per case).

kernel:        9f7b5c2e1e191951
level:         3
label:         convolution
qualnames:     transformers.models.glpn.modeling_glpn.GLPNLayer
transformers:  5.24.0
architectures: glpn
cases:         6 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.models.glpn.configuration_glpn import GLPNConfig
from transformers.models.glpn.modeling_glpn import GLPNLayer


class Model(GLPNLayer):
    """`GLPNLayer` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(
        self,
        config,
        hidden_size,
        num_attention_heads,
        drop_path,
        sequence_reduction_ratio,
        mlp_ratio,
    ):
        super().__init__(config, hidden_size, num_attention_heads, drop_path, sequence_reduction_ratio, mlp_ratio)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A convolution, a repeated layer: `GLPNLayer` as transformers runs it, built from L1/layer_norm, L2/glpn_attention, L2/glpn_mix_ffn (hyper-parameters of div, layer_norm vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        layer_norm_1.weight [160]
        layer_norm_1.bias [160]
        attention.self.query.weight [160, 160]
        attention.self.query.bias [160]
        attention.self.key.weight [160, 160]
        attention.self.key.bias [160]
        attention.self.value.weight [160, 160]
        attention.self.value.bias [160]
        attention.self.sr.weight [160, 160, 2, 2]
        attention.self.sr.bias [160]
        attention.self.layer_norm.weight [160]
        attention.self.layer_norm.bias [160]
        attention.output.dense.weight [160, 160]
        attention.output.dense.bias [160]
        layer_norm_2.weight [160]
        layer_norm_2.bias [160]
        mlp.dense1.weight [640, 160]
        mlp.dense1.bias [640]
        mlp.dwconv.dwconv.weight [640, 1, 3, 3]
        mlp.dwconv.dwconv.bias [640]
        mlp.dense2.weight [160, 640]
        mlp.dense2.bias [160]
    """

    def __init__(
        self,
        config,
        hidden_size,
        num_attention_heads,
        drop_path,
        sequence_reduction_ratio,
        mlp_ratio,
    ):
        super().__init__()
        raise NotImplementedError("write the kernel: a convolution (GLPNLayer)")

    def forward(self, hidden_states, height, width, output_attentions=False):
        raise NotImplementedError("write the kernel: a convolution (GLPNLayer)")


KERNEL = {"id": "9f7b5c2e1e191951", "name": "glpn_layer_9f7b5c", "level": 3, "label": "convolution", "qualname": "transformers.models.glpn.modeling_glpn.GLPNLayer", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "GLPNConfig", "fields": {"attention_probs_dropout_prob": 0.0, "hidden_act": "gelu", "hidden_dropout_prob": 0.0, "attn_implementation": "eager"}}, "hidden_size": 160, "num_attention_heads": 5, "drop_path": 0.05712890625, "sequence_reduction_ratio": 2, "mlp_ratio": 4},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 196, 160], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "height", "kind": "int", "value": 14},
        {"name": "width", "kind": "int", "value": 14},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2},
     "bytes": 1088000,
     "flops": 248800244,
     "architectures": ["glpn"],
     "qualname": "transformers.models.glpn.modeling_glpn.GLPNLayer",
     "path": "encoder.block.2.0",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "GLPNConfig", "fields": {"attn_implementation": "eager"}}, "hidden_size": 160, "num_attention_heads": 5, "drop_path": 0.0712890625, "sequence_reduction_ratio": 2, "mlp_ratio": 4},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 196, 160], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "height", "kind": "int", "value": 14},
        {"name": "width", "kind": "int", "value": 14},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2},
     "bytes": 1088000,
     "flops": 248800244,
     "architectures": ["glpn"],
     "qualname": "transformers.models.glpn.modeling_glpn.GLPNLayer",
     "path": "encoder.block.2.1",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "GLPNConfig", "fields": {"attention_probs_dropout_prob": 0.0, "hidden_act": "gelu", "hidden_dropout_prob": 0.0, "attn_implementation": "eager"}}, "hidden_size": 32, "num_attention_heads": 1, "drop_path": 0.0, "sequence_reduction_ratio": 8, "mlp_ratio": 4},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 3136, 32], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "height", "kind": "int", "value": 56},
        {"name": "width", "kind": "int", "value": 56},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2},
     "bytes": 962048,
     "flops": 199145604,
     "architectures": ["glpn"],
     "qualname": "transformers.models.glpn.modeling_glpn.GLPNLayer",
     "path": "encoder.block.0.0",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "GLPNConfig", "fields": {"attn_implementation": "eager"}}, "hidden_size": 32, "num_attention_heads": 1, "drop_path": 0.0142822265625, "sequence_reduction_ratio": 8, "mlp_ratio": 4},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 3136, 32], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "height", "kind": "int", "value": 56},
        {"name": "width", "kind": "int", "value": 56},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2},
     "bytes": 962048,
     "flops": 199145604,
     "architectures": ["glpn"],
     "qualname": "transformers.models.glpn.modeling_glpn.GLPNLayer",
     "path": "encoder.block.0.1",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "GLPNConfig", "fields": {"attention_probs_dropout_prob": 0.0, "hidden_act": "gelu", "hidden_dropout_prob": 0.0, "attn_implementation": "eager"}}, "hidden_size": 64, "num_attention_heads": 2, "drop_path": 0.028564453125, "sequence_reduction_ratio": 4, "mlp_ratio": 4},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 784, 64], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "height", "kind": "int", "value": 28},
        {"name": "width", "kind": "int", "value": 28},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2},
     "bytes": 637952,
     "flops": 171633476,
     "architectures": ["glpn"],
     "qualname": "transformers.models.glpn.modeling_glpn.GLPNLayer",
     "path": "encoder.block.1.0",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "GLPNConfig", "fields": {"attn_implementation": "eager"}}, "hidden_size": 64, "num_attention_heads": 2, "drop_path": 0.04296875, "sequence_reduction_ratio": 4, "mlp_ratio": 4},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 784, 64], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "height", "kind": "int", "value": 28},
        {"name": "width", "kind": "int", "value": 28},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2},
     "bytes": 637952,
     "flops": 171633476,
     "architectures": ["glpn"],
     "qualname": "transformers.models.glpn.modeling_glpn.GLPNLayer",
     "path": "encoder.block.1.1",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = []


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
