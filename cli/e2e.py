"""fk-bench e2e: candidates (or a baseline rung) deployed inside the real model, verified and timed."""
from __future__ import annotations

import json
from pathlib import Path

from rich.console import Console
from rich.table import Table

from fastkernels.cli.common import UserError, io_help, write_json
from fastkernels.engine.deploy.catalog import BUILTIN_RUNGS, DEFAULT_RUNGS, Catalog, DeployError, rung_folder
from fastkernels.engine.deploy.swap import not_swapped_line

SWEEP_RESULTS = Path(".fk-bench") / "e2e-sweep"


def add_parser(commands) -> None:
    e2e = commands.add_parser("e2e", help="deploy candidates or a rung inside the model, verify, time",
                              description=__doc__, **io_help(
        "the architecture's config (installed transformers), tasks_generated/MANIFEST.json and task files, "
        "the --candidates or --rung folder; --all: tasks_generated/analysis/architectures.json",
        "the deployment table to the terminal; --json FILE; --all: one JSON per architecture under --results "
        "(resumed), --markdown FILE; --profile-out FILE: a serving profile",
        "fk-bench e2e llama --candidates candidates/ --device cpu --json e2e.json",
    ))
    e2e.add_argument("arch", nargs="?", help="architecture (model_type), e.g. llama")
    e2e.add_argument("--candidates", type=Path, default=None, help="folder of L<n>/<task>.py files defining ModelNew")
    e2e.add_argument("--rung", default=None,
                     help=f"a baseline rung instead: {', '.join(BUILTIN_RUNGS)}, or a folder name under {DEFAULT_RUNGS}")
    e2e.add_argument("--tasks", type=Path, default=Path("tasks_generated"))
    e2e.add_argument("--device", choices=["cuda", "cpu"], default=None, help="default: cuda when available")
    e2e.add_argument("--config", type=Path, default=None,
                     help="a JSON object of config fields set on the architecture's default config (a model's shape)")
    e2e.add_argument("--layers", type=int, default=None, help="cap every stack of repeated layers (reported)")
    e2e.add_argument("--steps", type=int, default=None, help="greedy tokens compared (default: 64 on cuda, 16 on cpu)")
    e2e.add_argument("--prompt-len", type=int, default=128, help="prompt tokens for the decode timing")
    e2e.add_argument("--batch", type=int, default=1, help="prompts decoded at once for the decode timing")
    e2e.add_argument("--repeats", type=int, default=3, help="timed runs per figure; medians reported")
    e2e.add_argument("--json", dest="json_path", default=None, help="write the result as JSON ('-' for stdout)")
    e2e.add_argument("--all", action="store_true", help="every architecture of the committed analysis (with --self-swap)")
    e2e.add_argument("--self-swap", action="store_true", help="each kernel replaced by its own reference (the eager rung)")
    e2e.add_argument("--results", type=Path, default=SWEEP_RESULTS, help="--all: one JSON per architecture; resumes")
    e2e.add_argument("--timeout", type=float, default=600.0, help="--all: seconds per architecture")
    e2e.add_argument("--memory-gb", type=float, default=3.0, help="--all: resident memory per architecture")
    e2e.add_argument("--markdown", type=Path, default=None, help="--all: write the sweep's table as Markdown")
    e2e.add_argument("--stored", action="store_true", help="--all: the table of the results stored so far; runs nothing")
    e2e.add_argument("--profile-out", type=Path, default=None,
                     help="instead of deploying: write a serving profile of HF generate (wall time per module) "
                          "for fk-bench run --weights")
    e2e.add_argument("--new-tokens", type=int, default=32, help="--profile-out: tokens generated")


def run(args, console: Console) -> int:
    try:
        if args.all:
            return _sweep(args, console)
        if not args.arch:
            raise UserError("name an architecture (e.g. fk-bench e2e llama), or pass --all --self-swap")
        if args.profile_out:
            return _profile(args, console)
        return _one(args, console)
    except DeployError as error:
        raise UserError(str(error)) from None


def _fields(path: Path | None) -> dict:
    if path is None:
        return {}
    try:
        fields = json.loads(path.read_text())
    except (OSError, ValueError) as error:
        raise UserError(f"cannot read the config fields {path}: {error}; pass a JSON object of config fields") from None
    if not isinstance(fields, dict):
        raise UserError(f"{path} is not a JSON object of config fields")
    return fields


