"""fk-bench: bench candidate kernels against their tasks, or list the tasks."""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from fastkernels.baselines.ladder import RUNGS
from fastkernels.cli.common import UserError, consoles, io_help, run_cli, write_json
from fastkernels.engine.compare import DEFAULT_TOLERANCE, agreement_document, compare_runs
from fastkernels.engine.overhead import sandbox_overhead
from fastkernels.engine.report import markdown, run_document
from fastkernels.engine.results import PASSED, Summary, TaskResult
from fastkernels.engine.runner import BenchConfig, run_bench
from fastkernels.engine.sandbox import Sandbox, probe
from fastkernels.engine.task import discover_tasks
from fastkernels.engine.timing import CUDA_MIN_TOTAL_MS, TimingConfig

_STATUS_STYLE = {"PASSED": "green", "DELEGATES": "yellow", "SKIPPED": "dim", "INCORRECT": "red",
                 "RUNTIME_ERROR": "red", "TIMEOUT": "red", "REWARD_HACK": "bold magenta",
                 "SANDBOX_VIOLATION": "bold magenta"}


_IO_HELP = {
    "run": io_help(
        "TASKS/L<n>/<name>.py; CANDIDATES/L<n>/<name>.py (without --candidates each reference is benched "
        "against itself); results stored in RESULTS for this protocol and task file (resumed unless --fresh, and only "
        "with a valid digest)",
        "one signed JSON per task into RESULTS (default .fk-bench/results; its key RESULTS/.key on first use) as it "
        "finishes; the table to the terminal; --json FILE, --markdown FILE",
        "fk-bench run --candidates candidates/ --task llama_rms_norm --device cpu --max-cases 1",
    ),
    "list": io_help(
        "TASKS/L<n>/<name>.py and CANDIDATES/L<n>/<name>.py",
        "the table to the terminal",
        "fk-bench list --candidates candidates/ --level 1",
    ),
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fk-bench", description=__doc__, **io_help(
        "tasks in tasks_generated/; candidates (L<n>/<name>.py defining ModelNew) in --candidates",
        "results per task into .fk-bench/results/; tables to the terminal; --json, --markdown FILE",
        "fk-bench run --candidates candidates/ --task llama_rms_norm  (each command's --help says more)",
    ))
    commands = parser.add_subparsers(dest="command", required=True)
    for name in ("run", "list"):
        command = commands.add_parser(name, help="bench candidates" if name == "run" else "list tasks and candidates",
                                      **_IO_HELP[name])
        command.add_argument("--tasks", type=Path, default=Path("tasks_generated"))
        command.add_argument("--candidates", type=Path, default=None,
                             help="folder of L<n>/<name>.py files defining ModelNew; without it, "
                                  "each reference is benched against itself")
        command.add_argument("--task", nargs="+", default=None, help="task names (L1/name or name)")
        command.add_argument("--level", type=int, default=None)
    compare = commands.add_parser("compare", help="how closely two runs of the same tasks agree on their times", **io_help(
        "two runs' --json files (fk-bench run --json)",
        "the agreement table to the terminal; --json FILE",
        "fk-bench compare run1.json run2.json --tolerance 0.03",
    ))
    compare.add_argument("first", type=Path, help="a run's --json file")
    compare.add_argument("second", type=Path, help="another run's --json file")
    compare.add_argument("--tolerance", type=float, default=DEFAULT_TOLERANCE,
                         help="relative difference counted as agreement (default: %(default)s)")
    compare.add_argument("--json", dest="json_path", default=None, help="write the comparison as JSON ('-' for stdout)")
    overhead = commands.add_parser("overhead", help="what the sandbox costs per task (median of runs with and without)",
                                   **io_help(
        "TASKS/L<n>/<name>.py of --task (its reference is benched against itself, first case only)",
        "the table of seconds per task, sandboxed and not, to the terminal; --json FILE",
        "fk-bench overhead --tasks tests/fixtures/tasks --task llama_rms_norm --device cpu --repeat 5",
    ))
    overhead.add_argument("--tasks", type=Path, default=Path("tasks_generated"))
    overhead.add_argument("--task", default="llama_rms_norm", help="the task to self-check (default: %(default)s)")
    overhead.add_argument("--device", choices=["cuda", "cpu"], default="cpu")
    overhead.add_argument("--repeat", type=int, default=5, help="runs each way (default: %(default)s)")
    overhead.add_argument("--json", dest="json_path", default=None, help="write the measurement as JSON ('-' for stdout)")
    run = commands.choices["run"]
    run.add_argument("--device", choices=["cuda", "cpu"], default=None,
                     help="default: cuda when available (with --ray: when the cluster has a GPU)")
    run.add_argument("--rounds", type=int, default=5, help="rounds of fresh inputs per listed case")
    run.add_argument("--max-cases", type=int, default=None, help="bench only the first N (most common) cases of each task")
    run.add_argument("--baselines", type=_rungs, default=RUNGS,
                     help=f"comma-separated baseline rungs to time (of {', '.join(RUNGS)}); eager is always timed")
    run.add_argument("--iters", type=int, default=None,
                     help="timed calls per measurement, exactly (default: 100 on CUDA, more until they add up "
                          f"to {CUDA_MIN_TOTAL_MS:g} ms; 20 on CPU); fewer for a quick check")
    run.add_argument("--placements", type=int, default=TimingConfig.placements,
                     help="CUDA: input sets timed, the rounds' and copies of them in fresh memory (default: %(default)s)")
    run.add_argument("--timeout", type=float, default=600.0, help="seconds per task and side")
    run.add_argument("--results", type=Path, default=Path(".fk-bench/results"),
                     help="one JSON per task, written as it finishes; a rerun resumes from it")
    run.add_argument("--fresh", action="store_true", help="ignore stored results")
    run.add_argument("--unsafe", action="store_true",
                     help="run candidates without the sandbox (where the host allows no namespaces); they can then "
                          "write anywhere the bench can, reach the network and outlive the run")
    run.add_argument("--jobs", type=int, default=1,
                     help="tasks benched at a time on this machine; one that runs out of memory beside others "
                          "is benched again alone at the end (default: %(default)s)")
    run.add_argument("--ray", nargs="?", const="", default=None, metavar="ADDRESS",
                     help="bench on a Ray cluster, each task a Ray task holding one GPU (a CPU slot with --device "
                          "cpu): 'auto' joins the cluster running here, HOST:PORT another, no ADDRESS starts one "
                          "on this machine (needs the ray extra: pip install -e '.[ray]')")
    run.add_argument("--json", dest="json_path", default=None, help="write the run as JSON ('-' for stdout)")
    run.add_argument("--markdown", type=Path, default=None, help="write a Markdown table")
    return parser


