"""The production baseline of L1/conv1d (kernel 5dfa6053e0f927d7, signature revision 3) on NVIDIA H100 80GB HBM3:
``compile``, the fastest rung that passed on 1 of its 1 timed case(s) (baselines.json).
Written by ``fk-bench baselines --export``."""
from fastkernels.baselines.export import rung_class

ModelNew = rung_class("5dfa6053e0f927d7", "compile")
