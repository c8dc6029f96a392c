"""Decode steps, the engine's hot loop, with as little host work as a step allows.

A decode step's whole input (each row's token, position, cache slot and length, and the
block tables) lives in one flat int64 buffer, laid out per batch size ``B`` as
``[ids B | positions B | slots B | lengths B | block table W x B]``. The block table is
stored column-major (block ``j`` of every row, then block ``j + 1``), so the part a step
uses (its longest sequence's blocks) is a prefix of the buffer: the host fills it with a
few vectorised writes and moves it with one copy. Padded rows (a batch smaller than its
bucket) point at slot 0 of the reserved block 0 with length 1.

The forward returns the logits and their argmax, so a greedy step reads back one integer
per row and nothing else. A step launched while the one before it is still in flight takes
the tokens that step sampled from the device: the host writes ``-(row + 1)`` for such a row
(its row in the previous step) and one device-side gather puts the token there, and the
step's own tokens come back through a pinned buffer, read when the engine books them.

On CUDA the forward (optionally compiled by Inductor, with the paged attention kept opaque,
see ``attention.paged_attention_op``) is captured in one CUDA graph per batch-size bucket;
replaying a step is then one copy in, one graph, one copy out.
"""

from __future__ import annotations

import contextlib
import time

import torch

from fastkernels.engine.serving.attention import PagedBatch, PagedCache, activate
from fastkernels.engine.serving.compiled import StepCompiler
from fastkernels.engine.serving.sequence import Sequence


