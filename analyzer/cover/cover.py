"""Exact minimal set cover: which architectures to keep as representatives.

An architecture is subsumed by a set of representatives when each of its kernels is a kernel
of some representative (so a representative subsumes itself). Two questions are asked of the
same model: the fewest representatives that subsume a target share of
the architectures, and the most architectures that ``budget`` representatives subsume. Both are
solved exactly by HiGHS through ``scipy.optimize.milp``, which reports the MIP dual bound, so a
result cut short by the time limit still states how far from optimal it can be. Greedy runs
alongside as the baseline the exact answer has to beat, and as its fallback.

The model, after the reductions of ``_reduce``::

    x_r in {0,1}  candidate r is a representative
    y_q in [0,1]  kernel column q is available        y_q <= sum of x_r over candidates having q
    z_g in [0,1]  architecture group g is subsumed     z_g <= y_q for each column g requires
    fewest:  min sum x_r        subject to  sum w_g z_g >= need
    most:    max sum w_g z_g    subject to  sum x_r <= budget

y is continuous: once x is binary its largest feasible value is 0 or 1, so HiGHS need not
branch on it. z could be continuous for the same reason, but declared integral it tells HiGHS
that every objective here is integral, so a node that cannot beat the incumbent by a whole
architecture is pruned (on a 425-architecture test instance this made budgets 10-20 several
times faster to prove).

Ties among optimal answers are broken lexicographically, each objective a solve of its own
that pins the optimum of those before it (weights folded into one objective would need
coefficients far beyond what a MILP solver keeps exact):

1. the question: fewest representatives (fewest) or most architectures subsumed (most);
2. most canonical, ``sum r preference(r) * x_r``: among covers of that size, the
   architectures whose modeling code others inherit or copy (``lineage.py``); for ``most``,
   fewest representatives comes first;
3. most architectures subsumed (fewest);
4. most kernel uses served, ``sum q users(q) * y_q``: every kernel a representative has
   belongs to a subsumed architecture, so this depends only on which architectures are left
   out, and it leaves out those whose missing kernels serve the fewest architectures;
5. names early in sort order (smallest sum of name ranks), so the answer is never arbitrary.

Each is used only when proven optimal (its dual bound equals its objective), so a time limit
can stop the chain early but never makes the answer depend on timing; ``tiers`` reports each
objective with its dual bound.
"""

from __future__ import annotations

import dataclasses
import math
import time
from typing import Any, Optional

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import coo_array, csr_array, diags_array

SCHEMA = 1

# 0.962 * 425 is 408.85 but 0.7 * 10 is 7.000000000000001: a target must not round up by ulp.
_TARGET_EPS = 1e-9


@dataclasses.dataclass
class GreedySummary:
    """The greedy baseline: picks in order and the architectures subsumed after each prefix."""

    representatives: int
    subsumed: int
    order: list[str]
    subsumed_after: list[int]  # entry i: subsumed by the first i picks (entry 0: by none)


@dataclasses.dataclass
class Reductions:
    """How much smaller the model is than the instance, and what was decided before solving."""

    architectures: int
    architecture_groups: int  # architectures with the same requirements share one weighted z
    candidates_before: int
    candidates_after: int  # after dropping candidates whose kernels another candidate has
    kernels: int
    kernel_columns: int  # after merging and dropping kernels implied by another of the same arch
    forced: int  # representatives fixed before solving


@dataclasses.dataclass
class Tier:
    """One objective of the lexicographic chain, with its certificate."""

    objective: str
    value: int
    dual_bound: Optional[int]
    optimal: bool


