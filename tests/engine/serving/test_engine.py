"""The engine's greedy tokens equal HF generate's on tiny real models, with concurrent
requests of different lengths, chunked prefill and preemption forced by a small cache."""
from __future__ import annotations

import pytest
import torch
from transformers import AutoModelForCausalLM

from fastkernels.engine.serving.attention import ATTENTION_NAME
from fastkernels.engine.serving.benchmark import upstream_attention
from fastkernels.engine.serving.config import EngineConfig
from fastkernels.engine.serving.llm_engine import LLMEngine
from fastkernels.engine.serving.sequence import SamplingParams

from serving_tiny import EXTRA, tiny_config

PROMPT_LENS = [3, 7, 12, 20, 5, 9, 30, 1]
STEPS = 32


def tiny_model(model_type: str) -> torch.nn.Module:
    torch.manual_seed(0)
    return AutoModelForCausalLM.from_config(tiny_config(model_type), attn_implementation=ATTENTION_NAME).eval()


def prompts(vocab: int, lens=PROMPT_LENS, seed: int = 1) -> list[list[int]]:
    g = torch.Generator().manual_seed(seed)
    return [torch.randint(0, vocab, (n,), generator=g).tolist() for n in lens]


def hf_greedy(model, prompt: list[int], steps: int) -> list[int]:
    upstream_attention(model)
    try:
        ids = torch.tensor([prompt])
        out = model.generate(ids, attention_mask=torch.ones_like(ids), max_new_tokens=steps, do_sample=False,
                             eos_token_id=None, pad_token_id=0)
    finally:
        model.set_attn_implementation(ATTENTION_NAME)
    return out[0, len(prompt):].tolist()


@pytest.mark.parametrize("model_type", list(EXTRA))
def test_greedy_matches_hf_generate_with_chunked_prefill_and_preemption(model_type):
    model = tiny_model(model_type)
    # 16 tokens a step chunks the longer prompts; 40 blocks of 4 cannot hold 8 requests of up to 62 tokens.
    engine = LLMEngine(model, EngineConfig(block_size=4, num_blocks=40, max_num_batched_tokens=16))
    batch = prompts(model.config.vocab_size)
    outs = engine.generate(batch, SamplingParams(max_tokens=STEPS, ignore_eos=True))
    assert engine.scheduler.num_preemptions > 0
    assert all(o.finish_reason == "length" for o in outs)
    for prompt, out in zip(batch, outs):
        assert out.output_ids == hf_greedy(model, prompt, STEPS), (model_type, len(prompt))


def test_shared_prefix_blocks_are_reused_and_give_the_same_tokens():
    model = tiny_model("llama")
    engine = LLMEngine(model, EngineConfig(block_size=4, num_blocks=64))
    prompt = prompts(model.config.vocab_size, [21])[0]
    first = engine.generate([prompt], SamplingParams(max_tokens=8, ignore_eos=True))[0]
    seq = engine.add_request(prompt, SamplingParams(max_tokens=8, ignore_eos=True))
    engine.step()
    assert seq.num_cached == 20  # five full blocks of the prompt found in the cache
    while engine.scheduler.has_work:
        engine.step()
    assert seq.output_ids == first.output_ids


def test_forgotten_prefixes_are_computed_again_and_give_the_same_tokens():
    """What a benchmark's repeats rely on: after ``forget_prefixes`` a prompt that ran before
    finds nothing cached."""
    model = tiny_model("llama")
    engine = LLMEngine(model, EngineConfig(block_size=4, num_blocks=64))
    prompt = prompts(model.config.vocab_size, [21])[0]
    first = engine.generate([prompt], SamplingParams(max_tokens=8, ignore_eos=True))[0]
    engine.blocks.forget_prefixes()
    seq = engine.add_request(prompt, SamplingParams(max_tokens=8, ignore_eos=True))
    engine.step()
    assert seq.num_cached == 0
    while engine.scheduler.has_work:
        engine.step()
    assert seq.output_ids == first.output_ids


def test_seeded_sampling_is_reproducible_whatever_runs_beside_it():
    model = tiny_model("llama")
    params = SamplingParams(max_tokens=12, temperature=0.8, top_k=20, top_p=0.9, seed=7, ignore_eos=True)
    alone = LLMEngine(model, EngineConfig(block_size=4, num_blocks=64)).generate([[5, 6, 7]], params)[0]
    crowd = LLMEngine(model, EngineConfig(block_size=4, num_blocks=64)).generate(
        [[9] * 5, [5, 6, 7], [1, 2]], [SamplingParams(max_tokens=12, temperature=1.0), params,
                                        SamplingParams(max_tokens=3)])[1]
    assert alone.output_ids == crowd.output_ids
    greedy = LLMEngine(model, EngineConfig()).generate([[5, 6, 7]], SamplingParams(max_tokens=12, ignore_eos=True))
    top1 = LLMEngine(model, EngineConfig()).generate(
        [[5, 6, 7]], SamplingParams(max_tokens=12, temperature=1.5, top_k=1, seed=3, ignore_eos=True))
    assert greedy[0].output_ids == top1[0].output_ids


def test_stop_tokens_end_a_request():
    model = tiny_model("llama")
    engine = LLMEngine(model, EngineConfig())
    free_run = engine.generate([[4, 5, 6]], SamplingParams(max_tokens=10, ignore_eos=True))[0].output_ids
    stop = free_run[3]
    out = engine.generate([[4, 5, 6]], SamplingParams(max_tokens=10, stop_token_ids=(stop,)))[0]
    assert out.finish_reason == "stop" and out.output_ids == free_run[:free_run.index(stop) + 1]


def test_prepare_model_swaps_modules_before_serving_and_paths_name_them():
    from fastkernels.engine.serving.profiler import module_index

    model = tiny_model("llama")
    reference = LLMEngine(model, EngineConfig()).generate([[3, 4]], SamplingParams(max_tokens=6, ignore_eos=True))

    class ScaledNorm(type(model.model.norm)):
        pass

    def prepare(m):
        old = m.model.norm
        new = ScaledNorm(old.weight.shape[0], eps=old.variance_epsilon)
        new.weight.data.copy_(old.weight.data * 0)  # zeroed final norm: every logit equal, argmax 0
        m.model.norm = new

    engine = LLMEngine(tiny_model("llama"), EngineConfig(), prepare_model=prepare)
    index = module_index(engine.model)
    assert index["model.norm"].endswith("<locals>.ScaledNorm")
    assert index["model.layers.0.self_attn"] == "transformers.models.llama.modeling_llama.LlamaAttention"
    out = engine.generate([[3, 4]], SamplingParams(max_tokens=6, ignore_eos=True))
    assert out[0].output_ids == [0] * 6 != reference[0].output_ids


def test_a_step_is_classed_by_what_it_was_when_scheduled():
    """The bench splits its time into prompt and decode steps after each step has run; a
    decode step in which a request finishes is still a decode step (finishing frees the
    request's blocks and resets its progress, which read afterwards looked like a prompt)."""
    engine = LLMEngine(tiny_model("llama"), EngineConfig(block_size=4, num_blocks=64))
    for prompt, tokens in zip(prompts(engine.vocab_size)[:2], (2, 4)):
        engine.add_request(prompt, SamplingParams(max_tokens=tokens, ignore_eos=True))
    kinds = []
    while engine.scheduler.has_work:
        finished = engine.step()
        kinds.append((engine.last_batch.is_decode, len(finished)))
    assert kinds == [(False, 0), (True, 1), (True, 0), (True, 1)]
