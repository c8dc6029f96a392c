"""Trace many architectures in parallel, isolated, resumable.

Each architecture runs in a child forked from this process, which has already imported
torch and transformers (a fresh interpreter would spend seconds on imports each time).
A child writes its record to the cache and exits; the parent enforces a timeout and a
memory guard and turns a child that dies without a record into a failure record. The
timeout counts the child's CPU time, so that a sweep sharing its cores with other work
records what an idle machine would (a wall-clock ceiling still stops a child that hangs). Because
every finished record is in the cache at once, an interrupted sweep resumes where it was.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import gc
import multiprocessing
import os
import resource
import time
from dataclasses import dataclass
from typing import Callable, Iterable

from fastkernels.analyzer.trace import cache
from fastkernels.analyzer.trace.record import Trace
from fastkernels.analyzer.trace.registry import Architecture

DEFAULT_TIMEOUT_S = 240.0  # of a worker's CPU time
WALL_TIMEOUT_FACTOR = 4  # a worker that waits rather than computes is stopped after this many timeouts of wall time
DEFAULT_MEMORY_LIMIT_BYTES = 6 * 2**30
STRATEGY_SHARE = 0.5  # of the timeout, the most a strategy with a fallback may take


@dataclass
class SweepOptions:
    jobs: int = os.cpu_count() or 1
    use_cache: bool = True
    retry_untraced: bool = False  # retrace cached partial/failed records (after a tracer fix)
    summaries_only: bool = False  # return each record's summary (no call tree), much faster to read
    timeout_s: float = DEFAULT_TIMEOUT_S
    memory_limit_bytes: int = DEFAULT_MEMORY_LIMIT_BYTES
    path: str = "dispatch"  # "dispatch", "export", or "auto": export where it works, else dispatch


def _reusable(cached: Trace, options: SweepOptions) -> bool:
    """A cached record serves unless a retrace was asked for: of an untraced one, or of
    one a path other than the one asked for made."""
    if options.retry_untraced and not cached.ok:
        return False
    return options.path == "auto" or not cached.ok or cached.path == options.path


def _child(arch: Architecture, path: str, budget_s: float) -> None:
    """Trace, store, and derive the kernel signatures while the record is in memory. Each
    strategy but the last gets ``budget_s``, so that one too slow under fake tensors leaves
    time for the next, and the record says why."""
    import torch

    from fastkernels.analyzer.cover.analysis import kernel_uses
    from fastkernels.analyzer.trace.architecture import trace_architecture

    torch.set_num_threads(1)  # the parent's thread pool does not survive the fork; one worker per core
    _return_large_blocks()
    # A recorded forward builds a few small lists per op (up to a million for a long trace),
    # which the default thresholds traverse again and again; nothing recorded is cyclic
    # garbage worth collecting that often.
    gc.set_threshold(100_000, 50, 1000)
    with _output_captured() as captured:
        trace = trace_architecture(arch, budget_s=budget_s, path=path)
        trace.log = captured()
    trace.versions = cache.versions()
    usage = resource.getrusage(resource.RUSAGE_SELF)  # a forked child counts its own usage from zero
    trace.coverage["peak_rss_bytes"] = usage.ru_maxrss * 1024
    trace.coverage["cpu_seconds"] = round(usage.ru_utime + usage.ru_stime, 3)  # unlike `seconds`, not inflated by a busy machine
    cache.store(trace, arch.module)
    if trace.ok:
        kernel_uses(trace, arch.module)
    os._exit(0)


_M_MMAP_THRESHOLD = -3  # glibc's mallopt parameter
_MMAP_THRESHOLD_BYTES = 4 * 2**20


def _return_large_blocks() -> None:
    """Have glibc map every block of 4 MiB or more on its own, so that freeing it returns it
    to the system. By default glibc raises that threshold up to 32 MiB as blocks are freed,
    and then serves the float32 copies of a real forward (tens of MB each) from a heap that
    fragments: a worker's resident memory climbed by a copy per layer (GLM-5-Next 4.5 GiB
    against 3.7, ERNIE-4.5-VL 3.8 against 3.6). Elsewhere than glibc this does nothing."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.mallopt(_M_MMAP_THRESHOLD, _MMAP_THRESHOLD_BYTES)
    except (OSError, AttributeError):
        pass


