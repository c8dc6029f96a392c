"""One bench run: for each task, the reference process, then the candidate process, then
the verdict and the timings; each result is saved as soon as it is known, and a rerun
skips tasks whose task file, candidate file and settings are unchanged."""
from __future__ import annotations

import secrets
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable

import torch

from fastkernels.baselines.ladder import RUNGS
from fastkernels.engine.isolation import WorkerOutcome, run_worker
from fastkernels.engine.judge import Verdict, judge, process_verdict
from fastkernels.engine.loader import one_line
from fastkernels.engine.results import DELEGATES, PASSED, REWARD_HACK, RUNTIME_ERROR, SKIPPED, CaseResult, TaskResult, geometric_mean
from fastkernels.engine.envelope import summary as envelope_summary
from fastkernels.engine.sol import PHYSICAL_FLOOR, device_rates, sol_ms, sol_score
from fastkernels.engine.task import Task, file_hash
from fastkernels.engine.tensors import case_dtype
from fastkernels.engine.timing import Measurement, TimingConfig

# What a result means: raised whenever a change to the bench alters how a verdict or a time is
# reached (2: the reference and the candidate are each called twice on every round), so that a
# rerun never resumes a result the current bench would not give.
PROTOCOL = 3  # 3: the tolerance widens with the reference's own rounding (engine.envelope)


@dataclass
class BenchConfig:
    device: str = "cuda"
    rounds: int = 5
    held_out_rounds: int = 2
    max_cases: int | None = None  # the first (most common) cases only; None: every case
    timeout: float = 600.0
    timing: TimingConfig = field(default_factory=TimingConfig)
    baselines: tuple[str, ...] = RUNGS  # the ladder's rungs to time; a self-check needs eager only

    def key(self) -> dict:
        """The settings a stored result must share to be reused."""
        return {"protocol": PROTOCOL, "device": self.device, "rounds": self.rounds, "held_out_rounds": self.held_out_rounds,
                "max_cases": self.max_cases, "baselines": list(self.baselines),
                "timing": asdict(self.timing)}


@dataclass
class Reference:
    """What the reference process produced for one task: kept in the parent only."""

    plan: list[dict]
    cases: list[dict]
    bundle: dict  # weights and inputs: the candidate's whole view of the task
    expected: dict


def run_reference(task: Task, config: BenchConfig, workdir: Path) -> tuple[Reference | None, str]:
    request = {"task": str(task.path.resolve()), "device": config.device, "rounds": config.rounds,
               "held_out_rounds": config.held_out_rounds, "max_cases": config.max_cases, "seed": secrets.randbits(31), "baselines": list(config.baselines),
               "timing": asdict(config.timing), "inputs_path": str(workdir / "inputs.pt")}
    outcome = _run_falling_back_to_launch_timing("reference", request, workdir, config.timeout)
    failure = process_verdict(outcome, config.timeout)
    if failure:
        return None, f"the reference failed ({failure.status}): {failure.reason}"
    bundle = torch.load(workdir / "inputs.pt", weights_only=True)
    return Reference(outcome.result["plan"], outcome.result["cases"], bundle, outcome.result), ""


def _run_falling_back_to_launch_timing(role: str, request: dict, workdir: Path, timeout: float) -> WorkerOutcome:
    """A worker killed by a signal while CUDA graphs were on runs once more without them: a
    module that keeps state between calls can crash a graph's replay, and such a call is timed
    launch-inclusive, saying why, as one that cannot be captured is."""
    outcome = run_worker(role, request, workdir, timeout)
    crashed = outcome.result is None and not outcome.timed_out and (outcome.returncode or 0) < 0
    if not (crashed and request["device"] == "cuda" and request["timing"]["graph"]):
        return outcome
    retry = run_worker(role, {**request, "timing": {**request["timing"], "graph": False}}, workdir, timeout)
    if retry.result is not None:
        why = f"the process died under CUDA graph replay ({outcome.last_line()})"
        for measurement in _measurements(retry.result):
            measurement["graph_error"] = why
    return retry


def _measurements(result: dict) -> list[dict]:
    """Every timing a worker reported: a candidate's per check, a reference's per rung."""
    if "timings" in result:
        return list(result["timings"].values())
    return [m for rungs in result.get("baselines", {}).values() for m in rungs.values()]


def bench_task(task: Task, candidate: Path | None, config: BenchConfig,
               references: dict[str, Reference] | None = None) -> TaskResult:
    """Bench one task; `candidate` None benches the reference against itself. `references`
    memoises reference runs by task hash across calls."""
    started = time.perf_counter()
    result = TaskResult(task=task.name, level=task.level, status=PASSED, device=config.device,
                        task_hash=file_hash(task.path), candidate=str(candidate) if candidate else None,
                        candidate_hash=file_hash(candidate), rounds=config.rounds, settings=config.key())
    with tempfile.TemporaryDirectory(prefix="fk-bench-") as tmp:
        workdir = Path(tmp)
        reference = (references or {}).get(result.task_hash)
        if reference is None:
            reference, error = run_reference(task, config, workdir)
            if reference is None:
                return _finish(result, Verdict(RUNTIME_ERROR, error), started)
            if references is not None:
                references[result.task_hash] = reference
        torch.save(reference.bundle, workdir / "inputs.pt")
        request = {"task": str(task.path.resolve()), "candidate": str(Path(candidate).resolve()) if candidate else None,
                   "device": config.device, "checks": reference.plan, "timing": asdict(config.timing),
                   "inputs_path": str(workdir / "inputs.pt")}
        outcome = _run_falling_back_to_launch_timing("candidate", request, workdir, config.timeout)
    verdict = process_verdict(outcome, config.timeout) or judge(reference.plan, reference.bundle,
                                                                reference.expected, outcome.result)
    result.envelope = envelope_summary(reference.plan, reference.expected["checks"])
    if verdict.status in (PASSED, DELEGATES):
        result.cases = _case_timings(reference, outcome.result, config.device)
        floor = next((c for c in result.cases if c.sol_ms and c.candidate_ms < PHYSICAL_FLOOR * c.sol_ms), None)
        if floor and verdict.status == PASSED:
            verdict = Verdict(REWARD_HACK, f"case {floor.case} timed at {floor.candidate_ms:.4g} ms, below the "
                                           f"physical floor ({PHYSICAL_FLOOR:g} x speed of light {floor.sol_ms:.4g} ms)")
        result.speedup = geometric_mean([c.speedup for c in result.cases])
        scores = [c.sol_score for c in result.cases if c.sol_score is not None]
        result.sol_score = sum(scores) / len(scores) if scores else None
    result.delegated_calls = (outcome.result or {}).get("delegated_calls", 0)
    return _finish(result, verdict, started)


