"""``fk-bench baselines``: measure the production baseline ladder and write baselines.json."""
from __future__ import annotations

import argparse
import json
from dataclasses import replace
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from fastkernels.baselines.ladder import RUNGS
from fastkernels.cli.common import UserError, io_help, write_json
from fastkernels.engine import baseline_report
from fastkernels.engine.ladder_run import LadderConfig
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
        "--out (default TASKS/baselines.json), the ladder table to the terminal; --json FILE, --markdown FILE",
        "fk-bench baselines --level 1 --top 40 --max-cases 1 --markdown ladder.md",
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
    p.add_argument("--large-mb", type=int, default=0,
                   help="add a many-token case of the default case moving at least this many MB (bandwidth check)")
    p.add_argument("--iters", type=int, default=None, help="timed calls per measurement, exactly")
    p.add_argument("--placements", type=int, default=TimingConfig.placements,
                   help="CUDA: input sets each measurement cycles through (default: %(default)s, as fk-bench run)")
    p.add_argument("--out", type=Path, default=None, help="default: TASKS/baselines.json")
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

    device = args.device or ("cuda" if torch.cuda.is_available() else "cpu")
    if device == "cuda" and not torch.cuda.is_available():
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
                          max_cases=args.max_cases, check_cases=args.check_cases, time_from_bytes=args.time_from_mb * 2**20, large_bytes=args.large_mb * 2**20, timing=timing)
    path = args.out or args.tasks / "baselines.json"
    revision = signature_revision(args.tasks)
    entries = []
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console) as progress:
        bar = progress.add_task("ladder", total=len(tasks))

        def on_task(task, entry) -> None:
            if entry is None:
                progress.console.print(f"{task.name}: stored entry is current")
            else:
                entries.append(entry)
                winners = ", ".join(f"{k}: {c.get('winner')}" for k, c in entry["cases"].items())
                progress.console.print(f"{task.name}: {winners}")
            progress.advance(bar)

        document = measure_missing(tasks, path, revision, config, args.fresh, on_task,
                                   on_step=lambda text: progress.update(bar, description=text))
    section = document["cards"].get(card_name(device), {})
    wanted = {t.name for t in tasks}
    shown = [e for e in section.get("entries", {}).values() if e["task"] in wanted]
    table = baseline_report.rows(sorted(shown, key=lambda e: e["task"]))
    console.print(_table(table, section.get("card", device)))
    header = (f"Baseline ladder on {section.get('card')} (torch {section.get('torch')}, "
              f"{', '.join(f'{k} {v}' for k, v in (section.get('libraries') or {}).items() if v)}), {section.get('date')}")
    text = baseline_report.markdown(table, header)
    console.print(text.splitlines()[-1])
    write_json(args.json_path, {"card": {k: v for k, v in section.items() if k != "entries"}, "rows": table,
                                "summary": baseline_report.summary(table), "file": str(path)})
    if args.markdown:
        args.markdown.parent.mkdir(parents=True, exist_ok=True)
        args.markdown.write_text(text)
    return 0


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
