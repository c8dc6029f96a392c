"""The coverage report: representatives, what they subsume, and why the rest is left out.

Everything here is recomputed from the per-architecture kernel records; a committed report
is never read back as the answer.
"""

from __future__ import annotations

from collections import Counter

from fastkernels.analyzer.cover import cover, lineage, roots
from fastkernels.analyzer.identity import hub_marks, production
from fastkernels.analyzer.cover.analysis import arch_kernel_sets
from fastkernels.analyzer.trace.categories import CATEGORIES
from fastkernels.analyzer.identity.signature import GRANULARITIES
from fastkernels.analyzer.trace.registry import load_registry

# The reference paper's headline, for the side-by-side.
REFERENCE = {"representatives": 46, "subsumed": 409, "architectures": 425, "fraction": 0.962, "categories": 8}
DEFAULT_TARGET = REFERENCE["fraction"]
DEFAULT_LEVELS = (1, 2)
# Every granularity the report compares: the traced ones, then those derived from them.
ALL_GRANULARITIES = (*GRANULARITIES, production.PRODUCTION)


def _modules() -> dict[str, str]:
    return {name: arch.module for name, arch in load_registry().items()}


def canonical_preference() -> dict[str, int]:
    """Architecture -> how many model directories inherit or copy its modeling code."""
    return lineage.canonical_weights(_modules())


def solve(analysis: dict, granularity: str, levels: tuple[int, ...], target: float | None, budget: int | None,
          time_limit: float, preference: dict[str, int] | None = None, require: tuple[str, ...] = ()):
    if granularity not in analysis["kernels"]:
        analysis = production.extend(analysis)
    sets = arch_kernel_sets(analysis, granularity, levels)
    if not sets:
        raise ValueError("no traced architecture: trace some first (`fk-analyze trace --all`)")
    preference = canonical_preference() if preference is None else preference
    if budget is not None:
        return sets, cover.max_coverage(sets, budget, time_limit, preference=preference)
    share = target if target is not None else DEFAULT_TARGET
    return sets, cover.min_representatives(sets, share, time_limit, preference=preference, require=require)


def reasons(sets: dict[str, frozenset[str]], representatives: list[str], preference: dict[str, int]) -> dict[str, str]:
    """Why each representative is in: ``forced`` (it owns a kernel no other traced
    architecture has), ``canonical`` (others inherit or copy its code: the second objective
    preferred it), or ``chosen`` (one of equally good choices, by the later objectives)."""
    users: Counter = Counter(k for kernels in sets.values() for k in kernels)
    found = {}
    for rep in representatives:
        if any(users[k] == 1 for k in sets[rep]):
            found[rep] = "forced"
        else:
            found[rep] = "canonical" if preference.get(rep, 0) > 0 else "chosen"
    return found


def _kernel_meta(analysis: dict, granularity: str, kernel_id: str) -> dict:
    kernel = analysis["kernels"][granularity].get(kernel_id)
    if kernel is None:
        return {"id": kernel_id, "name": "?", "level": 0, "label": "?", "qualnames": {}}
    return {"id": kernel.id, "name": kernel.name, "level": kernel.level, "label": kernel.label, "qualnames": kernel.qualnames}


