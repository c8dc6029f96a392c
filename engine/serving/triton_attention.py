"""Paged attention in Triton: one kernel for decode and for (chunked) prefill.

A program owns one tile of a sequence's query tokens and one KV head. Its rows are the
tile's tokens times the query heads that share that KV head (grouped-query attention), so
each key block is read once per KV head, not once per query head; a decode tile is one
token. Keys are gathered block by block through the sequence's block table with an online
softmax (flash attention), honouring causality, a sliding window, logit softcapping and
per-head sink logits. Prefill tiles are listed on the host; decode needs no host work, so it
can be captured in a CUDA graph.

A decode step also writes its token's key and value into the cache here (one launch
instead of a scatter per tensor before the kernel): each program stores its KV head's row
at the token's slot, and takes that position's key and value from the row it holds rather
than from the cache line it is writing, so no result depends on when a store lands.
"""

from __future__ import annotations

import torch
import triton
import triton.language as tl

from fastkernels.engine.serving.prefill_layout import prefill_rows, prefill_tiles

LOG2E = 1.4426950408889634


@triton.jit
def _paged_attention_kernel(
    Q, K, V, O, block_tables, seq_lens, query_start, tile_seq, tile_start, sinks,
    K_new, V_new, slot_mapping, kn_stride_t, kn_stride_h, vn_stride_t, vn_stride_h,
    scale, softcap, window, bt_stride, bt_stride_block,
    HQ: tl.constexpr, HKV: tl.constexpr, GROUP: tl.constexpr, HEAD_DIM: tl.constexpr,
    BLOCK_D: tl.constexpr, TILE: tl.constexpr, ROWS: tl.constexpr, BLOCK_N: tl.constexpr,
    PAGE: tl.constexpr, DECODE: tl.constexpr, HAS_SOFTCAP: tl.constexpr, HAS_WINDOW: tl.constexpr,
    HAS_SINKS: tl.constexpr, PRECISION: tl.constexpr, WRITE_KV: tl.constexpr,
):
    pid = tl.program_id(0)
    kv_head = tl.program_id(1)
    if DECODE:
        seq = pid
        first = pid
    else:
        seq = tl.load(tile_seq + pid)
        if seq < 0:  # padding: the step has fewer tiles than were laid out
            return
        first = tl.load(tile_start + pid)
    q_begin = tl.load(query_start + seq)
    q_end = tl.load(query_start + seq + 1)
    seq_len = tl.load(seq_lens + seq)
    context = seq_len - (q_end - q_begin)  # position of the sequence's first new token

    rows = tl.arange(0, ROWS)
    token = first + rows // GROUP
    head = kv_head * GROUP + rows % GROUP
    row_ok = (rows < TILE * GROUP) & (token < q_end)
    position = context + token - q_begin
    d = tl.arange(0, BLOCK_D)
    d_ok = d < HEAD_DIM
    q = tl.load(Q + token[:, None] * (HQ * HEAD_DIM) + head[:, None] * HEAD_DIM + d[None, :],
                mask=row_ok[:, None] & d_ok[None, :], other=0.0)

    last = context + tl.minimum(first + TILE, q_end) - 1 - q_begin  # last position in the tile
    hi = tl.minimum(last + 1, seq_len)
    lo = 0
    if HAS_WINDOW:
        lo = tl.maximum(context + first - q_begin - window + 1, 0)
        lo = (lo // BLOCK_N) * BLOCK_N
    if WRITE_KV:  # decode: this token's key and value, stored at its slot and used from registers
        k_new = tl.load(K_new + seq * kn_stride_t + kv_head * kn_stride_h + d, mask=d_ok, other=0.0)
        v_new = tl.load(V_new + seq * vn_stride_t + kv_head * vn_stride_h + d, mask=d_ok, other=0.0)
        k_new, v_new = k_new.to(K.dtype.element_ty), v_new.to(V.dtype.element_ty)
        new_slot = tl.load(slot_mapping + seq).to(tl.int64)
        tl.store(K + new_slot * (HKV * HEAD_DIM) + kv_head * HEAD_DIM + d, k_new, mask=d_ok)
        tl.store(V + new_slot * (HKV * HEAD_DIM) + kv_head * HEAD_DIM + d, v_new, mask=d_ok)
    m_i = tl.full([ROWS], -1.0e30, tl.float32)
    l_i = tl.zeros([ROWS], tl.float32)
    acc = tl.zeros([ROWS, BLOCK_D], tl.float32)
    qk_scale = scale * 1.4426950408889634
    for start in range(lo, hi, BLOCK_N):
        n = start + tl.arange(0, BLOCK_N)
        n_ok = n < hi
        page = tl.load(block_tables + seq * bt_stride + (n // PAGE) * bt_stride_block, mask=n_ok, other=0)
        slot = page.to(tl.int64) * PAGE + n % PAGE
        kv_offset = slot[:, None] * (HKV * HEAD_DIM) + kv_head * HEAD_DIM + d[None, :]
        k = tl.load(K + kv_offset, mask=n_ok[:, None] & d_ok[None, :], other=0.0)
        if WRITE_KV:
            k = tl.where((n == seq_len - 1)[:, None], k_new[None, :], k)
        s = tl.dot(q, tl.trans(k), input_precision=PRECISION)
        if HAS_SOFTCAP:
            x = s * (scale / softcap)
            s = (2.0 * tl.sigmoid(2.0 * x) - 1.0) * softcap * 1.4426950408889634
        else:
            s = s * qk_scale
        allowed = (n[None, :] <= position[:, None]) & n_ok[None, :]
        if HAS_WINDOW:
            allowed = allowed & (n[None, :] > position[:, None] - window)
        s = tl.where(allowed, s, -1.0e30)
        m_new = tl.maximum(m_i, tl.max(s, 1))
        p = tl.exp2(s - m_new[:, None])
        p = tl.where(allowed, p, 0.0)
        alpha = tl.exp2(m_i - m_new)
        l_i = l_i * alpha + tl.sum(p, 1)
        v = tl.load(V + kv_offset, mask=n_ok[:, None] & d_ok[None, :], other=0.0)
        if WRITE_KV:
            v = tl.where((n == seq_len - 1)[:, None], v_new[None, :], v)
        acc = acc * alpha[:, None] + tl.dot(p.to(v.dtype), v, input_precision=PRECISION)
        m_i = m_new
    if HAS_SINKS:
        sink = tl.load(sinks + head, mask=row_ok, other=0.0).to(tl.float32) * 1.4426950408889634
        m_new = tl.maximum(m_i, sink)
        alpha = tl.exp2(m_i - m_new)
        l_i = l_i * alpha + tl.exp2(sink - m_new)
        acc = acc * alpha[:, None]
    out = acc / tl.maximum(l_i, 1.0e-30)[:, None]
    tl.store(O + token[:, None] * (HQ * HEAD_DIM) + head[:, None] * HEAD_DIM + d[None, :],
             out.to(O.dtype.element_ty), mask=row_ok[:, None] & d_ok[None, :])


def paged_attention(q: torch.Tensor, keys: torch.Tensor, values: torch.Tensor, batch, block_size: int,
                    scale: float, sliding_window: int | None, softcap: float | None,
                    sinks: torch.Tensor | None, new_kv: tuple[torch.Tensor, torch.Tensor] | None = None,
                    tiles: tuple[int, int, int] | None = None) -> torch.Tensor:
    """``q``: [tokens, heads, head_dim]; ``keys``/``values``: [slots, kv_heads, head_dim].
    ``new_kv`` (decode only): the step's keys and values, [tokens, kv_heads, head_dim], for
    the kernel to write at ``batch.slot_mapping``; without it they must be in the cache.
    ``tiles``: (keys per tile, warps, pipeline stages) instead of the measured defaults, for
    the bandwidth sweep (``docs/results/serving/attention/decode_bandwidth.py``)."""
    q = q.contiguous()  # the kernel addresses rows as token * heads * head_dim
    tokens, heads, head_dim = q.shape
    kv_heads = keys.shape[1]
    group = heads // kv_heads
    out = torch.empty_like(q)
    block_d = max(16, triton.next_power_of_2(head_dim))
    if batch.is_decode:
        tile, rows = 1, max(16, triton.next_power_of_2(group))
        grid = (batch.seq_lens.shape[0], kv_heads)
        tile_seq = tile_start = batch.seq_lens  # unused by the decode variant
        # Decode is a stream over the cache: measured on an H100 (batch 256, contexts of 512 to
        # 1280 tokens, docs/results/serving/attention/), 128 keys a tile for 64-wide heads and
        # 3 stages reach 87% and 95% (128-wide heads, 64 keys) of the copy bandwidth, against
        # 81% and 92% with 64 keys and 2 stages; the stages' buffers stay under 100 KB.
        block_n = 128 if block_d <= 64 else 64 if block_d <= 128 else 32
        stages = 3 if block_d <= 128 else 2
    else:
        rows, tile = prefill_rows(group, head_dim)
        programs = batch.tiles
        if programs is None or batch.tile != tile:  # none laid out by the runner, or for another tile
            # under the compiled op, host lengths come only with no tiles: read them back here
            starts = batch.host_query_start or batch.query_start.tolist()
            programs = torch.from_numpy(prefill_tiles(starts, tile)).to(q.device, non_blocking=True)
        tile_seq, tile_start = programs[0], programs[1]
        grid = (tile_seq.shape[0], kv_heads)
        block_n = 64 if block_d <= 128 else 32
        stages = 2
    if new_kv is not None and not batch.is_decode:
        raise ValueError("new_kv is for decode steps; a prefill writes the cache before attending")
    warps = 4
    if tiles is not None:
        block_n, warps, stages = tiles
    k_new, v_new = (t if t.stride(-1) == 1 else t.contiguous() for t in new_kv) if new_kv else (q, q)
    _paged_attention_kernel[grid](
        q, keys, values, out, batch.block_tables, batch.seq_lens, batch.query_start, tile_seq, tile_start,
        sinks if sinks is not None else q,
        k_new, v_new, batch.slot_mapping, k_new.stride(0), k_new.stride(1), v_new.stride(0), v_new.stride(1),
        scale, softcap or 1.0, sliding_window or 0,
        batch.block_tables.stride(0), batch.block_tables.stride(1),  # decode tables are column-major
        HQ=heads, HKV=kv_heads, GROUP=group, HEAD_DIM=head_dim, BLOCK_D=block_d, TILE=tile, ROWS=rows,
        BLOCK_N=block_n, PAGE=block_size, DECODE=batch.is_decode, HAS_SOFTCAP=softcap is not None,
        HAS_WINDOW=bool(sliding_window), HAS_SINKS=sinks is not None, WRITE_KV=new_kv is not None,
        # float32 caches are for exact comparisons: no TF32 rounding in the products
        PRECISION="ieee" if q.dtype == torch.float32 else "tf32",
        num_warps=warps, num_stages=stages,
    )
    return out
