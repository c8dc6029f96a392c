"""Elementwise activations in one Triton pass: GELU (erf and tanh forms), SiLU, ReLU, tanh,
QuickGELU and squared ReLU, as ``transformers.activations`` and ``torch.nn`` compute them.

Every element is read once, computed in fp32 and rounded once to the output dtype, which is
what PyTorch's own kernels for these functions do. Blocks of 4096 elements keep the loads
wide enough to reach copy bandwidth on a large tensor.
"""
from __future__ import annotations

import torch

from fastkernels.baselines.triton import AVAILABLE

if AVAILABLE:
    import triton
    import triton.language as tl

    @triton.jit
    def _tanh(x):
        # exp of a non-positive argument: no overflow; odd symmetry restores the sign
        t = tl.exp(-2.0 * tl.abs(x))
        y = (1.0 - t) / (1.0 + t)
        return tl.where(x < 0.0, -y, y)

    @triton.jit
    def _activation(x_ptr, out_ptr, n, OP: tl.constexpr, BLOCK: tl.constexpr):
        offsets = tl.program_id(0).to(tl.int64) * BLOCK + tl.arange(0, BLOCK)
        mask = offsets < n
        x = tl.load(x_ptr + offsets, mask=mask, other=0.0).to(tl.float32)
        if OP == "gelu":
            y = 0.5 * x * (1.0 + tl.math.erf(x * 0.7071067811865476))
        elif OP == "gelu_tanh":
            y = 0.5 * x * (1.0 + _tanh(0.7978845608028654 * (x + 0.044715 * x * x * x)))
        elif OP == "silu":
            y = x / (1.0 + tl.exp(-x))
        elif OP == "quick_gelu":
            y = x / (1.0 + tl.exp(-1.702 * x))
        elif OP == "relu":
            y = tl.where(x > 0.0, x, 0.0)
        elif OP == "relu_squared":
            r = tl.where(x > 0.0, x, 0.0)
            y = r * r
        else:  # "tanh"
            y = _tanh(x)
        tl.store(out_ptr + offsets, y.to(out_ptr.dtype.element_ty), mask=mask)


OPS = ("gelu", "gelu_tanh", "silu", "quick_gelu", "relu", "relu_squared", "tanh")
BLOCK = 4096


def activation(x: torch.Tensor, op: str) -> torch.Tensor:
    x = x.contiguous()
    out = torch.empty_like(x)
    n = x.numel()
    if n:
        _activation[(triton.cdiv(n, BLOCK),)](x, out, n, OP=op, BLOCK=BLOCK, num_warps=8)
    return out


def for_module(model: torch.nn.Module, op: str):
    """The activation `op` with the module's forward, for a module that is not in place (an
    in-place ReLU writes its input, which a fresh output would not)."""
    if op not in OPS or getattr(model, "inplace", False):
        return None
    return lambda input: activation(input, op)
