"""``fk-analyze``: trace the installed transformers and report what it computes."""

from __future__ import annotations

import argparse
import os

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.tree import Tree

from fastkernels.cli.common import UserError, consoles, run_cli, write_json


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fk-analyze", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    trace = sub.add_parser("trace", help="trace architectures into the cache")
    trace.add_argument("archs", nargs="*", metavar="ARCH")
    trace.add_argument("--all", action="store_true", help="every architecture of the registry")
    trace.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    trace.add_argument("--no-cache", action="store_true", help="retrace even when a cached record is valid")
    trace.add_argument("--timeout", type=float, default=240.0, help="seconds per architecture")

    listing = sub.add_parser("list", help="the registry with each architecture's trace status")
    listing.add_argument("--json", metavar="FILE")
    listing.add_argument("--no-cache", action="store_true", help="show cached records only if fresh (no effect on tracing)")

    calls = sub.add_parser("calls", help="one architecture's call tree, with shapes")
    calls.add_argument("arch")
    calls.add_argument("--depth", type=int, default=4)
    calls.add_argument("--no-cache", action="store_true")
    return parser


def _progress(console) -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        TextColumn("{task.fields[last]}"), console=console, transient=False,
    )


def trace_all(archs, jobs: int, use_cache: bool, console, timeout: float = 240.0) -> dict:
    """Sweep with a progress bar; returns arch -> Trace."""
    from fastkernels.analyzer.sweep import SweepOptions, sweep

    options = SweepOptions(jobs=jobs, use_cache=use_cache, timeout_s=timeout)
    with _progress(console) as progress:
        task = progress.add_task("tracing", total=len(archs), last="")

        def advance(trace, from_cache):
            mark = "cached" if from_cache else f"{trace.seconds:.1f}s"
            progress.update(task, advance=1, last=f"{trace.arch}: {trace.status} ({mark})")

        return sweep(archs, options, advance)


def _cmd_trace(args, console) -> int:
    from fastkernels.analyzer.registry import load_registry, resolve

    if not args.archs and not args.all:
        raise UserError("name architectures to trace (e.g. `fk-analyze trace llama bert`) or pass --all")
    archs = list(load_registry().values()) if args.all else resolve(args.archs)
    results = trace_all(archs, args.jobs, not args.no_cache, console, args.timeout)
    _status_table(console, [results[a.name] for a in archs], {a.name: a for a in archs})
    return 0


def _status_table(console, traces, registry) -> None:
    from collections import Counter

    table = Table(title="trace status")
    for column in ("architecture", "category", "model class", "status", "strategy", "executed", "#calls", "seconds"):
        table.add_column(column)
    for trace in traces:
        arch = registry[trace.arch]
        status = trace.status if not trace.failure else f"{trace.status} ({trace.failure['category']})"
        calls = sum(1 for _ in trace.root.walk()) if trace.root else 0
        executed = trace.coverage.get("executed_fraction")
        table.add_row(
            trace.arch, arch.category, arch.model_class, status, trace.strategy,
            f"{executed:.0%}" if executed is not None else "-", str(calls), f"{trace.seconds:.1f}",
        )
    console.print(table)
    counts = Counter(t.status for t in traces)
    console.print(
        f"{counts['traced']} traced, {counts['partial']} partial, {counts['failed']} failed of {len(traces)}"
    )


def _cmd_list(args, console) -> int:
    from fastkernels.analyzer import cache
    from fastkernels.analyzer.record import Trace
    from fastkernels.analyzer.registry import load_registry

    registry = load_registry()
    traces = []
    for arch in registry.values():
        trace = cache.load(arch.name, arch.module) or Trace(arch=arch.name, status="untraced", model_class=arch.model_class)
        traces.append(trace)
    _status_table(console, traces, registry)
    console.print(f"{len(registry)} architectures in the registry (see README: counting rule)")
    write_json(args.json, {
        "architectures": [
            {**registry[t.arch].to_json(), "status": t.status, "failure": t.failure, "strategy": t.strategy,
             "executed_fraction": t.coverage.get("executed_fraction"), "seconds": t.seconds}
            for t in traces
        ],
    })
    return 0


def _cmd_calls(args, console) -> int:
    from fastkernels.analyzer.registry import resolve

    arch = resolve([args.arch])[0]
    trace = trace_all([arch], 1, not args.no_cache, console)[arch.name]
    if trace.root is None:
        raise UserError(f"{arch.name} did not trace ({trace.failure['category']}: {trace.failure['message']})")
    shapes = trace.tensors

    def label(node) -> str:
        ins = [a for a in node.args if a["kind"] == "tensor"]
        shape_text = ", ".join(f"{a['name']}={shapes[a['tensor']][0]}" for a in ins[:3])
        out = [shapes[t][0] for t in node.outputs[:1]]
        return f"[bold]{node.name}[/] [dim]{node.path}[/] ({shape_text}) -> {out[0] if out else '-'} [dim]{len(node.ops)} ops[/]"

    def grow(tree, node, depth):
        if depth >= args.depth:
            return
        for child in node.children:
            grow(tree.add(label(child)), child, depth + 1)

    root = Tree(label(trace.root))
    grow(root, trace.root, 0)
    console.print(root)
    return 0


def _main(argv: list[str] | None) -> int:
    args = _parser().parse_args(argv)
    console = consoles(getattr(args, "json", None))
    return {"trace": _cmd_trace, "list": _cmd_list, "calls": _cmd_calls}[args.command](args, console)


def main(argv: list[str] | None = None) -> int:
    return run_cli(_main, argv)
