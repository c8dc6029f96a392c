"""A greedy decode step left in flight while the host books the one before it (``overlap``)
changes when tokens are read back, never which: the same outputs and finish reasons as the
engine without it (and HF's greedy tokens), with chunked prefill, preemption, requests that
end at different lengths, stop tokens that land a step after the next step was launched,
sampled requests beside greedy ones, and prefix blocks booked once their tokens are known."""
from __future__ import annotations

import pytest

from fastkernels.engine.serving.config import EngineConfig
from fastkernels.engine.serving.llm_engine import LLMEngine
from fastkernels.engine.serving.sequence import PENDING_TOKEN, SamplingParams

from test_engine import hf_greedy, prompts, tiny_model

SMALL_CACHE = dict(block_size=4, num_blocks=40, max_num_batched_tokens=16)


def serve(model, overlap: bool, batch, params, **config):
    engine = LLMEngine(model, EngineConfig(overlap=overlap, **config))
    outs = engine.generate(batch, params)
    return engine, [(o.output_ids, o.finish_reason) for o in outs]


@pytest.mark.parametrize("model_type", ["llama", "qwen3_moe", "gemma3_text"])
def test_overlapped_greedy_tokens_equal_the_stepwise_ones_and_hf(model_type):
    model = tiny_model(model_type)
    batch = prompts(model.config.vocab_size)
    params = [SamplingParams(max_tokens=n, ignore_eos=True) for n in (32, 5, 17, 32, 1, 9, 24, 32)]
    engine, overlapped = serve(model, True, batch, params, **SMALL_CACHE)
    assert engine.scheduler.num_preemptions > 0 and engine.in_flight is None
    _, stepwise = serve(model, False, batch, params, **SMALL_CACHE)
    assert overlapped == stepwise
    for prompt, p, (tokens, reason) in zip(batch, params, overlapped):
        assert reason == "length" and tokens == hf_greedy(model, prompt, p.max_tokens)


def test_a_stop_token_booked_after_the_next_launch_drops_that_step_token():
    model = tiny_model("llama")
    batch = prompts(model.config.vocab_size)
    free = serve(model, False, batch, SamplingParams(max_tokens=20, ignore_eos=True), **SMALL_CACHE)[1]
    # Each request stops at its fourth output token; every other request runs on unaffected.
    params = [SamplingParams(max_tokens=20, stop_token_ids=(tokens[3],)) if i % 2 else
              SamplingParams(max_tokens=20, ignore_eos=True) for i, (tokens, _) in enumerate(free)]
    engine, overlapped = serve(model, True, batch, params, **SMALL_CACHE)
    assert overlapped == serve(model, False, batch, params, **SMALL_CACHE)[1]
    for i, ((tokens, reason), (full, _)) in enumerate(zip(overlapped, free)):
        if i % 2:
            assert reason == "stop" and tokens == full[:full.index(full[3]) + 1]
        else:
            assert tokens == full
    assert all(PENDING_TOKEN not in s.token_ids for s in engine.scheduler.running)


def test_sampled_requests_beside_greedy_ones_draw_the_same_tokens():
    model = tiny_model("llama")
    batch = [[9] * 5, [5, 6, 7], [1, 2]]
    params = [SamplingParams(max_tokens=12, ignore_eos=True),
              SamplingParams(max_tokens=12, temperature=0.8, top_k=20, top_p=0.9, seed=7, ignore_eos=True),
              SamplingParams(max_tokens=3, ignore_eos=True)]
    assert serve(model, True, batch, params)[1] == serve(model, False, batch, params)[1]


def test_prefix_blocks_are_booked_when_their_tokens_land():
    model = tiny_model("llama")
    engine = LLMEngine(model, EngineConfig(block_size=4, num_blocks=64, overlap=True))
    prompt = prompts(model.config.vocab_size, [13])[0]
    first = engine.generate([prompt], SamplingParams(max_tokens=12, ignore_eos=True))[0]
    # The first request's prompt and outputs, booked block by block as they landed, now
    # hold five full blocks that a request made of them finds in the cache.
    again = engine.add_request(prompt + first.output_ids[:8], SamplingParams(max_tokens=4, ignore_eos=True))
    engine.step()
    assert again.num_cached == 20


def test_the_bench_counts_the_same_steps_and_bytes_with_a_step_in_flight():
    """The step that only books the last decode step in flight runs no batch: the bench
    counts neither a step nor bytes for it (it classed it as a decode step with no rows)."""
    from fastkernels.engine.serving import benchmark

    model = tiny_model("llama")
    requests = benchmark.Workload(6, (16, 40), (8, 8)).make(model.config.vocab_size)
    runs = [benchmark.run(LLMEngine(model, EngineConfig(overlap=overlap)), requests) for overlap in (False, True)]
    counts = [(r["steps"], r["decode_steps"], r["decode_bytes"], r["output_tokens"]) for r in runs]
    assert counts[0] == counts[1]
