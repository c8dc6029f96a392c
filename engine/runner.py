"""One bench run: for each task, window by window (see `memory`), the reference process, then
the candidate process, then the verdict; then the timings. Each result is saved, signed, as soon
as it is known and every process of the task is gone, and a rerun skips tasks whose task file,
candidate file and settings are unchanged and whose stored result carries a valid digest."""
from __future__ import annotations

import secrets
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Callable


from fastkernels.engine import digest
from fastkernels.engine.isolation import WorkerOutcome, run_worker
from fastkernels.engine.judge import Verdict, judge, process_verdict
from fastkernels.engine.loader import one_line
from fastkernels.engine.memory import CUDA_DEVICE_BYTES, Limits, too_large, windows
from fastkernels.engine.plan import plan_checks
from fastkernels.engine.sandbox import Sandbox
from fastkernels.engine.results import DELEGATES, PASSED, REWARD_HACK, RUNTIME_ERROR, SKIPPED, CaseResult, TaskResult, geometric_mean
from fastkernels.engine.envelope import summary as envelope_summary
from fastkernels.engine.sol import PHYSICAL_FLOOR, device_rates, sol_ms, sol_score
from fastkernels.engine.task import Task, file_hash, task_cases
from fastkernels.engine.tensors import case_dtype
from fastkernels.engine.timing import Measurement, TimingConfig

# What a result means: raised whenever a change to the bench alters how a verdict or a time is
# reached (2: the reference and the candidate are each called twice on every round; 3: checks
# run in windows, and a check too large for the host or the device is skipped, and the
# production baseline joins from baselines.json; 4: the tolerance widens with the reference's
# own rounding, engine.envelope), so that a rerun never resumes a result the current bench
# would not give.
PROTOCOL = 4


@dataclass
class BenchConfig:
    device: str = "cuda"
    rounds: int = 5
    held_out_rounds: int = 2
    max_cases: int | None = None  # the first (most common) cases only; None: every case
    timed_cases: int | None = None  # time the first N checked cases only; None: every one
    phases: tuple[str, ...] | None = None  # the cases of these phases only (plan.PHASES); None: all
    timeout: float = 600.0
    timing: TimingConfig = field(default_factory=TimingConfig)
    baselines: tuple[str, ...] = ("eager",)  # rungs timed in the run; the production baseline comes from baselines.json
    limits: Limits = field(default_factory=Limits)  # window size, host and device limits (memory.py)
    sandbox: Sandbox | None = None  # None: workers run uncontained (`sandbox.probe` gives one where the host can)
    hidden: tuple[str, ...] = ()  # what every worker's sandbox hides besides its scratch: the results key (`signing`)

    def key(self) -> dict:
        """The settings a stored result must share to be reused."""
        return {"protocol": PROTOCOL, "device": self.device, "rounds": self.rounds, "held_out_rounds": self.held_out_rounds,
                "max_cases": self.max_cases, "timed_cases": self.timed_cases, "baselines": list(self.baselines),
                "timing": asdict(self.timing), **({"phases": list(self.phases)} if self.phases else {})}


@dataclass
class Reference:
    """What the reference process produced for one window of a task: kept in the parent only.
    The inputs (weights and every round's arguments: the candidate's whole view of the window)
    stay in the file the reference wrote; `inputs` holds its bytes only when memoised."""

    plan: list[dict]
    expected: dict
    inputs: bytes | None = None


def run_reference(task: Task, checks: list[dict], seed: int, config: BenchConfig, workdir: Path) -> tuple[Reference | None, str]:
    """The reference on one window of checks; the inputs it drew end in ``workdir/inputs.pt``
    (its private folder is ``workdir/reference``)."""
    request = {"task": str(task.path.resolve()), "device": config.device, "checks": checks, "seed": seed,
               "baselines": list(config.baselines), "timing": asdict(config.timing), "inputs": "inputs.pt"}
    outcome = _run_falling_back_to_launch_timing("reference", request, workdir, config.timeout, _sandbox(config, workdir))
    failure = process_verdict(outcome, config.timeout)
    if failure:
        return None, f"the reference failed ({failure.status}): {failure.reason}"
    (workdir / "reference" / "inputs.pt").replace(workdir / "inputs.pt")
    return Reference(outcome.result["plan"], outcome.result), ""


