"""Continuous batching: which sequences run in the next step, and how many of their tokens.

One step has a token budget (``max_num_batched_tokens``). Running sequences go first, in
the order they were admitted: a decoding sequence takes one token, a sequence still in its
prompt takes what is left of it up to the budget (chunked prefill). Waiting sequences are
admitted while budget, sequence slots and free blocks last. When a running sequence needs a
block and none is free, the most recently admitted sequence is preempted: its blocks are
freed and it goes back to the front of the queue, to be recomputed from its tokens later.
The engine refuses any request whose whole length exceeds the cache, so the oldest sequence
always fits alone and preemption cannot go on forever.
"""

from __future__ import annotations

import collections
import dataclasses
import functools

from fastkernels.engine.serving.block_manager import BlockManager
from fastkernels.engine.serving.config import EngineConfig
from fastkernels.engine.serving.sequence import Sequence, Status


@dataclasses.dataclass
class Batch:
    """One step's work: each sequence with the number of its tokens to compute."""

    seqs: list[Sequence]
    num_tokens: list[int]

    @functools.cached_property
    def is_decode(self) -> bool:
        """Every sequence computes exactly its one newest token: the shape graphs capture.
        Read first before the step runs (the runner does), and kept: the step then moves the
        sequences on, and callers after it ask what the step was."""
        return all(n == 1 and s.num_pending == 1 for s, n in zip(self.seqs, self.num_tokens))


class Scheduler:
    def __init__(self, config: EngineConfig, blocks: BlockManager):
        self.config = config
        self.blocks = blocks
        self.waiting: collections.deque[Sequence] = collections.deque()
        self.running: list[Sequence] = []
        self.num_preemptions = 0

    def add(self, seq: Sequence) -> None:
        self.waiting.append(seq)

    @property
    def has_work(self) -> bool:
        return bool(self.waiting or self.running)

    def _preempt(self, seq: Sequence) -> None:
        self.blocks.free_blocks(seq)
        seq.status = Status.WAITING
        seq.preemptions += 1
        self.num_preemptions += 1
        self.waiting.appendleft(seq)

    def schedule(self) -> Batch:
        budget = self.config.max_num_batched_tokens
        batch = Batch([], [])
        preempted = False
        index = 0
        while index < len(self.running) and budget > 0:
            seq = self.running[index]
            if seq.ends_in_flight:  # finishes when its step lands; keeps its blocks until then
                index += 1
                continue
            num = min(seq.num_pending, budget)
            while not self.blocks.allocate(seq, num):
                victim = self.running.pop()
                self._preempt(victim)
                preempted = True
                if victim is seq:
                    break
            else:
                batch.seqs.append(seq)
                batch.num_tokens.append(num)
                budget -= num
                index += 1
                continue
            break
        while self.waiting and budget > 0 and not preempted and len(self.running) < self.config.max_num_seqs:
            seq = self.waiting[0]
            if not seq.block_table:
                self.blocks.match_prefix(seq)
            num = min(seq.num_pending, budget)
            if not self.blocks.allocate(seq, num):
                self.blocks.free_blocks(seq)
                break
            self.waiting.popleft()
            seq.status = Status.RUNNING
            self.running.append(seq)
            batch.seqs.append(seq)
            batch.num_tokens.append(num)
            budget -= num
        return batch

    def finish(self, seq: Sequence, reason: str) -> None:
        """Also for a sequence preempted while its last step was in flight (then waiting)."""
        (self.running if seq.status is Status.RUNNING else self.waiting).remove(seq)
        seq.status = Status.FINISHED
        seq.finish_reason = reason
        self.blocks.free_blocks(seq)
