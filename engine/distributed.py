"""The bench on a Ray cluster (`fk-bench run --ray`): each task is a Ray task holding one GPU
(one CPU slot on CPU) that benches it with the same isolated reference and candidate processes
as on one host; the driver resumes, writes each result as it arrives and reports progress.

Placement and recovery are Ray's: a task whose worker or node dies is run again elsewhere
(`max_retries`), one killed by Ray's memory monitor too, and a task that ran out of memory
beside others is submitted again asking for a whole node, so that it runs alone. The task and
candidate files travel with the Ray task, so nodes need the project installed but no shared
filesystem; the results folder is the driver's. The driver keeps a bounded window of tasks in
flight, so its memory does not grow with the number of tasks."""
from __future__ import annotations

import logging
import socket
import tempfile
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Callable, Iterator

from fastkernels.engine.loader import one_line
from fastkernels.engine.production import from_stored, stored_cases
from fastkernels.engine.results import TaskResult
from fastkernels.engine.runner import BenchConfig, bench_failure, bench_safely, out_of_memory, settled, signing, store
from fastkernels.engine.task import Task

RETRIES = 3  # further runs of a task whose Ray worker or node was lost
_PROBE_S = 5.0
_POLL_S = 1.0  # how often the driver wakes while it waits (an interrupt is seen within this)


class ClusterError(Exception):
    """Ray not installed, a cluster that cannot be reached, or one without what was asked for."""


@dataclass
class Cluster:
    """A connection to a Ray cluster, with its totals and the resources of each live node."""

    ray: ModuleType
    address: str
    cpus: float
    gpus: float
    nodes: list[dict]

    def request(self, device: str, alone: bool) -> dict:
        """The resources one task asks for: a GPU (and a CPU slot for its host side) or a CPU
        slot; alone, everything the largest node able to run it has, so that nothing else runs
        beside it there."""
        gpu = device == "cuda"
        if not alone:
            return {"num_cpus": 1, "num_gpus": 1 if gpu else 0}
        able = [node for node in self.nodes if node.get("CPU", 0) >= 1 and (node.get("GPU", 0) >= 1 or not gpu)]
        node = max(able, key=lambda n: (n.get("GPU", 0) if gpu else 0, n.get("CPU", 0)))
        return {"num_cpus": node["CPU"], "num_gpus": node["GPU"] if gpu else 0}

    @property
    def slots(self) -> int:
        return max(1, int(self.cpus))


def _import_ray() -> ModuleType:
    try:
        import ray
    except ImportError:
        raise ClusterError("--ray needs Ray, which is not installed: pip install -e '.[ray]' in this checkout, or pip install ray") from None
    return ray


def _probe(address: str) -> None:
    """A bare host:port that nothing answers on is refused here at once: Ray itself would wait
    minutes, printing warnings, before it gives up."""
    host, _, port = address.rpartition(":")
    if not host or not port.isdigit():
        raise ClusterError(f"the Ray address {address!r} is not HOST:PORT; pass HOST:PORT, 'auto' for the running "
                           "cluster, or no address to start one on this machine")
    try:
        socket.create_connection((host, int(port)), timeout=_PROBE_S).close()
    except OSError as error:
        raise ClusterError(f"cannot reach the Ray cluster at {address} ({error.strerror or error}); start it with "
                           "`ray start --head` or pass another address") from None


@contextmanager
def connect(address: str | None) -> Iterator[Cluster]:
    """Join the cluster at `address` ('auto': the one running on this machine or named by
    RAY_ADDRESS; 'ray://…': a Ray client), or start a local one for the run when it is None."""
    ray = _import_ray()
    if address not in (None, "auto") and "://" not in address:
        _probe(address)
    try:
        local = {"include_dashboard": False} if address is None else {}
        ray.init(address=address or "local", logging_level=logging.ERROR, log_to_driver=False, **local)
    except Exception as error:  # noqa: BLE001 - whatever Ray raises, the user needs one line
        where = f"at {address}" if address else "on this machine"
        raise ClusterError(f"cannot connect to a Ray cluster {where}: {one_line(error)}") from None
    try:
        total = ray.cluster_resources()
        yield Cluster(ray=ray, address=address or "local", cpus=total.get("CPU", 0.0), gpus=total.get("GPU", 0.0),
                      nodes=[node["Resources"] for node in ray.nodes() if node["Alive"]])
    finally:
        ray.shutdown()


