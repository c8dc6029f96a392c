"""Behavioural checks, inside the candidate's process, for ways to look fast or correct
without doing the work. Nothing here reads the candidate's source: every check compares
state before and after the candidate ran."""
from __future__ import annotations

import functools
import importlib
import threading
import time
from types import ModuleType

import torch
from torch import nn

from fastkernels.engine.tensors import leaves, shares_memory, tensor_leaves


class RewardHack(Exception):
    """Raised with the reason as soon as a check fails."""


# Functions the bench and the judge rely on; a candidate that rebinds any of them is
# tampering with the measurement (timers, events, synchronisation, memory identity).
# torch rebinds one of them itself: the first import of ``torch._dynamo`` (Liger-Kernel's ops
# trigger it) wraps ``torch.manual_seed`` in ``torch._disable_dynamo``; see ``_torch_wrapped``.
_GUARDED = [
    (time, ["perf_counter", "perf_counter_ns", "time", "monotonic", "sleep"]),
    (threading, ["enumerate", "active_count"]),
    (torch, ["manual_seed", "get_rng_state", "set_rng_state", "save", "equal", "no_grad"]),
    (torch.Tensor, ["data_ptr", "untyped_storage", "clone", "copy_", "to", "cpu", "__eq__", "equal"]),
    (torch.UntypedStorage, ["data_ptr", "nbytes"]),
    (nn.Module, ["__call__", "_call_impl", "load_state_dict", "state_dict"]),
    (torch.cuda, ["synchronize", "Event", "Stream", "current_stream", "graph", "CUDAGraph", "get_rng_state_all"]),
    (torch.cuda.Event, ["record", "elapsed_time", "synchronize", "query"]),
    (torch.cuda.CUDAGraph, ["replay", "capture_begin", "capture_end"]),
]


# The code of every wrapper ``torch._disable_dynamo`` makes (one closure, one code object).
_DISABLE_DYNAMO_CODE = torch._disable_dynamo(lambda: None).__code__


def _torch_wrapped(original, now) -> bool:
    """``now`` is ``original`` behind torch's own ``_disable_dynamo`` wrapper: what torch
    does to ``torch.manual_seed`` when ``torch._dynamo`` is first imported. It calls the
    same function, so a candidate gains nothing by it; any other replacement is tampering.
    (Importing ``torch._dynamo`` up front instead would cost every sandboxed worker a second.)"""
    return getattr(now, "__wrapped__", None) is original and getattr(now, "__code__", None) is _DISABLE_DYNAMO_CODE


def _bench_functions(modules: list[ModuleType]) -> list[tuple[object, list[str]]]:
    """The bench's own functions and classes, defined in the given modules."""
    return [(m, [n for n, v in vars(m).items() if callable(v) and getattr(v, "__module__", None) == m.__name__])
            for m in modules]


def numeric_state() -> dict:
    """Global flags that change the numbers or the speed of every kernel."""
    state = {
        "float32_matmul_precision": torch.get_float32_matmul_precision(),
        "default_dtype": str(torch.get_default_dtype()),
        "deterministic_algorithms": torch.are_deterministic_algorithms_enabled(),
        "num_threads": torch.get_num_threads(),
        "cuda.matmul.allow_tf32": torch.backends.cuda.matmul.allow_tf32,
        "cuda.matmul.allow_fp16_reduced_precision_reduction":
            torch.backends.cuda.matmul.allow_fp16_reduced_precision_reduction,
        "cuda.matmul.allow_bf16_reduced_precision_reduction":
            torch.backends.cuda.matmul.allow_bf16_reduced_precision_reduction,
        "cudnn.enabled": torch.backends.cudnn.enabled,
        "cudnn.allow_tf32": torch.backends.cudnn.allow_tf32,
        "cudnn.benchmark": torch.backends.cudnn.benchmark,
        "cudnn.deterministic": torch.backends.cudnn.deterministic,
    }
    for name, backend in [("fp32_precision", torch.backends), ("cuda.matmul.fp32_precision", torch.backends.cuda.matmul),
                          ("cudnn.fp32_precision", torch.backends.cudnn)]:
        if hasattr(backend, "fp32_precision"):
            state[name] = backend.fp32_precision
    return state


def set_numeric_mode() -> None:
    """The one numeric mode both sides run in: full fp32 matmuls and convolutions (no TF32)."""
    torch.set_float32_matmul_precision("highest")
    torch.backends.cudnn.allow_tf32 = False
    torch.backends.cudnn.benchmark = False


def rng_state() -> list[torch.Tensor]:
    states = [torch.get_rng_state()]
    if torch.cuda.is_available() and torch.cuda.is_initialized():
        states += torch.cuda.get_rng_state_all()
    return states


def rng_state_differs(before: list[torch.Tensor]) -> bool:
    now = rng_state()
    return len(now) != len(before) or any(not torch.equal(a, b) for a, b in zip(now, before))


