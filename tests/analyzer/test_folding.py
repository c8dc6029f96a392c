"""The folding rules: each shows two traced variants sharing one exact id, and a mutation
that must still split."""

from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F

from fastkernels.analyzer.identity.folding import RULES
from fastkernels.analyzer.identity.signature import architecture_kernels
from fastkernels.analyzer.trace.forward import trace_callable

from test_signature import GEMMA, LLAMA, hidden, kernel_id, rms_norm


class Function(torch.nn.Module):
    """A module running ``function(self, *inputs)``, with a bf16 weight of 8 as a parameter."""

    def __init__(self, function):
        super().__init__()
        self.function = function
        self.weight = torch.nn.Parameter(torch.randn(8, dtype=torch.bfloat16))

    def forward(self, x, y=None):
        return self.function(self, x) if y is None else self.function(self, x, y)


def fid(function, *inputs) -> str:
    names = ("x", "y")[: len(inputs)]
    return kernel_id(Function(function), dict(zip(names, inputs)))


def x3(last: int = 8) -> torch.Tensor:
    return torch.randn(2, 5, last, dtype=torch.bfloat16)


def test_every_rule_is_named_once():
    assert len(RULES) == len(set(RULES)) == 9


# rank-where-it-changes-the-op


def test_a_linear_on_a_2d_or_a_3d_activation_is_one_kernel():
    linear = torch.nn.Linear(8, 4).to(torch.bfloat16)
    assert kernel_id(linear, torch.randn(10, 8, dtype=torch.bfloat16)) == kernel_id(linear, x3())


def test_a_llama_mlp_on_a_2d_or_a_3d_activation_is_one_kernel():
    from transformers import LlamaConfig
    from transformers.models.llama.modeling_llama import LlamaMLP

    mlp = LlamaMLP(LlamaConfig(hidden_size=8, intermediate_size=16, num_attention_heads=2, num_key_value_heads=2)).to(torch.bfloat16)
    assert kernel_id(mlp, torch.randn(10, 8, dtype=torch.bfloat16)) == kernel_id(mlp, x3())


def test_a_reduction_names_its_axis_from_the_end():
    assert fid(lambda s, x: torch.softmax(x, 2), x3()) == fid(lambda s, x: torch.softmax(x, -1), x3())
    assert fid(lambda s, x: torch.softmax(x, 1), x3()) != fid(lambda s, x: torch.softmax(x, -1), x3())


def test_convolution_rank_still_splits():
    conv1d = torch.nn.Conv1d(4, 4, 3).to(torch.bfloat16)
    conv2d = torch.nn.Conv2d(4, 4, 3).to(torch.bfloat16)
    one = kernel_id(conv1d, torch.randn(2, 4, 9, dtype=torch.bfloat16))
    assert one != kernel_id(conv2d, torch.randn(2, 4, 9, 9, dtype=torch.bfloat16))


def test_a_bias_is_not_a_residual():
    """Without ranks, the broadcast mark keeps ``mm + bias`` apart from ``mm + residual``."""
    w = torch.randn(8, 8, dtype=torch.bfloat16)
    bias = fid(lambda s, x: x @ w + s.weight, torch.randn(10, 8, dtype=torch.bfloat16))
    residual = fid(lambda s, x: x @ w + x, torch.randn(10, 8, dtype=torch.bfloat16))
    assert bias != residual


def test_a_broadcast_operand_reads_alike_before_and_after_a_view():
    cos = torch.randn(5, 8, dtype=torch.bfloat16)
    broadcast = fid(lambda s, x, y: x * y[None], x3(), cos)
    expanded = fid(lambda s, x, y: x * y[None].expand(2, 5, 8), x3(), cos)
    assert broadcast == expanded


def test_an_explicit_default_axis_is_the_default():
    assert fid(lambda s, x: torch.topk(x, 2, dim=2)[0], x3()) == fid(lambda s, x: torch.topk(x, 2)[0], x3())


# parameter-or-input


def test_a_weight_passed_in_is_a_weight_held():
    held = fid(lambda s, x: x * s.weight, x3())
    passed = fid(lambda s, x, y: x * y, x3(), torch.randn(8, dtype=torch.bfloat16))
    assert held == passed


def test_the_one_plus_weight_rms_norm_stays_apart_from_llamas():
    assert kernel_id(rms_norm(GEMMA), hidden()) != kernel_id(rms_norm(LLAMA), hidden())


# addmm-is-mm-plus-add


