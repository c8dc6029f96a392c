"""The production baseline of L1/embedding (kernel 3524b712eb067afc, signature revision 4) on NVIDIA H100 80GB HBM3:
``triton.embedding``, the fastest rung that passed on 1 of its 1 timed case(s) (baselines.json).
Written by ``fk-bench baselines --export``."""
from fastkernels.baselines.export import rung_class

ModelNew = rung_class("3524b712eb067afc", "triton.embedding")
