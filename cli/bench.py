"""fk-bench: bench candidate kernels against their tasks, or list the tasks."""
from __future__ import annotations

import argparse
import difflib
import json
import sys
from dataclasses import replace
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from fastkernels.baselines.ladder import RUNGS
from fastkernels.cli import baselines
from fastkernels.cli import e2e
from fastkernels.cli.common import UserError, consoles, io_help, phases_arg, run_cli, write_json
from fastkernels.engine.compare import DEFAULT_TOLERANCE, agreement_document, compare_runs
from fastkernels.engine.memory import Limits
from fastkernels.engine.overhead import sandbox_overhead
from fastkernels.engine.plan import PROFILE
from fastkernels.engine.report import markdown, run_document
from fastkernels.engine.results import PASSED, SKIPPED, Summary, TaskResult
from fastkernels.engine.runner import BenchConfig, run_bench
from fastkernels.engine.sandbox import Sandbox, probe
from fastkernels.engine.task import Task, discover_tasks
from fastkernels.engine.timing import CUDA_MIN_TOTAL_MS, TimingConfig

# On CPU, where times serve development only, a run checks the first (most common) cases of
# each task and times the first; `--full` checks and times every case.
QUICK_CASES = 3
QUICK_TIMED_CASES = 1

_STATUS_STYLE = {"PASSED": "green", "DELEGATES": "yellow", "SKIPPED": "dim", "INCORRECT": "red",
                 "RUNTIME_ERROR": "red", "TIMEOUT": "red", "REWARD_HACK": "bold magenta",
                 "SANDBOX_VIOLATION": "bold magenta"}


