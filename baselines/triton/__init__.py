"""Triton kernels written in this project for the shared memory-bound L1 kernels that no
library serves (one file per kernel). Each module exposes ``for_module(model, variant)``:
a callable with the task's forward for a module it can serve, else None. Without Triton
(CPU machines) every module imports, and ``AVAILABLE`` is False."""

try:
    import triton  # noqa: F401
except ImportError:
    AVAILABLE, MISSING = False, "Triton is not installed (pip install triton; the rung needs a CUDA GPU)"
else:
    AVAILABLE, MISSING = True, ""
