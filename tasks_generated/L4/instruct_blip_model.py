"""Attention, a whole model: `InstructBlipModel` as transformers runs it, built from L1/embedding, L1/linear (hyper-parameters of layer_norm, mul, sdpa vary per case).

kernel:        6ee2f785127a5fd2
level:         4
label:         attention
qualnames:     transformers.models.instructblip.modeling_instructblip.InstructBlipModel, transformers.models.instructblipvideo.modeling_instructblipvideo.InstructBlipVideoModel
transformers:  5.24.0
architectures: instructblip, instructblipvideo
cases:         1 real cases, default first (the most common that fits in 8 GB); 1 unmapped
"""

import torch
from torch import nn
from transformers.modeling_flash_attention_utils import FlashAttentionKwargs
from transformers.models.instructblip.configuration_instructblip import InstructBlipConfig
from transformers.models.instructblip.modeling_instructblip import InstructBlipForConditionalGenerationModelOutput
from transformers.models.instructblip.modeling_instructblip import InstructBlipModel
from typing import Unpack


class Model(InstructBlipModel):
    """`InstructBlipModel` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config: InstructBlipConfig):
        super().__init__(config)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """Attention, a whole model: `InstructBlipModel` as transformers runs it, built from L1/embedding, L1/linear (hyper-parameters of layer_norm, mul, sdpa vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        query_tokens [1, 32, 768]
        vision_model.embeddings.class_embedding [1, 1, 1408]
        vision_model.embeddings.position_embedding [1, 257, 1408]
        vision_model.embeddings.patch_embedding.weight [1408, 3, 14, 14]
        vision_model.embeddings.patch_embedding.bias [1408]
        vision_model.encoder.layers.{0..38}.self_attn.qkv.weight [4224, 1408]
        vision_model.encoder.layers.{0..38}.self_attn.qkv.bias [4224]
        vision_model.encoder.layers.{0..38}.self_attn.projection.weight [1408, 1408]
        vision_model.encoder.layers.{0..38}.self_attn.projection.bias [1408]
        vision_model.encoder.layers.{0..38}.layer_norm1.weight [1408]
        vision_model.encoder.layers.{0..38}.layer_norm1.bias [1408]
        vision_model.encoder.layers.{0..38}.mlp.fc1.weight [6144, 1408]
        vision_model.encoder.layers.{0..38}.mlp.fc1.bias [6144]
        vision_model.encoder.layers.{0..38}.mlp.fc2.weight [1408, 6144]
        vision_model.encoder.layers.{0..38}.mlp.fc2.bias [1408]
        vision_model.encoder.layers.{0..38}.layer_norm2.weight [1408]
        vision_model.encoder.layers.{0..38}.layer_norm2.bias [1408]
        vision_model.post_layernorm.weight [1408]
        vision_model.post_layernorm.bias [1408]
        qformer.embeddings.word_embeddings.weight [30522, 768]
        qformer.embeddings.position_embeddings.weight [512, 768]
        qformer.embeddings.layernorm.weight [768]
        qformer.embeddings.layernorm.bias [768]
        qformer.encoder.layer.{0..11}.attention.attention.query.weight [768, 768]
        qformer.encoder.layer.{0..11}.attention.attention.query.bias [768]
        qformer.encoder.layer.{0..11}.attention.attention.key.weight [768, 768]
        qformer.encoder.layer.{0..11}.attention.attention.key.bias [768]
        qformer.encoder.layer.{0..11}.attention.attention.value.weight [768, 768]
        qformer.encoder.layer.{0..11}.attention.attention.value.bias [768]
        qformer.encoder.layer.{0..11}.attention.output.dense.weight [768, 768]
        qformer.encoder.layer.{0..11}.attention.output.dense.bias [768]
        qformer.encoder.layer.{0..11}.attention.output.LayerNorm.weight [768]
        qformer.encoder.layer.{0..11}.attention.output.LayerNorm.bias [768]
        qformer.encoder.layer.0.crossattention.attention.query.weight [768, 768]
        qformer.encoder.layer.2.crossattention.attention.query.weight [768, 768]
        qformer.encoder.layer.4.crossattention.attention.query.weight [768, 768]
        qformer.encoder.layer.6.crossattention.attention.query.weight [768, 768]
        qformer.encoder.layer.8.crossattention.attention.query.weight [768, 768]
        qformer.encoder.layer.10.crossattention.attention.query.weight [768, 768]
        qformer.encoder.layer.0.crossattention.attention.query.bias [768]
        ... and 87 more: Model(*get_init_inputs()).state_dict() lists them
    """

    def __init__(self, config: InstructBlipConfig):
        super().__init__()
        raise NotImplementedError("write the kernel: attention (InstructBlipModel)")

    def forward(
        self,
        pixel_values: torch.Tensor,
        qformer_input_ids: torch.Tensor,
        qformer_attention_mask: torch.LongTensor | None = None,
        input_ids: torch.Tensor | None = None,
        attention_mask: torch.LongTensor | None = None,
        decoder_input_ids: torch.LongTensor | None = None,
        decoder_attention_mask: torch.LongTensor | None = None,
        inputs_embeds: torch.Tensor | None = None,
        interpolate_pos_encoding: bool = False,
        **kwargs: Unpack[FlashAttentionKwargs],
    ) -> tuple | InstructBlipForConditionalGenerationModelOutput:
        raise NotImplementedError("write the kernel: attention (InstructBlipModel)")


KERNEL = {"id": "6ee2f785127a5fd2", "name": "instruct_blip_model", "level": 4, "label": "attention", "qualname": "transformers.models.instructblip.modeling_instructblip.InstructBlipModel", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "InstructBlipConfig", "fields": {"num_query_tokens": 32, "text_config": {"hidden_size": 768}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "pixel_values", "kind": "tensor", "shape": [2, 3, 224, 224], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "qformer_input_ids", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 2},
        {"name": "qformer_attention_mask", "kind": "default", "value": None},
        {"name": "input_ids", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 2},
        {"name": "attention_mask", "kind": "default", "value": None},
        {"name": "decoder_input_ids", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 2477674376,
     "flops": 1454348039394,
     "architectures": ["instructblip"],
     "qualname": "transformers.models.instructblip.modeling_instructblip.InstructBlipModel",
     "path": "",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.instructblipvideo.modeling_instructblipvideo.InstructBlipVideoModel",
     "architectures": ["instructblipvideo"],
     "reason": "built by InstructBlipVideoModel from a InstructBlipVideoConfig"},
]


_CONFIGS = {"InstructBlipConfig": InstructBlipConfig}


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