@dataclasses.dataclass
class CoverResult:
    """One answer, with the certificate (dual bound) and the baseline it is judged against."""

    method: str  # "milp"; "greedy" when HiGHS found nothing better within the time limit
    architectures: int
    need: Optional[int]  # set for fewest-representatives questions
    budget: Optional[int]  # set for most-coverage questions
    representatives: list[str]
    subsumed: list[str]  # representatives included
    not_subsumed: dict[str, list[str]]  # architecture -> kernels no representative has
    objective: int  # representatives (fewest) or architectures subsumed (most)
    dual_bound: Optional[int]  # HiGHS's bound, rounded to the integer it implies
    optimal: bool  # proven: objective equals dual_bound
    gap: Optional[int]  # |objective - dual_bound|
    seconds: float
    greedy: GreedySummary
    reductions: Optional[Reductions]
    tiers: list[Tier] = dataclasses.field(default_factory=list)  # the chain, first objective first

    def to_json(self) -> dict[str, Any]:
        return {"schema": SCHEMA, **dataclasses.asdict(self)}


def min_representatives(
    arch_kernels: dict[str, frozenset[str]], target: float, time_limit: float = 60.0, reduce: bool = True,
    preference: Optional[dict[str, int]] = None, require: tuple[str, ...] = (), objectives: Optional[int] = None,
) -> CoverResult:
    """Fewest representatives subsuming at least ``ceil(target * len(arch_kernels))`` architectures.

    ``preference`` (architecture -> a non-negative integer, 0 when absent) is the second
    objective; ``require`` names architectures that must be representatives, to ask what
    including them costs; ``objectives`` stops the chain after that many (a question about
    the cost alone needs the first two). ``reduce=False`` solves the unreduced model; it
    exists to check the reductions.
    """
    need = _need(arch_kernels, target)
    return _exact(arch_kernels, need, None, time_limit, reduce, preference, require, objectives)


def max_coverage(
    arch_kernels: dict[str, frozenset[str]], budget: int, time_limit: float = 60.0, reduce: bool = True,
    preference: Optional[dict[str, int]] = None,
) -> CoverResult:
    """Most architectures subsumed by at most ``budget`` representatives."""
    return _exact(arch_kernels, None, _budget(budget), time_limit, reduce, preference, (), None)


def greedy_min_representatives(arch_kernels: dict[str, frozenset[str]], target: float) -> CoverResult:
    """The greedy baseline for ``min_representatives``; no dual bound, so never ``optimal``."""
    return _greedy_result(arch_kernels, _need(arch_kernels, target), None)


def greedy_max_coverage(arch_kernels: dict[str, frozenset[str]], budget: int) -> CoverResult:
    """The greedy baseline for ``max_coverage``; its picks are in ``greedy.order``."""
    return _greedy_result(arch_kernels, None, _budget(budget))


def _need(arch_kernels: dict, target: float) -> int:
    if not 0.0 <= target <= 1.0:
        raise ValueError(f"target {target} is not a share in [0, 1]")
    return max(0, math.ceil(target * len(arch_kernels) - _TARGET_EPS))


def _budget(budget: int) -> int:
    if budget < 0:
        raise ValueError(f"budget {budget} is negative")
    return int(budget)


@dataclasses.dataclass
class _Instance:
    names: list[str]  # sorted: an index is a name rank
    kernels: list[str]
    incidence: np.ndarray  # bool, architectures x kernels

    @classmethod
    def of(cls, arch_kernels: dict[str, frozenset[str]]) -> "_Instance":
        if not arch_kernels:
            raise ValueError("no architectures to choose representatives from")
        names = sorted(arch_kernels)
        kernels = sorted(set().union(*arch_kernels.values()))
        column = {k: i for i, k in enumerate(kernels)}
        incidence = np.zeros((len(names), len(kernels)), dtype=bool)
        for row, name in enumerate(names):
            incidence[row, [column[k] for k in arch_kernels[name]]] = True
        return cls(names, kernels, incidence)


