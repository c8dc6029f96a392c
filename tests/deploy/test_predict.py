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
    """The norm benched at one token (2x) and at 2 x 509 (3x): decode calls ([1, 1, 64]) are
    nearest the first, the 64-token prefill ([1, 64, 64]) the second."""
    profile = load_profile(PROFILE)
    norm = TaskResult("L1/llama_rms_norm", 1, "PASSED", cases=[_case(0, {"batch": 1, "seq": 1}, 2.0),
                                                               _case(0, {"batch": 2, "seq": 509}, 3.0)])
    mlp = TaskResult("L2/llama_mlp", 2, "PASSED", cases=[_case(0, {"batch": 2, "seq": 509}, 0.5)])
    failed = TaskResult("L1/silu_activation", 1, "INCORRECT", cases=[_case(0, {}, 9.0)])
    prediction = predict(profile, [norm, mlp, failed], Catalog())

    norms = [m for m in profile["modules"] if m["qualname"].endswith("LlamaRMSNorm")]
    mlps = [m for m in profile["modules"] if m["qualname"].endswith("LlamaMLP")]
    assert len(norms) == 5 and len(mlps) == 2

    def ms(modules, decode):
        return sum(s["gpu_ms"] for m in modules for s in m["shapes"] if (s["inputs"][0][1] == 1) == decode)

    total = profile["total_gpu_ms"]
    counted = ms(norms, True) + ms(norms, False) + ms(mlps, True) + ms(mlps, False)
    saved = ms(norms, True) / 2.0 + ms(norms, False) / 3.0 + (ms(mlps, True) + ms(mlps, False)) / 0.5
    assert prediction.predicted_speedup == pytest.approx(total / (total - counted + saved), rel=1e-9)
    assert prediction.counted_ms == pytest.approx(counted)
    assert {row["task"] for row in prediction.rows} == {"L1/llama_rms_norm", "L2/llama_mlp"}


def test_profile_format_and_missing_profile():
    profile = json.loads((SERVING_DIR / "llama-tiny-cpu.json").read_text())
    assert profile["schema"] == 1 and profile["total_gpu_ms"] >= max(m["gpu_ms"] for m in profile["modules"])
    assert all(sum(s["calls"] for s in m["shapes"]) == m["calls"] for m in profile["modules"])
    with pytest.raises(DeployError, match="no serving profile .*serving:llama-tiny-cpu"):
        load_profile("serving:llama-8b")
    assert not Path("tasks_generated/serving/llama-8b.json").exists()


def test_the_run_prints_the_prediction_beside_its_geomean(capsys):
    from rich.console import Console

    from fastkernels.cli.common import UserError
    from fastkernels.cli.e2e import print_prediction

    norm = TaskResult("L1/llama_rms_norm", 1, "PASSED", cases=[_case(0, {"batch": 1, "seq": 1}, 2.0)])
    document = print_prediction(PROFILE, [norm], Path("tasks_generated"), Console(width=200))
    assert f"{document['predicted_speedup']:.3f}x" in capsys.readouterr().out
    assert document["predicted_speedup"] > 1.0
    with pytest.raises(UserError, match="no serving profile"):
        print_prediction("serving:no-such-model", [norm], Path("tasks_generated"), Console())


def test_the_stored_ladder_predicts_deploying_the_production_baselines():
    """Each task's winner over eager at its timed cases is the speedup a --rung production
    deployment makes; a derived many-token case and an entry of another revision count nothing."""
    from fastkernels.engine.deploy.predict import from_ladder

    catalog = Catalog()
    norm = next(e for e in catalog.by_name.values() if e.name == "L1/llama_rms_norm")
    timed = {"status": "passed", "method": "cuda-graph"}
    section = {"card": "NVIDIA H100 80GB HBM3", "entries": {
        f"{norm.kernel_id}@3": {"kernel_id": norm.kernel_id, "signature_revision": 3, "task": norm.name, "cases": {
            "0": {"dims": {"batch": 2, "seq": 509}, "winner": "triton.rms_norm.llama",
                  "rungs": {"eager": {**timed, "ms": 0.03}, "triton.rms_norm.llama": {**timed, "ms": 0.01}}},
            "0+batch=1,seq=65536": {"dims": {"batch": 1, "seq": 65536}, "winner": "eager",
                                    "rungs": {"eager": {**timed, "ms": 1.0}}}}},
        f"{norm.kernel_id}@2": {"kernel_id": norm.kernel_id, "signature_revision": 2, "task": norm.name, "cases": {}}}}
    (result,) = from_ladder(section, catalog, 3)
    assert result.task == "L1/llama_rms_norm" and result.status == "PASSED"
    assert [(c.case, c.speedup_vs_reference, c.baseline) for c in result.cases] == [(0, pytest.approx(3.0), "triton.rms_norm.llama")]
    assert from_ladder(section, catalog, 3, wanted={"L2/llama_mlp"}) == []
    prediction = predict(load_profile(PROFILE), [result], catalog)
    assert prediction.predicted_speedup > 1.0 and [row["speedup"] for row in prediction.rows] == pytest.approx([3.0] * len(prediction.rows))


def test_in_a_compiled_engine_each_module_starts_at_its_compile_rung():
    """Norms compile 2x faster than eager and the MLP not at all. Deploying a norm 3x faster
    than eager gains 3/2 on the norms' compiled time only; deploying the compile rung itself
    predicts exactly 1x."""
    profile = load_profile(PROFILE)
    norm = lambda speedup: TaskResult("L1/llama_rms_norm", 1, "PASSED", cases=[_case(0, {"batch": 2, "seq": 509}, speedup)])
    compiled = [norm(2.0), TaskResult("L2/llama_mlp", 2, "PASSED", cases=[_case(0, {"batch": 2, "seq": 509}, 1.0)])]
    norms = sum(m["gpu_ms"] for m in profile["modules"] if m["qualname"].endswith("LlamaRMSNorm"))
    total = profile["total_gpu_ms"]

    faster = predict(profile, [norm(3.0)], Catalog(), compiled)
    assert faster.predicted_speedup == pytest.approx(total / (total - norms + norms / 3.0), rel=1e-9)
    assert faster.compiled_speedup == pytest.approx((total - norms / 2.0) / (total - norms + norms / 3.0), rel=1e-9)
    assert 1.0 < faster.compiled_speedup < faster.predicted_speedup
    assert predict(profile, [norm(2.0)], Catalog(), compiled).compiled_speedup == pytest.approx(1.0)
    assert predict(profile, [norm(2.0)], Catalog()).compiled_speedup is None


def test_a_packed_row_of_tokens_is_nearest_the_decode_case_of_as_many_tokens():
    """The engine runs 16 decode tokens as [1, 16, 4096]; the task lists [16, 1, 4096] (16
    tokens), [1, 1, 4096] (one) and [2, 509, 4096]: the 16-token case is the nearest."""
    from fastkernels.engine.deploy.predict import _distance

    packed = [[1, 16, 4096]]
    distances = {name: _distance(packed, [shape]) for name, shape in
                 (("16 tokens", [16, 1, 4096]), ("1 token", [1, 1, 4096]), ("traced", [2, 509, 4096]))}
    assert distances["16 tokens"] == 0.0 and min(distances, key=distances.get) == "16 tokens"
    assert _distance(packed, [[16, 1, 2048]]) > 0 and _distance(packed, [[16, 4096]]) == float("inf")
