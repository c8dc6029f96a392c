"""The production baseline of L1/conv2d_057413 (kernel 05741368022a089c, signature revision 4) on NVIDIA H100 80GB HBM3:
``compile``, the fastest rung that passed on 1 of its 1 timed case(s) (baselines.json).
Written by ``fk-bench baselines --export``."""
from fastkernels.baselines.export import rung_class

ModelNew = rung_class("05741368022a089c", "compile")
