"""Decode attention over the paged cache as a stream: the engine's Triton kernel at one
decode step of a large batch (every sequence's keys and values read once), timed with CUDA
events beside the copy bandwidth ``fk-serve bench`` measures (``benchmark.device_limits``),
in the same process, for each tile shape (keys per tile, warps, pipeline stages). The engine's defaults come from this sweep.

    python docs/results/serving/attention/decode_bandwidth.py [--json FILE]

Shapes: Llama-3.2-1B (8 KV heads of 64, 4 query heads each) and Llama-3.1-8B (8 of 128) at
batch 256, and the 8B at batch 64; contexts uniform in 512..1280 tokens (seed 0), pages of
16 tokens scattered over the cache, block tables column-major as the engine stages them."""
from __future__ import annotations

import argparse
import json
import random

import torch

from fastkernels.engine.serving.attention import PagedBatch
from fastkernels.engine.serving.benchmark import device_limits
from fastkernels.engine.serving.triton_attention import paged_attention

SWEEP = [None, (64, 4, 2), (64, 4, 3), (128, 4, 2), (128, 4, 3), (64, 8, 2), (128, 8, 3), (32, 4, 3), (256, 8, 2)]
SHAPES = [(256, 8, 4, 64), (256, 8, 4, 128), (64, 8, 4, 128)]


def _events_ms(fn, reps: int = 20) -> float:
    for _ in range(3):
        fn()
    start, end = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
    torch.cuda.synchronize()
    start.record()
    for _ in range(reps):
        fn()
    end.record()
    end.synchronize()
    return start.elapsed_time(end) / reps


def decode_step(batch: int, kv_heads: int, group: int, head_dim: int, page: int = 16, seed: int = 0):
    """A decode step's query, cache and layout; returns (call, bytes of keys and values read)."""
    rng = random.Random(seed)
    lens = [rng.randint(512, 1280) for _ in range(batch)]
    pages = [-(-n // page) for n in lens]
    order = list(range(1, sum(pages) + 1))
    rng.shuffle(order)
    tables = torch.zeros(batch, max(pages), dtype=torch.int64)
    taken = 0
    for row, count in enumerate(pages):
        tables[row, :count] = torch.tensor(order[taken:taken + count])
        taken += count
    keys = torch.randn((sum(pages) + 1) * page, kv_heads, head_dim, device="cuda", dtype=torch.bfloat16)
    values = torch.randn_like(keys)
    q = torch.randn(batch, kv_heads * group, head_dim, device="cuda", dtype=torch.bfloat16)
    layout = PagedBatch(slot_mapping=torch.zeros(batch, dtype=torch.int64, device="cuda"),
                        query_start=torch.arange(batch + 1, device="cuda"),
                        seq_lens=torch.tensor(lens, device="cuda"),
                        block_tables=tables.to("cuda").t().contiguous().t(), is_decode=True)
    read = sum(lens) * kv_heads * head_dim * 2 * keys.element_size()

    def call(tiles):
        return paged_attention(q, keys, values, layout, page, head_dim ** -0.5, None, None, None, tiles=tiles)
    return call, read


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", default=None, help="write the rows as JSON")
    args = parser.parse_args()
    copy = device_limits("cuda")["copy_bytes_per_s"]  # the limit fk-serve bench measures against
    rows = []
    print(f"{torch.cuda.get_device_name()}: copy {copy / 1e12:.2f} TB/s")
    for batch, kv_heads, group, head_dim in SHAPES:
        call, read = decode_step(batch, kv_heads, group, head_dim)
        for tiles in SWEEP:
            ms = _events_ms(lambda: call(tiles))
            row = {"batch": batch, "kv_heads": kv_heads, "group": group, "head_dim": head_dim,
                   "tiles": "default" if tiles is None else list(tiles), "us": ms * 1e3,
                   "bytes": read, "fraction_of_copy": read / (ms / 1e3) / copy}
            rows.append(row)
            print(f"batch {batch} head_dim {head_dim} tiles {row['tiles']!s:>14}: {ms * 1e3:7.1f} us "
                  f"{row['fraction_of_copy']:5.0%} of copy")
    if args.json:
        with open(args.json, "w") as out:
            json.dump({"device": torch.cuda.get_device_name(), "torch": torch.__version__,
                       "copy_bytes_per_s": copy, "rows": rows}, out, indent=1)


if __name__ == "__main__":
    main()
