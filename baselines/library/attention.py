"""PyTorch's attention backends behind transformers' ``sdpa_attention_forward``.

``sdpa_flash``, ``sdpa_cudnn`` and ``sdpa_efficient`` run the upstream function unchanged with
SDPA pinned to one backend (``torch.nn.attention.sdpa_kernel``): whatever transformers does
around the kernel (GQA, causal flag, mask slicing) stays as it is, and a backend that cannot
take a case raises, which the ladder records as that rung failing. ``flex`` is FlexAttention
(compiled, as it must be to be fast) with the same arguments: an additive or boolean mask
becomes a score modification, ``is_causal`` a block mask.
"""
from __future__ import annotations

import torch

BACKENDS = {"sdpa_flash": "FLASH_ATTENTION", "sdpa_cudnn": "CUDNN_ATTENTION", "sdpa_efficient": "EFFICIENT_ATTENTION"}
VARIANTS = (*BACKENDS, "flex")


def missing(device: str, variant: str = "") -> str | None:
    """FlexAttention also compiles for the CPU; the SDPA backends named here are CUDA kernels."""
    if device != "cuda" and variant != "flex":
        return f"SDPA's {BACKENDS.get(variant, variant)} backend is a CUDA kernel"
    return None


def for_module(model, variant: str):
    if variant in BACKENDS:
        from torch.nn.attention import SDPBackend, sdpa_kernel

        backend = getattr(SDPBackend, BACKENDS[variant])

        def pinned(*args, **kwargs):
            with sdpa_kernel(backend):
                return model(*args, **kwargs)
        return pinned
    if variant == "flex":
        return _flex_attention_forward
    return None


_compiled_flex = None


def _flex_attention_forward(module, query, key, value, attention_mask, dropout=0.0, scaling=None, is_causal=None,
                            position_bias=None, **kwargs):
    """``sdpa_attention_forward``'s arguments and result, computed by FlexAttention."""
    from torch.nn.attention.flex_attention import create_block_mask, flex_attention

    global _compiled_flex
    if dropout or position_bias is not None or kwargs.get("softcap") is not None:
        raise ValueError("FlexAttention rung: dropout, position bias and softcap are not mapped")
    _compiled_flex = _compiled_flex or torch.compile(flex_attention)
    q_len, kv_len = query.shape[2], key.shape[2]
    causal = getattr(module, "is_causal", True) if is_causal is None else is_causal
    causal = q_len > 1 and attention_mask is None and causal
    score_mod, block_mask = None, None
    if attention_mask is not None:
        mask = attention_mask[:, :, :, :kv_len]
        per_head = mask.shape[1] > 1
        if mask.dtype == torch.bool:
            def score_mod(score, b, h, q, kv):
                return torch.where(mask[b, h if per_head else 0, q, kv], score, -float("inf"))
        else:
            def score_mod(score, b, h, q, kv):
                return score + mask[b, h if per_head else 0, q, kv]
    elif causal:
        block_mask = create_block_mask(lambda b, h, q, kv: q >= kv, None, None, q_len, kv_len, device=query.device)
    groups = getattr(module, "num_key_value_groups", 1)
    out = _compiled_flex(query, key, value, score_mod=score_mod, block_mask=block_mask, scale=scaling,
                         enable_gqa=groups > 1)
    return out.transpose(1, 2).contiguous(), None
