"""Measuring a task's baseline ladder: every rung checked against the eager reference on the
task's cases, held-out shapes and rounds, then the rungs that passed timed the way the bench
times a candidate (``timing.measure``: CUDA graphs, L2 flushed, inputs rotated).

Rungs are trusted code, so the ladder runs in the calling process, one task after another
(no isolation: a GPU session measures dozens of tasks in minutes instead of paying an
interpreter start per task). Compiled rungs (``torch.compile``, FlexAttention) compile once
per shape, so they are checked and timed on the timed cases only; every other rung is
checked on every case. A derived many-token case (``large_bytes``) scales the default
case's batch/seq roles until it moves that many bytes, for the bandwidth measurement.
"""
from __future__ import annotations

import math
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable

import torch

from fastkernels.baselines.ladder import RUNGS, Rung, build_ladder
from fastkernels.engine import hacks, tensors
from fastkernels.engine.baseline_store import FAILED, PASSED, fingerprint, winner
from fastkernels.engine.correctness import compare_outputs, spread
from fastkernels.engine.loader import one_line
from fastkernels.engine.plan import plan_checks
from fastkernels.engine.sol import device_rates, sol_ms
from fastkernels.engine.task import Task, load_module
from fastkernels.engine.tensors import case_dtype, clone, tensor_bytes, to_device
from fastkernels.engine.timing import Measurement, TimingConfig, measure
from fastkernels.engine.worker import build_model, draw_inputs, on_host, seed_call

COPY_REPORT_BYTES = 32 * 2**20  # cases moving at least this much are timed beside a device copy of their bytes


@dataclass
class LadderConfig:
    device: str = "cuda"
    families: tuple[str, ...] = RUNGS
    rounds: int = 3
    held_out_rounds: int = 1
    max_cases: int | None = None  # cases timed (the first, most common)
    check_cases: int | None = None  # cases checked (the first); None: every case
    time_from_bytes: int = 0  # also time every checked case moving at least this many bytes (0: none)
    large_bytes: int = 0  # add a many-token case moving at least this many bytes (0: none)
    phases: tuple[str, ...] = ()  # also check and time every case of these serving phases (decode, prefill)
    seed: int = 0
    timing: TimingConfig = field(default_factory=TimingConfig)


def _many_token_dims(case: dict, inputs: list, outputs: list, large_bytes: int) -> dict | None:
    """Dims of a case like `case` that moves at least `large_bytes`: seq grown at batch 1
    (batch grown when there is no seq role), by the bytes its inputs and outputs move."""
    dims = case.get("dims") or {}
    role = "seq" if "seq" in dims else "batch" if "batch" in dims else None
    moved = tensor_bytes(inputs) + tensor_bytes(outputs)
    traced = case.get("bytes") or moved  # a serving-shaped case has no traced bytes
    if role is None or not moved or traced >= large_bytes:
        return None
    tokens = math.prod(dims.values())
    wanted = math.ceil(tokens * large_bytes / min(moved, traced))
    return {"batch": 1, "seq": wanted} if role == "seq" else {"batch": wanted}


def leading_and_phase_cases(cases: list[dict], leading: int | None, phases: tuple[str, ...]) -> set[int]:
    """The first `leading` cases (every case: None) and the serving-shaped cases of `phases`:
    a deployment's prediction reads the case nearest each shape the engine ran, and the traced
    cases are far from decode's few tokens."""
    return set(range(len(cases))[:leading]) | {i for i, case in enumerate(cases) if case.get("phase") in phases}


def checked_cases(module, config: LadderConfig) -> list[int]:
    """The cases checked, in order: the first `check_cases` and the cases of `phases`."""
    return sorted(leading_and_phase_cases(module.CASES, config.check_cases, config.phases))


def timed_cases(module, config: LadderConfig) -> set[int]:
    """The cases whose checks are timed: the first `max_cases`, the cases of `phases`, and those
    whose traced traffic reaches `time_from_bytes` (a serving-shaped case has none traced)."""
    timed = leading_and_phase_cases(module.CASES, config.max_cases, config.phases)
    return timed | {i for i, case in enumerate(module.CASES)
                    if config.time_from_bytes and (case.get("bytes") or 0) >= config.time_from_bytes}


def build_case(module, kernel_id: str, index: int, config: LadderConfig):
    """The case's module, its weights redrawn, and its ladder; constructed on the device, so
    that a vocabulary-sized embedding is not initialised on the host and copied over (on the
    host where the module's constructor cannot run on the device)."""
    try:
        with torch.device(config.device):
            model = build_model(module.Model, module, index, config.device)
    except Exception:
        model = build_model(module.Model, module, index, config.device)
    tensors.redraw_weights(model, config.seed + index)
    return model, build_ladder(kernel_id, model, config.device, config.families)


