"""The production baseline of L1/conv1d_459b0e (kernel 459b0e53692c0fc7, signature revision 3) on NVIDIA H100 80GB HBM3:
``eager``, the fastest rung that passed on 1 of its 1 timed case(s) (baselines.json).
Written by ``fk-bench baselines --export``."""
from fastkernels.baselines.export import rung_class

ModelNew = rung_class("459b0e53692c0fc7", "eager")
