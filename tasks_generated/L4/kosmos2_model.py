"""Attention, a whole model: `Kosmos2Model` as transformers runs it, built from L1/layer_norm, L2/kosmos2_image_to_text_projection (hyper-parameters of clamp_min, full, layer_norm, mul, sdpa vary per case).

kernel:        c47471647d82fe7f
level:         4
label:         attention
qualnames:     transformers.models.kosmos2.modeling_kosmos2.Kosmos2Model
transformers:  5.24.0
architectures: kosmos-2
cases:         1 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.cache_utils import Cache
from transformers.models.kosmos2.configuration_kosmos2 import Kosmos2Config
from transformers.models.kosmos2.modeling_kosmos2 import Kosmos2Model
from transformers.models.kosmos2.modeling_kosmos2 import Kosmos2ModelOutput
from transformers.utils.generic import TransformersKwargs
from typing import Unpack


class Model(Kosmos2Model):
    """`Kosmos2Model` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config: Kosmos2Config):
        super().__init__(config)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """Attention, a whole model: `Kosmos2Model` as transformers runs it, built from L1/layer_norm, L2/kosmos2_image_to_text_projection (hyper-parameters of clamp_min, full, layer_norm, mul, sdpa vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        text_model.model.embed_tokens.weight [65037, 2048]
        text_model.model.layers.{0..23}.self_attn.k_proj.weight [2048, 2048]
        text_model.model.layers.{0..23}.self_attn.k_proj.bias [2048]
        text_model.model.layers.{0..23}.self_attn.v_proj.weight [2048, 2048]
        text_model.model.layers.{0..23}.self_attn.v_proj.bias [2048]
        text_model.model.layers.{0..23}.self_attn.q_proj.weight [2048, 2048]
        text_model.model.layers.{0..23}.self_attn.q_proj.bias [2048]
        text_model.model.layers.{0..23}.self_attn.out_proj.weight [2048, 2048]
        text_model.model.layers.{0..23}.self_attn.out_proj.bias [2048]
        text_model.model.layers.{0..23}.self_attn.inner_attn_ln.weight [2048]
        text_model.model.layers.{0..23}.self_attn.inner_attn_ln.bias [2048]
        text_model.model.layers.{0..23}.self_attn_layer_norm.weight [2048]
        text_model.model.layers.{0..23}.self_attn_layer_norm.bias [2048]
        text_model.model.layers.{0..23}.ffn.fc1.weight [8192, 2048]
        text_model.model.layers.{0..23}.ffn.fc1.bias [8192]
        text_model.model.layers.{0..23}.ffn.fc2.weight [2048, 8192]
        text_model.model.layers.{0..23}.ffn.fc2.bias [2048]
        text_model.model.layers.{0..23}.ffn.ffn_layernorm.weight [8192]
        text_model.model.layers.{0..23}.ffn.ffn_layernorm.bias [8192]
        text_model.model.layers.{0..23}.final_layer_norm.weight [2048]
        text_model.model.layers.{0..23}.final_layer_norm.bias [2048]
        text_model.model.layer_norm.weight [2048]
        text_model.model.layer_norm.bias [2048]
        vision_model.model.embeddings.class_embedding [1024]
        vision_model.model.embeddings.patch_embedding.weight [1024, 3, 14, 14]
        vision_model.model.embeddings.position_embedding.weight [257, 1024]
        vision_model.model.pre_layrnorm.weight [1024]
        vision_model.model.pre_layrnorm.bias [1024]
        vision_model.model.encoder.layers.{0..23}.self_attn.k_proj.weight [1024, 1024]
        vision_model.model.encoder.layers.{0..23}.self_attn.k_proj.bias [1024]
        vision_model.model.encoder.layers.{0..23}.self_attn.v_proj.weight [1024, 1024]
        vision_model.model.encoder.layers.{0..23}.self_attn.v_proj.bias [1024]
        vision_model.model.encoder.layers.{0..23}.self_attn.q_proj.weight [1024, 1024]
        vision_model.model.encoder.layers.{0..23}.self_attn.q_proj.bias [1024]
        vision_model.model.encoder.layers.{0..23}.self_attn.out_proj.weight [1024, 1024]
        vision_model.model.encoder.layers.{0..23}.self_attn.out_proj.bias [1024]
        vision_model.model.encoder.layers.{0..23}.layer_norm1.weight [1024]
        vision_model.model.encoder.layers.{0..23}.layer_norm1.bias [1024]
        vision_model.model.encoder.layers.{0..23}.mlp.fc1.weight [4096, 1024]
        vision_model.model.encoder.layers.{0..23}.mlp.fc1.bias [4096]
        ... and 17 more: Model(*get_init_inputs()).state_dict() lists them
    """

    def __init__(self, config: Kosmos2Config):
        super().__init__()
        raise NotImplementedError("write the kernel: attention (Kosmos2Model)")

    def forward(
        self,
        pixel_values: torch.Tensor | None = None,
        input_ids: torch.Tensor | None = None,
        image_embeds_position_mask: torch.Tensor | None = None,
        attention_mask: torch.Tensor | None = None,
        cache: Cache | None = None,
        image_embeds: torch.Tensor | None = None,
        inputs_embeds: torch.Tensor | None = None,
        position_ids: torch.Tensor | None = None,
        use_cache: bool | None = None,
        interpolate_pos_encoding: bool = False,
        **kwargs: Unpack[TransformersKwargs],
    ) -> tuple | Kosmos2ModelOutput:
        raise NotImplementedError("write the kernel: attention (Kosmos2Model)")


KERNEL = {"id": "c47471647d82fe7f", "name": "kosmos2_model", "level": 4, "label": "attention", "qualname": "transformers.models.kosmos2.modeling_kosmos2.Kosmos2Model", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "Kosmos2Config", "fields": {"latent_query_num": 64, "tie_word_embeddings": True, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "pixel_values", "kind": "tensor", "shape": [2, 3, 224, 224], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "input_ids", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 2},
        {"name": "image_embeds_position_mask", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "fill": 1}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 3081455528,
     "flops": 2902177604149,
     "architectures": ["kosmos-2"],
     "qualname": "transformers.models.kosmos2.modeling_kosmos2.Kosmos2Model",
     "path": "",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = []


_CONFIGS = {"Kosmos2Config": Kosmos2Config}


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
