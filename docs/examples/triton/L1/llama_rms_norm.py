"""A Triton RMSNorm candidate for the Llama RMSNorm task: the one-pass kernel of
``fastkernels.baselines.triton.rms_norm`` behind the task's interface.

Against a ladder that already holds that kernel, its speedup is about 1.0x: the point of
this file is the scoring path (correctness, graph-replay timing, speed-of-light, score).
"""

import torch
from torch import nn

from fastkernels.baselines.triton.rms_norm import rms_norm


class ModelNew(nn.Module):
    def __init__(self, hidden_size, eps: float = 1e-6) -> None:
        super().__init__()
        self.weight = nn.Parameter(torch.ones(hidden_size))
        self.variance_epsilon = eps

    def forward(self, hidden_states: torch.Tensor) -> torch.Tensor:
        return rms_norm(hidden_states, self.weight, self.variance_epsilon)
