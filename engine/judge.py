"""The verdict on a candidate, in the parent process, from what each worker returned: the
reference's expected outputs never enter the candidate's process."""
from __future__ import annotations

import signal
from dataclasses import dataclass

from fastkernels.engine.correctness import Mismatch, compare_inputs, compare_outputs
from fastkernels.engine.envelope import allowed
from fastkernels.engine.isolation import WorkerOutcome
from fastkernels.engine.results import DELEGATES, INCORRECT, PASSED, REWARD_HACK, RUNTIME_ERROR, SANDBOX_VIOLATION, TIMEOUT


@dataclass
class Verdict:
    status: str
    reason: str = ""
    mismatch: Mismatch | None = None
    max_abs_error: float | None = None


def process_verdict(outcome: WorkerOutcome, timeout: float) -> Verdict | None:
    """The verdict when the process itself misbehaved or failed; None when it reported OK."""
    if outcome.timed_out:
        return Verdict(TIMEOUT, f"did not finish within {timeout:g} s")
    if outcome.flooded:
        return Verdict(REWARD_HACK, "flooded its output (more than 1 MiB printed)")
    if outcome.left_running:
        return Verdict(SANDBOX_VIOLATION, f"left {len(outcome.left_running)} process(es) running when it ended, killed "
                                          f"with its sandbox: {'; '.join(outcome.left_running)}"[:300])
    if outcome.over_memory:
        return Verdict(SANDBOX_VIOLATION, f"used more memory than the sandbox allows ({outcome.over_memory / 2**30:.1f} GiB "
                                          "resident, killed by the bench)")
    if outcome.result is None and outcome.returncode == -signal.SIGXCPU:
        return Verdict(SANDBOX_VIOLATION, "used more CPU time than the sandbox allows")
    if outcome.result is None:
        if outcome.returncode == 0:
            return Verdict(REWARD_HACK, "exited the process before the bench finished")
        if outcome.returncode == -signal.SIGKILL:  # the bench kills only on timeout or flood, both above
            return Verdict(RUNTIME_ERROR, "process killed by SIGKILL from outside the bench: as a rule, the host ran "
                                          "out of memory (run the task alone or with fewer beside it)")
        return Verdict(RUNTIME_ERROR, f"process died (exit code {outcome.returncode}): {outcome.last_line()}")
    if outcome.result.get("status") != "OK":
        return Verdict(outcome.result["status"], outcome.result.get("reason", ""))
    return None


def judge(plan: list[dict], expected: dict, candidate: dict) -> Verdict:
    """Compare every round of every check (of one window); then weigh delegation."""
    max_error = 0.0
    for check, want, got in zip(plan, expected["checks"], candidate["checks"]):
        if want["error"]:
            continue
        where = f"case {check['case']}" + (f" held-out {check['dims']}" if check["held_out"] else "")
        calls = [(f"{where} round {r}", want["rounds"][r], got_round) for r, got_round in enumerate(got["rounds"])]
        calls += [(f"{where} round {r}, same inputs in new memory", want["rounds"][r], got_round)
                  for r, got_round in enumerate(got["repeat"])]
        for label, ref, cand in calls:
            hack = _aliasing_or_rng(ref, cand, label)
            if hack:
                return Verdict(REWARD_HACK, hack)
            scales = [allowed(e) for e in want["envelopes"]] if want.get("envelopes") else None
            mismatch, error = compare_outputs(cand["outputs"], ref["outputs"], label, want.get("spreads"), scales)
            mismatch = mismatch or compare_inputs(ref["inputs_before"], ref["inputs_after"], cand["inputs_after"], label)
            if mismatch:
                return Verdict(INCORRECT, mismatch.summary(), mismatch, max(max_error, error))
            max_error = max(max_error, error)
    if candidate.get("delegated_calls"):
        return Verdict(DELEGATES, f"called the task's Model {candidate['delegated_calls']} times", None, max_error)
    return Verdict(PASSED, "", None, max_error)


def _aliasing_or_rng(reference: dict, candidate: dict, label: str) -> str | None:
    for i, alias in enumerate(candidate["aliases"]):
        if alias is not None and (i >= len(reference["aliases"]) or reference["aliases"][i] != alias):
            return f"{label}: output {i} is (a view of) input {alias}, not a computed tensor"
    if candidate["rng_used"] and not reference["rng_used"]:
        return f"{label}: changed the global RNG state, which the reference does not"
    return None