def _sandbox(config: BenchConfig, workdir: Path) -> Sandbox | None:
    """The config's sandbox, also hiding the run's secrets and this task's scratch folder (the
    other side's files): the one place a worker's hidden paths are put together."""
    if config.sandbox is None:
        return None
    return config.sandbox.hiding(*config.hidden, workdir)


def _run_falling_back_to_launch_timing(role: str, request: dict, workdir: Path, timeout: float,
                                       sandbox: Sandbox | None = None) -> WorkerOutcome:
    """A worker killed by a signal while CUDA graphs were on runs once more without them: a
    module that keeps state between calls can crash a graph's replay, and such a call is timed
    launch-inclusive, saying why, as one that cannot be captured is."""
    outcome = run_worker(role, request, workdir, timeout, sandbox)
    crashed = outcome.result is None and not outcome.timed_out and (outcome.returncode or 0) < 0
    if not (crashed and request["device"] == "cuda" and request["timing"]["graph"]):
        return outcome
    retry = run_worker(role, {**request, "timing": {**request["timing"], "graph": False}}, workdir, timeout, sandbox)
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
               references: dict[str, tuple] | None = None, production: Callable | None = None) -> TaskResult:
    """Bench one task, window by window; `candidate` None benches the reference against itself.
    `references` memoises reference runs by task hash across calls (it holds every window's
    inputs: for a few small tasks, such as tests, only); `production(task, case index, case)`
    gives a case's stored production baseline (``engine.production.lookup``), which joins the
    rungs timed in this run."""
    started = time.perf_counter()
    result = TaskResult(task=task.name, level=task.level, status=PASSED, device=config.device,
                        task_hash=file_hash(task.path), candidate=str(candidate) if candidate else None,
                        candidate_hash=file_hash(candidate), rounds=config.rounds, settings=config.key())
    cases = task_cases(task.path)
    memo = (references or {}).get(result.task_hash)
    if memo is None:
        plan = plan_checks(cases, config.rounds, config.held_out_rounds, secrets.randbits(31), config.max_cases, config.timed_cases,
                           config.phases)
        groups = windows(_fitting(plan, cases, config, result), cases, config.limits.window_bytes)
    else:
        result.skipped_checks, memo = list(memo[0]), memo[1]
        groups = [reference.plan for reference in memo]
    result.checked_cases = len({check["case"] for group in groups for check in group if not check["held_out"]})
    result.listed_cases = len(cases)
    if not groups:
        reason = "; ".join(result.skipped_checks) or f"no case of phase {', '.join(config.phases or ())}"
        return _finish(result, Verdict(SKIPPED, reason), started)
    seed, fresh = secrets.randbits(31), []
    stored = (lambda index, case: production(task, index, case)) if production else None
    rows, verdict, delegated, max_error, rounding = [], Verdict(PASSED), 0, 0.0, []
    for number, group in enumerate(groups):
        reference, outcome = _bench_window(task, candidate, config, group, seed, memo[number] if memo else None,
                                           keep_inputs=references is not None)
        if outcome is None:
            return _finish(result, Verdict(RUNTIME_ERROR, reference), started)
        if references is not None and memo is None:
            fresh.append(reference)
        rounding += [(check, {key: found.get(key) for key in ("error", "envelopes", "precision", "precision_note")})
                     for check, found in zip(reference.plan, reference.expected["checks"])]
        for role, worker_result in (("reference", reference.expected), ("candidate", outcome.result or {})):
            peak = worker_result.get("memory", {}).get("peak_bytes", 0)
            result.peak_rss_bytes[role] = max(result.peak_rss_bytes.get(role, 0), peak)
        verdict = process_verdict(outcome, config.timeout) or judge(reference.plan, reference.expected, outcome.result)
        max_error = max(max_error, verdict.max_abs_error or 0.0)
        if verdict.status not in (PASSED, DELEGATES):
            break
        delegated += outcome.result.get("delegated_calls", 0)
        rows += _case_timings(reference, outcome.result, cases, config.device, stored)
        del reference, outcome  # the window's outputs, before the next window's
    else:
        verdict = Verdict(DELEGATES, f"called the task's Model {delegated} times") if delegated else Verdict(PASSED)
        verdict.max_abs_error = max_error
        if references is not None and memo is None:
            references[result.task_hash] = (list(result.skipped_checks), fresh)
    del fresh
    result.envelope = envelope_summary([check for check, _ in rounding], [found for _, found in rounding])
    if verdict.status in (PASSED, DELEGATES):
        result.cases = rows
        floor = next((c for c in result.cases if c.sol_ms and c.candidate_ms < PHYSICAL_FLOOR * c.sol_ms), None)
        if floor and verdict.status == PASSED:
            verdict = Verdict(REWARD_HACK, f"case {floor.case} timed at {floor.candidate_ms:.4g} ms, below the "
                                           f"physical floor ({PHYSICAL_FLOOR:g} x speed of light {floor.sol_ms:.4g} ms)")
        result.speedup = geometric_mean([c.speedup for c in result.cases])
        scores = [c.sol_score for c in result.cases if c.sol_score is not None]
        result.sol_score = sum(scores) / len(scores) if scores else None
    result.delegated_calls = delegated
    if verdict.status in (PASSED, DELEGATES) and result.skipped_checks:
        verdict.reason = "; ".join(filter(None, [verdict.reason, f"{len(result.skipped_checks)} check(s) too large, "
                                                                 f"skipped: {result.skipped_checks[0]}"]))
    return _finish(result, verdict, started)


