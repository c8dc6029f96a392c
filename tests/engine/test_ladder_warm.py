"""Compiling the ladder ahead in other processes, and a ladder run that stops on time and
goes on past a task it cannot measure."""
from __future__ import annotations

import time
from pathlib import Path

import torch

from fastkernels.baselines import ladder as ladder_module
from fastkernels.engine import baseline_store as store
from fastkernels.engine import ladder_run, production
from fastkernels.engine.ladder_warm import warm, warm_task
from fastkernels.engine.task import discover_tasks
from fastkernels.engine.timing import TimingConfig

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "tasks"
CONFIG = ladder_run.LadderConfig(device="cpu", rounds=1, held_out_rounds=0, max_cases=1, check_cases=1,
                                 timing=TimingConfig(warmup=1, iters=3, graph=False))


def test_warm_processes_report_every_task_and_stop_at_their_deadline():
    tasks = discover_tasks(FIXTURES)
    done = warm(tasks, CONFIG, jobs=2, seconds=120)
    assert set(done) == {t.name for t in tasks}
    assert all("error" not in result and result["seconds"] > 0 for result in done.values())
    started = time.monotonic()
    assert warm(tasks, CONFIG, jobs=2, seconds=0) == {}
    assert time.monotonic() - started < 1


def test_warming_calls_the_compiled_rungs_at_the_timed_shapes(monkeypatch):
    """A stand-in compiled rung (no compiler on a CI host) records the shapes it is called at."""
    shapes = []

    def with_compiled(kernel_id, model, device, families=ladder_module.RUNGS):
        built = ladder_module.build_ladder(kernel_id, model, device, families)
        built.rungs.append(ladder_module.Rung("compile", "compile", lambda x: shapes.append(tuple(x.shape)) or model(x),
                                              compiled=True))
        return built

    monkeypatch.setattr(ladder_run, "build_ladder", with_compiled)
    (task,) = discover_tasks(FIXTURES, ["llama_rms_norm"])
    first_calls = warm_task(task, CONFIG)
    assert list(first_calls) == ["0/compile"]
    module_case = ladder_run.load_module(task.path, "fk_test_warm").CASES[0]
    assert shapes == [tuple(module_case["inputs"][0]["shape"])]


def test_the_ladder_reports_a_task_it_cannot_measure_and_stops_at_its_deadline(tmp_path, monkeypatch):
    tasks = discover_tasks(FIXTURES)
    real = ladder_run.measure_task

    def failing_on_rotary(task, config, on_step=lambda text: None):
        if "rotary" in task.name:
            raise torch.cuda.OutOfMemoryError("CUDA out of memory. Tried to allocate 8.00 GiB")
        return real(task, config, on_step)

    monkeypatch.setattr(production, "measure_task", failing_on_rotary)
    seen, before = [], []
    path = tmp_path / "baselines.json"
    production.measure_missing(tasks, path, 3, CONFIG, on_task=lambda task, entry: seen.append((task.name, entry)),
                               before=before.append)
    assert [t.name for t in before[0]] == [t.name for t in tasks]
    (rotary,) = [entry for name, entry in seen if "rotary" in name]
    assert "out of memory" in rotary["error"] and "\n" not in rotary["error"]
    (stored,) = store.load(path)["cards"]["cpu"]["entries"].values()
    assert stored["task"] == "L1/llama_rms_norm" and {"build", "check", "time", "total"} <= set(stored["run"]["seconds"])
    seen.clear()
    production.measure_missing(tasks, path, 3, CONFIG, on_task=lambda task, entry: seen.append((task.name, entry)),
                               deadline=time.monotonic() - 1)
    assert seen == [("L1/llama_rms_norm", None)]  # current: reported; the missing one is not started
