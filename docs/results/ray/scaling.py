"""How `fk-bench run --ray` scales, on a local Ray cluster of W one-slot workers.

Simulated: 2,000 self-check tasks whose cost is a sleep of a recorded H100 task duration, scaled
down by --scale, go through the driver's real path (resume check, submission window, Ray tasks,
one result file written per task, progress callback); the driver's RSS is sampled before and every
250 results. Durations, cycled in a fixed order: the 20 per-task `seconds` of the two ten-task
self-check runs (docs/results/h100/ten-run1.json, ten-run2.json: 2.2-10.8 s) and, for 10 in every
1,326 tasks (the share of the L1/L2 self-check that needed a GPU alone), the `seconds` of
`run_alone` in docs/results/h100/selfcheck-L1-L2.json (42-435 s).

Real: the bench's full self-check (`fk-bench run --device cpu --max-cases 1`, the CLI's other
defaults) of the ten tasks of docs/results/ten-tasks.txt on W workers.

    nice -n 10 python docs/results/ray/scaling.py [--scale 500] [--workers 1 2 4] [--real-workers 1 2]

writes docs/results/ray/scaling.json and scaling.md.
"""
from __future__ import annotations

import argparse
import heapq
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from ray.cluster_utils import Cluster

from fastkernels.engine.distributed import connect, run_bench_ray
from fastkernels.engine.results import PASSED, TaskResult
from fastkernels.engine.runner import BenchConfig
from fastkernels.engine.task import Task, discover_tasks
from fastkernels.engine.timing import TimingConfig

ROOT = Path(__file__).resolve().parents[3]
H100 = ROOT / "docs" / "results" / "h100"
TASKS = 2000
HEAVY_EVERY = 1326 // 10
CPU_CONFIG = BenchConfig(device="cpu", max_cases=1, timing=TimingConfig(warmup=3, iters=20, graph=False))


def recorded_durations() -> tuple[list[float], list[float]]:
    """(per-task seconds of ordinary self-check tasks, of those that needed a GPU alone)."""
    ordinary = [t["seconds"] for run in ("ten-run1", "ten-run2")
                for t in json.loads((H100 / f"{run}.json").read_text())["tasks"]]
    alone = json.loads((H100 / "selfcheck-L1-L2.json").read_text())["run_alone"]["tasks"].values()
    return ordinary, [t["seconds"] for t in alone if t.get("seconds")]


def sleep_work(payload: dict, config: BenchConfig) -> tuple[dict, bool]:
    """A Ray task's stand-in: sleeps the seconds its task file names, returns a passed result."""
    seconds = float(payload["task_source"].decode().split("SECONDS = ")[1])
    time.sleep(seconds)
    result = TaskResult(task=payload["task"], level=payload["level"], status=PASSED, device=config.device,
                        settings=config.key(), seconds=seconds)
    return result.to_dict(), True


def _rss_mib() -> float:
    line = next(line for line in Path("/proc/self/status").read_text().splitlines() if line.startswith("VmRSS"))
    return int(line.split()[1]) / 1024


def _local_cluster(workers: int, one_node: bool = False) -> Cluster:
    """W worker nodes of one CPU slot (or one node of W slots: one raylet, fewer processes on
    a small machine). Ray's memory monitor is off: it watches the whole machine, which here is
    shared, and would kill these tasks for memory that others use."""
    os.environ["RAY_memory_monitor_refresh_ms"] = "0"
    cluster = Cluster(initialize_head=True, head_node_args={"num_cpus": 0, "include_dashboard": False})
    for slots in [workers] if one_node else [1] * workers:
        cluster.add_node(num_cpus=slots)
    cluster.wait_for_nodes()
    return cluster


def ideal_wall(seconds: list[float], workers: int) -> float:
    """The limit: the tasks in their order, each started on the first free worker, no overhead."""
    free = [0.0] * workers
    for duration in seconds:
        heapq.heappush(free, heapq.heappop(free) + duration)
    return max(free)