def _fitting(plan: list[dict], cases: list[dict], config: BenchConfig, result: TaskResult) -> list[dict]:
    """The checks that fit the host and the device; each one left out is noted on the result."""
    limits = config.limits
    if config.device == "cuda" and not limits.device_bytes:
        limits = replace(limits, device_bytes=CUDA_DEVICE_BYTES)
    kept = []
    for check in plan:
        why = too_large(cases[check["case"]], check, limits)
        if why:
            result.skipped_checks.append(why)
        else:
            kept.append(check)
    return kept


def _bench_window(task: Task, candidate: Path | None, config: BenchConfig, checks: list[dict], seed: int,
                  memo: Reference | None, keep_inputs: bool) -> tuple[Reference | str, WorkerOutcome | None]:
    """The reference (or its memo) and then the candidate on one window of checks; the
    reference's error message and no outcome when the reference failed."""
    with tempfile.TemporaryDirectory(prefix="fk-bench-") as tmp:
        workdir = Path(tmp)
        reference = memo
        if reference is None:
            reference, error = run_reference(task, checks, seed, config, workdir)
            if reference is None:
                return error, None
        else:
            (workdir / "inputs.pt").write_bytes(reference.inputs)
        request = {"task": str(task.path.resolve()), "candidate": str(Path(candidate).resolve()) if candidate else None,
                   "device": config.device, "checks": reference.plan, "timing": asdict(config.timing),
                   "inputs": str(workdir / "inputs.pt")}
        outcome = _run_falling_back_to_launch_timing("candidate", request, workdir, config.timeout,
                                                     _sandbox(config, workdir))
        if memo is None and keep_inputs:
            reference.inputs = (workdir / "inputs.pt").read_bytes()
    return reference, outcome


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


def _case_timings(reference: Reference, candidate: dict, cases: list[dict], device: str,
                  stored: Callable | None = None) -> list[CaseResult]:
    rates = device_rates(device)
    plan = {str(check["index"]): check for check in reference.plan}
    rows = []
    for index, timing in candidate["timings"].items():
        check = plan[index]
        case = cases[check["case"]]
        cand = Measurement.from_dict(timing)
        ladder = {name: Measurement.from_dict(m) for name, m in reference.expected["baselines"][index].items()}
        production = stored(check["case"], case) if stored else None
        if production:
            ladder[f"{production[0]} (baselines.json)"] = production[1]
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
              fresh: bool = False, references: dict[str, tuple] | None = None, production: Callable | None = None,
              on_start: Callable[[Task], None] = lambda task: None,
              on_result: Callable[[TaskResult, bool], None] = lambda result, resumed: None, jobs: int = 1) -> list[TaskResult]:
    """Bench every task, `jobs` at a time. Without a candidates folder each task's reference is
    benched against itself (a self-check of the bench and the task). `on_result` gets each result
    and whether it was resumed from an earlier run; `references` and `production` are passed on to
    `bench_task`. A task that ran out of memory beside others is benched again alone once they
    are done."""
    results_dir = Path(results_dir)
    config, key = signing(config, results_dir)
    results, again = {}, []

    def one(task: Task, beside_others: bool) -> None:
        on_start(task)
        candidate = task.candidate_path(candidates_dir)
        result, resumed = settled(task, candidate, config, results_dir, candidates_dir is not None, fresh, key)
        if result is None:
            result, keep = bench_safely(task, candidate, config, references, production)
            if beside_others and out_of_memory(result):
                again.append(task)
                return
            if keep:
                store(result, task, candidate, key, results_dir)
        results[task.name] = result
        on_result(result, resumed)

    _each(tasks, jobs, lambda task: one(task, jobs > 1))
    for task in again:
        one(task, False)
    return [results[task.name] for task in tasks]


