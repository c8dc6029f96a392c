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
from fastkernels.cli.common import UserError, consoles, run_cli, write_json
from fastkernels.engine.compare import DEFAULT_TOLERANCE, agreement_document, compare_runs
from fastkernels.engine.report import markdown, run_document
from fastkernels.engine.results import PASSED, Summary, TaskResult
from fastkernels.engine.runner import BenchConfig, run_bench
from fastkernels.engine.task import discover_tasks
from fastkernels.engine.timing import CUDA_MIN_TOTAL_MS, TimingConfig

_STATUS_STYLE = {"PASSED": "green", "DELEGATES": "yellow", "SKIPPED": "dim", "INCORRECT": "red",
                 "RUNTIME_ERROR": "red", "TIMEOUT": "red", "REWARD_HACK": "bold magenta"}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fk-bench", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    for name in ("run", "list"):
        command = commands.add_parser(name, help="bench candidates" if name == "run" else "list tasks and candidates")
        command.add_argument("--tasks", type=Path, default=Path("tasks_generated"))
        command.add_argument("--candidates", type=Path, default=None,
                             help="folder of L<n>/<name>.py files defining ModelNew; without it, "
                                  "each reference is benched against itself")
        command.add_argument("--task", nargs="+", default=None, help="task names (L1/name or name)")
        command.add_argument("--level", type=int, default=None)
    compare = commands.add_parser("compare", help="how closely two runs of the same tasks agree on their times")
    compare.add_argument("first", type=Path, help="a run's --json file")
    compare.add_argument("second", type=Path, help="another run's --json file")
    compare.add_argument("--tolerance", type=float, default=DEFAULT_TOLERANCE,
                         help="relative difference counted as agreement (default: %(default)s)")
    compare.add_argument("--json", dest="json_path", default=None, help="write the comparison as JSON ('-' for stdout)")
    run = commands.choices["run"]
    run.add_argument("--device", choices=["cuda", "cpu"], default=None, help="default: cuda when available")
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
    for column in ("task", "status", "baseline ms", "candidate ms", "speedup", "SOL", "envelope", "note"):
        table.add_column(column, justify="right" if column.endswith(("ms", "speedup", "SOL", "envelope")) else "left")
    for r in results:
        base = sum(c.baseline_ms for c in r.cases)
        cand = sum(c.candidate_ms for c in r.cases)
        table.add_row(r.task, f"[{_STATUS_STYLE[r.status]}]{r.status}[/]",
                      f"{base:.4f}" if r.cases else "", f"{cand:.4f}" if r.cases else "",
                      f"{r.speedup:.2f}x" if r.speedup else "", f"{r.sol_score:.2f}" if r.sol_score else "",
                      f"{r.envelope['max']:.2f}" if r.envelope and r.envelope["max"] is not None else "", r.reason[:120])
    return table


def _rungs(text: str) -> tuple[str, ...]:
    """The named rungs in the ladder's order, eager always among them."""
    names = tuple(name.strip() for name in text.split(",") if name.strip())
    unknown = [name for name in names if name not in RUNGS]
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown baseline {', '.join(unknown)}: choose among {', '.join(RUNGS)}")
    return tuple(name for name in RUNGS if name in names or name == "eager")


def _run(args, console: Console) -> int:
    import torch

    device = args.device or ("cuda" if torch.cuda.is_available() else "cpu")
    timing = TimingConfig(min_total_ms=CUDA_MIN_TOTAL_MS) if device == "cuda" else TimingConfig(warmup=3, iters=20, graph=False)
    if args.iters:
        timing = replace(timing, iters=args.iters, min_total_ms=0.0)
    timing = replace(timing, placements=args.placements)
    config = BenchConfig(device=device, rounds=args.rounds, timeout=args.timeout, timing=timing, max_cases=args.max_cases,
                         baselines=args.baselines)
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

        results = run_bench(tasks, args.candidates, config, args.results, fresh=args.fresh,
                            on_start=on_start, on_result=on_result)
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
    return _run(args, console)


def main(argv: list[str] | None = None) -> int:
    return run_cli(_main, argv)


if __name__ == "__main__":
    sys.exit(main())