@torch.no_grad()
def measure_task(task: Task, config: LadderConfig, on_step: Callable[[str], None] = lambda text: None) -> dict:
    """The task's ladder entry (see ``baseline_store``) without its card; in the bench's
    numeric mode (no TF32), without autograd, as the reference process runs. The entry's
    ``run`` says where the task's seconds went and how many compiled graphs came from
    Inductor's caches."""
    hacks.set_numeric_mode()
    started, caches = time.perf_counter(), _cache_counts()
    module = load_module(task.path, f"fk_ladder_{task.path.stem}")
    kernel_id = module.KERNEL["id"]
    checks = plan_checks(module.CASES, config.rounds, config.held_out_rounds, config.seed)
    timed = timed_cases(module, config)
    entry = {"task": task.name, "kernel_id": kernel_id, "cases": {}, "skipped": {}, "failed": {}}
    rates = device_rates(config.device)
    checked = checked_cases(module, config)
    seconds = Counter()
    for step, index in enumerate(checked):
        on_step(f"{task.name} case {step + 1}/{len(checked)}")
        case_checks = [dict(c, timed=c["case"] in timed and not c["held_out"]) for c in checks if c["case"] == index]
        built = time.perf_counter()
        model, ladder = build_case(module, kernel_id, index, config)
        seconds["build"] += time.perf_counter() - built
        entry["skipped"].update(ladder.skipped)
        if index in timed and config.large_bytes:
            extra = large_check(module, index, model, config)
            if extra:
                case_checks.append(extra)
        results = _check_and_time(module, index, model, ladder.rungs, case_checks, config, rates, seconds, entry["failed"])
        entry["cases"].update(results)
        del model, ladder
        torch._dynamo.reset()
        if config.device == "cuda":
            torch.cuda.empty_cache()
    seconds["total"] = time.perf_counter() - started
    entry["run"] = {"seconds": {k: round(v, 2) for k, v in sorted(seconds.items())},
                    "inductor_cache": dict(_cache_counts() - caches)}
    return entry


def _cache_counts() -> Counter:
    """Inductor's and AOTAutograd's cache hits and misses so far in this process."""
    from torch._dynamo.utils import counters

    return Counter({f"{group}.{name}": count for group in ("inductor", "aot_autograd")
                    for name, count in counters[group].items() if "cache_hit" in name or "cache_miss" in name})


def draw(module, check: dict, seed: int, device: str) -> list:
    """A check's inputs, drawn on the device (a 7.5 GB expert weight drawn in bf16 on the host
    takes tens of seconds); on the host where the task's input code cannot run there."""
    try:
        with torch.device(device):
            return draw_inputs(module, check, seed)
    except Exception:
        return draw_inputs(module, check, seed)


def large_check(module, index: int, model, config: LadderConfig) -> dict | None:
    seed_call(config.seed)
    inputs = to_device(draw(module, {"case": index, "dims": None}, config.seed, config.device), config.device)
    outputs = model(*inputs)
    dims = _many_token_dims(module.CASES[index], inputs, outputs, config.large_bytes)
    if dims is None:
        return None
    return {"case": index, "dims": dims, "held_out": False, "timed": True, "derived": True,
            "listed_moved": tensor_bytes(inputs) + tensor_bytes(outputs),
            "seeds": [config.seed + 7919 * (r + 1) for r in range(config.rounds)]}


def _case_key(check: dict) -> str:
    if not check.get("derived"):
        return str(check["case"])
    return f"{check['case']}+" + ",".join(f"{k}={v}" for k, v in sorted(check["dims"].items()))


def _check_and_time(module, index: int, model, rungs: list[Rung], checks: list[dict], config: LadderConfig,
                    rates, seconds: Counter | None = None, failed: dict | None = None) -> dict:
    """Per case key: each rung's status (failing once on any check of the case fails it) and,
    for timed checks, each passing rung's measurement; `seconds` adds up the time spent
    checking, compiling and timing; `failed` gets each rung that failed a check of the case
    (timed or not) with its first reason."""
    seconds = Counter() if seconds is None else seconds
    case = module.CASES[index]
    failures: dict[str, str] = {}
    compile_s: dict[str, float] = {}
    records = {}
    for check in checks:
        rounds, out_bytes = [], 0
        checking = time.perf_counter()
        for seed in check["seeds"]:
            args = draw(module, check, seed, config.device)
            rounds.append(args)
            expected, spreads = _reference(model, args, seed, config.device)
            out_bytes = tensor_bytes(expected)
            for rung in rungs[1:]:
                if rung.name in failures or (rung.compiled and not check["timed"]):
                    continue
                started = time.perf_counter()
                why = _run_rung(rung, args, seed, expected, spreads, config.device, check)
                if rung.compiled and rung.name not in compile_s:
                    compile_s[rung.name] = time.perf_counter() - started
                    seconds["compile"] += compile_s[rung.name]
                if why:
                    failures[rung.name] = why
        seconds["check"] += time.perf_counter() - checking
        if check["timed"]:
            moved = tensor_bytes(rounds[0]) + out_bytes
            timing = time.perf_counter()
            records[_case_key(check)] = _time_case(_with_bytes(case, moved, model), check, rungs, rounds, moved,
                                                   failures, compile_s, config, rates)
            seconds["time"] += time.perf_counter() - timing
    for record in records.values():  # a failure on a later (held-out) check fails the rung for the case
        for name, why in failures.items():
            record["rungs"][name] = {"status": FAILED, "reason": why}
        record["winner"] = winner(record["rungs"])
    if failed is not None:
        for name, why in failures.items():
            failed.setdefault(name, why)
    return records