def _each(tasks: list[Task], jobs: int, bench: Callable[[Task], None]) -> None:
    """One task after the other, or `jobs` of them at a time on threads (each task's work is in
    its own processes); an interrupt starts no further task."""
    if jobs <= 1:
        for task in tasks:
            bench(task)
        return
    pool = ThreadPoolExecutor(jobs)
    try:
        for future in [pool.submit(bench, task) for task in tasks]:
            future.result()
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def signing(config: BenchConfig, results_dir: Path) -> tuple[BenchConfig, bytes]:
    """The results folder's key, and the config with the key's file among what workers never see."""
    key = digest.results_key(results_dir)
    return replace(config, hidden=(str(digest.key_path(results_dir).resolve()),)), key


def settled(task: Task, candidate: Path | None, config: BenchConfig, results_dir: Path, with_candidates: bool,
            fresh: bool, key: bytes) -> tuple[TaskResult | None, bool]:
    """A task's result when it needs no bench: SKIPPED when the candidates folder has no file
    for it, or its stored result when that comes from the same run and carries a valid digest
    (True: resumed); else None."""
    if with_candidates and candidate is None:
        return TaskResult(task=task.name, level=task.level, status=SKIPPED, device=config.device,
                          reason="no candidate file", task_hash=file_hash(task.path)), False
    stored = None if fresh else TaskResult.load(results_dir, task.name)
    if (stored is not None and _same_run(stored, task, candidate, config)
            and digest.verify(stored.to_dict(), task.path, candidate, key)):
        return stored, True
    return None, False


def store(result: TaskResult, task: Task, candidate: Path | None, key: bytes, results_dir: Path) -> None:
    """Sign the result with the folder's key and save it."""
    result.digest = digest.sign(result.to_dict(), task.path, candidate, key)
    result.save(results_dir)


def bench_safely(task: Task, candidate: Path | None, config: BenchConfig,
                 references: dict[str, tuple] | None = None, production: Callable | None = None) -> tuple[TaskResult, bool]:
    """Bench one task, and whether its result is to be stored. An error of the bench's own (a
    candidate's errors are verdicts) ends this task alone: the run goes on, and nothing is
    stored, so that a rerun benches it again."""
    try:
        return bench_task(task, candidate, config, references, production), True
    except Exception as error:  # noqa: BLE001 - any bench error must spare the rest of the run
        return bench_failure(task, candidate, config, one_line(error)), False


def out_of_memory(result: TaskResult) -> bool:
    """Whether a task failed for memory (host or device; cuBLAS's ALLOC_FAILED included): the
    shortage of a moment when it ran beside others, worth one more run alone."""
    reason = result.reason.lower()
    return result.status != PASSED and ("out of memory" in reason or "alloc_failed" in reason)


BENCH_FAILURE = "the bench itself failed on this task"


def bench_failure(task: Task, candidate: Path | None, config: BenchConfig, why: str) -> TaskResult:
    return TaskResult(task=task.name, level=task.level, status=RUNTIME_ERROR, device=config.device,
                      reason=f"{BENCH_FAILURE}: {why}", task_hash=file_hash(task.path),
                      candidate=str(candidate) if candidate else None, candidate_hash=file_hash(candidate),
                      settings=config.key())


def _same_run(stored: TaskResult, task: Task, candidate: Path | None, config: BenchConfig) -> bool:
    return (stored.task_hash == file_hash(task.path) and stored.candidate_hash == file_hash(candidate)
            and stored.settings == config.key())
