"""Shared fixtures: the fixture tasks, a fast CPU configuration, and one concurrent bench of
every RMSNorm candidate fixture (each candidate costs a fresh interpreter, so they run
side by side once per session and the tests read the verdicts). The hack suite runs
forked from the fork server, or in the sandbox with FK_TEST_SANDBOX=1, on the CPU, or on
the GPU with FK_TEST_DEVICE=cuda (FK_TEST_JOBS candidates side by side, 3 by default)."""
from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import pytest

from fastkernels.engine.runner import BenchConfig, bench_task
from fastkernels.engine.sandbox import probe
from fastkernels.engine.task import discover_tasks
from fastkernels.engine.timing import TimingConfig

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TASKS = FIXTURES / "tasks"
CANDIDATES = FIXTURES / "candidates"
RMS_NORM_CANDIDATES = CANDIDATES / "rms_norm"
# Long enough for a loaded machine to import torch and transformers; the hang test uses less.
TIMEOUT = 180.0
HANG_TIMEOUT = 45.0
DEVICE = os.environ.get("FK_TEST_DEVICE", "cpu")


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def bench_sandbox():
    if os.environ.get("FK_TEST_SANDBOX") != "1":
        return None
    import torch

    sandbox, reason = probe("cuda" if DEVICE == "cuda" or torch.cuda.is_available() else "cpu")
    assert sandbox is not None, f"FK_TEST_SANDBOX=1 but this host cannot build the sandbox: {reason}"
    return sandbox


@pytest.fixture(scope="session")
def config(bench_sandbox) -> BenchConfig:
    return BenchConfig(device=DEVICE, rounds=3, held_out_rounds=1, timeout=TIMEOUT,
                       timing=TimingConfig(warmup=1, iters=3, graph=False), sandbox=bench_sandbox)


@pytest.fixture(scope="session")
def tasks() -> dict:
    return {task.name: task for task in discover_tasks(TASKS)}


@pytest.fixture(scope="session")
def references() -> dict:
    """Reference runs memoised across the session, by task hash."""
    return {}


@pytest.fixture(scope="session")
def rms_norm_verdicts(config, tasks, references) -> dict:
    """TaskResult of every file in fixtures/candidates/rms_norm, by file stem."""
    task = tasks["L1/llama_rms_norm"]
    bench_task(task, None, config, references)  # fills the reference memo before the fan-out
    paths = sorted(RMS_NORM_CANDIDATES.glob("*.py"))

    def bench(path: Path):
        settings = replace(config, timeout=HANG_TIMEOUT) if path.stem == "hangs" else config
        return path.stem, bench_task(task, path, settings, references)

    with ThreadPoolExecutor(max_workers=int(os.environ.get("FK_TEST_JOBS", "3"))) as pool:
        return dict(pool.map(bench, paths))
