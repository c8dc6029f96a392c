"""The core suite: the few tasks that stand for what production runs.

The smallest cover at ``production`` granularity over L1 picks the representatives; the suite
is every L1 production kernel they hold, plus the L2 kernels of their repeated layers (the
decoder or encoder layer's attention, MLP, MoE blocks), each with the task that benches it
and the number of traced architectures it serves. `fk-taskgen regenerate` lists it in the
tasks' manifest, so it always names the tasks written beside it.

Tasks are one per ``exact`` kernel, and the analysis keeps no map from an exact kernel to its
family (a family is derived per call). The map is recovered from what must hold of it: an
exact kernel's family has its level and label, all its architectures and all its class names,
and lies in each of its architectures' family sets, where every family id is the image of one
of that architecture's exact kernels. Only a proven map names a task: a production kernel
whose every member with a task is still ambiguous is listed with its task missing.
"""

from __future__ import annotations

from collections import defaultdict

from fastkernels.analyzer.cover import cover
from fastkernels.analyzer.cover.analysis import arch_kernel_sets
from fastkernels.analyzer.identity import production

SCHEMA = 1
LEVELS = (1,)


def family_of_exact(analysis: dict) -> dict[str, set[str]]:
    """Exact kernel id -> the family ids it may belong to (one when proven)."""
    exact, family = analysis["kernels"]["exact"], analysis["kernels"]["family"]
    by_kind = defaultdict(list)
    for kernel in family.values():
        by_kind[(kernel.level, kernel.label)].append(kernel)
    options = {
        kernel.id: {
            f.id for f in by_kind[(kernel.level, kernel.label)]
            if set(kernel.architectures) <= set(f.architectures) and set(kernel.qualnames) <= set(f.qualnames)
        }
        for kernel in exact.values()
    }
    records = [r["kernels"] for r in analysis["architectures"].values() if r["status"] == "traced"]
    changed = True
    while changed:
        changed = False
        for kernels in records:
            for level, family_ids in kernels.get("family", {}).items():
                exact_ids = [e for e in kernels.get("exact", {}).get(level, []) if e in options]
                for e in exact_ids:
                    narrowed = options[e] & set(family_ids)
                    if narrowed != options[e]:
                        options[e], changed = narrowed, True
                for f in family_ids:
                    holders = [e for e in exact_ids if f in options[e]]
                    if len(holders) == 1 and options[holders[0]] != {f}:
                        options[holders[0]], changed = {f}, True
    return options


def core_suite(analysis: dict, tasks: list[dict], preference: dict[str, int], target: float, time_limit: float = 60.0) -> dict:
    """The suite document: the cover it comes from, and one entry per kernel with its task
    (``None`` where no task of the manifest computes it)."""
    extended = production.extend(analysis)
    sets = arch_kernel_sets(extended, production.PRODUCTION, LEVELS)
    result = cover.min_representatives(sets, target, time_limit, preference=preference)
    task_of = {task["kernel_id"]: task for task in tasks}
    _, production_of = production.production_table(analysis["kernels"]["family"])
    members = defaultdict(list)  # production id -> exact kernels proven to belong to it
    for exact_id, families in family_of_exact(analysis).items():
        images = {production_of[f] for f in families}
        if len(images) == 1:
            members[images.pop()].append(analysis["kernels"]["exact"][exact_id])
    entries = []
    held = sorted(frozenset().union(*(sets[r] for r in result.representatives)))
    for kernel_id in held:
        kernel = extended["kernels"][production.PRODUCTION][kernel_id]
        with_task = [k for k in members[kernel_id] if k.id in task_of]
        best = max(with_task, key=lambda k: (len(k.architectures), k.id), default=None)
        entries.append(_entry(kernel, sum(kernel_id in ks for ks in sets.values()), best, task_of))
    exact = analysis["kernels"]["exact"]
    layer_blocks = sorted({
        child for r in result.representatives
        for layer in analysis["architectures"][r]["kernels"]["exact"].get("3", [])
        for child in exact[layer].children if child in exact and exact[child].level == 2
    })
    for kernel_id in layer_blocks:
        kernel = exact[kernel_id]
        entries.append(_entry(kernel, len(kernel.architectures), kernel if kernel_id in task_of else None, task_of))
    entries.sort(key=lambda e: (e["level"], -e["architectures"], e["name"], e["kernel_id"]))
    return {
        "schema": SCHEMA,
        "granularity": production.PRODUCTION,
        "levels": list(LEVELS),
        "layer_level": 2,
        "target": target,
        "representatives": result.representatives,
        "subsumed": len(result.subsumed),
        "traced": len(sets),
        "solver": {"objective": result.objective, "dual_bound": result.dual_bound, "optimal": result.optimal},
        "tasks": entries,
        "missing": sum(1 for e in entries if e["task"] is None),
    }


def _entry(kernel, served: int, task_kernel, task_of: dict) -> dict:
    task = task_of[task_kernel.id] if task_kernel is not None else None
    return {
        "kernel_id": kernel.id,
        "level": kernel.level,
        "name": kernel.name,
        "label": kernel.label,
        "architectures": served,
        "task": task["path"][:-3] if task else None,  # "L1/llama_rms_norm"
        "task_kernel_id": task_kernel.id if task_kernel is not None else None,
    }
