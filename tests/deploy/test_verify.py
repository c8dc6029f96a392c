"""The deployment's checks themselves: the reference's own rounding measured in place without
changing a weight, and the tie rule for greedy tokens, which lets a near-tie part two correct
models and nothing more."""
import pytest
import torch
from transformers import LlamaConfig, LlamaForCausalLM

from fastkernels.engine.deploy import verify
from fastkernels.engine.deploy.deployment import model_inputs

CPU = torch.device("cpu")


def _llama(dtype):
    torch.manual_seed(0)
    config = LlamaConfig(hidden_size=64, intermediate_size=128, num_hidden_layers=2, num_attention_heads=4,
                         num_key_value_heads=2, vocab_size=256)
    model = LlamaForCausalLM(config).to(dtype).eval()
    rotary = model.model.rotary_emb
    rotary.inv_freq.data = rotary.inv_freq.data.float()  # as a checkpoint loaded in bf16 keeps it
    return model


def test_widening_puts_every_weight_back_bit_for_bit():
    model = _llama(torch.bfloat16)
    assert model.model.rotary_emb.inv_freq.dtype == torch.float32  # a buffer wider than the weights
    before = {name: (t.clone(), t.dtype) for name, t in [*model.named_parameters(), *model.named_buffers()]}
    with verify.widened(model, torch.float64):
        assert all(t.dtype == torch.float64 for t in model.parameters())
    for name, t in [*model.named_parameters(), *model.named_buffers()]:
        assert t.dtype == before[name][1] and torch.equal(t, before[name][0]), name


def test_reference_rounding_is_measured_against_float64():
    model = _llama(torch.bfloat16)
    inputs = model_inputs(model, CPU, torch.bfloat16)
    expected = verify.forward(model, inputs)
    rounding, precision = verify.reference_rounding(model, inputs, expected)
    assert precision == "float64"
    assert rounding[0] > 0  # bf16 logits are not exact
    again = verify.forward(model, inputs)  # and the model computes as before
    assert torch.equal(again.logits, expected.logits)


def test_reference_rounding_steps_down_where_float64_does_not_fit(monkeypatch):
    model = _llama(torch.bfloat16)
    inputs = model_inputs(model, CPU, torch.bfloat16)
    expected = verify.forward(model, inputs)
    weights = sum(p.numel() for p in model.parameters())
    # bf16 to float32 adds 2 bytes a weight, to float64 6: the first fits, the second does not
    monkeypatch.setattr(verify, "free_bytes", lambda device: int(weights * 4))
    assert verify.reference_rounding(model, inputs, expected)[1] == "float32"
    monkeypatch.setattr(verify, "free_bytes", lambda device: weights)
    rounding, reason = verify.reference_rounding(model, inputs, expected)
    assert rounding is None and reason.startswith("none: float32 weights would take")


@pytest.mark.parametrize("runner_up, verdict", [(4.95, ""), (3.0, "picks token 1 over 0 at step 1")])
def test_a_different_pick_passes_only_at_a_tie(runner_up, verdict):
    expected = torch.tensor([[[5.0, 1.0, 0.0], [5.0, runner_up, 0.0]]], dtype=torch.bfloat16)  # bf16: 0.12 of tie at 5
    got = expected.clone()
    got[0, 1, 1] = 5.5  # the swapped model picks token 1 at step 1
    differing, failure = verify.tie_check(expected, got, scale=1.0)
    assert differing == 1
    assert failure.startswith("fed the reference's tokens") if verdict else failure == ""
    assert verdict in failure
