"""CUDA-only behaviour: graph and event timing, side-stream work, the physical floor."""
import re
from dataclasses import replace

import pytest
import torch

from fastkernels.engine.results import PASSED, REWARD_HACK
from fastkernels.engine.runner import BenchConfig, bench_task
from fastkernels.engine.task import Task
from fastkernels.engine.timing import TimingConfig, measure

pytestmark = pytest.mark.gpu


@pytest.fixture(scope="module")
def cuda_config(bench_sandbox):
    if not torch.cuda.is_available():
        pytest.skip("needs CUDA")
    return BenchConfig(device="cuda", rounds=3, held_out_rounds=1, timeout=300,
                       timing=TimingConfig(warmup=5, iters=20, graph=True), sandbox=bench_sandbox)


def test_measure_times_graph_replay_and_launches(cuda_config):
    model = torch.nn.Linear(1024, 1024, device="cuda")
    inputs = [[torch.randn(64, 1024, device="cuda")] for _ in range(3)]
    measured = measure(model, inputs, "cuda", cuda_config.timing)
    assert measured.graph.method == "cuda-graph" and measured.launch.method == "cuda-events"
    assert 0 < measured.graph.median_ms and 0 < measured.launch.median_ms


def test_a_short_call_gets_samples_until_they_add_up(cuda_config):
    """Event timestamps come in steps of tens of nanoseconds: a microsecond call's median
    needs thousands of samples to be stable."""
    inputs = [[torch.randn(1024, device="cuda")] for _ in range(3)]
    measured = measure(torch.relu, inputs, "cuda", replace(cuda_config.timing, min_total_ms=5.0))
    for timing in (measured.graph, measured.launch):
        assert timing.samples > cuda_config.timing.iters
        assert timing.samples * timing.median_ms >= 2.5  # about the 5 ms asked for


def test_uncapturable_candidate_is_timed_launch_inclusive(cuda_config, tasks, fixtures_dir):
    result = bench_task(tasks["L1/llama_rms_norm"], fixtures_dir / "candidates" / "gpu" / "host_sync.py", cuda_config)
    assert result.status == PASSED, result.reason
    assert all(c.graph_error and c.method == "cuda-events" for c in result.cases)


def test_graph_timing_for_capturable_candidate(cuda_config, tasks, fixtures_dir):
    candidate = fixtures_dir / "candidates" / "correct" / "L1" / "llama_rms_norm.py"
    result = bench_task(tasks["L1/llama_rms_norm"], candidate, cuda_config)
    assert result.status == PASSED, result.reason
    assert all(c.method == "cuda-graph" and c.graph_error is None for c in result.cases)


def test_side_stream_work_is_a_hack(cuda_config, tasks, fixtures_dir):
    result = bench_task(tasks["L1/llama_rms_norm"], fixtures_dir / "candidates" / "gpu" / "side_stream.py", cuda_config)
    assert result.status == REWARD_HACK
    assert "still being written" in result.reason


def test_time_below_speed_of_light_is_a_hack(cuda_config, tasks, fixtures_dir, tmp_path):
    """The task claims 1.2 GB of traffic (a floor of about 0.3 ms), which the reference, slowed
    by a millisecond of device sleep, respects and the real kernel beats: the floor applies only
    where the reference itself stays above it. The slowed `forward` keeps the upstream signature,
    which the candidate's must match."""
    if "H100" not in torch.cuda.get_device_name() and "H200" not in torch.cuda.get_device_name():
        pytest.skip("needs a card in the SOL table")
    source = tasks["L1/llama_rms_norm"].path.read_text()
    inflated = re.sub(r'"bytes": \d+', '"bytes": 1_200_000_000', source) + (
        "\n\n_Upstream = Model\n\n\nclass Model(_Upstream):\n"
        "    def forward(self, hidden_states):\n"
        "        torch.cuda._sleep(2_000_000)\n"
        "        return super().forward(hidden_states)\n")
    (tmp_path / "L1").mkdir()
    path = tmp_path / "L1" / "llama_rms_norm.py"
    path.write_text(inflated)
    candidate = fixtures_dir / "candidates" / "correct" / "L1" / "llama_rms_norm.py"
    result = bench_task(Task("L1/llama_rms_norm", 1, path), candidate, cuda_config)
    assert result.status == REWARD_HACK
    assert "physical floor" in result.reason
