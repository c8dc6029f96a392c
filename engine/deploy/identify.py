"""Which kernel each module instance of a live model is, computed by the analyzer.

A kernel id depends on the dtypes the math runs in, and the committed analysis traced every
architecture in bfloat16; a live model may be float32 on a CPU, or hold an 8 B checkpoint on
a GPU. So the live model is not traced itself: a *twin* is, built from the live model's own
class and config on the meta device in bfloat16, materialized as fake tensors and run once
under the analyzer's recorder with the analyzer's synthesized inputs, exactly as the sweep
traces an architecture. The twin has the live model's module tree (same class, same config),
so each call-tree node's path names the live instance it stands for. Where fake tensors
cannot follow the model (data-dependent routing), the twin is a real bfloat16 copy of the
live model instead, as the analyzer's ``real-shallow`` strategy runs it.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field

import torch
from torch._subclasses.fake_tensor import FakeTensorMode

# The analyzer's tracing steps, imported in one place so that a move of the analyzer's
# modules changes these lines only.
from fastkernels.analyzer.identity.signature import architecture_kernels
from fastkernels.analyzer.trace.architecture import trace_run, trace_run_checked
from fastkernels.analyzer.trace.arithmetic import Float32Arithmetic
from fastkernels.analyzer.trace.configs import all_configs
from fastkernels.analyzer.trace.materialize import construct_on_meta, materialize, randomize
from fastkernels.analyzer.trace.record import Trace


@dataclass
class Instance:
    """One kernel call site of the live model: a module path (or, for an upstream function,
    its caller's path), what it is, and the case the twin recorded for it."""

    path: str
    qualname: str
    kind: str  # "module" | "function"
    level: int
    label: str
    kernel_id: str  # exact granularity
    bookkeeping: bool
    case: dict = field(repr=False)


@dataclass
class Identification:
    instances: list[Instance]
    strategy: str  # how the twin ran: "fake" or "real"
    modules: dict = field(repr=False, default_factory=dict)  # path -> constructor record

    def modules_by_path(self) -> dict[str, list[Instance]]:
        """Module path -> its module instance (one per path; a module called twice is one
        instance with one id, the first call's)."""
        found: dict[str, list[Instance]] = {}
        for instance in self.instances:
            if instance.kind == "module":
                found.setdefault(instance.path, []).append(instance)
        return found


def _twin(model: torch.nn.Module, dtype: torch.dtype):
    """The live model's class rebuilt on meta from its config, without a KV cache (one
    forward over the whole sequence, as the analyzer traces), and the construction watcher
    that recorded every module's constructor arguments."""
    config = copy.deepcopy(model.config)
    for current in all_configs(config):
        if hasattr(current, "use_cache"):
            current.use_cache = False
    twin, watcher, attn = construct_on_meta(type(model), config, dtype)
    return config, twin, watcher, attn


def identify(model: torch.nn.Module, arch: str = "live") -> Identification:
    """Every kernel call site of ``model`` with its ``exact`` kernel id; raises
    ``RuntimeError`` naming each failure where no twin could be traced. As in the analyzer,
    a model whose bfloat16 twin fails on bfloat16 itself (an FFT) is traced in float32."""
    errors: list[str] = []
    for dtype in (torch.bfloat16, torch.float32):
        found = _identify(model, arch, dtype, errors)
        if found or not any("bfloat16" in e.lower() for e in errors):
            break
    if found is None:
        raise RuntimeError("the model could not be traced: " + "; ".join(errors))
    return found


def _identify(model: torch.nn.Module, arch: str, dtype: torch.dtype, errors: list[str]) -> Identification | None:
    for strategy in ("fake-full", "fake-valued", "real"):
        trace = Trace(arch=arch, status="failed", strategy=strategy, dtype=str(dtype).removeprefix("torch."))
        try:
            config, twin, watcher, trace.attn_implementation = _twin(model, dtype)
            if strategy == "real":
                twin = _real_twin(model, twin, dtype)
                with Float32Arithmetic():
                    trace_run_checked(trace, twin, config, watcher, "dispatch")
            else:
                valued = strategy == "fake-valued"
                with FakeTensorMode(allow_non_fake_inputs=True) as mode:
                    twin = materialize(twin, mode)
                    (trace_run_checked if valued else trace_run)(trace, twin, config, watcher, "dispatch", mode, valued)
        except Exception as error:  # the next strategy may follow the model
            errors.append(f"{strategy}: {type(error).__name__}: {str(error).splitlines()[0][:200] if str(error) else ''}")
            continue
        uses = architecture_kernels(trace)
        instances = [
            Instance(u.path, u.qualname, u.kind, u.level, u.label, u.ids["exact"], u.bookkeeping, u.case)
            for u in uses
        ]
        return Identification(instances, "real" if strategy == "real" else "fake", trace.modules)
    return None


def _real_twin(model: torch.nn.Module, meta_twin: torch.nn.Module, dtype: torch.dtype) -> torch.nn.Module:
    """A real copy in ``dtype``: the meta twin materialized on the CPU with the live weights
    (random where the live model is itself on meta)."""
    twin = materialize(meta_twin)
    randomize(twin)
    state = {k: v.to(dtype) if v.is_floating_point() else v for k, v in model.state_dict().items() if not v.is_meta}
    twin.load_state_dict(state, strict=False)
    return twin
