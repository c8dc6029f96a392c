"""The engine: requests in, tokens out. ``add_request`` checks a request on its own (a bad
one raises ``RequestError`` and leaves the others running), ``step`` runs one scheduled
batch, ``generate`` steps until every request it was given has finished."""

from __future__ import annotations

import dataclasses
import time
from typing import Callable

import torch

from fastkernels.engine.serving import attention  # noqa: F401  (registers the attention function)
from fastkernels.engine.serving.attention import ATTENTION_NAME
from fastkernels.engine.serving.block_manager import BlockManager
from fastkernels.engine.serving.config import EngineConfig
from fastkernels.engine.serving.loader import build_model, resolve_config
from fastkernels.engine.serving.model_runner import ModelRunner
from fastkernels.engine.serving.sampler import Sampler
from fastkernels.engine.serving.scheduler import Scheduler
from fastkernels.engine.serving.sequence import RequestError, SamplingParams, Sequence


@dataclasses.dataclass
class Output:
    """A finished request: its tokens, why it stopped, and when each output token came."""

    request_id: int
    prompt_ids: list[int]
    output_ids: list[int]
    finish_reason: str
    arrival: float
    token_times: list[float]
    preemptions: int


class LLMEngine:
    def __init__(self, model: torch.nn.Module, config: EngineConfig,
                 prepare_model: Callable[[torch.nn.Module], None] | None = None):
        """``model``: an upstream causal LM built with ``attn_implementation=ATTENTION_NAME``.
        ``prepare_model`` runs once on it before the cache is sized and graphs are captured:
        the place to swap modules in place."""
        self.model = model
        self.config = config
        hf = model.config
        limit = getattr(hf, "max_position_embeddings", None) or 1 << 20
        self.max_model_len = min(config.max_model_len or limit, limit)
        self.runner = ModelRunner(model, config, self.max_model_len, prepare_model)
        self.blocks = BlockManager(self.runner.num_blocks, config.block_size, config.prefix_sharing)
        self.scheduler = Scheduler(config, self.blocks)
        self.sampler = Sampler(config.device)
        eos = getattr(getattr(model, "generation_config", None), "eos_token_id", None)
        eos = hf.eos_token_id if eos is None else eos
        self.eos_ids = set(eos if isinstance(eos, (list, tuple)) else ([] if eos is None else [eos]))
        self.vocab_size = hf.vocab_size
        self.last_batch = None  # the step's batch, for benchmarks that count bytes per step

    @classmethod
    def from_model(cls, model: str, config: EngineConfig, layers: int | None = None,
                   overrides: dict | None = None,
                   prepare_model: Callable[[torch.nn.Module], None] | None = None) -> "LLMEngine":
        """Resolve a model argument (see ``loader.resolve_config``), build it, serve it."""
        hf_config, checkpoint = resolve_config(model, layers, overrides)
        built = build_model(hf_config, checkpoint, config.device, config.dtype, ATTENTION_NAME)
        return cls(built, config, prepare_model)

    def add_request(self, prompt_ids: list[int], params: SamplingParams | None = None) -> Sequence:
        params = params or SamplingParams()
        if not prompt_ids:
            raise RequestError("empty prompt: give at least one token")
        if any(not 0 <= t < self.vocab_size for t in prompt_ids):
            raise RequestError(f"prompt token outside the vocabulary [0, {self.vocab_size}); tokenize for this model")
        if len(prompt_ids) >= self.max_model_len:
            raise RequestError(f"prompt of {len(prompt_ids)} tokens is longer than the context "
                               f"({self.max_model_len} tokens); shorten it")
        total = min(len(prompt_ids) + params.max_tokens, self.max_model_len)
        needed = self.blocks.blocks_for(total)
        if needed > self.blocks.usable_blocks:
            raise RequestError(f"request of {total} tokens needs {needed} KV blocks, the whole cache has "
                               f"{self.blocks.usable_blocks}; lower max_tokens or give the cache more blocks")
        seq = Sequence(prompt_ids, params, arrival=time.perf_counter())
        self.scheduler.add(seq)
        return seq

    def _stop_reason(self, seq: Sequence, token: int) -> str | None:
        p = seq.params
        if token in p.stop_token_ids or (not p.ignore_eos and token in self.eos_ids):
            return "stop"
        if seq.num_output >= p.max_tokens or len(seq) >= self.max_model_len:
            return "length"
        return None

    def step(self) -> list[Output]:
        """Run one scheduled batch; returns the requests it finished."""
        batch = self.last_batch = self.scheduler.schedule()
        if not batch.seqs:
            return []
        logits, rows, greedy = self.runner.run(batch)
        for seq, num in zip(batch.seqs, batch.num_tokens):
            seq.num_computed += num
            self.blocks.commit(seq)
        sampling = [batch.seqs[r] for r in rows]
        tokens = self.sampler.sample(logits, [s.id for s in sampling], [s.params for s in sampling], greedy)
        now = time.perf_counter()
        done = []
        for seq, token in zip(sampling, tokens):
            seq.token_ids.append(token)
            seq.token_times.append(now)
            reason = self._stop_reason(seq, token)
            if reason:
                self.scheduler.finish(seq, reason)
                self.sampler.forget(seq.id)
                done.append(Output(seq.id, seq.token_ids[:seq.num_prompt], seq.output_ids, reason,
                                   seq.arrival, seq.token_times, seq.preemptions))
        return done

    def generate(self, prompts: list[list[int]], params: SamplingParams | list[SamplingParams] | None = None,
                 progress: Callable[[int, int], None] | None = None) -> list[Output]:
        """Serve ``prompts`` to completion; outputs in prompt order. ``progress(done, total)``
        is called after each step."""
        params_list = params if isinstance(params, list) else [params] * len(prompts)
        seqs = [self.add_request(p, q) for p, q in zip(prompts, params_list)]
        wanted = {s.id for s in seqs}
        results: dict[int, Output] = {}
        while len(results) < len(seqs) and self.scheduler.has_work:
            for out in self.step():
                if out.request_id in wanted:
                    results[out.request_id] = out
            if progress is not None:
                progress(len(results), len(seqs))
        return [results[s.id] for s in seqs]
