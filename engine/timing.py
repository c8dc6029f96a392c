"""Wall-clock measurement of one module call, the same way for reference and candidate.

On CUDA every sample is bracketed by CUDA events after a warm-up; a 256 MB buffer is
written between samples, outside the events, so that no sample finds its data in L2; the
call cycles through several input sets so that no sample reuses the previous one's inputs.
By default the call is captured once per input set in a CUDA graph and the replays are
timed (the kernel time a production engine sees); the eager, launch-inclusive time is
measured beside it. On CPU `time.perf_counter` medians serve development and CI only.
"""
from __future__ import annotations

import statistics
import time
from dataclasses import asdict, dataclass
from typing import Callable, Sequence

import torch

L2_FLUSH_BYTES = 256 * 1024 * 1024


@dataclass
class Timing:
    median_ms: float
    spread_ms: float  # interquartile range of the samples
    samples: int
    method: str  # "cuda-graph" | "cuda-events" | "perf_counter"

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class TimingConfig:
    warmup: int = 10
    iters: int = 100
    graph: bool = True

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Measurement:
    """What was timed: `graph` is None when capture was off or failed (`graph_error` says why)."""

    launch: Timing
    graph: Timing | None = None
    graph_error: str | None = None

    @property
    def best(self) -> Timing:
        return self.graph or self.launch

    def to_dict(self) -> dict:
        return {"launch": self.launch.to_dict(), "graph": self.graph.to_dict() if self.graph else None,
                "graph_error": self.graph_error}

    @classmethod
    def from_dict(cls, data: dict) -> "Measurement":
        return cls(launch=Timing(**data["launch"]), graph=Timing(**data["graph"]) if data["graph"] else None,
                   graph_error=data["graph_error"])


def _summarise(samples_ms: list[float], method: str) -> Timing:
    quartiles = statistics.quantiles(samples_ms, n=4) if len(samples_ms) > 1 else [samples_ms[0]] * 3
    return Timing(median_ms=statistics.median(samples_ms), spread_ms=quartiles[2] - quartiles[0],
                  samples=len(samples_ms), method=method)


def measure(fn: Callable, input_sets: Sequence[Sequence], device: str, config: TimingConfig) -> Measurement:
    """Time `fn(*inputs)` cycling through `input_sets`."""
    if device == "cuda":
        flush = torch.empty(L2_FLUSH_BYTES, dtype=torch.uint8, device="cuda")
        launch = _time_cuda_eager(fn, input_sets, config, flush)
        if not config.graph:
            return Measurement(launch=launch)
        try:
            return Measurement(launch=launch, graph=_time_cuda_graph(fn, input_sets, config, flush))
        except Exception as error:  # capture refuses host syncs, allocations on other streams, ...
            torch.cuda.synchronize()
            return Measurement(launch=launch, graph_error=f"{type(error).__name__}: {error}".splitlines()[0])
    return Measurement(launch=_time_cpu(fn, input_sets, config))


def _time_cpu(fn: Callable, input_sets: Sequence[Sequence], config: TimingConfig) -> Timing:
    for i in range(config.warmup):
        fn(*input_sets[i % len(input_sets)])
    samples = []
    for i in range(config.iters):
        inputs = input_sets[i % len(input_sets)]
        start = time.perf_counter()
        fn(*inputs)
        samples.append((time.perf_counter() - start) * 1e3)
    return _summarise(samples, "perf_counter")


def _time_cuda_eager(fn: Callable, input_sets: Sequence[Sequence], config: TimingConfig, flush: torch.Tensor) -> Timing:
    for i in range(config.warmup):
        fn(*input_sets[i % len(input_sets)])
    torch.cuda.synchronize()
    events = [(torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)) for _ in range(config.iters)]
    for i, (start, end) in enumerate(events):
        flush.zero_()
        start.record()
        fn(*input_sets[i % len(input_sets)])
        end.record()
    torch.cuda.synchronize()
    return _summarise([start.elapsed_time(end) for start, end in events], "cuda-events")


def _time_cuda_graph(fn: Callable, input_sets: Sequence[Sequence], config: TimingConfig, flush: torch.Tensor) -> Timing:
    side = torch.cuda.Stream()
    side.wait_stream(torch.cuda.current_stream())
    with torch.cuda.stream(side):  # capture needs the lazy initialisations done beforehand
        for inputs in input_sets:
            fn(*inputs)
    torch.cuda.current_stream().wait_stream(side)
    torch.cuda.synchronize()
    graphs = []
    for inputs in input_sets:
        graph = torch.cuda.CUDAGraph()
        with torch.cuda.graph(graph):
            fn(*inputs)
        graphs.append(graph)
    for i in range(config.warmup):
        graphs[i % len(graphs)].replay()
    torch.cuda.synchronize()
    events = [(torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)) for _ in range(config.iters)]
    for i, (start, end) in enumerate(events):
        flush.zero_()
        start.record()
        graphs[i % len(graphs)].replay()
        end.record()
    torch.cuda.synchronize()
    return _summarise([start.elapsed_time(end) for start, end in events], "cuda-graph")
