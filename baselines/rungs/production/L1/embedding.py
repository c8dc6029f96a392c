"""The production baseline of L1/embedding (kernel 2d13e54217698933, signature revision 3) on NVIDIA H100 80GB HBM3:
``triton.embedding``, the fastest rung that passed on 1 of its 1 timed case(s) (baselines.json).
Written by ``fk-bench baselines --export``."""
from fastkernels.baselines.export import rung_class

ModelNew = rung_class("2d13e54217698933", "triton.embedding")
