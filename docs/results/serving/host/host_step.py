"""The engine's host work per decode step, without a GPU: the 256-request workload through
the real scheduler, block manager, input staging, sampler bookkeeping and stop checks, with
the model's forward replaced by a stand-in that returns at once (greedy tokens, no logits
work). On a GPU the host does this between one step's tokens coming back and the next
step's graph launching, while the GPU waits: the time here is that wait, per step.

    python docs/results/serving/host/host_step.py [--requests 256] [--repeats 3] [--json FILE]

A tiny Llama on the CPU builds the engine (its forward is never called after start-up)."""
from __future__ import annotations

import argparse
import json
import platform
import statistics

import torch

from fastkernels.engine.serving import benchmark
from fastkernels.engine.serving.config import EngineConfig
from fastkernels.engine.serving.llm_engine import LLMEngine

TINY = {"hidden_size": 64, "intermediate_size": 128, "num_attention_heads": 2, "num_key_value_heads": 1,
        "vocab_size": 1000}


def stand_in(engine: LLMEngine):
    """The runner's ``run`` without the model: decode steps stage their inputs as on CUDA
    (the same buffers and layout), every step returns greedy tokens at once."""
    decoder = engine.runner.decoder

    def run(batch):
        n = len(batch.seqs)
        if batch.is_decode:
            bucket = min((b for b in engine.runner.config.graph_batch_sizes if b >= n), default=n)
            decoder.inputs.stage(batch.seqs, bucket)
            return torch.zeros(n, 1), list(range(n)), torch.ones(n, dtype=torch.long)
        rows = [i for i, (s, k) in enumerate(zip(batch.seqs, batch.num_tokens)) if s.num_computed + k == len(s)]
        return torch.zeros(len(rows), 1), rows, torch.ones(len(rows), dtype=torch.long)
    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=256)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--json", default=None)
    args = parser.parse_args()
    config = EngineConfig(device="cpu", dtype=torch.float32, cpu_kv_tokens=args.requests * 1400,
                          max_num_seqs=args.requests, prefix_sharing=True)
    engine = LLMEngine.from_model("llama", config, layers=1, overrides=TINY)
    engine.runner.run = stand_in(engine)
    per_step, steps = [], 0
    for repeat in range(args.repeats):  # new prompts each time: no prefix found in the cache
        requests = benchmark.Workload(args.requests, (512, 1024), (256, 256), seed=repeat).make(TINY["vocab_size"])
        run = benchmark.run(engine, requests)  # the bench's own loop: wall time per step, by kind
        steps = run["decode_steps"]
        per_step.append(run["decode_step_s"] / steps * 1e3)
    doc = {"requests": args.requests, "decode_steps": steps, "host_ms_per_decode_step": per_step,
           "median_ms": statistics.median(per_step), "cpu": platform.processor() or platform.machine(),
           "python": platform.python_version(), "torch": torch.__version__}
    print(f"host work per decode step, {args.requests} requests, {steps} decode steps: "
          f"median {doc['median_ms']:.3f} ms of {', '.join(f'{v:.3f}' for v in per_step)}")
    if args.json:
        with open(args.json, "w") as out:
            json.dump(doc, out, indent=1)


if __name__ == "__main__":
    main()
