"""Projections that read the same input, computed as one matrix product.

At batch 1 a decode step is a chain of matrix-vector products, each paying its own launch
and tail; an attention's ``q_proj``, ``k_proj`` and ``v_proj`` (and a gated MLP's
``gate_proj`` and ``up_proj``) read the same hidden state, so one product against their
stacked weights does the same work in one kernel. The upstream modeling code must keep
running unchanged, so the fusion happens under it, in three steps:

- the projections' weights (and biases) are concatenated once into one tensor, and each
  projection's ``weight`` becomes a Parameter viewing its row block of it: no weight is
  stored twice, ``state_dict`` still names ``q_proj.weight``, and a write into a
  projection's weight is a write into the fused tensor;
- each projection stays the same ``nn.Linear`` instance at the same path (so paths,
  upstream qualnames and kernel ids still name it), with its ``forward`` replaced on the
  instance, as kernel swaps keyed by hub kernel marks do;
- the first projection called on an input computes the fused product and keeps it; the
  others, called on the same tensor object, take their column slices of it; the kept
  product is dropped when every projection has taken its slice. A projection called on
  another tensor computes the fused product anew, so a result is always the right slice
  of ``linear(input, fused weight)`` for its own input.

Under ``torch.compile`` the kept product is a trace-time value: the graph holds one matrix
product and its slices, and the state left after a forward is the empty state it started
from, so nothing host-side is read when a CUDA graph replays. Eagerly, a projection whose
weight no longer views the fused tensor (the model was moved, cast or reloaded by
assignment) triggers a rebuild from the projections' current weights.

Only plain ``nn.Linear`` projections (type exactly ``nn.Linear``, the same input size,
dtype and device, all with a bias or none) of a module defined by transformers are fused;
a module a kernel swap replaced is not a transformers module and is left alone.
"""

from __future__ import annotations

import contextlib
import dataclasses

import torch
import torch.nn.functional as F
from torch import nn

GROUPS = (("q_proj", "k_proj", "v_proj"), ("gate_proj", "up_proj"))


class FusedProjections:
    """One fused weight (and bias) for ``parts``, and the product of the last input."""

    def __init__(self, parts: list[nn.Linear]):
        self.parts = parts
        self.bounds = []
        start = 0
        for part in parts:
            self.bounds.append((start, start + part.out_features))
            start += part.out_features
        self._input = self._output = None
        self._left = 0
        self._rebuild()

    def _rebuild(self) -> None:
        """Concatenate the parts' current weights and point each part at its row block."""
        with torch.no_grad(), torch.inference_mode(False):
            self.weight = torch.cat([p.weight.detach() for p in self.parts])
            has_bias = self.parts[0].bias is not None
            self.bias = torch.cat([p.bias.detach() for p in self.parts]) if has_bias else None
            for part, (lo, hi) in zip(self.parts, self.bounds):
                part.weight = nn.Parameter(self.weight[lo:hi], requires_grad=False)
                if has_bias:
                    part.bias = nn.Parameter(self.bias[lo:hi], requires_grad=False)
        self._pointers = self._current_pointers()
        self._input = self._output = None

    def _current_pointers(self) -> tuple[int, ...]:
        return tuple(p.weight.data_ptr() for p in self.parts)

    def project(self, index: int, input: torch.Tensor) -> torch.Tensor:
        """Part ``index`` of ``linear(input, fused weight, fused bias)``."""
        if not torch.compiler.is_compiling() and self._current_pointers() != self._pointers:
            self._rebuild()
        if self._input is not input:
            self._input, self._output = input, F.linear(input, self.weight, self.bias)
            self._left = len(self.parts)
        lo, hi = self.bounds[index]
        out = self._output[..., lo:hi]
        self._left -= 1
        if self._left == 0:
            self._input = self._output = None
        return out


@dataclasses.dataclass
class FusedForward:
    """A fused part's ``forward``, set on its ``nn.Linear`` instance."""

    group: FusedProjections
    index: int

    def __call__(self, input: torch.Tensor) -> torch.Tensor:
        return self.group.project(self.index, input)


def _fusable(parent: nn.Module, names: tuple[str, ...]) -> list[nn.Linear] | None:
    parts = [getattr(parent, name, None) for name in names]
    if not all(type(p) is nn.Linear and "forward" not in p.__dict__ for p in parts):
        return None
    first = parts[0]
    same = all(p.in_features == first.in_features and p.weight.dtype == first.weight.dtype
               and p.weight.device == first.weight.device and (p.bias is None) == (first.bias is None)
               for p in parts)
    return parts if same else None


def fuse_projections(model: nn.Module) -> list[str]:
    """Fuse every group of projections the rules above allow, in place; returns them as
    ``path: q_proj+k_proj+v_proj``, in model order."""
    fused = []
    for path, module in model.named_modules():
        if not type(module).__module__.startswith("transformers."):
            continue
        for names in GROUPS:
            parts = _fusable(module, names)
            if parts is None:
                continue
            group = FusedProjections(parts)
            for index, part in enumerate(parts):
                part.forward = FusedForward(group, index)
            fused.append(f"{path}: {'+'.join(names)}")
    return fused


def unfuse_projections(model: nn.Module) -> int:
    """Give every fused projection back its own ``nn.Linear.forward`` (its weight stays a
    view of the fused tensor, with the same values); returns how many."""
    count = 0
    for module in model.modules():
        if isinstance(module.__dict__.get("forward"), FusedForward):
            del module.forward
            count += 1
    return count


@contextlib.contextmanager
def unfused(model: nn.Module):
    """Run the upstream projections, one product each, inside the block (e.g. so that a
    reference or a per-module profile sees the unfused model); fused again after."""
    saved = {m: m.__dict__["forward"] for m in model.modules() if isinstance(m.__dict__.get("forward"), FusedForward)}
    unfuse_projections(model)
    try:
        yield
    finally:
        for module, forward in saved.items():
            module.forward = forward
