"""What the sandbox costs: the same task benched alternately with and without it, and where the
difference goes (the sandbox's own setup, and a fresh interpreter's imports, which a worker
forked from the fork server does not pay)."""
from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Callable

from fastkernels.engine import sandbox as sandboxing
from fastkernels.engine.results import PASSED
from fastkernels.engine.runner import BenchConfig, bench_task
from fastkernels.engine.task import Task

# What a worker imports before it runs anything: the bench's worker module and the task's module.
_IMPORTS = ("import sys; from pathlib import Path; import fastkernels.engine.worker; "
            "from fastkernels.engine.task import load_module; load_module(Path(sys.argv[1]), 'fk_task')")


def sandbox_overhead(task: Task, config: BenchConfig, sandbox: sandboxing.Sandbox, repeat: int = 5,
                     on_run: Callable[[str, float], None] = lambda mode, seconds: None) -> dict:
    """Median wall time of a whole task (its reference and candidate processes; the task's
    reference benched against itself) over `repeat` runs each, sandboxed and forked from
    the fork server, interleaved so that both see the same load; and, per worker, the
    medians of the parts a sandboxed worker pays (`startup`)."""
    seconds = {"sandbox": [], "no sandbox": []}
    parts: dict[str, list[float]] = {}
    for _ in range(repeat):
        for mode, chosen in (("sandbox", sandbox), ("no sandbox", None)):
            started = time.perf_counter()
            result = bench_task(task, None, replace(config, sandbox=chosen))
            elapsed = time.perf_counter() - started
            if result.status != PASSED:
                raise RuntimeError(f"{task.name} did not pass its self-check {mode}: {result.reason}")
            seconds[mode].append(elapsed)
            on_run(mode, elapsed)
        for part, elapsed in startup(task, sandbox, config.device).items():
            parts.setdefault(part, []).append(elapsed)
    medians = {mode: statistics.median(times) for mode, times in seconds.items()}
    return {"task": task.name, "device": config.device, "repeat": repeat, "seconds": seconds,
            "median_s": medians, "overhead_s": medians["sandbox"] - medians["no sandbox"],
            "per_worker_s": {part: statistics.median(times) for part, times in parts.items()},
            "per_worker_runs_s": parts}


def startup(task: Task, sandbox: sandboxing.Sandbox, device: str) -> dict[str, float]:
    """Once each, in seconds: the sandbox alone (built, a no-op, torn down), and a fresh
    interpreter importing what a worker imports, in the sandbox and outside it."""
    argv = [sys.executable, "-P", "-c", _IMPORTS, str(Path(task.path).resolve())]
    found = {}
    with tempfile.TemporaryDirectory(prefix="fk-overhead-") as folder:
        for part, command in (("sandbox alone", ["true"]), ("fresh interpreter and imports, in the sandbox", argv)):
            private = Path(folder) / part.split()[0]
            private.mkdir()
            started = time.perf_counter()
            run = sandboxing.run(sandbox, private, command, private / "log", 600, 1 << 20, device)
            found[part] = time.perf_counter() - started
            if run.returncode != 0:
                raise RuntimeError(f"{part} failed: {(private / 'log').read_text()[-300:]}")
    started = time.perf_counter()
    subprocess.run(argv, check=True, capture_output=True)
    found["fresh interpreter and imports, outside"] = time.perf_counter() - started
    return found
