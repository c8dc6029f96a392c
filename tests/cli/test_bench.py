"""fk-bench's output and its answers to bad input: one line that names what is wrong, a
non-zero exit; failed tasks out of the speedup; tasks without a candidate counted, not listed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from fastkernels.cli import bench

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TASKS = FIXTURES / "tasks"


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = bench.main(["run", "--tasks", str(TASKS), "--device", "cpu", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_missing_candidates_folder_is_an_error_that_names_it(capsys, tmp_path):
    code, out, err = _run(capsys, "--candidates", str(tmp_path / "nowhere"))
    assert code == 2 and "nowhere: no such folder" in err and len(err.strip().splitlines()) == 1


def test_an_unknown_task_is_an_error_with_the_closest_names(capsys):
    code, _, err = _run(capsys, "--task", "llama_rms_nrom")
    assert code == 2 and "--task llama_rms_nrom: no such task" in err and "did you mean llama_rms_norm" in err
    assert len(err.strip().splitlines()) == 1
    code, _, err = _run(capsys, "--task", "zzzz")
    assert code == 2 and "`fk-bench list` lists them" in err


def test_a_run_whose_only_task_failed_reports_no_speedup(capsys, tmp_path):
    candidates = tmp_path / "candidates" / "L1"
    candidates.mkdir(parents=True)
    shutil.copy(FIXTURES / "candidates" / "rms_norm" / "ignores_weight.py", candidates / "llama_rms_norm.py")
    code, out, _ = _run(capsys, "--candidates", str(tmp_path / "candidates"), "--rounds", "1", "--baselines", "eager",
                        "--results", str(tmp_path / "results"), "--json", str(tmp_path / "run.json"))
    assert code == 2
    assert "no speedup: no task passed" in out and "x;" not in out.splitlines()[-1]
    assert "quick CPU check" in out
    # the task without a candidate is counted, not listed; piped, the row keeps its whole id
    assert "llama_apply_rotary_pos_emb" not in out and "1 skipped" in out
    assert any("L1/llama_rms_norm" in line and "INCORRECT" in line for line in out.splitlines())
    document = json.loads((tmp_path / "run.json").read_text())
    assert document["summary"]["geomean_speedup"] is None