class Guards:
    """Snapshot of guarded identities, numeric flags and RNG state; `check` raises on change."""

    def __init__(self, bench_modules: list[ModuleType]) -> None:
        self._identities = {(owner, name): getattr(owner, name, None)
                            for owner, names in _GUARDED + _bench_functions(bench_modules) for name in names}
        self._numeric = numeric_state()
        self.refresh_rng()

    def refresh_rng(self) -> None:
        """Re-snapshot RNG state (the bench itself draws between calls)."""
        self._rng = rng_state()

    def check(self, during: str) -> None:
        for (owner, name), original in self._identities.items():
            now = getattr(owner, name, None)
            if now is original:
                continue
            if not _torch_wrapped(original, now):
                raise RewardHack(f"{getattr(owner, '__name__', owner)}.{name} was replaced {during}")
            self._identities[owner, name] = now  # torch's own wrapping, once; guarded from here on
        numeric = numeric_state()
        changed = [k for k in numeric if numeric[k] != self._numeric[k]]
        if changed:
            raise RewardHack(f"changed numeric flags {during}: " + ", ".join(
                f"{k} {self._numeric[k]!r} -> {numeric[k]!r}" for k in changed))

    def rng_changed(self) -> bool:
        return rng_state_differs(self._rng)


class DelegationCounter:
    """Counts calls into the task's Model (or the upstream function it wraps) while the
    candidate runs. Installed at class level before the candidate is imported, so calls
    through a subclass, a composed instance, a saved reference or torch.compile tracing of
    Model all land here."""

    def __init__(self, task_module: ModuleType, qualname: str | None) -> None:
        self.calls = 0
        self._wrap_method(task_module.Model)
        upstream = _resolve(qualname) if qualname else None
        if isinstance(upstream, type) and issubclass(upstream, nn.Module):
            if upstream is not task_module.Model:
                self._wrap_method(upstream)
        elif callable(upstream):
            wrapped = self._counting(upstream)
            module_name, _, attr = qualname.rpartition(".")
            setattr(importlib.import_module(module_name), attr, wrapped)
            for name, value in vars(task_module).items():
                if value is upstream:
                    setattr(task_module, name, wrapped)

    def _counting(self, function):
        @functools.wraps(function)
        def counted(*args, **kwargs):
            self.calls += 1
            return function(*args, **kwargs)
        return counted

    def _wrap_method(self, cls: type) -> None:
        cls.forward = self._counting(cls.forward)


def _resolve(qualname: str):
    """The object a dotted path names, or None when it cannot be imported."""
    parts = qualname.split(".")
    for split in range(len(parts) - 1, 0, -1):
        try:
            value = importlib.import_module(".".join(parts[:split]))
        except ImportError:
            continue
        try:
            for attr in parts[split:]:
                value = getattr(value, attr)
            return value
        except AttributeError:
            return None
    return None


def check_outputs(outputs, model: nn.Module, earlier: list[torch.Tensor], devices: set[str], reuse_allowed: bool,
                  weights_allowed: bool = False) -> None:
    """Outputs must be plain tensors on the device, freshly computed: not a subclass or proxy,
    not the module's own weights, not memory returned by an earlier call. `devices`,
    `reuse_allowed` and `weights_allowed` say what the reference itself does (some production
    modules return a host tensor, a cached output or a weight), which the candidate may do too."""
    for leaf in leaves(outputs):
        if leaf is None or isinstance(leaf, (bool, int, float, str)):
            continue
        if type(leaf) is not torch.Tensor:
            raise RewardHack(f"returned a {type(leaf).__module__}.{type(leaf).__qualname__}, not a plain torch.Tensor")
        if leaf.device.type not in devices or leaf.layout != torch.strided:
            raise RewardHack(f"returned a tensor on {leaf.device} with layout {leaf.layout}")
        for name, tensor in list(model.named_parameters()) + list(model.named_buffers()):
            if not weights_allowed and shares_memory(leaf, tensor):
                raise RewardHack(f"returned the memory of its own weight {name!r}")
        if not reuse_allowed and any(shares_memory(leaf, old) for old in earlier):
            raise RewardHack("returned memory it had returned from an earlier call (a cached output)")


def check_settled(outputs, device: str, during: str) -> None:
    """Work must be finished when the call returns: no new thread still alive, and the outputs
    read right after return equal the outputs read after a device sync and a short pause
    (work on a side stream or thread would still be writing them)."""
    tensors = tensor_leaves(outputs)
    snapshot = [t.clone() for t in tensors]  # on the current stream, without a sync
    if device == "cuda":
        torch.cuda.synchronize()
    time.sleep(0.01)
    for early, late in zip(snapshot, tensors):
        if not torch.equal(early.nan_to_num(), late.nan_to_num()):
            raise RewardHack(f"outputs were still being written after the call returned {during}")


def new_threads(before: set[threading.Thread]) -> list[str]:
    """Names of threads alive now that were not alive before the call."""
    return [t.name for t in threading.enumerate() if t not in before and t.is_alive()]
