"""Paged attention under unmodified upstream modeling code.

The engine registers one attention function with transformers' ``AttentionInterface`` under
``ATTENTION_NAME`` and builds models with ``attn_implementation=ATTENTION_NAME``. Because
that name is not registered with ``AttentionMaskInterface``, the upstream mask builders
return ``None`` at once (``masking_utils._preprocess_mask_arguments``): no mask is built on
the host, which keeps a decode step capturable in a CUDA graph. Sequences are packed along
one batch row, so the function gets ``query`` as ``[1, heads, tokens, head_dim]`` and finds
the rest (where each token's keys go, each sequence's blocks and length) in the step's
``PagedBatch``, set by the model runner; the module's ``layer_idx`` picks the cache layer.

The upstream attention modules pass their variants as keyword arguments, which the paths
here honour: ``sliding_window`` (Gemma 2/3, Mistral, GPT-OSS: a query sees the last
``sliding_window`` positions, itself included), ``softcap`` (Gemma 2's tanh capping of the
logits) and ``s_aux`` (GPT-OSS's per-head sink logit, which takes part in the softmax and
contributes no value).
"""

from __future__ import annotations

import dataclasses

import torch
import torch.nn.functional as F
from transformers import AttentionInterface

ATTENTION_NAME = "fk_paged"


@dataclasses.dataclass
class PagedBatch:
    """The step's layout over the cache. ``query_start`` has one more entry than there are
    sequences (cumulative query lengths); ``seq_lens`` counts each sequence's tokens with
    KV after this step; ``slot_mapping`` is the cache slot of each new token."""

    slot_mapping: torch.Tensor
    query_start: torch.Tensor
    seq_lens: torch.Tensor
    block_tables: torch.Tensor
    is_decode: bool
    host_query_start: list[int] = dataclasses.field(default_factory=list)
    host_seq_lens: list[int] = dataclasses.field(default_factory=list)
    # Triton prefill only: the programs' (sequence, first token) pairs, [2, n] int32, padded
    # with sequence -1, laid out by the runner for tiles of ``tile`` tokens (see prefill_layout).
    tiles: torch.Tensor | None = None
    tile: int = 0


@dataclasses.dataclass
class PagedCache:
    """Per layer, keys and values as ``[num_blocks * block_size, kv_heads, head_dim]``."""

    keys: list[torch.Tensor]
    values: list[torch.Tensor]
    block_size: int
    path: str = "sdpa"
    batch: PagedBatch | None = None


_active: PagedCache | None = None


def activate(cache: PagedCache | None) -> None:
    """Make ``cache`` the one the registered attention function reads and writes."""
    global _active
    _active = cache


