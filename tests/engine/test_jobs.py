"""Several tasks at a time on one host (`--jobs`): results in the tasks' order, one report each,
and a task that ran out of memory beside others benched again alone once they are done."""
import threading
import time
from pathlib import Path

from fastkernels.engine import runner
from fastkernels.engine.results import PASSED, RUNTIME_ERROR, TaskResult
from fastkernels.engine.runner import BenchConfig, run_bench
from fastkernels.engine.task import Task

OUT_OF_MEMORY = "the reference failed (RUNTIME_ERROR): OutOfMemoryError: CUDA out of memory. Tried to allocate 4.00 GiB"


def test_a_task_that_ran_out_of_memory_beside_others_runs_again_alone(tmp_path, monkeypatch):
    names = ["a", "big", "c", "d", "e"]
    tasks = []
    for name in names:
        path = tmp_path / "tasks" / "L1" / f"{name}.py"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"# {name}\n")
        tasks.append(Task(f"L1/{name}", 1, path))
    running, lock, calls = set(), threading.Lock(), []

    def bench_task(task, candidate, config, references=None, production=None):
        with lock:  # the tasks that ran at some moment of this one's run
            beside, first = set(running), len(calls)
            running.add(task.name)
            calls.append((task.name, beside))
        time.sleep(0.2)
        with lock:
            running.discard(task.name)
            beside |= running | {name for name, _ in calls[first + 1:]}
        failed = task.name == "L1/big" and beside
        return TaskResult(task=task.name, level=1, status=RUNTIME_ERROR if failed else PASSED,
                          reason=OUT_OF_MEMORY if failed else "", task_hash=runner.file_hash(task.path),
                          settings=config.key())

    monkeypatch.setattr(runner, "bench_task", bench_task)
    reported = []
    results = run_bench(tasks, None, BenchConfig(device="cpu"), tmp_path / "results", jobs=3,
                        on_result=lambda result, resumed: reported.append(result.task))
    assert [r.task for r in results] == [t.name for t in tasks]
    assert all(r.status == PASSED for r in results)
    assert sorted(reported) == sorted(t.name for t in tasks)
    big = [beside for name, beside in calls if name == "L1/big"]
    assert len(big) == 2 and big[0] and big[1] == set()  # beside others first, then alone
    assert calls[-1][0] == "L1/big"  # after every other task
    assert TaskResult.load(Path(tmp_path / "results"), "L1/big").status == PASSED