def _list(args, console: Console) -> None:
    table = Table(title=f"tasks in {args.tasks}")
    for column in ("task", "level", "candidate"):
        table.add_column(column)
    for task in discover_tasks(args.tasks, args.task, args.level):
        candidate = task.candidate_path(args.candidates)
        table.add_row(task.name, str(task.level), str(candidate) if candidate else "[dim]-[/]")
    console.print(table)


def _results_table(results: list[TaskResult]) -> Table:
    table = Table(title="fk-bench")
    for column in ("task", "status", "baseline ms", "candidate ms", "speedup", "SOL", "note"):
        table.add_column(column, justify="right" if column.endswith(("ms", "speedup", "SOL")) else "left")
    for r in results:
        base = sum(c.baseline_ms for c in r.cases)
        cand = sum(c.candidate_ms for c in r.cases)
        table.add_row(r.task, f"[{_STATUS_STYLE[r.status]}]{r.status}[/]",
                      f"{base:.4f}" if r.cases else "", f"{cand:.4f}" if r.cases else "",
                      f"{r.speedup:.2f}x" if r.speedup else "", f"{r.sol_score:.2f}" if r.sol_score else "",
                      r.reason[:120])
    return table


def _rungs(text: str) -> tuple[str, ...]:
    """The named rungs in the ladder's order, eager always among them."""
    names = tuple(name.strip() for name in text.split(",") if name.strip())
    unknown = [name for name in names if name not in RUNGS]
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown baseline {', '.join(unknown)}: choose among {', '.join(RUNGS)}")
    return tuple(name for name in RUNGS if name in names or name == "eager")


def _sandbox(args, device: str, console: Console) -> Sandbox | None:
    """The sandbox this host can build; without one, candidates run only with --unsafe."""
    if args.unsafe:
        console.print("[yellow]--unsafe: candidates run without the sandbox[/]")
        return None
    sandbox, reason = probe(device)
    if sandbox is None and args.candidates is not None:
        raise UserError(f"this host cannot build the sandbox ({reason}), so candidates cannot be contained; "
                        "run on a host that allows user namespaces, or pass --unsafe")
    if sandbox is None:
        console.print(f"no sandbox on this host ({reason}): the task references run uncontained")
    return sandbox


def _run(args, console: Console) -> int:
    if args.ray is None:
        return _run_on(None, args, console)
    from fastkernels.engine.distributed import ClusterError, connect

    try:
        with connect(args.ray or None) as cluster:
            return _run_on(cluster, args, console)
    except ClusterError as error:
        raise UserError(str(error)) from None


