"""Runs the upstream model over one scheduled step: lays the step out over the paged cache,
calls the model with every sequence packed along one row, and returns the logits of the
tokens that sample. Decode steps go through ``decode_step.DecodeRunner`` (one staged copy,
compiled forward, CUDA graphs at batch-size buckets); prefill and mixed steps run here, through
the same upstream forward compiled once with the step's sizes dynamic (one graph for any number
of tokens and sequences), warmed up before the first request so no step pays for compiling."""

from __future__ import annotations

import contextlib
import inspect
import time
from typing import Callable

import numpy as np
import torch

from fastkernels.engine.serving.attention import PagedBatch, PagedCache, activate
from fastkernels.engine.serving.compiled import StepCompiler
from fastkernels.engine.serving.config import EngineConfig
from fastkernels.engine.serving.decode_step import DecodeRunner
from fastkernels.engine.serving.prefill_layout import prefill_rows, prefill_tiles
from fastkernels.engine.serving.fusion import fuse_projections, unfuse_projections
from fastkernels.engine.serving.scheduler import Batch
from fastkernels.engine.serving.sequence import SamplingParams, Sequence


def kv_shape(hf_config) -> tuple[int, int]:
    """(kv heads, head size) of the model's attention layers."""
    heads = hf_config.num_attention_heads
    kv_heads = getattr(hf_config, "num_key_value_heads", None) or heads
    head_dim = getattr(hf_config, "head_dim", None) or hf_config.hidden_size // heads
    return kv_heads, head_dim


