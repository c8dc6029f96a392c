"""What the sandbox costs: the same task benched alternately with and without it."""
from __future__ import annotations

import statistics
import time
from dataclasses import replace
from typing import Callable

from fastkernels.engine.results import PASSED
from fastkernels.engine.runner import BenchConfig, bench_task
from fastkernels.engine.sandbox import Sandbox
from fastkernels.engine.task import Task


def sandbox_overhead(task: Task, config: BenchConfig, sandbox: Sandbox, repeat: int = 5,
                     on_run: Callable[[str, float], None] = lambda mode, seconds: None) -> dict:
    """Median wall time of a whole task (its reference and candidate processes; the task's
    reference benched against itself) over `repeat` runs each, sandboxed and forked from
    the fork server, interleaved so that both see the same load."""
    seconds = {"sandbox": [], "no sandbox": []}
    for _ in range(repeat):
        for mode, chosen in (("sandbox", sandbox), ("no sandbox", None)):
            started = time.perf_counter()
            result = bench_task(task, None, replace(config, sandbox=chosen))
            elapsed = time.perf_counter() - started
            if result.status != PASSED:
                raise RuntimeError(f"{task.name} did not pass its self-check {mode}: {result.reason}")
            seconds[mode].append(elapsed)
            on_run(mode, elapsed)
    medians = {mode: statistics.median(times) for mode, times in seconds.items()}
    return {"task": task.name, "device": config.device, "repeat": repeat, "seconds": seconds,
            "median_s": medians, "overhead_s": medians["sandbox"] - medians["no sandbox"]}