def _run_on(cluster, args, console: Console) -> int:
    """The run on this machine, or on `cluster` (a Ray cluster) when there is one."""
    import torch

    device = args.device or ("cuda" if (cluster.gpus if cluster else torch.cuda.is_available()) else "cpu")
    timing = TimingConfig(min_total_ms=CUDA_MIN_TOTAL_MS) if device == "cuda" else TimingConfig(warmup=3, iters=20, graph=False)
    if args.iters:
        timing = replace(timing, iters=args.iters, min_total_ms=0.0)
    timing = replace(timing, placements=args.placements)
    config = BenchConfig(device=device, rounds=args.rounds, timeout=args.timeout, timing=timing, max_cases=args.max_cases,
                         baselines=args.baselines, sandbox=_sandbox(args, device, console))
    tasks = discover_tasks(args.tasks, args.task, args.level)
    if not tasks:
        console.print(f"[red]no tasks found in {args.tasks}[/]")
        return 1
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console) as progress:
        bar = progress.add_task("benching", total=len(tasks))

        def on_start(task) -> None:
            progress.update(bar, description=task.name)

        def on_result(result: TaskResult, resumed: bool) -> None:
            tag = " (stored)" if resumed else ""
            progress.console.print(f"{result.task}: [{_STATUS_STYLE[result.status]}]{result.status}[/]{tag} {result.reason[:100]}")
            progress.advance(bar)

        if cluster is None:
            results = run_bench(tasks, args.candidates, config, args.results, fresh=args.fresh,
                                on_start=on_start, on_result=on_result, jobs=args.jobs)
        else:
            from fastkernels.engine.distributed import run_bench_ray

            results = run_bench_ray(cluster, tasks, args.candidates, config, args.results, fresh=args.fresh,
                                    on_result=on_result)
    console.print(_results_table(results))
    summary = Summary.of(results)
    fast = "  ".join(f"fast_{p}={v:.0%}" for p, v in summary.fast_p.items())
    geomean = f"{summary.geomean_speedup:.3f}x" if summary.geomean_speedup else "-"
    console.print(f"{summary.tasks} benched, {summary.skipped} skipped; geomean speedup {geomean}; {fast}")
    document = run_document(results, config.key())
    write_json(args.json_path, document)
    if args.markdown:
        args.markdown.write_text(markdown(results))
    return 0 if all(r.status in (PASSED, "SKIPPED") for r in results) else 2


def _overhead(args, console: Console) -> int:
    """fk-bench overhead: one task's self-check timed with and without the sandbox; the
    defaults are those of `run` on the device, with the first case only."""
    sandbox, reason = probe(args.device)
    if sandbox is None:
        raise UserError(f"this host cannot build the sandbox ({reason}): nothing to measure")
    tasks = discover_tasks(args.tasks, [args.task])
    if not tasks:
        raise UserError(f"no task {args.task} in {args.tasks}; see fk-bench list --tasks {args.tasks}")
    timing = TimingConfig(min_total_ms=CUDA_MIN_TOTAL_MS) if args.device == "cuda" else TimingConfig(warmup=3, iters=20, graph=False)
    config = BenchConfig(device=args.device, timing=timing, max_cases=1)
    measured = sandbox_overhead(tasks[0], config, sandbox, args.repeat,
                                on_run=lambda mode, seconds: console.print(f"{mode}: {seconds:.2f} s"))
    table = Table(title=f"sandbox overhead per task: {tasks[0].name} on {args.device}, median of {args.repeat}")
    for column in ("mode", "median s", "runs s"):
        table.add_column(column, justify="left" if column == "mode" else "right")
    for mode, times in measured["seconds"].items():
        table.add_row(mode, f"{measured['median_s'][mode]:.2f}", " ".join(f"{t:.2f}" for t in times))
    console.print(table)
    console.print(f"overhead {measured['overhead_s']:+.2f} s per task")
    write_json(args.json_path, measured)
    return 0


def _read_run(path: Path) -> dict:
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError) as error:
        raise UserError(f"cannot read the run {path}: {error}; pass a file written by fk-bench run --json") from error


def _compare(args, console: Console) -> int:
    rows, unpaired = compare_runs(_read_run(args.first), _read_run(args.second))
    table = Table(title=f"{args.first} vs {args.second}")
    for column in ("task", "case", "side", "method", "first ms", "second ms", "difference"):
        table.add_column(column, justify="right" if column.endswith(("ms", "difference")) else "left")
    for r in rows:
        style = "green" if r.relative_difference <= args.tolerance else "red"
        table.add_row(r.task, str(r.case), r.side, r.method, f"{r.first_ms:.4f}", f"{r.second_ms:.4f}",
                      f"[{style}]{r.relative_difference:.1%}[/]")
    console.print(table)
    document = agreement_document(rows, unpaired, args.tolerance)
    worst = document["worst_relative_difference"]
    console.print(f"{document['within_tolerance']}/{len(rows)} timings agree within {args.tolerance:.0%}; "
                  f"worst {worst:.1%}" if worst is not None else "no timed case in both runs")
    if unpaired:
        console.print(f"timed in one run only: {', '.join(unpaired)}")
    write_json(args.json_path, document)
    return 0 if rows and document["within_tolerance"] == len(rows) and not unpaired else 1


def _main(argv: list[str] | None) -> int:
    args = _parser().parse_args(argv)
    console = consoles(getattr(args, "json_path", None))
    if args.command == "list":
        _list(args, console)
        return 0
    if args.command == "compare":
        return _compare(args, console)
    if args.command == "overhead":
        return _overhead(args, console)
    return _run(args, console)


def main(argv: list[str] | None = None) -> int:
    return run_cli(_main, argv)


if __name__ == "__main__":
    sys.exit(main())
