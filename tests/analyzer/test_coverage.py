"""The coverage report: its JSON keys, and the committed analysis recomputed without retracing."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from fastkernels.analyzer.cover import analysis as analysis_module, coverage
from fastkernels.analyzer.trace import cache
from fastkernels.analyzer.cover.analysis import COMMITTED_DIR, collect, load_committed, write_committed
from fastkernels.analyzer.trace.registry import load_registry
from fastkernels.analyzer.trace.sweep import SweepOptions, sweep

SMALL = ["bert", "albert", "vit", "gpt2", "roberta"]


@pytest.fixture(scope="module")
def small_analysis(tmp_path_factory):
    mp = pytest.MonkeyPatch()
    mp.setenv("FASTKERNELS_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    registry = {name: load_registry()[name] for name in SMALL}
    analysis = collect(registry, True, lambda missing: sweep(missing, SweepOptions(jobs=2)), tmp_path_factory.mktemp("none"))
    yield analysis
    mp.undo()


def test_warm_collect_decodes_no_trace(small_analysis, tmp_path, monkeypatch):
    """A second collect answers from the kernel-use files kept beside the traces."""
    monkeypatch.setattr(cache, "load", lambda *args: pytest.fail("decoded a trace"))
    registry = {name: load_registry()[name] for name in SMALL}
    again = collect(registry, True, lambda missing: {} if not missing else pytest.fail(f"would trace {missing}"), tmp_path)
    assert again["architectures"] == small_analysis["architectures"]
    for granularity, table in small_analysis["kernels"].items():
        assert {i: k.to_json() for i, k in again["kernels"][granularity].items()} == {i: k.to_json() for i, k in table.items()}


def test_unchanged_inputs_are_answered_from_the_collected_analysis(small_analysis, tmp_path, monkeypatch):
    """A warm run with nothing changed reads one file; a changed kernel-use file is read again."""
    registry = {name: load_registry()[name] for name in SMALL}
    collect(registry, True, lambda missing: {}, tmp_path)
    monkeypatch.setattr(analysis_module, "_read_uses", lambda *args: pytest.fail("read the kernel uses"))
    again = collect(registry, True, lambda missing: {}, tmp_path)
    assert again["architectures"] == small_analysis["architectures"]
    monkeypatch.undo()
    uses = cache.derived_path("bert", "kernels")
    with gzip.open(uses, "rt", encoding="utf-8") as handle:
        document = json.load(handle)
    with gzip.open(uses, "wt", encoding="utf-8", compresslevel=9) as handle:
        json.dump(document, handle)  # same uses, other bytes: an input changed
    read = []
    original = analysis_module._read_uses
    monkeypatch.setattr(analysis_module, "_read_uses", lambda *args: read.append(args[0]) or original(*args))
    assert collect(registry, True, lambda missing: {}, tmp_path)["architectures"] == small_analysis["architectures"]
    assert "bert" in read


def test_the_committed_analysis_reads_back_as_built(small_analysis, tmp_path, monkeypatch):
    """A fresh checkout regenerates from the committed analysis: its kernels must come back
    with the same order of qualnames (the first names the task) and of every case's keys."""
    write_committed(small_analysis, tmp_path / "committed")
    monkeypatch.setenv("FASTKERNELS_CACHE_DIR", str(tmp_path / "empty"))
    registry = {name: load_registry()[name] for name in SMALL}
    again = collect(registry, True, lambda missing: {} if not missing else pytest.fail(f"would trace {missing}"), tmp_path / "committed")
    for granularity, table in small_analysis["kernels"].items():
        read = again["kernels"][granularity]
        assert {i: json.dumps(k.to_json()) for i, k in table.items()} == {i: json.dumps(read[i].to_json()) for i in table}


def test_report_has_the_documented_keys(small_analysis):
    document = coverage.report(small_analysis, "exact", (1, 2), target=0.6)
    for key in ("transformers_version", "granularity", "levels", "architectures", "kernels", "representatives",
                "subsumed", "not_subsumed", "not_analysed", "solver", "target", "granularities", "hub_kernels",
                "lineage_roots"):
        assert key in document, key
    assert all(isinstance(k["level"], int) for k in document["kernels"])
    assert {"name", "category", "status", "kernels"} <= set(document["architectures"][0])
    assert {"method", "optimal", "objective", "dual_bound", "seconds", "greedy"} <= set(document["solver"])
    assert set(document["representatives"]) <= set(document["subsumed"])
    assert len(document["subsumed"]) >= 3
    json.dumps(document)


def test_budget_report_and_markdown(small_analysis):
    document = coverage.report(small_analysis, "structural", (1,), budget=1, compare_granularities=False)
    assert document["budget"] == 1 and len(document["representatives"]) == 1
    assert "representatives subsume" in coverage.markdown(document)


def test_bert_family_shares_kernels(small_analysis):
    sets = {a["name"]: set(a["kernels"]) for a in coverage.report(small_analysis, "exact", (1,), target=1.0)["architectures"]}
    assert sets["bert"] & sets["roberta"]


REPO_ANALYSIS = Path(__file__).resolve().parents[2] / COMMITTED_DIR


@pytest.mark.skipif(load_committed(REPO_ANALYSIS) is None, reason="no committed analysis for the installed transformers release")
def test_committed_analysis_recomputes_the_committed_cover(tmp_path, monkeypatch):
    """CI recomputes the cover from the committed per-architecture records, without tracing."""
    monkeypatch.setenv("FASTKERNELS_CACHE_DIR", str(tmp_path))
    analysis = collect(
        load_registry(), True, lambda missing: {} if not missing else pytest.fail(f"would trace {len(missing)}"), REPO_ANALYSIS
    )
    document = coverage.report(analysis, compare_granularities=False, explain_roots=False)
    committed = json.loads((REPO_ANALYSIS / "coverage.json").read_text())
    assert document["representatives"] == committed["representatives"]
    assert document["subsumed"] == committed["subsumed"]
