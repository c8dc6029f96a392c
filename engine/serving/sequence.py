"""One request as the engine sees it: its tokens, how many of them already have KV in the
cache, its block table, its sampling parameters and the times its tokens came out."""

from __future__ import annotations

import dataclasses
import enum
import itertools
import math


class RequestError(ValueError):
    """A request the engine refuses (bad sampling parameter, too long, too large): the
    message is one line that names the problem and what to do."""


@dataclasses.dataclass(frozen=True)
class SamplingParams:
    """``temperature=0`` is greedy; ``top_k=0`` and ``top_p=1`` switch those filters off;
    ``seed`` makes one request's samples reproducible whatever else runs beside it."""

    max_tokens: int = 64
    temperature: float = 0.0
    top_k: int = 0
    top_p: float = 1.0
    seed: int | None = None
    stop_token_ids: tuple[int, ...] = ()
    ignore_eos: bool = False

    def __post_init__(self) -> None:
        if not isinstance(self.max_tokens, int) or self.max_tokens < 1:
            raise RequestError(f"max_tokens={self.max_tokens} must be an integer >= 1")
        if not math.isfinite(self.temperature) or self.temperature < 0:
            raise RequestError(f"temperature={self.temperature} must be >= 0 (0 is greedy)")
        if not isinstance(self.top_k, int) or self.top_k < 0:
            raise RequestError(f"top_k={self.top_k} must be an integer >= 0 (0 switches it off)")
        if not (0 < self.top_p <= 1):
            raise RequestError(f"top_p={self.top_p} must be in (0, 1] (1 switches it off)")


class Status(enum.Enum):
    WAITING = "waiting"
    RUNNING = "running"
    FINISHED = "finished"


_ids = itertools.count()


PENDING_TOKEN = -1  # an output token still on the device (its step is in flight)


class Sequence:
    """Token ids are the prompt followed by the outputs. ``num_computed`` counts the leading
    tokens whose keys and values are in the cache; a preempted sequence drops to 0 and is
    recomputed from its tokens (prompt and outputs so far). While a decode step that samples
    for it is in flight, its newest token is ``PENDING_TOKEN`` and ``in_flight`` counts
    those steps; ``max_output`` is where its length stops it (``max_tokens``, or the context
    if shorter)."""

    def __init__(self, prompt_ids: list[int], params: SamplingParams, arrival: float = 0.0,
                 max_output: int | None = None):
        self.id = next(_ids)
        self.token_ids = list(prompt_ids)
        self.num_prompt = len(prompt_ids)
        self.params = params
        self.status = Status.WAITING
        self.num_computed = 0
        self.num_cached = 0  # leading tokens found in shared prefix blocks
        self.block_table: list[int] = []
        self.block_keys: list[tuple] = []  # keys of the leading full blocks, see BlockManager
        self.finish_reason: str | None = None
        self.arrival = arrival
        self.token_times: list[float] = []
        self.preemptions = 0
        self.in_flight = 0
        self.max_output = params.max_tokens if max_output is None else min(params.max_tokens, max_output)

    def __len__(self) -> int:
        return len(self.token_ids)

    @property
    def output_ids(self) -> list[int]:
        return self.token_ids[self.num_prompt:]

    @property
    def num_output(self) -> int:
        """Tokens sampled so far (without copying them, for the per-step stop check)."""
        return len(self.token_ids) - self.num_prompt

    @property
    def num_pending(self) -> int:
        """Tokens that still need a forward pass before the next token can be sampled."""
        return len(self.token_ids) - self.num_computed

    @property
    def ends_in_flight(self) -> bool:
        """Its newest token, still on the device, is its last by length: nothing is left to
        schedule for it."""
        return self.in_flight > 0 and self.num_output >= self.max_output

    @property
    def is_finished(self) -> bool:
        return self.status is Status.FINISHED
