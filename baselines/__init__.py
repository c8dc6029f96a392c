"""The production baselines a candidate must beat.

A benchmark whose baseline is eager PyTorch inflates every speedup: on an H100 HF's eager
Llama RMSNorm at 32768x4096 moves 236 GB/s while the same code under ``torch.compile`` moves
2.9 TB/s. The ladder here (``ladder.baseline_ladder``) offers, for every task, the eager
reference, ``torch.compile`` of it, and hand-written Triton kernels for the kernels that
production serves with one (``triton_rms_norm``). The bench keeps only the rungs that
compute the reference's function (checked on the task's own inputs) and scores a candidate
against the fastest.
"""
