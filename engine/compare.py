"""Run-to-run agreement: two runs of the same tasks on the same card should give the same
times. The bench's numbers are only worth reporting when the spread between runs is well
below the speedups being claimed, so this is checked, not assumed."""
from __future__ import annotations

from dataclasses import asdict, dataclass

DEFAULT_TOLERANCE = 0.03


@dataclass
class Agreement:
    task: str
    case: int
    side: str  # "reference" or "candidate"
    method: str  # the timing both runs used: cuda-graph, cuda-events or perf_counter
    first_ms: float
    second_ms: float

    @property
    def relative_difference(self) -> float:
        """|a - b| / min(a, b): symmetric, and the larger of the two possible ratios."""
        return abs(self.first_ms - self.second_ms) / min(self.first_ms, self.second_ms)

    def to_dict(self) -> dict:
        return {**asdict(self), "relative_difference": self.relative_difference}


def _timed_cases(document: dict) -> dict[tuple[str, int], dict]:
    return {(task["task"], case["case"]): case for task in document["tasks"] for case in task.get("cases", [])}


def compare_runs(first: dict, second: dict) -> tuple[list[Agreement], list[str]]:
    """Pair the timed cases of two run documents. Returns the pairs and the task cases timed
    in one run only (a task that passed once and failed once is not an agreement)."""
    a, b = _timed_cases(first), _timed_cases(second)
    rows = []
    for key in sorted(a.keys() & b.keys()):
        x, y = a[key], b[key]
        method = x["method"] if x["method"] == y["method"] else f"{x['method']}/{y['method']}"
        for side in ("reference", "candidate"):
            rows.append(Agreement(key[0], key[1], side, method, x[f"{side}_ms"], y[f"{side}_ms"]))
    unpaired = sorted(f"{task} case {case}" for task, case in a.keys() ^ b.keys())
    return rows, unpaired


def agreement_document(rows: list[Agreement], unpaired: list[str], tolerance: float) -> dict:
    worst = max((r.relative_difference for r in rows), default=None)
    return {"tolerance": tolerance, "pairs": len(rows),
            "within_tolerance": sum(r.relative_difference <= tolerance for r in rows),
            "worst_relative_difference": worst, "unpaired": unpaired, "rows": [r.to_dict() for r in rows]}