def report(
    analysis: dict,
    granularity: str = "exact",
    levels: tuple[int, ...] = DEFAULT_LEVELS,
    target: float | None = None,
    budget: int | None = None,
    time_limit: float = 60.0,
    compare_granularities: bool = True,
    preference: dict[str, int] | None = None,
    require: tuple[str, ...] = (),
    explain_roots: bool = True,
) -> dict:
    """The coverage document (see docs/cover.md for its keys). ``preference`` defaults to the
    canonical weights read from the installed transformers; ``require`` names architectures
    the cover must contain (to ask what they cost); ``explain_roots`` adds, for a free cover
    at a target, whether each lineage root is a representative and what requiring it costs."""
    analysis = production.extend(analysis)
    preference = canonical_preference() if preference is None else preference
    sets, result = solve(analysis, granularity, levels, target, budget, time_limit, preference, require)
    why = reasons(sets, result.representatives, preference)
    architectures = analysis["architectures"]
    registry_count = len(architectures)
    reps = result.representatives
    alone = {r: sum(1 for a, ks in sets.items() if ks <= sets[r]) for r in reps}
    marginal = {}
    for r in reps:
        others = frozenset().union(*(sets[o] for o in reps if o != r))
        marginal[r] = sum(1 for a in result.subsumed if not sets[a] <= others)
    used_kernels = frozenset().union(*sets.values()) if sets else frozenset()
    kernel_rows = []
    for kernel_id in sorted(used_kernels):
        meta = _kernel_meta(analysis, granularity, kernel_id)
        meta["architectures"] = sorted(a for a, ks in sets.items() if kernel_id in ks)
        kernel_rows.append(meta)
    by_level_label = Counter((k["level"], k["label"]) for k in kernel_rows)
    document = {
        "transformers_version": analysis["revisions"]["transformers"],
        "revisions": analysis["revisions"],
        "granularity": granularity,
        "levels": list(levels),
        "registry": registry_count,
        "traced": len(sets),
        "architectures": [
            {"name": name, "category": record["category"], "status": record["status"],
             "kernels": sorted(sets.get(name, frozenset())), "failure": record.get("failure")}
            for name, record in architectures.items()
        ],
        "kernels": kernel_rows,
        "kernels_by_level_label": [
            {"level": level, "label": label, "kernels": count} for (level, label), count in sorted(by_level_label.items())
        ],
        "representatives": reps,
        "representatives_by_category": {
            category: [
                {"name": r, "subsumes_alone": alone[r], "subsumes_marginally": marginal[r], "reason": why[r],
                 "canonical_weight": preference.get(r, 0)}
                for r in reps if architectures[r]["category"] == category
            ]
            for category in CATEGORIES
        },
        "subsumed": result.subsumed,
        "not_subsumed": [{"name": n, "missing": missing} for n, missing in sorted(result.not_subsumed.items())],
        "not_analysed": sorted(n for n, r in architectures.items() if r["status"] != "traced"),
        "solver": {
            "method": result.method,
            "optimal": result.optimal,
            "objective": result.objective,
            "dual_bound": result.dual_bound,
            "gap": result.gap,
            "seconds": round(result.seconds, 3),
            "greedy": dataclass_json(result.greedy),
            "reductions": dataclass_json(result.reductions),
            "tiers": [dataclass_json(tier) for tier in result.tiers],
        },
        "reference": REFERENCE,
        "hub_kernels": hub_marks.cross_check(analysis["kernels"]["exact"]),
    }
    if explain_roots and budget is None and not require:
        share = target if target is not None else DEFAULT_TARGET
        heads = roots.root_architectures(_modules(), sets)
        document["lineage_roots"] = roots.explain(sets, result, share, preference, why, heads, time_limit)
    if require:
        document["required"] = list(require)
    if budget is not None:
        document["budget"] = budget
    else:
        document["target"] = target if target is not None else DEFAULT_TARGET
    if compare_granularities:
        document["granularities"] = [
            _granularity_row(analysis, g, levels, target, budget, time_limit, preference, require)
            if g != granularity else _row(g, sets, result)
            for g in ALL_GRANULARITIES
        ]
    return document


def dataclass_json(value):
    import dataclasses

    return dataclasses.asdict(value) if dataclasses.is_dataclass(value) else value


def _row(granularity: str, sets: dict, result) -> dict:
    return {
        "granularity": granularity,
        "kernels": len(frozenset().union(*sets.values())) if sets else 0,
        "representatives": len(result.representatives),
        "subsumed": len(result.subsumed),
        "optimal": result.optimal,
        "greedy_representatives": result.greedy.representatives if result.greedy else None,
    }


def _granularity_row(analysis, granularity, levels, target, budget, time_limit, preference, require) -> dict:
    sets, result = solve(analysis, granularity, levels, target, budget, time_limit, preference, require)
    return _row(granularity, sets, result)


def summary_line(document: dict) -> str:
    solver = document["solver"]
    state = "optimal" if solver["optimal"] else f"gap {solver['gap']}"
    n = len(document["representatives"])
    x = len(document["subsumed"])
    return (
        f"{n} representatives subsume {x}/{document['traced']} traced "
        f"({x}/{document['registry']} of the registry) — {state}"
    )