class ModelRunner:
    def __init__(self, model: torch.nn.Module, config: EngineConfig, max_model_len: int,
                 prepare_model: Callable[[torch.nn.Module], None] | None = None):
        self.model = model
        self.config = config
        if prepare_model is not None:
            prepare_model(model)
        self.fused = fuse_projections(model) if config.use_fusion else []  # after swaps, before graphs
        hf = model.config
        self.kv_heads, self.head_dim = kv_shape(hf)
        self.num_layers = hf.num_hidden_layers
        self.device = torch.device(config.device)
        self.block_size = config.block_size
        self.num_blocks = config.num_blocks or self._blocks_that_fit(hf)
        slots = self.num_blocks * self.block_size
        shape = (slots, self.kv_heads, self.head_dim)
        self.cache = PagedCache(
            keys=[torch.zeros(shape, dtype=config.dtype, device=self.device) for _ in range(self.num_layers)],
            values=[torch.zeros(shape, dtype=config.dtype, device=self.device) for _ in range(self.num_layers)],
            block_size=self.block_size, path=config.attention_path)
        self.max_blocks_per_seq = -(-max_model_len // self.block_size)
        # Triton prefill programs, laid out per step at one fixed count: enough for a step of
        # the whole token budget split over every sequence slot.
        self.prefill_tile = prefill_rows(hf.num_attention_heads // self.kv_heads, self.head_dim)[1]
        self.prefill_tile_count = -(-config.max_num_batched_tokens // self.prefill_tile) + config.max_num_seqs
        self.keeps_logits = "logits_to_keep" in inspect.signature(model.forward).parameters
        self.decoder = DecodeRunner(model, self.cache, config.max_num_seqs, self.max_blocks_per_seq, self.device,
                                    self._buckets(), config.use_compile, config.use_graphs, config.compile_tuning)
        self.compiled_forward = None
        if config.use_compile:
            self.compiled_forward = StepCompiler(self._forward)
            start = time.perf_counter()
            self._warm_up_prefill()
            self.decoder.startup["prefill_compile_s"] = time.perf_counter() - start

    def startup_report(self) -> dict:
        """The decode runner's startup record, with each compiled step's graph-break reason read
        now: a prefill the warm-up skipped (a cache of fewer than 9 blocks) compiles at its
        first step, after startup."""
        report = self.decoder.startup_report()
        if self.compiled_forward is not None and self.compiled_forward.graph_break:
            report["prefill_graph_break"] = self.compiled_forward.graph_break
        return report

    def _warm_up_prefill(self) -> None:
        """Compile the prefill forward now, on a step whose sizes are all at least 2 and all
        different (Dynamo gives equal sizes one symbol, and would compile again when they
        part): three sequences, two ending their prompts, the third prefilling a chunk, over
        blocks 1 to 8 (nothing is cached yet: what they leave is overwritten before it is read)."""
        bs = self.block_size
        if self.num_blocks < 9:
            return
        seqs = [Sequence([1] * n, SamplingParams()) for n in (4 * bs + 1, bs + 1, 2 * bs)]
        seqs[0].block_table, seqs[1].block_table, seqs[2].block_table = [1, 2, 3, 4, 5], [6, 7], [8]
        self.run(Batch(seqs, [4 * bs + 1, bs + 1, 3]))

    @contextlib.contextmanager
    def eager(self):
        """Every step uncompiled and without graphs inside the block (module hooks then fire)."""
        with self.decoder.eager():
            yield

    def _compiled_fits(self, tokens: int, rows: int) -> bool:
        """The compiled prefill serves steps whose sizes are all at least 2 (Dynamo would
        specialise 0 and 1 and compile again mid-run; block tables are padded to 2 columns);
        the rest, rare, run eagerly."""
        return self.compiled_forward is not None and not self.decoder.use_eager and tokens > 1 and rows > 1

    @staticmethod
    def _mark_dynamic(batch: PagedBatch, *inputs: torch.Tensor) -> None:
        """The step's sizes (tokens, sequences, logits rows, block-table width) as symbols of
        one graph; the cache and the weights stay static."""
        for t in (*inputs, batch.slot_mapping, batch.query_start, batch.seq_lens, batch.block_tables):
            torch._dynamo.maybe_mark_dynamic(t, 0)
        torch._dynamo.maybe_mark_dynamic(batch.block_tables, 1)

    def release(self) -> None:
        """Give the KV cache and the graphs' memory back, and the model its upstream
        projections (the runner is unusable after)."""
        self.decoder.graphs.clear()
        unfuse_projections(self.model)
        self.cache.keys.clear()
        self.cache.values.clear()
        if self.device.type == "cuda":
            torch.cuda.empty_cache()

    @property
    def kv_bytes_per_token(self) -> int:
        return 2 * self.num_layers * self.kv_heads * self.head_dim * self.config.dtype.itemsize

    def _blocks_that_fit(self, hf) -> int:
        """CPU: ``cpu_kv_tokens``. CUDA: a fraction of the free memory, less a reserve for one
        step's activations at the full token budget (the MLP's widest tensor dominates)."""
        if self.device.type != "cuda":
            return max(2, self.config.cpu_kv_tokens // self.block_size)
        free, _ = torch.cuda.mem_get_info(self.device)
        width = max(getattr(hf, "intermediate_size", 0) or 0,
                    (getattr(hf, "moe_intermediate_size", 0) or 0) * (getattr(hf, "num_experts_per_tok", 1) or 1))
        reserve = self.config.max_num_batched_tokens * (4 * width + 12 * hf.hidden_size) * self.config.dtype.itemsize
        reserve += 2 * 2**30 + 256 * hf.vocab_size * 4  # graphs, workspace, sampled logits
        budget = free * self.config.kv_memory_fraction - reserve
        return max(2, int(budget // (self.kv_bytes_per_token * self.block_size)))

    def _forward(self, input_ids: torch.Tensor, positions: torch.Tensor, logits_index: torch.Tensor | None
                 ) -> torch.Tensor:
        kwargs = {"input_ids": input_ids[None], "position_ids": positions[None], "use_cache": False}
        if logits_index is not None and self.keeps_logits:
            kwargs["logits_to_keep"] = logits_index
        logits = self.model(**kwargs).logits[0]
        if logits_index is not None and not self.keeps_logits:
            logits = logits[logits_index]
        return logits

    def _layout(self, batch: Batch) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[int], list[int], list[int]]:
        """Token ids, positions and cache slots of the step's new tokens (one row), the query
        starts, and the sequences that sample: their last token's index in the row and their
        index in the batch. A prefill chunk's positions and slots are computed as
        arrays, a decoding sequence's one token directly: a mixed step holds thousands of the
        first and hundreds of the second, and its layout is host time the GPU waits for."""
        bs = self.block_size
        total = sum(batch.num_tokens)
        ids, positions, slots = (np.empty(total, dtype=np.int64) for _ in range(3))
        query_start, logits_index, rows = [0], [], []
        for index, (seq, num) in enumerate(zip(batch.seqs, batch.num_tokens)):
            start, at = seq.num_computed, query_start[-1]
            ids[at:at + num] = seq.token_ids[start:start + num]
            if num == 1:
                positions[at] = start
                slots[at] = seq.block_table[start // bs] * bs + start % bs
            else:
                chunk = np.arange(start, start + num)
                positions[at:at + num] = chunk
                slots[at:at + num] = np.asarray(seq.block_table)[chunk // bs] * bs + chunk % bs
            query_start.append(at + num)
            if start + num == len(seq):
                logits_index.append(at + num - 1)
                rows.append(index)
        return ids, positions, slots, query_start, logits_index, rows

    def _tensor(self, values, dtype=torch.int64) -> torch.Tensor:
        host = torch.from_numpy(values) if isinstance(values, np.ndarray) else torch.tensor(values, dtype=dtype)
        return host.to(self.device, non_blocking=True)

    def _block_tables(self, batch: Batch, width: int) -> torch.Tensor:
        tables = np.zeros((len(batch.seqs), width), dtype=np.int32)
        for row, seq in zip(tables, batch.seqs):
            row[:len(seq.block_table)] = seq.block_table
        return self._tensor(tables)

    def _buckets(self) -> list[int]:
        """The graph batch sizes up to ``max_num_seqs`` (at least the smallest)."""
        sizes = [b for b in self.config.graph_batch_sizes if b <= self.config.max_num_seqs]
        return sizes or [min(self.config.graph_batch_sizes)]

    def launch_decode(self, batch: Batch, ids: list[int], previous: torch.Tensor | None
                      ) -> tuple[torch.Tensor, torch.Tensor, torch.cuda.Event | None]:
        """Start a greedy decode step without waiting for it (see ``DecodeRunner.run`` for
        ``ids`` and ``previous``): its tokens on the device, and the host buffer and event
        they come back through."""
        _, tokens = self.decoder.run(batch.seqs, ids, previous)
        return (tokens, *self.decoder.read_back(tokens))

    @torch.inference_mode()
    def run(self, batch: Batch) -> tuple[torch.Tensor, list[int], torch.Tensor | None]:
        """Logits (model dtype) of the sequences that sample this step, their batch rows and,
        for a decode step, their greedy tokens (already on the device)."""
        if batch.is_decode:
            logits, tokens = self.decoder.run(batch.seqs)
            return logits, list(range(len(batch.seqs))), tokens
        ids, positions, slots, query_start, logits_index, rows = self._layout(batch)
        seq_lens = [s.num_computed + n for s, n in zip(batch.seqs, batch.num_tokens)]
        width = max(2, *(len(s.block_table) for s in batch.seqs))  # never 1: see _compiled_fits
        tiles = None
        if self.cache.path == "triton":
            tiles = self._tensor(prefill_tiles(query_start, self.prefill_tile, self.prefill_tile_count))
        self.cache.batch = PagedBatch(
            slot_mapping=self._tensor(slots), query_start=self._tensor(query_start, torch.int32),
            seq_lens=self._tensor(seq_lens, torch.int32), block_tables=self._block_tables(batch, width),
            is_decode=False, host_query_start=query_start, host_seq_lens=seq_lens, tiles=tiles,
            tile=self.prefill_tile)
        activate(self.cache)
        try:
            inputs = (self._tensor(ids), self._tensor(positions), self._tensor(logits_index))
            forward = self._forward
            if self._compiled_fits(len(ids), len(logits_index)):
                forward = self.compiled_forward
                self._mark_dynamic(self.cache.batch, *inputs)
            logits = forward(*inputs)
        finally:
            activate(None)
        return logits, rows, None
