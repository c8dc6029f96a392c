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


def baseline_ladder(kernel: dict, model: nn.Module, device: str) -> list[tuple[str, Callable]]:
    ladder: list[tuple[str, Callable]] = [("eager", model)]
    if device != "cuda":
        return ladder
    ladder.append(("torch.compile", torch.compile(model)))
    if kernel.get("label") == "norm":
        from fastkernels.baselines import triton_rms_norm

        rung = triton_rms_norm.for_module(model)
        if rung is not None:
            ladder.append(("triton rms_norm", rung))
    return ladder
