"""Attention, a leaf kernel: `eager_attention_forward` as transformers runs it (hyper-parameters of mul vary per case).

kernel:        6e7803b4ae79027c
level:         1
label:         attention
qualnames:     transformers.models.dinov2.modeling_dinov2.eager_attention_forward, transformers.models.speech_to_text.modeling_speech_to_text.eager_attention_forward, transformers.models.bigbird_pegasus.modeling_bigbird_pegasus.eager_attention_forward, transformers.models.pegasus_x.modeling_pegasus_x.eager_attention_forward, transformers.models.bridgetower.modeling_bridgetower.eager_attention_forward, transformers.models.maskformer.modeling_maskformer.eager_attention_forward, transformers.models.tipsv2.modeling_tipsv2.eager_attention_forward, transformers.models.vitpose_backbone.modeling_vitpose_backbone.eager_attention_forward, transformers.models.d_fine.modeling_d_fine.eager_attention_forward, transformers.models.deimv2.modeling_deimv2.eager_attention_forward, transformers.models.pp_doclayout_v2.modeling_pp_doclayout_v2.eager_attention_forward, transformers.models.pp_doclayout_v3.modeling_pp_doclayout_v3.eager_attention_forward, transformers.models.pp_doclayout_v4.modeling_pp_doclayout_v4.eager_attention_forward, transformers.models.rt_detr.modeling_rt_detr.eager_attention_forward, transformers.models.rt_detr_v2.modeling_rt_detr_v2.eager_attention_forward, transformers.models.conditional_detr.modeling_conditional_detr.eager_attention_forward, transformers.models.deformable_detr.modeling_deformable_detr.eager_attention_forward, transformers.models.detr.modeling_detr.eager_attention_forward, transformers.models.nllb_moe.modeling_nllb_moe.eager_attention_forward, transformers.models.time_series_transformer.modeling_time_series_transformer.eager_attention_forward, transformers.models.informer.modeling_informer.eager_attention_forward
transformers:  5.24.0
architectures: bigbird_pegasus, bridgetower, conditional_detr, d_fine, deformable_detr, deimv2, depth_anything, detr, informer, maskformer, nllb-moe, pegasus_x, pp_doclayout_v2, pp_doclayout_v3, pp_doclayout_v4, prompt_depth_anything, rt_detr, rt_detr_v2, speech_to_text, time_series_transformer, tipsv2_dpt, vitpose
cases:         14 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.models.dinov2.modeling_dinov2 import eager_attention_forward
from transformers.utils.generic import TransformersKwargs
from typing import Unpack


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


KERNEL = {"id": "6e7803b4ae79027c", "name": "dinov2_eager_attention_forward", "level": 1, "label": "attention", "qualname": "transformers.models.dinov2.modeling_dinov2.eager_attention_forward", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 16, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [2, 16, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "value", "kind": "tensor", "shape": [2, 16, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "scaling", "kind": "float", "value": 0.125},
        {"name": "dropout", "kind": "float", "value": 0.0}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 24920640,
     "flops": 2138972736,
     "architectures": ["bigbird_pegasus", "nllb-moe", "pegasus_x"],
     "qualname": "transformers.models.bigbird_pegasus.modeling_bigbird_pegasus.eager_attention_forward",
     "path": "decoder.layers.0.encoder_attn"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 6, 1370, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [2, 6, 1370, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "value", "kind": "tensor", "shape": [2, 6, 1370, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "scaling", "kind": "float", "value": 0.125},
        {"name": "dropout", "kind": "float", "value": 0.0}],
     "dims": {"batch": 2},
     "bytes": 53462880,
     "flops": 5810882400,
     "architectures": ["depth_anything", "prompt_depth_anything"],
     "qualname": "transformers.models.dinov2.modeling_dinov2.eager_attention_forward",
     "path": "backbone.encoder.layer.0.attention"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 4, 128, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [2, 4, 128, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "value", "kind": "tensor", "shape": [2, 4, 128, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "scaling", "kind": "float", "value": 0.125},
        {"name": "dropout", "kind": "float", "value": 0.0}],
     "dims": {"batch": 2},
     "bytes": 786432,
     "flops": 33816576,
     "architectures": ["speech_to_text"],
     "qualname": "transformers.models.speech_to_text.modeling_speech_to_text.eager_attention_forward",
     "path": "encoder.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 12, 1026, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [2, 12, 1026, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "value", "kind": "tensor", "shape": [2, 12, 1026, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "scaling", "kind": "float", "value": 0.125},
        {"name": "dropout", "kind": "float", "value": 0.0}],
     "dims": {"batch": 2},
     "bytes": 63135936,
     "flops": 6518169792,
     "architectures": ["tipsv2_dpt"],
     "qualname": "transformers.models.tipsv2.modeling_tipsv2.eager_attention_forward",
     "path": "backbone.encoder.layer.0.attention"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 12, 192, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [2, 12, 192, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "value", "kind": "tensor", "shape": [2, 12, 192, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "scaling", "kind": "float", "value": 0.125},
        {"name": "dropout", "kind": "float", "value": 0.0}],
     "dims": {"batch": 2},
     "bytes": 4128768,
     "flops": 228261888,
     "architectures": ["vitpose"],
     "qualname": "transformers.models.vitpose_backbone.modeling_vitpose_backbone.eager_attention_forward",
     "path": "backbone.encoder.layer.0.attention.attention"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 12, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [2, 12, 325, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "value", "kind": "tensor", "shape": [2, 12, 325, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "scaling", "kind": "float", "value": 0.125},
        {"name": "dropout", "kind": "float", "value": 0.0}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 13064496,
     "flops": 1024311600,
     "architectures": ["bridgetower"],
     "qualname": "transformers.models.bridgetower.modeling_bridgetower.eager_attention_forward",
     "path": "cross_modal_text_layers.0.crossattention.self"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 12, 325, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [2, 12, 325, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "value", "kind": "tensor", "shape": [2, 12, 325, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "scaling", "kind": "float", "value": 0.125},
        {"name": "dropout", "kind": "float", "value": 0.0}],
     "dims": {"batch": 2},
     "bytes": 9063600,
     "flops": 654030000,
     "architectures": ["bridgetower"],
     "qualname": "transformers.models.bridgetower.modeling_bridgetower.eager_attention_forward",
     "path": "cross_modal_image_layers.0.attention.self"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 8, 300, 32], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [2, 8, 300, 32], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "value", "kind": "tensor", "shape": [2, 8, 300, 32], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "scaling", "kind": "float", "value": 0.1767766952966369},
        {"name": "dropout", "kind": "float", "value": 0.0}],
     "dims": {"batch": 2},
     "bytes": 4108800,
     "flops": 187200000,
     "architectures": ["conditional_detr", "d_fine", "deformable_detr", "deimv2", "pp_doclayout_v2", "pp_doclayout_v3", "pp_doclayout_v4", "rt_detr", "rt_detr_v2"],
     "qualname": "transformers.models.conditional_detr.modeling_conditional_detr.eager_attention_forward",
     "path": "decoder.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 8, 100, 32], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [2, 8, 100, 32], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "value", "kind": "tensor", "shape": [2, 8, 100, 32], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "scaling", "kind": "float", "value": 0.1767766952966369},
        {"name": "dropout", "kind": "float", "value": 0.0}],
     "dims": {"batch": 2},
     "bytes": 729600,
     "flops": 20800000,
     "architectures": ["detr", "maskformer"],
     "qualname": "transformers.models.detr.modeling_detr.eager_attention_forward",
     "path": "decoder.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 8, 100, 32], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [2, 8, 144, 32], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "value", "kind": "tensor", "shape": [2, 8, 144, 32], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "scaling", "kind": "float", "value": 0.1767766952966369},
        {"name": "dropout", "kind": "float", "value": 0.0}],
     "dims": {"batch": 2},
     "bytes": 960512,
     "flops": 29952000,
     "architectures": ["maskformer"],
     "qualname": "transformers.models.maskformer.modeling_maskformer.eager_attention_forward",
     "path": "transformer_module.decoder.layers.0.encoder_attn"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 4, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [2, 4, 128, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "value", "kind": "tensor", "shape": [2, 4, 128, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "scaling", "kind": "float", "value": 0.125},
        {"name": "dropout", "kind": "float", "value": 0.0}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 2347008,
     "flops": 134473728,
     "architectures": ["speech_to_text"],
     "qualname": "transformers.models.speech_to_text.modeling_speech_to_text.eager_attention_forward",
     "path": "decoder.layers.0.encoder_attn"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 2, 24, 32], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [2, 2, 12, 32], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "value", "kind": "tensor", "shape": [2, 2, 12, 32], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "scaling", "kind": "float", "value": 0.1767766952966369},
        {"name": "dropout", "kind": "float", "value": 0.0}],
     "dims": {"batch": 2},
     "bytes": 20736,
     "flops": 149760,
     "architectures": ["informer"],
     "qualname": "transformers.models.informer.modeling_informer.eager_attention_forward",
     "path": "decoder.layers.0.encoder_attn"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 2, 24, 32], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [2, 2, 24, 32], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "value", "kind": "tensor", "shape": [2, 2, 24, 32], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "scaling", "kind": "float", "value": 0.1767766952966369},
        {"name": "dropout", "kind": "float", "value": 0.0}],
     "dims": {"batch": 2},
     "bytes": 29184,
     "flops": 299520,
     "architectures": ["time_series_transformer"],
     "qualname": "transformers.models.time_series_transformer.modeling_time_series_transformer.eager_attention_forward",
     "path": "encoder.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 8, 49, 32], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [2, 8, 49, 32], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "value", "kind": "tensor", "shape": [2, 8, 49, 32], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "scaling", "kind": "float", "value": 0.1767766952966369},
        {"name": "dropout", "kind": "float", "value": 0.0}],
     "dims": {"batch": 2},
     "bytes": 277536,
     "flops": 4994080,
     "architectures": ["d_fine", "deimv2", "pp_doclayout_v2", "pp_doclayout_v3", "pp_doclayout_v4", "rt_detr", "rt_detr_v2"],
     "qualname": "transformers.models.d_fine.modeling_d_fine.eager_attention_forward",
     "path": "encoder.aifi.0.layers.0.self_attn"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = []


_CONFIGS = {}


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
