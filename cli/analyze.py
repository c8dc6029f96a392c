"""``fk-analyze``: trace the installed transformers and report what it computes."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.tree import Tree

from fastkernels.cli.common import UserError, consoles, io_help, run_cli, write_json


_VERBOSE = "print what each trace made now printed (PyTorch's log of a strategy that failed and was retried); it is kept in the record"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fk-analyze", description=__doc__, **io_help(
        "the installed transformers; trace records in FASTKERNELS_CACHE_DIR (default ~/.cache/fastkernels); the committed analysis in tasks_generated/analysis/",
        "trace records into the cache; reports where --json/--markdown/--plot/--write-analysis say",
        "fk-analyze coverage --json cover.json  (each command's --help says more)",
    ))
    sub = parser.add_subparsers(dest="command", required=True)

    trace = sub.add_parser("trace", help="trace architectures into the cache", **io_help(
        "the installed transformers' modeling and config sources; valid records in the cache",
        "one record per architecture into FASTKERNELS_CACHE_DIR (default ~/.cache/fastkernels), as each finishes (an interrupted run resumes)",
        "fk-analyze trace llama whisper --jobs 2",
    ))
    trace.add_argument("archs", nargs="*", metavar="ARCH")
    trace.add_argument("--all", action="store_true", help="every architecture of the registry")
    trace.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    trace.add_argument("--no-cache", action="store_true", help="retrace even when a cached record is valid")
    trace.add_argument("--timeout", type=float, default=240.0, help="seconds per architecture")
    trace.add_argument("--retry-untraced", action="store_true", help="retrace cached partial and failed records")
    trace.add_argument(
        "--path", default="dispatch", choices=("dispatch", "export", "auto"),
        help="how ops are recorded: a dispatch mode (default), torch.export, or export with dispatch as fallback",
    )
    trace.add_argument("--verbose", action="store_true", help=_VERBOSE)

    listing = sub.add_parser("list", help="the registry with each architecture's trace status", **io_help(
        "the registry of the installed transformers; the committed analysis in tasks_generated/analysis/ with the cached records in place of their own architectures",
        "the table to the terminal; --json FILE",
        "fk-analyze list --json status.json",
    ))
    listing.add_argument("--json", metavar="FILE")
    listing.add_argument("--no-cache", action="store_true", help="show cached records only if fresh (no effect on tracing)")

    calls = sub.add_parser("calls", help="one architecture's call tree, with shapes", **io_help(
        "ARCH's cached trace (traced into the cache when missing)",
        "the tree to the terminal; a new trace into the cache",
        "fk-analyze calls llama --depth 3",
    ))
    calls.add_argument("arch")
    calls.add_argument("--depth", type=int, default=4)
    calls.add_argument("--no-cache", action="store_true")
    calls.add_argument("--verbose", action="store_true", help=_VERBOSE)
    coverage = sub.add_parser("coverage", help="kernel signatures, exact minimal set cover, report", **io_help(
        "each architecture's record from the cache, else from tasks_generated/analysis/, else a new trace",
        "tables to the terminal; --json, --markdown, --plot FILE; --write-analysis DIR (architectures.json, kernels.json.gz)",
        "fk-analyze coverage --granularity family --json cover.json --plot curve.svg",
    ))
    coverage.add_argument("--levels", default="1,2", help="kernel levels that must be covered (default 1,2)")
    coverage.add_argument("--granularity", default="exact", choices=("exact", "structural", "family", "production"))
    goal = coverage.add_mutually_exclusive_group()
    goal.add_argument("--target", type=float, help="share of traced architectures to subsume (default 0.962)")
    goal.add_argument("--budget", type=int, help="most architectures subsumed by at most K representatives")
    coverage.add_argument("--time-limit", type=float, default=60.0, help="solver seconds per solve")
    coverage.add_argument("--require", nargs="+", default=(), metavar="ARCH",
                          help="architectures the cover must contain, to compare its size with the optimum")
    coverage.add_argument("--json", metavar="FILE")
    coverage.add_argument("--markdown", metavar="FILE")
    coverage.add_argument("--plot", metavar="FILE", help="coverage curve, .svg or .png")
    coverage.add_argument("--write-analysis", metavar="DIR",
                          help="also write the per-architecture records and the kernel table here")
    coverage.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    coverage.add_argument("--no-cache", action="store_true")

    kernels = sub.add_parser("kernels", help="one architecture's kernels", **io_help(
        "the committed analysis with the cached records in place of their own architectures (ARCH traced into the cache when it has no record; --no-cache: ARCH traced afresh, alone)",
        "the kernel tables to the terminal; --json FILE",
        "fk-analyze kernels llama --granularity family --json llama.json",
    ))
    kernels.add_argument("arch")
    kernels.add_argument("--granularity", default="exact", choices=("exact", "structural", "family"))
    kernels.add_argument("--json", metavar="FILE")
    kernels.add_argument("--no-cache", action="store_true")

    explain = sub.add_parser("explain", help="one kernel: who shares it, qualnames, shapes seen", **io_help(
        "the committed analysis in tasks_generated/analysis/ with the cached records in place of their own architectures",
        "the kernel's table to the terminal; --json FILE",
        "fk-analyze explain llama_rms_norm",
    ))
    explain.add_argument("kernel", help="a kernel id (or a unique prefix) or a kernel name")
    explain.add_argument("--granularity", default="exact", choices=("exact", "structural", "family"))
    explain.add_argument("--json", metavar="FILE")

    diff = sub.add_parser("diff", help="the ops and arguments two exact kernels differ in", **io_help(
        "the committed analysis in tasks_generated/analysis/ with the cached records in place of their own architectures",
        "the differing lines to the terminal; --json FILE",
        "fk-analyze diff llama_rms_norm gemma_rms_norm",
    ))
    diff.add_argument("kernels", nargs=2, metavar="KERNEL", help="a kernel id (or a unique prefix) or a kernel name")
    diff.add_argument("--json", metavar="FILE")
    return parser


def parse_levels(text: str) -> tuple[int, ...]:
    """``--levels 1,2`` as sorted levels, or a one-line error: ``fk-analyze coverage`` and
    ``fk-taskgen regenerate`` take the same option."""
    try:
        levels = tuple(sorted({int(part) for part in text.split(",") if part.strip()}))
    except ValueError:
        raise UserError(f"--levels {text!r} is not a comma-separated list of levels such as 1,2") from None
    if not levels or not set(levels) <= {1, 2, 3, 4}:
        raise UserError(f"--levels {text!r}: levels are 1 to 4, e.g. --levels 1,2")
    return levels


def collect_analysis(args, console) -> dict:
    """The analysis of every registered architecture, from the caches unless ``--no-cache``,
    those no cache holds traced with a progress bar: what ``fk-analyze coverage`` and
    ``fk-taskgen regenerate`` cover."""
    from fastkernels.analyzer.cover.analysis import collect
    from fastkernels.analyzer.trace.registry import load_registry

    registry = load_registry()
    jobs = getattr(args, "jobs", os.cpu_count() or 1)
    return collect(registry, not args.no_cache, lambda missing: trace_all(missing, jobs, not args.no_cache, console) if missing else {})


def _cmd_coverage(args, console) -> int:
    from fastkernels.analyzer.cover import coverage as coverage_report
    from fastkernels.analyzer.cover.analysis import arch_kernel_sets, write_committed
    from fastkernels.analyzer.cover.curve import coverage_curve, plot_curve
    from fastkernels.analyzer.identity.production import extend

    levels = parse_levels(args.levels)
    if args.target is not None and not 0 < args.target <= 1:
        raise UserError(f"--target {args.target} must be a share in (0, 1], e.g. 0.962")
    if args.budget is not None and args.budget < 1:
        raise UserError(f"--budget {args.budget} must be at least 1")
    analysis = collect_analysis(args, console)
    if args.write_analysis:
        write_committed(analysis, Path(args.write_analysis))
    unknown = sorted(set(args.require) - set(analysis["architectures"]))
    if unknown:
        raise UserError(f"--require {' '.join(unknown)}: not in the registry; `fk-analyze list` names every architecture")
    untraced = sorted(a for a in args.require if analysis["architectures"][a]["status"] != "traced")
    if untraced:
        raise UserError(f"--require {' '.join(untraced)}: not traced, so it has no kernels to cover; drop it")
    if args.require and args.budget is not None:
        raise UserError("--require applies to --target covers; drop --budget")
    document = coverage_report.report(analysis, args.granularity, levels, args.target, args.budget, args.time_limit,
                                      require=tuple(args.require))
    _print_coverage(console, document)
    if args.plot:
        sets = arch_kernel_sets(extend(analysis), args.granularity, levels)
        top = max(len(document["representatives"]) + 10, coverage_report.REFERENCE["representatives"] + 4)
        with console.status("coverage curve (one exact solve per budget)"):
            budget_max = min(top, len(sets))
            points = coverage_curve(sets, budget_max, time_limit_per_point=min(args.time_limit, 5.0), step=max(1, budget_max // 40))
        reference = (coverage_report.REFERENCE["representatives"], coverage_report.REFERENCE["subsumed"])
        plot_curve(points, args.plot, reference=reference)
        document["curve"] = points
        console.print(f"curve written to {args.plot}")
    write_json(args.json, document)
    if args.markdown:
        Path(args.markdown).parent.mkdir(parents=True, exist_ok=True)
        Path(args.markdown).write_text(coverage_report.markdown(document))
    return 0


def _print_coverage(console, document: dict) -> None:
    from fastkernels.analyzer.cover.coverage import REFERENCE, summary_line

    console.print(f"[bold]{summary_line(document)}[/]")
    reps = Table(title=f"representatives ({document['granularity']}, L{'+L'.join(map(str, document['levels']))})")
    for column in ("category", "representative", "reason", "canonical weight", "subsumes alone", "marginally"):
        reps.add_column(column)
    for category, rows in document["representatives_by_category"].items():
        for row in rows:
            reps.add_row(category, row["name"], row["reason"], str(row["canonical_weight"]), str(row["subsumes_alone"]),
                         str(row["subsumes_marginally"]))
    console.print(reps)
    if "lineage_roots" in document:
        heads = Table(title="lineage roots: representative, or what requiring it costs (the same MILP)")
        for column in ("root", "canonical weight", "kernels", "verdict"):
            heads.add_column(column)
        for row in document["lineage_roots"]:
            heads.add_row(row["name"], str(row["canonical_weight"]), str(row["kernels"]), row["verdict"])
        console.print(heads)
    names = {k["id"]: k["name"] for k in document["kernels"]}
    left = Table(title=f"not subsumed ({len(document['not_subsumed'])})")
    left.add_column("architecture")
    left.add_column("kernels that keep it out (architectures using each)")
    serves = {k["id"]: len(k["architectures"]) for k in document["kernels"]}
    for row in document["not_subsumed"]:
        left.add_row(row["name"], ", ".join(f"{names.get(k, k)} ({serves.get(k, 0)})" for k in row["missing"][:5])
                     + (" …" if len(row["missing"]) > 5 else ""))
    console.print(left)
    kinds = Table(title="kernels by level and label")
    for column in ("level", "label", "kernels"):
        kinds.add_column(column)
    for row in document["kernels_by_level_label"]:
        kinds.add_row(f"L{row['level']}", row["label"], str(row["kernels"]))
    console.print(kinds)
    if "granularities" in document:
        grains = Table(title="granularities")
        for column in ("granularity", "kernels", "representatives", "subsumed", "optimal", "greedy reps"):
            grains.add_column(column)
        for row in document["granularities"]:
            grains.add_row(row["granularity"], str(row["kernels"]), str(row["representatives"]), str(row["subsumed"]), str(row["optimal"]), str(row["greedy_representatives"]))
        console.print(grains)
    hub = document["hub_kernels"]
    console.print(
        f"hub-kernel marks: {hub['marked_classes_traced']}/{hub['marked_classes']} marked classes traced; "
        + ", ".join(f"{mark} → {len(row['kernel_ids'])} kernel id(s)" for mark, row in hub["marks"].items())
    )
    solver = document["solver"]
    console.print(
        f"solver: {solver['method']}, objective {solver['objective']}, dual bound {solver['dual_bound']}, "
        f"{solver['seconds']:.1f} s; greedy: {solver['greedy']['representatives'] if solver['greedy'] else '-'} representatives"
    )
    console.print("objectives in order (value / dual bound): " + "; ".join(
        f"{tier['objective']} {tier['value']} / {tier['dual_bound']}" for tier in solver["tiers"]))
    console.print(
        f"reference paper: {REFERENCE['representatives']} representatives subsume {REFERENCE['subsumed']}/"
        f"{REFERENCE['architectures']} ({REFERENCE['fraction']:.1%}); here: {len(document['representatives'])} subsume "
        f"{len(document['subsumed'])}/{document['traced']} traced ({len(document['subsumed']) / max(document['traced'], 1):.1%}), "
        f"{len(document['subsumed'])}/{document['registry']} of the registry ({len(document['subsumed']) / max(document['registry'], 1):.1%})"
    )


def _kernel_table(title: str, kernels: list[dict]) -> Table:
    table = Table(title=title)
    for column in ("id", "name", "level", "label", "qualnames", "architectures"):
        table.add_column(column)
    for kernel in kernels:
        table.add_row(
            kernel["id"], kernel["name"], f"L{kernel['level']}", kernel["label"],
            ", ".join(q.rsplit(".", 1)[-1] for q in list(kernel["qualnames"])[:3]), str(len(kernel["architectures"])),
        )
    return table


def _cmd_kernels(args, console) -> int:
    from fastkernels.analyzer.cover.analysis import collect, kernel_uses
    from fastkernels.analyzer.identity.kernels import build as build_kernel_table
    from fastkernels.analyzer.trace.registry import load_registry, resolve

    arch = resolve([args.arch])[0]
    if args.no_cache:  # this architecture alone, traced afresh
        trace = trace_all([arch], 1, False, console)[arch.name]
        record = {"status": trace.status, "failure": trace.failure}
        table = build_kernel_table({arch.name: kernel_uses(trace, arch.module)})[args.granularity] if trace.ok else {}
    else:  # the one analysis that coverage and explain read; only this architecture is traced if it has no record
        analysis = collect(load_registry(), True, lambda missing: trace_all([a for a in missing if a.name == arch.name], 1, True, console))
        record = analysis["architectures"].get(arch.name) or {"status": "untraced", "failure": {"category": "none", "message": "no record"}}
        table = analysis["kernels"][args.granularity]
    if record["status"] != "traced":
        failure = record["failure"] or {}
        raise UserError(f"{arch.name} is {record['status']} ({failure.get('category')}: {failure.get('message')}); it has no kernel record")
    ids = {kernel_id for by_level in record["kernels"][args.granularity].values() for kernel_id in by_level} if "kernels" in record else None
    kernels = sorted(
        (kernel.to_json() for kernel in table.values() if not kernel.bookkeeping and (ids is None or kernel.id in ids)),
        key=lambda k: (k["level"], k["label"], k["id"]),
    )
    for kernel in kernels:
        del kernel["cases"]
    console.print(_kernel_table(f"{arch.name}: {len(kernels)} kernels ({args.granularity})", kernels))
    write_json(args.json, {"architecture": arch.name, "granularity": args.granularity, "kernels": kernels})
    return 0


def _cmd_explain(args, console) -> int:
    from fastkernels.analyzer.cover.analysis import COMMITTED_DIR, collect
    from fastkernels.analyzer.trace.registry import load_registry

    analysis = collect(load_registry(), True, lambda missing: {}, COMMITTED_DIR)
    kernel = _find_kernel(analysis["kernels"][args.granularity], args.kernel, args.granularity)
    console.print(_kernel_table(f"kernel {kernel.id}", [kernel.to_json()]))
    console.print(f"architectures ({len(kernel.architectures)}): {', '.join(kernel.architectures)}")
    console.print("qualnames: " + ", ".join(f"{q} ×{n}" for q, n in kernel.qualnames.items()))
    exact = analysis["kernels"]["exact"].get(kernel.id)
    if exact is not None and exact.cases:
        cases = Table(title=f"cases seen ({len(exact.cases)})")
        for column in ("inputs", "dtype", "params", "architectures", "bytes", "flops"):
            cases.add_column(column)
        for case in exact.cases[:20]:
            shapes = [str(i.get("shape")) for i in case["inputs"] if i["kind"] == "tensor"]
            dtypes = sorted({i["dtype"] for i in case["inputs"] if i["kind"] == "tensor"})
            cases.add_row(", ".join(shapes), ",".join(dtypes), str(case["params"]), ", ".join(case["architectures"][:4]), f"{case['bytes']:,}", f"{case['flops']:,}")
        console.print(cases)
    write_json(args.json, kernel.to_json())
    return 0


def _find_kernel(table: dict, query: str, granularity: str):
    from fastkernels.analyzer.identity.kernels import KernelNotFound, find_kernel

    try:
        return find_kernel(table, query, granularity)
    except KernelNotFound as error:
        raise UserError(str(error)) from None


def _cmd_diff(args, console) -> int:
    from fastkernels.analyzer.cover.analysis import COMMITTED_DIR, collect
    from fastkernels.analyzer.identity.graph_diff import graph_diff
    from fastkernels.analyzer.trace.registry import load_registry

    table = collect(load_registry(), True, lambda missing: {}, COMMITTED_DIR)["kernels"]["exact"]
    first, second = (_find_kernel(table, query, "exact") for query in args.kernels)
    for kernel in (first, second):
        if not kernel.graph:
            raise UserError(f"kernel {kernel.id} ({kernel.name}) has no stored graph; regenerate the analysis with `fk-analyze coverage --write-analysis tasks_generated/analysis`")
    names = {kernel_id: kernel.name for kernel_id, kernel in table.items()}
    lines = graph_diff(first.graph, second.graph, names)
    console.print(f"- {first.id} {first.name} (L{first.level} {first.label}, {len(first.architectures)} architectures)", markup=False)
    console.print(f"+ {second.id} {second.name} (L{second.level} {second.label}, {len(second.architectures)} architectures)", markup=False)
    for line in lines:
        console.print(line, markup=False, highlight=False, style="red" if line[0] == "-" else "green" if line[0] == "+" else "dim")
    if not lines:
        console.print("the two graphs read alike" + (" (one kernel)" if first.id == second.id else ""))
    write_json(args.json, {"kernels": [first.id, second.id], "lines": lines})
    return 0


def _progress(console) -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        TextColumn("{task.fields[last]}"), console=console, transient=False,
    )


def trace_all(archs, jobs: int, use_cache: bool, console, timeout: float = 240.0, retry_untraced: bool = False,
              summaries_only: bool = False, path: str = "dispatch", verbose: bool = False) -> dict:
    """Sweep with a progress bar; returns arch -> Trace (its summary with ``summaries_only``).
    What a trace printed is in its record, and printed here with ``verbose`` only."""
    from fastkernels.analyzer.trace.sweep import SweepOptions, sweep

    options = SweepOptions(jobs=jobs, use_cache=use_cache, timeout_s=timeout, retry_untraced=retry_untraced,
                           summaries_only=summaries_only, path=path)
    with _progress(console) as progress:
        task = progress.add_task("tracing", total=len(archs), last="")

        def advance(trace, from_cache):
            mark = "cached" if from_cache else f"{trace.seconds:.1f}s"
            if verbose and not from_cache and trace.log:
                progress.console.print(f"{trace.arch} printed:\n{trace.log}", markup=False, highlight=False)
            progress.update(task, advance=1, last=f"{trace.arch}: {trace.status} ({mark})")

        return sweep(archs, options, advance)


def _cmd_trace(args, console) -> int:
    from fastkernels.analyzer.trace.registry import load_registry, resolve

    if not args.archs and not args.all:
        raise UserError("name architectures to trace (e.g. `fk-analyze trace llama bert`) or pass --all")
    archs = list(load_registry().values()) if args.all else resolve(args.archs)
    results = trace_all(archs, args.jobs, not args.no_cache, console, args.timeout, args.retry_untraced,
                        summaries_only=True, path=args.path, verbose=args.verbose)
    _status_table(console, [results[a.name] for a in archs], {a.name: a for a in archs})
    return 0


def _status_table(console, traces, registry) -> None:
    from collections import Counter

    from fastkernels.analyzer.trace import cache

    table = Table(title="trace status")
    for column in ("architecture", "category", "model class", "status", "strategy", "path", "executed", "#calls", "seconds"):
        table.add_column(column)
    for trace in traces:
        arch = registry[trace.arch]
        status = trace.status if not trace.failure else f"{trace.status} ({trace.failure['category']})"
        known = trace.root is not None or "calls" in trace.coverage  # a committed record keeps no call count or time
        executed = trace.coverage.get("executed_fraction")
        table.add_row(
            trace.arch, arch.category, arch.model_class, status, trace.strategy, trace.path or "-",
            f"{executed:.0%}" if executed is not None else "-", str(cache.call_count(trace)) if known else "-",
            f"{trace.seconds:.1f}" if known else "-",
        )
    console.print(table)
    counts = Counter(t.status for t in traces)
    console.print(
        f"{counts['traced']} traced, {counts['partial']} partial, {counts['failed']} failed of {len(traces)}"
    )


def _cmd_list(args, console) -> int:
    from fastkernels.analyzer.trace import cache
    from fastkernels.analyzer.trace.record import Trace
    from fastkernels.analyzer.trace.registry import load_registry

    from fastkernels.analyzer.cover.analysis import collect

    registry = load_registry()
    records = collect(registry, True, lambda missing: {})["architectures"]
    traces = []
    for arch in registry.values():  # a local record's summary, else the committed record (as coverage counts it)
        record = records.get(arch.name)
        trace = cache.load_summary(arch.name, arch.module) or Trace(
            arch=arch.name, status=record["status"] if record else "untraced", model_class=arch.model_class,
            strategy=record["strategy"] if record else "", failure=record["failure"] if record else None,
            coverage={"executed_fraction": record["executed_fraction"]} if record else {})
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
    from fastkernels.analyzer.trace.registry import resolve

    arch = resolve([args.arch])[0]
    trace = trace_all([arch], 1, not args.no_cache, console, verbose=args.verbose)[arch.name]
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
    commands = {
        "trace": _cmd_trace, "list": _cmd_list, "calls": _cmd_calls,
        "coverage": _cmd_coverage, "kernels": _cmd_kernels, "explain": _cmd_explain, "diff": _cmd_diff,
    }
    return commands[args.command](args, console)


def main(argv: list[str] | None = None) -> int:
    return run_cli(_main, argv)


if __name__ == "__main__":
    sys.exit(main())
