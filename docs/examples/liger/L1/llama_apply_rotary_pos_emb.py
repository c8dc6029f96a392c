"""Candidate for L1/llama_apply_rotary_pos_emb: Liger-Kernel's rotary kernel, which reads one
half of cos and sin (production builds them as two equal halves)."""
from torch import nn
from liger_kernel.transformers.rope import liger_rotary_pos_emb


class ModelNew(nn.Module):
    def __init__(self) -> None:
        super().__init__()

    def forward(self, q, k, cos, sin, unsqueeze_dim=1):
        return liger_rotary_pos_emb(q, k, cos, sin, None, unsqueeze_dim)
