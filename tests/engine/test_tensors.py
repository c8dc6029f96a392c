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
