"""One ``fk-serve bench`` run as a document: the engine on a workload, its limits and, on
request, its peers, all measured in this process on this card."""

from __future__ import annotations

import dataclasses
from typing import Callable

import torch

from fastkernels.engine.serving import benchmark, peers
from fastkernels.engine.serving.config import EngineConfig
from fastkernels.engine.serving.fusion import unfused
from fastkernels.engine.serving.llm_engine import LLMEngine
from fastkernels.engine.serving.profiler import ModuleProfiler
from fastkernels.engine.serving.sequence import SamplingParams
from fastkernels.engine.serving.step_profile import decode_step_profile


@dataclasses.dataclass
class BenchOptions:
    model: str
    workload: benchmark.Workload
    layers: int | None = None
    overrides: dict | None = None
    check_steps: int = 0
    check_prompts: int = 4
    batch1: tuple[int, int] = (128, 128)
    peers: bool = False
    peer_requests: int | None = None
    peer_compile: bool = True
    profile: bool = False
    profile_requests: int = 16
    profile_output_len: int = 16
    repeats: int = 1  # batch-1 decode and the workload, each run this many times; the median is kept
    prepare_model: Callable[[torch.nn.Module], None] | None = None  # e.g. a kernel swap, before graphs


def device_name(device: str) -> str:
    return torch.cuda.get_device_name(device) if device.startswith("cuda") else "cpu"


def _of(index: int, repeats: int) -> str:
    return f", run {index + 1} of {repeats}" if repeats > 1 else ""


