"""Speed of light, SOL score, held-out shapes and the aggregate over tasks."""
import math

import pytest

from fastkernels.engine.plan import held_out_dims, plan_checks
from fastkernels.engine.report import markdown
from fastkernels.engine.results import DELEGATES, INCORRECT, PASSED, SKIPPED, Summary, TaskResult
from fastkernels.engine.sol import DEVICE_RATES, sol_ms, sol_score


def test_sol_is_the_slower_of_memory_and_compute():
    h100 = DEVICE_RATES["H100"]
    memory_bound = {"bytes": 3.0e9, "flops": 1.0}
    compute_bound = {"bytes": 1.0, "flops": 7.6e11}
    assert sol_ms(memory_bound, h100, "bfloat16") == pytest.approx(1.0)
    assert sol_ms(compute_bound, h100, "bfloat16") == pytest.approx(1.0)
    assert sol_ms(memory_bound, None, "bfloat16") is None


def test_sol_score_anchors():
    assert sol_score(1.0, 3.0, 1.0) == pytest.approx(1.0)
    assert sol_score(3.0, 3.0, 1.0) == pytest.approx(0.5)
    assert sol_score(5.0, 3.0, 1.0) == pytest.approx(1 / 3)
    assert sol_score(2.0, 1.0, 1.0) is None


def test_held_out_shapes_differ_from_the_listed_one():
    dims = {"batch": 2, "seq": 7}
    shapes = held_out_dims(dims)
    assert shapes and all(s != dims and s.keys() == dims.keys() for s in shapes)
    assert held_out_dims({}) == []


def test_plan_draws_fresh_seeds():
    cases = [{"dims": {"batch": 2, "seq": 7}}]
    plan = plan_checks(cases, rounds=5, held_out_rounds=2, seed=1)
    assert [c["held_out"] for c in plan] == [False, True, True]
    assert len(set(plan[0]["seeds"])) == 5
    assert plan_checks(cases, 5, 2, seed=2)[0]["seeds"] != plan[0]["seeds"]


def test_plan_keeps_the_cases_of_the_phases_asked_for():
    cases = [{"dims": {"batch": 2, "seq": 7}}, {"dims": {"batch": 2, "seq": 9}},
             {"dims": {"batch": 1, "seq": 1}, "phase": "decode"}, {"dims": {"batch": 16, "seq": 1}, "phase": "decode"},
             {"dims": {"batch": 1, "seq": 2048}, "phase": "prefill"}]
    listed = [c["case"] for c in plan_checks(cases, 1, 0, seed=1, phases=("decode", "traced"), max_cases=3) if not c["held_out"]]
    assert listed == [0, 1, 2]
    decode = plan_checks(cases, 1, 1, seed=1, phases=("decode",), timed_cases=1)
    assert [(c["case"], c["timed"]) for c in decode if not c["held_out"]] == [(2, True), (3, False)]
    assert {c["case"] for c in decode if c["held_out"]} == {2, 3}
    assert plan_checks(cases, 2, 1, seed=3) == plan_checks(cases, 2, 1, seed=3, phases=("traced", "decode", "prefill"))


def _result(status, speedup=None):
    return TaskResult(task="L1/x", level=1, status=status, speedup=speedup)


def test_failed_and_skipped_tasks_never_enter_the_speedup():
    results = [_result(PASSED, 4.0), _result(PASSED, 1.2), _result(INCORRECT, 9.0), _result(DELEGATES, 3.0),
               _result(SKIPPED)]
    summary = Summary.of(results)
    assert summary.tasks == 4 and summary.skipped == 1
    assert summary.geomean_speedup == pytest.approx(math.sqrt(4.0 * 1.2))
    assert summary.fast_p == {"0": 0.75, "1.0": 0.5, "1.5": 0.25}


def test_a_run_whose_tasks_all_failed_reports_no_speedup():
    summary = Summary.of([_result(INCORRECT, 9.0), _result(SKIPPED)])
    assert summary.geomean_speedup is None
    assert "no speedup" in markdown([_result(INCORRECT, 9.0)]) and "1.000x" not in markdown([_result(INCORRECT, 9.0)])


def test_result_round_trips_through_json(tmp_path):
    result = _result(PASSED, 2.0)
    result.save(tmp_path)
    assert TaskResult.load(tmp_path, "L1/x") == result


def test_no_floor_where_the_reference_itself_runs_below_it(monkeypatch):
    """Traced work can overstate a call (every token routed to one expert): the reference then
    beats the "speed of light", so that case gets no floor and no SOL score rather than a
    false reward-hack verdict."""
    from fastkernels.engine import runner

    def timing(ms):
        return {"launch": {"median_ms": ms, "spread_ms": 0.0, "samples": 5, "method": "cuda-events"}, "graph": None, "graph_error": None}

    reference = runner.Reference(plan=[{"case": 0, "index": 0}], expected={"baselines": {"0": {"eager": timing(1.0)}}})
    monkeypatch.setattr(runner, "device_rates", lambda device: {"copy_gbs": 1.0})
    monkeypatch.setattr(runner, "case_dtype", lambda case: "torch.bfloat16")
    for sol, kept in ((3.0, None), (0.5, 0.5)):
        monkeypatch.setattr(runner, "sol_ms", lambda case, rates, dtype, sol=sol: sol)
        (row,) = runner._case_timings(reference, {"timings": {"0": timing(0.9)}}, [{"inputs": [], "dims": {}}], "cuda")
        assert row.sol_ms == kept
