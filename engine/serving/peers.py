"""The peers ``fk-serve bench --peers`` measures beside the engine, on the same model object
(its attention switched back to an upstream implementation) and the same requests:

- HF ``generate`` with a static cache, eager or under ``torch.compile``, at batch 1 and in
  left-padded batches (greedy, every request run to its batch's longest output);
- HF ``generate_batch``, transformers' own continuous batching (``paged|sdpa``).
Each returns output tokens/s over wall time including prefill, as the engine is timed.
"""

from __future__ import annotations

import time

import torch
from transformers import GenerationConfig
from transformers.generation.configuration_utils import ContinuousBatchingConfig


def _on_cuda(model: torch.nn.Module) -> bool:
    return next(model.parameters()).is_cuda


def _sync(model: torch.nn.Module) -> None:
    if _on_cuda(model):
        torch.cuda.synchronize()


def _greedy(max_new_tokens: int, **kwargs) -> GenerationConfig:
    return GenerationConfig(max_new_tokens=max_new_tokens, min_new_tokens=max_new_tokens, do_sample=False,
                            eos_token_id=None, pad_token_id=0, **kwargs)


def static_generate(model: torch.nn.Module, requests: list[tuple[list[int], int]], batch_size: int,
                    compile: bool = False, warmup: bool = True) -> dict:
    """Left-padded batches of ``batch_size`` through ``generate(cache_implementation='static')``."""
    model.set_attn_implementation("sdpa")
    device = next(model.parameters()).device
    kwargs = {"cache_implementation": "static"}
    if compile:
        kwargs["compile_config"] = None
    else:
        kwargs["disable_compile"] = True

    def one_batch(chunk, new=None):
        width = max(len(p) for p, _ in chunk)
        ids = torch.tensor([[0] * (width - len(p)) + p for p, _ in chunk], device=device)
        mask = torch.tensor([[0] * (width - len(p)) + [1] * len(p) for p, _ in chunk], device=device)
        new = new or max(n for _, n in chunk)
        out = model.generate(ids, attention_mask=mask, generation_config=_greedy(new, **kwargs))
        return out[:, width:]

    if warmup:  # a full-size batch for a few tokens: allocations, kernels, compilation
        one_batch(requests[:batch_size], new=4)
    _sync(model)
    start = time.perf_counter()
    outputs = []
    for i in range(0, len(requests), batch_size):
        chunk = requests[i:i + batch_size]
        tokens = one_batch(chunk)
        outputs.extend(row[:n].tolist() for row, (_, n) in zip(tokens, chunk))
    _sync(model)
    elapsed = time.perf_counter() - start
    count = sum(n for _, n in requests)
    return {"peer": f"hf generate static cache{' + torch.compile' if compile else ''}", "batch_size": batch_size,
            "requests": len(requests), "elapsed_s": elapsed, "output_tokens": count,
            "output_tokens_per_s": count / elapsed, "outputs": outputs}


def largest_static_batch(model, requests, candidates=(256, 128, 64, 32, 16, 8)) -> dict:
    """The static-cache peer at the largest candidate batch that runs without running out of
    memory (tried on one warm-up batch, largest first); fewer requests than a candidate make
    one batch of them all."""
    for size in dict.fromkeys(min(size, len(requests)) for size in candidates):
        try:
            return static_generate(model, requests, size)
        except torch.OutOfMemoryError:
            torch.cuda.empty_cache()
    raise RuntimeError("HF generate with a static cache ran out of memory at every batch size tried")


def _host_cache_config(requests: list[tuple[list[int], int]], new: int) -> ContinuousBatchingConfig:
    """On the CPU, HF's continuous batching sizes its cache from free host memory: tens of GiB
    zero-filled before the first token (36 s for three tiny requests on a 24 GiB machine).
    There the cache holds these requests instead; on a GPU HF keeps its own sizing."""
    page = ContinuousBatchingConfig().page_size
    blocks = sum(-(-(len(p) + new) // page) for p, _ in requests) + len(requests)
    return ContinuousBatchingConfig(num_blocks=blocks, max_batch_tokens=max(len(p) for p, _ in requests) + len(requests))


def generate_batch(model: torch.nn.Module, requests: list[tuple[list[int], int]]) -> dict:
    """transformers' continuous batching over every request (one output length: the longest)."""
    model.set_attn_implementation("paged|sdpa")
    new = max(n for _, n in requests)
    config = {} if _on_cuda(model) else {"continuous_batching_config": _host_cache_config(requests, new)}
    _sync(model)
    start = time.perf_counter()
    results = model.generate_batch([p for p, _ in requests], generation_config=_greedy(new), progress_bar=False,
                                   **config)
    _sync(model)
    elapsed = time.perf_counter() - start
    count = sum(len(r.generated_tokens) for r in results.values())
    model.set_attn_implementation("sdpa")
    return {"peer": "hf generate_batch (paged|sdpa)", "requests": len(requests), "elapsed_s": elapsed,
            "output_tokens": count, "output_tokens_per_s": count / elapsed}
