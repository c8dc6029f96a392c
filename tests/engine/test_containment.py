"""Adversarial candidates in the sandbox: each gets a status naming what it tried, and the
report, the results, the tasks and the installed libraries are left exactly as the bench
wrote or found them, with no process of the candidate alive afterwards."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import socket
import time
import uuid
from pathlib import Path

import pytest
import transformers
from transformers.models.llama import modeling_llama

from fastkernels.cli.bench import main
from fastkernels.cli.common import write_json
from fastkernels.engine import digest
from fastkernels.engine.report import run_document
from fastkernels.engine.results import PASSED, SANDBOX_VIOLATION, TaskResult
from fastkernels.engine.runner import BenchConfig, run_bench
from fastkernels.engine.sandbox import probe
from fastkernels.engine.task import discover_tasks

ADVERSARIES = {
    # fixture: words the SANDBOX_VIOLATION reason must contain
    "leaves_process": "left 1 process(es) running",
    "forges_result": "wrote outside its temporary folder",
    "edits_task": "wrote outside its temporary folder",
    "patches_library": "wrote outside its temporary folder",
    "opens_socket": "opened a network connection",
}
TASK = "L1/llama_rms_norm"
DEVICE = os.environ.get("FK_TEST_DEVICE", "cpu")  # cuda: the same adversaries on the GPU


def _tree_hash(root: Path) -> str:
    """Names and bytes of every file under root."""
    digest_ = hashlib.sha256()
    for path in sorted(p for p in Path(root).rglob("*") if p.is_file()):
        digest_.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return digest_.hexdigest()


def _holding(marker: str) -> list[int]:
    """Processes other than this one whose environment carries the marker."""
    found = []
    for entry in os.scandir("/proc"):
        if entry.name.isdigit() and int(entry.name) != os.getpid():
            try:
                if marker.encode() in Path(f"/proc/{entry.name}/environ").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


@pytest.fixture(scope="module")
def sandbox():
    found, reason = probe(DEVICE)
    assert found is not None, f"this host cannot build the sandbox: {reason}"
    return found


@pytest.fixture
def outside_tmp():
    """A folder where results usually are, under the working directory."""
    folder = Path.cwd() / ".fk-bench" / f"test-{uuid.uuid4().hex}"
    folder.mkdir(parents=True)
    yield folder
    shutil.rmtree(folder)


@pytest.mark.parametrize("fixture", sorted(ADVERSARIES))
def test_an_adversary_is_contained(fixture, sandbox, fixtures_dir, tmp_path, outside_tmp, monkeypatch):
    tasks = tmp_path / "tasks"
    (tasks / "L1").mkdir(parents=True)
    shutil.copy(fixtures_dir / "tasks" / f"{TASK}.py", tasks / "L1")
    candidates = tmp_path / "candidates"
    (candidates / "L1").mkdir(parents=True)
    shutil.copy(fixtures_dir / "candidates" / "containment" / f"{fixture}.py", candidates / f"{TASK}.py")
    results, report = outside_tmp / "results", outside_tmp / "report.json"
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.5)
    marker = uuid.uuid4().hex
    monkeypatch.setenv("FK_TEST_MARKER", marker)
    monkeypatch.setenv("FK_TEST_REPORT", str(report))
    monkeypatch.setenv("FK_TEST_RESULTS", str(results))
    monkeypatch.setenv("FK_TEST_PORT", str(listener.getsockname()[1]))
    library = Path(transformers.__file__).parent
    before = {"tasks": _tree_hash(tasks), "library": _tree_hash(Path(modeling_llama.__file__).parent),
              "transformers": _tree_hash(library / "utils")}

    code = main(["run", "--tasks", str(tasks), "--candidates", str(candidates), "--device", DEVICE, "--no-production",
                 "--max-cases", "1", "--rounds", "1", "--iters", "2", "--results", str(results), "--json", str(report)])
    time.sleep(2.0)  # what a left-behind process would use to rewrite the report

    stored = json.loads((results / f"{TASK}.json").read_text())
    assert code == 2
    assert (stored["status"], fixture) == (SANDBOX_VIOLATION, fixture), stored["reason"]
    assert ADVERSARIES[fixture] in stored["reason"]
    # Results: only what the bench wrote, signed; the report: exactly the bench's rendering of them.
    assert sorted(p.relative_to(results).as_posix() for p in results.rglob("*") if p.is_file()) == [
        digest.KEY_FILE, f"{TASK}.json"]
    assert digest.verify(stored, tasks / f"{TASK}.py", candidates / f"{TASK}.py", digest.results_key(results))
    honest = tmp_path / "honest.json"
    write_json(str(honest), run_document([TaskResult.from_dict(stored)], json.loads(report.read_text())["settings"]))
    assert report.read_bytes() == honest.read_bytes()
    after = {"tasks": _tree_hash(tasks), "library": _tree_hash(Path(modeling_llama.__file__).parent),
             "transformers": _tree_hash(library / "utils")}
    assert after == before
    with pytest.raises(socket.timeout):
        listener.accept()
    listener.close()
    assert _holding(marker) == []


def test_a_result_whose_digest_does_not_match_is_benched_again(tmp_path, fixtures_dir, monkeypatch):
    """Resume trusts a stored result only with the folder key's digest over the task file,
    the candidate file and the record."""
    from fastkernels.engine import runner

    benched = []

    def bench_task(task, candidate, config, references=None, production=None):
        benched.append(task.name)
        return TaskResult(task=task.name, level=task.level, status=PASSED, task_hash=runner.file_hash(task.path),
                          candidate=str(candidate), candidate_hash=runner.file_hash(candidate), settings=config.key())

    monkeypatch.setattr(runner, "bench_task", bench_task)
    tasks = [t for t in discover_tasks(fixtures_dir / "tasks") if t.name == TASK]
    candidates, results = fixtures_dir / "candidates" / "correct", tmp_path / "results"
    config = BenchConfig(device="cpu")

    def run() -> list[str]:
        benched.clear()
        run_bench(tasks, candidates, config, results)
        return list(benched)

    assert run() == [TASK]
    assert run() == []  # resumed: the digest matches
    path = results / f"{TASK}.json"
    record = json.loads(path.read_text())
    path.write_text(json.dumps({**record, "speedup": 100.0}, indent=1))
    assert run() == [TASK]  # edited after it was signed
    record = json.loads(path.read_text())
    record["digest"] = digest.sign(record, tasks[0].path, candidates / f"{TASK}.py", b"\0" * 32)
    path.write_text(json.dumps(record, indent=1))
    assert run() == [TASK]  # signed with another key
    path.write_text(json.dumps({k: v for k, v in record.items() if k != "digest"}, indent=1))
    assert run() == [TASK]  # unsigned


def test_without_namespaces_candidates_need_unsafe(fixtures_dir, tmp_path, monkeypatch, capsys):
    from fastkernels.cli import bench

    monkeypatch.setattr(bench, "probe", lambda device: (None, "unshare: unshare failed: Operation not permitted"))
    args = ["run", "--tasks", str(fixtures_dir / "tasks"), "--task", "llama_rms_norm", "--device", "cpu",
            "--results", str(tmp_path / "results")]
    assert main(args + ["--candidates", str(tmp_path)]) == 2
    error = capsys.readouterr().err
    message = " ".join(error.split())  # one message, however the terminal wraps it
    assert error.count("error:") == 1 and "cannot build the sandbox (unshare: unshare failed" in message
    assert "--unsafe" in message
    # --unsafe runs them (here: no candidate file, so the task is skipped at once).
    assert main(args + ["--candidates", str(tmp_path), "--unsafe"]) == 0
