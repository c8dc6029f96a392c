"""FastKernels: the Transformers model zoo as a production-aligned GPU-kernel benchmark.

The stages live in sibling packages: ``fastkernels.analyzer`` (trace every architecture,
kernel signatures, set cover), ``fastkernels.taskgen`` (emit benchmark tasks),
``fastkernels.engine`` (run candidates), ``fastkernels.baselines`` (production baselines)
and ``fastkernels.cli`` (the ``fk-*`` commands).
"""

__version__ = "0.1.0"
