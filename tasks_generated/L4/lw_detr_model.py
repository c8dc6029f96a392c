"""Attention, a whole model: `LwDetrModel` as transformers runs it, built from L1/layer_norm, L1/linear, L1/lw_detr_refine_bboxes, L3/pp_doc_layout_v2_mlp_prediction_head (hyper-parameters of batch_norm, gt, layer_norm, lt, mul, sdpa vary per case).

kernel:        4ddf42721c68ee63
level:         4
label:         attention
qualnames:     transformers.models.lw_detr.modeling_lw_detr.LwDetrModel
transformers:  5.24.0
architectures: lw_detr
cases:         1 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.models.lw_detr.configuration_lw_detr import LwDetrConfig
from transformers.models.lw_detr.modeling_lw_detr import LwDetrModel
from transformers.models.lw_detr.modeling_lw_detr import LwDetrModelOutput
from transformers.utils.generic import TransformersKwargs
from typing import Unpack


class Model(LwDetrModel):
    """`LwDetrModel` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config: LwDetrConfig):
        super().__init__(config)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """Attention, a whole model: `LwDetrModel` as transformers runs it, built from L1/layer_norm, L1/linear, L1/lw_detr_refine_bboxes, L3/pp_doc_layout_v2_mlp_prediction_head (hyper-parameters of batch_norm, gt, layer_norm, lt, mul, sdpa vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        backbone.backbone.embeddings.position_embeddings [1, 197, 192]
        backbone.backbone.embeddings.projection.weight [192, 3, 16, 16]
        backbone.backbone.embeddings.projection.bias [192]
        backbone.backbone.encoder.layer.{0..9}.gamma_1 [192]
        backbone.backbone.encoder.layer.{0..9}.gamma_2 [192]
        backbone.backbone.encoder.layer.{0..9}.attention.q_proj.weight [192, 192]
        backbone.backbone.encoder.layer.{0..9}.attention.q_proj.bias [192]
        backbone.backbone.encoder.layer.{0..9}.attention.k_proj.weight [192, 192]
        backbone.backbone.encoder.layer.{0..9}.attention.v_proj.weight [192, 192]
        backbone.backbone.encoder.layer.{0..9}.attention.v_proj.bias [192]
        backbone.backbone.encoder.layer.{0..9}.attention.o_proj.weight [192, 192]
        backbone.backbone.encoder.layer.{0..9}.attention.o_proj.bias [192]
        backbone.backbone.encoder.layer.{0..9}.intermediate.fc1.weight [768, 192]
        backbone.backbone.encoder.layer.{0..9}.intermediate.fc1.bias [768]
        backbone.backbone.encoder.layer.{0..9}.intermediate.fc2.weight [192, 768]
        backbone.backbone.encoder.layer.{0..9}.intermediate.fc2.bias [192]
        backbone.backbone.encoder.layer.{0..9}.layernorm_before.weight [192]
        backbone.backbone.encoder.layer.{0..9}.layernorm_before.bias [192]
        backbone.backbone.encoder.layer.{0..9}.layernorm_after.weight [192]
        backbone.backbone.encoder.layer.{0..9}.layernorm_after.bias [192]
        reference_point_embed.weight [300, 4]
        query_feat.weight [300, 256]
        decoder.layers.{0..2}.self_attn.q_proj.weight [256, 256]
        decoder.layers.{0..2}.self_attn.q_proj.bias [256]
        decoder.layers.{0..2}.self_attn.k_proj.weight [256, 256]
        decoder.layers.{0..2}.self_attn.k_proj.bias [256]
        decoder.layers.{0..2}.self_attn.v_proj.weight [256, 256]
        decoder.layers.{0..2}.self_attn.v_proj.bias [256]
        decoder.layers.{0..2}.self_attn.o_proj.weight [256, 256]
        decoder.layers.{0..2}.self_attn.o_proj.bias [256]
        decoder.layers.{0..2}.self_attn_layer_norm.weight [256]
        decoder.layers.{0..2}.self_attn_layer_norm.bias [256]
        decoder.layers.{0..2}.cross_attn.sampling_offsets.weight [128, 256]
        decoder.layers.{0..2}.cross_attn.sampling_offsets.bias [128]
        decoder.layers.{0..2}.cross_attn.attention_weights.weight [64, 256]
        decoder.layers.{0..2}.cross_attn.attention_weights.bias [64]
        decoder.layers.{0..2}.cross_attn.value_proj.weight [256, 256]
        decoder.layers.{0..2}.cross_attn.value_proj.bias [256]
        decoder.layers.{0..2}.cross_attn.output_proj.weight [256, 256]
        decoder.layers.{0..2}.cross_attn.output_proj.bias [256]
        ... and 25 more: Model(*get_init_inputs()).state_dict() lists them
    """

    def __init__(self, config: LwDetrConfig):
        super().__init__()
        raise NotImplementedError("write the kernel: attention (LwDetrModel)")

    def forward(
        self,
        pixel_values: torch.Tensor = None,
        pixel_mask: torch.LongTensor | None = None,
        **kwargs: Unpack[TransformersKwargs],
    ) -> LwDetrModelOutput:
        raise NotImplementedError("write the kernel: attention (LwDetrModel)")


KERNEL = {"id": "4ddf42721c68ee63", "name": "lw_detr_model", "level": 4, "label": "attention", "qualname": "transformers.models.lw_detr.modeling_lw_detr.LwDetrModel", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "LwDetrConfig", "fields": {"activation_dropout": 0.0, "activation_function": "silu", "attention_bias": True, "attention_dropout": 0.0, "batch_norm_eps": 1e-05, "d_model": 256, "decoder_activation_function": "relu", "decoder_cross_attention_heads": 16, "decoder_ffn_dim": 2048, "decoder_n_points": 4, "decoder_self_attention_heads": 8, "disable_custom_kernels": True, "dropout": 0.0, "group_detr": 1, "hidden_expansion": 0.5, "id2label": {"0": "LABEL_0", "1": "LABEL_1"}, "num_feature_levels": 1, "num_labels": 2, "num_queries": 300, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "pixel_values", "kind": "tensor", "shape": [2, 3, 1024, 1024], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 35840636,
     "flops": 220808797780,
     "architectures": ["lw_detr"],
     "qualname": "transformers.models.lw_detr.modeling_lw_detr.LwDetrModel",
     "path": "",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = []


_CONFIGS = {"LwDetrConfig": LwDetrConfig}


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
