"""The compiled decode path: the opaque paged-attention operator does what the registered
function does (writes the cache, attends), the decode inputs are laid out as the former
per-token layout was, and a tiny Llama gives the same greedy tokens compiled (Inductor: decode
and prefill, with no recompile after the warm-up) as HF generate (slow: Inductor compiles C++
on the CPU)."""
from __future__ import annotations

import pytest
import torch

from fastkernels.engine.serving.attention import PagedBatch, PagedCache, _attend
from fastkernels.engine.serving.prefill_layout import prefill_tiles
from fastkernels.engine.serving.config import EngineConfig
from fastkernels.engine.serving.decode_step import StepInputs
from fastkernels.engine.serving.llm_engine import LLMEngine
from fastkernels.engine.serving.model_runner import ModelRunner
from fastkernels.engine.serving.scheduler import Batch
from fastkernels.engine.serving.sequence import SamplingParams, Sequence

from test_engine import hf_greedy, prompts, tiny_model


def _cache(blocks: int, bs: int) -> PagedCache:
    g = torch.Generator().manual_seed(0)
    shape = (blocks * bs, 2, 16)
    return PagedCache([torch.randn(shape, generator=g)], [torch.randn(shape, generator=g)], bs)


@pytest.mark.parametrize("q_lens,seq_lens", [([1, 1, 1], [5, 1, 17]), ([4, 1], [9, 3])])
def test_paged_attention_op_writes_the_cache_and_attends_as_the_registered_path(q_lens, seq_lens):
    bs = 4
    tables = [[1, 2, 3, 4, 5], [6, 7, 8, 9, 10], [11, 12, 13, 14, 15]][:len(seq_lens)]
    starts = [0]
    for n in q_lens:
        starts.append(starts[-1] + n)
    slots = [tables[i][p // bs] * bs + p % bs for i, (q, s) in enumerate(zip(q_lens, seq_lens)) for p in range(s - q, s)]
    batch = PagedBatch(torch.tensor(slots), torch.tensor(starts), torch.tensor(seq_lens), torch.tensor(tables),
                       is_decode=all(n == 1 for n in q_lens), host_query_start=starts, host_seq_lens=seq_lens)
    g = torch.Generator().manual_seed(1)
    q, k, v = (torch.randn(starts[-1], h, 16, generator=g) for h in (4, 2, 2))
    eager, op = _cache(16, bs), _cache(16, bs)
    eager.batch = batch
    expected = _attend(eager, 0, q, k, v, 0.25, None, None, None)
    got = torch.ops.fk.paged_attention(q, k, v, op.keys[0], op.values[0], batch.slot_mapping, batch.query_start,
                                       batch.seq_lens, batch.block_tables, bs, "sdpa", batch.is_decode, 0.25, 0, 0.0,
                                       None, None, 0)
    torch.testing.assert_close(got, expected)
    torch.testing.assert_close(op.keys[0], eager.keys[0])
    torch.testing.assert_close(op.values[0], eager.values[0])


@pytest.mark.parametrize("query_start,tile", [([0, 65, 82, 85], 16), ([0, 1, 2, 40], 8), ([0, 64], 64), ([0, 3], 1)])
def test_prefill_tiles_cover_each_sequence_tile_by_tile_then_pad(query_start, tile):
    expected = [(i, first) for i in range(len(query_start) - 1)
                for first in range(query_start[i], query_start[i + 1], tile)]
    exact = prefill_tiles(query_start, tile)
    assert list(zip(*exact.tolist())) == expected
    padded = prefill_tiles(query_start, tile, len(expected) + 5)
    assert (padded[:, :len(expected)] == exact).all() and (padded[0, len(expected):] == -1).all()
    with pytest.raises(ValueError, match="do not fit"):
        prefill_tiles(query_start, tile, len(expected) - 1)


def test_staged_decode_inputs_match_the_per_token_layout():
    bs, size = 4, 4
    seqs = []
    for n, first in ((6, 3), (1, 9), (13, 20)):
        seq = Sequence(list(range(100, 100 + n)), SamplingParams())
        seq.num_computed = n - 1
        seq.block_table = list(range(first, first + -(-n // bs)))
        seqs.append(seq)
    inputs = StepInputs(8, 6, bs, torch.device("cpu"))
    inputs.stage(seqs, size)
    views = inputs.views(size)
    runner = ModelRunner.__new__(ModelRunner)
    runner.block_size = bs
    ids, positions, slots, _, _, _ = runner._layout(Batch(seqs, [1] * len(seqs)))
    assert views["input_ids"].tolist() == ids.tolist() + [0]
    assert views["positions"].tolist() == positions.tolist() + [0]
    assert views["slot_mapping"].tolist() == slots.tolist() + [0]  # the padded row writes into block 0
    assert views["seq_lens"].tolist() == [6, 1, 13, 1]
    for row, seq in enumerate(seqs):
        assert views["block_tables"][row, :len(seq.block_table)].tolist() == seq.block_table
    assert views["block_tables"][3, 0] == 0


@pytest.mark.slow
@pytest.mark.parametrize("fuse", [False, True])
def test_compiled_decode_gives_the_same_greedy_tokens_as_hf_generate(fuse):
    model = tiny_model("llama")
    batch = prompts(model.config.vocab_size)
    expected = [hf_greedy(model, prompt, 16) for prompt in batch]
    config = EngineConfig(block_size=4, num_blocks=40, max_num_batched_tokens=16, compile=True, fuse_projections=fuse)
    engine = LLMEngine(model, config)  # compiles the prefill forward (warm-up) before any request
    compiled, prefills = engine.runner.compiled_forward, []

    def no_recompile(*inputs):  # the warm-up's graph serves every prefill step
        prefills.append(inputs[0].shape[0])
        with torch._dynamo.config.patch(error_on_recompile=True):
            return compiled(*inputs)

    engine.runner.compiled_forward = no_recompile
    outs = engine.generate(batch, SamplingParams(max_tokens=16, ignore_eos=True))
    assert engine.scheduler.num_preemptions > 0 and len(set(prefills)) > 1
    assert engine.runner.decoder.compiled is not None and bool(engine.runner.fused) == fuse
    assert [out.output_ids for out in outs] == expected


def test_staged_block_tables_stay_right_as_rows_grow_change_and_are_preempted():
    """The block table is written incrementally (only a row's new blocks); after every step
    each row must still hold its sequence's whole table, whatever changed in between."""
    bs = 4
    inputs = StepInputs(8, 10, bs, torch.device("cpu"))
    seqs = []
    for k in range(5):
        seq = Sequence(list(range(3 + 2 * k)), SamplingParams())
        seq.block_table = [10 * k + j for j in range(1, -(-len(seq) // bs) + 1)]
        seqs.append(seq)

    def check(batch, size):
        inputs.stage(batch, size)
        tables = inputs.views(size)["block_tables"]
        for row, seq in enumerate(batch):
            assert tables[row, :len(seq.block_table)].tolist() == seq.block_table
        assert all(tables[row, 0] == 0 for row in range(len(batch), size))

    check(seqs, 8)
    for step in range(9):  # every sequence grows a token, a block every bs tokens
        for seq in seqs:
            seq.token_ids.append(1)
            if len(seq.block_table) < -(-len(seq) // bs):
                seq.block_table.append(seq.block_table[-1] + 100)
        if step == 3:
            seqs.pop(1)  # a sequence finished: the rows below it now hold other sequences
        if step == 5:  # preempted and recomputed: same sequence, same length, other blocks
            seqs[0].preemptions += 1
            seqs[0].block_table = [b + 500 for b in seqs[0].block_table]
        check(seqs, 8 if step < 7 else 4)
