"""The serving engine: upstream transformers causal LMs served from a paged KV cache with
continuous batching, chunked prefill, preemption by recompute and CUDA graphs for decode.
One noun per module: `config`, `sequence`, `block_manager`, `scheduler`, `attention` (and its
Triton kernel), `model_runner`, `sampler`, `llm_engine`; `loader` and `support` resolve a
model argument; `profiler` records per-module calls and time."""
