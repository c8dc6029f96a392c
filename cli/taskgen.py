"""``fk-taskgen``: compile the analysis of the installed transformers into benchmark tasks."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from rich.table import Table

from fastkernels.cli.common import UserError, consoles, io_help, run_cli, write_json

DEFAULT_OUT = Path("tasks_generated")
DEFAULT_CANDIDATES = Path("candidates")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fk-taskgen", description=__doc__, **io_help(
        "the analysis (as fk-analyze coverage reads it); tasks_generated/",
        "tasks and MANIFEST.json into tasks_generated/; candidate stubs into candidates/",
        "fk-taskgen stub llama_rms_norm --out candidates/  (each command's --help says more)",
    ))
    sub = parser.add_subparsers(dest="command", required=True)

    regenerate = sub.add_parser("regenerate", help="rerun the analysis, re-emit every task, diff against the last manifest", **io_help(
        "each architecture's record from FASTKERNELS_CACHE_DIR (default ~/.cache/fastkernels), else tasks_generated/analysis/, else a new trace (none with --no-trace); the previous OUT/MANIFEST.json; --candidates",
        "OUT/L<n>/<name>.py for each task whose bytes changed, stale ones removed, OUT/MANIFEST.json; the diff to the terminal and --json FILE",
        "fk-taskgen regenerate --no-trace --json diff.json",
    ))
    regenerate.add_argument("--levels", default="1,2", help="kernel levels the cover must cover (default 1,2)")
    regenerate.add_argument("--granularity", default="exact", choices=("exact", "structural", "family"))
    regenerate.add_argument("--target", type=float, help="share of traced architectures to subsume (default 0.962)")
    regenerate.add_argument("--out", type=Path, default=DEFAULT_OUT, help="tasks folder (default ./tasks_generated)")
    regenerate.add_argument("--candidates", type=Path, help="candidates folder to check (default ./candidates if it exists)")
    regenerate.add_argument("--time-limit", type=float, default=60.0, help="solver seconds")
    regenerate.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    regenerate.add_argument("--no-cache", action="store_true", help="retrace every architecture")
    regenerate.add_argument("--no-trace", action="store_true", help="use traced records only; leave untraced architectures out")
    regenerate.add_argument("--json", metavar="FILE", help="the diff as JSON")

    stub = sub.add_parser("stub", help="write a fresh candidate file for a task", **io_help(
        "TASKS/MANIFEST.json and the task file",
        "OUT/L<n>/<name>.py, a ModelNew with the task's signatures (never over an existing file without --force)",
        "fk-taskgen stub llama_rms_norm --out candidates/",
    ))
    stub.add_argument("name", help="task name, with or without its L<n>/ prefix")
    stub.add_argument("--out", type=Path, default=DEFAULT_CANDIDATES, help="candidates folder (default ./candidates)")
    stub.add_argument("--tasks", type=Path, default=DEFAULT_OUT)
    stub.add_argument("--force", action="store_true", help="overwrite an existing candidate")

    listing = sub.add_parser("list", help="the generated tasks", **io_help(
        "TASKS/MANIFEST.json",
        "the table to the terminal; --json FILE",
        "fk-taskgen list --level 1 --json l1.json",
    ))
    listing.add_argument("--tasks", type=Path, default=DEFAULT_OUT)
    listing.add_argument("--level", type=int, choices=(1, 2, 3, 4))
    listing.add_argument("--json", metavar="FILE")
    return parser


def _cmd_regenerate(args, console) -> int:
    from fastkernels.analyzer.cover import coverage
    from fastkernels.analyzer.cover.suite import core_suite
    from fastkernels.cli.analyze import collect_analysis, parse_levels
    from fastkernels.taskgen.manifest import stale_candidates
    from fastkernels.taskgen.regenerate import OutputError, regenerate

    levels = parse_levels(args.levels)
    if args.target is not None and not 0 < args.target <= 1:
        raise UserError(f"--target {args.target} must be a share in (0, 1], e.g. 0.962")
    candidates = args.candidates if args.candidates is not None else (DEFAULT_CANDIDATES if DEFAULT_CANDIDATES.is_dir() else None)
    if args.candidates is not None and not args.candidates.is_dir():
        raise UserError(f"--candidates {args.candidates} is not a folder")
    if args.no_trace and args.no_cache:
        raise UserError("--no-trace and --no-cache together leave nothing to analyse; drop one")
    if args.no_trace:
        from fastkernels.analyzer.cover.analysis import collect
        from fastkernels.analyzer.trace.registry import load_registry

        with console.status("loading cached traces"):
            analysis = collect(load_registry(), True, lambda missing: {})
    else:
        analysis = collect_analysis(args, console)
    with console.status("set cover"):
        document = coverage.report(analysis, args.granularity, levels, args.target, None, args.time_limit,
                                   compare_granularities=False, explain_roots=False)
    with console.status("emitting tasks") as status:
        try:
            result = regenerate(analysis, document["representatives"], args.out, lambda name: status.update(f"emitting {name}"),
                                suites=lambda entries: {"core": core_suite(analysis, entries, coverage.canonical_preference(),
                                                                           coverage.DEFAULT_TARGET, args.time_limit)})
        except OutputError as error:
            raise UserError(str(error)) from None
    stale, errors = stale_candidates(candidates, result.manifest)
    _print_diff(console, result, stale, candidates)
    write_json(args.json, {**result.diff, "stale_candidates": stale, "candidate_errors": errors, "counts": result.manifest["counts"]})
    if errors:
        for error in errors:
            console.print(f"[bold red]error:[/] candidate {error}", highlight=False)
        return 2
    return 0


def _print_diff(console, result, stale, candidates) -> None:
    counts = result.manifest["counts"]
    console.print(
        f"[bold]{sum(counts.values())} tasks[/] ({', '.join(f'{k}: {v}' for k, v in counts.items())}), "
        f"{len(result.manifest['left_out'])} kernels left out; {len(result.written)} files written, {len(result.removed)} removed"
    )
    for name, suite in result.manifest.get("suites", {}).items():
        console.print(f"suite {name}: {len(suite['representatives'])} representatives at {suite['granularity']} "
                      f"L{'+L'.join(map(str, suite['levels']))}, {len(suite['tasks'])} kernels, "
                      f"{suite['missing']} of them without a task (`fk-bench run --suite {name}`)")
    if result.previous is None:
        console.print("no previous manifest: every task is new")
    table = Table(title="changes since the previous manifest")
    table.add_column("change")
    table.add_column("tasks")
    for key in ("added", "removed", "interface_changed", "kernel_changed", "shapes_changed"):
        items = result.diff[key]
        shown = ", ".join(items[:12]) + (f" … +{len(items) - 12}" if len(items) > 12 else "")
        table.add_row(key.replace("_", " "), f"{len(items)}: {shown}" if items else "-")
    console.print(table)
    if candidates is None:
        return
    if not stale:
        console.print(f"candidates in {candidates}: all match their task's interface")
        return
    flagged = Table(title=f"stale candidates in {candidates}")
    for column in ("task", "candidate", "why"):
        flagged.add_column(column)
    for row in stale:
        flagged.add_row(row["task"], row["candidate"], row["reason"])
    console.print(flagged)


def _manifest(tasks_dir: Path) -> dict:
    """The tasks folder's manifest, or a one-line error saying where it looked."""
    from fastkernels.taskgen.manifest import load

    manifest = load(tasks_dir)
    if manifest is None:
        raise UserError(f"{(tasks_dir / 'MANIFEST.json').absolute()} is missing or unreadable; run from the "
                        f"checkout's root, pass --tasks DIR, or run `fk-taskgen regenerate` first")
    return manifest


