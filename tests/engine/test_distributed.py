"""The bench on a Ray cluster of two worker nodes: the same verdicts as on one host, every result
written once, nothing finished lost when a worker node or the driver is killed, and bad input
refused in one line. Runs where the `ray` extra is installed (`pip install -e '.[ray]'`)."""
from __future__ import annotations

import importlib.util
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from fastkernels.cli.bench import main
from fastkernels.engine.results import INCORRECT, PASSED, RUNTIME_ERROR, TIMEOUT, TaskResult
from fastkernels.engine.runner import BenchConfig, run_bench
from fastkernels.engine.task import discover_tasks
from fastkernels.engine.timing import TimingConfig

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
CANDIDATES = FIXTURES / "candidates" / "cluster"
EXPECTED = {"L1/rms_norm_correct": PASSED, "L1/rms_norm_wrong": INCORRECT, "L1/rms_norm_crashes": RUNTIME_ERROR,
            "L1/rms_norm_hangs": TIMEOUT}
# Long enough for a loaded machine to run the reference; the hanging candidate costs this much.
TIMEOUT_S = 30.0
# The bench's full check as the CLI runs it on CPU, on the first case of each task.
CONFIG = BenchConfig(device="cpu", max_cases=1, timeout=TIMEOUT_S, timing=TimingConfig(warmup=3, iters=20, graph=False))

needs_ray = pytest.mark.skipif(importlib.util.find_spec("ray") is None,
                               reason="Ray is not installed: pip install -e '.[ray]' runs the cluster tests")


@pytest.fixture(scope="module")
def cluster():
    """A head node that runs nothing and two worker nodes of one CPU slot each. Ray's memory
    monitor is off: it watches the whole machine, which may be shared, and would kill these
    tasks for memory that others use."""
    from ray.cluster_utils import Cluster

    os.environ["RAY_memory_monitor_refresh_ms"] = "0"  # read by the nodes as they start
    cluster = Cluster(initialize_head=True, head_node_args={"num_cpus": 0, "include_dashboard": False})
    workers = [cluster.add_node(num_cpus=1) for _ in range(2)]
    cluster.wait_for_nodes()
    del os.environ["RAY_memory_monitor_refresh_ms"]
    yield cluster, workers
    cluster.shutdown()


def _tasks(root: Path) -> Path:
    """Four copies of the fixture RMSNorm task, named after the candidates that answer them."""
    for name in EXPECTED:
        path = root / f"{name}.py"
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(FIXTURES / "tasks" / "L1" / "llama_rms_norm.py", path)
    return root


@needs_ray
def test_the_cluster_gives_the_local_verdicts_and_writes_each_result_once(cluster, tmp_path, monkeypatch):
    from fastkernels.engine.distributed import connect, run_bench_ray

    tasks = discover_tasks(_tasks(tmp_path / "tasks"))
    writes = []
    save = TaskResult.save
    monkeypatch.setattr(TaskResult, "save", lambda self, folder: (writes.append((Path(folder).name, self.task)),
                                                                  save(self, folder)))
    with ThreadPoolExecutor(1) as pool:  # the local path, two at a time, beside the cluster's run
        local = pool.submit(run_bench, tasks, CANDIDATES, CONFIG, tmp_path / "local", jobs=2)
        with connect(cluster[0].address) as ray_cluster:
            on_ray = run_bench_ray(ray_cluster, tasks, CANDIDATES, CONFIG, tmp_path / "ray")
        local = local.result()
    assert {r.task: r.status for r in on_ray} == {r.task: r.status for r in local} == EXPECTED, \
        [(r.task, r.status, r.reason) for r in on_ray + local]
    assert sorted(writes) == sorted([("local", name) for name in EXPECTED] + [("ray", name) for name in EXPECTED])
    for result in on_ray:
        stored = json.loads((tmp_path / "ray" / f"{result.task}.json").read_text())
        assert (stored["status"], stored["candidate"]) == (result.status, str(CANDIDATES / f"{result.task}.py"))


