"""Attention, a whole model: `ClapModel` as transformers runs it, built from L2/clap_projection_layer (hyper-parameters of batch_norm, div, layer_norm, masked_fill, mul, scalar_tensor vary per case).

kernel:        a1c1f004458286f7
level:         4
label:         attention
qualnames:     transformers.models.clap.modeling_clap.ClapModel
transformers:  5.24.0
architectures: clap
cases:         1 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.models.clap.configuration_clap import ClapConfig
from transformers.models.clap.modeling_clap import ClapModel
from transformers.models.clap.modeling_clap import ClapOutput
from transformers.utils.generic import TransformersKwargs
from typing import Unpack


class Model(ClapModel):
    """`ClapModel` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config: ClapConfig):
        super().__init__(config)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """Attention, a whole model: `ClapModel` as transformers runs it, built from L2/clap_projection_layer (hyper-parameters of batch_norm, div, layer_norm, masked_fill, mul, scalar_tensor vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        logit_scale_a []
        logit_scale_t []
        text_model.embeddings.position_ids [1, 514]
        text_model.embeddings.token_type_ids [1, 514]
        text_model.embeddings.word_embeddings.weight [50265, 768]
        text_model.embeddings.token_type_embeddings.weight [1, 768]
        text_model.embeddings.LayerNorm.weight [768]
        text_model.embeddings.LayerNorm.bias [768]
        text_model.embeddings.position_embeddings.weight [514, 768]
        text_model.encoder.layer.{0..11}.attention.self.query.weight [768, 768]
        text_model.encoder.layer.{0..11}.attention.self.query.bias [768]
        text_model.encoder.layer.{0..11}.attention.self.key.weight [768, 768]
        text_model.encoder.layer.{0..11}.attention.self.key.bias [768]
        text_model.encoder.layer.{0..11}.attention.self.value.weight [768, 768]
        text_model.encoder.layer.{0..11}.attention.self.value.bias [768]
        text_model.encoder.layer.{0..11}.attention.output.dense.weight [768, 768]
        text_model.encoder.layer.{0..11}.attention.output.dense.bias [768]
        text_model.encoder.layer.{0..11}.attention.output.LayerNorm.weight [768]
        text_model.encoder.layer.{0..11}.attention.output.LayerNorm.bias [768]
        text_model.encoder.layer.{0..11}.intermediate.dense.weight [3072, 768]
        text_model.encoder.layer.{0..11}.intermediate.dense.bias [3072]
        text_model.encoder.layer.{0..11}.output.dense.weight [768, 3072]
        text_model.encoder.layer.{0..11}.output.dense.bias [768]
        text_model.encoder.layer.{0..11}.output.LayerNorm.weight [768]
        text_model.encoder.layer.{0..11}.output.LayerNorm.bias [768]
        text_model.pooler.dense.weight [768, 768]
        text_model.pooler.dense.bias [768]
        text_projection.linear1.weight [512, 768]
        text_projection.linear1.bias [512]
        text_projection.linear2.weight [512, 512]
        text_projection.linear2.bias [512]
        audio_model.audio_encoder.patch_embed.proj.weight [96, 1, 4, 4]
        audio_model.audio_encoder.patch_embed.proj.bias [96]
        audio_model.audio_encoder.patch_embed.norm.weight [96]
        audio_model.audio_encoder.patch_embed.norm.bias [96]
        audio_model.audio_encoder.layers.0.blocks.0.layernorm_before.weight [96]
        audio_model.audio_encoder.layers.0.blocks.0.layernorm_before.bias [96]
        audio_model.audio_encoder.layers.0.blocks.0.attention.self.relative_position_bias_table [225, 4]
        audio_model.audio_encoder.layers.{0..3}.blocks.0.attention.self.relative_position_index [64, 64]
        audio_model.audio_encoder.layers.0.blocks.0.attention.self.query.weight [96, 96]
        ... and 225 more: Model(*get_init_inputs()).state_dict() lists them
    """

    def __init__(self, config: ClapConfig):
        super().__init__()
        raise NotImplementedError("write the kernel: attention (ClapModel)")

    def forward(
        self,
        input_ids: torch.LongTensor | None = None,
        input_features: torch.Tensor | None = None,
        is_longer: torch.BoolTensor | None = None,
        attention_mask: torch.Tensor | None = None,
        position_ids: torch.LongTensor | None = None,
        return_loss: bool | None = None,
        **kwargs: Unpack[TransformersKwargs],
    ) -> tuple | ClapOutput:
        raise NotImplementedError("write the kernel: attention (ClapModel)")


KERNEL = {"id": "a1c1f004458286f7", "name": "clap_model", "level": 4, "label": "attention", "qualname": "transformers.models.clap.modeling_clap.ClapModel", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "ClapConfig", "fields": {"logit_scale_init_value": 14.285714285714285, "projection_dim": 512, "attn_implementation": "eager"}}},
     "inputs": [
        {"name": "input_ids", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 2},
        {"name": "input_features", "kind": "tensor", "shape": [2, 1, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 233648932,
     "flops": 216167918242,
     "architectures": ["clap"],
     "qualname": "transformers.models.clap.modeling_clap.ClapModel",
     "path": "",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = []


_CONFIGS = {"ClapConfig": ClapConfig}


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
