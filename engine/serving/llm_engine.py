"""The engine: requests in, tokens out. ``add_request`` checks a request on its own (a bad
one raises ``RequestError`` and leaves the others running), ``step`` runs one scheduled
batch, ``generate`` steps until every request it was given has finished.

With ``overlap`` (off by default: on an H100 the 256-request workload was no faster with
it), a greedy decode step is launched and left in flight: its sequences get a
``PENDING_TOKEN`` and the engine returns to schedule the next step while the GPU runs it. If
that next step is greedy decode too, it is launched at once, taking the pending tokens from
the device, and only then are the pending ones read back and booked (stop checks, outputs,
prefix blocks), so the host's work hides behind the GPU's. Any other step books the pending
tokens first and runs as before. A request stopped by a stop token has then been given one
more row in the step already launched; its token is dropped. A request whose in-flight token
is its last by length is not scheduled again."""

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
from fastkernels.engine.serving.scheduler import Batch, Scheduler
from fastkernels.engine.serving.sequence import PENDING_TOKEN, RequestError, SamplingParams, Sequence


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


@dataclasses.dataclass
class InFlight:
    """A launched decode step: its sequences, where each one's pending token sits in its
    token ids, the tokens on the device, and the host buffer and event they come back by."""

    seqs: list[Sequence]
    positions: list[int]
    tokens: torch.Tensor
    host: torch.Tensor
    ready: torch.cuda.Event | None


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
        self.in_flight: InFlight | None = None

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
        seq = Sequence(prompt_ids, params, arrival=time.perf_counter(),
                       max_output=self.max_model_len - len(prompt_ids))
        self.scheduler.add(seq)
        return seq

    def _book(self, seq: Sequence, token: int, now: float, done: list[Output]) -> None:
        """A sampled token that is its sequence's newest: its time, and the stop checks."""
        seq.token_times.append(now)
        p = seq.params
        if token in p.stop_token_ids or (not p.ignore_eos and token in self.eos_ids):
            reason = "stop"
        elif seq.num_output >= seq.max_output:
            reason = "length"
        else:
            return
        self.scheduler.finish(seq, reason)
        self.sampler.forget(seq.id)
        done.append(Output(seq.id, seq.token_ids[:seq.num_prompt], seq.output_ids, reason,
                           seq.arrival, seq.token_times, seq.preemptions))

    def _overlaps(self, batch: Batch) -> bool:
        return (self.config.overlap and bool(batch.seqs) and batch.is_decode
                and all(s.params.temperature == 0 for s in batch.seqs))

    def _launch(self, batch: Batch, previous: InFlight | None) -> InFlight:
        """Start a greedy decode step; a sequence whose newest token is pending takes it from
        ``previous``'s tokens on the device."""
        rows = {s.id: i for i, s in enumerate(previous.seqs)} if previous else {}
        ids = [-(rows[s.id] + 1) if s.in_flight else s.token_ids[-1] for s in batch.seqs]
        tokens, host, ready = self.runner.launch_decode(batch, ids, previous.tokens if previous else None)
        positions = []
        for seq in batch.seqs:
            seq.num_computed += 1
            positions.append(len(seq.token_ids))
            seq.token_ids.append(PENDING_TOKEN)
            seq.in_flight += 1
        return InFlight(batch.seqs, positions, tokens, host, ready)

    def _land(self, flight: InFlight) -> list[Output]:
        """Read a launched step's tokens back and book them. A sequence finished meanwhile
        drops its token; one still running may already have the next step in flight, so its
        token goes where it was pending and anything after it stays pending."""
        if flight.ready is not None:
            flight.ready.synchronize()
        tokens = flight.host.tolist()
        now = time.perf_counter()
        done: list[Output] = []
        for seq, at, token in zip(flight.seqs, flight.positions, tokens):
            seq.in_flight -= 1
            if seq.is_finished:
                continue
            seq.token_ids[at] = token
            self.blocks.commit(seq)
            later = seq.token_ids[at + 1:]
            del seq.token_ids[at + 1:]  # the stop checks see the sequence as this step left it
            self._book(seq, token, now, done)
            if not seq.is_finished:
                seq.token_ids.extend(later)
        return done

    def step(self) -> list[Output]:
        """Run one scheduled batch; returns the requests it finished (with ``overlap``, the
        ones the step before it finished)."""
        batch = self.last_batch = self.scheduler.schedule()
        flight, self.in_flight = self.in_flight, None
        done: list[Output] = []
        if self._overlaps(batch):
            self.in_flight = self._launch(batch, flight)
            return self._land(flight) if flight else done
        if flight is not None:
            done = self._land(flight)
            if any(s.is_finished for s in batch.seqs):
                kept = [(s, n) for s, n in zip(batch.seqs, batch.num_tokens) if not s.is_finished]
                batch = self.last_batch = Batch([s for s, _ in kept], [n for _, n in kept])
        if not batch.seqs:
            return done
        logits, rows, greedy = self.runner.run(batch)
        for seq, num in zip(batch.seqs, batch.num_tokens):
            seq.num_computed += num
            self.blocks.commit(seq)
        sampling = [batch.seqs[r] for r in rows]
        tokens = self.sampler.sample(logits, [s.id for s in sampling], [s.params for s in sampling], greedy)
        now = time.perf_counter()
        for seq, token in zip(sampling, tokens):
            seq.token_ids.append(token)
            self._book(seq, token, now, done)
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
