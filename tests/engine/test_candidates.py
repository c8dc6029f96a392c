"""Each RMSNorm candidate fixture gets the status its behaviour deserves."""
import pytest

from fastkernels.engine.runner import bench_task
from fastkernels.engine.results import DELEGATES, INCORRECT, PASSED, REWARD_HACK, RUNTIME_ERROR, TIMEOUT

EXPECTED = {
    # fixture: (status, words the reason must contain)
    "ignores_weight": (INCORRECT, "outside atol"),
    "listed_shapes_only": (INCORRECT, "held-out"),
    "nan": (INCORRECT, "non-finite"),
    "mutates_input": (INCORRECT, "modified an input"),
    "caches_by_shape": (INCORRECT, "round 1"),
    "patches_timer": (REWARD_HACK, "perf_counter was replaced"),
    "patches_bench": (REWARD_HACK, "measure was replaced"),
    "background_thread": (REWARD_HACK, "threads running"),
    "persistent_worker": (REWARD_HACK, "still being written"),
    "reuses_output": (REWARD_HACK, "earlier call"),
    "returns_input": (REWARD_HACK, "view of) input 0"),
    "returns_weight": (REWARD_HACK, "own weight"),
    "tensor_subclass": (REWARD_HACK, "not a plain torch.Tensor"),
    "enables_tf32": (REWARD_HACK, "float32_matmul_precision"),
    "seeds_rng": (REWARD_HACK, "RNG"),
    "exits": (REWARD_HACK, "exited"),
    "floods_output": (REWARD_HACK, "flooded"),
    "hangs": (TIMEOUT, "did not finish"),
    "subclasses_model": (DELEGATES, "called the task's Model"),
    "composes_model": (DELEGATES, "called the task's Model"),
    "syntax_error": (RUNTIME_ERROR, "syntax error at line 4"),
    "import_error": (RUNTIME_ERROR, "fastkernels_no_such_package"),
    "wrong_class_name": (RUNTIME_ERROR, "no nn.Module subclass named ModelNew"),
    "wrong_signature": (RUNTIME_ERROR, "ModelNew.__init__(self, dim"),
    "wrong_weights": (RUNTIME_ERROR, "strict load_state_dict"),
    "segfaults": (RUNTIME_ERROR, "Segmentation fault File"),
}


def test_every_fixture_has_an_expectation(rms_norm_verdicts):
    assert set(rms_norm_verdicts) == set(EXPECTED)


@pytest.mark.parametrize("fixture", sorted(EXPECTED))
def test_status(rms_norm_verdicts, fixture):
    status, words = EXPECTED[fixture]
    result = rms_norm_verdicts[fixture]
    assert (result.status, fixture) == (status, fixture), result.reason
    assert words in result.reason


def test_incorrect_reports_worst_element(rms_norm_verdicts):
    mismatch = rms_norm_verdicts["ignores_weight"].mismatch
    assert len(mismatch["index"]) == 3
    assert mismatch["abs_error"] == pytest.approx(abs(mismatch["got"] - mismatch["expected"]), rel=1e-6)


def test_delegation_scores_one(rms_norm_verdicts):
    result = rms_norm_verdicts["subclasses_model"]
    assert result.delegated_calls > 0
    assert result.scored_speedup == 1.0


def test_correct_candidate_passes(config, tasks, references, fixtures_dir):
    candidate = fixtures_dir / "candidates" / "correct" / "L1" / "llama_rms_norm.py"
    result = bench_task(tasks["L1/llama_rms_norm"], candidate,
                        config, references)
    assert result.status == PASSED, result.reason
    assert result.max_abs_error is not None
    assert [c.case for c in result.cases] == [0, 1]
    method = "perf_counter" if config.device == "cpu" else "cuda-events"
    assert all(c.candidate_ms > 0 and c.speedup > 0 and c.method == method for c in result.cases)
