"""One forward recorded by either path: the dispatch ``Recorder`` (``trace``) or the
``ExportedForward`` (``export_trace``), which builds on the recorder's helpers. Kept apart from
both so that neither recorder imports the other."""

from __future__ import annotations

import torch

from fastkernels.analyzer.trace.export_trace import ExportedForward
from fastkernels.analyzer.trace.record import Trace
from fastkernels.analyzer.trace.trace import Recorder

PATHS = ("dispatch", "export")


def record_forward(model: torch.nn.Module, inputs: dict, path: str = "dispatch"):
    """``model(**inputs)`` recorded by one path: a ``Recorder`` or an ``ExportedForward``.

    Both give ``finish(trace)``, ``executed_paths`` and ``used_tensor_objects()``.
    """
    if path == "export":
        return ExportedForward(model, inputs)
    if path != "dispatch":
        raise ValueError(f"unknown trace path {path!r}; one of {PATHS}")
    return Recorder(model).run(inputs)


class _Harness(torch.nn.Module):
    """One module as the child ``kernel`` of a root, so that it gets a kernel level of its own."""

    def __init__(self, module: torch.nn.Module) -> None:
        super().__init__()
        self.kernel = module

    def forward(self, **kwargs):
        return self.kernel(**kwargs)


def trace_callable(module: torch.nn.Module, inputs: dict, arch: str = "standalone", path: str = "dispatch") -> Trace:
    """Record one call of a module on given inputs, as the root of a one-node-deep tree.

    The module is wrapped so that it becomes a child node with a kernel level of its own,
    which is how the identity tests and the tasks look at a single upstream module.
    """
    recorded = record_forward(_Harness(module), inputs, path)
    return recorded.finish(Trace(arch=arch, status="traced", strategy="standalone"))