def test_a_linear_on_a_non_contiguous_input_is_the_same_kernel():
    linear = torch.nn.Linear(8, 4).to(torch.bfloat16)
    strided = torch.randn(5, 2, 8, dtype=torch.bfloat16).transpose(0, 1)
    ops = [op[0] for op in trace_callable(linear, {"input": strided}).ops]
    assert "aten.mm.default" in ops and "aten.addmm.default" not in ops  # the road really differs
    assert kernel_id(linear, strided) == kernel_id(linear, x3())


def test_a_linear_without_bias_stays_apart():
    with_bias = torch.nn.Linear(8, 4).to(torch.bfloat16)
    without = torch.nn.Linear(8, 4, bias=False).to(torch.bfloat16)
    assert kernel_id(with_bias, x3()) != kernel_id(without, x3())


# schema-defaults


def test_a_scalar_at_its_schema_default_is_dropped():
    assert fid(lambda s, x: F.gelu(x, approximate="none"), x3()) == fid(lambda s, x: F.gelu(x), x3())
    assert fid(lambda s, x: F.gelu(x, approximate="tanh"), x3()) != fid(lambda s, x: F.gelu(x), x3())


# number-form


def test_one_and_one_point_zero_are_one_scalar():
    assert fid(lambda s, x: x * s.weight + 1, x3()) == fid(lambda s, x: x * s.weight + 1.0, x3())
    assert fid(lambda s, x: x * s.weight + 2.0, x3()) != fid(lambda s, x: x * s.weight + 1.0, x3())


# identity-scalars


@pytest.mark.parametrize("identity", [lambda t: t * 1.0, lambda t: t + 0, lambda t: t / 1, lambda t: t - 0.0, lambda t: t**1])
def test_an_identity_scalar_is_dropped(identity):
    assert fid(lambda s, x: identity(torch.tanh(x)) * s.weight, x3()) == fid(lambda s, x: torch.tanh(x) * s.weight, x3())


def test_a_scale_that_is_not_one_stays_and_an_fp32_upcast_stays_apart():
    plain = fid(lambda s, x: torch.tanh(x) * s.weight, x3())
    assert fid(lambda s, x: torch.tanh(x) * 2.0 * s.weight, x3()) != plain
    assert fid(lambda s, x: (torch.tanh(x.float()) * s.weight).to(x.dtype), x3()) != plain
    assert kernel_id(rms_norm(LLAMA).float(), torch.randn(2, 7, 64)) != kernel_id(rms_norm(LLAMA), hidden())


# softmax-scale-is-a-symbol


@pytest.mark.parametrize("scale", [1.0, 0.125])
def test_the_attention_scale_is_a_symbol(scale):
    q = torch.randn(2, 4, 5, 8, dtype=torch.bfloat16)
    default = fid(lambda s, x: F.scaled_dot_product_attention(x, x, x), q)
    assert fid(lambda s, x: F.scaled_dot_product_attention(x, x, x, scale=scale), q) == default
    assert fid(lambda s, x: F.scaled_dot_product_attention(x, x, x, is_causal=True, scale=scale), q) != default


# gradient-only-arguments


def test_an_embeddings_padding_index_only_changes_its_gradient():
    ids = torch.randint(0, 50, (2, 7))
    plain = kernel_id(torch.nn.Embedding(50, 8).to(torch.bfloat16), ids)
    assert kernel_id(torch.nn.Embedding(50, 8, padding_idx=1).to(torch.bfloat16), ids) == plain
    assert kernel_id(torch.nn.Embedding(50, 8), ids) != plain  # an fp32 table
    assert kernel_id(torch.nn.Embedding(50, 8).to(torch.bfloat16), ids.int()) != plain


# commutative-operands


def test_operands_of_a_commutative_op_are_unordered():
    assert fid(lambda s, x: s.weight * torch.tanh(x), x3()) == fid(lambda s, x: torch.tanh(x) * s.weight, x3())
    assert fid(lambda s, x, y: torch.maximum(y, x), x3(), x3()) == fid(lambda s, x, y: torch.maximum(x, y), x3(), x3())


def test_operands_of_a_subtraction_stay_ordered():
    assert fid(lambda s, x: s.weight - torch.tanh(x), x3()) != fid(lambda s, x: torch.tanh(x) - s.weight, x3())


def test_the_kernel_keeps_its_graph_once_per_architecture():
    linear = torch.nn.Sequential(torch.nn.Linear(8, 8), torch.nn.Linear(8, 8)).to(torch.bfloat16)
    uses = [u for u in architecture_kernels(trace_callable(linear, {"input": x3()})) if u.level == 1]
    assert uses[0].ids["exact"] == uses[1].ids["exact"]
    assert uses[1].graph is None
    labels = [node[0] for node in uses[0].graph]
    assert labels.count("in:bfloat16") == 3 and any(label.startswith("mm|bfloat16") for label in labels)
