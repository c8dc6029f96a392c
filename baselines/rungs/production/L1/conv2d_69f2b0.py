"""The production baseline of L1/conv2d_69f2b0 (kernel 69f2b0d8d116af42, signature revision 3) on NVIDIA H100 80GB HBM3:
``compile``, the fastest rung that passed on 1 of its 1 timed case(s) (baselines.json).
Written by ``fk-bench baselines --export``."""
from fastkernels.baselines.export import rung_class

ModelNew = rung_class("69f2b0d8d116af42", "compile")
