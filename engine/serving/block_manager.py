"""The paged KV cache's bookkeeping: which fixed-size block of cache slots holds which
tokens of which sequence.

Block 0 is never handed out: padded rows of a captured decode batch write their keys there.
A full block is remembered by the hash of its tokens and of every token before it, so a new
sequence whose leading blocks hold the same tokens shares them (reference counted) instead of
computing them again. A freed block keeps its hash until it is handed out again, so a prompt
that comes back soon still finds it.
"""

from __future__ import annotations

import collections

from fastkernels.engine.serving.sequence import Sequence


class BlockManager:
    def __init__(self, num_blocks: int, block_size: int, prefix_sharing: bool = True):
        if num_blocks < 2:
            raise ValueError(f"num_blocks={num_blocks}: the KV cache needs at least 2 blocks")
        self.block_size = block_size
        self.num_blocks = num_blocks
        self.prefix_sharing = prefix_sharing
        self.ref_count = [0] * num_blocks
        self.block_key: list[tuple | None] = [None] * num_blocks
        self.cached: dict[tuple, int] = {}
        # An ordered set: the longest-free block goes out first. OrderedDict, not dict: a dict
        # whose leading entries were deleted scans their tombstones on every ``next(iter())``.
        self.free: collections.OrderedDict[int, None] = collections.OrderedDict.fromkeys(range(1, num_blocks))

    @property
    def usable_blocks(self) -> int:
        return self.num_blocks - 1

    @property
    def num_free(self) -> int:
        return len(self.free)

    def blocks_for(self, num_tokens: int) -> int:
        return -(-num_tokens // self.block_size)

    def _take(self, block: int) -> None:
        if self.ref_count[block] == 0:
            del self.free[block]
        self.ref_count[block] += 1

    def _new_block(self) -> int:
        block = next(iter(self.free))
        key = self.block_key[block]
        if key is not None and self.cached.get(key) == block:
            del self.cached[key]
        self.block_key[block] = None
        self._take(block)
        return block

    def _key(self, seq: Sequence, index: int, previous: tuple | None) -> tuple:
        """A full block's key: the previous block's key hash and its own tokens."""
        size = self.block_size
        return (hash(previous), tuple(seq.token_ids[index * size:(index + 1) * size]))

    def match_prefix(self, seq: Sequence) -> int:
        """Share the cached blocks that hold this blockless sequence's leading tokens; at least
        one token is left to compute, since sampling needs its logits. Returns tokens matched."""
        assert not seq.block_table
        if not self.prefix_sharing:
            return 0
        previous = None
        for index in range((len(seq) - 1) // self.block_size):
            key = self._key(seq, index, previous)
            block = self.cached.get(key)
            if block is None:
                break
            self._take(block)
            seq.block_table.append(block)
            seq.block_keys.append(key)
            previous = key
        seq.num_computed = seq.num_cached = len(seq.block_table) * self.block_size
        return seq.num_computed

    def allocate(self, seq: Sequence, num_new: int) -> bool:
        """Blocks for ``num_new`` more tokens of ``seq``, if enough are free (else none are
        taken and it returns False)."""
        needed = self.blocks_for(seq.num_computed + num_new) - len(seq.block_table)
        if needed <= 0:
            return True
        if needed > self.num_free:
            return False
        for _ in range(needed):
            seq.block_table.append(self._new_block())
        return True

    def commit(self, seq: Sequence) -> None:
        """Remember the blocks that this step's forward filled, for later prefix matches."""
        if not self.prefix_sharing:
            return
        full = min(seq.num_computed // self.block_size, len(seq.block_table))
        for index in range(len(seq.block_keys), full):
            key = self._key(seq, index, seq.block_keys[-1] if seq.block_keys else None)
            seq.block_keys.append(key)
            block = seq.block_table[index]
            if self.block_key[block] is None:
                self.block_key[block] = key
                self.cached.setdefault(key, block)

    def forget_prefixes(self) -> None:
        """Drop every remembered block, so that a repeated workload computes its prompts again
        (a benchmark's repeats must not find the previous repeat's prompts cached)."""
        assert self.num_free == self.usable_blocks, "forget_prefixes while sequences hold blocks"
        self.cached.clear()
        self.block_key = [None] * self.num_blocks

    def free_blocks(self, seq: Sequence) -> None:
        """Release a finished or preempted sequence's blocks (tail first, so that shared
        leading blocks stay cached longest)."""
        for block in reversed(seq.block_table):
            self.ref_count[block] -= 1
            if self.ref_count[block] == 0:
                self.free[block] = None
        seq.block_table = []
        seq.block_keys = []
        seq.num_computed = seq.num_cached = 0
