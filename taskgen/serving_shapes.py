"""Serving-shaped cases: the token counts a server runs, beside the traced ones.

Tasks are traced at batch 2 and sequence 509, which no server runs. A server's decode step
processes one new token for each of 1 to a few hundred sequences; its prefill processes a
chunk of about two thousand tokens of one sequence. Every L1 and L2 task whose default case
has a sequence axis (a `seq` role) gains those shapes as cases of their own, listed after the
traced ones, each the default case at other dims, marked by its `phase`:

- decode: ``{"batch": n, "seq": 1}`` for n in 1, 16, 64, 256;
- prefill: ``{"batch": 1, "seq": 2048}``.

The task file lists them as ``SERVING`` (phase and dims) and appends them to ``CASES`` as
copies of the default case with their shapes sized by the dims' roles (`batch`, `seq`,
`batch*seq`), as the bench's held-out shapes are: a copy of the default case per serving
shape would grow the task files by a sixth. A task without a sequence axis (images, clips: a
`batch` role only) gets none: a decode step has no meaning there. The trace counted bytes and
FLOPs at its own shape only, so a serving case's `bytes` and `flops` are None (no
speed-of-light figure) until a trace at that shape measures them.
"""

from __future__ import annotations

DECODE_TOKENS = (1, 16, 64, 256)
PREFILL_TOKENS = 2048
LEVELS = (1, 2)


def serving_cases(default: dict, level: int) -> list[dict]:
    """Phase and dims of each serving case of a task whose default case is `default`."""
    if level not in LEVELS or "seq" not in (default.get("dims") or {}):
        return []
    decode = [{"phase": "decode", "dims": {"batch": n, "seq": 1}} for n in DECODE_TOKENS]
    return decode + [{"phase": "prefill", "dims": {"batch": 1, "seq": PREFILL_TOKENS}}]
