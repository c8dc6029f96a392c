"""Attention, a whole model: `Apertus1p5Model` as transformers runs it, built from L1/conv2d_dadc18, L1/embedding (hyper-parameters of add, group_norm, mul, scalar_tensor vary per case).

kernel:        361136811527e0aa
level:         4
label:         attention
qualnames:     transformers.models.apertus1p5.modeling_apertus1p5.Apertus1p5Model
transformers:  5.24.0
architectures: apertus1p5
cases:         1 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.cache_utils import Cache
from transformers.modeling_outputs import BaseModelOutputWithPooling
from transformers.modeling_outputs import MultimodalBaseModelOutputWithPast
from transformers.models.apertus1p5.configuration_apertus1p5 import Apertus1p5Config
from transformers.models.apertus1p5.modeling_apertus1p5 import Apertus1p5Model
from transformers.utils.generic import TransformersKwargs
from typing import Unpack


class Model(Apertus1p5Model):
    """`Apertus1p5Model` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config: Apertus1p5Config):
        super().__init__(config)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """Attention, a whole model: `Apertus1p5Model` as transformers runs it, built from L1/conv2d_dadc18, L1/embedding (hyper-parameters of add, group_norm, mul, scalar_tensor vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        language_model.embed_tokens.weight [266752, 4096]
        language_model.layers.{0..31}.self_attn.q_proj.weight [4096, 4096]
        language_model.layers.{0..31}.self_attn.k_proj.weight [4096, 4096]
        language_model.layers.{0..31}.self_attn.v_proj.weight [4096, 4096]
        language_model.layers.{0..31}.self_attn.o_proj.weight [4096, 4096]
        language_model.layers.{0..31}.self_attn.q_norm.weight [128]
        language_model.layers.{0..31}.self_attn.k_norm.weight [128]
        language_model.layers.{0..31}.mlp.up_proj.weight [14336, 4096]
        language_model.layers.{0..31}.mlp.down_proj.weight [4096, 14336]
        language_model.layers.{0..31}.mlp.act_fn.alpha_p [1]
        language_model.layers.{0..31}.mlp.act_fn.alpha_n [1]
        language_model.layers.{0..31}.mlp.act_fn.beta []
        language_model.layers.{0..31}.mlp.act_fn.eps []
        language_model.layers.{0..31}.attention_layernorm.weight [4096]
        language_model.layers.{0..31}.feedforward_layernorm.weight [4096]
        language_model.norm.weight [4096]
        vision_tokenizer.encoder.conv_in.weight [256, 3, 3, 3]
        vision_tokenizer.encoder.conv_in.bias [256]
        vision_tokenizer.encoder.stages.{0..2}.layers.0.resnet.norm1.weight [256]
        vision_tokenizer.encoder.stages.{0..2}.layers.0.resnet.norm1.bias [256]
        vision_tokenizer.encoder.stages.{0..1}.layers.0.resnet.conv1.weight [256, 256, 3, 3]
        vision_tokenizer.encoder.stages.{0..1}.layers.0.resnet.conv1.bias [256]
        vision_tokenizer.encoder.stages.{0..1}.layers.0.resnet.norm2.weight [256]
        vision_tokenizer.encoder.stages.{0..1}.layers.0.resnet.norm2.bias [256]
        vision_tokenizer.encoder.stages.{0..1}.layers.0.resnet.conv2.weight [256, 256, 3, 3]
        vision_tokenizer.encoder.stages.{0..1}.layers.0.resnet.conv2.bias [256]
        vision_tokenizer.encoder.stages.{0..1}.layers.1.resnet.norm1.weight [256]
        vision_tokenizer.encoder.stages.{0..1}.layers.1.resnet.norm1.bias [256]
        vision_tokenizer.encoder.stages.{0..1}.layers.1.resnet.conv1.weight [256, 256, 3, 3]
        vision_tokenizer.encoder.stages.{0..1}.layers.1.resnet.conv1.bias [256]
        vision_tokenizer.encoder.stages.{0..1}.layers.1.resnet.norm2.weight [256]
        vision_tokenizer.encoder.stages.{0..1}.layers.1.resnet.norm2.bias [256]
        vision_tokenizer.encoder.stages.{0..1}.layers.1.resnet.conv2.weight [256, 256, 3, 3]
        vision_tokenizer.encoder.stages.{0..1}.layers.1.resnet.conv2.bias [256]
        vision_tokenizer.encoder.stages.{0..1}.layers.2.resnet.norm1.weight [256]
        vision_tokenizer.encoder.stages.{0..1}.layers.2.resnet.norm1.bias [256]
        vision_tokenizer.encoder.stages.{0..1}.layers.2.resnet.conv1.weight [256, 256, 3, 3]
        vision_tokenizer.encoder.stages.{0..1}.layers.2.resnet.conv1.bias [256]
        vision_tokenizer.encoder.stages.{0..1}.layers.2.resnet.norm2.weight [256]
        vision_tokenizer.encoder.stages.{0..1}.layers.2.resnet.norm2.bias [256]
        ... and 220 more: Model(*get_init_inputs()).state_dict() lists them
    """

    def __init__(self, config: Apertus1p5Config):
        super().__init__()
        raise NotImplementedError("write the kernel: attention (Apertus1p5Model)")

    def forward(
        self,
        input_ids: torch.LongTensor | None = None,
        pixel_values: torch.Tensor | None = None,
        image_sizes: torch.Tensor | None = None,
        input_values: torch.Tensor | None = None,
        padding_mask: torch.Tensor | None = None,
        attention_mask: torch.Tensor | None = None,
        position_ids: torch.LongTensor | None = None,
        cache: Cache | None = None,
        inputs_embeds: torch.Tensor | None = None,
        use_cache: bool | None = None,
        mm_encoder_outputs: dict[str, BaseModelOutputWithPooling] | None = None,
        **kwargs: Unpack[TransformersKwargs],
    ) -> tuple | MultimodalBaseModelOutputWithPast:
        raise NotImplementedError("write the kernel: attention (Apertus1p5Model)")


KERNEL = {"id": "361136811527e0aa", "name": "apertus1p5_model", "level": 4, "label": "attention", "qualname": "transformers.models.apertus1p5.modeling_apertus1p5.Apertus1p5Model", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "Apertus1p5Config", "fields": {"tie_word_embeddings": False, "attn_implementation": "eager"}}},
     "inputs": [
        {"name": "input_ids", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 2},
        {"name": "pixel_values", "kind": "tensor", "shape": [2, 3, 224, 224], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "image_sizes", "kind": "tensor", "shape": [2, 2], "roles": ["batch", "fixed"], "dtype": "int64", "draw": "rows", "row": [224, 224]},
        {"name": "input_values", "kind": "tensor", "shape": [2, 16000], "roles": ["batch", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_mask", "kind": "tensor", "shape": [2, 16000], "roles": ["batch", "fixed"], "dtype": "int64", "fill": 1}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 12750846864,
     "flops": 13954787494123,
     "architectures": ["apertus1p5"],
     "qualname": "transformers.models.apertus1p5.modeling_apertus1p5.Apertus1p5Model",
     "path": "",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = []


_CONFIGS = {"Apertus1p5Config": Apertus1p5Config}


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
