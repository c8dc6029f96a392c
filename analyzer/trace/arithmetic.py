"""Half-precision GEMMs and convolutions computed in float32, under real-tensor strategies.

A CPU without bfloat16 matrix instructions (this project's CI machines have none) runs a
bfloat16 GEMM or convolution about fifty times slower than the same one in float32
(128x1024 @ 1024x1024 on one core: 0.33 s against 6 ms; a 64-channel 3x3 convolution of a
128x128 image: 8.5 s against 0.15 s), which made a shallow real forward of a wide MoE or a
keypoint detector take minutes. Elementwise ops and attention show no such gap.

``Float32Arithmetic`` sits below the recorder: the recorder sees, and records, each op as
the model issued it, with the model's dtypes; underneath, the listed ops upcast their
half-precision operands, compute in float32 and round the result to the dtype the op would
have returned. The values differ from bfloat16 arithmetic only by rounding, which a record
of shapes and dtypes never shows.

The float32 copies are made a slice of the output at a time (columns of a GEMM, batches of
a batched one, output channels of a convolution), so that a wide weight (a vocabulary
projection, a stack of experts) never exists twice at full size: the worker's memory guard
counts every byte. An op with no such slice that would copy more than ``WHOLE_BYTES``
computes in its own dtype.
"""

from __future__ import annotations

from typing import Callable

import torch
from torch.utils._python_dispatch import TorchDispatchMode

CHUNK_BYTES = 32 * 2**20  # float32 copies a sliced op makes at once
WHOLE_BYTES = 256 * 2**20  # float32 copies an op that cannot be sliced (grouped experts) may make
_HALF = (torch.bfloat16, torch.float16)
aten = torch.ops.aten


def _float(tensor):
    return tensor.float() if isinstance(tensor, torch.Tensor) and tensor.dtype in _HALF else tensor


def _slices(total: int, bytes_per_unit: int) -> list[slice]:
    """Consecutive slices of ``total`` units of ``bytes_per_unit``, each within ``CHUNK_BYTES``
    (the operand upcast whole, an activation, is not counted: slicing cannot shrink it)."""
    per_chunk = max(1, CHUNK_BYTES // max(1, bytes_per_unit))
    return [slice(start, min(start + per_chunk, total)) for start in range(0, total, per_chunk)]


def _sliced_bias(bias, batched: bool, length: int, part: slice):
    """The part of a broadcast bias that meets the output's slice ``part``: of its batches
    (a bias with a batch dimension of that length) or of its columns."""
    if not isinstance(bias, torch.Tensor):
        return bias
    if batched:
        return bias[part] if bias.dim() == 3 and bias.shape[0] == length else bias
    return bias[..., part] if bias.dim() >= 1 and bias.shape[-1] == length else bias


def _gemm(func, args: tuple, kwargs: dict, dtype: torch.dtype) -> torch.Tensor:
    """``mm``/``addmm`` by columns of the right operand, ``bmm``/``baddbmm`` by batches."""
    batched = func in (aten.bmm.default, aten.baddbmm.default)
    bias, left, right = (None, *args[:2]) if func in (aten.mm.default, aten.bmm.default) else args[:3]
    length = right.shape[0] if batched else right.shape[-1]
    if batched:  # a batch: its two operands and its output
        per_unit = 4 * (left[0].numel() + right[0].numel() + left.shape[1] * right.shape[2])
    else:  # a column: of the right operand and of the output
        per_unit = 4 * (right.shape[0] + left.shape[0])
    out = torch.empty(*left.shape[:-1], right.shape[-1], dtype=dtype, device=left.device)
    upcast_left = None if batched else left.float()
    for part in _slices(length, per_unit):
        index = (part,) if batched else (slice(None), part)
        piece = (left[part].float(), right[index].float()) if batched else (upcast_left, right[index].float())
        if bias is None:
            out[index] = func(*piece)
        else:
            out[index] = func(_float(_sliced_bias(bias, batched, length, part)), *piece, *args[3:], **kwargs)
    return out


def _convolution(func, args: tuple, kwargs: dict, dtype: torch.dtype) -> torch.Tensor | None:
    """A convolution by output channels; None where groups or transposition tie them."""
    image, weight, bias, stride, padding, dilation, transposed, output_padding, groups = args
    if transposed or groups != 1:
        return None
    parts, upcast_image = [], image.float()
    for part in _slices(weight.shape[0], 4 * weight[0].numel()):
        piece_bias = None if bias is None else bias[part].float()
        parts.append(func(upcast_image, weight[part].float(), piece_bias, stride, padding, dilation, transposed,
                          output_padding, groups).to(dtype))
    return torch.cat(parts, dim=1)


_SLICED: dict[object, Callable] = {
    aten.mm.default: _gemm, aten.addmm.default: _gemm, aten.bmm.default: _gemm, aten.baddbmm.default: _gemm,
    aten.convolution.default: _convolution,
}
_WHOLE = {aten._grouped_mm.default}


class Float32Arithmetic(TorchDispatchMode):
    """Computes GEMMs and convolutions on half-precision tensors in float32 (see the
    module's docstring); every other op, and every op on other dtypes, runs as issued."""

    def __torch_dispatch__(self, func, types_, args=(), kwargs=None):
        kwargs = kwargs or {}
        if func not in _SLICED and func not in _WHOLE:
            return func(*args, **kwargs)
        tensors = [a for a in (*args, *kwargs.values()) if isinstance(a, torch.Tensor)]
        half = {t.dtype for t in tensors if t.dtype in _HALF}
        if len(half) != 1 or any(t.is_floating_point() and t.dtype not in _HALF for t in tensors):
            return func(*args, **kwargs)
        (dtype,) = half
        if func in _SLICED:
            out = _SLICED[func](func, args, kwargs, dtype)
            if out is not None:
                return out
        if 4 * sum(t.numel() for t in tensors) > WHOLE_BYTES:
            return func(*args, **kwargs)
        out = func(*(_float(a) for a in args), **{k: _float(v) for k, v in kwargs.items()})
        return out.to(kwargs.get("out_dtype") or dtype)
