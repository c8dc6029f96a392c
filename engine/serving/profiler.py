"""Per module instance: how often it ran, on which input shapes, and for how long.

Every module is named by its path in the model (``model.layers.3.mlp``) and its upstream
qualname (``transformers.models.llama.modeling_llama.LlamaMLP``), the two keys a deployment
maps to kernel ids. Times are inclusive (a layer's time contains its children's). Each call
runs inside a ``torch.profiler`` range, and its time is what the profiler attributes to that
range: on CUDA the device time of the kernels it launched, elsewhere its host time.

Kernel time, not the span between two CUDA events: the pass runs eagerly (hooks do not fire
inside a replayed CUDA graph), so the GPU waits on the host between a small module's kernels,
and an event span counts that wait. A Llama-3.1-8B-shaped RMSNorm at 16 tokens spanned 153 µs
a call that way, where its kernels take 28 µs; the engine, replaying graphs, never waits, so
the span overstated the module's share of a step five-fold.
"""

from __future__ import annotations

import collections

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
    """Context manager: hooks every module of ``model`` while active, under the profiler."""

    def __init__(self, model: torch.nn.Module):
        self.cuda = next(model.parameters()).is_cuda
        self.paths = {m: p for p, m in model.named_modules()}
        self.calls: list[tuple[str, tuple]] = []  # (path, input shapes) per call, named by its index
        self.open: dict[int, list] = collections.defaultdict(list)
        self.handles = []
        self.profiler = None

    def _pre(self, module, args, kwargs):
        range_ = torch.autograd.profiler.record_function(f"fk#{len(self.calls)}")
        self.calls.append((self.paths[module], _shapes(args, kwargs)))
        range_.__enter__()
        self.open[id(module)].append(range_)

    def _post(self, module, args, kwargs, output):
        self.open[id(module)].pop().__exit__(None, None, None)

    def __enter__(self) -> "ModuleProfiler":
        activities = [torch.profiler.ProfilerActivity.CPU]
        if self.cuda:
            activities.append(torch.profiler.ProfilerActivity.CUDA)
        self.profiler = torch.profiler.profile(activities=activities)
        self.profiler.__enter__()
        for module in self.paths:
            self.handles.append(module.register_forward_pre_hook(self._pre, with_kwargs=True))
            self.handles.append(module.register_forward_hook(self._post, with_kwargs=True))
        return self

    def __exit__(self, *exc) -> None:
        for handle in self.handles:
            handle.remove()
        self.handles = []
        if self.cuda:
            torch.cuda.synchronize()
        self.profiler.__exit__(*exc)

    def _call_ms(self) -> dict[int, float]:
        """Per call index, the time the profiler attributes to its range (ms)."""
        times = {}
        for event in self.profiler.events():
            # The host-side range sums its launched kernels' times; the profiler may also list a
            # device-side copy of the range, whose time is its span on the GPU, idle gaps included.
            if event.name.startswith("fk#") and event.device_type == torch.autograd.DeviceType.CPU:
                total = event.device_time_total if self.cuda else event.cpu_time_total
                times[int(event.name[3:])] = total / 1e3
        return times

    def report(self, model_name: str, device: str, workload: dict) -> dict:
        """The profile document (schema 1), modules in model order."""
        times = self._call_ms()
        by_path: dict[str, dict[tuple, list[float]]] = collections.defaultdict(lambda: collections.defaultdict(list))
        for index, (path, shapes) in enumerate(self.calls):
            by_path[path][shapes].append(times.get(index, 0.0))
        modules = []
        for module, path in self.paths.items():
            by_shape = by_path.get(path)
            if not by_shape:
                continue
            modules.append({
                "path": path, "qualname": qualname(module), "calls": sum(len(v) for v in by_shape.values()),
                "gpu_ms": round(sum(sum(v) for v in by_shape.values()), 4),
                "shapes": [{"inputs": [list(s) for s in shapes], "calls": len(v), "gpu_ms": round(sum(v), 4)}
                           for shapes, v in sorted(by_shape.items(), key=lambda kv: -len(kv[1]))],
            })
        total = next((m["gpu_ms"] for m in modules if m["path"] == ""), 0.0)
        return {"schema": 1, "model": model_name, "device": device, "workload": workload,
                "timing": "kernel time per range (torch.profiler)" if self.cuda else "host time per range (torch.profiler)",
                "total_gpu_ms": total, "modules": modules}