class StepInputs:
    """The flat input buffer on the host (pinned on CUDA) and its twin on the device."""

    def __init__(self, max_batch: int, max_blocks: int, block_size: int, device: torch.device):
        self.max_blocks = max_blocks
        self.block_size = block_size
        size = (4 + max_blocks) * max_batch
        self.host = torch.zeros(size, dtype=torch.int64, pin_memory=device.type == "cuda")
        self.array = self.host.numpy()
        self.device = torch.zeros(size, dtype=torch.int64, device=device)
        self.copied = torch.cuda.Event() if device.type == "cuda" else None
        # What each row of the block table holds, for the bucket last laid out: a sequence's
        # (id, preemptions), whose table only grows until it is preempted, and how many of
        # its blocks are written. A step then writes only the blocks that are new since.
        self.table_bucket = 0
        self.table_rows: list[tuple[int, int, int] | None] = []

    def views(self, size: int) -> dict[str, torch.Tensor]:
        """The device tensors of a batch of ``size`` rows (views into one buffer)."""
        buf = self.device
        return {"input_ids": buf[:size], "positions": buf[size:2 * size], "slot_mapping": buf[2 * size:3 * size],
                "seq_lens": buf[3 * size:4 * size],
                "block_tables": buf[4 * size:(4 + self.max_blocks) * size].view(self.max_blocks, size).t()}

    def reset(self, size: int) -> None:
        """Every row padded (used before warm-up and capture)."""
        self.array[:(4 + self.max_blocks) * size] = 0
        self.array[3 * size:4 * size] = 1
        self.device[:(4 + self.max_blocks) * size].copy_(self.host[:(4 + self.max_blocks) * size])
        self.table_bucket = 0

    def stage(self, seqs: list[Sequence], size: int, ids: list[int] | None = None) -> list[int]:
        """Lay out one decode step of ``seqs`` (each computes its newest token, or ``ids``
        instead of those) for a bucket of ``size`` rows and copy it to the device; returns
        the sequences' lengths."""
        if self.copied is not None:
            self.copied.synchronize()  # the previous step's copy has left the pinned buffer
        n, bs, a = len(seqs), self.block_size, self.array
        lens = [len(s) for s in seqs]
        a[:n] = [s.token_ids[-1] for s in seqs] if ids is None else ids
        a[size:size + n] = lens
        a[size:size + n] -= 1
        a[2 * size:2 * size + n] = [s.block_table[(l - 1) // bs] * bs + (l - 1) % bs for s, l in zip(seqs, lens)]
        a[3 * size:3 * size + n] = lens
        a[n:size] = a[size + n:2 * size] = a[2 * size + n:3 * size] = 0
        a[3 * size + n:4 * size] = 1
        width = max(len(s.block_table) for s in seqs)
        self._stage_tables(seqs, size, a[4 * size:(4 + width) * size].reshape(width, size))
        count = (4 + width) * size
        self.device[:count].copy_(self.host[:count], non_blocking=self.copied is not None)
        if self.copied is not None:
            self.copied.record()
        return lens

    def _stage_tables(self, seqs: list[Sequence], size: int, table) -> None:
        """Column ``i`` of ``table`` (a view of the host buffer) gets row ``i``'s block table;
        padded rows point at block 0. A row that holds the same sequence as at the last step
        of this bucket gets only its new blocks: most steps write none (a row's table grows
        by one block every ``block_size`` steps), where writing them all cost most of the
        host's time per step at large batches."""
        if size != self.table_bucket:
            self.table_bucket, self.table_rows = size, [None] * size
        rows = self.table_rows
        for i, s in enumerate(seqs):
            blocks, known = s.block_table, rows[i]
            if known is not None and known[0] == s.id and known[1] == s.preemptions:
                if known[2] < len(blocks):
                    table[known[2]:len(blocks), i] = blocks[known[2]:]
            else:
                table[:len(blocks), i] = blocks
            rows[i] = (s.id, s.preemptions, len(blocks))
        table[0, len(seqs):] = 0
        rows[len(seqs):] = [None] * (size - len(seqs))


def decode_forward(model: torch.nn.Module):
    """The model over one packed row of decode tokens: logits and their greedy tokens."""
    def forward(input_ids: torch.Tensor, positions: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        logits = model(input_ids=input_ids[None], position_ids=positions[None], use_cache=False).logits[0]
        return logits, logits.argmax(-1)
    return forward


class DecodeRunner:
    """Runs decode steps through ``StepInputs``: compiled or not, replayed from CUDA graphs
    at ``buckets`` or called directly. ``startup`` records what compiling and capturing cost."""

    def __init__(self, model: torch.nn.Module, cache: PagedCache, max_batch: int, max_blocks: int,
                 device: torch.device, buckets: list[int], compile: bool, graphs: bool, tune_one: bool = True):
        self.cache = cache
        self.device = device
        self.forward = decode_forward(model)
        self.compiled = self.compiled_one = None
        if compile:
            self.compiled = StepCompiler(self.forward)
            # Batch 1 alone: Inductor turns its matrix-vector products into reductions it can
            # fuse and tune (coordinate descent), which is what reaches the copy bandwidth.
            self.compiled_one = StepCompiler(self.forward, options={"coordinate_descent_tuning": True}) \
                if tune_one else self.compiled
        self.inputs = StepInputs(max_batch, max_blocks, cache.block_size, device)
        # Two pinned buffers for sampled tokens, used in turn: a step's tokens are read while
        # the next step, launched already, may be copying its own.
        self.read_buffers = [torch.zeros(max_batch, dtype=torch.int64, pin_memory=device.type == "cuda")
                             for _ in range(2)]
        self.read_turn = 0
        self.graphs: dict[int, tuple[torch.cuda.CUDAGraph, dict[str, torch.Tensor]]] = {}
        self.use_eager = False
        self.startup = {"compiled": compile, "batch1_tuned": compile and tune_one, "cuda_graphs": graphs,
                        "buckets": sorted(buckets) if graphs else [],
                        "compile_and_warmup_s": 0.0, "capture_s": 0.0}
        if graphs:
            self._capture(sorted(buckets, reverse=True))

    def startup_report(self) -> dict:
        """What starting took, with Dynamo's reason where a compiled step fell back to graph
        breaks. Read when reporting, not at capture: a step that is never captured (--eager)
        compiles at its first call."""
        breaks = [c.graph_break for c in (self.compiled, self.compiled_one) if c is not None and c.graph_break]
        return {**self.startup, **({"graph_break": breaks[0]} if breaks else {})}

    def _batch(self, io: dict[str, torch.Tensor], size: int, lens: list[int] | None) -> PagedBatch:
        return PagedBatch(io["slot_mapping"], io["query_start"], io["seq_lens"], io["block_tables"], is_decode=True,
                          host_query_start=list(range(size + 1)), host_seq_lens=lens or [1] * size)

    def _call(self, fn, io: dict[str, torch.Tensor], batch: PagedBatch):
        self.cache.batch = batch
        activate(self.cache)
        try:
            return fn(io["input_ids"], io["positions"])
        finally:
            activate(None)

    def call_uncaptured(self, io: dict[str, torch.Tensor]):
        """One forward of a captured bucket on its own inputs, outside its graph (profiling)."""
        size = io["input_ids"].shape[0]
        return self._call(self.function(size), io, self._batch(io, size, None))

    def function(self, size: int):
        """The forward a batch of ``size`` rows runs (compiled or not)."""
        if self.compiled is None or self.use_eager:
            return self.forward
        return self.compiled_one if size == 1 else self.compiled

    def _mark_dynamic(self, io: dict[str, torch.Tensor], size: int) -> None:
        """One compiled graph serves every bucket above 1 (batch 1 gets its own)."""
        if self.compiled is not None and size > 1:
            for t in io.values():
                torch._dynamo.mark_dynamic(t, 0)

    @torch.inference_mode()
    def _capture(self, sizes: list[int]) -> None:
        """One graph per bucket, largest first, sharing one memory pool."""
        pool = None
        for size in sizes:
            fn = self.function(size)
            io = dict(self.inputs.views(size))
            io["query_start"] = torch.arange(size + 1, dtype=torch.int64, device=self.device)
            self.inputs.reset(size)
            self._mark_dynamic(io, size)
            batch = self._batch(io, size, None)
            start = time.perf_counter()
            for _ in range(2):  # compile, autotune, lazy initialisation
                self._call(fn, io, batch)
            torch.cuda.synchronize()
            self.startup["compile_and_warmup_s"] += time.perf_counter() - start
            start = time.perf_counter()
            graph = torch.cuda.CUDAGraph()
            with torch.cuda.graph(graph, pool=pool):
                io["logits"], io["tokens"] = self._call(fn, io, batch)
            torch.cuda.synchronize()
            self.startup["capture_s"] += time.perf_counter() - start
            pool = graph.pool()
            self.graphs[size] = (graph, io)

    @contextlib.contextmanager
    def eager(self):
        """Decode uncompiled and without graphs inside the block (module hooks then fire)."""
        self.use_eager = True
        try:
            yield
        finally:
            self.use_eager = False

    @staticmethod
    def _feed(input_ids: torch.Tensor, previous: torch.Tensor) -> None:
        """Rows staged as ``-(row + 1)`` take ``previous[row]``, on the device."""
        rows = (-input_ids - 1).clamp_(min=0)
        input_ids.copy_(torch.where(input_ids < 0, previous[rows], input_ids))

    @torch.inference_mode()
    def run(self, seqs: list[Sequence], ids: list[int] | None = None, previous: torch.Tensor | None = None
            ) -> tuple[torch.Tensor, torch.Tensor]:
        """Logits and greedy tokens of one decode step, one row per sequence; ``ids`` and
        ``previous``: the step's input tokens, a negative one naming a row of ``previous``
        (the tokens of the step before, still on the device)."""
        n = len(seqs)
        if self.graphs and not self.use_eager and n <= max(self.graphs):
            bucket = min(b for b in self.graphs if b >= n)
            graph, io = self.graphs[bucket]
            self.inputs.stage(seqs, bucket, ids)
            if previous is not None:
                self._feed(io["input_ids"][:n], previous)
            graph.replay()
            return io["logits"][:n], io["tokens"][:n]
        lens = self.inputs.stage(seqs, n, ids)
        io = self.inputs.views(n)
        if previous is not None:
            self._feed(io["input_ids"], previous)
        io["query_start"] = torch.arange(n + 1, dtype=torch.int64, device=self.device)
        if not self.use_eager:
            self._mark_dynamic(io, n)
        return self._call(self.function(n), io, self._batch(io, n, lens))

    def read_back(self, tokens: torch.Tensor) -> tuple[torch.Tensor, torch.cuda.Event | None]:
        """Start copying ``tokens`` to the host; returns the host buffer and the event after
        which it holds them (``None`` on the CPU, where the copy is done on return)."""
        host = self.read_buffers[self.read_turn][:tokens.shape[0]]
        self.read_turn ^= 1
        if self.device.type != "cuda":
            host.copy_(tokens)
            return host, None
        host.copy_(tokens, non_blocking=True)
        event = torch.cuda.Event()
        event.record()
        return host, event
