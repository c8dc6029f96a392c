"""Per module instance: how often it ran, on which input shapes, and for how long.

Every module is named by its path in the model (``model.layers.3.mlp``) and its upstream
qualname (``transformers.models.llama.modeling_llama.LlamaMLP``), the two keys a deployment
maps to kernel ids. Times are inclusive (a layer's time contains its children's) and come
from CUDA events around each call on CUDA, from the host clock elsewhere; the pass runs
eagerly (hooks do not fire inside a replayed CUDA graph), so it is a separate pass from the
timed run.
"""

from __future__ import annotations

import collections
import time

import torch


def qualname(module: torch.nn.Module) -> str:
    return f"{type(module).__module__}.{type(module).__qualname__}"


def module_index(model: torch.nn.Module) -> dict[str, str]:
    """path -> upstream qualname, for every module instance the engine runs."""
    return {path or "": qualname(m) for path, m in model.named_modules()}


def _shapes(args: tuple, kwargs: dict) -> tuple:
    values = []
    for value in list(args) + list(kwargs.values()):
        values.extend(value if isinstance(value, (tuple, list)) else [value])  # e.g. (cos, sin)
    return tuple(tuple(v.shape) for v in values if isinstance(v, torch.Tensor))


class ModuleProfiler:
    """Context manager: hooks every module of ``model`` while active."""

    def __init__(self, model: torch.nn.Module):
        self.model = model
        self.cuda = next(model.parameters()).is_cuda
        self.records: dict[str, list] = collections.defaultdict(list)  # path -> [(shapes, start, end)]
        self.paths = {m: p for p, m in model.named_modules()}
        self.open: dict[int, list] = collections.defaultdict(list)
        self.handles = []

    def _clock(self):
        if self.cuda:
            event = torch.cuda.Event(enable_timing=True)
            event.record()
            return event
        return time.perf_counter()

    def _pre(self, module, args, kwargs):
        self.open[id(module)].append((_shapes(args, kwargs), self._clock()))

    def _post(self, module, args, kwargs, output):
        shapes, start = self.open[id(module)].pop()
        self.records[self.paths[module]].append((shapes, start, self._clock()))

    def __enter__(self) -> "ModuleProfiler":
        for module in self.paths:
            self.handles.append(module.register_forward_pre_hook(self._pre, with_kwargs=True))
            self.handles.append(module.register_forward_hook(self._post, with_kwargs=True))
        return self

    def __exit__(self, *exc) -> None:
        for handle in self.handles:
            handle.remove()
        self.handles = []

    def _ms(self, start, end) -> float:
        return start.elapsed_time(end) if self.cuda else (end - start) * 1e3

    def report(self, model_name: str, device: str, workload: dict) -> dict:
        """The profile document (schema 1), modules in model order."""
        if self.cuda:
            torch.cuda.synchronize()
        modules = []
        for module, path in self.paths.items():
            calls = self.records.get(path)
            if not calls:
                continue
            by_shape: dict[tuple, list[float]] = collections.defaultdict(list)
            for shapes, start, end in calls:
                by_shape[shapes].append(self._ms(start, end))
            modules.append({
                "path": path, "qualname": qualname(module), "calls": len(calls),
                "gpu_ms": round(sum(sum(v) for v in by_shape.values()), 4),
                "shapes": [{"inputs": [list(s) for s in shapes], "calls": len(v), "gpu_ms": round(sum(v), 4)}
                           for shapes, v in sorted(by_shape.items(), key=lambda kv: -len(kv[1]))],
            })
        total = next((m["gpu_ms"] for m in modules if m["path"] == ""), 0.0)
        return {"schema": 1, "model": model_name, "device": device, "workload": workload,
                "timing": "cuda events" if self.cuda else "host clock",
                "total_gpu_ms": total, "modules": modules}