@needs_ray
def test_asking_a_cluster_without_gpus_for_gpus_is_an_error(cluster, tmp_path):
    from fastkernels.engine.distributed import ClusterError, connect, run_bench_ray

    tasks = discover_tasks(_tasks(tmp_path / "tasks"))
    with connect(cluster[0].address) as ray_cluster, pytest.raises(ClusterError, match="has no GPU"):
        run_bench_ray(ray_cluster, tasks, None, BenchConfig(device="cuda"), tmp_path / "results")


OUT_OF_MEMORY = "the reference failed (RUNTIME_ERROR): OutOfMemoryError: CUDA out of memory"


def _first_run_fails(payload: dict, config: BenchConfig) -> tuple[dict, bool]:
    """A stand-in for the bench: on a task's first run, `lost` kills its Ray worker and `oom`
    reports running out of memory; every other run passes."""
    marker = Path(payload["task_source"].decode().split("MARKER = ")[1].strip())
    first = not marker.exists()
    marker.touch()
    if first and payload["task"] == "L1/lost":
        os._exit(1)
    oom = first and payload["task"] == "L1/oom"
    return TaskResult(task=payload["task"], level=1, status=RUNTIME_ERROR if oom else PASSED,
                      reason=OUT_OF_MEMORY if oom else "", settings=config.key()).to_dict(), True


@needs_ray
def test_a_lost_worker_and_running_out_of_memory_are_run_again_by_ray(cluster, tmp_path, monkeypatch):
    import ray

    from fastkernels.engine.distributed import Cluster, connect, run_bench_ray

    ray.cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the stand-in travels by value
    for name in ("lost", "oom", "plain"):
        path = tmp_path / "tasks" / "L1" / f"{name}.py"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"MARKER = {tmp_path / name}.marker\n")
    writes = []
    save = TaskResult.save
    monkeypatch.setattr(TaskResult, "save", lambda self, folder: (writes.append(self.task), save(self, folder)))
    with connect(cluster[0].address) as ray_cluster:
        results = run_bench_ray(ray_cluster, discover_tasks(tmp_path / "tasks"), None, CONFIG, tmp_path / "results",
                                work=_first_run_fails)
    assert [(r.task, r.status) for r in results] == [("L1/lost", PASSED), ("L1/oom", PASSED), ("L1/plain", PASSED)]
    assert sorted(writes) == ["L1/lost", "L1/oom", "L1/plain"]  # the out-of-memory result was not stored
    # Run again alone: everything the largest node able to run it has (a CPU-only head with more
    # CPUs than the GPU nodes cannot run a GPU task).
    nodes = [{"CPU": 64.0}, {"CPU": 16.0, "GPU": 4.0}, {"CPU": 24.0, "GPU": 2.0}, {"GPU": 8.0}]
    shape = Cluster(ray=ray, address="x", cpus=104, gpus=14, nodes=nodes)
    assert shape.request("cuda", alone=True) == {"num_cpus": 16, "num_gpus": 4}
    assert shape.request("cuda", alone=False) == {"num_cpus": 1, "num_gpus": 1}
    assert shape.request("cpu", alone=True) == {"num_cpus": 64, "num_gpus": 0}


