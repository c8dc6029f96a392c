"""Attention, a repeated layer: `Mask2FormerMaskedAttentionDecoderLayer` as transformers runs it, built from L1/layer_norm, L1/linear, L1/multihead_attention_f5b54b, L1/relu, L2/mask2_former_attention (hyper-parameters of layer_norm, mul vary per case).

kernel:        0bb72b402be8cc62
level:         3
label:         attention
qualnames:     transformers.models.mask2former.modeling_mask2former.Mask2FormerMaskedAttentionDecoderLayer
transformers:  5.24.0
architectures: mask2former
cases:         3 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.models.mask2former.configuration_mask2former import Mask2FormerConfig
from transformers.models.mask2former.modeling_mask2former import Mask2FormerMaskedAttentionDecoderLayer
import importlib


class Model(Mask2FormerMaskedAttentionDecoderLayer):
    """`Mask2FormerMaskedAttentionDecoderLayer` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config: Mask2FormerConfig):
        super().__init__(config)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """Attention, a repeated layer: `Mask2FormerMaskedAttentionDecoderLayer` as transformers runs it, built from L1/layer_norm, L1/linear, L1/multihead_attention_f5b54b, L1/relu, L2/mask2_former_attention (hyper-parameters of layer_norm, mul vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        self_attn.k_proj.weight [256, 256]
        self_attn.k_proj.bias [256]
        self_attn.v_proj.weight [256, 256]
        self_attn.v_proj.bias [256]
        self_attn.q_proj.weight [256, 256]
        self_attn.q_proj.bias [256]
        self_attn.out_proj.weight [256, 256]
        self_attn.out_proj.bias [256]
        self_attn_layer_norm.weight [256]
        self_attn_layer_norm.bias [256]
        cross_attn.in_proj_weight [768, 256]
        cross_attn.in_proj_bias [768]
        cross_attn.out_proj.weight [256, 256]
        cross_attn.out_proj.bias [256]
        cross_attn_layer_norm.weight [256]
        cross_attn_layer_norm.bias [256]
        fc1.weight [2048, 256]
        fc1.bias [2048]
        fc2.weight [256, 2048]
        fc2.bias [256]
        final_layer_norm.weight [256]
        final_layer_norm.bias [256]
    """

    def __init__(self, config: Mask2FormerConfig):
        super().__init__()
        raise NotImplementedError("write the kernel: attention (Mask2FormerMaskedAttentionDecoderLayer)")

    def forward(
        self,
        hidden_states: torch.Tensor,
        level_index: int | None = None,
        attention_mask: torch.Tensor | None = None,
        position_embeddings: torch.Tensor | None = None,
        query_position_embeddings: torch.Tensor | None = None,
        encoder_hidden_states: torch.Tensor | None = None,
        encoder_attention_mask: torch.Tensor | None = None,
        output_attentions: bool | None = False,
    ):
        raise NotImplementedError("write the kernel: attention (Mask2FormerMaskedAttentionDecoderLayer)")


