"""A step's forward under ``torch.compile``: one whole graph where Dynamo can trace it, else
with graph breaks.

The engine compiles its steps whole (``fullgraph``), so that nothing runs between kernels on
the host. A swapped-in module (a candidate, a baseline rung) may hold code Dynamo cannot
trace; serving it must not fail for that, so the step then compiles with graph breaks, still
captured in CUDA graphs, and the reason is kept to be reported beside the numbers.
"""
from __future__ import annotations

import torch

from fastkernels.engine.loader import one_line


class StepCompiler:
    def __init__(self, fn, **compile_kwargs):
        self.fn = fn
        self.compile_kwargs = compile_kwargs
        self.whole = torch.compile(fn, fullgraph=True, **compile_kwargs)
        self.broken = None
        self.graph_break: str | None = None  # Dynamo's reason, once the step fell back

    def __call__(self, *args, **kwargs):
        if self.broken is None:
            try:
                return self.whole(*args, **kwargs)
            except torch._dynamo.exc.Unsupported as error:  # raised while tracing: nothing ran yet
                self.graph_break = one_line(error)
                self.broken = torch.compile(self.fn, **self.compile_kwargs)
        return self.broken(*args, **kwargs)
