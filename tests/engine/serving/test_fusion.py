"""Fused projections: the same greedy tokens as HF generate (whose projections run one
product each), the same weights under the same names, paths and qualnames, one product per
group in a compiled graph without graph breaks, and nothing fused that a swap replaced."""
from __future__ import annotations

import pytest
import torch
from torch import nn

from fastkernels.engine.serving.benchmark import upstream_attention
from fastkernels.engine.serving.config import EngineConfig
from fastkernels.engine.serving.fusion import FusedForward, fuse_projections, unfused
from fastkernels.engine.serving.llm_engine import LLMEngine
from fastkernels.engine.serving.profiler import module_index
from fastkernels.engine.serving.sequence import SamplingParams

from serving_tiny import EXTRA
from test_serve_swap import CANDIDATES
from test_engine import STEPS, hf_greedy, prompts, tiny_model


@pytest.mark.parametrize("model_type", list(EXTRA))
def test_fused_engine_gives_hf_greedy_tokens_with_chunked_prefill_and_preemption(model_type):
    model = tiny_model(model_type)
    batch = prompts(model.config.vocab_size)
    expected = [hf_greedy(model, p, STEPS) for p in batch]  # before fusion: HF's own projections
    engine = LLMEngine(model, EngineConfig(block_size=4, num_blocks=40, max_num_batched_tokens=16,
                                           fuse_projections=True))
    if model_type != "phi3":  # Phi-3 ships its projections fused already
        assert engine.runner.fused
    outs = engine.generate(batch, SamplingParams(max_tokens=STEPS, ignore_eos=True))
    assert engine.scheduler.num_preemptions > 0
    assert [o.output_ids for o in outs] == expected


def test_fusion_keeps_names_paths_values_and_stores_each_weight_once():
    model = tiny_model("llama")
    state = {k: v.clone() for k, v in model.state_dict().items()}
    index = module_index(model)
    count = sum(p.numel() for p in model.parameters())
    fused = fuse_projections(model)
    assert fused == [f"model.layers.{i}.{m}" for i in range(2)
                     for m in ("self_attn: q_proj+k_proj+v_proj", "mlp: gate_proj+up_proj")]
    assert module_index(model) == index
    assert sum(p.numel() for p in model.parameters()) == count
    after = model.state_dict()
    assert list(after) == list(state) and all(torch.equal(after[k], v) for k, v in state.items())
    attn = model.model.layers[0].self_attn
    q, k, v = attn.q_proj.weight, attn.k_proj.weight, attn.v_proj.weight
    assert q.untyped_storage().data_ptr() == k.untyped_storage().data_ptr() == v.untyped_storage().data_ptr()
    with torch.no_grad():  # a write into a projection's weight is a write into the fused product
        k.add_(1.0)
    x = torch.randn(1, 3, model.config.hidden_size)
    torch.testing.assert_close(attn.k_proj(x), nn.functional.linear(x, k), rtol=0, atol=0)
    model.load_state_dict(state, strict=True)
    with unfused(model):
        assert "forward" not in attn.q_proj.__dict__
    assert isinstance(attn.q_proj.__dict__["forward"], FusedForward)


def test_fused_model_moved_or_cast_after_fusion_is_rebuilt_and_still_exact():
    model = tiny_model("qwen3")
    upstream_attention(model)
    ids = torch.tensor([[5, 9, 17, 3]])
    with torch.no_grad():
        reference = model.double()(ids).logits
        model.float()
        fuse_projections(model)
        model.double()  # the parts' weights are new tensors now, no longer views of the fused one
        torch.testing.assert_close(model(ids).logits, reference, rtol=0, atol=0)


def test_compiled_forward_has_one_product_per_group_and_no_graph_break():
    model = tiny_model("gemma3_text")
    upstream_attention(model)
    ids = torch.tensor([[5, 9, 17, 3, 8]])
    products = []

    def backend(gm, inputs):
        products.append(sum(n.op == "call_function" and "linear" in str(n.target) for n in gm.graph.nodes))
        return gm

    with torch.no_grad(), torch._dynamo.config.patch(error_on_recompile=True):
        reference = model(ids).logits
        fuse_projections(model)
        torch._dynamo.reset()
        compiled = torch.compile(lambda x: model(input_ids=x).logits, fullgraph=True, backend=backend)
        torch.testing.assert_close(compiled(ids), reference)
        torch.testing.assert_close(compiled(ids), reference)  # the group's state was left empty: no recompile
    layers = model.config.num_hidden_layers
    assert products == [layers * 4 + 1]  # fused q/k/v, o, fused gate/up, down per layer; the head
    group = model.model.layers[0].self_attn.q_proj.forward.group
    assert group._input is None and group._output is None


def test_modules_a_candidate_swap_replaced_are_not_fused_and_tokens_stay_the_same():
    from fastkernels.engine.deploy.deployment import swap_in

    def prepare(m):  # the fixture's candidates: both norms and the MLP of every layer
        swap_in(m, folder=CANDIDATES, arch="llama")

    params = SamplingParams(max_tokens=8, ignore_eos=True)
    plain = LLMEngine(tiny_model("llama"), EngineConfig()).generate([[3, 4, 5]], params)[0].output_ids
    engine = LLMEngine(tiny_model("llama"), EngineConfig(fuse_projections=True), prepare_model=prepare)
    assert engine.runner.fused == [f"model.layers.{i}.self_attn: q_proj+k_proj+v_proj" for i in range(2)]
    assert "forward" not in engine.model.model.layers[0].mlp.gate_proj.__dict__
    assert engine.generate([[3, 4, 5]], params)[0].output_ids == plain
    assert EngineConfig().use_fusion is False and EngineConfig(device="cuda").use_fusion is True
