"""The production baseline of L1/dinov2_eager_attention_forward (kernel 6e7803b4ae79027c, signature revision 4) on NVIDIA H100 80GB HBM3:
``compile-max-autotune``, the fastest rung that passed on 1 of its 1 timed case(s) (baselines.json).
Written by ``fk-bench baselines --export``."""
from fastkernels.baselines.export import rung_class

ModelNew = rung_class("6e7803b4ae79027c", "compile-max-autotune")
