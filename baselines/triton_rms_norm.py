"""RMSNorm in one Triton pass: the Liger-style production kernel for HF's RMSNorm.

It computes what ``LlamaRMSNorm`` computes, rounding where it rounds: the row is normalized
in fp32, cast back to the input dtype, then scaled by the weight in the weight's dtype.
One read of the row, one read of the weight, one write: the bytes a norm cannot avoid.
"""

from __future__ import annotations

import torch
from torch import nn

try:
    import triton
    import triton.language as tl
except ImportError:  # CPU machines: the rung is simply not offered
    triton = None


if triton is not None:

    @triton.jit
    def _rms_norm_rows(x_ptr, w_ptr, out_ptr, row_stride, n_cols, eps, BLOCK: tl.constexpr):
        row = tl.program_id(0)
        cols = tl.arange(0, BLOCK)
        mask = cols < n_cols
        x = tl.load(x_ptr + row * row_stride + cols, mask=mask, other=0.0).to(tl.float32)
        rstd = tl.rsqrt(tl.sum(x * x, axis=0) / n_cols + eps)
        normed = (x * rstd).to(x_ptr.dtype.element_ty)
        w = tl.load(w_ptr + cols, mask=mask, other=0.0)
        out = (w.to(tl.float32) * normed.to(tl.float32)).to(out_ptr.dtype.element_ty)
        tl.store(out_ptr + row * n_cols + cols, out, mask=mask)


def rms_norm(x: torch.Tensor, weight: torch.Tensor, eps: float) -> torch.Tensor:
    n_cols = x.shape[-1]
    rows = x.reshape(-1, n_cols)
    if rows.stride(-1) != 1:
        rows = rows.contiguous()
    out_dtype = torch.promote_types(weight.dtype, x.dtype)
    out = torch.empty(rows.shape, dtype=out_dtype, device=x.device)
    block = triton.next_power_of_2(n_cols)
    warps = min(max(block // 256, 1), 16)
    _rms_norm_rows[(rows.shape[0],)](rows, weight, out, rows.stride(0), n_cols, eps, BLOCK=block, num_warps=warps)
    return out.reshape(x.shape)


def for_module(module: nn.Module):
    """A callable with the module's forward, for an RMSNorm-shaped module; else None."""
    eps = getattr(module, "variance_epsilon", getattr(module, "eps", None))
    weight = getattr(module, "weight", None)
    if triton is None or not isinstance(eps, float) or not isinstance(weight, torch.Tensor) or weight.dim() != 1:
        return None
    return lambda hidden_states: rms_norm(hidden_states, weight, eps)
