"""How the Triton prefill kernel splits a step among its programs, on the host and without
Triton: each program takes ``tile`` query tokens of one sequence and one KV head. The model
runner lays the programs out once per step, the kernel's wrapper only when given none."""

from __future__ import annotations

import numpy as np


def _next_power_of_2(n: int) -> int:
    return 1 << max(0, n - 1).bit_length()


def prefill_rows(group: int, head_dim: int) -> tuple[int, int]:
    """(rows, tokens) of one Triton prefill program: its rows are its tokens times the
    ``group`` query heads that share a KV head, 64 rows for heads up to 128 wide (32 above,
    where a row costs twice the registers), at least 16 and at least one token's group."""
    rows = max(16, _next_power_of_2(group), 64 if max(16, _next_power_of_2(head_dim)) <= 128 else 32)
    return rows, max(1, rows // group)


def prefill_tiles(query_start: list[int], tile: int, size: int | None = None) -> np.ndarray:
    """The Triton prefill programs of a step as a [2, n] int32 array: row 0 each program's
    sequence, row 1 its first token in the packed row, ``tile`` tokens apart. ``size`` pads
    n to a fixed count with sequence -1 (programs that exit at once), so a compiled prefill
    sees one shape whatever the step, and the host lays the tiles out once per step rather
    than each layer reading the lengths back from the GPU."""
    starts = np.asarray(query_start, dtype=np.int64)
    counts = -(-np.diff(starts) // tile)
    total = int(counts.sum())
    seqs = np.repeat(np.arange(len(counts)), counts)
    within = np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts)
    tiles = np.full((2, total if size is None else size), -1, dtype=np.int32)
    if total > tiles.shape[1]:
        raise ValueError(f"{total} prefill tiles do not fit the {size} laid out; size them for the step's token budget")
    tiles[0, :total] = seqs
    tiles[1, :total] = starts[seqs] + within * tile
    return tiles
