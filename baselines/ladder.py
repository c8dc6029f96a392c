"""The baseline ladder for one task: every production implementation worth timing.

Rungs: the eager reference; ``torch.compile`` of it (CUDA); a Triton kernel where one is
written for the computation (CUDA with Triton). A rung that does not apply to a module
(a Triton RMSNorm offered to a LayerNorm) is filtered later by the bench's correctness
check on the task's inputs, so offering is cheap and never wrong.
"""

from __future__ import annotations

from typing import Callable

import torch
from torch import nn

RUNGS = ("eager", "torch.compile", "triton")


def baseline_ladder(kernel: dict, model: nn.Module, device: str, rungs: tuple[str, ...] = RUNGS) -> list[tuple[str, Callable]]:
    """The rungs named in `rungs` that apply here. The eager reference is always a rung: the
    speedup over the reference is reported beside the speedup over the best baseline."""
    ladder: list[tuple[str, Callable]] = [("eager", model)]
    if device != "cuda":
        return ladder
    if "torch.compile" in rungs:
        ladder.append(("torch.compile", torch.compile(model)))
    if "triton" in rungs and kernel.get("label") == "norm":
        from fastkernels.baselines import triton_rms_norm

        rung = triton_rms_norm.for_module(model)
        if rung is not None:
            ladder.append(("triton rms_norm", rung))
    return ladder
