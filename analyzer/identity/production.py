"""The ``production`` granularity: one kernel per implementation upstream serves.

transformers marks the classes that production swaps for one hub kernel
(``@use_kernel_forward_from_hub("RMSNorm")``, read by ``hub_marks``). Those classes are one
kernel here, whatever their traced graphs say; every other kernel is its ``family``. The
grouping starts from ``family`` kernels: a family kernel whose classes carry a mark joins
that mark, and marks sharing a family kernel are one production kernel (a family is already
one code path), so ``production`` is never finer than ``family``. Derived from the family
table and the marks, never stored: the committed analysis stays as traced.
"""

from __future__ import annotations

import hashlib

import networkx as nx

from fastkernels.analyzer.identity import hub_marks
from fastkernels.analyzer.identity.kernels import Kernel, most_common_first

PRODUCTION = "production"


def groups(family: dict[str, Kernel], marks: dict[str, str] | None = None) -> list[tuple[list[str], list[str]]]:
    """(hub marks, family kernel ids) for every production kernel that merges marked families,
    in a stable order. A mark is keyed with its level: an L1 and an L2 class never merge."""
    marks = hub_marks.hub_marks() if marks is None else marks
    graph = nx.Graph()
    for kernel in family.values():
        for mark in sorted({marks[q] for q in kernel.qualnames if q in marks}):
            graph.add_edge(("kernel", kernel.id), ("mark", kernel.level, mark))
    found = []
    for component in nx.connected_components(graph):
        names = sorted({node[2] for node in component if node[0] == "mark"})
        ids = sorted(node[1] for node in component if node[0] == "kernel")
        found.append((names, ids))
    return sorted(found)


def _merged(members: list[Kernel], names: list[str]) -> Kernel:
    level = members[0].level
    qualnames: dict[str, int] = {}
    for member in members:
        for qualname, calls in member.qualnames.items():
            qualnames[qualname] = qualnames.get(qualname, 0) + calls
    lead = max(members, key=lambda k: (len(k.architectures), k.id))  # the most shared names the kernel
    digest = hashlib.sha1("\x1f".join([PRODUCTION, str(level), *names]).encode()).hexdigest()[:16]
    return Kernel(
        id=digest, name=lead.name, level=level, label=lead.label, qualnames=most_common_first(qualnames),
        architectures=sorted({a for k in members for a in k.architectures}),
        children=sorted({c for k in members for c in k.children}), bookkeeping=lead.bookkeeping,
    )


def production_table(family: dict[str, Kernel], marks: dict[str, str] | None = None) -> tuple[dict[str, Kernel], dict[str, str]]:
    """The production kernels, and family id -> production id (every family id appears)."""
    of = {kernel_id: kernel_id for kernel_id in family}
    table = dict(family)
    for names, ids in groups(family, marks):
        merged = _merged([family[i] for i in ids], names)
        for kernel_id in ids:
            of[kernel_id] = merged.id
            del table[kernel_id]
        table[merged.id] = merged
    return table, of


def extend(analysis: dict) -> dict:
    """The analysis with a ``production`` granularity beside the traced ones (a new dict:
    the records passed in are not changed)."""
    table, of = production_table(analysis["kernels"]["family"])
    architectures = {}
    for name, record in analysis["architectures"].items():
        by_level = record.get("kernels", {}).get("family", {})
        ids = {level: sorted({of.get(k, k) for k in found}) for level, found in by_level.items()}
        architectures[name] = {**record, "kernels": {**record.get("kernels", {}), PRODUCTION: ids}}
    return {**analysis, "architectures": architectures, "kernels": {**analysis["kernels"], PRODUCTION: table}}
