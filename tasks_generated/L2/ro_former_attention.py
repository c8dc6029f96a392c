"""A normalization, a module built from leaf kernels: `RoFormerAttention` as transformers runs it, built from L2/bert_self_output, L2/ro_former_self_attention (hyper-parameters of div, layer_norm vary per case).

kernel:        dfde0629459267e0
level:         2
label:         norm
qualnames:     transformers.models.roformer.modeling_roformer.RoFormerAttention
transformers:  5.24.0
architectures: roformer
cases:         12 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.models.roformer.configuration_roformer import RoFormerConfig
from transformers.models.roformer.modeling_roformer import RoFormerAttention
import importlib


class Model(RoFormerAttention):
    """`RoFormerAttention` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config, layer_idx=None):
        super().__init__(config, layer_idx)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A normalization, a module built from leaf kernels: `RoFormerAttention` as transformers runs it, built from L2/bert_self_output, L2/ro_former_self_attention (hyper-parameters of div, layer_norm vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        self.query.weight [768, 768]
        self.query.bias [768]
        self.key.weight [768, 768]
        self.key.bias [768]
        self.value.weight [768, 768]
        self.value.bias [768]
        output.dense.weight [768, 768]
        output.dense.bias [768]
        output.LayerNorm.weight [768]
        output.LayerNorm.bias [768]
    """

    def __init__(self, config, layer_idx=None):
        super().__init__()
        raise NotImplementedError("write the kernel: a normalization (RoFormerAttention)")

    def forward(
        self,
        hidden_states,
        attention_mask=None,
        sinusoidal_pos=None,
        encoder_hidden_states=None,
        cache=None,
        output_attentions=False,
        **kwargs,
    ):
        raise NotImplementedError("write the kernel: a normalization (RoFormerAttention)")


KERNEL = {"id": "dfde0629459267e0", "name": "ro_former_attention", "level": 2, "label": "norm", "qualname": "transformers.models.roformer.modeling_roformer.RoFormerAttention", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "RoFormerConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_dropout_prob": 0.1, "hidden_size": 768, "is_decoder": False, "layer_norm_eps": 1e-12, "num_attention_heads": 12, "rotary_value": False, "attn_implementation": "eager"}}, "layer_idx": 0},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "sinusoidal_pos", "kind": "tensor", "shape": [1, 1, 509, 64], "roles": ["fixed", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_hidden_states", "kind": "default", "value": None},
        {"name": "cache", "kind": "none"},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 21392468,
     "flops": 6425801276,
     "architectures": ["roformer"],
     "qualname": "transformers.models.roformer.modeling_roformer.RoFormerAttention",
     "path": "encoder.layer.0.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "RoFormerConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 768, "is_decoder": False, "num_attention_heads": 12, "rotary_value": False, "attn_implementation": "eager"}}, "layer_idx": 1},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "sinusoidal_pos", "kind": "tensor", "shape": [1, 1, 509, 64], "roles": ["fixed", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_hidden_states", "kind": "default", "value": None},
        {"name": "cache", "kind": "none"},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 21392468,
     "flops": 6425801276,
     "architectures": ["roformer"],
     "qualname": "transformers.models.roformer.modeling_roformer.RoFormerAttention",
     "path": "encoder.layer.1.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "RoFormerConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 768, "is_decoder": False, "num_attention_heads": 12, "rotary_value": False, "attn_implementation": "eager"}}, "layer_idx": 2},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "sinusoidal_pos", "kind": "tensor", "shape": [1, 1, 509, 64], "roles": ["fixed", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_hidden_states", "kind": "default", "value": None},
        {"name": "cache", "kind": "none"},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 21392468,
     "flops": 6425801276,
     "architectures": ["roformer"],
     "qualname": "transformers.models.roformer.modeling_roformer.RoFormerAttention",
     "path": "encoder.layer.2.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "RoFormerConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 768, "is_decoder": False, "num_attention_heads": 12, "rotary_value": False, "attn_implementation": "eager"}}, "layer_idx": 3},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "sinusoidal_pos", "kind": "tensor", "shape": [1, 1, 509, 64], "roles": ["fixed", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_hidden_states", "kind": "default", "value": None},
        {"name": "cache", "kind": "none"},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 21392468,
     "flops": 6425801276,
     "architectures": ["roformer"],
     "qualname": "transformers.models.roformer.modeling_roformer.RoFormerAttention",
     "path": "encoder.layer.3.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "RoFormerConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 768, "is_decoder": False, "num_attention_heads": 12, "rotary_value": False, "attn_implementation": "eager"}}, "layer_idx": 4},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "sinusoidal_pos", "kind": "tensor", "shape": [1, 1, 509, 64], "roles": ["fixed", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_hidden_states", "kind": "default", "value": None},
        {"name": "cache", "kind": "none"},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 21392468,
     "flops": 6425801276,
     "architectures": ["roformer"],
     "qualname": "transformers.models.roformer.modeling_roformer.RoFormerAttention",
     "path": "encoder.layer.4.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "RoFormerConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 768, "is_decoder": False, "num_attention_heads": 12, "rotary_value": False, "attn_implementation": "eager"}}, "layer_idx": 5},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "sinusoidal_pos", "kind": "tensor", "shape": [1, 1, 509, 64], "roles": ["fixed", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_hidden_states", "kind": "default", "value": None},
        {"name": "cache", "kind": "none"},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 21392468,
     "flops": 6425801276,
     "architectures": ["roformer"],
     "qualname": "transformers.models.roformer.modeling_roformer.RoFormerAttention",
     "path": "encoder.layer.5.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "RoFormerConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 768, "is_decoder": False, "num_attention_heads": 12, "rotary_value": False, "attn_implementation": "eager"}}, "layer_idx": 6},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "sinusoidal_pos", "kind": "tensor", "shape": [1, 1, 509, 64], "roles": ["fixed", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_hidden_states", "kind": "default", "value": None},
        {"name": "cache", "kind": "none"},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 21392468,
     "flops": 6425801276,
     "architectures": ["roformer"],
     "qualname": "transformers.models.roformer.modeling_roformer.RoFormerAttention",
     "path": "encoder.layer.6.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "RoFormerConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 768, "is_decoder": False, "num_attention_heads": 12, "rotary_value": False, "attn_implementation": "eager"}}, "layer_idx": 7},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "sinusoidal_pos", "kind": "tensor", "shape": [1, 1, 509, 64], "roles": ["fixed", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_hidden_states", "kind": "default", "value": None},
        {"name": "cache", "kind": "none"},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 21392468,
     "flops": 6425801276,
     "architectures": ["roformer"],
     "qualname": "transformers.models.roformer.modeling_roformer.RoFormerAttention",
     "path": "encoder.layer.7.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "RoFormerConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 768, "is_decoder": False, "num_attention_heads": 12, "rotary_value": False, "attn_implementation": "eager"}}, "layer_idx": 8},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "sinusoidal_pos", "kind": "tensor", "shape": [1, 1, 509, 64], "roles": ["fixed", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_hidden_states", "kind": "default", "value": None},
        {"name": "cache", "kind": "none"},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 21392468,
     "flops": 6425801276,
     "architectures": ["roformer"],
     "qualname": "transformers.models.roformer.modeling_roformer.RoFormerAttention",
     "path": "encoder.layer.8.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "RoFormerConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 768, "is_decoder": False, "num_attention_heads": 12, "rotary_value": False, "attn_implementation": "eager"}}, "layer_idx": 9},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "sinusoidal_pos", "kind": "tensor", "shape": [1, 1, 509, 64], "roles": ["fixed", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_hidden_states", "kind": "default", "value": None},
        {"name": "cache", "kind": "none"},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 21392468,
     "flops": 6425801276,
     "architectures": ["roformer"],
     "qualname": "transformers.models.roformer.modeling_roformer.RoFormerAttention",
     "path": "encoder.layer.9.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "RoFormerConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 768, "is_decoder": False, "num_attention_heads": 12, "rotary_value": False, "attn_implementation": "eager"}}, "layer_idx": 10},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "sinusoidal_pos", "kind": "tensor", "shape": [1, 1, 509, 64], "roles": ["fixed", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_hidden_states", "kind": "default", "value": None},
        {"name": "cache", "kind": "none"},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 21392468,
     "flops": 6425801276,
     "architectures": ["roformer"],
     "qualname": "transformers.models.roformer.modeling_roformer.RoFormerAttention",
     "path": "encoder.layer.10.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "RoFormerConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 768, "is_decoder": False, "num_attention_heads": 12, "rotary_value": False, "attn_implementation": "eager"}}, "layer_idx": 11},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "sinusoidal_pos", "kind": "tensor", "shape": [1, 1, 509, 64], "roles": ["fixed", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_hidden_states", "kind": "default", "value": None},
        {"name": "cache", "kind": "none"},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 21392468,
     "flops": 6425801276,
     "architectures": ["roformer"],
     "qualname": "transformers.models.roformer.modeling_roformer.RoFormerAttention",
     "path": "encoder.layer.11.attention",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = []


# Calls that make an input in production (a rotary table, a mask, a router's choice), run by
# get_inputs on drawn inputs of their own: an input {"kind": "produced"} takes their outputs.
PRODUCERS = [
    {"qualname": "transformers.masking_utils.create_bidirectional_mask",
     "init": {},
     "inputs": [
        {"name": "config", "kind": "config", "config_class": "RoFormerConfig", "fields": {"attn_implementation": "sdpa"}},
        {"name": "inputs_embeds", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "float32"},
        {"name": "encoder_hidden_states", "kind": "default", "value": None},
        {"name": "cache", "kind": "none"}]},
]


_CONFIGS = {"RoFormerConfig": RoFormerConfig}


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


def _produced(spec, dims, produced):
    """An input made by its producer, which runs once per get_inputs call."""
    if spec["producer"] not in produced:
        produced[spec["producer"]] = _produce(PRODUCERS[spec["producer"]], dims)
    outputs = [produced[spec["producer"]][i] for i in spec["outputs"]]
    return tuple(outputs) if spec.get("tuple") else outputs[0]


def _produce(producer, dims):
    """Run the call that makes an input in production on drawn inputs: its output leaves."""
    module_name, name = producer["qualname"].rsplit(".", 1)
    target = getattr(importlib.import_module(module_name), name)
    inputs = [_input(spec, dims, producer, {}) for spec in producer["inputs"]]
    if isinstance(target, type):
        target = target(*[_config(v) if isinstance(v, dict) else v for v in producer["init"].values()])
        target.eval()
        if "param_dtype" in producer:
            target.to(getattr(torch, producer["param_dtype"]))
    with torch.no_grad():
        outputs = target(*inputs)
    return _leaves(outputs)


def _leaves(value):
    if isinstance(value, (list, tuple)):
        return [leaf for item in value for leaf in _leaves(item)]
    return [value]


# Serving shapes of the default case, after the traced ones: decode steps (one new token for each
# of `batch` sequences) and a prefill chunk. Their bytes/flops were not traced (None).
SERVING = [
    {"phase": "decode",
     "dims": {"batch": 1, "seq": 1}},
    {"phase": "decode",
     "dims": {"batch": 16, "seq": 1}},
    {"phase": "decode",
     "dims": {"batch": 64, "seq": 1}},
    {"phase": "decode",
     "dims": {"batch": 256, "seq": 1}},
    {"phase": "prefill",
     "dims": {"batch": 1, "seq": 2048}},
]


def _serving_case(default, serving):
    """The default case at a serving shape: role-sized dimensions at its dims."""
    dims = serving["dims"]
    sizes = {**dims, "batch*seq": dims["batch"] * dims["seq"]}

    def resized(spec):  # a tensor of a "tensors" input has no "kind" of its own
        if spec.get("kind") == "tensors":
            return {**spec, "tensors": [resized(t) for t in spec["tensors"]]}
        if spec.get("kind", "tensor") != "tensor":
            return spec
        return {**spec, "shape": [sizes.get(role, size) for size, role in zip(spec["shape"], spec["roles"])]}

    kept = {k: v for k, v in default.items() if k not in ("architectures", "qualname", "path")}
    return {**kept, "inputs": [resized(s) for s in default["inputs"]], "dims": dims, "bytes": None, "flops": None,
            "phase": serving["phase"]}


CASES += [_serving_case(CASES[0], serving) for serving in SERVING]
