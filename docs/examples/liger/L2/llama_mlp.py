"""Candidate for L2/llama_mlp: Liger-Kernel's SwiGLU MLP, unchanged (same parameter names as
LlamaMLP: gate_proj, up_proj, down_proj)."""
from liger_kernel.transformers.swiglu import LigerSwiGLUMLP


class ModelNew(LigerSwiGLUMLP):
    def __init__(self, config):
        super().__init__(config)

    def forward(self, x):
        return super().forward(x)