def simulated(workers: int, scale: float, folder: Path, one_node: bool) -> dict:
    ordinary, alone = recorded_durations()
    tasks_dir = folder / "tasks" / "L1"
    tasks_dir.mkdir(parents=True, exist_ok=True)
    tasks, durations = [], []
    for i in range(TASKS):
        seconds = (alone[i // HEAVY_EVERY % len(alone)] if i % HEAVY_EVERY == HEAVY_EVERY - 1
                   else ordinary[i % len(ordinary)]) / scale
        path = tasks_dir / f"sim_{i:04d}.py"
        path.write_text(f"SECONDS = {seconds!r}\n")
        tasks.append(Task(f"L1/sim_{i:04d}", 1, path))
        durations.append(seconds)
    rss, count = [], [0]

    def on_result(result, resumed) -> None:
        count[0] += 1
        if count[0] % 250 == 0:
            rss.append(round(_rss_mib(), 1))

    cluster = _local_cluster(workers, one_node)
    try:
        with connect(cluster.address) as ray_cluster:
            rss.append(round(_rss_mib(), 1))
            started = time.perf_counter()
            results = run_bench_ray(ray_cluster, tasks, None, CPU_CONFIG, folder / f"results-{workers}",
                                    on_result=on_result, work=sleep_work)
            wall = time.perf_counter() - started
    finally:
        cluster.shutdown()
    return {"workers": workers, "tasks": TASKS, "statuses": _statuses(results),
            "written": len(list((folder / f"results-{workers}").rglob("*.json"))), "sleep_s": round(sum(durations), 2), "ideal_wall_s": round(ideal_wall(durations, workers), 2), "wall_s": round(wall, 2),
            "tasks_per_s": round(TASKS / wall, 1), "driver_rss_mib": rss}


def real(workers: int, folder: Path) -> dict:
    names = (ROOT / "docs" / "results" / "ten-tasks.txt").read_text().split()
    tasks = discover_tasks(ROOT / "tasks_generated", names)
    cluster = _local_cluster(workers)
    try:
        with connect(cluster.address) as ray_cluster:
            started = time.perf_counter()
            results = run_bench_ray(ray_cluster, tasks, None, CPU_CONFIG, folder / f"real-{workers}")
            wall = time.perf_counter() - started
    finally:
        cluster.shutdown()
    return {"workers": workers, "tasks": len(tasks), "wall_s": round(wall, 1),
            "task_s": round(sum(r.seconds for r in results), 1),
            "statuses": _statuses(results)}


def _statuses(results: list[TaskResult]) -> dict:
    return {s: sum(r.status == s for r in results) for s in sorted({r.status for r in results})}


def _markdown(document: dict) -> str:
    sim, rows = document["simulated"], []
    rows += [f"Simulated: {TASKS:,} tasks, recorded H100 durations / {document['scale']:g} "
             f"(sum of sleeps {sim[0]['sleep_s']:g} s); {document['machine']}", "",
             f"{document['layout']}", "",
             "| workers | wall s | ideal wall s | of ideal | tasks/s | speedup vs 1 | driver RSS MiB before, then after every 250 results |",
             "|---|---|---|---|---|---|---|"]
    rows += [f"| {r['workers']} | {r['wall_s']:.2f} | {r['ideal_wall_s']:.2f} | {r['ideal_wall_s'] / r['wall_s']:.0%} | "
             f"{r['tasks_per_s']:.1f} | {sim[0]['wall_s'] / r['wall_s']:.2f}x | {', '.join(f'{v:g}' for v in r['driver_rss_mib'])} |"
             for r in sim]
    real_rows = document["real"]
    if not real_rows:
        return "\n".join(rows) + "\n"
    rows += ["", f"Real: the full CPU self-check (--max-cases 1) of the ten tasks of docs/results/ten-tasks.txt; "
                 f"{document['machine']}", "",
             "| workers | wall s | sum of task s | speedup vs 1 | statuses |", "|---|---|---|---|---|"]
    rows += [f"| {r['workers']} | {r['wall_s']:.1f} | {r['task_s']:.1f} | {real_rows[0]['wall_s'] / r['wall_s']:.2f}x | "
             f"{', '.join(f'{k} {v}' for k, v in r['statuses'].items())} |" for r in real_rows]
    return "\n".join(rows) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=500.0, help="recorded durations are divided by this")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--real-workers", type=int, nargs="*", default=[1, 2])
    parser.add_argument("--one-node", action="store_true",
                        help="one worker node of W slots instead of W nodes of one (writes scaling-one-node.*)")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent)
    args = parser.parse_args()
    load = os.getloadavg()[0]
    document = {"scale": args.scale, "machine": f"a CPU-only machine of {os.cpu_count()} cores shared with other work "
                                                f"(load average {load:.1f} at the start)",
                "command": "nice -n 10 python docs/results/ray/scaling.py " + " ".join(sys.argv[1:]),
                "layout": ("a local Ray cluster: a head node that runs no task and one worker node of W CPU slots"
                           if args.one_node else "a local Ray cluster: a head node that runs no task and W worker "
                           "nodes of one CPU slot each"),
                "ideal": "ideal wall: the tasks in their order, each started on the first free worker, no overhead"}
    with tempfile.TemporaryDirectory(prefix="fk-scaling-") as scratch:
        document["simulated"] = [simulated(w, args.scale, Path(scratch), args.one_node) for w in args.workers]
        document["real"] = [real(w, Path(scratch)) for w in args.real_workers]
    stem = "scaling-one-node" if args.one_node else "scaling"
    (args.out / f"{stem}.json").write_text(json.dumps(document, indent=1) + "\n")
    (args.out / f"{stem}.md").write_text(_markdown(document))
    print(_markdown(document))


if __name__ == "__main__":
    main()
