"""What ``fk-serve bench`` measures: a seeded workload through the engine, latency and
throughput figures, batch-1 decode, and the card's limits measured in the same process.

Limits: a step reads every weight it uses once and the KV of every token it attends to, so
``bytes per step / copy bandwidth`` bounds a decode step from below (batch 1: weights + KV
over the copy bandwidth); ``FLOPs / measured bf16 matmul rate`` bounds a compute-bound run.
Copy bandwidth counts bytes read plus bytes written, as a device-to-device copy moves them.
"""

from __future__ import annotations

import dataclasses
import math
import random
import statistics
import time
from typing import Callable

import torch

from fastkernels.engine.serving.fusion import unfused
from fastkernels.engine.serving.sequence import SamplingParams


def parse_range(text: str, name: str) -> tuple[int, int]:
    """``"A"`` or ``"A:B"`` (inclusive) -> (A, B); one-line ``ValueError`` otherwise."""
    try:
        parts = [int(p) for p in text.split(":")]
    except ValueError:
        raise ValueError(f"{name} {text!r} is not N or A:B with integers") from None
    if len(parts) not in (1, 2) or min(parts) < 1:
        raise ValueError(f"{name} {text!r} must be N or A:B with integers >= 1")
    low, high = parts[0], parts[-1]
    if low > high:
        raise ValueError(f"{name} {text}: A={low} is larger than B={high}; give A <= B")
    return low, high


@dataclasses.dataclass
class Workload:
    requests: int
    input_len: tuple[int, int]
    output_len: tuple[int, int]
    seed: int = 0

    def make(self, vocab_size: int) -> list[tuple[list[int], int]]:
        """(prompt ids, output tokens) per request: uniform lengths, uniform random tokens."""
        rng = random.Random(self.seed)
        return [([rng.randrange(vocab_size) for _ in range(rng.randint(*self.input_len))],
                 rng.randint(*self.output_len)) for _ in range(self.requests)]

    def to_json(self) -> dict:
        return {"requests": self.requests, "input_len": list(self.input_len),
                "output_len": list(self.output_len), "seed": self.seed}


def _percentiles(values: list[float]) -> dict:
    if not values:
        return {"p50": None, "p90": None, "p99": None}
    if len(values) == 1:
        return {"p50": values[0], "p90": values[0], "p99": values[0]}
    q = statistics.quantiles(values, n=100, method="inclusive")
    return {"p50": statistics.median(values), "p90": q[89], "p99": q[98]}


def _sync(device: str) -> None:
    if device.startswith("cuda"):
        torch.cuda.synchronize()


def device_limits(device: str) -> dict:
    """Copy bandwidth (1 GiB device-to-device, best of 10) and bf16 matmul rate (8192^3)."""
    if not device.startswith("cuda"):
        return {"copy_bytes_per_s": None, "matmul_flops_per_s": None}
    src = torch.empty(2**29, dtype=torch.int16, device=device)
    dst = torch.empty_like(src)

    def best(fn, reps=10):
        times = []
        for _ in range(reps):
            start, end = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
            start.record()
            fn()
            end.record()
            end.synchronize()
            times.append(start.elapsed_time(end) / 1e3)
        return min(times)

    dst.copy_(src)
    copy = 2 * src.nbytes / best(lambda: dst.copy_(src))
    del src, dst
    a = torch.randn(8192, 8192, dtype=torch.bfloat16, device=device)
    a @ a
    flops = 2 * 8192**3 / best(lambda: a @ a)
    return {"copy_bytes_per_s": copy, "matmul_flops_per_s": flops}


def weight_bytes_per_token(model: torch.nn.Module) -> int:
    """Bytes of weights one decode step at batch 1 reads: every parameter but the input
    embedding table (one row is read), and of each MoE expert bank only top-k / experts."""
    hf = model.config
    experts = getattr(hf, "num_experts", None) or getattr(hf, "num_local_experts", None)
    top_k = getattr(hf, "num_experts_per_tok", None)
    embed = model.get_input_embeddings().weight
    output = model.get_output_embeddings()
    tied = output is not None and output.weight is embed
    total = 0
    for name, p in model.named_parameters():
        if p is embed and not tied:
            continue
        share = top_k / experts if experts and top_k and ".experts." in f".{name}." else 1.0
        total += p.numel() * p.element_size() * share
    return int(total)


