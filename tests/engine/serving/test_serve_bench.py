"""fk-serve bench on CPU: the run document and the per-module profile a deployment reads."""
from __future__ import annotations

import json

from fastkernels.cli.serve import main

TINY = ["--layers", "2", "--set", "hidden_size=32", "--set", "intermediate_size=64", "--set", "num_attention_heads=2",
        "--set", "num_key_value_heads=1", "--set", "vocab_size=97", "--set", "head_dim=16", "--device", "cpu",
        "--num-blocks", "64", "--block-size", "4", "--batch1", "8:8"]


def _one_layer_llama():
    """A one-layer Llama of TINY's widths (seeded), in eval mode, for HF-side checks."""
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM

    torch.manual_seed(0)
    config = LlamaConfig(hidden_size=32, intermediate_size=64, num_hidden_layers=1, num_attention_heads=2,
                         num_key_value_heads=1, vocab_size=97, head_dim=16)
    return LlamaForCausalLM(config).eval()


def test_bench_writes_its_document_and_profile(tmp_path):
    run, profile = tmp_path / "run.json", tmp_path / "profile.json"
    code = main(["bench", "llama", *TINY, "--requests", "6", "--input-len", "5:30", "--output-len", "4:9",
                 "--max-batched-tokens", "16", "--check-steps", "8", "--json", str(run), "--profile", str(profile)])
    assert code == 0
    doc = json.loads(run.read_text())
    assert doc["greedy_check"]["all_equal"] and doc["model_type"] == "llama" and doc["layers"] == 2
    engine = doc["engine"]
    assert engine["prompt_tokens"] >= 6 * 5 and 6 * 4 <= engine["output_tokens"] <= 6 * 9
    assert engine["ttft_s"]["p50"] <= engine["ttft_s"]["p99"]
    assert 0 < engine["prefill_step_s"] and 0 < engine["decode_step_s"]
    assert engine["prefill_step_s"] + engine["decode_step_s"] <= engine["elapsed_s"]
    assert 1 <= engine["mean_decode_batch"] <= 6 and engine["decode_steps"] < engine["steps"]
    prof = json.loads(profile.read_text())
    assert prof["schema"] == 1 and prof["total_gpu_ms"] > 0
    modules = {m["path"]: m for m in prof["modules"]}
    mlp = modules["model.layers.1.mlp"]
    assert mlp["qualname"] == "transformers.models.llama.modeling_llama.LlamaMLP"
    assert sum(s["calls"] for s in mlp["shapes"]) == mlp["calls"] > 0
    layer = modules["model.layers.1"]  # times are inclusive: a layer's range holds its MLP's
    assert layer["calls"] == mlp["calls"] and layer["gpu_ms"] >= mlp["gpu_ms"] > 0
    assert prof["timing"] == "host time per range (torch.profiler)" and prof["total_gpu_ms"] >= layer["gpu_ms"]
    assert all(len(dims) == 3 and dims[0] == 1 and dims[2] == 32 for s in mlp["shapes"] for dims in s["inputs"])
    # the profile names the architecture and the served config, so that fk-bench run --weights maps it to kernel ids
    from fastkernels.engine.deploy.catalog import Catalog
    from fastkernels.engine.deploy.predict import predict
    from fastkernels.engine.results import CaseResult, TaskResult

    assert prof["model"] == "llama" and prof["served"] == "llama" and prof["config"]["hidden_size"] == 32
    twice = CaseResult(0, {"batch": 1, "seq": 1}, "perf_counter", 1.0, 0.5, 1.0, "eager", 2.0, 2.0, 0.5)
    prediction = predict(prof, [TaskResult("L1/llama_rms_norm", 1, "PASSED", cases=[twice])], Catalog())
    assert prediction.counted_ms > 0 and prediction.predicted_speedup > 1.0
    assert {row["task"] for row in prediction.rows} == {"L1/llama_rms_norm"}


def test_a_divergence_is_a_near_tie_only_where_rounding_explains_it():
    """HF's own full forward ranking the engine's token first is a near-tie; the token it ranks
    last is a real divergence."""
    import torch

    from fastkernels.engine.serving.benchmark import divergence_margin

    model = _one_layer_llama().to(torch.bfloat16)
    prefix = [3, 14, 15, 92, 65]
    with torch.inference_mode():
        logits = model(torch.tensor([prefix])).logits[0, -1].float()
    first, last = int(logits.argmax()), int(logits.argmin())
    tie = divergence_margin(model, prefix, last, first)
    assert tie["engine_token_rank"] == 0 and tie["near_tie"]
    real = divergence_margin(model, prefix, first, last)
    assert real["engine_token_rank"] == 96 and real["gap"] > 2 * real["rounding_step"] and not real["near_tie"]
    assert real["rounding_step"] == torch.finfo(torch.bfloat16).eps * 2.0 ** int(torch.log2(logits.abs().max()).floor())


def test_the_static_cache_peer_runs_fewer_requests_than_its_smallest_batch_as_one_batch():
    """Six requests against batch sizes 256 down to 8: one batch of six, not 'out of memory'."""
    from fastkernels.engine.serving.peers import largest_static_batch

    model = _one_layer_llama()
    requests = [([1 + i] * (3 + i), 2 + i % 2) for i in range(6)]
    result = largest_static_batch(model, requests)
    assert result["batch_size"] == 6 and result["requests"] == 6
    assert [len(out) for out in result["outputs"]] == [n for _, n in requests]


def test_bench_with_peers_writes_each_peer_and_the_speedup_over_the_faster_workload_peer(tmp_path):
    """`--peers` end to end on the CPU: HF's static cache at batch 1 and at the largest batch,
    and HF's own continuous batching, each on the same requests (no compiled peers: HF
    compiles for CUDA graphs)."""
    run = tmp_path / "run.json"
    code = main(["bench", "llama", *TINY, "--requests", "3", "--input-len", "5:9", "--output-len", "4",
                 "--peers", "--json", str(run)])
    assert code == 0
    doc = json.loads(run.read_text())
    rows = [(p["peer"], p["role"], p["requests"], p["output_tokens"]) for p in doc["peers"]]
    assert rows == [("hf generate static cache", "batch1", 1, 8), ("hf generate static cache", "workload", 3, 12),
                    ("hf generate_batch (paged|sdpa)", "workload", 3, 12)]
    best = max(p["output_tokens_per_s"] for p in doc["peers"] if p["role"] == "workload")
    assert doc["speedup_over_best_peer"] == doc["engine"]["output_tokens_per_s"] / best


def test_repeats_keep_the_median_run_and_list_every_run(tmp_path):
    run = tmp_path / "run.json"
    assert main(["bench", "llama", *TINY, "--requests", "3", "--input-len", "5:9", "--output-len", "4",
                 "--repeats", "3", "--json", str(run)]) == 0
    doc = json.loads(run.read_text())
    repeats = doc["repeats"]
    assert repeats["runs"] == 3 and all(len(repeats[k]) == 3 for k in ("output_tokens_per_s", "ttft_p50_s",
                                                                       "batch1_tokens_per_s"))
    assert doc["engine"]["output_tokens_per_s"] == sorted(repeats["output_tokens_per_s"])[1]
    assert doc["batch1_decode"]["tokens_per_s"] == sorted(repeats["batch1_tokens_per_s"])[1]
    assert doc["engine"]["output_tokens"] == 12 and doc["engine"]["prompt_tokens"] >= 15
