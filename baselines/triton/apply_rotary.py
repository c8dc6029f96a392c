"""Rotary position embedding applied to queries and keys, in one Triton pass per tensor, in the
rotate-half forms transformers uses.

``half``: Llama's ``apply_rotary_pos_emb(q, k, cos, sin, unsqueeze_dim=1)``. ``half_positions``:
the same with the unused ``position_ids`` before ``unsqueeze_dim``, and a partial rotation (the
first ``cos.shape[-1]`` features rotate, the rest pass through: Nemotron's and its copies').
``vision``: Qwen2.5-VL's ``apply_rotary_pos_emb_vision(q, k, cos, sin)``, ``cos`` per token
broadcast over the heads (``unsqueeze(-2)``), computed in fp32 and returned in the inputs'
dtypes. Every form computes ``x * cos + rotate_half(x) * sin`` in fp32 and rounds once: the
half forms round each product in the input dtype upstream, so the kernel is the more accurate
of the two (the bench's envelope rule judges it so).

A row is one token of one head: its features are read once and written once, its ``cos`` and
``sin`` row read through the broadcast strides (shared by the heads, so mostly from cache).
"""
from __future__ import annotations

import torch

from fastkernels.baselines.triton import AVAILABLE

ROWS = 16

if AVAILABLE:
    import triton
    import triton.language as tl

    @triton.jit
    def _rotate(x_ptr, cos_ptr, sin_ptr, out_ptr, n_rows, dim1, dim2, xs0, xs1, xs2, cs0, cs1, cs2, cs3,
                head_dim, rotary_dim, ROWS: tl.constexpr, HALF: tl.constexpr, PASS: tl.constexpr):
        rows = tl.program_id(0).to(tl.int64) * ROWS + tl.arange(0, ROWS)
        live = rows < n_rows
        i0, i1, i2 = rows // (dim1 * dim2), (rows // dim2) % dim1, rows % dim2
        x_row = (i0 * xs0 + i1 * xs1 + i2 * xs2)[:, None]
        c_row = (i0 * cs0 + i1 * cs1 + i2 * cs2)[:, None]
        out_row = (rows * head_dim)[:, None]
        half = rotary_dim // 2
        j = tl.arange(0, HALF)[None, :]
        mask = live[:, None] & (j < half)
        x1 = tl.load(x_ptr + x_row + j, mask=mask, other=0.0).to(tl.float32)
        x2 = tl.load(x_ptr + x_row + half + j, mask=mask, other=0.0).to(tl.float32)
        cos1 = tl.load(cos_ptr + c_row + j * cs3, mask=mask, other=0.0).to(tl.float32)
        cos2 = tl.load(cos_ptr + c_row + (half + j) * cs3, mask=mask, other=0.0).to(tl.float32)
        sin1 = tl.load(sin_ptr + c_row + j * cs3, mask=mask, other=0.0).to(tl.float32)
        sin2 = tl.load(sin_ptr + c_row + (half + j) * cs3, mask=mask, other=0.0).to(tl.float32)
        tl.store(out_ptr + out_row + j, (x1 * cos1 - x2 * sin1).to(out_ptr.dtype.element_ty), mask=mask)
        tl.store(out_ptr + out_row + half + j, (x2 * cos2 + x1 * sin2).to(out_ptr.dtype.element_ty), mask=mask)
        if PASS > 0:
            p = tl.arange(0, PASS)[None, :]
            keep = live[:, None] & (p < head_dim - rotary_dim)
            rest = tl.load(x_ptr + x_row + rotary_dim + p, mask=keep, other=0.0)
            tl.store(out_ptr + out_row + rotary_dim + p, rest.to(out_ptr.dtype.element_ty), mask=keep)


def rotate(x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor, out_dtype: torch.dtype) -> torch.Tensor:
    """``x * cos + rotate_half(x) * sin`` on the first ``cos.shape[-1]`` features of ``x``, the
    rest passed through; ``cos`` and ``sin`` already broadcastable to ``x``."""
    if not 2 <= x.dim() <= 4:
        raise ValueError(f"rotate takes a query or key of 2 to 4 dims, got {tuple(x.shape)}")
    if x.stride(-1) != 1:
        x = x.contiguous()
    lead = (1,) * (4 - x.dim())
    x4 = x.reshape(*lead, *x.shape) if lead else x
    head_dim, rotary_dim = x.shape[-1], cos.shape[-1]
    shape = (*x4.shape[:-1], rotary_dim)
    cos4 = cos.reshape(*(1,) * (4 - cos.dim()), *cos.shape).expand(shape)
    sin4 = sin.reshape(*(1,) * (4 - sin.dim()), *sin.shape).expand(shape)
    if cos4.stride() != sin4.stride():
        cos4, sin4 = cos4.contiguous(), sin4.contiguous()
    out = torch.empty(x.shape, dtype=out_dtype, device=x.device)
    rows = x4.shape[0] * x4.shape[1] * x4.shape[2]
    if not rows:
        return out
    _rotate[(triton.cdiv(rows, ROWS),)](
        x4, cos4, sin4, out, rows, x4.shape[1], x4.shape[2], *x4.stride()[:3], *cos4.stride(), head_dim, rotary_dim,
        ROWS=ROWS, HALF=triton.next_power_of_2(max(rotary_dim // 2, 1)),
        PASS=triton.next_power_of_2(head_dim - rotary_dim) if head_dim > rotary_dim else 0, num_warps=4)
    return out


def _half(q, k, cos, sin, unsqueeze_dim=1):
    cos, sin = cos.unsqueeze(unsqueeze_dim), sin.unsqueeze(unsqueeze_dim)
    return (rotate(q, cos, sin, torch.result_type(q, cos)), rotate(k, cos, sin, torch.result_type(k, cos)))


def _vision(q, k, cos, sin):
    cos, sin = cos.unsqueeze(-2), sin.unsqueeze(-2)
    return rotate(q, cos, sin, q.dtype), rotate(k, cos, sin, k.dtype)


def for_module(module, variant: str = "half"):
    """A callable with the task's forward for the given form (the task's module holds nothing)."""
    if not AVAILABLE:
        return None
    if variant == "half":
        return _half
    if variant == "half_positions":
        return lambda q, k, cos, sin, position_ids=None, unsqueeze_dim=1: _half(q, k, cos, sin, unsqueeze_dim)
    if variant == "vision":
        return _vision
    return None
