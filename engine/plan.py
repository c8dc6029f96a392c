"""Which calls a task is checked with: every listed case for several rounds, plus a few
held-out shapes (other batch and seq sizes) that a candidate tuned to the listed shapes
would get wrong. Seeds are drawn fresh for every bench run."""
from __future__ import annotations

import random

TRACED = "traced"  # the phase of a listed case (serving-shaped cases carry "decode" or "prefill")
PROFILE = "profile"  # a case made at a serving profile's own shapes and config (``deploy.profile_cases``)
PHASES = (TRACED, "decode", "prefill", PROFILE)


def held_out_dims(dims: dict) -> list[dict]:
    """Two valid shapes the case does not list: a larger odd one and a smaller one."""
    if not dims:
        return []
    larger = {k: v + (1 if k == "batch" else 5) for k, v in dims.items()}
    smaller = {k: (1 if k == "batch" else max(1, v // 2 + 1)) for k, v in dims.items()}
    return [d for d in (larger, smaller) if d != dims]


def plan_checks(cases: list[dict], rounds: int, held_out_rounds: int, seed: int, max_cases: int | None = None,
                timed_cases: int | None = None, phases: tuple[str, ...] | None = None) -> list[dict]:
    """The checks of one run, each with its index in the plan; ``phases`` keeps the cases of
    those phases only (``traced`` for the listed ones, ``decode``, ``prefill``: the serving
    shapes, ``profile``: a serving profile's), ``max_cases`` the first (most common) of them only, for a quick pass over many
    tasks, and ``timed_cases`` times the first that many of them only (None: every chosen
    case is timed)."""
    rng = random.Random(seed)
    chosen = [i for i, case in enumerate(cases) if phases is None or case.get("phase", TRACED) in phases]
    chosen = chosen[:max_cases] if max_cases else chosen

    def seeds(n: int) -> list[int]:
        return [rng.randrange(2**31) for _ in range(n)]

    checks = [{"case": i, "dims": None, "held_out": False, "timed": timed_cases is None or n < timed_cases,
               "seeds": seeds(rounds)} for n, i in enumerate(chosen)]
    for i in chosen:
        for dims in held_out_dims(cases[i].get("dims") or {}) if held_out_rounds else []:
            checks.append({"case": i, "dims": dims, "held_out": True, "timed": False, "seeds": seeds(held_out_rounds)})
    for index, check in enumerate(checks):
        check["index"] = index
    return checks
