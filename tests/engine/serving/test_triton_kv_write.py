"""The Triton decode kernel writes the step's keys and values into the paged cache itself:
the cache it leaves and the attention it returns equal the scatter-then-attend path (SDPA
over the gathered blocks), with grouped heads, padded rows, sliding windows, softcapping and
sinks. Runs on CUDA (``-m gpu``) or, opt-in, on the CPU under Triton's interpreter
(``TRITON_INTERPRET=1 pytest -m gpu ...`` with triton installed)."""
from __future__ import annotations

import os
import random

import pytest
import torch

from fastkernels.engine.serving.attention import PagedBatch, PagedCache, _attend

pytestmark = pytest.mark.gpu

CASES = [  # heads, kv heads, head size, sequence lengths, window, softcap, sinks, padded rows
    (4, 2, 16, [1, 5, 17, 40], None, None, False, 0),
    (8, 2, 32, [9, 33, 3], 8, None, False, 1),
    (4, 4, 16, [20, 2], 6, 5.0, True, 2),
]


def _device() -> str:
    if torch.cuda.is_available():
        return "cuda"
    if os.environ.get("TRITON_INTERPRET") == "1":
        pytest.importorskip("triton")
        return "cpu"
    pytest.skip("needs CUDA, or TRITON_INTERPRET=1 with triton installed")


@pytest.mark.parametrize("case", CASES)
def test_decode_kernel_writes_the_new_keys_and_values_as_the_scatter_did(case):
    device = _device()
    from fastkernels.engine.serving.triton_attention import paged_attention

    heads, kv_heads, dim, seq_lens, window, softcap, sinks, padded = case
    torch.manual_seed(0)
    rng = random.Random(0)
    bs = 4
    blocks = sum(-(-s // bs) for s in seq_lens) + 1  # block 0 is the padded rows' reserve
    keys = torch.randn(blocks * bs, kv_heads, dim, device=device)
    values = torch.randn_like(keys)
    free = list(range(1, blocks))
    rng.shuffle(free)
    tables = [[free.pop() for _ in range(-(-s // bs))] for s in seq_lens]
    slots = [t[(s - 1) // bs] * bs + (s - 1) % bs for t, s in zip(tables, seq_lens)]
    lens = seq_lens + [1] * padded
    tables += [[0]] * padded
    slots += [0] * padded
    width = max(map(len, tables))
    batch = PagedBatch(torch.tensor(slots, device=device), torch.arange(len(lens) + 1, device=device),
                       torch.tensor(lens, device=device),
                       torch.tensor([t + [0] * (width - len(t)) for t in tables], device=device).t().contiguous().t(),
                       is_decode=True, host_query_start=list(range(len(lens) + 1)), host_seq_lens=lens)
    q = torch.randn(len(lens), heads, dim, device=device)
    # the step's keys and values as the fused projection leaves them: strided views of one product
    kv = torch.randn(len(lens), 3, kv_heads, dim, device=device)
    key, value = kv[:, 0], kv[:, 2]
    s_aux = torch.randn(heads, device=device) if sinks else None
    scale = dim ** -0.5
    expected_cache = PagedCache([keys.clone()], [values.clone()], bs, "sdpa", batch)
    expected = _attend(expected_cache, 0, q, key, value, scale, window, softcap, s_aux)
    got = paged_attention(q, keys, values, batch, bs, scale, window, softcap, s_aux, new_kv=(key, value))
    real = slice(0, len(seq_lens))  # padded rows attend to garbage by design
    torch.testing.assert_close(got[real], expected[real], atol=1e-4, rtol=1e-4)
    torch.testing.assert_close(keys[bs:], expected_cache.keys[0][bs:], rtol=0, atol=0)
    torch.testing.assert_close(values[bs:], expected_cache.values[0][bs:], rtol=0, atol=0)


@pytest.mark.parametrize("model_type", ["llama", "qwen3_moe", "gemma3_text"])
def test_engine_on_the_triton_path_gives_hf_greedy_tokens_with_fused_projections(model_type):
    """The whole engine in float32 (IEEE products in the kernel): fused projections, the
    kernel's own cache writes at decode, chunked prefill and preemption (uncompiled, no
    graphs: ``test_serve_gpu`` covers those on CUDA)."""
    device = _device()
    from fastkernels.engine.serving.config import EngineConfig
    from fastkernels.engine.serving.llm_engine import LLMEngine
    from fastkernels.engine.serving.sequence import SamplingParams

    from test_engine import hf_greedy, prompts, tiny_model

    model = tiny_model(model_type)
    batch = prompts(model.config.vocab_size)
    expected = [hf_greedy(model, p, 16) for p in batch]
    engine = LLMEngine(model.to(device), EngineConfig(device=device, block_size=4, num_blocks=40,
                                                      max_num_batched_tokens=16, attention="triton",
                                                      cuda_graphs=False, compile=False, fuse_projections=True))
    outs = engine.generate(batch, SamplingParams(max_tokens=16, ignore_eos=True))
    assert engine.scheduler.num_preemptions > 0 and engine.runner.fused
    assert [o.output_ids for o in outs] == expected
