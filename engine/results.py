"""The records a bench run produces, one JSON file per task (schema in docs/bench.md)."""
from __future__ import annotations

import json
import math
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

SCHEMA_VERSION = 1

PASSED, INCORRECT, RUNTIME_ERROR, TIMEOUT = "PASSED", "INCORRECT", "RUNTIME_ERROR", "TIMEOUT"
REWARD_HACK, DELEGATES, SKIPPED = "REWARD_HACK", "DELEGATES", "SKIPPED"
SANDBOX_VIOLATION = "SANDBOX_VIOLATION"  # the sandbox blocked what it tried: the reason names it
STATUSES = (PASSED, INCORRECT, RUNTIME_ERROR, TIMEOUT, REWARD_HACK, SANDBOX_VIOLATION, DELEGATES, SKIPPED)


@dataclass
class CaseResult:
    """Timings of one listed case; times in milliseconds."""

    case: int
    dims: dict
    method: str  # how the compared times were taken: cuda-graph | cuda-events | perf_counter
    reference_ms: float
    candidate_ms: float
    baseline_ms: float
    baseline: str  # the fastest rung of the baseline ladder
    speedup: float  # baseline_ms / candidate_ms
    speedup_vs_reference: float
    candidate_launch_ms: float  # eager, launch-inclusive
    graph_error: str | None = None  # why the candidate could not be timed from a CUDA graph
    sol_ms: float | None = None
    sol_fraction: float | None = None  # sol_ms / candidate_ms
    sol_score: float | None = None


@dataclass
class TaskResult:
    task: str
    level: int
    status: str
    reason: str = ""
    device: str = "cpu"
    task_hash: str = ""
    candidate: str | None = None  # path of the candidate file; None in self-check mode
    candidate_hash: str | None = None
    rounds: int = 0
    settings: dict = field(default_factory=dict)  # bench settings; a rerun resumes only with equal ones
    max_abs_error: float | None = None
    mismatch: dict | None = None  # worst element of the first failing output
    delegated_calls: int = 0
    listed_cases: int = 0  # cases the task lists
    checked_cases: int = 0  # of them, the cases checked in this run (a quick check: the first few)
    skipped_checks: list[str] = field(default_factory=list)  # checks too large for the host or the device, with their size
    peak_rss_bytes: dict = field(default_factory=dict)  # reference / candidate: the largest peak over the windows
    cases: list[CaseResult] = field(default_factory=list)  # the timed cases
    speedup: float | None = None  # geometric mean over cases
    sol_score: float | None = None  # mean over cases
    envelope: dict | None = None  # the reference's own rounding, in units of the fixed tolerance (engine.envelope)
    seconds: float = 0.0
    schema: int = SCHEMA_VERSION
    digest: str = ""  # stored results: keyed HMAC of the task file, the candidate file and this record

    @property
    def correct(self) -> bool:
        return self.status in (PASSED, DELEGATES)

    @property
    def scored_speedup(self) -> float:
        """What the task contributes to the aggregate: its speedup when it passed, else 1.0."""
        return self.speedup if self.status == PASSED and self.speedup else 1.0

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "TaskResult":
        data = dict(data)
        data["cases"] = [CaseResult(**c) for c in data.get("cases", [])]
        return cls(**data)

    def save(self, results_dir: Path) -> None:
        path = Path(results_dir) / f"{self.task}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".json.partial")  # renamed whole: a bench killed mid-write leaves no torn result
        partial.write_text(json.dumps(self.to_dict(), indent=1))
        os.replace(partial, path)

    @classmethod
    def load(cls, results_dir: Path, task: str) -> "TaskResult | None":
        path = Path(results_dir) / f"{task}.json"
        try:
            return cls.from_dict(json.loads(path.read_text()))
        except (OSError, ValueError, TypeError):
            return None


def geometric_mean(values: list[float]) -> float | None:
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else None


@dataclass
class Summary:
    """Aggregate over the benched tasks (SKIPPED ones, without a candidate, are left out)."""

    tasks: int
    skipped: int
    statuses: dict
    geomean_speedup: float | None  # over the tasks that passed; None when none did
    fast_p: dict  # share of tasks correct with speedup > p, for p in 0, 1.0, 1.5

    @classmethod
    def of(cls, results: list[TaskResult]) -> "Summary":
        benched = [r for r in results if r.status != SKIPPED]
        statuses = {s: sum(r.status == s for r in results) for s in STATUSES if any(r.status == s for r in results)}

        def fast(p: float) -> float:
            return sum(r.correct and r.scored_speedup > p for r in benched) / len(benched) if benched else 0.0

        return cls(tasks=len(benched), skipped=len(results) - len(benched), statuses=statuses,
                   geomean_speedup=geometric_mean([r.speedup for r in benched if r.status == PASSED and r.speedup]),
                   fast_p={"0": fast(0.0), "1.0": fast(1.0), "1.5": fast(1.5)})

    def to_dict(self) -> dict:
        return asdict(self)
