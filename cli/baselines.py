"""``fk-bench baselines``: measure the production baseline ladder and write baselines.json."""
from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from fastkernels.baselines.export import export_rungs
from fastkernels.baselines.ladder import RUNGS
from fastkernels.baselines.ladder import family as family_of
from fastkernels.cli.common import UserError, io_help, phases_arg, write_json
from fastkernels.engine import baseline_report
from fastkernels.engine import baseline_store as store
from fastkernels.engine.ladder_run import LadderConfig
from fastkernels.engine.ladder_warm import warm
from fastkernels.engine.production import card_name, measure_missing, signature_revision
from fastkernels.engine.task import discover_tasks
from fastkernels.engine.timing import CUDA_MIN_TOTAL_MS, TimingConfig


def families(text: str) -> tuple[str, ...]:
    """Comma-separated rung families in the ladder's order, eager always among them."""
    names = {name.strip() for name in text.split(",") if name.strip()}
    unknown = sorted(names - set(RUNGS))
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown baseline {', '.join(unknown)}: choose among {', '.join(RUNGS)}")
    return tuple(name for name in RUNGS if name in names or name == "eager")


def add_parser(commands) -> None:
    p = commands.add_parser("baselines", help="measure the production baseline ladder and write baselines.json", **io_help(
        "the task files and MANIFEST.json under --tasks; --out (entries still current are kept)",
        "--out (default TASKS/baselines.json), the ladder table to the terminal; --json FILE, --markdown FILE; --export DIR",
        "fk-bench baselines --level 1 --top 40 --max-cases 1 --markdown ladder.md --export baselines/rungs/production",
    ))
    p.add_argument("--tasks", type=Path, default=Path("tasks_generated"))
    p.add_argument("--task", nargs="+", default=None, help="task names (L1/name or name)")
    p.add_argument("--level", type=int, default=None)
    p.add_argument("--top", type=int, default=None,
                   help="only the tasks of the N kernels used by the most architectures (MANIFEST.json)")
    p.add_argument("--offered", action="store_true",
                   help="only tasks whose kernel id is offered a library or Triton rung among --rungs")
    p.add_argument("--device", choices=["cuda", "cpu"], default=None, help="default: cuda when available")
    p.add_argument("--rungs", type=families, default=RUNGS, help=f"rung families (of {', '.join(RUNGS)})")
    p.add_argument("--max-cases", type=int, default=None, help="time the first N cases (every case is checked)")
    p.add_argument("--time-from-mb", type=int, default=0, help="also time every case moving at least this many MB")
    p.add_argument("--check-cases", type=int, default=None, help="check the first N cases only (default: every case)")
    p.add_argument("--rounds", type=int, default=3, help="rounds of fresh inputs per case")
    p.add_argument("--held-out-rounds", type=int, default=1, help="rounds per held-out shape")
    p.add_argument("--phases", type=phases_arg, default=(), help="also check and time every case of these serving "
                   "phases (decode, prefill: the shapes a deployment's prediction reads)")
    p.add_argument("--large-mb", type=int, default=0,
                   help="add a many-token case of the default case moving at least this many MB (bandwidth check)")
    p.add_argument("--iters", type=int, default=None, help="timed calls per measurement, exactly")
    p.add_argument("--placements", type=int, default=TimingConfig.placements,
                   help="CUDA: input sets each measurement cycles through (default: %(default)s, as fk-bench run)")
    p.add_argument("--warm-jobs", type=int, default=0,
                   help="CUDA: compile the tasks to measure in this many processes first, so the measuring "
                        "process loads Inductor's caches (default: none)")
    p.add_argument("--warm-s", type=float, default=240.0, help="stop compiling ahead after this many seconds (default: %(default)s)")
    p.add_argument("--budget-s", type=float, default=None,
                   help="start no task after this many seconds of the command; the rest is left for the next run")
    p.add_argument("--out", type=Path, default=None, help="default: TASKS/baselines.json")
    p.add_argument("--export", type=Path, default=None,
                   help="write each task's winning rung as a rung folder that deploys (e.g. baselines/rungs/production)")
    p.add_argument("--weights", default=None,
                   help="serving:MODEL or a profile: the predicted end-to-end speedup of deploying the production baselines")
    p.add_argument("--card", default=None,
                   help="measure nothing: report the tasks' stored ladder of this card (e.g. 'NVIDIA H100 80GB HBM3')")
    p.add_argument("--fresh", action="store_true", help="measure again even where the stored entry is current")
    p.add_argument("--json", dest="json_path", default=None, help="write the table as JSON ('-' for stdout)")
    p.add_argument("--markdown", type=Path, default=None, help="write the table as Markdown")


