"""One kernel table from the committed analysis and the local cache.

The committed table aggregates every architecture's uses (who uses a kernel, its qualnames
with their call counts, its cases), and the architectures recorded locally (traced or
retraced on this machine, at the same analyzer revision and versions) replace their own
entries in it and nothing else: each local architecture is taken out of every committed
kernel and case that lists it, and its local uses are put back in. Call counts are not kept
per architecture, so a count is the larger of the committed and the local one: a local record
that reproduces the committed trace (the same revision and versions always do) leaves the
table byte for byte as committed, and one that differs can only add to another kernel's
counts, never take from the architectures that share it. A kernel or case left with no
architecture goes.
"""

from __future__ import annotations

from fastkernels.analyzer.identity.kernels import Kernel, build, case_key, case_order, most_common_first, readable_name


def merge_tables(committed: dict[str, dict[str, dict]], local_uses: dict[str, list[dict]],
                 local: set[str]) -> dict[str, dict[str, Kernel]]:
    """granularity -> kernel id -> Kernel: the committed kernels (as their JSON) with the
    architectures in ``local`` replaced by their uses in ``local_uses`` (an architecture of
    ``local`` without uses, partial or failed here, is only taken out)."""
    mine = build({arch: uses for arch, uses in local_uses.items() if arch in local})
    merged: dict[str, dict[str, Kernel]] = {}
    for granularity, by_id in committed.items():
        table = {kernel_id: _without(Kernel(**kernel), local) for kernel_id, kernel in by_id.items()}
        for kernel_id, kernel in mine.get(granularity, {}).items():
            if kernel_id in table:
                _add(table[kernel_id], kernel)
            else:
                table[kernel_id] = kernel
        for kernel in table.values():  # in the order `build` gives (stable: a case that did not move keeps its place)
            kernel.cases = sorted((case for case in kernel.cases if case["architectures"]), key=case_order)
        merged[granularity] = {kernel_id: kernel for kernel_id, kernel in table.items() if kernel.architectures}
    for granularity, by_id in mine.items():
        merged.setdefault(granularity, dict(by_id))
    return merged


def _without(kernel: Kernel, archs: set[str]) -> Kernel:
    kernel.architectures = [a for a in kernel.architectures if a not in archs]
    for case in kernel.cases:
        case["architectures"] = [a for a in case["architectures"] if a not in archs]
    return kernel


def _add(kernel: Kernel, own: Kernel) -> None:
    """Put one table's entry for the same kernel id back into the committed entry."""
    kernel.architectures = sorted(set(kernel.architectures) | set(own.architectures))
    counts = dict(kernel.qualnames)
    for qualname, calls in own.qualnames.items():
        counts[qualname] = max(counts.get(qualname, 0), calls)
    kernel.qualnames = most_common_first(counts)
    kernel.name = readable_name(next(iter(kernel.qualnames)))
    kernel.graph = kernel.graph or own.graph
    by_key = {case_key(case): case for case in kernel.cases}
    for case in own.cases:
        found = by_key.get(case_key(case))
        if found is None:
            kernel.cases.append(case)
            continue
        found["architectures"] = sorted(set(found["architectures"]) | set(case["architectures"]))
        found["calls"] = max(found["calls"], case["calls"])
