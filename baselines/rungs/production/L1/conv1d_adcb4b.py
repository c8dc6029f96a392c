"""The production baseline of L1/conv1d_adcb4b (kernel adcb4bbf165f6d69, signature revision 4) on NVIDIA H100 80GB HBM3:
``eager``, the fastest rung that passed on 1 of its 1 timed case(s) (baselines.json).
Written by ``fk-bench baselines --export``."""
from fastkernels.baselines.export import rung_class

ModelNew = rung_class("adcb4bbf165f6d69", "eager")