def _top(tasks_dir: Path, n: int, level: int | None) -> set[str]:
    """The tasks (of the level, if given) of the n kernels used by the most architectures."""
    try:
        manifest = json.loads((tasks_dir / "MANIFEST.json").read_text())
    except (OSError, ValueError) as error:
        raise UserError(f"--top needs {tasks_dir / 'MANIFEST.json'} ({error}); pass --task names instead") from error
    ranked = sorted((t for t in manifest["tasks"] if level is None or t["level"] == level),
                    key=lambda t: (-len(t["architectures"]), t["path"]))
    return {t["path"].removesuffix(".py") for t in ranked[:n]}


def run(args, console: Console) -> int:
    import torch

    device = args.device or ("cuda" if args.card or torch.cuda.is_available() else "cpu")
    if device == "cuda" and not torch.cuda.is_available() and not args.card:
        raise UserError("--device cuda but no CUDA device is visible; pass --device cpu")
    tasks = discover_tasks(args.tasks, args.task, args.level)
    if args.top:
        chosen = _top(args.tasks, args.top, args.level)
        tasks = [t for t in tasks if t.name in chosen]
    if args.offered:
        tasks = [t for t in tasks if _offered(t, args.rungs)]
    if not tasks:
        raise UserError(f"no tasks found in {args.tasks} for the given --task/--level/--top/--offered")
    timing = TimingConfig(min_total_ms=CUDA_MIN_TOTAL_MS) if device == "cuda" else TimingConfig(warmup=2, iters=10, graph=False)
    if args.iters:
        timing = replace(timing, iters=args.iters, min_total_ms=0.0)
    timing = replace(timing, placements=args.placements)
    config = LadderConfig(device=device, families=args.rungs, rounds=args.rounds, held_out_rounds=args.held_out_rounds,
                          max_cases=args.max_cases, check_cases=args.check_cases, time_from_bytes=args.time_from_mb * 2**20, large_bytes=args.large_mb * 2**20, phases=args.phases, timing=timing)
    started = time.monotonic()
    deadline = started + args.budget_s if args.budget_s else None
    path = args.out or args.tasks / "baselines.json"
    revision = signature_revision(args.tasks)
    if args.card:
        return _report(args, tasks, path, store.load(path), args.card, console)
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console) as progress:
        bar = progress.add_task("ladder", total=len(tasks))

        def on_task(task, entry) -> None:
            if entry is None:
                progress.console.print(f"{task.name}: stored entry is current")
            elif "error" in entry:
                progress.console.print(f"{task.name}: not measured: {entry['error']}")
            else:
                winners = ", ".join(f"{k}: {c.get('winner')}" for k, c in entry["cases"].items())
                progress.console.print(f"{task.name}: {winners} ({_seconds(entry['run'])})")
            progress.advance(bar)

        def before(missing) -> None:
            if device == "cuda" and args.warm_jobs and missing:
                progress.update(bar, description=f"compiling {len(missing)} tasks in {args.warm_jobs} processes")
                warmed = warm(missing, config, args.warm_jobs, min(args.warm_s, _left(deadline)),
                              on_task=lambda name, result: progress.console.print(f"{name}: compiled ahead ({_warmed(result)})"))
                progress.console.print(f"compiled ahead: {len(warmed)} of {len(missing)} tasks in {time.monotonic() - started:.0f} s")
                return warmed
            return None

        document = measure_missing(tasks, path, revision, config, args.fresh, on_task,
                                   on_step=lambda text: progress.update(bar, description=text), before=before,
                                   deadline=deadline)
    return _report(args, tasks, path, document, card_name(device), console)


