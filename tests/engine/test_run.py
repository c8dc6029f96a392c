"""Whole runs: self-check mode, a multi-output task, skipped tasks, resume, the CLI."""
import json
import shutil

from fastkernels.cli.bench import main
from fastkernels.engine.results import PASSED, RUNTIME_ERROR, SKIPPED
from fastkernels.engine.runner import bench_task, run_bench


def test_self_check_passes_on_every_fixture_task(config, tasks, references):
    for task in tasks.values():
        result = bench_task(task, None, config, references)
        assert result.status == PASSED, (task.name, result.reason)
        assert result.max_abs_error == 0.0  # the same module on the same inputs
        assert result.delegated_calls == 0


def test_run_resumes_and_reruns_a_changed_candidate(config, tasks, references, tmp_path, fixtures_dir):
    candidates = tmp_path / "candidates"
    shutil.copytree(fixtures_dir / "candidates" / "correct", candidates)
    (candidates / "L1" / "llama_apply_rotary_pos_emb.py").unlink()
    results_dir = tmp_path / "results"
    seen = []

    def bench():
        seen.clear()
        return run_bench(list(tasks.values()), candidates, config, results_dir, references=references,
                         on_result=lambda result, resumed: seen.append((result.task, result.status, resumed)))

    bench()
    assert seen == [("L1/llama_apply_rotary_pos_emb", SKIPPED, False), ("L1/llama_rms_norm", PASSED, False)]
    first = json.loads((results_dir / "L1" / "llama_rms_norm.json").read_text())
    bench()
    assert seen[1] == ("L1/llama_rms_norm", PASSED, True)
    candidate = candidates / "L1" / "llama_rms_norm.py"
    candidate.write_text(candidate.read_text() + "\n# edited\n")
    bench()
    assert seen[1] == ("L1/llama_rms_norm", PASSED, False)
    second = json.loads((results_dir / "L1" / "llama_rms_norm.json").read_text())
    assert second["candidate_hash"] != first["candidate_hash"]


def test_an_error_of_the_bench_ends_its_task_alone_and_is_not_stored(config, tasks, references, tmp_path, monkeypatch):
    from fastkernels.engine import runner

    real = runner.bench_task

    def bench_task(task, *args):
        if task.name == "L1/llama_apply_rotary_pos_emb":
            raise RuntimeError("cannot load the inputs\nsecond line")
        return real(task, *args)

    monkeypatch.setattr(runner, "bench_task", bench_task)
    results_dir = tmp_path / "results"
    results = run_bench(list(tasks.values()), None, config, results_dir, references=references)
    assert [(r.task, r.status) for r in results] == [("L1/llama_apply_rotary_pos_emb", RUNTIME_ERROR), ("L1/llama_rms_norm", PASSED)]
    assert results[0].reason == f"{runner.BENCH_FAILURE}: RuntimeError: cannot load the inputs"
    assert not (results_dir / "L1" / "llama_apply_rotary_pos_emb.json").exists()
    assert (results_dir / "L1" / "llama_rms_norm.json").exists()


def test_cli_json_to_stdout(tmp_path, fixtures_dir, capsys):
    code = main(["run", "--tasks", str(fixtures_dir / "tasks"), "--candidates",
                 str(fixtures_dir / "candidates" / "correct"), "--task", "llama_apply_rotary_pos_emb",
                 "--device", "cpu", "--rounds", "2", "--results", str(tmp_path / "results"), "--json", "-",
                 "--markdown", str(tmp_path / "table.md")])
    out = capsys.readouterr()
    document = json.loads(out.out)
    assert code == 0
    assert document["summary"]["tasks"] == 1
    task = document["tasks"][0]
    assert (task["task"], task["status"]) == ("L1/llama_apply_rotary_pos_emb", PASSED)
    assert "fk-bench" in out.err  # the table went to stderr
    assert "L1/llama_apply_rotary_pos_emb | PASSED" in (tmp_path / "table.md").read_text()


def test_cli_list_shows_candidates(fixtures_dir, capsys):
    assert main(["list", "--tasks", str(fixtures_dir / "tasks"), "--candidates",
                 str(fixtures_dir / "candidates" / "correct")]) == 0
    assert "llama_rms_norm" in capsys.readouterr().out


def test_a_worker_that_dies_under_graph_replay_is_timed_launch_inclusive(monkeypatch, tmp_path):
    """A process killed by a signal with CUDA graphs on runs again without them, and says why."""
    from fastkernels.engine import runner
    from fastkernels.engine.isolation import WorkerOutcome

    requests = []

    def worker(role, request, workdir, timeout, sandbox=None):
        requests.append(request["timing"]["graph"])
        if request["timing"]["graph"]:
            return WorkerOutcome(None, -11, output_tail="Fatal Python error: Segmentation fault\nFile \"graphs.py\", line 139 in replay")
        return WorkerOutcome({"status": "OK", "timings": {"0": {"launch": {}, "graph": None, "graph_error": None}}}, 0)

    monkeypatch.setattr(runner, "run_worker", worker)
    request = {"device": "cuda", "timing": {"graph": True}}
    outcome = runner._run_falling_back_to_launch_timing("candidate", request, tmp_path, 60)
    assert requests == [True, False]
    assert "died under CUDA graph replay" in outcome.result["timings"]["0"]["graph_error"]
    assert "Segmentation fault" in outcome.result["timings"]["0"]["graph_error"]
    requests.clear()
    assert runner._run_falling_back_to_launch_timing("candidate", {**request, "device": "cpu"}, tmp_path, 60).result is None
    assert requests == [True]


def test_a_worker_killed_from_outside_is_told_apart_from_a_crash():
    """SIGKILL comes from the bench only on timeout or flood; any other is the host's doing."""
    import signal

    from fastkernels.engine.isolation import WorkerOutcome
    from fastkernels.engine.judge import process_verdict

    killed = process_verdict(WorkerOutcome(None, -signal.SIGKILL), 60)
    crashed = process_verdict(WorkerOutcome(None, 1, output_tail="Traceback\nValueError: bad"), 60)
    assert (killed.status, crashed.status) == (RUNTIME_ERROR, RUNTIME_ERROR)
    assert "out of memory" in killed.reason
    assert crashed.reason == "process died (exit code 1): ValueError: bad"


def test_a_phase_the_task_lacks_is_the_reason_it_is_skipped(config, tasks):
    """The fixture tasks list traced cases only."""
    from dataclasses import replace

    result = bench_task(tasks["L1/llama_rms_norm"], None, replace(config, phases=("decode",)))
    assert result.status == SKIPPED and result.reason == "no case of phase decode"