def _greedy(inst: _Instance, need: Optional[int], budget: Optional[int]) -> GreedySummary:
    """Pick the architecture that subsumes the most new ones; ties: fewest new kernels, then name."""
    incidence = csr_array(inst.incidence, dtype=np.float64)  # sparse: each step costs its overlaps
    available = np.zeros(len(inst.kernels), dtype=bool)
    subsumed = ~inst.incidence.any(axis=1)  # no kernels: subsumed by nothing at all
    order, after = [], [int(subsumed.sum())]
    goal = len(inst.names) if need is None else need
    while after[-1] < goal and (budget is None or len(order) < budget):
        open_rows = np.flatnonzero(~subsumed)
        missing = incidence[open_rows] @ diags_array((~available).astype(np.float64))
        held = (missing @ incidence.T).tocoo()  # [a, c]: missing kernels of a that candidate c has
        complete = held.data == missing.sum(axis=1)[held.row]
        gain = np.bincount(held.col[complete], minlength=len(inst.names))
        new_kernels = incidence @ (~available).astype(np.float64)
        best = int(np.lexsort((np.arange(len(inst.names)), new_kernels, -gain))[0])
        available |= inst.incidence[best]
        subsumed = ~(inst.incidence & ~available).any(axis=1)
        order.append(inst.names[best])
        after.append(int(subsumed.sum()))
    return GreedySummary(len(order), after[-1], order, after)


@dataclasses.dataclass
class _Model:
    candidates: np.ndarray  # architecture rows that may be chosen
    columns: list[np.ndarray]  # per kernel column: positions in candidates that have it
    served: np.ndarray  # per kernel column: architectures using its kernels, summed over them
    groups: list[np.ndarray]  # per architecture group: the columns it requires
    weights: np.ndarray  # architectures per group
    preference: np.ndarray  # per candidate
    x_lower: np.ndarray  # 1 where a representative is forced
    z_lower: np.ndarray
    reductions: Reductions


def _subset(rows: np.ndarray) -> np.ndarray:
    """[i, j]: row i's set is a subset of row j's."""
    as_float = rows.astype(np.float32)  # counts stay far below 2**24: exact
    return as_float @ (1.0 - as_float).T == 0


def _reduce(inst: _Instance, need: Optional[int], reduce: bool, preference: np.ndarray, required: np.ndarray) -> _Model:
    """Shrink the model without changing its optimum, so HiGHS proves it sooner.

    A candidate whose kernels another candidate also has, and that is not preferred to it,
    is never needed: swapping it for the larger one subsumes at least as much and is at least
    as canonical (equal sets and preferences keep the earliest name; a required candidate
    stays). Kernels held by the same candidates are one column. Within an architecture, a
    column whose candidates all have another of its columns is implied by that one: the
    architecture no longer requires it (its column stays, for the kernel uses it serves).
    Architectures requiring the same columns are one weighted z. Every architecture still
    counts toward coverage.
    """
    n, n_kernels = inst.incidence.shape
    if reduce and n:
        sub = _subset(inst.incidence)
        earlier = np.tri(n, k=-1, dtype=bool)  # [i, j]: j's name sorts before i's
        at_least = preference[None, :] >= preference[:, None]  # [i, j]: j is preferred at least as much as i
        better = (preference[None, :] > preference[:, None]) | ((preference[None, :] == preference[:, None]) & earlier)
        dominated = ((sub & ~sub.T & at_least) | (sub & sub.T & better)).any(axis=1) & ~required
        candidates = np.flatnonzero(~dominated)
    else:
        candidates = np.arange(n)
    held_by = inst.incidence[candidates].T  # kernels x candidates
    if reduce and n_kernels:
        column_sets, column_of = np.unique(held_by, axis=0, return_inverse=True)
    else:
        column_sets, column_of = held_by, np.arange(n_kernels)
    onehot = np.zeros((n_kernels, len(column_sets)), dtype=np.float32)
    onehot[np.arange(n_kernels), column_of.ravel()] = 1.0
    served = inst.incidence.sum(axis=0).astype(np.float64) @ onehot
    requires = inst.incidence.astype(np.float32) @ onehot > 0  # architectures x columns
    if reduce and len(column_sets):
        implied = _subset(column_sets) & ~np.eye(len(column_sets), dtype=bool)
        requires &= ~(requires.astype(np.float32) @ implied.astype(np.float32) > 0)
    if reduce:
        group_rows, weights = np.unique(requires, axis=0, return_counts=True)
    else:
        group_rows, weights = requires, np.ones(n, dtype=int)
    columns = [np.flatnonzero(row) for row in column_sets]
    groups = [np.flatnonzero(row) for row in group_rows]
    x_lower, z_lower = required[candidates].astype(float), np.zeros(len(groups))
    if reduce and need is not None:
        # A group the target cannot do without is subsumed in every answer, so a column of it
        # that a single candidate has forces that candidate.
        for g in np.flatnonzero(n - weights < need):
            z_lower[g] = 1.0
            for q in groups[g]:
                if len(columns[q]) == 1:
                    x_lower[columns[q][0]] = 1.0
    reductions = Reductions(
        n, len(groups), n, len(candidates), n_kernels, len(columns), int(x_lower.sum())
    )
    return _Model(candidates, columns, np.round(served), groups, np.asarray(weights), preference[candidates],
                  x_lower, z_lower, reductions)


