"""Compiling the ladder ahead, in parallel processes, so that the measuring process only
loads Inductor's on-disk caches (FX graphs, AOTAutograd, autotuning results, Triton kernels).

Compiling is CPU work and most of a cold ladder's time: a task's two ``torch.compile`` modes
took tens of seconds cold and 0.05-0.6 s from the cache on an H100 host. Each warm process
takes the next task, builds its timed cases on the device exactly as ``ladder_run`` does,
draws one round of inputs and calls every rung but eager once at those shapes, so that
``torch.compile``, FlexAttention and Triton's JIT compile what the measuring process will
check and time. Nothing is checked, timed or written but the caches. The processes share
the host's cores (Inductor's compile workers are divided among them) and one GPU: the
autotuning inside a compile (max-autotune's GEMM templates and coordinate descent, Triton's
configs) benchmarks beside the other warm processes, so its choices are made under that
load; the measuring process then times what was chosen, alone on the GPU.
"""
from __future__ import annotations

import multiprocessing
import os
import time
from pathlib import Path
from typing import Callable

import torch

from fastkernels.engine import hacks
from fastkernels.engine.ladder_run import LadderConfig, build_case, checked_cases, draw, large_check, timed_cases
from fastkernels.engine.loader import one_line
from fastkernels.engine.task import Task, load_module
from fastkernels.engine.tensors import clone, to_device
from fastkernels.engine.worker import seed_call


@torch.no_grad()
def warm_task(task: Task, config: LadderConfig) -> dict[str, float]:
    """Call every rung but eager once at each timed shape of the task; returns the seconds of
    each compiled rung's first call (its compile time, cold or from the cache) per case key."""
    hacks.set_numeric_mode()
    module = load_module(task.path, f"fk_warm_{task.path.stem}")
    first_calls = {}
    for index in sorted(timed_cases(module, config) & set(checked_cases(module, config))):
        model, ladder = build_case(module, module.KERNEL["id"], index, config)
        shapes = [{"case": index, "dims": None}]
        extra = large_check(module, index, model, config) if config.large_bytes else None
        if extra:
            shapes.append(extra)
        for shape in shapes:
            args = to_device(draw(module, shape, config.seed, config.device), config.device)
            for rung in ladder.rungs[1:]:
                seed_call(config.seed)
                started = time.perf_counter()
                try:
                    rung.fn(*clone(args))
                except Exception:  # the measuring process records the rung's failure with its reason
                    continue
                if rung.compiled:
                    first_calls[f"{index}{'+' if shape['dims'] else ''}/{rung.name}"] = round(time.perf_counter() - started, 2)
        del model, ladder
        torch._dynamo.reset()
        if config.device == "cuda":
            torch.cuda.empty_cache()
    return first_calls


def _warm_one(job: tuple[str, str, int, LadderConfig]) -> tuple[str, dict]:
    name, path, level, config = job
    started = time.perf_counter()
    try:
        first_calls = warm_task(Task(name=name, level=level, path=Path(path)), config)
    except Exception as error:  # the measuring process meets the same error and reports it
        return name, {"error": one_line(error), "seconds": round(time.perf_counter() - started, 1)}
    return name, {"first_calls": first_calls, "seconds": round(time.perf_counter() - started, 1)}


def warm(tasks: list[Task], config: LadderConfig, jobs: int, seconds: float,
         on_task: Callable[[str, dict], None] = lambda name, result: None) -> dict[str, dict]:
    """Warm the caches for `tasks` in `jobs` processes, for at most `seconds` (the processes
    are then stopped; a task not warmed compiles in the measuring process). Returns, per task
    name, what its warm process reported."""
    if not tasks or jobs < 1 or seconds <= 0:
        return {}
    threads = str(max(1, (os.cpu_count() or 1) // jobs))
    saved = os.environ.get("TORCHINDUCTOR_COMPILE_THREADS")
    os.environ["TORCHINDUCTOR_COMPILE_THREADS"] = threads  # read by the processes as they start
    done, deadline = {}, time.monotonic() + seconds
    try:
        with multiprocessing.get_context("spawn").Pool(min(jobs, len(tasks))) as pool:
            results = pool.imap_unordered(_warm_one, [(t.name, str(t.path), t.level, config) for t in tasks])
            for _ in tasks:
                try:
                    name, result = results.next(timeout=max(0.0, deadline - time.monotonic()))
                except multiprocessing.TimeoutError:
                    break  # leaving the pool's block stops the processes
                done[name] = result
                on_task(name, result)
    finally:
        if saved is None:
            os.environ.pop("TORCHINDUCTOR_COMPILE_THREADS", None)
        else:
            os.environ["TORCHINDUCTOR_COMPILE_THREADS"] = saved
    return done