def bench_on_worker(payload: dict, config: BenchConfig) -> tuple[dict, bool]:
    """What a Ray task runs: the task (and candidate) file written to a scratch folder of the
    node, benched as on one host; the result as a dict and whether to store it."""
    with tempfile.TemporaryDirectory(prefix="fk-ray-") as scratch:
        task_path = Path(scratch, "tasks", f"{payload['task']}.py")
        task_path.parent.mkdir(parents=True)
        task_path.write_bytes(payload["task_source"])
        candidate = None
        if payload["candidate_source"] is not None:
            candidate = Path(scratch, "candidates", f"{payload['task']}.py")
            candidate.parent.mkdir(parents=True)
            candidate.write_bytes(payload["candidate_source"])
        result, keep = bench_safely(Task(payload["task"], payload["level"], task_path), candidate, config,
                                    production=from_stored(payload.get("production") or {}))
    result.candidate = payload["candidate"]  # the driver's path, not the scratch copy's
    return result.to_dict(), keep


def _payload(task: Task, candidate: Path | None, production: Callable | None = None) -> dict:
    """What a Ray task needs, the task's stored production baselines included (the node may
    have no baselines.json), so that a result is scored as on one host."""
    return {"task": task.name, "level": task.level, "task_source": task.path.read_bytes(),
            "candidate": str(candidate) if candidate else None,
            "candidate_source": candidate.read_bytes() if candidate else None,
            "production": stored_cases(production, task) if production else {}}


def run_bench_ray(cluster: Cluster, tasks: list[Task], candidates_dir: Path | None, config: BenchConfig,
                  results_dir: Path, fresh: bool = False,
                  on_result: Callable[[TaskResult, bool], None] = lambda result, resumed: None,
                  work: Callable[[dict, BenchConfig], tuple[dict, bool]] = bench_on_worker,
                  production: Callable | None = None) -> list[TaskResult]:
    """Bench every task on the cluster, as `runner.run_bench` does on one host (same resume,
    same records, same callbacks, results in the tasks' order, scored against the same stored
    production baselines: `production` is ``engine.production.lookup``'s answer). `work` is
    what each Ray task runs on its payload (the bench; a stand-in of known cost measures the
    scheduling alone)."""
    if config.device == "cuda" and not cluster.gpus:
        raise ClusterError(f"the Ray cluster ({cluster.address}) has no GPU: add nodes with GPUs, or bench on its "
                           "CPUs with --device cpu")
    results_dir = Path(results_dir)
    config, key = signing(config, results_dir)  # the key stays with the driver, which signs every result
    done: dict[str, TaskResult] = {}
    queue = deque()
    for task in tasks:
        candidate = task.candidate_path(candidates_dir)
        result, resumed = settled(task, candidate, config, results_dir, candidates_dir is not None, fresh, key)
        if result is None:
            queue.append((task, candidate, False))
        else:
            done[task.name] = result
            on_result(result, resumed)
    remote = cluster.ray.remote(work)
    in_flight = {}
    window = 2 * cluster.slots + 2  # enough to keep every slot busy; the rest waits on the driver
    while queue or in_flight:
        while queue and len(in_flight) < window:
            task, candidate, alone = queue.popleft()
            ref = remote.options(max_retries=RETRIES, **cluster.request(config.device, alone)).remote(
                _payload(task, candidate, production), config)
            in_flight[ref] = (task, candidate, alone)
        ready, _ = cluster.ray.wait(list(in_flight), num_returns=1, timeout=_POLL_S)
        if ready:  # and every other one done by now: one wait per batch, not per task
            ready, _ = cluster.ray.wait(list(in_flight), num_returns=len(in_flight), timeout=0)
        for ref in ready:
            task, candidate, alone = in_flight.pop(ref)
            result, keep = _outcome(cluster.ray, ref, task, candidate, config)
            if not alone and out_of_memory(result):
                queue.appendleft((task, candidate, True))
                continue
            if keep:
                store(result, task, candidate, key, results_dir)
            done[task.name] = result
            on_result(result, False)
    return [done[task.name] for task in tasks]


def _outcome(ray: ModuleType, ref, task: Task, candidate: Path | None, config: BenchConfig) -> tuple[TaskResult, bool]:
    """A Ray task's result. A task lost more often than Ray retries it (its worker or node died
    every time), or that a node could not run (the project missing there), is the bench's own
    failure, not stored, so that a rerun benches it again."""
    try:
        result, keep = ray.get(ref)
    except ray.exceptions.OutOfMemoryError as error:
        return bench_failure(task, candidate, config, f"Ray's memory monitor killed it: out of memory ({one_line(error)})"), False
    except ray.exceptions.RayTaskError as error:  # the bench catches its own errors: Ray could not start it
        return bench_failure(task, candidate, config, f"the Ray worker could not run it: {one_line(error.cause or error)}"), False
    except ray.exceptions.RayError as error:
        return bench_failure(task, candidate, config, f"lost on the Ray cluster {RETRIES + 1} times: {one_line(error)}"), False
    return TaskResult.from_dict(result), keep
