"""The tolerance from the reference's own rounding: a candidate more accurate than a coarsely
rounding reference passes; a wrong one still fails. Real transformers functions and modules."""
import pytest
import torch
from transformers import LlamaConfig
from transformers.models.llama.modeling_llama import LlamaRMSNorm, LlamaRotaryEmbedding, apply_rotary_pos_emb

from fastkernels.engine.correctness import compare_outputs
from fastkernels.engine.envelope import ENVELOPE_FACTOR, HighPrecision, allowed, envelopes, summary, widen


@pytest.fixture(autouse=True)
def _inference():
    with torch.no_grad():
        yield


def _judge(candidate: list, reference: list, exact: list):
    scales = [allowed(e) for e in envelopes(reference, exact)]
    return compare_outputs(candidate, reference, "case 0", None, scales)[0]


def _rotary_inputs(production: bool):
    torch.manual_seed(0)
    q = torch.randn(2, 8, 64, 128, dtype=torch.bfloat16) * 4
    k = torch.randn(2, 8, 64, 128, dtype=torch.bfloat16) * 4
    if production:
        rotary = LlamaRotaryEmbedding(LlamaConfig(hidden_size=1024, num_attention_heads=8))
        cos, sin = rotary(q, torch.randint(0, 4096, (1, 64)))
    else:  # halves that differ: random tables
        cos, sin = torch.randn(1, 64, 128, dtype=torch.bfloat16), torch.randn(1, 64, 128, dtype=torch.bfloat16)
    return q, k, cos, sin


def _one_half_rotary(q, k, cos, sin):
    """What production rotary kernels do: read the first half of cos/sin, round once (float32)."""
    half = q.shape[-1] // 2
    c, s = cos[..., :half].unsqueeze(1).float(), sin[..., :half].unsqueeze(1).float()

    def rotate(x):
        x1, x2 = x[..., :half].float(), x[..., half:].float()
        return torch.cat((x1 * c - x2 * s, x2 * c + x1 * s), dim=-1).to(x.dtype)

    return [rotate(q), rotate(k)]


def _rotary_outputs(production: bool):
    args = _rotary_inputs(production)
    reference = list(apply_rotary_pos_emb(*args))
    exact = list(apply_rotary_pos_emb(*widen(list(args), torch.float64)))
    return args, reference, exact


def test_bf16_rotary_reference_rounds_beyond_the_fixed_tolerance():
    _, reference, exact = _rotary_outputs(production=False)
    assert max(envelopes(reference, exact)) > 1.0  # the reference alone would fail the fixed rule


def test_production_rotary_passes_on_production_tables():
    args, reference, exact = _rotary_outputs(production=True)
    assert _judge(_one_half_rotary(*args), reference, exact) is None


def test_one_half_rotary_fails_where_the_halves_differ():
    args, reference, exact = _rotary_outputs(production=False)
    mismatch = _judge(_one_half_rotary(*args), reference, exact)
    assert mismatch is not None and "output 0" in mismatch.where


def _norm(eps: float = 1e-6):
    torch.manual_seed(0)
    norm = LlamaRMSNorm(1024, eps=eps)
    norm.weight.data.normal_(1.0, 0.1)
    return norm.bfloat16()


def _reference(norm, x):
    high = HighPrecision(norm)
    exact = high.outputs([x], lambda: None)
    assert high.precision == "float64"
    return [norm(x)], [exact]


def test_changed_eps_still_fails():
    x = (torch.randn(64, 1024) * 1e-3).bfloat16()  # activations of variance 1e-6: eps matters
    norm = _norm(1e-6)
    reference, exact = _reference(norm, x)
    wrong = _norm(1e-5)
    assert _judge([wrong(x)], reference, exact) is not None


def test_bf16_accumulation_fails_where_the_reference_upcasts():
    x = torch.randn(64, 1024).bfloat16()
    norm = _norm()
    reference, exact = _reference(norm, x)
    total = torch.zeros(64, dtype=torch.bfloat16)
    for column in x.unbind(-1):  # a running sum of squares held in bf16
        total = total + column.square()
    total = total.unsqueeze(-1)
    coarse = norm.weight * (x * torch.rsqrt(total / 1024 + 1e-6))
    assert _judge([coarse], reference, exact) is not None


def test_float32_accumulation_passes():
    x = torch.randn(64, 1024).bfloat16()
    norm = _norm()
    reference, exact = _reference(norm, x)
    xf = x.float()
    good = norm.weight * (xf * torch.rsqrt(xf.square().mean(-1, keepdim=True) + 1e-6)).bfloat16()
    assert _judge([good], reference, exact) is None


def test_allowed_keeps_the_fixed_floor():
    assert allowed(0.0) == 1.0 and allowed(0.1) == 1.0
    assert allowed(2.0) == ENVELOPE_FACTOR * 2.0


def test_summary_reports_listed_cases_and_notes():
    plan = [{"case": 0, "held_out": False}, {"case": 0, "held_out": True}, {"case": 1, "held_out": False}]
    checks = [{"error": None, "envelopes": [0.5, 2.5], "precision": "float64", "precision_note": ""},
              {"error": None, "envelopes": [9.0], "precision": "float64", "precision_note": ""},
              {"error": None, "envelopes": None, "precision": None, "precision_note": "a float64 copy would hold 9.0 GiB"}]
    found = summary(plan, checks)
    assert found["max"] == 2.5 and found["cases"] == {"0": 2.5}
    assert found["notes"] == ["a float64 copy would hold 9.0 GiB"]
