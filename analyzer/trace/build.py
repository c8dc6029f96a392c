"""Build a model from its config class, with nothing downloaded, and remember how.

While the model is constructed, every ``nn.Module.__init__`` call is watched: its
arguments are recorded, and so is every config field read while it runs (attributed to
the innermost module being built). A task can then rebuild one module from those fields
alone instead of a whole default config.
"""

from __future__ import annotations

import contextlib
import sys
from typing import Any

import torch

from fastkernels.analyzer.trace.configs import all_configs
from fastkernels.analyzer.trace.trace import describe_value


def json_value(value: Any) -> Any:
    """A JSON form of a config value; sub-configs and objects become their type name."""
    if isinstance(value, (bool, int, float, str)) or value is None:
        return value
    if isinstance(value, (list, tuple)):
        return [json_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): json_value(v) for k, v in value.items()}
    if isinstance(value, torch.dtype):
        return str(value)
    return f"<{type(value).__name__}>"


class ConstructionWatcher:
    """Records each module's constructor arguments and the config fields it read."""

    def __init__(self) -> None:
        self._building: list[tuple[int, dict]] = []
        self._frames: dict[int, int] = {}
        self.by_module: dict[int, dict] = {}
        # Records are keyed by id(): a module built and dropped during construction (a norm a
        # model swaps for a frozen one) must stay alive, or a later module reusing its id would
        # be taken for it and keep its record.
        self._seen: list[torch.nn.Module] = []

    def _profile(self, frame, event, arg):
        if frame.f_code.co_name != "__init__":
            return
        instance = frame.f_locals.get("self")
        if event == "call" and isinstance(instance, torch.nn.Module) and id(instance) not in self.by_module:
            code = frame.f_code
            names = code.co_varnames[1 : code.co_argcount + code.co_kwonlyargcount]
            init = {}
            for name in names:
                value = frame.f_locals.get(name)
                init[name] = describe_value(value, lambda t: list(t.shape))
                if init[name]["kind"] in ("int", "float", "str", "flag", "none"):
                    init[name]["value"] = json_value(value)
                elif isinstance(value, (list, tuple)) and all(isinstance(v, (int, float, str, bool)) for v in value):
                    init[name] = {"kind": "list", "value": json_value(value)}
            record = {"init": init, "config_fields": {}, "config_class": {}}
            self.by_module[id(instance)] = record
            self._seen.append(instance)
            self._building.append((id(instance), record))
            self._frames[id(frame)] = id(instance)
        elif event == "return" and id(frame) in self._frames:
            instance_id = self._frames.pop(id(frame))
            while self._building and self._building[-1][0] != instance_id:
                self._building.pop()
            if self._building:
                self._building.pop()

    def note_config_read(self, config, key: str, value: Any) -> None:
        if not self._building or key.startswith("_"):
            return
        record = self._building[-1][1]
        record["config_fields"][key] = json_value(value)
        record["config_class"][key] = type(config).__name__

    @contextlib.contextmanager
    def watching(self):
        from transformers import PretrainedConfig

        original = PretrainedConfig.__getattribute__
        watcher = self

        def reading(config, key):
            value = original(config, key)
            if key != "attribute_map" and not callable(value):
                watcher.note_config_read(config, key, value)
            return value

        previous = sys.getprofile()
        PretrainedConfig.__getattribute__ = reading
        sys.setprofile(self._profile)
        try:
            yield self
        finally:
            sys.setprofile(previous)
            PretrainedConfig.__getattribute__ = original

    def modules_table(self, model: torch.nn.Module) -> dict[str, dict]:
        """Module path -> qualname, constructor arguments, config fields read."""
        table = {}
        for path, module in model.named_modules():
            cls = type(module)
            record = self.by_module.get(id(module), {"init": {}, "config_fields": {}, "config_class": {}})
            table[path] = {
                "qualname": f"{cls.__module__}.{cls.__qualname__}",
                "init": record["init"],
                "config_fields": dict(sorted(record["config_fields"].items())),
                "config_class": dict(sorted(record["config_class"].items())),
                "params": {
                    name: [list(p.shape), str(p.dtype).removeprefix("torch.")]
                    for name, p in module.named_parameters(recurse=False)
                },
            }
        return table


