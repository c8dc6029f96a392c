"""The reference's own rounding: how far the task's `Model`, run in the task's dtype, lies from
the same module run in float64 on the same inputs.

A fixed tolerance per dtype can be tighter than the reference's own error: a bf16 rotary
rounds its products before adding them, and differs from exact arithmetic by more than
1e-2 + 1e-2·|ref| on a few elements. A candidate that rounds less often is then more
accurate than the reference and still fails. So each output leaf gets an envelope: the
reference's worst error against float64, in units of the dtype's tolerance at that element
(max |ref - exact| / (atol + rtol·|ref|)), the largest over the rounds of a check. The judge
allows max(1, ENVELOPE_FACTOR x envelope) of those units: the fixed tolerance stays the floor,
and a reference that rounds coarsely widens it in proportion.

Float64 is run where the device has the op; where it does not (a kernel only some dtypes
have), the module runs in float32 instead and the check says so. A module too large for a
float64 copy beside it gets no envelope (the floor alone), and the check says that too.
"""
from __future__ import annotations

import copy

import torch
from torch import nn

from fastkernels.engine.correctness import COMPARE_SLICE, TOLERANCES

ENVELOPE_FACTOR = 4.0
# A float64 copy of a module beside the one in the task's dtype: at most this many bytes.
MAX_HIGH_PRECISION_BYTES = 4 * 2**30
WIDE_DTYPES = (torch.float64, torch.float32)  # tried in this order: float32 where float64 fails


class HighPrecision:
    """The reference module again in float64 (float32 where float64 fails), built on first use."""

    def __init__(self, model: nn.Module) -> None:
        self.model, self.copy, self.dtype, self.note = model, None, None, ""

    def outputs(self, args: list, seed_call) -> list | None:
        """The module's outputs in high precision on `args` (widened), or None (see `note`)."""
        if self.note and self.copy is None:
            return None
        for dtype in ([self.dtype] if self.dtype else WIDE_DTYPES):
            try:
                if self.copy is None or self.dtype != dtype:
                    self.copy = self._copy(dtype)
                    if self.copy is None:
                        return None
                seed_call()
                result = self.copy(*widen(args, dtype))
                self.dtype = dtype
                return result
            except Exception as error:  # the op has no kernel in this dtype on this device
                self.note = f"{dtype} failed: {type(error).__name__}: {str(error).splitlines()[0][:120] if str(error) else ''}"
                self.copy = None
        self.note = self.note or "no wider precision runs this module"
        return None

    def _copy(self, dtype: torch.dtype) -> nn.Module | None:
        size = sum(t.numel() for t in [*self.model.parameters(), *self.model.buffers()]) * 8
        if size > MAX_HIGH_PRECISION_BYTES:
            self.note = f"a float64 copy would hold {size / 2**30:.1f} GiB"
            return None
        return copy.deepcopy(self.model).to(dtype)

    @property
    def precision(self) -> str | None:
        return str(self.dtype).replace("torch.", "") if self.dtype else None


def widen(value, dtype: torch.dtype):
    """Floating tensors (and modules passed as arguments) of a nested argument in `dtype`, the
    other tensors copied: the drawn inputs stay as they were, without a copy of their own."""
    if isinstance(value, torch.Tensor):
        return value.to(dtype) if value.is_floating_point() else value.clone()
    if isinstance(value, nn.Module):
        return copy.deepcopy(value).to(dtype)
    if isinstance(value, (list, tuple)):
        return type(value)(widen(v, dtype) for v in value)
    if isinstance(value, dict):
        return {k: widen(v, dtype) for k, v in value.items()}
    return value


def envelopes(expected: list, exact: list) -> list[float]:
    """Per output leaf: the reference's worst error against the high-precision run, in units of
    its dtype's tolerance at that element (0 for non-floating leaves and where the structure
    differs)."""
    if len(expected) != len(exact):
        return [0.0] * len(expected)
    found = []
    for ref, high in zip(expected, exact):
        if not (isinstance(ref, torch.Tensor) and isinstance(high, torch.Tensor) and ref.is_floating_point()
                and ref.shape == high.shape and ref.numel()):
            found.append(0.0)
            continue
        atol, rtol = TOLERANCES.get(ref.dtype, TOLERANCES[torch.float32])
        ref_flat, high_flat, worst = ref.detach().reshape(-1), high.detach().to(ref.device).reshape(-1), 0.0
        for start in range(0, ref_flat.numel(), COMPARE_SLICE):  # in slices, as the judge compares
            r, h = ref_flat[start:start + COMPARE_SLICE].double(), high_flat[start:start + COMPARE_SLICE].double()
            both = torch.isfinite(r) & torch.isfinite(h)
            ratio = torch.where(both, (r - h).abs() / (atol + rtol * r.abs()), torch.zeros_like(r))
            worst = max(worst, float(ratio.max()))
        found.append(worst)
    return found


def allowed(envelope: float) -> float:
    """Units of the fixed tolerance a candidate may use on an output with this envelope."""
    return max(1.0, ENVELOPE_FACTOR * envelope)


def summary(plan: list[dict], checks: list[dict]) -> dict | None:
    """What a result reports of the reference's own rounding: the largest envelope of each listed
    case, the largest overall, the precisions it was measured in, and why a case has none."""
    cases, precisions, notes = {}, set(), set()
    for check, found in zip(plan, checks):
        if found.get("error"):
            continue
        if found.get("precision"):
            precisions.add(found["precision"])
        if found.get("precision_note"):
            notes.add(found["precision_note"])
        if found.get("envelopes") and not check["held_out"]:
            key = str(check["case"])
            cases[key] = max(cases.get(key, 0.0), max(found["envelopes"], default=0.0))
    if not cases and not notes:
        return None
    return {"max": max(cases.values(), default=None), "cases": cases, "precision": sorted(precisions), "notes": sorted(notes)}
