"""Embedding lookup in Triton: each program copies a tile of rows of the table into the
output, one read and one write per gathered element (what ``nn.Embedding`` moves in
inference, where ``padding_idx`` only matters to the gradient)."""
from __future__ import annotations

import torch

from fastkernels.baselines.triton import AVAILABLE

if AVAILABLE:
    import triton
    import triton.language as tl

    @triton.jit
    def _gather_rows(ids_ptr, table_ptr, out_ptr, n_rows, n_cols, table_stride,
                     ROWS: tl.constexpr, BLOCK: tl.constexpr):
        rows = tl.program_id(0).to(tl.int64) * ROWS + tl.arange(0, ROWS)
        cols = tl.program_id(1) * BLOCK + tl.arange(0, BLOCK)
        row_mask = rows < n_rows
        ids = tl.load(ids_ptr + rows, mask=row_mask, other=0).to(tl.int64)
        mask = row_mask[:, None] & (cols < n_cols)[None, :]
        values = tl.load(table_ptr + ids[:, None] * table_stride + cols[None, :], mask=mask)
        tl.store(out_ptr + rows[:, None] * n_cols + cols[None, :], values, mask=mask)


def embedding(ids: torch.Tensor, table: torch.Tensor) -> torch.Tensor:
    flat = ids.reshape(-1)
    n_rows, n_cols = flat.numel(), table.shape[1]
    out = torch.empty((n_rows, n_cols), dtype=table.dtype, device=table.device)
    if n_rows:
        block = min(triton.next_power_of_2(n_cols), 1024)
        rows = max(1, 2048 // block)
        grid = (triton.cdiv(n_rows, rows), triton.cdiv(n_cols, block))
        _gather_rows[grid](flat, table, out, n_rows, n_cols, table.stride(0), ROWS=rows, BLOCK=block, num_warps=4)
    return out.reshape(*ids.shape, n_cols)


def for_module(model: torch.nn.Module, variant: str = ""):
    """For an ``nn.Embedding`` without ``max_norm`` (which renormalises the table in place)."""
    table = getattr(model, "weight", None)
    if (not isinstance(table, torch.Tensor) or table.dim() != 2 or table.stride(1) != 1
            or getattr(model, "max_norm", None) is not None):
        return None
    return lambda input: embedding(input, table)