def markdown(document: dict) -> str:
    """The same report as Markdown, for the README and for scripts."""
    lines = [f"# Coverage — transformers {document['transformers_version']}", "", f"**{summary_line(document)}**", ""]
    lines += [
        f"Granularity `{document['granularity']}`, levels {', '.join(f'L{l}' for l in document['levels'])}, "
        + (f"target {document['target']:.3f}" if "target" in document else f"budget {document['budget']}"),
        "",
        "| | this analysis | reference paper |",
        "|---|---|---|",
        f"| architectures | {document['registry']} (registry), {document['traced']} traced | {REFERENCE['architectures']} |",
        f"| representatives | {len(document['representatives'])} | {REFERENCE['representatives']} |",
        f"| subsumed | {len(document['subsumed'])} ({len(document['subsumed']) / max(document['traced'], 1):.1%} of traced, "
        f"{len(document['subsumed']) / max(document['registry'], 1):.1%} of registry) | "
        f"{REFERENCE['subsumed']} ({REFERENCE['fraction']:.1%}) |",
        "",
        "## Representatives by category",
        "",
        "Reason: `forced`, it owns a kernel no other traced architecture has; `canonical`, others "
        "inherit or copy its modeling code (weight: how many model directories), so the second "
        "objective preferred it; `chosen`, one of equally good choices.",
        "",
        "| category | representative | reason | canonical weight | subsumes alone | marginally |",
        "|---|---|---|---|---|---|",
    ]
    for category, reps in document["representatives_by_category"].items():
        for rep in reps:
            lines.append(
                f"| {category} | {rep['name']} | {rep['reason']} | {rep['canonical_weight']} | "
                f"{rep['subsumes_alone']} | {rep['subsumes_marginally']} |"
            )
    if "lineage_roots" in document:
        lines += [
            "", "## Lineage roots", "",
            "The architectures whose modeling code others inherit or copy and that come from no other "
            "(read from transformers' modular imports and Copied-from marks). Each one not chosen is "
            "required in a second solve of the same MILP: its optimum against the free one is the evidence.",
            "", "| root | canonical weight | kernels | verdict |", "|---|---|---|---|",
        ]
        for row in document["lineage_roots"]:
            lines.append(f"| {row['name']} | {row['canonical_weight']} | {row['kernels']} | {row['verdict']} |")
    lines += ["", "## Objectives (each solved exactly, in order)", "", "| objective | value | dual bound | optimal |", "|---|---|---|---|"]
    for tier in document["solver"]["tiers"]:
        lines.append(f"| {tier['objective']} | {tier['value']} | {tier['dual_bound']} | {tier['optimal']} |")
    if "granularities" in document:
        lines += ["", "## Granularities", "", "| granularity | kernels | representatives | subsumed | optimal | greedy |", "|---|---|---|---|---|---|"]
        for row in document["granularities"]:
            lines.append(
                f"| {row['granularity']} | {row['kernels']} | {row['representatives']} | {row['subsumed']} | "
                f"{row['optimal']} | {row['greedy_representatives']} |"
            )
    lines += ["", "## Kernels by level and label", "", "| level | label | kernels |", "|---|---|---|"]
    for row in document["kernels_by_level_label"]:
        lines.append(f"| L{row['level']} | {row['label']} | {row['kernels']} |")
    names = {k["id"]: k["name"] for k in document["kernels"]}
    serves = {k["id"]: len(k["architectures"]) for k in document["kernels"]}
    lines += [
        "", "## Not subsumed", "",
        "Each missing kernel with the number of traced architectures that use it: among equally good covers, "
        "the fourth objective leaves out those whose missing kernels serve the fewest.", "",
        "| architecture | missing kernels (architectures using each) |", "|---|---|",
    ]
    for row in document["not_subsumed"]:
        missing = ", ".join(f"{names.get(k, k)} ({k[:8]}, {serves.get(k, 0)})" for k in row["missing"][:6])
        more = f" … +{len(row['missing']) - 6}" if len(row["missing"]) > 6 else ""
        lines.append(f"| {row['name']} | {missing}{more} |")
    hub = document["hub_kernels"]
    lines += [
        "", "## Cross-check with upstream's hub-kernel marks", "",
        f"{hub['marked_classes_traced']} of {hub['marked_classes']} classes marked `@use_kernel_forward_from_hub` were traced; "
        f"{len(hub['marks_with_one_kernel'])} of {len(hub['marks'])} marks map to one kernel id.", "",
        "| mark | classes traced | kernel ids |", "|---|---|---|",
    ]
    for mark, row in hub["marks"].items():
        lines.append(f"| {mark} | {row['classes']} | {len(row['kernel_ids'])} |")
    lines += ["", f"Not analysed (partial or failed): {len(document['not_analysed'])} architectures.", ""]
    return "\n".join(lines)
