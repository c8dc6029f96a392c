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
