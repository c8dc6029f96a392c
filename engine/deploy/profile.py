"""A serving profile: per module instance, its calls, the shapes it saw and its time.

The format the serving engine writes (``schema`` 1), one JSON per model under
``tasks_generated/serving/<name>.json``::

    {"schema": 1, "model": "llama", "config": {...}, "device": "...", "workload": {...},
     "total_gpu_ms": T,
     "modules": [{"path", "qualname", "calls", "gpu_ms",
                  "shapes": [{"inputs": [[dims...], ...], "calls", "gpu_ms"}]}]}

``model`` names the architecture; ``config`` (optional) is the config the run served, as
``config.to_dict()`` (without it, the architecture's default config). A module's ``gpu_ms``
includes the modules it calls (its children are listed too); ``total_gpu_ms`` is the whole
workload's time. ``inputs`` are the shapes of the tensors passed to the module's forward,
in order.

``record`` writes such a profile from HF ``generate`` on any device with wall-clock time
per module call (forward hooks, synchronized on CUDA): a host-timed stand-in for the
engine's GPU-timed profile, good enough on a CPU, where the host is the device.
"""
from __future__ import annotations

import time
from collections import defaultdict

import torch
from torch.utils._pytree import tree_flatten

SCHEMA = 1


def _shapes(args, kwargs) -> tuple:
    leaves, _ = tree_flatten((args, kwargs))
    return tuple(tuple(t.shape) for t in leaves if isinstance(t, torch.Tensor))


def record(model: torch.nn.Module, arch: str, prompt: torch.Tensor, new_tokens: int) -> dict:
    """Profile greedy generation of ``new_tokens`` from ``prompt`` (prefill plus decode)."""
    device = prompt.device
    sync = (lambda: torch.cuda.synchronize(device)) if device.type == "cuda" else (lambda: None)
    times: dict[str, dict[tuple, list]] = defaultdict(lambda: defaultdict(lambda: [0, 0.0]))
    open_calls: dict[str, list] = defaultdict(list)
    handles = []
    for path, module in model.named_modules():
        if not path:
            continue

        def before(module, args, kwargs, path=path):
            sync()
            open_calls[path].append((_shapes(args, kwargs), time.perf_counter()))

        def after(module, args, kwargs, output, path=path):
            sync()
            shapes, start = open_calls[path].pop()
            entry = times[path][shapes]
            entry[0] += 1
            entry[1] += 1e3 * (time.perf_counter() - start)

        handles.append(module.register_forward_pre_hook(before, with_kwargs=True))
        handles.append(module.register_forward_hook(after, with_kwargs=True))
    try:
        sync()
        start = time.perf_counter()
        with torch.no_grad():
            model.generate(input_ids=prompt, attention_mask=torch.ones_like(prompt), max_new_tokens=new_tokens,
                           min_new_tokens=new_tokens, do_sample=False, pad_token_id=0)
        sync()
        total = 1e3 * (time.perf_counter() - start)
    finally:
        for handle in handles:
            handle.remove()
    modules = []
    for path, module in model.named_modules():
        if path not in times:
            continue
        shapes = [{"inputs": [list(s) for s in key], "calls": n, "gpu_ms": round(ms, 4)}
                  for key, (n, ms) in sorted(times[path].items(), key=lambda item: -item[1][1])]
        modules.append({"path": path, "qualname": f"{type(module).__module__}.{type(module).__qualname__}",
                        "calls": sum(s["calls"] for s in shapes), "gpu_ms": round(sum(s["gpu_ms"] for s in shapes), 4),
                        "shapes": shapes})
    return {
        "schema": SCHEMA, "model": arch, "config": model.config.to_dict(),
        "device": torch.cuda.get_device_name(device) if device.type == "cuda" else "cpu (wall time)",
        "workload": {"batch": prompt.shape[0], "prompt_tokens": prompt.shape[1], "new_tokens": new_tokens,
                     "mode": "HF generate, greedy, dynamic cache"},
        "total_gpu_ms": round(total, 4), "modules": modules,
    }