KERNEL = {"id": "0bb72b402be8cc62", "name": "mask2_former_masked_attention_decoder_layer", "level": 3, "label": "attention", "qualname": "transformers.models.mask2former.modeling_mask2former.Mask2FormerMaskedAttentionDecoderLayer", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "Mask2FormerConfig", "fields": {"activation_function": "relu", "dim_feedforward": 2048, "dropout": 0.0, "hidden_dim": 256, "num_attention_heads": 8, "pre_norm": False, "attn_implementation": "eager"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [100, 2, 256], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "level_index", "kind": "int", "value": 0},
        {"name": "attention_mask", "kind": "none"},
        {"name": "position_embeddings", "kind": "tensors", "tensors": [{"shape": [49, 2, 256], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}, {"shape": [196, 2, 256], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}, {"shape": [784, 2, 256], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}]},
        {"name": "query_position_embeddings", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "encoder_hidden_states", "kind": "tensors", "tensors": [{"shape": [49, 2, 256], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}, {"shape": [196, 2, 256], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}, {"shape": [784, 2, 256], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}]},
        {"name": "encoder_attention_mask", "kind": "tensor", "shape": [16, 100, 49], "roles": ["fixed", "fixed", "fixed"], "dtype": "bool", "fill": 1},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {},
     "bytes": 3643456,
     "flops": 635290552,
     "architectures": ["mask2former"],
     "qualname": "transformers.models.mask2former.modeling_mask2former.Mask2FormerMaskedAttentionDecoderLayer",
     "path": "transformer_module.decoder.layers.0",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mask2FormerConfig", "fields": {"activation_function": "relu", "dim_feedforward": 2048, "dropout": 0.0, "hidden_dim": 256, "num_attention_heads": 8, "pre_norm": False, "attn_implementation": "eager"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [100, 2, 256], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "level_index", "kind": "int", "value": 1},
        {"name": "attention_mask", "kind": "none"},
        {"name": "position_embeddings", "kind": "tensors", "tensors": [{"shape": [49, 2, 256], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}, {"shape": [196, 2, 256], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}, {"shape": [784, 2, 256], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}]},
        {"name": "query_position_embeddings", "kind": "produced", "producer": 1, "outputs": [0]},
        {"name": "encoder_hidden_states", "kind": "tensors", "tensors": [{"shape": [49, 2, 256], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}, {"shape": [196, 2, 256], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}, {"shape": [784, 2, 256], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}]},
        {"name": "encoder_attention_mask", "kind": "tensor", "shape": [16, 100, 196], "roles": ["fixed", "fixed", "fixed"], "dtype": "bool", "fill": 1},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {},
     "bytes": 4179712,
     "flops": 743427280,
     "architectures": ["mask2former"],
     "qualname": "transformers.models.mask2former.modeling_mask2former.Mask2FormerMaskedAttentionDecoderLayer",
     "path": "transformer_module.decoder.layers.1",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mask2FormerConfig", "fields": {"activation_function": "relu", "dim_feedforward": 2048, "dropout": 0.0, "hidden_dim": 256, "num_attention_heads": 8, "pre_norm": False, "attn_implementation": "eager"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [100, 2, 256], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "level_index", "kind": "int", "value": 2},
        {"name": "attention_mask", "kind": "none"},
        {"name": "position_embeddings", "kind": "tensors", "tensors": [{"shape": [49, 2, 256], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}, {"shape": [196, 2, 256], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}, {"shape": [784, 2, 256], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}]},
        {"name": "query_position_embeddings", "kind": "produced", "producer": 1, "outputs": [0]},
        {"name": "encoder_hidden_states", "kind": "tensors", "tensors": [{"shape": [49, 2, 256], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}, {"shape": [196, 2, 256], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}, {"shape": [784, 2, 256], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}]},
        {"name": "encoder_attention_mask", "kind": "tensor", "shape": [16, 100, 784], "roles": ["fixed", "fixed", "fixed"], "dtype": "bool", "fill": 1},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {},
     "bytes": 6324736,
     "flops": 1175974192,
     "architectures": ["mask2former"],
     "qualname": "transformers.models.mask2former.modeling_mask2former.Mask2FormerMaskedAttentionDecoderLayer",
     "path": "transformer_module.decoder.layers.2",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = []


# Calls that make an input in production (a rotary table, a mask, a router's choice), run by
# get_inputs on drawn inputs of their own: an input {"kind": "produced"} takes their outputs.
PRODUCERS = [
    {"qualname": "transformers.models.mask2former.modeling_mask2former.Mask2FormerMaskedAttentionDecoderLayer",
     "init": {"config": {"config_class": "Mask2FormerConfig", "fields": {"activation_function": "relu", "dim_feedforward": 2048, "dropout": 0.0, "hidden_dim": 256, "num_attention_heads": 8, "pre_norm": False, "attn_implementation": "eager"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [100, 2, 256], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "level_index", "kind": "int", "value": 1},
        {"name": "attention_mask", "kind": "none"},
        {"name": "position_embeddings", "kind": "tensors", "tensors": [{"shape": [49, 2, 256], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}, {"shape": [196, 2, 256], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}, {"shape": [784, 2, 256], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}]},
        {"name": "query_position_embeddings", "kind": "tensor", "shape": [100, 2, 256], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_hidden_states", "kind": "tensors", "tensors": [{"shape": [49, 2, 256], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}, {"shape": [196, 2, 256], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}, {"shape": [784, 2, 256], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}]},
        {"name": "encoder_attention_mask", "kind": "tensor", "shape": [16, 100, 196], "roles": ["fixed", "fixed", "fixed"], "dtype": "bool", "fill": 1},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "param_dtype": "bfloat16"},
    {"qualname": "transformers.models.mask2former.modeling_mask2former.Mask2FormerMaskedAttentionDecoderLayer",
     "init": {"config": {"config_class": "Mask2FormerConfig", "fields": {"activation_function": "relu", "dim_feedforward": 2048, "dropout": 0.0, "hidden_dim": 256, "num_attention_heads": 8, "pre_norm": False, "attn_implementation": "eager"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [100, 2, 256], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "level_index", "kind": "int", "value": 0},
        {"name": "attention_mask", "kind": "none"},
        {"name": "position_embeddings", "kind": "tensors", "tensors": [{"shape": [49, 2, 256], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}, {"shape": [196, 2, 256], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}, {"shape": [784, 2, 256], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}]},
        {"name": "query_position_embeddings", "kind": "tensor", "shape": [100, 2, 256], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_hidden_states", "kind": "tensors", "tensors": [{"shape": [49, 2, 256], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}, {"shape": [196, 2, 256], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}, {"shape": [784, 2, 256], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}]},
        {"name": "encoder_attention_mask", "kind": "tensor", "shape": [16, 100, 49], "roles": ["fixed", "fixed", "fixed"], "dtype": "bool", "fill": 1},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "param_dtype": "bfloat16"},
]


_CONFIGS = {"Mask2FormerConfig": Mask2FormerConfig}


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
