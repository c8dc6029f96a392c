"""The engine's one configuration record: every knob the scheduler, the block manager and
the model runner read, in one place, so a run is described by one dataclass."""

from __future__ import annotations

import dataclasses

import torch


@dataclasses.dataclass
class EngineConfig:
    """How to serve one model.

    ``num_blocks=None`` sizes the KV cache from ``kv_memory_fraction`` of the free device
    memory (CUDA) or from ``cpu_kv_tokens`` (CPU). ``max_num_batched_tokens`` is the token
    budget of one step: a prompt longer than it is prefilled in chunks across steps.
    ``attention`` picks the paged attention path: ``triton`` (CUDA only), ``sdpa`` (SDPA over
    the gathered blocks, any device) or ``auto`` (Triton on CUDA, SDPA elsewhere).
    ``fuse_projections`` computes the projections that read one input as one matrix product
    (see ``fusion``); ``None`` fuses on CUDA only. ``overlap`` keeps one greedy decode step in
    flight while the host books the one before it (see ``llm_engine``); off by default, as the
    workload measured no faster with it.
    """

    device: str = "cpu"
    dtype: torch.dtype = torch.float32
    block_size: int = 16
    num_blocks: int | None = None
    kv_memory_fraction: float = 0.90
    cpu_kv_tokens: int = 65536
    max_num_seqs: int = 256
    max_num_batched_tokens: int = 8192
    max_model_len: int | None = None
    prefix_sharing: bool = True
    attention: str = "auto"
    cuda_graphs: bool = True
    compile: bool | None = None
    compile_tuning: bool = True
    fuse_projections: bool | None = None
    overlap: bool = False
    graph_batch_sizes: tuple[int, ...] = (1, 2, 4, 8, 16, 24, 32, 48, 64, 96, 128, 160, 192, 224, 256)

    def __post_init__(self) -> None:
        if self.block_size < 1 or self.block_size & (self.block_size - 1):
            raise ValueError(f"block_size {self.block_size} must be a power of two; use e.g. 16")
        if self.attention not in ("auto", "triton", "sdpa"):
            raise ValueError(f"attention {self.attention!r} is not one of auto, triton, sdpa")
        if self.max_num_batched_tokens < 1 or self.max_num_seqs < 1:
            raise ValueError("max_num_batched_tokens and max_num_seqs must be at least 1")

    @property
    def attention_path(self) -> str:
        """The attention path this configuration resolves to on its device."""
        if self.attention == "auto":
            return "triton" if self.device.startswith("cuda") else "sdpa"
        return self.attention

    @property
    def use_graphs(self) -> bool:
        return self.cuda_graphs and self.device.startswith("cuda")

    @property
    def use_compile(self) -> bool:
        return self.device.startswith("cuda") if self.compile is None else self.compile

    @property
    def use_fusion(self) -> bool:
        return self.device.startswith("cuda") if self.fuse_projections is None else self.fuse_projections
