"""A small release traced on the spot (llama only), so these tests need no shared cache."""

from __future__ import annotations

import pytest

from fastkernels.analyzer.cover import coverage
from fastkernels.analyzer.cover.analysis import collect
from fastkernels.analyzer.trace.architecture import trace_architecture
from fastkernels.analyzer.trace.registry import load_registry

ARCHS = ("llama",)


def analyse(tmp_cache, monkeypatch) -> tuple[dict, list[str]]:
    """Trace in this process (so a monkeypatched upstream is what gets traced), no cache."""
    monkeypatch.setenv("FASTKERNELS_CACHE_DIR", str(tmp_cache))
    registry = {name: arch for name, arch in load_registry().items() if name in ARCHS}
    analysis = collect(registry, False, lambda missing: {a.name: trace_architecture(a) for a in missing}, tmp_cache / "none")
    reps = coverage.report(analysis, "exact", (1, 2), compare_granularities=False)["representatives"]
    return analysis, reps


@pytest.fixture(scope="session")
def small_release(tmp_path_factory):
    monkeypatch = pytest.MonkeyPatch()
    try:
        yield analyse(tmp_path_factory.mktemp("cache"), monkeypatch)
    finally:
        monkeypatch.undo()


@pytest.fixture
def retrace(tmp_path, monkeypatch):
    """Analyse again, without any cache, in this process (after a test patched upstream)."""
    return lambda: analyse(tmp_path / "retrace-cache", monkeypatch)
