"""Labels of real upstream modules, traced: a hand-written norm is a norm."""

from __future__ import annotations

import torch

from fastkernels.analyzer.identity.labels import leaf_label
from fastkernels.analyzer.trace.forward import record_forward


def _label(module: torch.nn.Module, hidden: torch.Tensor) -> str:
    trace = record_forward(module, {"hidden_states": hidden})
    return leaf_label(trace.ops)


def test_neomme_rms_norm_is_a_norm():
    from transformers.models.llama.modeling_llama import LlamaRMSNorm
    from transformers.models.neomme.modeling_neomme import NeoMMERMSNorm

    hidden = torch.randn(2, 5, 16)
    assert _label(NeoMMERMSNorm(16), hidden) == "norm"  # pow(mean(x**2) + eps, -0.5), no rsqrt
    assert _label(LlamaRMSNorm(16), hidden) == "norm"


class _MeanOfSquares(torch.nn.Module):
    """A statistic, not a normalisation: nothing scales the input by it."""

    def forward(self, hidden_states):
        return hidden_states.pow(2).mean(-1, keepdim=True)


class _GeluTanh(torch.nn.Module):
    def forward(self, hidden_states):
        return 0.5 * hidden_states * (1.0 + torch.tanh(0.79788456 * (hidden_states + 0.044715 * hidden_states.pow(3))))


def test_a_mean_of_powers_alone_or_an_activation_is_no_norm():
    hidden = torch.randn(2, 5, 16)
    assert _label(_MeanOfSquares(), hidden) == "other"
    assert _label(_GeluTanh(), hidden) == "activation"
