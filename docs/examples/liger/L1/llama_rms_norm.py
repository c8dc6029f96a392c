"""Candidate for L1/llama_rms_norm: Liger-Kernel's RMSNorm (Llama casting), unchanged."""
import torch
from torch import nn
from liger_kernel.ops import LigerRMSNormFunction


class ModelNew(nn.Module):
    def __init__(self, hidden_size, eps: float = 1e-6) -> None:
        super().__init__()
        self.weight = nn.Parameter(torch.ones(hidden_size))
        self.variance_epsilon = eps

    def forward(self, hidden_states: torch.Tensor) -> torch.Tensor:
        # not in place: the bench requires inputs the reference leaves untouched to stay so
        return LigerRMSNormFunction.apply(hidden_states, self.weight, self.variance_epsilon, 0.0, "llama", False, None)
