"""The bench's parent reads a task's cases without importing it, and must read the same cases
the task's workers build, serving shapes included: `fk-bench run --phases decode` planned
nothing while the serving shapes were appended at import only."""
from pathlib import Path

import pytest

from fastkernels.engine.plan import plan_checks
from fastkernels.engine.task import load_module, task_cases

TASKS = Path(__file__).resolve().parents[2] / "tasks_generated"


@pytest.mark.parametrize("name", ["L1/llama_rms_norm", "L2/llama_mlp", "L1/conv2d"])
def test_the_parent_reads_the_cases_the_task_builds(name):
    path = TASKS / f"{name}.py"
    assert task_cases(path) == load_module(path, f"fk_task_cases_{path.stem}").CASES


def test_serving_phases_plan_their_cases():
    cases = task_cases(TASKS / "L1/llama_rms_norm.py")
    checks = plan_checks(cases, rounds=1, held_out_rounds=0, seed=0, max_cases=5, phases=("decode", "prefill"))
    assert [cases[c["case"]]["phase"] for c in checks] == ["decode"] * 4 + ["prefill"]


def test_a_file_without_cases_is_named(tmp_path):
    path = tmp_path / "empty.py"
    path.write_text("SERVING = []\n")
    with pytest.raises(ValueError, match="has no CASES list"):
        task_cases(path)
