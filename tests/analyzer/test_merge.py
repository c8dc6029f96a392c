"""One analysis whatever the cache holds: a local trace of one architecture, made by the real
sweep, replaces exactly its own entries of the committed analysis, and `fk-analyze list`
counts what coverage counts."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from fastkernels.analyzer.trace import cache
from fastkernels.analyzer.cover.analysis import COMMITTED_DIR, collect, load_committed
from fastkernels.analyzer.cover.merge import merge_tables
from fastkernels.analyzer.trace.registry import load_registry
from fastkernels.analyzer.trace.sweep import SweepOptions, sweep
from fastkernels.cli import analyze

REPO_ANALYSIS = Path(__file__).resolve().parents[2] / COMMITTED_DIR
LOCAL = "gpt2"  # traced locally: small, and it shares its kernels with other architectures

pytestmark = pytest.mark.skipif(load_committed(REPO_ANALYSIS) is None,
                                reason="no committed analysis for the installed transformers release")


def _no_trace(missing):
    return {} if not missing else pytest.fail(f"would trace {len(missing)} architectures")


def _tables(analysis: dict) -> dict:
    return {g: {i: k.to_json() for i, k in by_id.items()} for g, by_id in analysis["kernels"].items()}


@pytest.fixture(scope="module")
def analyses(tmp_path_factory):
    """The analysis on a fresh clone (committed only), then after a local trace of `LOCAL`."""
    mp = pytest.MonkeyPatch()
    mp.setenv("FASTKERNELS_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    registry = load_registry()
    before = collect(registry, True, _no_trace, REPO_ANALYSIS)
    traced = sweep([registry[LOCAL]], SweepOptions(jobs=1))[LOCAL]
    assert traced.ok and cache.load_summary(LOCAL, registry[LOCAL].module) is not None
    after = collect(registry, True, _no_trace, REPO_ANALYSIS)
    yield before, after
    mp.undo()


def _only_others(before: dict, after: dict, local: str) -> None:
    """Every kernel, qualname count and case that `local` has no part in is as before, and
    every kernel lists the same other architectures."""
    local_qualnames = {q for by_id in after.values() for k in by_id.values() if local in k["architectures"] for q in k["qualnames"]}
    for granularity in before:
        for kernel_id in set(before[granularity]) | set(after[granularity]):
            old, new = before[granularity].get(kernel_id), after[granularity].get(kernel_id)
            others = [set(k["architectures"]) - {local} if k else set() for k in (old, new)]
            assert others[0] == others[1], (granularity, kernel_id)
            if local not in (old or {}).get("architectures", []) and local not in (new or {}).get("architectures", []):
                assert new == old, (granularity, kernel_id)
                continue
            for qualname, calls in old["qualnames"].items():
                if qualname not in local_qualnames:
                    assert new["qualnames"][qualname] == calls, (kernel_id, qualname)
            kept = [json.dumps(c, sort_keys=True) for c in new["cases"]]
            for case in old["cases"]:
                if local not in case["architectures"]:
                    assert json.dumps(case, sort_keys=True) in kept, (kernel_id, case["inputs"])


def test_a_local_trace_changes_no_other_architecture(analyses):
    before, after = analyses
    assert {n: r for n, r in before["architectures"].items() if n != LOCAL} == \
        {n: r for n, r in after["architectures"].items() if n != LOCAL}
    assert after["architectures"][LOCAL]["status"] == "traced"
    _only_others(_tables(before), _tables(after), LOCAL)
    # the shared kernels keep every architecture that shares them (a local trace once left one)
    exact = after["kernels"]["exact"]
    for kernel_id in after["architectures"][LOCAL]["kernels"]["exact"]["1"]:
        assert set(exact[kernel_id].architectures) == set(before["kernels"]["exact"][kernel_id].architectures) | {LOCAL}


def test_a_local_record_that_reproduces_the_committed_one_leaves_the_analysis_as_committed(analyses):
    before, after = analyses
    assert after["architectures"][LOCAL] == before["architectures"][LOCAL]
    assert _tables(after) == _tables(before)


def test_a_local_record_unlike_the_committed_one_takes_out_only_its_own_entries(analyses):
    """The local uses of `LOCAL` without one of its kernels: that kernel loses `LOCAL` and
    keeps everyone else; nothing else changes."""
    before, _ = analyses
    uses = _local_uses()
    dropped = next(u["ids"]["exact"] for u in uses if u["level"] == 1 and not u["bookkeeping"])
    committed = _tables(before)
    merged = merge_tables(copy.deepcopy(committed), {LOCAL: [u for u in uses if u["ids"]["exact"] != dropped]}, {LOCAL})
    merged = {g: {i: k.to_json() for i, k in by_id.items()} for g, by_id in merged.items()}
    _only_others(committed, merged, LOCAL)
    assert LOCAL not in merged["exact"].get(dropped, {}).get("architectures", [])
    assert set(merged["exact"][dropped]["architectures"]) == set(committed["exact"][dropped]["architectures"]) - {LOCAL}


def _local_uses() -> list[dict]:
    from fastkernels.analyzer.cover.analysis import _read_uses

    arch = load_registry()[LOCAL]
    summary = cache.load_summary(arch.name, arch.module)
    return _read_uses(arch.name, arch.module, summary.path)


def test_list_counts_what_coverage_counts(analyses, tmp_path):
    _, after = analyses
    assert analyze.main(["list", "--json", str(tmp_path / "list.json")]) == 0
    listed = {a["name"]: a["status"] for a in json.loads((tmp_path / "list.json").read_text())["architectures"]}
    assert listed == {name: record["status"] for name, record in after["architectures"].items()}
    assert sum(status == "traced" for status in listed.values()) == sum(r["status"] == "traced" for r in after["architectures"].values())
