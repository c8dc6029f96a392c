"""On CUDA: the Triton paged attention kernel against SDPA over the gathered blocks, in
bf16, for decode and chunked prefill, with grouped heads, sliding windows, softcapping and
sinks; and a tiny model's greedy tokens through CUDA graphs against HF generate."""
from __future__ import annotations

import random

import pytest
import torch

from fastkernels.engine.serving.attention import PagedBatch, PagedCache, _gathered_attention

pytestmark = pytest.mark.gpu

CASES = [  # heads, kv heads, head size, query lengths, sequence lengths, window, softcap, sinks
    (32, 8, 128, [1] * 5, [1, 17, 300, 64, 1000], None, None, False),
    (32, 8, 64, [100, 1, 513], [100, 40, 900], None, None, False),
    (8, 4, 256, [33, 1], [90, 129], 32, None, False),
    (16, 8, 128, [20, 1], [40, 70], 16, 50.0, False),
    (64, 8, 64, [70, 1], [70, 300], 128, None, True),
]


@pytest.mark.parametrize("laid_out", [None, "padded", "other-tile"],
                         ids=["tiles-from-lengths", "tiles-laid-out-padded", "tiles-for-another-tile-no-host-lengths"])
@pytest.mark.parametrize("case", CASES)
def test_triton_matches_gathered_sdpa(case, laid_out):
    from fastkernels.engine.serving.prefill_layout import prefill_rows, prefill_tiles
    from fastkernels.engine.serving.triton_attention import paged_attention

    heads, kv_heads, dim, q_lens, seq_lens, window, softcap, sinks = case
    torch.manual_seed(0)
    rng = random.Random(0)
    bs, device = 16, "cuda"
    blocks = sum(-(-s // bs) for s in seq_lens) + 1
    keys = torch.randn(blocks * bs, kv_heads, dim, device=device, dtype=torch.bfloat16)
    values = torch.randn_like(keys)
    free = list(range(1, blocks))
    rng.shuffle(free)
    tables = [[free.pop() for _ in range(-(-s // bs))] for s in seq_lens]
    width = max(map(len, tables))
    starts = [0]
    for n in q_lens:
        starts.append(starts[-1] + n)
    batch = PagedBatch(torch.zeros(1, device=device), torch.tensor(starts, dtype=torch.int32, device=device),
                       torch.tensor(seq_lens, dtype=torch.int32, device=device),
                       torch.tensor([t + [0] * (width - len(t)) for t in tables], dtype=torch.int32, device=device),
                       is_decode=all(n == 1 for n in q_lens),
                       host_query_start=starts, host_seq_lens=seq_lens)
    if batch.is_decode:  # as the decode step stages them: one column per block
        batch.block_tables = batch.block_tables.t().contiguous().t()
    elif laid_out:  # as the model runner lays them out: padded past the step's own tiles
        batch.tile = prefill_rows(heads // kv_heads, dim)[1] + (laid_out == "other-tile")
        batch.tiles = torch.from_numpy(prefill_tiles(starts, batch.tile, len(starts) + starts[-1] // batch.tile + 7))
        batch.tiles = batch.tiles.to(device)
    q = torch.randn(starts[-1], heads, dim, device=device, dtype=torch.bfloat16)
    s_aux = torch.randn(heads, device=device) if sinks else None
    expected = _gathered_attention(PagedCache([keys], [values], bs, batch=batch), 0, q, dim**-0.5, window, softcap, s_aux)
    if laid_out == "other-tile":  # as the compiled op hands them over: no host lengths
        batch.host_query_start = []
    got = paged_attention(q, keys, values, batch, bs, dim**-0.5, window, softcap, s_aux)
    torch.testing.assert_close(got.float(), expected.float(), atol=2e-2, rtol=2e-2)


@pytest.mark.parametrize("overlap", [False, True], ids=["stepwise", "overlap"])
@pytest.mark.parametrize("compile", [False, True])
def test_decode_graphs_give_hf_greedy_tokens_in_float32(compile, overlap):
    """Eager-graph and compiled-graph decode (float32: IEEE products in the kernel, no ties
    flipped by rounding) against HF generate, with preemption and chunked prefill, with and
    without a step in flight while the one before it is booked."""
    from transformers import AutoModelForCausalLM

    from fastkernels.engine.serving.attention import ATTENTION_NAME
    from fastkernels.engine.serving.config import EngineConfig
    from fastkernels.engine.serving.fusion import unfused
    from fastkernels.engine.serving.llm_engine import LLMEngine
    from fastkernels.engine.serving.sequence import SamplingParams

    from serving_tiny import tiny_config
    from test_engine import hf_greedy, prompts

    torch.manual_seed(0)
    model = AutoModelForCausalLM.from_config(tiny_config("llama"), attn_implementation=ATTENTION_NAME).cuda().eval()
    config = EngineConfig(device="cuda", block_size=4, num_blocks=40, max_num_batched_tokens=16, max_num_seqs=8,
                          compile=compile, overlap=overlap)
    engine = LLMEngine(model, config)
    assert engine.runner.decoder.graphs
    batch = [[t % model.config.vocab_size for t in p] for p in prompts(model.config.vocab_size)]
    outs = engine.generate(batch, SamplingParams(max_tokens=16, ignore_eos=True))
    assert engine.runner.fused  # on by default on CUDA
    model.cpu()
    with unfused(model):  # the reference: HF's own projections
        for prompt, out in zip(batch, outs):
            assert out.output_ids == hf_greedy(model, prompt, 16), len(prompt)
