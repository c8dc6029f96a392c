"""baselines.json: the winner is the fastest rung that passed, entries are found only for the
same card, signature revision and case shapes, and the bench scores against the winner."""
from __future__ import annotations

from fastkernels.engine import baseline_report, runner
from fastkernels.engine import baseline_store as store
from fastkernels.engine.baseline_store import FAILED, PASSED
from fastkernels.engine.timing import Measurement, Timing

CASE = {"init": {"hidden_size": 64}, "inputs": [{"shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"]}],
        "dims": {"batch": 2, "seq": 509}, "bytes": 260000}


def _measured(launch_ms: float, graph_ms: float | None) -> dict:
    m = Measurement(launch=Timing(launch_ms, 0.0, 10, "cuda-events"),
                    graph=Timing(graph_ms, 0.0, 10, "cuda-graph") if graph_ms else None)
    return {"status": PASSED, "ms": graph_ms or launch_ms, "measurement": m.to_dict(), "speedup_vs_eager": None}


def test_the_winner_is_the_fastest_rung_that_passed_never_a_failed_one():
    rungs = {"eager": _measured(9.0, 8.0), "compile": _measured(3.0, 2.0), "triton.x": _measured(2.0, 1.0)}
    assert store.winner(rungs) == "triton.x"
    rungs["triton.x"] = {**rungs["triton.x"], "status": FAILED, "reason": "outside atol"}
    assert store.winner(rungs) == "compile"
    assert store.winner({"triton.x": {"status": FAILED, "reason": "x"}}) is None


def test_the_winner_compares_graph_times_only_when_every_rung_has_one():
    rungs = {"eager": _measured(9.0, 8.0), "compile": _measured(3.0, None), "library": _measured(4.0, 1.0)}
    assert store.winner(rungs) == "compile"  # launch times for all: 3.0 < 4.0, not library's graph 1.0


def _document(revision: int = 3) -> dict:
    entry = {"task": "L1/rms", "kernel_id": "k1", "signature_revision": revision, "skipped": {},
             "cases": {"0": {"fingerprint": store.fingerprint(CASE), "rungs": {"eager": _measured(9.0, 8.0),
                                                                               "compile": _measured(3.0, 2.0)},
                             "winner": "compile"}}}
    return store.merge({"schema": 1, "cards": {}}, {"card": "NVIDIA H100 80GB HBM3", "torch": "2.11"}, entry)


def test_a_stored_case_is_found_only_for_the_same_card_revision_and_shapes(tmp_path):
    document = _document()
    store.save(tmp_path / "baselines.json", document)
    document = store.load(tmp_path / "baselines.json")
    found = store.stored_case(document, "NVIDIA H100 80GB HBM3", "k1", 3, "0", store.fingerprint(CASE))
    assert store.production_baseline(found)[0] == "compile"
    assert store.stored_case(document, "NVIDIA H200", "k1", 3, "0", store.fingerprint(CASE)) is None
    assert store.stored_case(document, "NVIDIA H100 80GB HBM3", "k1", 4, "0", store.fingerprint(CASE)) is None
    changed = {**CASE, "init": {"hidden_size": 128}}
    assert store.stored_case(document, "NVIDIA H100 80GB HBM3", "k1", 3, "0", store.fingerprint(changed)) is None


def test_the_file_is_written_the_same_way_every_time(tmp_path):
    store.save(tmp_path / "a.json", _document())
    store.save(tmp_path / "b.json", _document())
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


def test_the_bench_scores_against_the_stored_production_baseline():
    timing = Measurement(launch=Timing(1.0, 0.0, 5, "cuda-events")).to_dict()
    reference = runner.Reference(plan=[{"index": 0, "case": 0}], expected={"baselines": {"0": {"eager": timing}}})
    stored = Measurement(launch=Timing(0.5, 0.0, 5, "cuda-events"))
    candidate = {"timings": {"0": Measurement(launch=Timing(0.25, 0.0, 5, "cuda-events")).to_dict()}}
    (row,) = runner._case_timings(reference, candidate, [CASE], "cpu", lambda index, case: ("triton.rms_norm.llama", stored))
    assert row.baseline == "triton.rms_norm.llama (baselines.json)" and row.speedup == 2.0
    assert row.speedup_vs_reference == 4.0


def test_the_report_counts_wins_per_family_and_the_geomean_over_eager():
    entry = _document()["cards"]["NVIDIA H100 80GB HBM3"]["entries"]["k1@3"]
    entry["cases"]["0"]["rungs"]["compile"]["speedup_vs_eager"] = 4.0
    summary = baseline_report.summary(baseline_report.rows([entry]))
    assert summary["wins"] == {"eager": 0, "compile": 1, "library": 0, "triton": 0}
    assert summary["geomean_production_vs_eager"] == 4.0