def _reference(model, args, seed: int, device: str):
    seed_call(seed)
    expected = on_host(model(*to_device(clone(args), device)))
    seed_call(seed)
    again = on_host(model(*to_device(clone(args), device)))
    return expected, spread(again, expected)


def _run_rung(rung: Rung, args, seed: int, expected, spreads, device: str, check: dict) -> str | None:
    where = f"{rung.name} case {check['case']}" + (f" {check['dims']}" if check["dims"] else "")
    seed_call(seed)
    try:
        got = on_host(rung.fn(*to_device(clone(args), device)))
    except Exception as error:  # a rung that cannot run a case is no baseline for it
        return f"{where}: {one_line(error)}"
    mismatch, _ = compare_outputs(got, expected, where, spreads)
    return mismatch.summary() if mismatch else None


def _with_bytes(case: dict, moved: int, model) -> dict:
    """A serving-shaped case's traffic was not traced: its inputs, outputs and weights, each
    moved once, the least a kernel must move (so % of SOL is never overstated)."""
    if case.get("bytes") is not None:
        return case
    return {**case, "bytes": moved + tensor_bytes(list(model.parameters()))}


def _time_case(case: dict, check: dict, rungs: list[Rung], rounds: list, moved: int, failures: dict,
               compile_s: dict, config: LadderConfig, rates) -> dict:
    """A derived case's bytes and FLOPs are the listed case's, scaled by the bytes its
    inputs and outputs move."""
    scale = moved / check["listed_moved"] if check.get("derived") else 1.0
    nbytes, flops = int((case.get("bytes") or 0) * scale), int((case.get("flops") or 0) * scale)
    t_sol = sol_ms({"bytes": nbytes, "flops": flops}, rates, str(case_dtype(case)).removeprefix("torch."))
    copy = _copy_time(nbytes, config) if nbytes >= COPY_REPORT_BYTES and config.device == "cuda" else None
    input_sets = [to_device(clone(r), config.device) for r in rounds]
    measurements = {}
    for rung in rungs:
        if rung.name in failures:
            continue
        try:
            measurements[rung.name] = measure(rung.fn, input_sets, config.device, config.timing)
        except Exception as error:
            failures[rung.name] = f"{rung.name} timing: {one_line(error)}"
    eager = measurements.get("eager")
    return {"fingerprint": fingerprint(case, check["dims"]), "dims": {**(case.get("dims") or {}), **(check["dims"] or {})},
            "bytes": nbytes, "sol_ms": t_sol, "copy_ms": copy.best.median_ms if copy else None,
            "rungs": {name: _rung_record(m, eager, compile_s.get(name), t_sol, copy) for name, m in measurements.items()}}


def _copy_time(nbytes: int, config: LadderConfig) -> Measurement:
    """A device-to-device copy that reads and writes `nbytes` in all: the card's practical limit,
    measured in the same run and the same way."""
    source = torch.empty(nbytes // 2, dtype=torch.uint8, device="cuda")
    target = torch.empty_like(source)
    return measure(lambda src, dst: dst.copy_(src), [[source, target]], "cuda", config.timing)


def _rung_record(m: Measurement, eager: Measurement | None, compile_s: float | None, t_sol: float | None,
                 copy: Measurement | None) -> dict:
    both_graph = bool(m.graph and eager and eager.graph)
    ms = (m.graph or m.launch).median_ms
    record = {"status": PASSED, "ms": ms, "method": (m.graph or m.launch).method, "launch_ms": m.launch.median_ms,
              "compile_s": compile_s, "graph_error": m.graph_error, "measurement": m.to_dict(),
              "speedup_vs_eager": ((eager.graph if both_graph else eager.launch).median_ms
                                   / (m.graph if both_graph else m.launch).median_ms) if eager else None,
              "sol_fraction": t_sol / ms if t_sol else None,
              "copy_fraction": copy.best.median_ms / ms if copy else None}
    return record