def active_params(model: torch.nn.Module) -> int:
    """Parameters one token multiplies by (MoE: top-k experts), for FLOPs = 2 x this."""
    return weight_bytes_per_token(model) // next(model.parameters()).element_size()


def run(engine, requests: list[tuple[list[int], int]], progress: Callable[[int, int], None] | None = None
        ) -> dict:
    """Submit every request at once, step to completion; throughput and latencies."""
    device = engine.config.device
    _sync(device)
    if device.startswith("cuda"):
        torch.cuda.reset_peak_memory_stats()
    start = time.perf_counter()
    seqs = [engine.add_request(p, SamplingParams(max_tokens=n, ignore_eos=True)) for p, n in requests]
    steps = decode_steps = decode_rows = 0
    bytes_read = 0
    seconds = {"decode": 0.0, "prefill": 0.0}  # wall time of decode-only steps and of steps with prompt tokens
    weights = weight_bytes_per_token(engine.model)
    while engine.scheduler.has_work:
        began = time.perf_counter()
        engine.step()
        took = time.perf_counter() - began
        batch = engine.last_batch  # empty: the step only booked the decode step left in flight
        if batch.is_decode:
            seconds["decode"] += took
            if batch.seqs:
                steps += 1
                decode_steps += 1
                decode_rows += len(batch.seqs)
                bytes_read += weights + engine.runner.kv_bytes_per_token * sum(len(s) for s in batch.seqs)
        else:
            steps += 1
            seconds["prefill"] += took
        if progress is not None:
            progress(sum(s.is_finished for s in seqs), len(seqs))
    _sync(device)
    elapsed = time.perf_counter() - start
    outputs = sum(s.num_output for s in seqs)
    prompts = sum(s.num_prompt for s in seqs)
    ttft = [s.token_times[0] - s.arrival for s in seqs]
    tpot = [(s.token_times[-1] - s.token_times[0]) / (len(s.token_times) - 1) for s in seqs if len(s.token_times) > 1]
    return {
        "elapsed_s": elapsed, "output_tokens": outputs, "prompt_tokens": prompts,
        "output_tokens_per_s": outputs / elapsed, "total_tokens_per_s": (outputs + prompts) / elapsed,
        "ttft_s": _percentiles(ttft), "tpot_s": _percentiles(tpot), "steps": steps,
        "decode_steps": decode_steps, "decode_bytes": bytes_read, "decode_step_s": seconds["decode"],
        "prefill_step_s": seconds["prefill"], "mean_decode_batch": decode_rows / decode_steps if decode_steps else None,
        "preemptions": engine.scheduler.num_preemptions,
        "peak_memory_bytes": torch.cuda.max_memory_allocated() if device.startswith("cuda") else None,
    }


def batch1_decode(engine, prompt_len: int, output_len: int, copy_bytes_per_s: float | None) -> dict:
    """One request alone: decode tokens/s after its first token, and the bandwidth limit."""
    prompt = [1 + i % (engine.vocab_size - 1) for i in range(prompt_len)]
    engine.generate([prompt[:8]], SamplingParams(max_tokens=4, ignore_eos=True))  # warm-up
    out = engine.generate([prompt], SamplingParams(max_tokens=output_len, ignore_eos=True))[0]
    times = out.token_times
    rate = (len(times) - 1) / (times[-1] - times[0])
    context = prompt_len + output_len / 2
    step_bytes = weight_bytes_per_token(engine.model) + engine.runner.kv_bytes_per_token * context
    limit = copy_bytes_per_s / step_bytes if copy_bytes_per_s else None
    return {"prompt_len": prompt_len, "output_len": output_len, "tokens_per_s": rate,
            "bytes_per_step": step_bytes, "limit_tokens_per_s": limit,
            "fraction_of_limit": rate / limit if limit else None}


