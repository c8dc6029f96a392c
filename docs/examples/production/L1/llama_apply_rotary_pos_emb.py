"""Candidate for L1/llama_apply_rotary_pos_emb: rotary as production kernels compute it, in plain
PyTorch: reads only the first half of cos and sin (transformers builds them as two equal
halves) and rounds once, in float32, instead of after every product."""
import torch
from torch import nn


class ModelNew(nn.Module):
    def __init__(self) -> None:
        super().__init__()

    def forward(self, q, k, cos, sin, unsqueeze_dim=1):
        half = q.shape[-1] // 2
        cos = cos[..., :half].unsqueeze(unsqueeze_dim).float()
        sin = sin[..., :half].unsqueeze(unsqueeze_dim).float()

        def rotate(x):
            x1, x2 = x[..., :half].float(), x[..., half:].float()
            return torch.cat((x1 * cos - x2 * sin, x2 * cos + x1 * sin), dim=-1).to(x.dtype)

        return rotate(q), rotate(k)