def _solve(model: _Model, cost: np.ndarray, rows: list, seconds: float, scale: float):
    """One HiGHS run with the extra ``rows`` (coefficients, lower, upper).

    ``scale`` bounds |objective|: a relative gap of 0.5 / scale leaves less than one unit, and
    every objective here is integral, so HiGHS's "optimal" is exact.
    """
    m, n_y, n_z = len(model.candidates), len(model.columns), len(model.groups)
    i, j, v = [], [], []
    for q, holders in enumerate(model.columns):  # y_q - sum x_r <= 0
        i += [q] * (len(holders) + 1)
        j += [m + q, *holders.tolist()]
        v += [1.0] + [-1.0] * len(holders)
    row = n_y
    for g, required in enumerate(model.groups):  # z_g - y_q <= 0
        for q in required:
            i += [row, row]
            j += [m + n_y + g, m + q]
            v += [1.0, -1.0]
            row += 1
    matrix = coo_array((v, (i, j)), shape=(row, m + n_y + n_z)).tocsr()
    coefficients, lower, upper = zip(*rows)
    constraints = [
        LinearConstraint(matrix, -np.inf, 0.0),
        LinearConstraint(np.array(coefficients), lower, upper),
    ]
    return milp(
        cost,
        integrality=np.r_[np.ones(m), np.zeros(n_y), np.ones(n_z)],
        bounds=Bounds(np.r_[model.x_lower, np.zeros(n_y), model.z_lower], 1.0),
        constraints=constraints,
        options={"time_limit": max(seconds, 0.01), "mip_rel_gap": 0.5 / max(scale, 1.0)},
    )


def _optimize(model: _Model, need: Optional[int], budget: Optional[int], time_limit: float, objectives: Optional[int]):
    """The chosen candidates (a mask, None when HiGHS found none in time), the first
    objective's dual bound, and every tier solved (see the module docstring).

    Each tier has a time limit of its own: were they to share what the first solve left, a
    loaded machine would end a later one early and keep an equally good but different answer,
    so the representatives would depend on timing.
    """
    m, n_y, n_z = len(model.candidates), len(model.columns), len(model.groups)
    zeros_y, zeros_z = np.zeros(n_y), np.zeros(n_z)
    pick = np.r_[np.ones(m), zeros_y, zeros_z]
    cover = np.r_[np.zeros(m), zeros_y, model.weights]
    served = np.r_[np.zeros(m), model.served, zeros_z]
    canonical = np.r_[model.preference, zeros_y, zeros_z]
    rank = np.r_[model.candidates + 1.0, zeros_y, zeros_z]
    total = model.reductions.architectures
    # (name, coefficients, sense: +1 minimise / -1 maximise, bound on |objective|)
    fewest, most = ("representatives", pick, 1, m), ("architectures subsumed", cover, -1, total)
    preferred = ("canonical weight", canonical, -1, float(model.preference.sum()))
    chain = [fewest, preferred, most] if need is not None else [most, fewest, preferred]
    chain += [("kernel uses served", served, -1, float(model.served.sum())), ("name ranks", rank, 1, float(m * m))]
    chain = chain[:objectives]
    rows = [(cover, need, np.inf)] if need is not None else [(pick, -np.inf, budget)]
    chosen, tiers = None, []
    for name, coefficients, sense, scale in chain:
        if not coefficients.any() and tiers:
            continue  # nothing to prefer: every answer ties
        res = _solve(model, sense * coefficients, rows, time_limit, scale)
        bound = _bound(res, sense)
        if res.x is None:
            tiers.append(Tier(name, 0, bound, False))
            break
        value = int(round(float(coefficients @ res.x)))
        tiers.append(Tier(name, value, bound, value == bound))
        if value != bound and chosen is not None:
            break  # unproven: keep the last proven answer, so timing never picks among ties
        chosen = res.x[:m] > 0.5
        if value != bound:
            break
        rows.append((coefficients, value, np.inf) if sense < 0 else (coefficients, -np.inf, value))
    return chosen, tiers[0].dual_bound if tiers else None, tiers