def _finish(result: TaskResult, verdict: Verdict, started: float) -> TaskResult:
    result.status, result.reason = verdict.status, verdict.reason
    result.mismatch = verdict.mismatch.to_dict() if verdict.mismatch else None
    result.max_abs_error = verdict.max_abs_error
    result.seconds = time.perf_counter() - started
    return result


def _comparable(a: Measurement, b: Measurement) -> tuple[float, float, str]:
    """Graph replay times when both sides have one, else launch-inclusive times of both."""
    if a.graph and b.graph:
        return a.graph.median_ms, b.graph.median_ms, a.graph.method
    return a.launch.median_ms, b.launch.median_ms, a.launch.method


def _case_timings(reference: Reference, candidate: dict, device: str) -> list[CaseResult]:
    rates = device_rates(device)
    rows = []
    for index, timing in candidate["timings"].items():
        check = reference.plan[int(index)]
        case = reference.cases[check["case"]]
        cand = Measurement.from_dict(timing)
        ladder = {name: Measurement.from_dict(m) for name, m in reference.expected["baselines"][index].items()}
        ref_ms, cand_ms, method = _comparable(ladder["eager"], cand)
        baseline, base_ms = min(((name, _comparable(m, cand)[0]) for name, m in ladder.items()), key=lambda x: x[1])
        t_sol = sol_ms(case, rates, str(case_dtype(case)).removeprefix("torch."))
        if t_sol and ref_ms < PHYSICAL_FLOOR * t_sol:
            t_sol = None  # the traced work overstates this call (a router that sends every token to one expert): no floor
        rows.append(CaseResult(
            case=check["case"], dims=case.get("dims") or {}, method=method, reference_ms=ref_ms,
            candidate_ms=cand_ms, baseline_ms=base_ms, baseline=baseline, speedup=base_ms / cand_ms,
            speedup_vs_reference=ref_ms / cand_ms, candidate_launch_ms=cand.launch.median_ms,
            graph_error=cand.graph_error, sol_ms=t_sol, sol_fraction=t_sol / cand_ms if t_sol else None,
            sol_score=sol_score(cand_ms, base_ms, t_sol) if t_sol else None))
    return rows


def run_bench(tasks: list[Task], candidates_dir: Path | None, config: BenchConfig, results_dir: Path,
              fresh: bool = False, references: dict[str, Reference] | None = None, on_start: Callable[[Task], None] = lambda task: None,
              on_result: Callable[[TaskResult, bool], None] = lambda result, resumed: None) -> list[TaskResult]:
    """Bench every task in order. Without a candidates folder each task's reference is benched
    against itself (a self-check of the bench and the task). `on_result` gets each result and
    whether it was resumed from an earlier run; `references` is passed on to `bench_task`."""
    results_dir = Path(results_dir)
    results = []
    for task in tasks:
        on_start(task)
        candidate = task.candidate_path(candidates_dir)
        if candidates_dir is not None and candidate is None:
            result, resumed = TaskResult(task=task.name, level=task.level, status=SKIPPED, device=config.device,
                                         reason="no candidate file", task_hash=file_hash(task.path)), False
        else:
            stored = None if fresh else TaskResult.load(results_dir, task.name)
            resumed = stored is not None and _same_run(stored, task, candidate, config)
            if resumed:
                result = stored
            else:
                # An error of the bench's own (a candidate's errors are verdicts) ends this task
                # alone: the run goes on, and nothing is stored, so that a rerun benches it again.
                try:
                    result = bench_task(task, candidate, config, references)
                except Exception as error:  # noqa: BLE001 - any bench error must spare the rest of the run
                    result = _bench_failure(task, candidate, config, error)
                else:
                    result.save(results_dir)
        results.append(result)
        on_result(result, resumed)
    return results


BENCH_FAILURE = "the bench itself failed on this task"


def _bench_failure(task: Task, candidate: Path | None, config: BenchConfig, error: Exception) -> TaskResult:
    return TaskResult(task=task.name, level=task.level, status=RUNTIME_ERROR, device=config.device,
                      reason=f"{BENCH_FAILURE}: {one_line(error)}", task_hash=file_hash(task.path),
                      candidate=str(candidate) if candidate else None, candidate_hash=file_hash(candidate),
                      settings=config.key())


def _same_run(stored: TaskResult, task: Task, candidate: Path | None, config: BenchConfig) -> bool:
    return (stored.task_hash == file_hash(task.path) and stored.candidate_hash == file_hash(candidate)
            and stored.settings == config.key())
