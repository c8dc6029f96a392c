"""The Amdahl prediction from the committed tiny-Llama serving profile, checked against the
profile's own numbers: each norm and MLP call's time divided by its nearest case's speedup."""
import json
from pathlib import Path

import pytest

from fastkernels.engine.deploy.catalog import Catalog, DeployError
from fastkernels.engine.deploy.predict import SERVING_DIR, load_profile, predict
from fastkernels.engine.results import CaseResult, TaskResult

PROFILE = "serving:llama-tiny-cpu"


def _case(index: int, dims: dict, speedup: float) -> CaseResult:
    return CaseResult(case=index, dims=dims, method="perf_counter", reference_ms=1.0, candidate_ms=1.0 / speedup,
                      baseline_ms=1.0, baseline="eager", speedup=speedup, speedup_vs_reference=speedup,
                      candidate_launch_ms=1.0)


def test_prediction_weights_each_shape_by_its_nearest_case():
    profile = load_profile(PROFILE)
    # case 0 is hidden 4096 at 2 x 509; case 24 is hidden 64, benched here at one token
    norm = TaskResult("L1/llama_rms_norm", 1, "PASSED", cases=[_case(0, {"batch": 2, "seq": 509}, 3.0),
                                                               _case(24, {"batch": 1, "seq": 1}, 2.0)])
    mlp = TaskResult("L2/llama_mlp", 2, "PASSED", cases=[_case(0, {"batch": 2, "seq": 509}, 0.5)])
    failed = TaskResult("L1/silu_activation", 1, "INCORRECT", cases=[_case(0, {}, 9.0)])
    prediction = predict(profile, [norm, mlp, failed], Catalog())

    norms = [m for m in profile["modules"] if m["qualname"].endswith("LlamaRMSNorm")]
    mlps = [m for m in profile["modules"] if m["qualname"].endswith("LlamaMLP")]
    assert len(norms) == 5 and len(mlps) == 2
    def ms(modules):
        return sum(shape["gpu_ms"] for m in modules for shape in m["shapes"])

    total = profile["total_gpu_ms"]
    expected = total / (total - ms(norms) - ms(mlps) + ms(norms) / 2.0 + ms(mlps) / 0.5)
    assert prediction.predicted_speedup == pytest.approx(expected, rel=1e-9)
    assert {row["case"] for row in prediction.rows if row["task"] == "L1/llama_rms_norm"} == {24}
    assert {row["task"] for row in prediction.rows} == {"L1/llama_rms_norm", "L2/llama_mlp"}


def test_profile_format_and_missing_profile():
    profile = json.loads((SERVING_DIR / "llama-tiny-cpu.json").read_text())
    assert profile["schema"] == 1 and profile["total_gpu_ms"] >= max(m["gpu_ms"] for m in profile["modules"])
    assert all(sum(s["calls"] for s in m["shapes"]) == m["calls"] for m in profile["modules"])
    with pytest.raises(DeployError, match="no serving profile .*serving:llama-tiny-cpu"):
        load_profile("serving:llama-8b")
    assert not Path("tasks_generated/serving/llama-8b.json").exists()
