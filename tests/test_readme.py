"""The README's headline numbers, checked against the committed analysis and manifest: a
regenerated analysis that changes a number fails here until the README says the new one."""

from __future__ import annotations

import collections
import gzip
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ANALYSIS = ROOT / "tasks_generated" / "analysis"


@pytest.fixture(scope="module")
def readme() -> str:
    """The README with every run of whitespace one space, so that a reflowed line still matches."""
    return " ".join((ROOT / "README.md").read_text().split())


@pytest.fixture(scope="module")
def coverage() -> dict:
    return json.loads((ANALYSIS / "coverage.json").read_text())


def _n(value: int) -> str:
    return f"{value:,}"


def test_readme_fits_on_a_few_screens():
    assert len((ROOT / "README.md").read_text().splitlines()) <= 150


def test_trace_status(readme):
    records = json.loads((ANALYSIS / "architectures.json").read_text())["architectures"]
    status = collections.Counter(record["status"] for record in records.values())
    strategy = collections.Counter(record["strategy"] for record in records.values() if record["status"] == "traced")
    total = len(records)
    assert f"{total} architectures in the registry" in readme
    for name in ("traced", "partial", "failed"):
        assert f"| {name} | {status[name]}" in readme
        assert f"| {100 * status[name] / total:.1f}% |" in readme
    assert f"({strategy['fake-full']} fake tensors at full size, {strategy['fake-valued']} fake with known integer inputs, {strategy['real-shallow']} real at two layers)" in readme


def test_cover_table(readme, coverage):
    traced = len(coverage["subsumed"]) + len(coverage["not_subsumed"])
    assert f"subsume (of {traced} traced)" in readme
    for row in coverage["granularities"]:
        cells = [_n(row["kernels"]), _n(row["representatives"]), _n(row["subsumed"]), _n(row["greedy_representatives"])]
        assert f" | {' | '.join(cells)} |" in readme, row["granularity"]
        assert row["optimal"]
    reference = coverage["reference"]
    assert f"| reference paper | — | {reference['representatives']} | {reference['subsumed']}/{reference['architectures']} |" in readme


def test_hub_marks_and_the_llama_rms_norm(readme, coverage):
    hub = coverage["hub_kernels"]
    assert f"{hub['marked_classes_traced']}/{hub['marked_classes']} marked classes traced" in readme
    for mark in ("RMSNorm", "RMSNormGated", "MultiScaleDeformableAttention"):
        assert f"{mark} → {len(hub['marks'][mark]['kernel_ids'])}" in readme
    with gzip.open(ANALYSIS / "kernels.json.gz", "rt") as handle:
        kernels = json.load(handle)["kernels"]["exact"]
    (rms,) = [kernel for kernel in kernels.values() if kernel["name"] == "llama_rms_norm"]
    assert f"shared by {len(rms['architectures'])} architectures under {len(rms['qualnames'])} class names" in readme


def test_task_counts(readme):
    manifest = json.loads((ROOT / "tasks_generated" / "MANIFEST.json").read_text())
    counts = manifest["counts"]
    assert f"{_n(len(manifest['tasks']))} tasks (L1 {counts['L1']}, L2 {counts['L2']}, L3 {counts['L3']}, L4 {counts['L4']})" in readme
    assert f"{len(manifest['left_out'])} kernels left out" in readme
