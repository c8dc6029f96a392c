"""End-to-end times of a deployed model: a forward, and for a decoder HF ``generate``.

Forward: the median over ``repeats`` calls after a warm-up, synchronized on CUDA. Decoding:
HF ``generate`` with a static cache (its fastest path that runs every model that supports
it), greedy, a fixed number of new tokens: time to first token is a ``max_new_tokens=1``
call (prefill and one sampling step); decode throughput is the extra tokens of a longer
call over its extra time, ``batch * (n - 1) / (t_n - t_1)``, so prefill does not count. Each
figure is the median of ``repeats`` runs, reported with its spread (min, max).
"""
from __future__ import annotations

import statistics
import time
from dataclasses import asdict, dataclass

import torch


@dataclass
class Figure:
    median: float
    low: float
    high: float

    @classmethod
    def of(cls, values: list[float]) -> "Figure":
        return cls(statistics.median(values), min(values), max(values))


@dataclass
class Times:
    forward_ms: Figure
    ttft_ms: Figure | None = None
    decode_tokens_per_s: Figure | None = None
    decode_tokens: int = 0
    prompt_tokens: int = 0
    batch: int = 0

    def to_json(self) -> dict:
        return asdict(self)


def _clock(device: torch.device, call) -> float:
    if device.type == "cuda":
        torch.cuda.synchronize(device)
    start = time.perf_counter()
    call()
    if device.type == "cuda":
        torch.cuda.synchronize(device)
    return time.perf_counter() - start


def time_forward(model: torch.nn.Module, inputs: dict, repeats: int = 3) -> Figure:
    device = next(model.parameters()).device
    with torch.no_grad():
        model(**inputs)
        return Figure.of([1e3 * _clock(device, lambda: model(**inputs)) for _ in range(repeats)])


def time_generate(model: torch.nn.Module, prompt: torch.Tensor, new_tokens: int, repeats: int = 3) -> tuple[Figure, Figure]:
    """(time to first token in ms, decode tokens/s) with a static cache."""
    device = prompt.device

    def run(n: int) -> float:
        with torch.no_grad():
            return _clock(device, lambda: model.generate(
                input_ids=prompt, attention_mask=torch.ones_like(prompt), max_new_tokens=n, min_new_tokens=n,
                do_sample=False, cache_implementation="static", pad_token_id=0))

    run(2)  # warm-up: the cache is allocated, kernels are loaded
    first = [run(1) for _ in range(repeats)]
    full = [run(new_tokens) for _ in range(repeats)]
    rates = [prompt.shape[0] * (new_tokens - 1) / max(t - statistics.median(first), 1e-9) for t in full]
    return Figure.of([1e3 * t for t in first]), Figure.of(rates)
