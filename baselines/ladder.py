"""The baseline ladder for one task: every production implementation worth timing.

Families, in order: ``eager`` (the task's ``Model``); ``compile`` (``torch.compile`` of it,
default and ``max-autotune-no-cudagraphs``); ``library`` (Liger-Kernel, flash-linear-attention,
PyTorch's attention backends); ``triton`` (this project's kernels). Library and Triton rungs
are offered by the task's kernel id (``baselines.kernels``); an offer is confirmed or rejected
by the correctness check on the task's inputs, so offering is cheap and never wrong. A rung
that cannot be offered here (no CUDA, library not installed) is listed in ``Ladder.skipped``
with one line saying why.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Callable

import torch
from torch import nn

from fastkernels.baselines import kernels

RUNGS = ("eager", "compile", "library", "triton")
COMPILE_MODES = {"compile": "default", "compile-max-autotune": "max-autotune-no-cudagraphs"}


@dataclass
class Rung:
    name: str  # "eager", "compile-max-autotune", "liger.rms_norm", "triton.activation.gelu" ...
    family: str
    fn: Callable
    compiled: bool = False  # compiles per shape on its first call: checked and timed on timed cases only


@dataclass
class Ladder:
    rungs: list[Rung]
    skipped: dict[str, str] = field(default_factory=dict)  # rung or family -> why it is not offered


def family(rung: str) -> str:
    """The family of a rung's name: ``eager``, ``compile``, ``triton`` or ``library``."""
    if rung == "eager":
        return "eager"
    if rung.startswith("compile"):
        return "compile"
    return "triton" if rung.startswith("triton.") else "library"


def _rung_name(family: str, module: str, variant: str) -> str:
    return ".".join(part for part in (module if family == "library" else f"triton.{module}", variant) if part)


def build_ladder(kernel_id: str, model: nn.Module, device: str, families: tuple[str, ...] = RUNGS) -> Ladder:
    """The rungs of `families` that apply to this module on this device."""
    ladder = Ladder([Rung("eager", "eager", model)])
    if "compile" in families:
        if device != "cuda":
            ladder.skipped["compile"] = "torch.compile rungs are measured on CUDA only"
        else:
            for name, mode in COMPILE_MODES.items():
                ladder.rungs.append(Rung(name, "compile", torch.compile(model, mode=mode), compiled=True))
    for family, table, package in (("library", kernels.LIBRARY, "library"), ("triton", kernels.TRITON, "triton")):
        if family not in families:
            continue
        for module_name, variant in table.get(kernel_id, ()):
            name = _rung_name(family, module_name, variant)
            module = importlib.import_module(f"fastkernels.baselines.{package}.{module_name}")
            why = module.missing(device, variant) if family == "library" else _triton_missing(device)
            if why:
                ladder.skipped[name] = why
                continue
            fn = module.for_module(model, variant)
            if fn is None:
                ladder.skipped[name] = f"{name} does not take this module's form ({type(model).__name__})"
                continue
            ladder.rungs.append(Rung(name, family, fn, compiled=variant == "flex"))
    return ladder


def _triton_missing(device: str) -> str | None:
    from fastkernels.baselines.triton import AVAILABLE, MISSING

    if not AVAILABLE:
        return MISSING
    return None if device == "cuda" else "the project's Triton kernels need a CUDA device"


def baseline_ladder(kernel: dict, model: nn.Module, device: str, rungs: tuple[str, ...] = RUNGS) -> list[tuple[str, Callable]]:
    """(name, callable) of every offered rung, eager first: the bench's in-process ladder."""
    return [(r.name, r.fn) for r in build_ladder(kernel.get("id", ""), model, device, rungs).rungs]
