"""The production baseline of L1/batch_norm2d (kernel 77464d4e5caacaa0, signature revision 4) on NVIDIA H100 80GB HBM3:
``compile``, the fastest rung that passed on 1 of its 1 timed case(s) (baselines.json).
Written by ``fk-bench baselines --export``."""
from fastkernels.baselines.export import rung_class

ModelNew = rung_class("77464d4e5caacaa0", "compile")