def _bound(res, sense: int) -> Optional[int]:
    """HiGHS's dual bound in the objective's own sense; objectives are integral, so round it."""
    bound = getattr(res, "mip_dual_bound", None)
    if bound is None or not np.isfinite(bound):
        return None
    return math.ceil(bound - 1e-6) if sense > 0 else math.floor(-bound + 1e-6)


def _exact(arch_kernels: dict, need: Optional[int], budget: Optional[int], time_limit: float, reduce: bool,
           preference: Optional[dict[str, int]], require: tuple[str, ...], objectives: Optional[int]):
    start = time.perf_counter()
    inst = _Instance.of(arch_kernels)
    unknown = sorted(set(require) - set(inst.names))
    if unknown:
        raise ValueError(f"required representatives {', '.join(unknown)} are not among the architectures")
    weights = np.array([int((preference or {}).get(name, 0)) for name in inst.names], dtype=float)
    if (weights < 0).any():
        raise ValueError("preferences are non-negative integers")
    greedy = _greedy(inst, need, budget)
    model = _reduce(inst, need, reduce, weights, np.isin(inst.names, list(require)))
    chosen, bound, tiers = _optimize(model, need, budget, time_limit, objectives)
    context = (need, budget, bound, greedy, model.reductions, start)
    fallback = _result(arch_kernels, inst, "greedy", greedy.order, *context)
    if chosen is None:
        return fallback
    exact = _result(arch_kernels, inst, "milp", [inst.names[r] for r in model.candidates[chosen]], *context)
    exact.tiers = tiers
    worse = exact.objective > fallback.objective if need is not None else exact.objective < fallback.objective
    return fallback if worse and not require else exact


def _result(arch_kernels, inst, method, reps, need, budget, bound, greedy, reductions, start) -> CoverResult:
    available = frozenset().union(*(arch_kernels[r] for r in reps))
    missing = {a: sorted(arch_kernels[a] - available) for a in inst.names}
    subsumed = [a for a in inst.names if not missing[a]]
    objective = len(reps) if need is not None else len(subsumed)
    return CoverResult(
        method=method,
        architectures=len(inst.names),
        need=need,
        budget=budget,
        representatives=sorted(reps),
        subsumed=subsumed,
        not_subsumed={a: kernels for a, kernels in missing.items() if kernels},
        objective=objective,
        dual_bound=bound,
        optimal=bound is not None and objective == bound,
        gap=None if bound is None else abs(objective - bound),
        seconds=time.perf_counter() - start,
        greedy=greedy,
        reductions=reductions,
    )


def _greedy_result(arch_kernels: dict, need: Optional[int], budget: Optional[int]) -> CoverResult:
    start = time.perf_counter()
    inst = _Instance.of(arch_kernels)
    greedy = _greedy(inst, need, budget)
    return _result(arch_kernels, inst, "greedy", greedy.order, need, budget, None, greedy, None, start)
