"""Next tokens from logits: greedy rows in one argmax, sampled rows with temperature, top-k
and top-p, each from its request's own generator when it has a seed (so a seeded request
draws the same tokens whatever shares its batch)."""

from __future__ import annotations

import torch

from fastkernels.engine.serving.sequence import SamplingParams


class Sampler:
    def __init__(self, device: str | torch.device, seed: int = 0):
        self.device = torch.device(device)
        self.generator = torch.Generator(self.device).manual_seed(seed)
        self.seeded: dict[int, torch.Generator] = {}

    def _generator(self, seq_id: int, params: SamplingParams) -> torch.Generator:
        if params.seed is None:
            return self.generator
        if seq_id not in self.seeded:
            self.seeded[seq_id] = torch.Generator(self.device).manual_seed(params.seed)
        return self.seeded[seq_id]

    def forget(self, seq_id: int) -> None:
        self.seeded.pop(seq_id, None)

    @staticmethod
    def filter_logits(logits: torch.Tensor, params: SamplingParams) -> torch.Tensor:
        """One row's logits after temperature, top-k and top-p (dropped tokens at -inf)."""
        logits = logits.float() / params.temperature
        if 0 < params.top_k < logits.numel():
            kth = torch.topk(logits, params.top_k).values[-1]
            logits = logits.masked_fill(logits < kth, float("-inf"))
        if params.top_p < 1:
            sorted_logits, order = torch.sort(logits, descending=True)
            cumulative = sorted_logits.softmax(-1).cumsum(-1)
            drop = cumulative - sorted_logits.softmax(-1) >= params.top_p  # keep the token that crosses p
            logits = logits.masked_fill(drop.scatter(0, order, drop), float("-inf"))
        return logits

    def sample(self, logits: torch.Tensor, seq_ids: list[int], params: list[SamplingParams],
               greedy: torch.Tensor | None = None) -> list[int]:
        """One token per row; ``greedy``: the rows' argmax if the forward computed it already
        (then an all-greedy step costs one read-back of one integer per row)."""
        tokens = logits.argmax(-1) if greedy is None else greedy
        if any(p.temperature > 0 for p in params):
            tokens = tokens.clone()  # the greedy tokens may live in a captured graph's output
        for row, (seq_id, p) in enumerate(zip(seq_ids, params)):
            if p.temperature > 0:
                probs = self.filter_logits(logits[row], p).softmax(-1)
                tokens[row] = torch.multinomial(probs, 1, generator=self._generator(seq_id, p))[0]
        return tokens.tolist()
