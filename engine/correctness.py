"""Judging a candidate's outputs against the reference's, element by element.

An element passes when |out - ref| <= atol + rtol * |ref| with the tolerances of its dtype;
a NaN or Inf passes only where the reference has the same non-finite value; shape and dtype
must match exactly; integer and boolean tensors must be equal.

A reference that is itself not deterministic (atomic accumulation in half precision, as in
scatter-add MoE experts) gives a different answer when called twice on the same inputs. It
is called twice on every round's inputs; the largest difference, over the rounds, is its own
spread, and twice that spread is added to atol for that output: a candidate cannot be held
to a precision the production module does not have. A deterministic reference has a spread
of zero and changes nothing.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass

import torch

# (atol, rtol) by dtype. fp32 leaves room for a different reduction order, not for a lower
# precision (TF32 is off on both sides); half types allow about two ulps of bf16.
SPREAD_FACTOR = 2.0  # a nondeterministic reference's own spread, from one pair of calls, doubled
COMPARE_SLICE = 1 << 22  # elements compared at a time (32 MiB per float64 copy)
TOLERANCES = {
    torch.float64: (1e-8, 1e-7),
    torch.float32: (1e-5, 1e-4),
    torch.float16: (1e-2, 1e-2),
    torch.bfloat16: (1e-2, 1e-2),
}


@dataclass
class Mismatch:
    """The first failing output of a check, at its worst element."""

    where: str  # "case 0 round 2 output 1", "case 0 (held-out batch=3 seq=4) round 0 input 2"
    reason: str
    index: list[int] | None = None
    got: float | None = None
    expected: float | None = None
    abs_error: float | None = None

    def to_dict(self) -> dict:
        return asdict(self)

    def summary(self) -> str:
        if self.index is None:
            return f"{self.where}: {self.reason}"
        return (f"{self.where}: {self.reason} at {tuple(self.index)}: got {self.got:.6g}, "
                f"expected {self.expected:.6g} (|error| {self.abs_error:.3g})")


def compare(got, expected, where: str, spread: float = 0.0, scale: float = 1.0) -> tuple[Mismatch | None, float]:
    """Compare one output leaf; returns the mismatch (or None) and the largest absolute error.
    `spread` is the reference's own run-to-run difference on this output (see the module doc);
    `scale` (at least 1) widens the tolerance where the reference's own rounding needs it
    (`engine.envelope`)."""
    if not isinstance(expected, torch.Tensor) or not isinstance(got, torch.Tensor):
        if type(got) is not type(expected) or (not isinstance(got, torch.Tensor) and got != expected):
            return Mismatch(where, f"returned {_describe(got)}, expected {_describe(expected)}"), 0.0
        if not isinstance(expected, torch.Tensor):
            return None, 0.0
    if got.shape != expected.shape:
        return Mismatch(where, f"shape {list(got.shape)}, expected {list(expected.shape)}"), 0.0
    if got.dtype != expected.dtype:
        return Mismatch(where, f"dtype {got.dtype}, expected {expected.dtype}"), 0.0
    if got.numel() == 0:
        return None, 0.0
    if not expected.is_floating_point() and not expected.is_complex():
        wrong = got != expected
        if wrong.any():
            index = _unravel(int(wrong.flatten().nonzero()[0]), got.shape)
            return Mismatch(where, "integer values differ", index, float(got[tuple(index)]),
                            float(expected[tuple(index)]), float((got[tuple(index)] - expected[tuple(index)]).abs())), 0.0
        return None, 0.0
    atol, rtol = TOLERANCES.get(expected.dtype, TOLERANCES[torch.float32])
    atol += SPREAD_FACTOR * spread
    # In slices, so that the float64 copies of a large output take a bounded amount of memory.
    got_flat, expected_flat = got.reshape(-1), expected.reshape(-1)
    max_error, worst = 0.0, None  # worst: (ratio, flat index, got, expected, |error|, non-finite)
    for start in range(0, got_flat.numel(), COMPARE_SLICE):
        g, e = got_flat[start:start + COMPARE_SLICE].double(), expected_flat[start:start + COMPARE_SLICE].double()
        finite = torch.isfinite(e)
        error = (g - e).abs()
        # Non-finite reference values must be reproduced exactly; non-finite outputs elsewhere fail.
        bad_nonfinite = (~finite & ~((g == e) | (g.isnan() & e.isnan()))) | (finite & ~torch.isfinite(g))
        ratio = torch.where(finite, error / (atol + rtol * e.abs()), torch.zeros_like(error))
        ratio = torch.where(bad_nonfinite, torch.full_like(ratio, float("inf")), ratio.nan_to_num(nan=float("inf")))
        max_error = max(max_error, float(torch.where(finite & torch.isfinite(g), error, torch.zeros_like(error)).max()))
        i = int(ratio.argmax())
        if worst is None or float(ratio[i]) > worst[0]:  # the first of equal ratios, as one argmax over all
            worst = (float(ratio[i]), start + i, float(g[i]), float(e[i]), float(error[i]), bool(bad_nonfinite[i]))
    ratio, flat, got_value, expected_value, abs_error, nonfinite = worst
    if ratio <= scale:
        return None, max_error
    reason = "non-finite value" if nonfinite else f"outside atol={atol:g} rtol={rtol:g}"
    if scale > 1.0 and not nonfinite:
        reason += f" times {scale:.3g} (the reference's own rounding against float64, x4)"
    if spread and not nonfinite:
        reason += f" (atol includes twice the reference's own spread, {spread:g})"
    return Mismatch(where, reason, _unravel(flat, got.shape), got_value, expected_value, abs_error), max_error


def compare_outputs(got: list, expected: list, where: str, spreads: list[float] | None = None,
                    scales: list[float] | None = None) -> tuple[Mismatch | None, float]:
    """Compare flattened outputs; the first failing leaf is reported. `spreads` gives the
    reference's own run-to-run difference per output (none: a deterministic reference),
    `scales` the tolerance widening per output (none: the fixed tolerance)."""
    if len(got) != len(expected):
        return Mismatch(where, f"returned {len(got)} outputs, expected {len(expected)}"), 0.0
    spreads = spreads or [0.0] * len(expected)
    scales = scales or [1.0] * len(expected)
    max_error = 0.0
    for i, (g, e, spread, scale) in enumerate(zip(got, expected, spreads, scales)):
        mismatch, error = compare(g, e, f"{where} output {i}", spread, scale)
        if mismatch:
            return mismatch, max_error
        max_error = max(max_error, error)
    return None, max_error


def compare_inputs(reference_before: list, reference_after: list, candidate_after: list, where: str) -> Mismatch | None:
    """An input the reference leaves untouched must stay bit-identical; an input the reference
    mutates must end within tolerance of the reference's. Each side gives an input after the
    call only where the call changed it (None: bit-identical to the drawn input), and the
    reference gives the drawn input beside each one it changed."""
    for i, (before, ref, cand) in enumerate(zip(reference_before, reference_after, candidate_after)):
        label = f"{where} input {i}"
        if ref is None:
            if cand is not None:
                return Mismatch(label, "modified an input the reference leaves untouched")
        else:
            mismatch, _ = compare(before if cand is None else cand, ref, label)
            if mismatch:
                mismatch.reason = f"in-place update differs from the reference's: {mismatch.reason}"
                return mismatch
    return None


def spread(first: list, second: list) -> list[float]:
    """The reference's own run-to-run difference per output leaf: the largest absolute error
    `compare` finds between its two calls (over finite elements of floating outputs, 0 for
    other leaves)."""
    return [compare(a, b, "spread")[1] for a, b in zip(first, second)]


def _unravel(flat: int, shape) -> list[int]:
    index = []
    for size in reversed(list(shape)):
        index.append(flat % size)
        flat //= size
    return list(reversed(index))


def _describe(value) -> str:
    if isinstance(value, torch.Tensor):
        return f"a tensor {list(value.shape)} {value.dtype}"
    return f"{type(value).__name__} {value!r}"[:80]
