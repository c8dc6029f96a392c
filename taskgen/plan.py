"""Which tasks a release gets, and their names.

For the representatives of the cover: every distinct L1 and L2 kernel they use (exact
granularity, bookkeeping excluded), each distinct layer (L3), and each model (L4). A task
is named after its kernel's most common upstream qualname (`LlamaRMSNorm` ->
`llama_rms_norm`); two kernels of one level with the same name keep it for the one more
architectures use, the others get their kernel id's first characters as suffix, so a name
does not move when an unrelated kernel appears.
"""

from __future__ import annotations

from dataclasses import dataclass

from fastkernels.analyzer.identity.kernels import Kernel, readable_name

LEVELS = (1, 2, 3, 4)


@dataclass(frozen=True)
class Planned:
    name: str
    level: int
    kernel: Kernel


def task_kernels(analysis: dict, representatives: list[str]) -> list[Kernel]:
    """Exact kernels of the representatives at every level, bookkeeping excluded."""
    table = analysis["kernels"]["exact"]
    ids: set[str] = set()
    for name in representatives:
        by_level = analysis["architectures"][name]["kernels"].get("exact", {})
        for level in LEVELS:
            ids.update(by_level.get(str(level), []))
    return [table[i] for i in sorted(ids) if i in table and not table[i].bookkeeping]


def plan(analysis: dict, representatives: list[str]) -> list[Planned]:
    by_name: dict[tuple[int, str], list[Kernel]] = {}
    for kernel in task_kernels(analysis, representatives):
        base = readable_name(next(iter(kernel.qualnames)))
        by_name.setdefault((kernel.level, base), []).append(kernel)
    planned = []
    for (level, base), kernels in sorted(by_name.items()):
        kernels.sort(key=lambda k: (-len(k.architectures), k.id))
        for rank, kernel in enumerate(kernels):
            planned.append(Planned(base if rank == 0 else f"{base}_{kernel.id[:6]}", level, kernel))
    return sorted(planned, key=lambda p: (p.level, p.name))