_IO_HELP = {
    "run": io_help(
        "TASKS/L<n>/<name>.py; CANDIDATES/L<n>/<name>.py (without --candidates each reference is benched "
        "against itself); results stored in RESULTS for this protocol and task file (resumed unless --fresh, and only "
        "with a valid digest); --weights: a serving profile, tasks_generated/serving/MODEL.json",
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
        command.add_argument("--suite", choices=("core",), default=None,
                             help="only the tasks of a suite listed in TASKS/MANIFEST.json: core = the smallest cover "
                                  "at production granularity (fk-taskgen regenerate writes it)")
    baselines.add_parser(commands)
    e2e.add_parser(commands)
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
    run.add_argument("--full", action="store_true",
                     help=f"on CPU, check and time every case (default there: a quick correctness check of the first "
                          f"{QUICK_CASES} cases, the first one timed); on CUDA every case is always benched")
    run.add_argument("--verbose", action="store_true", help="also list the tasks skipped for want of a candidate")
    run.add_argument("--device-memory", type=float, default=None, metavar="GB",
                     help="CUDA: the card's memory; a check whose call needs more is skipped with its size (default: 80)")
    run.add_argument("--rounds", type=int, default=5, help="rounds of fresh inputs per listed case")
    run.add_argument("--max-cases", type=int, default=None, help="bench only the first N (most common) cases of each task")
    run.add_argument("--phases", type=phases_arg, default=None,
                     help="bench only the cases of these phases: traced (the listed cases), decode, prefill (the serving "
                          "shapes), profile (with --weights: the shapes and config the profile's model ran each task at, "
                          "scored against the reference), comma-separated; --max-cases then counts among them")
    run.add_argument("--baselines", type=baselines.families, default=("eager",),
                     help=f"comma-separated rung families to time in this run too (of {', '.join(RUNGS)}; default: "
                          "eager); on CUDA the production baseline comes from TASKS/baselines.json, measured where missing")
    run.add_argument("--no-production", action="store_true", help="score against the rungs timed in this run only")
    run.add_argument("--iters", type=int, default=None,
                     help="timed calls per measurement, exactly (default: 100 on CUDA, more until they add up "
                          f"to {CUDA_MIN_TOTAL_MS:g} ms; 20 on CPU); fewer for a quick check")
    run.add_argument("--placements", type=int, default=TimingConfig.placements,
                     help="CUDA: input sets timed, the rounds' and copies of them in fresh memory (default: %(default)s)")
    run.add_argument("--timeout", type=float, default=600.0, help="seconds per process: each window of a task, on each side")
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
    run.add_argument("--weights", default=None, help="serving:MODEL or a serving profile: also print the predicted "
                                                     "end-to-end speedup (tasks_generated/serving/MODEL.json)")
    return parser


def _tasks(args) -> list[Task]:
    """The tasks asked for; a folder that does not exist or a task name the folder lacks is an
    error that names it (with the closest names)."""
    if not args.tasks.is_dir():
        raise UserError(f"--tasks {args.tasks}: no such folder; run from the repository root or pass the tasks folder")
    if args.candidates is not None and not args.candidates.is_dir():
        raise UserError(f"--candidates {args.candidates}: no such folder; "
                        f"make one with `fk-taskgen stub TASK --out {args.candidates}`")
    every = discover_tasks(args.tasks)
    known = {t.name for t in every} | {t.name.split("/", 1)[1] for t in every}
    for name in args.task or []:
        if name not in known:
            close = difflib.get_close_matches(name, sorted(known), n=3, cutoff=0.6)
            hint = f"did you mean {', '.join(close)}?" if close else "`fk-bench list` lists them"
            raise UserError(f"--task {name}: no such task in {args.tasks}; {hint}")
    return discover_tasks(args.tasks, _names(args), args.level)


def _list(args, console: Console) -> None:
    served = _suite(args) if args.suite else None
    table = Table(title=f"tasks in {args.tasks}" + (f", suite {args.suite}" if served else ""))
    for column in ("task", "level", "candidate", *(("architectures served",) if served else ())):
        table.add_column(column)
    for task in _tasks(args):
        candidate = task.candidate_path(args.candidates)
        extra = (str(served.get(task.name, "")),) if served else ()
        table.add_row(task.name, str(task.level), str(candidate) if candidate else "[dim]-[/]", *extra)
    console.print(table)


_COLUMNS = ("task", "status", "cases checked", "baseline ms (sum)", "candidate ms (sum)", "speedup (geomean)",
            "SOL score (mean)", "envelope (max)", "note")
_CAPTION = ("ms: sums over the task's timed cases; speedup: geometric mean of the per-case speedups over the "
            "fastest correct baseline; SOL score: mean over the timed cases")


def _results_table(results: list[TaskResult]) -> Table:
    table = Table(title="fk-bench")
    for column in _COLUMNS:
        table.add_column(column, justify="left" if column in ("task", "status", "note") else "right")
    for r in results:
        base = sum(c.baseline_ms for c in r.cases)
        cand = sum(c.candidate_ms for c in r.cases)
        checked = f"{r.checked_cases}/{r.listed_cases}" if r.listed_cases else ""
        table.add_row(r.task, f"[{_STATUS_STYLE[r.status]}]{r.status}[/]", checked,
                      f"{base:.4f}" if r.cases else "", f"{cand:.4f}" if r.cases else "",
                      f"{r.speedup:.2f}x" if r.speedup else "", f"{r.sol_score:.2f}" if r.sol_score else "",
                      f"{r.envelope['max']:.2f}" if r.envelope and r.envelope["max"] is not None else "", r.reason)
    return table


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
    elif sandbox.dropped:
        console.print(f"sandbox without its {', '.join(sandbox.dropped)}: the CUDA driver does not start under "
                      f"{'it' if len(sandbox.dropped) == 1 else 'them'} on this host (docs/bench.md)")
    return sandbox


def _suite(args) -> dict[str, int]:
    """The tasks of --suite, each with the architectures it serves (from the manifest)."""
    from fastkernels.taskgen.manifest import suite

    try:
        return suite(args.tasks, args.suite)
    except ValueError as error:
        raise UserError(str(error)) from None


def _names(args) -> list[str] | None:
    """The task names asked for: --task, within --suite when both are given."""
    if args.suite is None:
        return args.task
    names = list(_suite(args))
    if args.task:
        asked = set(args.task)
        names = [n for n in names if n in asked or n.split("/", 1)[1] in asked]
    if not names:
        raise UserError(f"--suite {args.suite} selects none of the tasks asked for; `fk-bench list --suite {args.suite}` lists its tasks")
    return names


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
    quick = device == "cpu" and not args.full
    config = BenchConfig(device=device, rounds=args.rounds, timeout=args.timeout, timing=timing,
                         max_cases=args.max_cases or (QUICK_CASES if quick else None),
                         timed_cases=QUICK_TIMED_CASES if quick else None, phases=args.phases, baselines=args.baselines,
                         limits=Limits(device_bytes=int(args.device_memory * 1e9)) if args.device_memory else Limits(),
                         sandbox=_sandbox(args, device, console))
    tasks = _tasks(args)
    if not tasks:
        where = f"{args.tasks} at level {args.level}" if args.level is not None else str(args.tasks)
        raise UserError(f"no tasks in {where}; `fk-bench list` lists them")
    tasks_dir = args.tasks
    if args.phases and PROFILE in args.phases:
        tasks_dir = e2e.profile_tasks(args.weights, tasks, args.tasks, args.results.parent / "profile-tasks", console)
        tasks = discover_tasks(tasks_dir, [t.name for t in tasks])
    if quick:
        console.print(f"quick CPU check: at most the first {config.max_cases} case(s) of each task, {QUICK_TIMED_CASES} timed "
                      "(CPU times serve development only); --full checks and times every case")
    production = None if args.no_production or tasks_dir != args.tasks else _production(args, tasks, device, timing, console)
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console) as progress:
        bar = progress.add_task("benching", total=len(tasks))

        def on_start(task) -> None:
            progress.update(bar, description=task.name)

        def on_result(result: TaskResult, resumed: bool) -> None:
            tag = " (stored)" if resumed else ""
            if result.status != SKIPPED or args.verbose:
                progress.console.print(f"{result.task}: [{_STATUS_STYLE[result.status]}]{result.status}[/]{tag} {result.reason}")
            progress.advance(bar)

        if cluster is None:
            results = run_bench(tasks, args.candidates, config, args.results, fresh=args.fresh, production=production,
                                on_start=on_start, on_result=on_result, jobs=args.jobs)
        else:
            from fastkernels.engine.distributed import run_bench_ray

            results = run_bench_ray(cluster, tasks, args.candidates, config, args.results, fresh=args.fresh,
                                    on_result=on_result, production=production)
    console.print(_results_table([r for r in results if r.status != SKIPPED or args.verbose]))
    console.print(_CAPTION, highlight=False)
    summary = Summary.of(results)
    fast = "  ".join(f"fast_{p}={v:.0%}" for p, v in summary.fast_p.items())
    passed = summary.statuses.get(PASSED, 0)
    geomean = (f"geomean speedup over the {passed} passed task(s) {summary.geomean_speedup:.3f}x"
               if summary.geomean_speedup else "no speedup: no task passed")
    skipped = f", {summary.skipped} skipped (no candidate, or too large; --verbose lists them)" if summary.skipped else ""
    console.print(f"{summary.tasks} benched{skipped}; {geomean}; {fast}")
    document = run_document(results, config.key())
    if args.weights:
        document["prediction"] = e2e.print_prediction(args.weights, results, tasks_dir, console, args.tasks)
    write_json(args.json_path, document)
    if args.markdown:
        args.markdown.write_text(markdown(results))
    return 0 if all(r.status in (PASSED, "SKIPPED") for r in results) else 2


def _production(args, tasks, device: str, timing: TimingConfig, console: Console):
    """The stored production baselines (measuring the entries missing for this card and
    revision first); None on CPU, where the run's own rungs are the baseline."""
    if device != "cuda":
        console.print("[dim]CPU: scored against the rungs timed in this run (baselines.json holds CUDA cards)[/]")
        return None
    from fastkernels.engine.ladder_run import LadderConfig
    from fastkernels.engine.production import lookup, measure_missing, signature_revision

    revision = signature_revision(args.tasks)
    config = LadderConfig(device=device, max_cases=args.max_cases, timing=timing)
    document = measure_missing(tasks, args.tasks / "baselines.json", revision, config,
                               on_task=lambda task, entry: entry and console.print(
                                   f"{task.name}: production baseline " + (f"not measured: {entry['error']}" if "error" in entry else "measured")))
    return lookup(document, device, revision)


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
    parts = Table(title=f"where it goes: per worker (a task runs two), median of {args.repeat}")
    for column in ("part", "median s", "runs s"):
        parts.add_column(column, justify="left" if column == "part" else "right")
    for part, times in measured["per_worker_runs_s"].items():
        parts.add_row(part, f"{measured['per_worker_s'][part]:.2f}", " ".join(f"{t:.2f}" for t in times))
    console.print(parts)
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
    if args.command == "baselines":
        return baselines.run(args, console)
    if args.command == "overhead":
        return _overhead(args, console)
    if args.command == "e2e":
        return e2e.run(args, console)
    return _run(args, console)


def main(argv: list[str] | None = None) -> int:
    return run_cli(_main, argv)


if __name__ == "__main__":
    sys.exit(main())
