"""The rotary embedding's cos and sin tables in one Triton pass, for the rotary modules whose
inverse frequencies are fixed at construction (default, linear, llama3, YaRN and proportional
rope types).

``LlamaRotaryEmbedding`` and its copies compute ``position * inv_freq`` in fp32 (a product of
one term, so matmul or broadcast give the same number), duplicate it into both halves, take
cos and sin, scale by ``attention_scaling`` and cast to the input's dtype: three tensors
written, nothing but the positions read. One program writes a tile of positions.
"""
from __future__ import annotations

import torch

from fastkernels.baselines.triton import AVAILABLE

if AVAILABLE:
    import triton
    import triton.language as tl

    @triton.jit
    def _cos_sin(pos_ptr, inv_freq_ptr, cos_ptr, sin_ptr, n_pos, half, scaling,
                 ROWS: tl.constexpr, BLOCK: tl.constexpr):
        rows = tl.program_id(0).to(tl.int64) * ROWS + tl.arange(0, ROWS)
        cols = tl.arange(0, BLOCK)
        row_mask = rows < n_pos
        mask = row_mask[:, None] & (cols < 2 * half)[None, :]
        pos = tl.load(pos_ptr + rows, mask=row_mask, other=0).to(tl.float32)
        inv_freq = tl.load(inv_freq_ptr + cols % half, mask=cols < 2 * half, other=0.0)
        angle = pos[:, None] * inv_freq[None, :]
        offsets = rows[:, None] * (2 * half) + cols[None, :]
        tl.store(cos_ptr + offsets, (tl.cos(angle) * scaling).to(cos_ptr.dtype.element_ty), mask=mask)
        tl.store(sin_ptr + offsets, (tl.sin(angle) * scaling).to(sin_ptr.dtype.element_ty), mask=mask)


# rope types whose inverse frequencies are fixed at construction (transformers' ``dynamic_rope_update``
# recomputes them only for the dynamic and longrope types)
STATIC_ROPE_TYPES = ("default", "linear", "llama3", "yarn", "proportional")


def cos_sin(position_ids: torch.Tensor, inv_freq: torch.Tensor, scaling: float, dtype: torch.dtype):
    half = inv_freq.numel()
    shape = (*position_ids.shape, 2 * half)
    cos = torch.empty(shape, dtype=dtype, device=position_ids.device)
    sin = torch.empty_like(cos)
    positions = position_ids.reshape(-1).contiguous()
    block = triton.next_power_of_2(2 * half)
    rows = max(1, 4096 // block)
    grid = (triton.cdiv(positions.numel(), rows),)
    _cos_sin[grid](positions, inv_freq.float().contiguous(), cos, sin, positions.numel(), half, float(scaling),
                   ROWS=rows, BLOCK=block, num_warps=4)
    return cos, sin


def for_module(model: torch.nn.Module, variant: str = ""):
    """For a rotary module with fixed inverse frequencies and a float attention scaling: one
    ``inv_freq`` (``""``), or one per layer type, picked by ``forward``'s ``layer_type``
    (``layer_types``: Gemma 4's, cast to the input's dtype; ``layer_types_fp32``: LFM3's,
    which returns fp32)."""
    if variant in ("layer_types", "layer_types_fp32"):
        types, rope_types = getattr(model, "layer_types", None), getattr(model, "rope_type", None)
        if not isinstance(types, list) or not isinstance(rope_types, dict) or not types:
            return None
        tables = {t: (getattr(model, f"{t}_inv_freq", None), getattr(model, f"{t}_attention_scaling", None)) for t in types}
        if not all(_static(inv_freq, scaling, rope_types.get(t)) for t, (inv_freq, scaling) in tables.items()):
            return None
        fp32 = variant == "layer_types_fp32"
        return lambda x, position_ids, layer_type: cos_sin(position_ids, *tables[layer_type],
                                                           torch.float32 if fp32 else x.dtype)
    inv_freq, scaling = getattr(model, "inv_freq", None), getattr(model, "attention_scaling", None)
    if not _static(inv_freq, scaling, getattr(model, "rope_type", None)):
        return None
    return lambda x, position_ids: cos_sin(position_ids, inv_freq, scaling, x.dtype)


def _static(inv_freq, scaling, rope_type) -> bool:
    return (isinstance(inv_freq, torch.Tensor) and inv_freq.dim() == 1 and isinstance(scaling, (int, float))
            and rope_type in STATIC_ROPE_TYPES)
