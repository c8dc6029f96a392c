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


def paged_attention_forward(module: torch.nn.Module, query: torch.Tensor, key: torch.Tensor,
                            value: torch.Tensor, attention_mask: torch.Tensor | None,
                            scaling: float | None = None, dropout: float = 0.0,
                            sliding_window: int | None = None, softcap: float | None = None,
                            s_aux: torch.Tensor | None = None, **kwargs) -> tuple[torch.Tensor, None]:
    """The registered function: write this step's keys and values into the cache, then
    attend each new token to its sequence's cached tokens."""
    cache = _active
    if cache is None or cache.batch is None:
        raise RuntimeError(f"{ATTENTION_NAME} attention runs only inside the serving engine's model runner")
    layer = module.layer_idx
    scaling = scaling if scaling is not None else query.shape[-1] ** -0.5
    q = query[0].transpose(0, 1)  # [tokens, heads, head_dim]
    slots = cache.batch.slot_mapping
    cache.keys[layer].index_copy_(0, slots, key[0].transpose(0, 1).to(cache.keys[layer].dtype))
    cache.values[layer].index_copy_(0, slots, value[0].transpose(0, 1).to(cache.values[layer].dtype))
    if cache.path == "triton":
        from fastkernels.engine.serving.triton_attention import paged_attention

        out = paged_attention(q, cache.keys[layer], cache.values[layer], cache.batch, cache.block_size,
                              scaling, sliding_window, softcap, s_aux)
    else:
        out = _gathered_attention(cache, layer, q, scaling, sliding_window, softcap, s_aux)
    return out.unsqueeze(0), None


AttentionInterface.register(ATTENTION_NAME, paged_attention_forward)
