"""fk-serve: serve a causal LM of the registry with the bundled engine: list the models it
serves, generate from a prompt, or benchmark a workload against HF's own paths."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import torch
from rich.console import Console
from rich.table import Table

from fastkernels.cli.common import UserError, consoles, io_help, run_cli, write_json


_IO_HELP = {
    "generate": io_help(
        "MODEL (a model_type, a committed config name, a config JSON or a checkpoint folder); --candidates DIR",
        "the prompt's and the output's token ids (and text where the folder has a tokenizer) to the terminal",
        "fk-serve generate llama --layers 2 --device cpu --prompt hello --max-tokens 16"),
    "bench": io_help(
        "MODEL as for generate; --candidates DIR or --rung R to serve swapped kernels",
        "the table to the terminal; --json FILE, --markdown FILE, --profile FILE (per-module calls, shapes, GPU time)",
        "fk-serve bench llama-3.1-8b --requests 256 --input-len 512:1024 --output-len 256 --peers --json run.json"),
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fk-serve", description=__doc__, **io_help(
        "the installed transformers' causal LMs; a config JSON or checkpoint folder where given",
        "tables to the terminal; fk-serve bench --json/--markdown/--profile FILE",
        "fk-serve generate llama-3.2-1b --prompt hello"))
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("models", help="every causal LM of the registry, served or not and why", **io_help(
        "the installed transformers' registry of causal LMs", "the table to the terminal", "fk-serve models"))
    for name in ("generate", "bench"):
        command = commands.add_parser(name, **_IO_HELP[name])
        command.add_argument("model", help="a model_type (e.g. llama), a committed config name "
                                           "(llama-3.2-1b, llama-3.1-8b, qwen3-30b-a3b), a config JSON "
                                           "or a checkpoint folder (config.json + safetensors)")
        command.add_argument("--layers", type=int, default=None, help="keep the first N decoder layers")
        command.add_argument("--set", dest="overrides", action="append", default=[], metavar="KEY=JSON",
                             help="override a config field, e.g. --set vocab_size=32000 (repeatable)")
        command.add_argument("--device", choices=["cuda", "cpu"], default=None, help="default: cuda when available")
        command.add_argument("--dtype", choices=["bfloat16", "float16", "float32"], default=None,
                             help="default: bfloat16 on CUDA, float32 on CPU")
        command.add_argument("--block-size", type=int, default=16)
        command.add_argument("--num-blocks", type=int, default=None, help="KV cache blocks (default: fill memory)")
        command.add_argument("--max-batched-tokens", type=int, default=8192, help="token budget of one step")
        command.add_argument("--max-seqs", type=int, default=256)
        command.add_argument("--attention", choices=["auto", "triton", "sdpa"], default="auto")
        command.add_argument("--eager", action="store_true", help="no CUDA graphs")
        command.add_argument("--no-compile", action="store_true",
                             help="decode without torch.compile (default: compiled on CUDA)")
        command.add_argument("--no-compile-tuning", action="store_true",
                             help="compile batch 1 without Inductor's coordinate-descent tuning (starts faster)")
        command.add_argument("--no-fuse", action="store_true",
                             help="one matrix product per projection (default on CUDA: q/k/v and gate/up fused)")
        command.add_argument("--overlap", action="store_true",
                             help="launch the next greedy decode step before booking the tokens of the one "
                                  "before it (the host's work then runs while the GPU works)")
        command.add_argument("--candidates", type=Path, default=None, metavar="DIR",
                             help="swap in the kernels of a candidates folder (L<n>/<task>.py) before serving")
        command.add_argument("--rung", default=None, metavar="R",
                             help="swap in a baseline rung instead (eager, compile, or baselines/rungs/R)")
    generate = commands.choices["generate"]
    generate.add_argument("--prompt", required=True, help="text (UTF-8 bytes as token ids unless the "
                                                          "checkpoint folder has a tokenizer)")
    generate.add_argument("--max-tokens", type=int, default=32)
    generate.add_argument("--temperature", type=float, default=0.0)
    generate.add_argument("--top-k", type=int, default=0)
    generate.add_argument("--top-p", type=float, default=1.0)
    generate.add_argument("--seed", type=int, default=None)
    bench = commands.choices["bench"]
    bench.add_argument("--requests", type=int, default=256)
    bench.add_argument("--input-len", default="512:1024", help="N or A:B, uniform per request")
    bench.add_argument("--output-len", default="256", help="N or C:D, uniform per request")
    bench.add_argument("--seed", type=int, default=0)
    bench.add_argument("--batch1", default="128:128", metavar="IN:OUT",
                       help="prompt and output tokens of the batch-1 decode measurement")
    bench.add_argument("--repeats", type=int, default=1, help="run batch-1 decode and the workload N times "
                       "on the same engine (prompts computed afresh each time); keep the median, list all")
    bench.add_argument("--check-steps", type=int, default=0, help="compare greedy tokens with HF generate")
    bench.add_argument("--peers", action="store_true", help="also run HF generate (static cache) and generate_batch")
    bench.add_argument("--peer-requests", type=int, default=None, help="run the workload peers on the first N requests")
    bench.add_argument("--no-peer-compile", action="store_true", help="skip the torch.compile peers (batch 1 and the workload)")
    bench.add_argument("--json", dest="json_path", default=None, help="write the run as JSON ('-' for stdout)")
    bench.add_argument("--markdown", default=None, metavar="FILE", help="write the table as Markdown")
    bench.add_argument("--profile", default=None, metavar="FILE", help="per-module calls, shapes and GPU time as JSON")
    return parser


def _overrides(items: list[str]) -> dict:
    result = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep:
            raise UserError(f"--set {item!r} is not KEY=VALUE")
        try:
            result[key] = json.loads(value)
        except json.JSONDecodeError:
            result[key] = value
    return result


def _engine_config(args):
    from fastkernels.engine.serving.config import EngineConfig

    device = args.device or ("cuda" if torch.cuda.is_available() else "cpu")
    if device == "cuda" and not torch.cuda.is_available():
        raise UserError("--device cuda: no CUDA device here; use --device cpu")
    dtype = getattr(torch, args.dtype) if args.dtype else (torch.bfloat16 if device == "cuda" else torch.float32)
    try:
        return EngineConfig(device=device, dtype=dtype, block_size=args.block_size, num_blocks=args.num_blocks,
                            max_num_batched_tokens=args.max_batched_tokens, max_num_seqs=args.max_seqs,
                            attention=args.attention, cuda_graphs=not args.eager,
                            compile=False if args.no_compile else None, compile_tuning=not args.no_compile_tuning,
                            fuse_projections=False if args.no_fuse else None, overlap=args.overlap)
    except ValueError as error:
        raise UserError(str(error)) from None


def _swapper(args, summary: dict):
    """The engine's ``prepare_model`` for --candidates / --rung: each module whose kernel id
    (computed by the analyzer) has a candidate is swapped in place before graphs are captured;
    `summary` gets what was swapped and what was not."""
    if args.candidates is None and args.rung is None:
        return None
    if args.candidates is not None and args.rung is not None:
        raise UserError("--candidates and --rung together: give one")
    if args.candidates is not None and not args.candidates.is_dir():
        raise UserError(f"--candidates {args.candidates}: no such folder; make one with `fk-taskgen stub TASK --out DIR`")

    def prepare(model) -> None:
        from fastkernels.engine.deploy.catalog import DeployError
        from fastkernels.engine.deploy.deployment import swap_in

        try:
            swap = swap_in(model, folder=args.candidates, rung=args.rung, arch=model.config.model_type)
        except DeployError as error:
            raise UserError(str(error)) from None
        summary.update({"source": str(args.candidates or args.rung), "instances": swap.counts(),
                        "swapped_tasks": sorted(swap.swapped_by_task()), "not_swapped": swap.not_swapped()})

    return prepare


def _print_swap(swap: dict, console: Console) -> None:
    if swap:
        from fastkernels.engine.deploy.swap import not_swapped_line

        counts = ", ".join(f"{n} {status}" for status, n in sorted(swap["instances"].items()))
        console.print(f"{swap['source']}: module instances {counts}; tasks swapped: {', '.join(swap['swapped_tasks']) or 'none'}",
                      highlight=False)
        for row in swap["not_swapped"]:
            console.print(not_swapped_line(row), highlight=False)


def _models(console: Console) -> int:
    from fastkernels.engine.serving.support import TESTED, causal_lm_support

    table = Table(title="causal LMs of the registry")
    table.add_column("model_type")
    table.add_column("served")
    table.add_column("reason")
    rows = causal_lm_support()
    for model_type, reason in rows:
        served = "no" if reason else ("yes, tested" if model_type in TESTED else "yes")
        table.add_row(model_type, served, reason or "")
    console.print(table)
    console.print(f"{sum(r is None for _, r in rows)} of {len(rows)} served")
    return 0


def _generate(args, console: Console) -> int:
    from fastkernels.engine.serving.llm_engine import LLMEngine
    from fastkernels.engine.serving.sequence import SamplingParams

    params = SamplingParams(max_tokens=args.max_tokens, temperature=args.temperature, top_k=args.top_k,
                            top_p=args.top_p, seed=args.seed)
    swap: dict = {}
    engine = LLMEngine.from_model(args.model, _engine_config(args), args.layers, _overrides(args.overrides),
                                  prepare_model=_swapper(args, swap))
    _print_swap(swap, console)
    tokenizer = _tokenizer(args.model)
    ids = tokenizer.encode(args.prompt) if tokenizer else [b % engine.vocab_size for b in args.prompt.encode()]
    with console.status("generating") as status:
        def progress(done: int, total: int) -> None:
            running = engine.scheduler.running
            made = running[0].num_output if running else args.max_tokens
            status.update(f"generating: {made}/{args.max_tokens} tokens")

        out = engine.generate([ids], params, progress)[0]
    text = tokenizer.decode(out.output_ids) if tokenizer else None
    console.print(f"prompt ids: {ids}\noutput ids: {out.output_ids}\nfinish: {out.finish_reason}")
    if text is not None:
        console.print(f"text: {text}")
    return 0


def _tokenizer(model: str):
    from pathlib import Path

    if not (Path(model) / "tokenizer_config.json").is_file():
        return None
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(model)


def _bench(args, console: Console) -> int:
    from fastkernels.engine.serving.bench_run import BenchOptions, bench
    from fastkernels.engine.serving.benchmark import Workload, parse_range
    from fastkernels.engine.serving.report import table

    try:
        workload = Workload(args.requests, parse_range(args.input_len, "--input-len"),
                            parse_range(args.output_len, "--output-len"), args.seed)
        batch1 = tuple(int(x) for x in args.batch1.split(":"))
        if len(batch1) != 2 or min(batch1) < 2:
            raise ValueError(f"--batch1 {args.batch1!r} must be IN:OUT with integers >= 2")
    except ValueError as error:
        raise UserError(str(error)) from None
    for flag, value in (("--requests", args.requests), ("--repeats", args.repeats)):
        if value < 1:
            raise UserError(f"{flag} {value} must be at least 1")
    options = BenchOptions(args.model, workload, args.layers, _overrides(args.overrides), args.check_steps,
                           batch1=batch1, peers=args.peers, peer_requests=args.peer_requests, peer_compile=not args.no_peer_compile,
                           repeats=args.repeats, profile=bool(args.profile), prepare_model=_swapper(args, swap := {}))
    def partial(doc: dict) -> None:  # a run cut short keeps what it measured
        if args.json_path and args.json_path != "-":
            write_json(args.json_path, {**doc, "partial": True})

    with console.status("bench") as status:
        doc, profile = bench(options, _engine_config(args), lambda text: status.update(text), partial)
    _print_swap(swap, console)
    if swap:
        doc["swap"] = swap
    console.print(table(doc))
    write_json(args.json_path, doc)
    if args.markdown:
        from pathlib import Path

        from fastkernels.engine.serving.report import markdown

        Path(args.markdown).write_text(markdown(doc))
    if args.profile:
        write_json(args.profile, profile)
    return 0


def main(argv: list[str] | None = None) -> int:
    return run_cli(_main, argv)


def _main(argv: list[str] | None) -> int:
    from fastkernels.engine.serving.loader import ModelError
    from fastkernels.engine.serving.sequence import RequestError

    args = _parser().parse_args(argv)
    console = consoles(getattr(args, "json_path", None))
    try:
        if args.command == "models":
            return _models(console)
        if args.command == "generate":
            return _generate(args, console)
        return _bench(args, console)
    except (ModelError, RequestError) as error:
        raise UserError(str(error)) from None


if __name__ == "__main__":
    raise SystemExit(main())
