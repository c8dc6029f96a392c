"""Attention, a leaf kernel: `eager_attention_forward` as transformers runs it (hyper-parameters of mul vary per case).

kernel:        1cea92491273dea0
level:         1
label:         attention
qualnames:     transformers.models.bridgetower.modeling_bridgetower.eager_attention_forward, transformers.models.bigbird_pegasus.modeling_bigbird_pegasus.eager_attention_forward, transformers.models.pegasus_x.modeling_pegasus_x.eager_attention_forward, transformers.models.conditional_detr.modeling_conditional_detr.eager_attention_forward, transformers.models.detr.modeling_detr.eager_attention_forward, transformers.models.speech_to_text.modeling_speech_to_text.eager_attention_forward, transformers.models.nllb_moe.modeling_nllb_moe.eager_attention_forward, transformers.models.time_series_transformer.modeling_time_series_transformer.eager_attention_forward
transformers:  5.24.0
architectures: bigbird_pegasus, bridgetower, conditional_detr, detr, nllb-moe, pegasus_x, speech_to_text, time_series_transformer
cases:         8 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.models.bigbird_pegasus.configuration_bigbird_pegasus import BigBirdPegasusConfig
from transformers.models.bridgetower.configuration_bridgetower import BridgeTowerConfig
from transformers.models.bridgetower.modeling_bridgetower import eager_attention_forward
from transformers.models.conditional_detr.configuration_conditional_detr import ConditionalDetrConfig
from transformers.models.detr.configuration_detr import DetrConfig
from transformers.models.nllb_moe.configuration_nllb_moe import NllbMoeConfig
from transformers.models.pegasus_x.configuration_pegasus_x import PegasusXConfig
from transformers.models.speech_to_text.configuration_speech_to_text import Speech2TextConfig
from transformers.models.time_series_transformer.configuration_time_series_transformer import TimeSeriesTransformerConfig
from transformers.utils.generic import TransformersKwargs
from typing import Unpack
import importlib


class Model(nn.Module):
    """`eager_attention_forward` from transformers, unchanged, as a module: forward calls it with the same arguments."""

    def __init__(self) -> None:
        super().__init__()
        self.eval()  # as every task's Model: built ready for inference

    def forward(
        self,
        module: nn.Module,
        query: torch.Tensor,
        key: torch.Tensor,
        value: torch.Tensor,
        attention_mask: torch.Tensor | None,
        scaling: float | None = None,
        dropout: float = 0.0,
        **kwargs: Unpack[TransformersKwargs],
    ):
        return eager_attention_forward(module, query, key, value, attention_mask, scaling, dropout, **kwargs)


class ModelNew(nn.Module):
    """Attention, a leaf kernel: `eager_attention_forward` as transformers runs it (hyper-parameters of mul vary per case).

    Candidate stub: same constructor and forward signature as Model.
    Model holds no parameters or buffers in its state dict: neither may ModelNew.
    """

    def __init__(self) -> None:
        super().__init__()
        raise NotImplementedError("write the kernel: attention (eager_attention_forward)")

    def forward(
        self,
        module: nn.Module,
        query: torch.Tensor,
        key: torch.Tensor,
        value: torch.Tensor,
        attention_mask: torch.Tensor | None,
        scaling: float | None = None,
        dropout: float = 0.0,
        **kwargs: Unpack[TransformersKwargs],
    ):
        raise NotImplementedError("write the kernel: attention (eager_attention_forward)")


KERNEL = {"id": "1cea92491273dea0", "name": "bridgetower_eager_attention_forward", "level": 1, "label": "attention", "qualname": "transformers.models.bridgetower.modeling_bridgetower.eager_attention_forward", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 12, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [2, 12, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "value", "kind": "tensor", "shape": [2, 12, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "scaling", "kind": "float", "value": 0.125},
        {"name": "dropout", "kind": "float", "value": 0.0}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 18692516,
     "flops": 1610447496,
     "architectures": ["bridgetower"],
     "qualname": "transformers.models.bridgetower.modeling_bridgetower.eager_attention_forward",
     "path": "text_model.encoder.layer.0.attention.self"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 16, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [2, 16, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "value", "kind": "tensor", "shape": [2, 16, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 1, "outputs": [0]},
        {"name": "scaling", "kind": "float", "value": 0.125},
        {"name": "dropout", "kind": "float", "value": 0.0}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 25956964,
     "flops": 2147263328,
     "architectures": ["bigbird_pegasus", "nllb-moe", "pegasus_x"],
     "qualname": "transformers.models.bigbird_pegasus.modeling_bigbird_pegasus.eager_attention_forward",
     "path": "decoder.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 12, 325, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [2, 12, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "value", "kind": "tensor", "shape": [2, 12, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "scaling", "kind": "float", "value": 0.125},
        {"name": "dropout", "kind": "float", "value": 0.0}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 13066532,
     "flops": 1028281800,
     "architectures": ["bridgetower"],
     "qualname": "transformers.models.bridgetower.modeling_bridgetower.eager_attention_forward",
     "path": "cross_modal_image_layers.0.crossattention.self"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 8, 300, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [2, 8, 49, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "value", "kind": "tensor", "shape": [2, 8, 49, 32], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 2, "outputs": [0]},
        {"name": "scaling", "kind": "float", "value": 0.125},
        {"name": "dropout", "kind": "float", "value": 0.0}],
     "dims": {"batch": 2},
     "bytes": 1601328,
     "flops": 45864000,
     "architectures": ["conditional_detr"],
     "qualname": "transformers.models.conditional_detr.modeling_conditional_detr.eager_attention_forward",
     "path": "decoder.layers.0.encoder_attn"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 8, 49, 32], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [2, 8, 49, 32], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "value", "kind": "tensor", "shape": [2, 8, 49, 32], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 3, "outputs": [0]},
        {"name": "scaling", "kind": "float", "value": 0.1767766952966369},
        {"name": "dropout", "kind": "float", "value": 0.0}],
     "dims": {"batch": 2},
     "bytes": 287140,
     "flops": 5032496,
     "architectures": ["conditional_detr", "detr"],
     "qualname": "transformers.models.conditional_detr.modeling_conditional_detr.eager_attention_forward",
     "path": "encoder.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 8, 100, 32], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [2, 8, 49, 32], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "value", "kind": "tensor", "shape": [2, 8, 49, 32], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 4, "outputs": [0]},
        {"name": "scaling", "kind": "float", "value": 0.1767766952966369},
        {"name": "dropout", "kind": "float", "value": 0.0}],
     "dims": {"batch": 2},
     "bytes": 481552,
     "flops": 10270400,
     "architectures": ["detr"],
     "qualname": "transformers.models.detr.modeling_detr.eager_attention_forward",
     "path": "decoder.layers.0.encoder_attn"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 4, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [2, 4, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "value", "kind": "tensor", "shape": [2, 4, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 5, "outputs": [0]},
        {"name": "scaling", "kind": "float", "value": 0.125},
        {"name": "dropout", "kind": "float", "value": 0.0}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 7266484,
     "flops": 536815832,
     "architectures": ["speech_to_text"],
     "qualname": "transformers.models.speech_to_text.modeling_speech_to_text.eager_attention_forward",
     "path": "decoder.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 2, 24, 32], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [2, 2, 24, 32], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "value", "kind": "tensor", "shape": [2, 2, 24, 32], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 6, "outputs": [0]},
        {"name": "scaling", "kind": "float", "value": 0.1767766952966369},
        {"name": "dropout", "kind": "float", "value": 0.0}],
     "dims": {"batch": 2},
     "bytes": 31488,
     "flops": 301824,
     "architectures": ["time_series_transformer"],
     "qualname": "transformers.models.time_series_transformer.modeling_time_series_transformer.eager_attention_forward",
     "path": "decoder.layers.0.self_attn"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = []


# Calls that make an input in production (a rotary table, a mask, a router's choice), run by
# get_inputs on drawn inputs of their own: an input {"kind": "produced"} takes their outputs.
PRODUCERS = [
    {"qualname": "transformers.masking_utils.create_bidirectional_mask",
     "init": {},
     "inputs": [
        {"name": "config", "kind": "config", "config_class": "BridgeTowerConfig", "fields": {"attn_implementation": "sdpa"}},
        {"name": "inputs_embeds", "kind": "tensor", "shape": [2, 1, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "fill": 1}]},
    {"qualname": "transformers.masking_utils.create_causal_mask",
     "init": {},
     "inputs": [
        {"name": "config", "kind": "config", "config_class": "BigBirdPegasusConfig", "fields": {"attn_implementation": "sdpa"}},
        {"name": "inputs_embeds", "kind": "tensor", "shape": [2, 509, 1024], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "float32"},
        {"name": "cache", "kind": "none"}]},
    {"qualname": "transformers.masking_utils.create_bidirectional_mask",
     "init": {},
     "inputs": [
        {"name": "config", "kind": "config", "config_class": "ConditionalDetrConfig", "fields": {"attn_implementation": "sdpa"}},
        {"name": "inputs_embeds", "kind": "tensor", "shape": [2, 300, 256], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 49], "roles": ["batch", "fixed"], "dtype": "bool", "fill": 1}]},
    {"qualname": "transformers.masking_utils.create_bidirectional_mask",
     "init": {},
     "inputs": [
        {"name": "config", "kind": "config", "config_class": "ConditionalDetrConfig", "fields": {"attn_implementation": "sdpa"}},
        {"name": "inputs_embeds", "kind": "tensor", "shape": [2, 49, 256], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 49], "roles": ["batch", "fixed"], "dtype": "bool", "fill": 1}]},
    {"qualname": "transformers.masking_utils.create_bidirectional_mask",
     "init": {},
     "inputs": [
        {"name": "config", "kind": "config", "config_class": "DetrConfig", "fields": {"attn_implementation": "sdpa"}},
        {"name": "inputs_embeds", "kind": "tensor", "shape": [2, 100, 256], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 49], "roles": ["batch", "fixed"], "dtype": "bool", "fill": 1},
        {"name": "encoder_hidden_states", "kind": "tensor", "shape": [2, 49, 256], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}]},
    {"qualname": "transformers.masking_utils.create_causal_mask",
     "init": {},
     "inputs": [
        {"name": "config", "kind": "config", "config_class": "Speech2TextConfig", "fields": {"attn_implementation": "sdpa"}},
        {"name": "inputs_embeds", "kind": "tensor", "shape": [2, 509, 256], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}]},
    {"qualname": "transformers.masking_utils.create_causal_mask",
     "init": {},
     "inputs": [
        {"name": "config", "kind": "config", "config_class": "TimeSeriesTransformerConfig", "fields": {"attn_implementation": "sdpa"}},
        {"name": "inputs_embeds", "kind": "tensor", "shape": [2, 24, 9], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}]},
]


_CONFIGS = {"BigBirdPegasusConfig": BigBirdPegasusConfig, "BridgeTowerConfig": BridgeTowerConfig, "ConditionalDetrConfig": ConditionalDetrConfig, "DetrConfig": DetrConfig, "NllbMoeConfig": NllbMoeConfig, "PegasusXConfig": PegasusXConfig, "Speech2TextConfig": Speech2TextConfig, "TimeSeriesTransformerConfig": TimeSeriesTransformerConfig}


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
