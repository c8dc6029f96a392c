"""The production baselines a candidate is measured against, fastest wins.

The ladder is the eager reference, then `torch.compile` of it on CUDA, then whatever
`fastkernels.baselines` offers for the kernel through `production_baselines(kernel, model)`
(a list of (name, callable) pairs built from the same weights).
"""
from __future__ import annotations

from typing import Callable

import torch
from torch import nn


def baseline_ladder(kernel: dict, model: nn.Module, device: str) -> list[tuple[str, Callable]]:
    ladder: list[tuple[str, Callable]] = [("eager", model)]
    if device == "cuda":
        ladder.append(("torch.compile", torch.compile(model)))
    from fastkernels import baselines

    provider = getattr(baselines, "production_baselines", None)
    if provider is not None:
        ladder.extend(provider(kernel, model))
    return ladder
