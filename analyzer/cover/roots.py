"""Whether the head of each lineage is a representative, and the MILP's evidence when it is not.

A reader expects the architecture that others inherit or copy (Llama, BERT, CLIP, ViT, T5)
among the representatives. The cover prefers it among equally small covers, but cannot add it
where it brings no kernel a minimal cover needs: when every kernel it has is already held by
representatives the cover cannot do without, choosing it costs one more. The evidence is a
second solve of the same MILP that requires it: its optimum, proven by its dual bound, against
the free one. Where requiring it costs nothing, the second objective says why another cover
was chosen (a higher canonical weight) or that the later objectives broke a tie.
"""

from __future__ import annotations

from fastkernels.analyzer.cover import cover, lineage


def root_architectures(modules: dict[str, str], traced) -> list[tuple[str, int]]:
    """(architecture, canonical weight) for each traced architecture whose modeling directory
    is a lineage root, most descendants first."""
    graph = lineage.lineage_graph()
    order = {root: i for i, root in enumerate(lineage.roots(graph))}
    found = [(name, module) for name, module in modules.items() if module in order and name in traced]
    found.sort(key=lambda item: (order[item[1]], item[0]))
    return [(name, lineage.descendants(graph, module)) for name, module in found]


def explain(sets: dict[str, frozenset[str]], result: cover.CoverResult, target: float, preference: dict[str, int],
            why: dict[str, str], roots: list[tuple[str, int]], time_limit: float) -> list[dict]:
    """One row per root: a representative with its reason, or what requiring it costs.

    ``result`` is the free cover at ``target``; ``why`` its representatives' reasons. Each
    required solve stops after the second objective: the question is its size and how
    canonical it can be, not which of its ties to keep.
    """
    reps = set(result.representatives)
    base_weight = next((t.value for t in result.tiers if t.objective == "canonical weight"), 0)
    forced = [r for r in result.representatives if why[r] == "forced"]
    held_by_forced = frozenset().union(*(sets[r] for r in forced))
    rows = []
    for name, weight in roots:
        row = {"name": name, "canonical_weight": weight, "kernels": len(sets[name])}
        if name in reps:
            rows.append({**row, "representative": True, "reason": why[name], "verdict": f"representative ({why[name]})"})
            continue
        required = cover.min_representatives(sets, target, time_limit, preference=preference, require=(name,),
                                             objectives=2)
        first = required.tiers[0] if required.tiers else None
        weight_tier = next((t for t in required.tiers if t.objective == "canonical weight"), None)
        extra = required.objective - result.objective
        row.update({
            "representative": False,
            "subsumed": name in result.subsumed,
            "held_by_forced": len(sets[name] & held_by_forced),
            "required_representatives": required.objective,
            "required_dual_bound": first.dual_bound if first else None,
            "required_optimal": bool(first and first.optimal),
            "extra": extra,
            "required_canonical_weight": weight_tier.value if weight_tier else None,
        })
        row["verdict"] = _verdict(row, result.objective, base_weight)
        rows.append(row)
    return rows


def _verdict(row: dict, size: int, base_weight: int) -> str:
    if not row["required_optimal"]:
        return (f"requiring it gave {row['required_representatives']} representatives against {size}, "
                f"not proven (dual bound {row['required_dual_bound']})")
    if row["extra"] > 0:
        held = (" every kernel of it is held by forced representatives;"
                if row["held_by_forced"] == row["kernels"] else "")
        return (f"no minimal cover contains it:{held} requiring it gives {row['required_representatives']} "
                f"representatives against {size} (proven optimal)")
    if row["required_canonical_weight"] is not None and row["required_canonical_weight"] < base_weight:
        return (f"a minimal cover may contain it, at canonical weight {row['required_canonical_weight']} "
                f"against the chosen {base_weight}")
    return "a minimal cover may contain it at the same canonical weight; the later objectives chose another"