def _wait_for(condition, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"waited {seconds:g} s for {what}"
        time.sleep(0.2)


@needs_ray
def test_killed_worker_node_and_driver_lose_no_result_and_the_rerun_benches_only_the_rest(cluster, tmp_path):
    from fastkernels.engine.distributed import connect, run_bench_ray

    head, workers = cluster
    tasks_dir, results = _tasks(tmp_path / "tasks"), tmp_path / "results"
    stored = lambda: sorted(results.rglob("*.json")) if results.exists() else []  # noqa: E731
    with (tmp_path / "driver.log").open("w") as log:
        driver = subprocess.Popen([sys.executable, "-m", "fastkernels.cli.bench", "run", "--tasks", str(tasks_dir),
                                   "--device", "cpu", "--full", "--max-cases", "1", "--timeout", str(TIMEOUT_S),
                                   "--results", str(results), "--ray", head.address],
                                  stdout=subprocess.DEVNULL, stderr=log, start_new_session=True)
    try:
        _wait_for(lambda: len(stored()) >= 1, 240, "the first result")
        head.remove_node(workers[1])  # the other node's task is lost mid-run and runs again on the first
        _wait_for(lambda: len(stored()) >= 2 or driver.poll() is not None, 240, "a result after the node was lost")
        os.killpg(driver.pid, signal.SIGKILL)
        driver.wait()
        before = {path: path.stat().st_mtime_ns for path in stored()}
        assert 1 <= len(before) < len(EXPECTED)
        assert all(json.loads(path.read_text())["status"] == PASSED for path in before)
        seen = []
        with connect(head.address) as ray_cluster:
            rerun = run_bench_ray(ray_cluster, discover_tasks(tasks_dir), None, CONFIG, results,
                                  on_result=lambda result, resumed: seen.append((result.task, resumed)))
    finally:  # the cluster keeps one worker node: the other tests are done with it
        if driver.poll() is None:
            os.killpg(driver.pid, signal.SIGKILL)
    names = {str(path.relative_to(results).with_suffix("")) for path in before}
    assert [r.status for r in rerun] == [PASSED] * len(EXPECTED)
    assert sorted(seen) == sorted((name, name in names) for name in EXPECTED)  # resumed exactly those stored
    assert {path: path.stat().st_mtime_ns for path in before} == before  # none written again
    assert len(stored()) == len(EXPECTED)


def _one_line_error(capsys, monkeypatch, *argv: str) -> str:
    monkeypatch.setenv("COLUMNS", "500")  # no wrapping by the console
    assert main(["run", "--tasks", str(FIXTURES / "tasks"), "--device", "cpu", *argv]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and len(err.strip().splitlines()) == 1, err
    return err


@needs_ray
def test_an_unreachable_address_is_one_line(capsys, monkeypatch):
    with socket.socket() as probe:  # a local port that nothing listens on: bound, then released
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    started = time.monotonic()
    assert f"cannot reach the Ray cluster at 127.0.0.1:{port}" in _one_line_error(capsys, monkeypatch, "--ray", f"127.0.0.1:{port}")
    assert time.monotonic() - started < 30


def test_without_ray_the_option_says_so_in_one_line(capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)  # what an environment without the extra sees
    assert "--ray needs Ray, which is not installed" in _one_line_error(capsys, monkeypatch, "--ray")


def test_a_ray_task_is_scored_against_the_same_stored_production_baseline(monkeypatch):
    """The worker holds no baselines.json: the driver sends the task's stored cases, and the
    worker's lookup gives the answers the driver's would (no Ray needed to check that)."""
    from fastkernels.engine import baseline_store, distributed, production
    from fastkernels.engine.runner import bench_failure
    from fastkernels.engine.task import load_module
    from fastkernels.engine.timing import Measurement, Timing

    (task,) = discover_tasks(FIXTURES / "tasks", ["llama_rms_norm"])
    module = load_module(task.path, "fk_test_ray_production")
    stored = Measurement(launch=Timing(0.5, 0.0, 5, "cuda-events"), graph=Timing(0.4, 0.0, 5, "cuda-graph"))
    entry = {"task": task.name, "kernel_id": module.KERNEL["id"], "signature_revision": 3, "skipped": {},
             "cases": {"0": {"fingerprint": baseline_store.fingerprint(module.CASES[0]), "winner": "triton.rms_norm.llama",
                             "rungs": {"triton.rms_norm.llama": {"status": "passed", "measurement": stored.to_dict()}}}}}
    document = baseline_store.merge({"schema": 1, "cards": {}}, {"card": "cpu"}, entry)
    lookup = production.lookup(document, "cpu", 3)
    seen = {}

    def bench(task, candidate, config, references=None, production=None):
        seen["production"] = production
        return bench_failure(task, candidate, config, "not benched here"), False

    monkeypatch.setattr(distributed, "bench_safely", bench)
    distributed.bench_on_worker(distributed._payload(task, None, lookup), CONFIG)
    answers = [(seen["production"](task, i, case), lookup(task, i, case)) for i, case in enumerate(module.CASES)]
    assert answers[0] == (("triton.rms_norm.llama", stored),) * 2
    assert all(worker == driver for worker, driver in answers)
