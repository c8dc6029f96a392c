"""Coverage against budget: how many architectures k representatives subsume, exact and greedy.

The curve shows where adding representatives stops paying, which a single target cannot, and
how much the exact answer gains over greedy at each budget.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import matplotlib
from matplotlib.figure import Figure

from .cover import greedy_max_coverage, max_coverage


def coverage_curve(
    arch_kernels: dict[str, frozenset[str]], max_budget: int, time_limit_per_point: float = 10.0, step: int = 1
) -> list[dict]:
    """One point per budget k in 1..max_budget (every ``step``-th, and the last):
    ``{"k", "exact", "greedy", "optimal"}``.

    Greedy is prefix-consistent, so one run to ``max_budget`` gives every greedy point. A
    budget's exact answer is never below the previous budget's (the same representatives still
    fit), which keeps the curve monotone even where a time limit cut a solve short.
    """
    greedy = greedy_max_coverage(arch_kernels, max_budget).greedy
    total = len(arch_kernels)
    points, previous = [], 0
    budgets = sorted(set(range(step, max_budget + 1, step)) | {1, max_budget})
    for k in budgets:
        greedy_k = greedy.subsumed_after[min(k, len(greedy.order))]
        if previous == total:  # everything is subsumed: more budget changes nothing
            points.append({"k": k, "exact": total, "greedy": greedy_k, "optimal": True})
            continue
        result = max_coverage(arch_kernels, k, time_limit=time_limit_per_point)
        exact = max(result.objective, previous)
        optimal = result.dual_bound is not None and exact >= result.dual_bound
        points.append({"k": k, "exact": exact, "greedy": greedy_k, "optimal": optimal})
        previous = exact
    return points


def plot_curve(points: list[dict], path: str | Path, reference: Optional[tuple[int, int]] = None) -> None:
    """Draw the curve to ``path``; its suffix (.svg, .png) picks the format.

    ``reference`` is a (representatives, architectures subsumed) point to compare against, such
    as the paper's (46, 409). The SVG is byte-for-byte reproducible, so it can be committed.
    """
    path = Path(path)
    ks = [p["k"] for p in points]
    figure = Figure(figsize=(6.4, 4.0))  # no pyplot: no global figure state, Agg-family canvases
    axes = figure.add_subplot()
    axes.plot(ks, [p["exact"] for p in points], marker="o", markersize=3, label="exact (MILP)")
    axes.plot(ks, [p["greedy"] for p in points], linestyle="--", label="greedy")
    unproven = [p for p in points if not p["optimal"]]
    if unproven:
        axes.plot([p["k"] for p in unproven], [p["exact"] for p in unproven], "x", color="black",
                  label="not proven optimal")
    if reference is not None:
        axes.plot(*reference, marker="*", markersize=12, linestyle="none", color="tab:red",
                  label=f"reference: {reference[0]} → {reference[1]}")
    axes.set_xlabel("representatives (budget k)")
    axes.set_ylabel("architectures subsumed")
    axes.grid(True, alpha=0.3)
    axes.legend(loc="lower right")
    svg = path.suffix.lower() == ".svg"
    with matplotlib.rc_context({"svg.hashsalt": "fastkernels"}):
        figure.savefig(path, metadata={"Date": None} if svg else None)