def _find_task(tasks_dir: Path, name: str) -> dict:
    manifest = _manifest(tasks_dir)
    wanted = name.removesuffix(".py")
    for task in manifest["tasks"]:
        if wanted in (task["path"][:-3], task["name"]):
            return task
    raise UserError(f"no task {name!r} in {tasks_dir / 'MANIFEST.json'}; `fk-taskgen list` shows the names")


def _cmd_stub(args, console) -> int:
    from fastkernels.taskgen.stub import candidate_text

    task = _find_task(args.tasks, args.name)
    path = args.out / task["path"]
    if path.exists() and not args.force:
        raise UserError(f"{path} already exists; pass --force to overwrite it")
    try:
        text = candidate_text(args.tasks / task["path"])
    except OSError as error:
        raise UserError(f"cannot read {args.tasks / task['path']}: {error.strerror or error}") from None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    except OSError as error:
        raise UserError(f"cannot write {path}: {error.strerror or error}; choose a writable --out") from None
    console.print(f"wrote {path}")
    return 0


def _cmd_list(args, console) -> int:
    manifest = _manifest(args.tasks)
    tasks = [t for t in manifest["tasks"] if args.level is None or t["level"] == args.level]
    table = Table(title=f"{len(tasks)} tasks (transformers {manifest['transformers_version']})")
    for column in ("task", "label", "upstream", "cases", "architectures"):
        table.add_column(column)
    for task in tasks:
        table.add_row(task["path"][:-3], task["label"], task["qualname"].rsplit(".", 1)[-1], str(task["cases"]), str(len(task["architectures"])))
    console.print(table)
    write_json(args.json, {"tasks": tasks})
    return 0


def _main(argv: list[str] | None) -> int:
    args = _parser().parse_args(argv)
    console = consoles(getattr(args, "json", None))
    commands = {"regenerate": _cmd_regenerate, "stub": _cmd_stub, "list": _cmd_list}
    return commands[args.command](args, console)


def main(argv: list[str] | None = None) -> int:
    return run_cli(_main, argv)


if __name__ == "__main__":
    sys.exit(main())
