"""The production baselines a candidate must beat.

A benchmark whose baseline is eager PyTorch inflates every speedup: on an H100 HF's eager
Llama RMSNorm at 32768x4096 moves 236 GB/s while the same code under ``torch.compile`` moves
2.9 TB/s. The ladder (``ladder.build_ladder``) offers, for every task, the eager reference,
``torch.compile`` of it, the kernel libraries production uses (``library/``) and this
project's Triton kernels (``triton/``), chosen by kernel id (``kernels``). The fastest rung
that computes the reference's function on a case is that case's production baseline.
"""
