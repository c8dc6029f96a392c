"""RMSNorm in one Triton pass, in the two roundings transformers uses.

``llama`` (``LlamaRMSNorm``, ``Qwen3RMSNorm`` ...): the row is normalized in fp32, cast back
to the input dtype, then scaled by the weight in the promoted dtype. ``zero_centred``
(``Qwen3_5RMSNorm``, Gemma's form): normalized and scaled by ``1 + weight`` in fp32, then cast
to the input dtype. One read of the row, one read of the weight, one write: the bytes a norm
cannot avoid. Narrow rows (a per-head norm over 128 values) are processed several to a
program, so that each program still moves a few kilobytes.
"""
from __future__ import annotations

import torch
from torch import nn

from fastkernels.baselines.triton import AVAILABLE

if AVAILABLE:
    import triton
    import triton.language as tl

    @triton.jit
    def _rms_norm_rows(x_ptr, w_ptr, out_ptr, n_rows, row_stride, n_cols, eps,
                       ZERO_CENTRED: tl.constexpr, ROWS: tl.constexpr, BLOCK: tl.constexpr):
        rows = tl.program_id(0).to(tl.int64) * ROWS + tl.arange(0, ROWS)
        cols = tl.arange(0, BLOCK)
        mask = (rows < n_rows)[:, None] & (cols < n_cols)[None, :]
        x = tl.load(x_ptr + rows[:, None] * row_stride + cols[None, :], mask=mask, other=0.0).to(tl.float32)
        rstd = tl.rsqrt(tl.sum(x * x, axis=1) / n_cols + eps)
        w = tl.load(w_ptr + cols, mask=cols < n_cols, other=0.0).to(tl.float32)
        if ZERO_CENTRED:
            out = x * rstd[:, None] * (1.0 + w[None, :])
        else:
            normed = (x * rstd[:, None]).to(x_ptr.dtype.element_ty).to(tl.float32)
            out = w[None, :] * normed
        tl.store(out_ptr + rows[:, None] * n_cols + cols[None, :], out.to(out_ptr.dtype.element_ty), mask=mask)


def rms_norm(x: torch.Tensor, weight: torch.Tensor, eps: float, zero_centred: bool = False) -> torch.Tensor:
    n_cols = x.shape[-1]
    rows = x.reshape(-1, n_cols)
    if rows.stride(-1) != 1:
        rows = rows.contiguous()
    out_dtype = x.dtype if zero_centred else torch.promote_types(weight.dtype, x.dtype)
    out = torch.empty(rows.shape, dtype=out_dtype, device=x.device)
    block = triton.next_power_of_2(n_cols)
    per_program = max(1, min(32, 2048 // block))
    warps = min(max(block * per_program // 512, 1), 16)
    grid = (triton.cdiv(rows.shape[0], per_program),)
    _rms_norm_rows[grid](rows, weight, out, rows.shape[0], rows.stride(0), n_cols, eps,
                         ZERO_CENTRED=zero_centred, ROWS=per_program, BLOCK=block, num_warps=warps)
    return out.reshape(x.shape)


def for_module(module: nn.Module, variant: str = "llama"):
    """A callable with the module's forward, for an RMSNorm-shaped module; else None."""
    eps = getattr(module, "variance_epsilon", getattr(module, "eps", None))
    weight = getattr(module, "weight", None)
    if not AVAILABLE or not isinstance(eps, float) or not isinstance(weight, torch.Tensor) or weight.dim() != 1:
        return None
    zero_centred = variant == "zero_centred"
    return lambda hidden_states: rms_norm(hidden_states, weight, eps, zero_centred)