def _source(args, catalog: Catalog, identification):
    from fastkernels.engine.deploy.swap import builtin_source, source_from_folder

    chosen = [x for x in (args.candidates, args.rung, args.self_swap or None) if x]
    if len(chosen) != 1:
        raise UserError("pass exactly one of --candidates DIR, --rung R, --self-swap")
    if args.candidates:
        return source_from_folder(catalog, args.candidates, str(args.candidates))
    rung = "eager" if args.self_swap else args.rung
    if rung in BUILTIN_RUNGS:
        return builtin_source(catalog, rung, {i.kernel_id for i in identification.instances})
    return source_from_folder(catalog, rung_folder(rung), f"rung {rung}")


def _one(args, console: Console) -> int:
    import torch

    from fastkernels.engine.deploy import timing
    from fastkernels.engine.deploy.deployment import deploy, model_inputs
    from fastkernels.engine.deploy.identify import identify
    from fastkernels.engine.deploy.model import build_model
    from fastkernels.engine.deploy.swap import LOAD_FAILED
    from fastkernels.engine.deploy.verify import is_generating_decoder

    device = torch.device(args.device or ("cuda" if torch.cuda.is_available() else "cpu"))
    catalog = Catalog(args.tasks)
    if args.candidates:
        catalog.replacement_files(args.candidates)  # bad files fail before the model is built
    cpu = device.type == "cpu"
    dtype = torch.float32 if cpu else torch.bfloat16
    built = build_model(args.arch, str(device), dtype, args.layers, tiny=cpu, fields=_fields(args.config))
    console.print(f"{args.arch}: {type(built.model).__name__}, {built.size}"
                  f"{f', layers capped at {built.layers}' if built.layers else ''}, "
                  f"{sum(p.numel() for p in built.model.parameters()) / 1e6:,.1f} M parameters on {device}")
    identification = identify(built.model, args.arch)
    source = _source(args, catalog, identification)
    ids = {i.kernel_id for i in identification.instances}
    unused = sorted(catalog.by_id[k].name for k in source.classes if k not in ids)
    if args.candidates and unused and len(unused) == len(source.classes):
        raise UserError(f"{len(unused)} candidate(s) match no kernel of {args.arch}: {', '.join(unused)}")
    if args.candidates and unused:  # a folder written for many models: the others are not an error
        console.print(f"{len(unused)} candidate(s) match no kernel of {args.arch}: {', '.join(unused)}", highlight=False)
    inputs = model_inputs(built.model, device, dtype)
    steps = args.steps or (16 if cpu else 64)
    deployment = deploy(built.model, source, catalog, inputs, args.arch, steps, identification=identification)
    failed = [r for r in deployment.swap.records if r.status == LOAD_FAILED]
    if failed and args.candidates:
        raise UserError(f"{failed[0].task} does not load at {failed[0].path}: {failed[0].reason}")
    document = {"model": built.to_json(), "device": _device_name(device), **deployment.to_json(catalog)}
    _print_verdict(console, document)
    write_json(args.json_path, document)  # the verdict kept, should the timing be cut short
    if deployment.verdict.raised:
        return 1
    document["times"] = _times(built.model, inputs, args, device, deployment.swap, timing, is_generating_decoder)
    _print_times(console, document)
    write_json(args.json_path, document)
    return 0 if deployment.verdict.ok else 1


