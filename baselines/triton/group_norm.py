"""Group normalization in Triton: ``nn.GroupNorm`` as PyTorch computes it, mean and variance of
each (sample, group) in fp32, then ``(x - mean) * rstd * weight + bias`` rounded once to the
input's dtype.

A group of a contiguous ``[batch, channels, *]`` input is one contiguous run of
``channels / groups x inner`` values, often tens of thousands, more than one program holds at
once. One program per group reads it twice: blocks of it folded into a running mean and sum of
squared deviations (Chan's pairwise update, each block's own deviations taken from its own
mean, so a large mean does not cancel the variance away), then the normalized output. Two
reads and one write: a third more than one pass over data that fit in registers.
"""
from __future__ import annotations

import torch
from torch import nn

from fastkernels.baselines.triton import AVAILABLE

BLOCK = 2048

if AVAILABLE:
    import triton
    import triton.language as tl

    @triton.jit
    def _group_norm(x_ptr, w_ptr, b_ptr, out_ptr, group_size, inner, channels_per_group, groups, eps,
                    HAS_WEIGHT: tl.constexpr, HAS_BIAS: tl.constexpr, BLOCK: tl.constexpr):
        group = tl.program_id(0)
        base = group.to(tl.int64) * group_size
        first_channel = (group % groups) * channels_per_group
        count, mean, m2 = 0.0, 0.0, 0.0
        for start in tl.range(0, group_size, BLOCK):
            offsets = start + tl.arange(0, BLOCK)
            mask = offsets < group_size
            x = tl.load(x_ptr + base + offsets, mask=mask, other=0.0).to(tl.float32)
            n = tl.minimum(group_size - start, BLOCK).to(tl.float32)
            block_mean = tl.sum(x, axis=0) / n
            deviation = tl.where(mask, x - block_mean, 0.0)
            delta, total = block_mean - mean, count + n
            mean += delta * n / total
            m2 += tl.sum(deviation * deviation, axis=0) + delta * delta * count * n / total
            count = total
        rstd = tl.rsqrt(m2 / count + eps)
        for start in tl.range(0, group_size, BLOCK):
            offsets = start + tl.arange(0, BLOCK)
            mask = offsets < group_size
            x = tl.load(x_ptr + base + offsets, mask=mask, other=0.0).to(tl.float32)
            y = (x - mean) * rstd
            channel = first_channel + offsets // inner
            if HAS_WEIGHT:
                y = y * tl.load(w_ptr + channel, mask=mask, other=1.0).to(tl.float32)
            if HAS_BIAS:
                y = y + tl.load(b_ptr + channel, mask=mask, other=0.0).to(tl.float32)
            tl.store(out_ptr + base + offsets, y.to(out_ptr.dtype.element_ty), mask=mask)


def group_norm(x: torch.Tensor, groups: int, weight: torch.Tensor | None, bias: torch.Tensor | None,
               eps: float) -> torch.Tensor:
    """``x`` (``[batch, channels, *]``) normalized over each group of ``channels / groups`` channels."""
    x = x.contiguous()
    out = torch.empty_like(x)
    if not x.numel():
        return out
    batch, channels = x.shape[0], x.shape[1]
    inner = x.numel() // (batch * channels)
    channels_per_group = channels // groups
    _group_norm[(batch * groups,)](x, weight if weight is not None else x, bias if bias is not None else x, out,
                                   channels_per_group * inner, inner, channels_per_group, groups, eps,
                                   HAS_WEIGHT=weight is not None, HAS_BIAS=bias is not None, BLOCK=BLOCK, num_warps=8)
    return out


def for_module(module: nn.Module, variant: str = ""):
    """A callable with the module's forward, for a GroupNorm-shaped module; else None."""
    groups, eps = getattr(module, "num_groups", None), getattr(module, "eps", None)
    channels = getattr(module, "num_channels", None)
    if not AVAILABLE or not isinstance(groups, int) or not isinstance(eps, float) or not isinstance(channels, int):
        return None
    if channels % groups:
        return None
    weight, bias = getattr(module, "weight", None), getattr(module, "bias", None)
    return lambda input: group_norm(input, groups, weight, bias, eps)
