"""Attention, a module built from leaf kernels: `LlamaAttention` as transformers runs it, built from L1/linear_6959a5, L1/llama_apply_rotary_pos_emb, L1/sdpa_attention_forward_c59735 (hyper-parameters of sdpa vary per case).

kernel:        635d281c0aab12f0
level:         2
label:         attention
qualnames:     transformers.models.llama.modeling_llama.LlamaAttention, transformers.models.cosmos3_edge.modeling_cosmos3_edge.Cosmos3EdgeTextAttention, transformers.models.higgs_audio_v2.modeling_higgs_audio_v2.HiggsAudioV2Attention, transformers.models.mistral.modeling_mistral.MistralAttention, transformers.models.paddleocr_vl.modeling_paddleocr_vl.PaddleOCRAttention
transformers:  5.24.0
architectures: cosmos3_edge, higgs_audio_v2, idefics2, idefics3, omniasr, paddleocr_vl, smolvlm
cases:         4 real cases, default first (the most common that fits in 8 GB); 8 unmapped
"""

import torch
from torch import nn
from transformers.cache_utils import Cache
from transformers.models.llama.configuration_llama import LlamaConfig
from transformers.models.llama.modeling_llama import LlamaAttention as Model
from transformers.utils.generic import TransformersKwargs
from typing import Unpack


class ModelNew(nn.Module):
    """Attention, a module built from leaf kernels: `LlamaAttention` as transformers runs it, built from L1/linear_6959a5, L1/llama_apply_rotary_pos_emb, L1/sdpa_attention_forward_c59735 (hyper-parameters of sdpa vary per case).

    Candidate stub: same constructor and forward signature as Model."""

    def __init__(self, config: LlamaConfig, layer_idx: int):
        super().__init__()
        raise NotImplementedError("write the kernel: attention (LlamaAttention)")

    def forward(
        self,
        hidden_states: torch.Tensor,
        position_embeddings: tuple[torch.Tensor, torch.Tensor] | None = None,
        attention_mask: torch.Tensor | None = None,
        cache: Cache | None = None,
        **kwargs: Unpack[TransformersKwargs],
    ) -> tuple[torch.Tensor, torch.Tensor]:
        raise NotImplementedError("write the kernel: attention (LlamaAttention)")


