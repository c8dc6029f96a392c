"""The production baseline of L1/embedding_dfcf50 (kernel dfcf50abe35819fd, signature revision 3) on NVIDIA H100 80GB HBM3:
``compile``, the fastest rung that passed on 1 of its 1 timed case(s) (baselines.json).
Written by ``fk-bench baselines --export``."""
from fastkernels.baselines.export import rung_class

ModelNew = rung_class("dfcf50abe35819fd", "compile")
