"""Wall-clock measurement of one module call, the same way for reference and candidate.

On CUDA every sample is bracketed by CUDA events after a warm-up; a 256 MB buffer is
written between samples, outside the events, so that no sample finds its data in L2; the
call cycles through several input sets so that no sample reuses the previous one's inputs.
A short kernel's time also depends on where its inputs and outputs lie: on an H100 the same
embedding lookup took 6.05 µs with one input set and 6.66 µs with another, and the
allocator lays them out anew in every process, so two runs of a 6 µs kernel over the 3–5
input sets of the correctness rounds differed by 5%. The sets are therefore copied into
fresh memory until there are `TimingConfig.placements`, each captured in a graph of its own (with
outputs of its own), within a memory budget; the median then spans many layouts.
By default the call is captured once per input set in a CUDA graph and the replays are
timed (the kernel time a production engine sees); the eager, launch-inclusive time is
measured beside it. Event timestamps come in steps of tens of nanoseconds, a few percent of
a microsecond kernel, so samples are added until the timed calls add up to
`min_total_ms`: the median of a short call then rests on thousands of samples. On CPU
`time.perf_counter` medians serve development and CI only.
"""
from __future__ import annotations

import math
import statistics
import time
from dataclasses import asdict, dataclass
from typing import Callable, Sequence

import torch

from fastkernels.engine.tensors import clone, tensor_bytes

L2_FLUSH_BYTES = 256 * 1024 * 1024
MAX_SAMPLES = 10_000
PLACEMENT_INPUT_BYTES = 512 * 2**20  # the most the copied input sets may take together
PLACEMENT_GRAPH_BYTES = 2 * 2**30  # the graphs' memory pools grow past it only for the original input sets
CUDA_MIN_TOTAL_MS = 20.0  # the default: a 5 µs call gets 4,000 samples, about 0.4 s with the flushes


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
    iters: int = 100  # samples at least
    graph: bool = True
    min_total_ms: float = 0.0  # CUDA: more samples (up to MAX_SAMPLES) until they add up to this
    placements: int = 32  # CUDA: input sets (the given ones, then copies in fresh memory) the samples cycle through

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
        placed = placements(input_sets, config.placements)
        launch = _time_cuda_eager(fn, placed, config, flush)
        if not config.graph:
            return Measurement(launch=launch)
        try:
            return Measurement(launch=launch, graph=_time_cuda_graph(fn, placed, len(input_sets), config, flush))
        except Exception as error:  # capture refuses host syncs, allocations on other streams, ...
            torch.cuda.synchronize()
            return Measurement(launch=launch, graph_error=f"{type(error).__name__}: {error}".splitlines()[0])
    return Measurement(launch=_time_cpu(fn, input_sets, config))


def placements(input_sets: Sequence[Sequence], most: int) -> list[Sequence]:
    """The input sets, then copies of them in fresh memory, up to ``most`` sets and
    `PLACEMENT_INPUT_BYTES` of copies."""
    placed = list(input_sets)
    set_bytes = max(tensor_bytes(s) for s in placed) or 1
    copies = min(most - len(placed), PLACEMENT_INPUT_BYTES // set_bytes)
    placed += [clone(input_sets[k % len(input_sets)]) for k in range(max(copies, 0))]
    return placed


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
    samples = _event_samples(lambda i: fn(*input_sets[i % len(input_sets)]), config, flush)
    return _summarise(samples, "cuda-events")


def _time_cuda_graph(fn: Callable, input_sets: Sequence[Sequence], at_least: int, config: TimingConfig,
                     flush: torch.Tensor) -> Timing:
    """Replays of one graph per input set; the sets past the first ``at_least`` only while
    the graphs' memory stays within `PLACEMENT_GRAPH_BYTES`."""
    side = torch.cuda.Stream()
    side.wait_stream(torch.cuda.current_stream())
    with torch.cuda.stream(side):  # capture needs the lazy initialisations done beforehand
        for inputs in input_sets:
            fn(*inputs)
    torch.cuda.current_stream().wait_stream(side)
    torch.cuda.synchronize()
    graphs = []
    reserved = torch.cuda.memory_reserved()
    for index, inputs in enumerate(input_sets):
        if index >= at_least and torch.cuda.memory_reserved() - reserved > PLACEMENT_GRAPH_BYTES:
            break  # a call with large intermediates: fewer layouts rather than running out of memory
        graph = torch.cuda.CUDAGraph()
        with torch.cuda.graph(graph):
            fn(*inputs)
        graphs.append(graph)
    for i in range(config.warmup):
        graphs[i % len(graphs)].replay()
    torch.cuda.synchronize()
    samples = _event_samples(lambda i: graphs[i % len(graphs)].replay(), config, flush)
    return _summarise(samples, "cuda-graph")


def _event_samples(call: Callable[[int], None], config: TimingConfig, flush: torch.Tensor) -> list[float]:
    """`config.iters` event-timed calls, then more until they add up to `config.min_total_ms`."""
    samples = _timed_calls(call, 0, config.iters, flush)
    if config.min_total_ms and sum(samples) < config.min_total_ms:
        wanted = math.ceil(config.min_total_ms / max(statistics.median(samples), 1e-6))
        samples += _timed_calls(call, len(samples), min(wanted, MAX_SAMPLES) - len(samples), flush)
    return samples


def _timed_calls(call: Callable[[int], None], first: int, count: int, flush: torch.Tensor) -> list[float]:
    events = [(torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)) for _ in range(count)]
    for i, (start, end) in enumerate(events, start=first):
        flush.zero_()
        start.record()
        call(i)
        end.record()
    torch.cuda.synchronize()
    return [start.elapsed_time(end) for start, end in events]
