"""Where a batch-1 decode step's time goes (CUDA): how many kernels one forward launches,
how long they run on the GPU, how long the captured graph takes to replay, and how much
host time the engine adds around it. The gap between a step's wall time and its graph's
replay time is the host's share; the gap between the replay time and the bandwidth limit
is the kernels' share."""

from __future__ import annotations

import time

import torch

from fastkernels.engine.serving.sequence import SamplingParams


def _replay_ms(graph: torch.cuda.CUDAGraph, reps: int = 50) -> float:
    graph.replay()
    start, end = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
    start.record()
    for _ in range(reps):
        graph.replay()
    end.record()
    end.synchronize()
    return start.elapsed_time(end) / reps


def _kernels(decoder, graph_io: dict[str, torch.Tensor]) -> tuple[int, float]:
    """Kernels and their summed GPU time (ms) of one uncaptured call of the decode forward
    (compiled or not, as the graph was captured), on the graph's own inputs."""
    from torch.profiler import ProfilerActivity, profile

    decoder.call_uncaptured(graph_io)
    torch.cuda.synchronize()
    with profile(activities=[ProfilerActivity.CUDA]) as prof:
        decoder.call_uncaptured(graph_io)
        torch.cuda.synchronize()
    kernels = [e for e in prof.events() if e.device_type == torch.autograd.DeviceType.CUDA]
    return len(kernels), sum(e.device_time for e in kernels) / 1e3


@torch.inference_mode()
def decode_step_profile(engine, prompt_len: int = 128, steps: int = 64) -> dict | None:
    """Batch-1 decode: per step, the wall time through ``engine.step``, the host time the
    engine spends outside the graph, the graph's replay time, and one forward's kernels."""
    decoder = engine.runner.decoder
    if 1 not in decoder.graphs:
        return None
    prompt = [1 + i % (engine.vocab_size - 1) for i in range(prompt_len)]
    engine.add_request(prompt, SamplingParams(max_tokens=steps + 1, ignore_eos=True))
    engine.step()  # the prefill
    torch.cuda.synchronize()
    start = time.perf_counter()
    for _ in range(steps):
        engine.step()
    wall_ms = (time.perf_counter() - start) * 1e3 / steps
    while engine.scheduler.has_work:
        engine.step()
    graph, io = decoder.graphs[1]
    replay_ms = _replay_ms(graph)
    try:
        kernels, kernel_ms = _kernels(decoder, io)
    except RuntimeError:  # a card or driver without kernel tracing: the timings above still stand
        kernels = kernel_ms = None
    return {"batch_size": 1, "context": prompt_len, "steps": steps, "wall_ms_per_step": wall_ms,
            "graph_replay_ms": replay_ms, "host_ms_per_step": wall_ms - replay_ms,
            "kernels_per_step": kernels, "kernel_ms_per_step": kernel_ms,
            "compiled": decoder.compiled is not None}