def model_class(arch_model_class: str) -> type:
    import transformers

    return getattr(transformers, arch_model_class)


def default_config(config_class_name: str, overrides: dict | None = None):
    """The config class's defaults (with recipe overrides), set up for tracing."""
    import transformers

    config = getattr(transformers, config_class_name)(**(overrides or {}))
    _disable_cache(config)
    return config


def _disable_cache(config) -> None:
    """No KV cache: one forward over the whole sequence, as prefill runs it."""
    for current in all_configs(config):
        if hasattr(current, "use_cache"):
            current.use_cache = False


_FACTORIES = {
    torch.tensor, torch.as_tensor, torch.arange, torch.ones, torch.zeros, torch.full, torch.empty,
    torch.linspace, torch.logspace, torch.eye,
}


class _SmallTensorsOnCpu(torch.overrides.TorchFunctionMode):
    """Inside a meta-device build, tensors of at most ``numel`` elements made from Python
    numbers (a codec's stride and kernel size, a layer's drop probability) are made on the
    CPU, so that buffers computed from them keep their values; an op that meets a meta
    tensor moves its CPU operands to meta."""

    def __init__(self, numel: int) -> None:
        super().__init__()
        self.numel = numel

    def __torch_function__(self, func, types, args=(), kwargs=None):
        kwargs = kwargs or {}
        if func in _FACTORIES and kwargs.get("device") is None:
            if func in (torch.tensor, torch.as_tensor):
                value = func(*args, **{**kwargs, "device": "cpu"})
                return value if value.numel() <= self.numel else value.to("meta")
            if _requested_numel(func, args, kwargs) <= self.numel:
                return func(*args, **{**kwargs, "device": "cpu"})
            return func(*args, **kwargs)
        tensors = [t for t in torch.utils._pytree.tree_leaves((args, kwargs)) if isinstance(t, torch.Tensor)]
        if any(t.is_meta for t in tensors) and any(t.device.type == "cpu" and t.dim() > 0 for t in tensors):
            args, kwargs = torch.utils._pytree.tree_map_only(
                torch.Tensor, lambda t: t.to("meta") if t.device.type == "cpu" else t, (args, kwargs)
            )
        return func(*args, **kwargs)


def _requested_numel(func, args: tuple, kwargs: dict) -> float:
    """Elements a factory call will make; unknown counts as too many."""
    try:
        if func in (torch.arange, torch.linspace, torch.logspace, torch.eye):
            with torch.device("meta"):
                return func(*args, **kwargs).numel()
        size = kwargs.get("size", args[0] if args else ())
        size = tuple(size) if isinstance(size, (list, tuple, torch.Size)) else tuple(args)
        numel = 1
        for dim in size:
            numel *= int(dim)
        return numel
    except Exception:  # an argument form not read here: leave it to the meta device
        return float("inf")


def construct(cls: type, config, attn_implementation: str, device: str, dtype: torch.dtype,
              small_tensors_numel: int = 0):
    """Build ``cls`` from ``config`` on ``device`` in ``dtype``; returns (model, watcher).
    With ``small_tensors_numel`` on the meta device, tensors up to that size made from
    numbers stay on the CPU (``_SmallTensorsOnCpu``)."""
    watcher = ConstructionWatcher()
    previous_dtype = torch.get_default_dtype()
    torch.set_default_dtype(dtype)
    small = _SmallTensorsOnCpu(small_tensors_numel) if small_tensors_numel and device == "meta" else contextlib.nullcontext()
    try:
        with watcher.watching(), torch.device(device), small:
            model = cls._from_config(config, attn_implementation=attn_implementation, dtype=dtype)
    finally:
        torch.set_default_dtype(previous_dtype)
    model.eval()
    return model, watcher