def workload_flops(model: torch.nn.Module, requests: list[tuple[list[int], int]]) -> float:
    """2 x active parameters per token, plus attention's QK and PV (4 x heads x head size
    per attended position), over every prompt and output token of the workload."""
    hf = model.config
    heads = hf.num_attention_heads
    head_dim = getattr(hf, "head_dim", None) or hf.hidden_size // heads
    per_token = 2 * active_params(model)
    total = 0.0
    for prompt, out in requests:
        n = len(prompt) + out
        total += n * per_token + 4 * hf.num_hidden_layers * heads * head_dim * n * (n + 1) / 2
    return total


def upstream_attention(model: torch.nn.Module) -> str:
    """Switch the model to the upstream attention HF generate runs best with; returns it."""
    for name in ("sdpa", "eager"):
        try:
            model.set_attn_implementation(name)
            return name
        except (ValueError, ImportError):
            continue
    raise RuntimeError("the model accepts neither sdpa nor eager attention")


def divergence_margin(model: torch.nn.Module, prefix: list[int], ref_token: int, engine_token: int) -> dict:
    """At a divergence: HF's logits for the prefix (one full forward, not generate's cached
    steps), the gap between its token and the engine's, beside the logits' spread. A near-tie
    is a divergence that rounding explains: HF's own full forward ranks the engine's token
    first, or the gap is within two steps of the logits' dtype at the largest logit."""
    ids = torch.tensor([prefix], device=next(model.parameters()).device)
    with torch.inference_mode():
        raw = model(ids, attention_mask=torch.ones_like(ids)).logits[0, -1]
    logits = raw.float()
    gap = (logits[ref_token] - logits[engine_token]).item()
    rank = int((logits > logits[engine_token]).sum())
    step = torch.finfo(raw.dtype).eps * 2.0 ** math.floor(math.log2(logits.abs().max().item()))
    return {"step_prefix_len": len(prefix), "gap": gap, "logit_std": logits.std().item(),
            "engine_token_rank": rank, "rounding_step": step, "near_tie": rank == 0 or abs(gap) <= 2 * step}


def check_greedy(engine, prompts: list[list[int]], steps: int) -> dict:
    """Greedy tokens of the engine (all prompts at once) against HF ``generate`` (one prompt at
    a time, dynamic cache) on the same model: per prompt, how many leading tokens agree."""
    from fastkernels.engine.serving.attention import ATTENTION_NAME

    outs = engine.generate(prompts, SamplingParams(max_tokens=steps, ignore_eos=True))
    model = engine.model
    reference_attention = upstream_attention(model)
    device = next(model.parameters()).device
    agree, margins = [], []
    try:
        with unfused(model):  # the reference: HF's own projections, one product each
            for prompt, out in zip(prompts, outs):
                ids = torch.tensor([prompt], device=device)
                with torch.inference_mode():
                    ref = model.generate(ids, attention_mask=torch.ones_like(ids), max_new_tokens=steps,
                                         min_new_tokens=steps, do_sample=False, eos_token_id=None,
                                         pad_token_id=0)[0, len(prompt):].tolist()
                first = next((i for i, (a, b) in enumerate(zip(ref, out.output_ids)) if a != b), steps)
                agree.append(first)
                if first < steps:
                    margins.append(divergence_margin(model, prompt + ref[:first], ref[first], out.output_ids[first]))
    finally:
        model.set_attn_implementation(ATTENTION_NAME)
    return {"steps": steps, "prompts": len(prompts), "prompt_lens": [len(p) for p in prompts],
            "agreeing_steps": agree, "all_equal": all(a == steps for a in agree), "divergences": margins,
            "only_near_ties": all(m["near_tie"] for m in margins),
            "reference": f"hf generate ({reference_attention}, dynamic cache)"}
