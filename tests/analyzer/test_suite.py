"""The core suite: the production cover's kernels, each with its task or listed as missing, kept
in the tasks' manifest and selected by `fk-bench --suite`."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from fastkernels.analyzer.cover.suite import core_suite
from fastkernels.analyzer.identity import production
from fastkernels.analyzer.identity.kernels import Kernel
from fastkernels.cli import bench
from fastkernels.taskgen import manifest as manifests

ROOT = Path(__file__).resolve().parents[2]
ANALYSIS = ROOT / "tasks_generated" / "analysis"


@pytest.fixture(scope="module")
def committed() -> dict:
    if not (ANALYSIS / "kernels.json.gz").is_file():
        pytest.skip("no committed analysis")
    records = json.loads((ANALYSIS / "architectures.json").read_text())["architectures"]
    with gzip.open(ANALYSIS / "kernels.json.gz", "rt") as handle:
        table = json.load(handle)["kernels"]
    kernels = {g: {i: Kernel(**k) for i, k in by_id.items()} for g, by_id in table.items()}
    return {"architectures": records, "kernels": kernels}


def test_the_suite_lists_each_cover_kernel_with_its_task_or_as_missing(committed):
    tasks = json.loads((ROOT / "tasks_generated" / "MANIFEST.json").read_text())["tasks"]
    rms = next(t for t in tasks if t["path"] == "L1/llama_rms_norm.py")
    document = core_suite(committed, [t for t in tasks if t is not rms], {}, 0.962)
    assert document["solver"]["optimal"] and document["granularity"] == "production"
    extended = production.extend(committed)
    held = set()
    for rep in document["representatives"]:
        held |= set(extended["architectures"][rep]["kernels"]["production"]["1"])
    level_one = [e for e in document["tasks"] if e["level"] == 1]
    assert {e["kernel_id"] for e in level_one} == held
    assert all(e["architectures"] >= 1 for e in document["tasks"])
    for entry in document["tasks"]:
        if entry["task"] is not None:
            assert (ROOT / "tasks_generated" / f"{entry['task']}.py").is_file(), entry
    norms = [e for e in level_one if e["name"] == "llama_rms_norm"]
    assert norms and all(e["task"] != "L1/llama_rms_norm" for e in norms)  # its task was taken away
    level_two = {e["kernel_id"] for e in document["tasks"] if e["level"] == 2}
    layers = {k for rep in document["representatives"] for k in committed["architectures"][rep]["kernels"]["exact"].get("3", [])}
    children = {c for layer in layers for c in committed["kernels"]["exact"][layer].children}
    assert level_two and level_two <= children
    assert document["missing"] == sum(1 for e in document["tasks"] if e["task"] is None)


def test_bench_selects_the_tasks_the_manifest_lists_and_says_when_it_lists_none(tmp_path, capsys):
    for name in ("L1/kept.py", "L1/other.py"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("")
    versions = {"transformers": "test"}
    manifests.write(tmp_path, manifests.document([], [], versions))
    assert bench.main(["list", "--tasks", str(tmp_path), "--suite", "core"]) == 2  # a manifest without the suite
    assert "fk-taskgen regenerate" in capsys.readouterr().err.replace("\n", "")
    suite = {"tasks": [{"task": "L1/kept", "kernel_id": "a", "architectures": 3},
                       {"task": None, "kernel_id": "b", "architectures": 1}]}
    manifests.write(tmp_path, manifests.document([], [], versions, {"core": suite}))
    assert manifests.suite_tasks(tmp_path, "core") == ["L1/kept"]
    assert bench.main(["list", "--tasks", str(tmp_path), "--suite", "core"]) == 0
    out = capsys.readouterr().out
    assert "L1/kept" in out and "L1/other" not in out
    assert "architectures served" in out and manifests.suite(tmp_path, "core") == {"L1/kept": 3}


def test_the_committed_manifest_lists_the_suite_with_existing_tasks():
    suite = manifests.load(ROOT / "tasks_generated")["suites"]["core"]
    assert suite["granularity"] == "production" and suite["solver"]["optimal"]
    assert all(entry["architectures"] >= 1 for entry in suite["tasks"])
    names = manifests.suite_tasks(ROOT / "tasks_generated", "core")
    assert names and all((ROOT / "tasks_generated" / f"{name}.py").is_file() for name in names)