KERNEL = {"id": "635d281c0aab12f0", "name": "llama_attention_635d28", "level": 2, "label": "attention", "qualname": "transformers.models.llama.modeling_llama.LlamaAttention", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims.
CASES = [
    {"init": {"config": {"config_class": "LlamaConfig", "fields": {"attention_bias": False, "attention_dropout": 0.0, "head_dim": 128, "hidden_size": 4096, "num_attention_heads": 32, "num_key_value_heads": 32, "attn_implementation": "sdpa"}}, "layer_idx": 0},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_embeddings", "kind": "tensors", "tensors": [{"shape": [1, 509, 128], "roles": ["fixed", "seq", "fixed"], "dtype": "bfloat16"}, {"shape": [1, 509, 128], "roles": ["fixed", "seq", "fixed"], "dtype": "bfloat16"}]},
        {"name": "attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 151157248,
     "flops": 145160740864,
     "architectures": ["idefics3", "smolvlm"],
     "qualname": "transformers.models.llama.modeling_llama.LlamaAttention",
     "path": "text_model.layers.0.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "LlamaConfig", "fields": {"attention_bias": False, "attention_dropout": 0.0, "head_dim": 128, "hidden_size": 4096, "num_attention_heads": 32, "num_key_value_heads": 32, "attn_implementation": "sdpa"}}, "layer_idx": 1},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_embeddings", "kind": "tensors", "tensors": [{"shape": [1, 509, 128], "roles": ["fixed", "seq", "fixed"], "dtype": "bfloat16"}, {"shape": [1, 509, 128], "roles": ["fixed", "seq", "fixed"], "dtype": "bfloat16"}]},
        {"name": "attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 151157248,
     "flops": 145160740864,
     "architectures": ["idefics3", "smolvlm"],
     "qualname": "transformers.models.llama.modeling_llama.LlamaAttention",
     "path": "text_model.layers.1.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "LlamaConfig", "fields": {"attention_bias": False, "attention_dropout": 0.0, "head_dim": 512, "hidden_size": 4096, "num_attention_heads": 8, "num_key_value_heads": 8, "attn_implementation": "sdpa"}}, "layer_idx": 0},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_embeddings", "kind": "tensors", "tensors": [{"shape": [1, 509, 512], "roles": ["fixed", "seq", "fixed"], "dtype": "bfloat16"}, {"shape": [1, 509, 512], "roles": ["fixed", "seq", "fixed"], "dtype": "bfloat16"}]},
        {"name": "attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 151939072,
     "flops": 145160740864,
     "architectures": ["omniasr"],
     "qualname": "transformers.models.llama.modeling_llama.LlamaAttention",
     "path": "language_model.layers.0.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "LlamaConfig", "fields": {"attention_bias": False, "attention_dropout": 0.0, "head_dim": 512, "hidden_size": 4096, "num_attention_heads": 8, "num_key_value_heads": 8, "attn_implementation": "sdpa"}}, "layer_idx": 1},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_embeddings", "kind": "tensors", "tensors": [{"shape": [1, 509, 512], "roles": ["fixed", "seq", "fixed"], "dtype": "bfloat16"}, {"shape": [1, 509, 512], "roles": ["fixed", "seq", "fixed"], "dtype": "bfloat16"}]},
        {"name": "attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 151939072,
     "flops": 145160740864,
     "architectures": ["omniasr"],
     "qualname": "transformers.models.llama.modeling_llama.LlamaAttention",
     "path": "language_model.layers.1.self_attn",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.paddleocr_vl.modeling_paddleocr_vl.PaddleOCRAttention",
     "architectures": ["paddleocr_vl"],
     "reason": "built by PaddleOCRAttention from a PaddleOCRTextConfig"},
    {"qualname": "transformers.models.paddleocr_vl.modeling_paddleocr_vl.PaddleOCRAttention",
     "architectures": ["paddleocr_vl"],
     "reason": "built by PaddleOCRAttention from a PaddleOCRTextConfig"},
    {"qualname": "transformers.models.cosmos3_edge.modeling_cosmos3_edge.Cosmos3EdgeTextAttention",
     "architectures": ["cosmos3_edge"],
     "reason": "built by Cosmos3EdgeTextAttention from a Cosmos3EdgeTextConfig"},
    {"qualname": "transformers.models.cosmos3_edge.modeling_cosmos3_edge.Cosmos3EdgeTextAttention",
     "architectures": ["cosmos3_edge"],
     "reason": "built by Cosmos3EdgeTextAttention from a Cosmos3EdgeTextConfig"},
    {"qualname": "transformers.models.higgs_audio_v2.modeling_higgs_audio_v2.HiggsAudioV2Attention",
     "architectures": ["higgs_audio_v2"],
     "reason": "built by HiggsAudioV2Attention from a HiggsAudioV2Config"},
    {"qualname": "transformers.models.higgs_audio_v2.modeling_higgs_audio_v2.HiggsAudioV2Attention",
     "architectures": ["higgs_audio_v2"],
     "reason": "built by HiggsAudioV2Attention from a HiggsAudioV2Config"},
    {"qualname": "transformers.models.mistral.modeling_mistral.MistralAttention",
     "architectures": ["idefics2"],
     "reason": "built by MistralAttention from a MistralConfig"},
    {"qualname": "transformers.models.mistral.modeling_mistral.MistralAttention",
     "architectures": ["idefics2"],
     "reason": "built by MistralAttention from a MistralConfig"},
]


_CONFIGS = {"LlamaConfig": LlamaConfig}


def get_init_inputs(case=0):
    """Positional arguments of Model(...) / ModelNew(...) for CASES[case]."""
    return [_config(value) if isinstance(value, dict) else value for value in CASES[case]["init"].values()]


def get_inputs(case=0, dims=None):
    """Forward arguments (a list) for CASES[case]; `dims` overrides {"batch": b, "seq": s}
    to build a valid shape the case does not list (held-out shapes)."""
    dims = {**CASES[case]["dims"], **(dims or {})}
    return [_input(spec, dims, CASES[case]) for spec in CASES[case]["inputs"]]


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


def _input(spec, dims, case):
    kind = spec["kind"]
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