def _times(model, inputs, args, device, swap, timing, is_decoder) -> dict:
    """Swapped and unswapped, measured in the same run, so each figure has its peer; each side
    runs once untimed first (caches allocated, kernels loaded), then is timed."""
    import torch

    from fastkernels.engine.deploy.swap import reinstate, restore

    decoder = is_decoder(model)
    if decoder:  # an encoder (a vision model) has no vocabulary: its forward alone is timed
        vocab = model.config.get_text_config().vocab_size
        prompt = torch.randint(0, vocab, (args.batch, args.prompt_len), generator=torch.Generator().manual_seed(0)).to(device)
    result = {"repeats": args.repeats}
    for timed in (False, True):
        for side, put in (("reference", restore), ("deployed", reinstate)):
            put(model, swap)
            repeats = args.repeats if timed else 1
            times = {"forward_ms": timing.time_forward(model, inputs, repeats).__dict__}
            if decoder:
                ttft, rate = timing.time_generate(model, prompt, 64, repeats)
                times.update(ttft_ms=ttft.__dict__, decode_tokens_per_s=rate.__dict__, batch=args.batch,
                             prompt_tokens=args.prompt_len, decode_tokens=64)
            if timed:
                result[side] = times
    ref, new = result["reference"]["forward_ms"]["median"], result["deployed"]["forward_ms"]["median"]
    result["forward_speedup"] = ref / new
    if decoder:
        result["decode_speedup"] = result["deployed"]["decode_tokens_per_s"]["median"] / result["reference"]["decode_tokens_per_s"]["median"]
        result["ttft_speedup"] = result["reference"]["ttft_ms"]["median"] / result["deployed"]["ttft_ms"]["median"]
    return result


def _device_name(device) -> str:
    import torch

    return torch.cuda.get_device_name(device) if device.type == "cuda" else "cpu"


def _print_verdict(console: Console, document: dict) -> None:
    table = Table(title=f"fk-bench e2e {document['arch']} ({document['source']}, {document['device']})")
    for column in ("task", "instances swapped"):
        table.add_column(column)
    for task, count in document["swapped_by_task"].items():
        table.add_row(task, str(count))
    console.print(table)
    for row in document["not_swapped"]:
        console.print(not_swapped_line(row), highlight=False)
    missing = document["kernels_without_replacement"]
    console.print(f"{document['swapped_instances']} instances swapped; {len(missing)} of {document['kernels']} kernels "
                  f"had no replacement ({sum(1 for m in missing if m['task'] is None)} without a task, "
                  f"{sum(1 for m in missing if m['function'])} function kernels)")
    verdict = document["verdict"]
    tokens = "" if verdict["tokens_match"] is None else (
        f"; greedy tokens {'match' if verdict['tokens_match'] else 'DIFFER'} over {verdict['tokens_steps']} steps")
    error = f"max |error| {verdict['max_abs_error']:.3g}" if verdict["outputs_match"] else "first mismatch below"
    rounding = (f"; the reference's own rounding {verdict['envelope']:.3g}x the fixed tolerance ({verdict['envelope_precision']})"
                if verdict["envelope"] is not None else f"; no rounding envelope ({verdict['envelope_precision']})")
    console.print(f"outputs {'match' if verdict['outputs_match'] else 'DIFFER'} ({error}){rounding}{tokens}")
    for detail in (verdict["outputs_detail"], verdict["tokens_detail"]):
        if detail:
            console.print(f"  {detail}")
    if verdict["diverging_module"]:
        console.print(f"[red]first diverging module: {verdict['diverging_module']}[/] {verdict['diverging_detail']}")


def _print_times(console: Console, document: dict) -> None:
    times = document["times"]
    line = (f"forward {times['reference']['forward_ms']['median']:.2f} ms -> {times['deployed']['forward_ms']['median']:.2f} ms "
            f"({times['forward_speedup']:.3f}x)")
    if "decode_speedup" in times:
        line += (f"; decode {times['reference']['decode_tokens_per_s']['median']:.1f} -> "
                 f"{times['deployed']['decode_tokens_per_s']['median']:.1f} tok/s ({times['decode_speedup']:.3f}x); TTFT "
                 f"{times['reference']['ttft_ms']['median']:.1f} -> {times['deployed']['ttft_ms']['median']:.1f} ms")
    console.print(line + f" on {document['device']}, medians of {times['repeats']}")


def _sweep(args, console: Console) -> int:
    from fastkernels.engine.deploy.sweep import SweepOptions, stored, sweep, table_markdown, traced_architectures

    if not args.self_swap:
        raise UserError("--all runs the self-swap sweep: pass --all --self-swap")
    archs = traced_architectures(args.tasks / "analysis")
    options = SweepOptions(args.results, args.timeout, int(args.memory_gb * 1e9), args.tasks)

    def progress(arch: str, result: dict) -> None:
        console.print(f"{arch}: {result['status']} {result.get('reason', '')}"[:200], highlight=False)

    results = stored(archs, options) if args.stored else sweep(archs, options, progress)
    text = table_markdown(results, len(archs))
    if args.markdown:
        args.markdown.write_text(text)
    write_json(args.json_path, results)
    console.print(text.splitlines()[0], highlight=False)
    return 0