def _report(args, tasks, path: Path, document: dict, card: str, console: Console) -> int:
    """The ladder table of `tasks` on `card` from the stored document: terminal, --json, --markdown."""
    if args.card and card not in document["cards"]:
        raise UserError(f"no card {card!r} in {path}; stored cards: {', '.join(document['cards']) or 'none'}")
    section = document["cards"].get(card, {})
    wanted = {t.name for t in tasks}
    shown = [e for e in section.get("entries", {}).values() if e["task"] in wanted]
    table = baseline_report.rows(sorted(shown, key=lambda e: e["task"]))
    console.print(_table(table, section.get("card", card)))
    header = (f"Baseline ladder on {section.get('card')} (torch {section.get('torch')}, "
              f"{', '.join(f'{k} {v}' for k, v in (section.get('libraries') or {}).items() if v)}), {section.get('date')}")
    text = baseline_report.markdown(table, header)
    console.print(text.splitlines()[-1])
    result = {"card": {k: v for k, v in section.items() if k != "entries"}, "rows": table,
              "summary": baseline_report.summary(table), "file": str(path)}
    if args.weights:
        from fastkernels.cli.e2e import print_prediction
        from fastkernels.engine.deploy.catalog import Catalog
        from fastkernels.engine.deploy.predict import from_ladder

        results = from_ladder(section, Catalog(args.tasks), signature_revision(args.tasks), wanted)
        result["prediction"] = print_prediction(args.weights, results, args.tasks, console)
    write_json(args.json_path, result)
    if args.markdown:
        args.markdown.parent.mkdir(parents=True, exist_ok=True)
        args.markdown.write_text(text)
    if args.export:
        written = export_rungs(section, signature_revision(args.tasks), args.tasks, args.export, wanted)
        rungs = ", ".join(f"{family} {n}" for family, n in sorted(Counter(family_of(w["rung"]) for w in written).items()))
        console.print(f"exported {len(written)} rung modules to {args.export} ({rungs or 'none'})")
    return 0


def _left(deadline: float | None) -> float:
    return float("inf") if deadline is None else max(0.0, deadline - time.monotonic())


def _seconds(run: dict) -> str:
    """Where a measured task's seconds went, and whether its compiled graphs came from the caches."""
    parts = ", ".join(f"{k} {v:.1f}" for k, v in run["seconds"].items() if k != "total")
    hits = sum(v for k, v in run["inductor_cache"].items() if k.startswith("inductor.fxgraph_cache_hit"))
    misses = sum(v for k, v in run["inductor_cache"].items() if k.startswith("inductor.fxgraph_cache_miss"))
    return f"{run['seconds']['total']:.1f} s: {parts}; FX graph cache {hits} hit, {misses} miss"


def _warmed(result: dict) -> str:
    if "error" in result:
        return f"{result['seconds']} s, failed: {result['error']}"
    slowest = max(result["first_calls"].values(), default=0.0)
    return f"{result['seconds']} s, slowest first call {slowest} s"


def _offered(task, rungs: tuple[str, ...]) -> bool:
    from fastkernels.baselines import kernels
    from fastkernels.engine.task import load_module

    kernel_id = load_module(task.path, f"fk_offered_{task.path.stem}").KERNEL["id"]
    return (("library" in rungs and kernel_id in kernels.LIBRARY) or ("triton" in rungs and kernel_id in kernels.TRITON))


def _table(table: list[dict], card: str) -> Table:
    out = Table(title=f"baseline ladder on {card}: time, speedup over eager, % of speed of light")
    for column in ("task", "case", "MB", *baseline_report.FAMILIES, "winner"):
        out.add_column(column, justify="right" if column == "MB" else "left")
    for r in table:
        out.add_row(r["task"], r["case"], f"{r['mb']:.1f}", *(baseline_report.cell_text(r["cells"].get(f))
                                                              for f in baseline_report.FAMILIES), r["winner"] or "[red]none[/]")
    return out