def _rss_bytes(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _cpu_seconds(pid: int) -> float:
    """User plus system CPU time of a running worker; 0 when it is gone."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def _failure(arch: Architecture, category: str, message: str, seconds: float) -> Trace:
    trace = Trace(arch=arch.name, status="failed", model_class=arch.model_class, seconds=round(seconds, 3))
    trace.versions = cache.versions()
    return trace.failed(category, message)


def _preload(archs: list[Architecture], path: str) -> None:
    """Trace one small architecture here, once, by the sweep's path, and derive its kernel
    signatures, so every fork starts warm.

    The first fake-tensor forward of a process pays for lazy imports (transformers' shared
    modeling modules) and dispatch caches (about 5 s of CPU on this machine), the first
    export for export's own, the first signature for networkx; children forked after it
    skip them. The random generators are put back as they were, so that the inputs a child
    draws do not depend on the warm-up.
    """
    from fastkernels.analyzer.trace.architecture import attempt
    from fastkernels.analyzer.identity.signature import architecture_kernels

    os.environ.setdefault("TRANSFORMERS_DISABLE_TORCH_CHECK", "1")  # as every child sets it
    warm_up = min(archs, key=lambda a: (a.name != "bert", a.name))
    with _random_state_kept(), _output_captured():
        trace = attempt(warm_up, "fake-full", path=path)
        if trace.ok:
            architecture_kernels(trace)


LOG_KEPT_BYTES = 16 * 1024  # of what a trace printed, the last part is kept in its record


@contextlib.contextmanager
def _output_captured():
    """Everything written to this process's stdout and stderr (PyTorch's log of a strategy
    that failed and was retried, warnings) goes to a file instead of the terminal, so that a
    sweep shows its progress line only; yields a function that returns the last
    `LOG_KEPT_BYTES` of it, for the record."""
    import sys
    import tempfile

    with tempfile.TemporaryFile() as log:
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
        saved = [os.dup(1), os.dup(2)]
        os.dup2(log.fileno(), 1)
        os.dup2(log.fileno(), 2)

        def text() -> str:
            log.seek(max(0, log.seek(0, os.SEEK_END) - LOG_KEPT_BYTES))
            return log.read().decode(errors="replace")

        try:
            yield text
        finally:
            for stream in (sys.stdout, sys.stderr):
                stream.flush()
            for fd, copy in zip((1, 2), saved):
                os.dup2(copy, fd)
                os.close(copy)


@contextlib.contextmanager
def _random_state_kept():
    """torch's CPU generator, numpy's and Python's ``random`` restored on exit."""
    import random

    import numpy
    import torch

    states = torch.get_rng_state(), numpy.random.get_state(), random.getstate()
    try:
        yield
    finally:
        torch.set_rng_state(states[0])
        numpy.random.set_state(states[1])
        random.setstate(states[2])


def sweep(
    archs: Iterable[Architecture],
    options: SweepOptions,
    on_result: Callable[[Trace, bool], None] | None = None,
) -> dict[str, Trace]:
    """Trace every architecture (cached ones are loaded); ``on_result(trace, from_cache)``."""
    load = cache.load_summary if options.summaries_only else cache.load
    results: dict[str, Trace] = {}
    pending: list[Architecture] = []
    for arch in archs:
        cached = load(arch.name, arch.module) if options.use_cache else None
        if cached is not None and not _reusable(cached, options):
            cached = None
        if cached is not None:
            results[arch.name] = cached
            if on_result:
                on_result(cached, True)
        else:
            pending.append(arch)
    if not pending:
        return results
    _preload(pending, options.path)
    context = multiprocessing.get_context("fork")
    running: dict[str, tuple[multiprocessing.Process, Architecture, float, int]] = {}
    queue = list(pending)
    while queue or running:
        while queue and len(running) < max(1, options.jobs):
            arch = queue.pop(0)
            process = context.Process(target=_child, args=(arch, options.path, options.timeout_s * STRATEGY_SHARE), daemon=True)
            process.start()
            running[arch.name] = (process, arch, time.monotonic(), 0)
        time.sleep(0.05)
        for name, (process, arch, started, peak) in list(running.items()):
            elapsed = time.monotonic() - started
            rss = _rss_bytes(process.pid) if process.is_alive() else 0
            peak = max(peak, rss)
            running[name] = (process, arch, started, peak)
            trace = None
            if process.is_alive() and _cpu_seconds(process.pid) > options.timeout_s:
                process.kill()
                process.join()
                trace = _failure(arch, "timeout", f"no record after {options.timeout_s:.0f} s of CPU time", elapsed)
            elif process.is_alive() and elapsed > options.timeout_s * WALL_TIMEOUT_FACTOR:
                process.kill()
                process.join()
                trace = _failure(arch, "timeout", f"no record after {elapsed:.0f} s of wall time", elapsed)
            elif process.is_alive() and rss > options.memory_limit_bytes:
                process.kill()
                process.join()
                trace = _failure(arch, "memory", f"worker exceeded {options.memory_limit_bytes / 2**30:.0f} GiB", elapsed)
            elif not process.is_alive():
                process.join()
                trace = load(arch.name, arch.module)
                if trace is None:
                    trace = _failure(arch, "crash", f"worker exited with code {process.exitcode} and no record", elapsed)
            if trace is None:
                continue
            del running[name]
            trace.coverage.setdefault("peak_rss_bytes", peak)  # a killed worker's last sample
            if trace.failure and trace.failure["category"] in ("timeout", "memory", "crash"):
                cache.store(trace, arch.module)
            results[arch.name] = trace
            if on_result:
                on_result(trace, False)
    return results
