"""Weight re-drawing and memory-sharing tests used by the worker and the judge."""
import torch
from transformers.models.llama.modeling_llama import LlamaRMSNorm

from fastkernels.engine.tensors import aliased_input, redraw_weights, shares_memory


def test_redrawn_weights_leave_their_init():
    model = LlamaRMSNorm(64)
    state = redraw_weights(model, seed=3)
    assert not torch.equal(state["weight"], torch.ones(64))
    assert state["weight"].std() > 0.05
    assert torch.equal(model.weight.detach(), state["weight"])
    assert torch.equal(redraw_weights(LlamaRMSNorm(64), seed=3)["weight"], state["weight"])


def test_views_share_memory_and_copies_do_not():
    x = torch.randn(4, 8)
    assert shares_memory(x[1:], x) and shares_memory(x.t(), x)
    assert not shares_memory(x.clone(), x)
    assert aliased_input(x.view(-1), [torch.randn(2), x]) == 1
    assert aliased_input(x + 1, [x]) is None


def test_a_module_argument_travels_as_one_leaf_with_its_weights(tmp_path):
    from torch import nn

    from fastkernels.engine.tensors import leaves, portable, restore

    module = nn.Module()
    module.is_causal, module.sinks = True, nn.Parameter(torch.randn(4), requires_grad=False)
    args = [torch.ones(2), module, torch.zeros(3)]
    torch.save(portable(args), tmp_path / "args.pt")
    loaded = restore(torch.load(tmp_path / "args.pt", weights_only=True))
    assert len(leaves(portable(args))) == len(leaves(args)) == 3
    assert loaded[1].is_causal is True and torch.equal(loaded[1].sinks, module.sinks)
    assert torch.equal(loaded[2], args[2])


def test_a_config_argument_travels_as_one_leaf_with_its_attention_implementation(tmp_path):
    from transformers import Qwen2Config

    from fastkernels.engine.tensors import leaves, portable, restore

    config = Qwen2Config(attn_implementation="sdpa", use_sliding_window=True, sliding_window=128)
    args = [config, torch.ones(2)]
    torch.save(portable(args), tmp_path / "args.pt")
    loaded = restore(torch.load(tmp_path / "args.pt", weights_only=True))
    assert len(leaves(portable(args))) == len(leaves(args)) == 2
    assert type(loaded[0]) is Qwen2Config
    assert loaded[0]._attn_implementation == "sdpa" and loaded[0].sliding_window == 128
    assert loaded[0].to_json_string() == config.to_json_string()


def test_a_config_whose_class_derives_a_private_object_travels_and_derives_it_again(tmp_path):
    from transformers.models.step3p7.configuration_step3p7 import Step3p7TextConfig

    from fastkernels.engine.tensors import portable, restore

    config = Step3p7TextConfig(attn_implementation="sdpa")
    assert getattr(config, "_heterogeneity_spec", None) is not None  # not plain data: json cannot write it
    torch.save(portable([config]), tmp_path / "args.pt")
    (loaded,) = restore(torch.load(tmp_path / "args.pt", weights_only=True))
    assert loaded._heterogeneity_spec == config._heterogeneity_spec
    assert loaded._attn_implementation == "sdpa" and loaded.to_json_string() == config.to_json_string()


def _experts(hidden: int = 16) -> torch.nn.Module:
    """A stand-in for a stack of MoE experts, with a small bias beside it and the stack tied
    under a second name."""
    module = torch.nn.Module()
    module.experts = torch.nn.Parameter(torch.zeros(4, hidden, 8))
    module.bias = torch.nn.Parameter(torch.ones(8))
    module.tied = module.experts
    return module


def test_a_large_weight_travels_as_a_recipe_and_is_drawn_again_identically(monkeypatch):
    from fastkernels.engine import tensors

    monkeypatch.setattr(tensors, "DEVICE_DRAWN_NUMEL", 100)
    monkeypatch.setattr(tensors, "_DRAWN_SLICE_NUMEL", 7)  # several slices, one ragged
    reference = _experts()
    state = tensors.redraw_weights(reference, seed=5)
    assert isinstance(state["experts"], dict) and isinstance(state["bias"], torch.Tensor)
    assert state["tied"] == state["experts"]  # one storage: its last draw under both names
    assert reference.experts.std() > 0.05  # drawn, not left at zero
    candidate = _experts()
    tensors.load_weights(candidate, torch_roundtrip(state), "cpu")
    assert torch.equal(candidate.experts, reference.experts)
    assert torch.equal(candidate.bias, reference.bias)
    again = _experts()
    assert torch.equal(tensors.redraw_weights(again, seed=5)["bias"], state["bias"])
    assert torch.equal(again.experts, reference.experts)


def test_a_recipe_weight_of_another_shape_or_name_fails_the_strict_load(monkeypatch):
    import pytest

    from fastkernels.engine import tensors

    monkeypatch.setattr(tensors, "DEVICE_DRAWN_NUMEL", 100)
    state = tensors.redraw_weights(_experts(), seed=5)
    with pytest.raises(RuntimeError, match="experts"):
        tensors.load_weights(_experts(hidden=17), state, "cpu")
    renamed = torch.nn.Module()
    renamed.stacked = torch.nn.Parameter(torch.zeros(4, 16, 8))
    renamed.bias = torch.nn.Parameter(torch.ones(8))
    with pytest.raises(RuntimeError, match="experts"):
        tensors.load_weights(renamed, state, "cpu")


def torch_roundtrip(state: dict) -> dict:
    """The state as the candidate's process reads it: saved, then loaded weights-only."""
    import io

    buffer = io.BytesIO()
    torch.save(state, buffer)
    buffer.seek(0)
    return torch.load(buffer, weights_only=True)
