"""Run-to-run agreement of timings, and the baseline-rung selection of the CLI."""
import argparse
import json

import pytest

from fastkernels.cli.baselines import families
from fastkernels.cli.bench import main
from fastkernels.engine.compare import agreement_document, compare_runs


def _run(times: dict) -> dict:
    return {"tasks": [{"task": task, "cases": [{"case": 0, "method": "cuda-graph", "reference_ms": ref, "candidate_ms": cand}]}
                      for task, (ref, cand) in times.items()]}


def test_agreement_pairs_cases_and_measures_the_relative_difference():
    rows, unpaired = compare_runs(_run({"L1/a": (1.0, 2.0), "L1/b": (1.0, 1.0)}), _run({"L1/a": (1.02, 2.2), "L1/c": (1.0, 1.0)}))
    assert [(r.task, r.side) for r in rows] == [("L1/a", "reference"), ("L1/a", "candidate")]
    assert rows[0].relative_difference == pytest.approx(0.02)
    assert rows[1].relative_difference == pytest.approx(0.1)
    assert unpaired == ["L1/b case 0", "L1/c case 0"]
    document = agreement_document(rows, unpaired, 0.03)
    assert document["within_tolerance"] == 1 and document["worst_relative_difference"] == pytest.approx(0.1)


def test_compare_command_fails_when_runs_disagree(tmp_path):
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    first.write_text(json.dumps(_run({"L1/a": (1.0, 1.0)})))
    second.write_text(json.dumps(_run({"L1/a": (1.01, 1.0)})))
    assert main(["compare", str(first), str(second), "--json", str(tmp_path / "c.json")]) == 0
    assert json.loads((tmp_path / "c.json").read_text())["pairs"] == 2
    second.write_text(json.dumps(_run({"L1/a": (1.5, 1.0)})))
    assert main(["compare", str(first), str(second)]) == 1
    assert main(["compare", str(first), str(tmp_path / "missing.json")]) == 2


def test_baseline_rungs_keep_eager_and_reject_unknown_names():
    assert families("triton") == ("eager", "triton")
    assert families("library,eager,compile") == ("eager", "compile", "library")
    with pytest.raises(argparse.ArgumentTypeError, match="choose among"):
        families("cublas")
