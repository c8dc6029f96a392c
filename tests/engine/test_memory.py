"""The bench's memory is bounded by its windows, not by the task: a task with many large cases
is benched without any process (the parent, the reference's, the candidate's) holding more
than a window of them; a check too large for the host is skipped with its size."""
from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

import torch

from fastkernels.engine.correctness import COMPARE_SLICE, compare
from fastkernels.engine.memory import Limits, check_bytes, too_large, windows
from fastkernels.engine.plan import plan_checks
from fastkernels.engine.results import PASSED
from fastkernels.engine.runner import bench_task
from fastkernels.engine.task import discover_tasks, task_cases

MANY_CASES = Path(__file__).resolve().parents[1] / "fixtures" / "memory"
MIB = 2**20
WINDOW = 600 * MIB  # one of the fixture's checks: 2 rounds, each holding twice the 128 MiB a call moves
# A window's checks and what a process adds to them (the model, a call's temporaries, the judge's
# float64 slices): well below the 1 to 1.5 GiB that each process holds when the task's four
# cases are held at once.
BOUND = 800 * MIB
# The reference also reruns each check in float64 for its rounding envelope: one check's input
# and output widened (2 x 2 x 64 MiB), freed with the check.
ENVELOPE = 256 * MIB


class _PeakRss:
    """This process's resident memory, sampled every few milliseconds while it runs."""

    def __init__(self) -> None:
        self.start = self.peak = _rss()
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def _watch(self) -> None:
        while not self._done.wait(0.005):
            self.peak = max(self.peak, _rss())

    def __enter__(self) -> "_PeakRss":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._done.set()
        self._thread.join()


def _rss() -> int:
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmRSS:"))


def test_windows_hold_at_most_their_size_and_a_large_check_alone():
    cases = task_cases(next(MANY_CASES.glob("L1/*.py")))
    plan = plan_checks(cases, rounds=2, held_out_rounds=0, seed=1)
    groups = windows(plan, cases, WINDOW)
    assert [len(g) for g in groups] == [1] * 4
    assert [len(g) for g in windows(plan, cases, 2 * WINDOW)] == [2] * 2
    assert [c["index"] for g in groups for c in g] == list(range(4))
    assert [len(g) for g in windows(plan, cases, 1)] == [1] * 4  # a check larger than a window runs alone
    assert sum(check_bytes(cases[c["case"]], c) for c in plan) > 3 * WINDOW


def test_a_check_too_large_for_the_host_or_the_device_is_skipped_with_its_size():
    cases = task_cases(next(MANY_CASES.glob("L1/*.py")))
    (check,) = plan_checks(cases[:1], rounds=2, held_out_rounds=0, seed=1)
    assert too_large(cases[0], check, Limits(host_bytes=1 << 40)) is None
    assert "0.5 GiB on the host, over its limit of 0.1 GiB" in too_large(cases[0], check, Limits(host_bytes=100 * MIB))
    assert "on the device" in too_large(cases[0], check, Limits(host_bytes=1 << 40, device_bytes=MIB))


def test_no_process_holds_a_task_with_many_large_cases_whole(config):
    (task,) = discover_tasks(MANY_CASES)
    settings = replace(config, rounds=2, held_out_rounds=0, timed_cases=1, baselines=("eager",),
                       limits=Limits(window_bytes=WINDOW))
    with _PeakRss() as parent:
        result = bench_task(task, None, settings)
    assert result.status == PASSED, result.reason
    assert result.checked_cases == 4 and len(result.cases) == 1
    # each window's reference measured its own checks' rounding against float64
    assert set(result.envelope["cases"]) == {"0", "1", "2", "3"} and result.envelope["precision"] == ["float64"]
    assert parent.peak - parent.start < BOUND, f"the bench's own process grew by {(parent.peak - parent.start) / MIB:.0f} MiB"
    for role, peak in result.peak_rss_bytes.items():
        # a worker starts as a fork of a server that holds torch and transformers (about 0.4 GiB)
        bound = 0.45 * 2**30 + BOUND + (ENVELOPE if role == "reference" else 0)
        assert peak < bound, f"the {role} process peaked at {peak / MIB:.0f} MiB"


def test_the_judge_finds_the_worst_element_past_its_first_slice():
    expected = torch.zeros(COMPARE_SLICE + 10)
    got = expected.clone()
    got[3], got[COMPARE_SLICE + 7] = 0.5, 2.0
    mismatch, error = compare(got.view(1, -1), expected.view(1, -1), "x")
    assert mismatch.index == [0, COMPARE_SLICE + 7] and error == 2.0
