"""How much a task's checks hold, and the windows they run in, so that the bench's memory is
bounded by design: the parent plans every check, groups consecutive checks into windows of at
most `BenchConfig.window_bytes`, and runs the reference and the candidate process once per
window; each process, and the parent, holds one window's inputs and outputs at a time and
releases them before the next. A check that alone would not fit the host or the device is
skipped with its size.

A check's size is estimated from its case's `bytes` (inputs, outputs and weights the call
moves, for the listed dims), scaled to a held-out shape by the ratio of its batch and seq
sizes: each round keeps its inputs and outputs, and the candidate keeps a second output per
round (the call again on the same data), so one round holds at most twice the bytes moved in
the process that holds most (the candidate's, and the parent judging both sides' outputs).
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import torch

HELD_PER_ROUND = 2  # bytes held per round, in units of the bytes the call moves
DEVICE_HELD_PER_CALL = 2  # device bytes per call: the call's inputs, outputs and weights, and a copy of the inputs
WINDOW_BYTES = 1 << 30  # the most the checks of one window hold together (estimated)
CUDA_DEVICE_BYTES = 80 * 10**9  # an 80 GB card, unless told otherwise


def host_limit_bytes() -> int:
    """The most one check may hold on this host: a quarter of its memory, since the parent and
    a worker each hold a window at once and the host is rarely the bench's alone."""
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // 4
    except (ValueError, OSError, AttributeError):
        return 4 << 30


def free_bytes(device: str) -> int | None:
    """The device's free memory, on CUDA with the blocks PyTorch holds unused; None where the host
    cannot tell (no ``SC_AVPHYS_PAGES`` on macOS)."""
    if device.startswith("cuda"):
        index = torch.device(device)
        return torch.cuda.mem_get_info(index)[0] + torch.cuda.memory_reserved(index) - torch.cuda.memory_allocated(index)
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return None


def shape_scale(case: dict, dims: dict | None) -> float:
    """How much larger a held-out shape is than the listed one (1 for the listed shape)."""
    scale = 1.0
    for name, size in (dims or {}).items():
        listed = (case.get("dims") or {}).get(name) or 1
        scale *= size / listed
    return scale


def check_bytes(case: dict, check: dict) -> int:
    """Estimated host bytes one check holds over all its rounds."""
    moved = case.get("bytes") or 0
    return int(HELD_PER_ROUND * moved * shape_scale(case, check["dims"]) * len(check["seeds"]))


def device_bytes(case: dict, check: dict) -> int:
    """Estimated device bytes of one call of the check."""
    return int(DEVICE_HELD_PER_CALL * (case.get("bytes") or 0) * shape_scale(case, check["dims"]))


@dataclass(frozen=True)
class Limits:
    window_bytes: int = WINDOW_BYTES
    host_bytes: int = 0  # 0: `host_limit_bytes()`
    device_bytes: int = 0  # 0: no device limit (the CPU); on CUDA the card's memory


def too_large(case: dict, check: dict, limits: Limits) -> str | None:
    """Why the check cannot run here, with its size; None when it fits."""
    host = limits.host_bytes or host_limit_bytes()
    where = f"case {check['case']}" + (f" at {check['dims']}" if check["held_out"] else "")
    if check_bytes(case, check) > host:
        return f"{where} skipped: holds about {_gib(check_bytes(case, check))} on the host, over its limit of {_gib(host)}"
    if limits.device_bytes and device_bytes(case, check) > limits.device_bytes:
        return (f"{where} skipped: needs about {_gib(device_bytes(case, check))} on the device, "
                f"over its {_gib(limits.device_bytes)}")
    return None


def windows(checks: list[dict], cases: list[dict], window_bytes: int) -> list[list[dict]]:
    """Consecutive checks grouped so that each group holds at most ``window_bytes`` (a check
    larger than that runs alone)."""
    groups, held = [], 0
    for check in checks:
        size = check_bytes(cases[check["case"]], check)
        if not groups or held + size > window_bytes:
            groups.append([])
            held = 0
        groups[-1].append(check)
        held += size
    return groups


def _gib(nbytes: int) -> str:
    return f"{nbytes / 2**30:.1f} GiB"