def _median(runs: list[dict], key: str) -> dict:
    """The run whose ``key`` is the median (the lower one of an even count)."""
    return sorted(runs, key=lambda r: r[key])[(len(runs) - 1) // 2]


def _profile(engine: LLMEngine, requests, options: BenchOptions, name: str) -> dict:
    """An eager pass (graphs set aside, so that hooks fire) over the first requests, each
    projection computing its own product (so that its time is its own)."""
    subset = [(p, min(n, options.profile_output_len)) for p, n in requests[:options.profile_requests]]
    with engine.runner.eager(), unfused(engine.model), ModuleProfiler(engine.model) as profiler:
        engine.generate([p for p, _ in subset], [SamplingParams(max_tokens=n, ignore_eos=True) for _, n in subset])
    workload = {**options.workload.to_json(), "requests": len(subset), "profiled_output_len": options.profile_output_len,
                "pass": "eager (CUDA graphs off so module hooks fire), projections unfused"}
    profile = profiler.report(name, device_name(engine.config.device), workload)
    # what fk-bench run --weights needs to map the paths to kernel ids: the architecture and the served config
    return {**profile, "model": engine.model.config.model_type, "served": name, "config": engine.model.config.to_dict()}


def bench(options: BenchOptions, config: EngineConfig, progress: Callable[[str], None] = lambda _: None,
          stage_done: Callable[[dict], None] = lambda _: None) -> tuple[dict, dict | None]:
    """The bench document and, if asked, the profile document; `stage_done` gets the document
    as it stands after each stage (a run cut short keeps what it measured)."""
    progress("measuring the card's copy bandwidth and matmul rate")
    limits = benchmark.device_limits(config.device)
    progress(f"building {options.model}")
    engine = LLMEngine.from_model(options.model, config, options.layers, options.overrides,
                                  prepare_model=options.prepare_model)
    model = engine.model
    requests = options.workload.make(engine.vocab_size)
    doc = {
        "schema": 1, "model": options.model, "model_type": model.config.model_type,
        "layers": model.config.num_hidden_layers, "parameters": sum(p.numel() for p in model.parameters()),
        "dtype": str(config.dtype).removeprefix("torch."), "device": device_name(config.device),
        "attention": config.attention_path, "cuda_graphs": config.use_graphs,
        "fused_projections": len(engine.runner.fused), "overlap": config.overlap,
        "decode_startup": engine.runner.startup_report(),
        "kv_cache": {"blocks": engine.runner.num_blocks, "block_size": config.block_size,
                     "tokens": engine.runner.num_blocks * config.block_size,
                     "bytes": engine.runner.num_blocks * config.block_size * engine.runner.kv_bytes_per_token},
        "workload": options.workload.to_json(), "limits": limits,
        "torch": torch.__version__,
    }
    if options.check_steps:
        progress(f"greedy tokens against HF generate for {options.check_steps} steps")
        prompts = [p[:length] for (p, _), length in zip(requests, (17, 64, 129, 200)[:options.check_prompts])]
        doc["greedy_check"] = benchmark.check_greedy(engine, prompts, options.check_steps)
        stage_done(doc)
    batch1_runs = []
    for index in range(options.repeats):
        progress(f"batch-1 decode{_of(index, options.repeats)}")
        batch1_runs.append(benchmark.batch1_decode(engine, *options.batch1, limits["copy_bytes_per_s"]))
    doc["batch1_decode"] = _median(batch1_runs, "tokens_per_s")
    doc["batch1_decode"]["step"] = decode_step_profile(engine, options.batch1[0])
    stage_done(doc)
    runs = []
    for index in range(options.repeats):
        engine.blocks.forget_prefixes()  # each repeat computes its prompts, as the first did
        label = f"engine{_of(index, options.repeats)}"
        progress(f"{len(requests)} requests through the {label}")
        runs.append(benchmark.run(engine, requests, lambda done, total: progress(f"{label}: {done}/{total} requests done")))
    run = _median(runs, "output_tokens_per_s")
    if options.repeats > 1:
        doc["repeats"] = {"runs": options.repeats, "kept": "the median run by tokens/s",
                          "batch1_tokens_per_s": [r["tokens_per_s"] for r in batch1_runs],
                          "output_tokens_per_s": [r["output_tokens_per_s"] for r in runs],
                          "ttft_p50_s": [r["ttft_s"]["p50"] for r in runs]}
    copy = limits["copy_bytes_per_s"]
    run["decode_bandwidth_limit_s"] = run["decode_bytes"] / copy if copy else None
    flops = benchmark.workload_flops(model, requests)
    run["workload_flops"] = flops
    run["compute_limit_s"] = flops / limits["matmul_flops_per_s"] if limits["matmul_flops_per_s"] else None
    doc["engine"] = run
    doc["decode_startup"] = engine.runner.startup_report()  # an uncaptured step compiled while serving
    stage_done(doc)
    profile = _profile(engine, requests, options, options.model) if options.profile else None
    if options.peers:
        doc["peers"] = []
        _peers(engine, requests, options, progress, lambda peer: (doc["peers"].append(peer), stage_done(doc)))
        best = max((p["output_tokens_per_s"] for p in doc["peers"] if p.get("role") == "workload"), default=None)
        doc["speedup_over_best_peer"] = run["output_tokens_per_s"] / best if best else None
    return doc, profile


def _peers(engine: LLMEngine, requests, options: BenchOptions, progress, measured: Callable[[dict], None]) -> None:
    """Run last: the engine's cache and graphs are released so the peers get the memory;
    `measured` gets each peer's result as it comes."""
    model = engine.model
    engine.runner.release()
    subset = requests[:options.peer_requests] if options.peer_requests else requests
    prompt_len, out_len = options.batch1
    one = [([1 + i % (engine.vocab_size - 1) for i in range(prompt_len)], out_len)]
    compiled = options.peer_compile and engine.config.device.startswith("cuda")  # HF compiles for CUDA graphs

    def done(result: dict, role: str) -> None:
        result.pop("outputs", None)
        measured({**result, "role": role})

    progress("peer: HF generate, static cache, batch 1")
    done(peers.static_generate(model, one, 1), "batch1")
    if compiled:
        progress("peer: HF generate, static cache + torch.compile, batch 1")
        done(peers.static_generate(model, one, 1, compile=True), "batch1")
    progress(f"peer: HF generate, static cache, largest batch, {len(subset)} requests")
    static = peers.largest_static_batch(model, subset)
    done(static, "workload")
    if compiled:
        size = static["batch_size"]
        progress(f"peer: HF generate, static cache + torch.compile, batch {size}, {len(subset)} requests")
        try:
            done(peers.static_generate(model, subset, size, compile=True), "workload")
        except torch.OutOfMemoryError:  # compiled graphs need more than the eager batch did
            torch.cuda.empty_cache()
            progress(f"peer: HF generate, static cache + torch.compile ran out of memory at batch {size}; left out")
    progress(f"peer: HF generate_batch, {len(subset)} requests")
    done(peers.generate_batch(model, subset), "workload")
