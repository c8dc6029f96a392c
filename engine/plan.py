"""Which calls a task is checked with: every listed case for several rounds, plus a few
held-out shapes (other batch and seq sizes) that a candidate tuned to the listed shapes
would get wrong. Seeds are drawn fresh for every bench run."""
from __future__ import annotations

import random


def held_out_dims(dims: dict) -> list[dict]:
    """Two valid shapes the case does not list: a larger odd one and a smaller one."""
    if not dims:
        return []
    larger = {k: v + (1 if k == "batch" else 5) for k, v in dims.items()}
    smaller = {k: (1 if k == "batch" else max(1, v // 2 + 1)) for k, v in dims.items()}
    return [d for d in (larger, smaller) if d != dims]


def plan_checks(cases: list[dict], rounds: int, held_out_rounds: int, seed: int, max_cases: int | None = None,
                timed_cases: int | None = None) -> list[dict]:
    """The checks of one run, each with its index in the plan; ``max_cases`` keeps the first
    (most common) cases only, for a quick pass over many tasks, and ``timed_cases`` times the
    first that many of them only (None: every listed case is timed)."""
    rng = random.Random(seed)
    cases = cases[:max_cases] if max_cases else cases

    def seeds(n: int) -> list[int]:
        return [rng.randrange(2**31) for _ in range(n)]

    checks = [{"case": i, "dims": None, "held_out": False, "timed": timed_cases is None or i < timed_cases,
               "seeds": seeds(rounds)} for i in range(len(cases))]
    for i, case in enumerate(cases):
        for dims in held_out_dims(case.get("dims") or {}) if held_out_rounds else []:
            checks.append({"case": i, "dims": dims, "held_out": True, "timed": False, "seeds": seeds(held_out_rounds)})
    for index, check in enumerate(checks):
        check["index"] = index
    return checks