def _profile(args, console: Console) -> int:
    import torch

    from fastkernels.engine.deploy.model import build_model
    from fastkernels.engine.deploy.profile import record

    device = torch.device(args.device or ("cuda" if torch.cuda.is_available() else "cpu"))
    cpu = device.type == "cpu"
    built = build_model(args.arch, str(device), torch.float32 if cpu else torch.bfloat16, args.layers, tiny=cpu,
                        fields=_fields(args.config))
    vocab = built.model.config.get_text_config().vocab_size
    prompt = torch.randint(0, vocab, (args.batch, args.prompt_len), generator=torch.Generator().manual_seed(0)).to(device)
    profile = record(built.model, args.arch, prompt, args.new_tokens)
    write_json(str(args.profile_out), profile)
    top = sorted(profile["modules"], key=lambda m: -m["gpu_ms"])[:1]
    console.print(f"{args.profile_out}: {len(profile['modules'])} modules, {profile['total_gpu_ms']:.1f} ms in all "
                  f"on {profile['device']}" + (f"; largest {top[0]['path']} {top[0]['gpu_ms']:.1f} ms" if top else ""))
    return 0


def profile_tasks(spec: str | None, tasks: list, tasks_dir: Path, folder: Path, console: Console) -> Path:
    """``--phases profile``: the asked tasks copied into `folder`, those the profile's model runs
    with cases at its own shapes and config appended (``deploy.profile_cases``); the folder."""
    from fastkernels.engine.deploy.predict import SERVING_DIR, load_profile
    from fastkernels.engine.deploy.profile_cases import write_profile_tasks

    if not spec:
        raise UserError("--phases profile needs --weights serving:MODEL (or a profile file): the run whose shapes to bench")
    try:
        profile = load_profile(spec, tasks_dir / SERVING_DIR.name)
        made = write_profile_tasks(profile, Catalog(tasks_dir), {t.name for t in tasks}, folder)
    except DeployError as error:
        raise UserError(str(error)) from None
    for name, count in made.cases.items():
        console.print(f"{name}: {count} case(s) at the shapes and config {profile['model']} ran it at")
    for name, reason in made.kept.items():
        console.print(f"{name}: a module made no profile case ({reason}); its shapes read the nearest case benched",
                      highlight=False)
    return folder


def print_prediction(spec: str, results: list, tasks: Path, console: Console, profiles: Path | None = None) -> dict:
    """The Amdahl prediction for a bench run, printed under its geomean; returned for the JSON.
    `profiles`: the tasks folder whose ``serving/`` holds ``serving:MODEL`` (default `tasks`)."""
    from fastkernels.engine.deploy.predict import SERVING_DIR, load_profile, predict

    try:
        profile = load_profile(spec, (profiles or tasks) / SERVING_DIR.name)
        catalog = Catalog(tasks)
        prediction = predict(profile, results, catalog, _compile_rung(profile["device"], catalog, tasks))
    except DeployError as error:
        raise UserError(str(error)) from None
    console.print(f"predicted end-to-end speedup on {prediction.model} ({profile['device']}, {spec}): "
                  f"{prediction.predicted_speedup:.3f}x; the benched tasks cover {prediction.counted_ms:.1f} of "
                  f"{prediction.total_ms:.1f} ms ({prediction.counted_ms / prediction.total_ms:.0%}), the rest counts 1x")
    if prediction.compiled_speedup is not None:
        console.print(f"predicted in an engine that compiles the model (each module at its compile rung's speed, "
                      f"stored ladder of {profile['device']}): {prediction.compiled_speedup:.3f}x")
    return prediction.to_json()


def _compile_rung(card: str, catalog: Catalog, tasks: Path) -> list | None:
    """The compile rung of the card's stored ladder as bench results; None without one."""
    from fastkernels.engine import baseline_store as store
    from fastkernels.engine.deploy.predict import from_ladder
    from fastkernels.engine.production import signature_revision

    section = store.load(tasks / "baselines.json").get("cards", {}).get(card)
    return from_ladder(section, catalog, signature_revision(tasks), rung="compile") if section else None
