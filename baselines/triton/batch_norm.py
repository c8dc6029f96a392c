"""Batch normalization at inference, in one Triton pass, in the two forms transformers runs.

``eval``: ``nn.BatchNorm1d``/``BatchNorm2d`` in eval mode with running statistics, as PyTorch's
own kernel computes it: ``(x - mean) * rsqrt(var + eps) * weight + bias`` in fp32, rounded once
to the input's dtype. ``frozen``: the frozen BatchNorm of the DETR-family detectors (statistics
and affine parameters as buffers, eps fixed at 1e-5 in its forward), ``x * scale + shift`` with
``scale = weight * rsqrt(var + eps)`` and ``shift = bias - mean * scale``, in fp32, rounded once
to the promoted dtype its forward returns.

The input is read as ``[batch, channels, inner]`` (``inner`` the product of the trailing dims,
1 for a ``[batch, channels]`` input). Each element reads its channel's statistics, a few
kilobytes that stay in cache, so the bytes that reach memory are the input once and the output
once: what an elementwise pass cannot avoid.
"""
from __future__ import annotations

import functools

import torch
from torch import nn

from fastkernels.baselines.triton import AVAILABLE

FROZEN_EPS = 1e-5
BLOCK = 2048

if AVAILABLE:
    import triton
    import triton.language as tl

    @triton.jit
    def _batch_norm(x_ptr, mean_ptr, var_ptr, w_ptr, b_ptr, out_ptr, n, channels, inner, eps,
                    HAS_WEIGHT: tl.constexpr, HAS_BIAS: tl.constexpr, FROZEN: tl.constexpr, BLOCK: tl.constexpr):
        offsets = tl.program_id(0).to(tl.int64) * BLOCK + tl.arange(0, BLOCK)
        mask = offsets < n
        channel = (offsets // inner) % channels
        x = tl.load(x_ptr + offsets, mask=mask, other=0.0).to(tl.float32)
        mean = tl.load(mean_ptr + channel, mask=mask, other=0.0).to(tl.float32)
        rstd = tl.rsqrt(tl.load(var_ptr + channel, mask=mask, other=1.0).to(tl.float32) + eps)
        weight = tl.load(w_ptr + channel, mask=mask, other=1.0).to(tl.float32) if HAS_WEIGHT else 1.0
        bias = tl.load(b_ptr + channel, mask=mask, other=0.0).to(tl.float32) if HAS_BIAS else 0.0
        if FROZEN:
            scale = weight * rstd
            y = x * scale + (bias - mean * scale)
        else:
            y = (x - mean) * rstd * weight + bias
        tl.store(out_ptr + offsets, y.to(out_ptr.dtype.element_ty), mask=mask)


def batch_norm(x: torch.Tensor, mean: torch.Tensor, var: torch.Tensor, weight: torch.Tensor | None,
               bias: torch.Tensor | None, eps: float, out_dtype: torch.dtype, frozen: bool = False) -> torch.Tensor:
    """``x`` normalized per channel (its dim 1) by fixed statistics."""
    x = x.contiguous()
    out = torch.empty(x.shape, dtype=out_dtype, device=x.device)
    if not x.numel():
        return out
    channels = x.shape[1]
    inner = x.numel() // (x.shape[0] * channels)
    grid = (triton.cdiv(x.numel(), BLOCK),)
    _batch_norm[grid](x, mean, var, weight if weight is not None else mean, bias if bias is not None else mean, out,
                      x.numel(), channels, inner, eps, HAS_WEIGHT=weight is not None, HAS_BIAS=bias is not None,
                      FROZEN=frozen, BLOCK=BLOCK, num_warps=8)
    return out


def for_module(module: nn.Module, variant: str = "eval"):
    """A callable with the module's forward, for a batch norm of that form at inference; else
    None (no running statistics, or an ``nn`` batch norm in training mode: both normalize by the
    batch's own statistics; a frozen one ignores the mode)."""
    mean, var = getattr(module, "running_mean", None), getattr(module, "running_var", None)
    if not AVAILABLE or not isinstance(mean, torch.Tensor) or not isinstance(var, torch.Tensor):
        return None
    weight, bias = getattr(module, "weight", None), getattr(module, "bias", None)
    if variant == "frozen":
        if not (isinstance(weight, torch.Tensor) and isinstance(bias, torch.Tensor)):
            return None
        stats = functools.reduce(torch.promote_types, (weight.dtype, bias.dtype, mean.dtype, var.dtype))
        return lambda x: batch_norm(x, mean, var, weight, bias, FROZEN_EPS, torch.promote_types(x.dtype, stats), frozen=True)
    eps = getattr(module, "eps", None)
    if module.training or not isinstance(eps, float):
        return None
    return lambda input: batch_norm(input, mean, var, weight, bias, eps, input.dtype)