def _gathered_attention(cache: PagedCache, layer: int, q: torch.Tensor, scaling: float,
                        sliding_window: int | None, softcap: float | None,
                        sinks: torch.Tensor | None) -> torch.Tensor:
    """Any device: per sequence, gather its blocks into contiguous keys and values and run
    SDPA (or the same math written out, for softcapping and sinks, which SDPA lacks)."""
    batch = cache.batch
    keys, values = cache.keys[layer], cache.values[layer]
    out = torch.empty_like(q)
    heads, kv_heads = q.shape[1], keys.shape[1]
    bs = cache.block_size
    for i, seq_len in enumerate(batch.host_seq_lens):
        start, end = batch.host_query_start[i], batch.host_query_start[i + 1]
        q_len = end - start
        blocks = batch.block_tables[i, :-(-seq_len // bs)]
        slots = (blocks[:, None] * bs + torch.arange(bs, device=q.device)).flatten()[:seq_len]
        k = keys[slots].transpose(0, 1).repeat_interleave(heads // kv_heads, 0)
        v = values[slots].transpose(0, 1).repeat_interleave(heads // kv_heads, 0)
        qi = q[start:end].transpose(0, 1)
        positions = torch.arange(seq_len - q_len, seq_len, device=q.device)[:, None]
        kv_pos = torch.arange(seq_len, device=q.device)[None, :]
        allowed = kv_pos <= positions
        if sliding_window:
            allowed &= kv_pos > positions - sliding_window
        if softcap is None and sinks is None:
            o = F.scaled_dot_product_attention(qi, k, v, attn_mask=allowed, scale=scaling)
        else:
            scores = (qi.float() @ k.float().transpose(1, 2)) * scaling
            if softcap is not None:
                scores = torch.tanh(scores / softcap) * softcap
            scores = scores.masked_fill(~allowed, float("-inf"))
            if sinks is not None:
                sink = sinks.float().reshape(-1, 1, 1).expand(-1, q_len, 1)
                scores = torch.cat([scores, sink], dim=-1)
            probs = scores.softmax(-1)[..., :seq_len]
            o = (probs @ v.float()).to(q.dtype)
        out[start:end] = o.transpose(0, 1)
    return out


def _attend(cache: PagedCache, layer: int, q: torch.Tensor, key: torch.Tensor, value: torch.Tensor,
            scaling: float, sliding_window: int | None, softcap: float | None,
            sinks: torch.Tensor | None) -> torch.Tensor:
    """Write this step's keys and values (``[tokens, kv_heads, head_dim]``) into the cache
    at ``cache.batch.slot_mapping``, then attend each new token to its sequence's cached
    tokens; returns ``[tokens, heads, head_dim]``, contiguous. A Triton decode step does
    both in one kernel."""
    kernel_writes = cache.path == "triton" and cache.batch.is_decode
    if not kernel_writes:
        slots = cache.batch.slot_mapping
        cache.keys[layer].index_copy_(0, slots, key.to(cache.keys[layer].dtype))
        cache.values[layer].index_copy_(0, slots, value.to(cache.values[layer].dtype))
    if cache.path == "triton":
        from fastkernels.engine.serving.triton_attention import paged_attention

        return paged_attention(q, cache.keys[layer], cache.values[layer], cache.batch, cache.block_size,
                               scaling, sliding_window, softcap, sinks, (key, value) if kernel_writes else None)
    return _gathered_attention(cache, layer, q, scaling, sliding_window, softcap, sinks)


@torch.library.custom_op("fk::paged_attention", mutates_args=("key_cache", "value_cache"))
def paged_attention_op(q: torch.Tensor, key: torch.Tensor, value: torch.Tensor, key_cache: torch.Tensor,
                       value_cache: torch.Tensor, slot_mapping: torch.Tensor, query_start: torch.Tensor,
                       seq_lens: torch.Tensor, block_tables: torch.Tensor, block_size: int, path: str,
                       is_decode: bool, scaling: float, sliding_window: int, softcap: float,
                       sinks: torch.Tensor | None, tiles: torch.Tensor | None, tile: int) -> torch.Tensor:
    """``_attend`` as one opaque operator, for compiled forwards: the compiler sees its
    inputs, its output and the two cache tensors it writes, never the kernel or the step's
    Python-side layout. Host-side lengths are read back only by the SDPA path (CPU) and by
    a Triton prefill given no tiles (or tiles for another tile size, in the kernel's wrapper)."""
    host_query_start = host_seq_lens = []
    if path != "triton" or not (is_decode or tiles is not None):
        host_query_start, host_seq_lens = query_start.tolist(), seq_lens.tolist()
    cache = PagedCache([key_cache], [value_cache], block_size, path,
                       PagedBatch(slot_mapping, query_start, seq_lens, block_tables, is_decode,
                                  host_query_start, host_seq_lens, tiles, tile))
    return _attend(cache, 0, q, key, value, scaling, sliding_window or None, softcap or None, sinks).contiguous()


@paged_attention_op.register_fake
def _(q, key, value, key_cache, value_cache, slot_mapping, query_start, seq_lens, block_tables, block_size, path,
      is_decode, scaling, sliding_window, softcap, sinks, tiles, tile):
    return q.new_empty(q.shape)


def paged_attention_forward(module: torch.nn.Module, query: torch.Tensor, key: torch.Tensor,
                            value: torch.Tensor, attention_mask: torch.Tensor | None,
                            scaling: float | None = None, dropout: float = 0.0,
                            sliding_window: int | None = None, softcap: float | None = None,
                            s_aux: torch.Tensor | None = None, **kwargs) -> tuple[torch.Tensor, None]:
    """The registered function: write this step's keys and values into the cache, then
    attend each new token to its sequence's cached tokens. Under ``torch.compile`` the same
    work goes through the opaque ``fk::paged_attention`` operator."""
    cache = _active
    if cache is None or cache.batch is None:
        raise RuntimeError(f"{ATTENTION_NAME} attention runs only inside the serving engine's model runner")
    layer = module.layer_idx
    scaling = scaling if scaling is not None else query.shape[-1] ** -0.5
    q = query[0].transpose(0, 1)  # [tokens, heads, head_dim]
    key, value = key[0].transpose(0, 1), value[0].transpose(0, 1)
    if torch.compiler.is_compiling():
        b = cache.batch
        out = torch.ops.fk.paged_attention(
            q, key, value, cache.keys[layer], cache.values[layer], b.slot_mapping, b.query_start, b.seq_lens,
            b.block_tables, cache.block_size, cache.path, b.is_decode, scaling, sliding_window or 0,
            softcap or 0.0, s_aux, b.tiles, b.tile)
    else:
        out = _attend(cache, layer, q, key, value, scaling, sliding_window, softcap, s_aux)
    return out.unsqueeze(0), None


AttentionInterface.register(ATTENTION_NAME, paged_attention_forward)
