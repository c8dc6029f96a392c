"""Regenerate: deterministic bytes, and a simulated transformers release seen in the diff."""

from __future__ import annotations

import filecmp
import inspect

import torch
from transformers.models.llama import modeling_llama

from fastkernels.analyzer.cover.suite import core_suite
from fastkernels.taskgen.manifest import stale_candidates, suite_tasks
from fastkernels.taskgen.regenerate import regenerate
from fastkernels.taskgen.stub import candidate_text

RMS = "L1/llama_rms_norm.py"


def _tree(root):
    return sorted(p.relative_to(root) for p in root.rglob("*") if p.is_file())


def test_regenerate_is_deterministic(small_release, tmp_path):
    analysis, reps = small_release
    suites = lambda entries: {"core": core_suite(analysis, entries, {}, 1.0)}  # noqa: E731
    first = regenerate(analysis, reps, tmp_path / "a", suites=suites)
    second = regenerate(analysis, reps, tmp_path / "b", suites=suites)
    assert first.manifest["counts"]["L1"] > 0 and first.manifest["counts"]["L4"] == 1
    core = suite_tasks(tmp_path / "a", "core")  # the suite names the tasks written beside it
    assert RMS[:-3] in core and all((tmp_path / "a" / f"{name}.py").is_file() for name in core)
    assert any(name.startswith("L2/") for name in core)
    assert _tree(tmp_path / "a") == _tree(tmp_path / "b")
    _, mismatch, errors = filecmp.cmpfiles(tmp_path / "a", tmp_path / "b", [str(p) for p in _tree(tmp_path / "a")], shallow=False)
    assert not mismatch and not errors
    again = regenerate(analysis, reps, tmp_path / "a", suites=suites)
    assert again.written == [] and again.removed == []
    assert not any(again.diff.values())


def _forward_with_scale(self, hidden_states: torch.Tensor, scale: float = 1.0) -> torch.Tensor:
    input_dtype = hidden_states.dtype
    hidden_states = hidden_states.to(torch.float32)
    variance = hidden_states.pow(2).mean(-1, keepdim=True)
    hidden_states = hidden_states * torch.rsqrt(variance + self.variance_epsilon)
    return self.weight * hidden_states.to(input_dtype) * scale


def _forward_doubled(self, hidden_states: torch.Tensor) -> torch.Tensor:
    input_dtype = hidden_states.dtype
    hidden_states = hidden_states.to(torch.float32)
    variance = hidden_states.pow(2).mean(-1, keepdim=True)
    hidden_states = hidden_states * torch.rsqrt(variance + self.variance_epsilon)
    return 2.0 * self.weight * hidden_states.to(input_dtype)


def _baseline(small_release, tmp_path):
    analysis, reps = small_release
    out, candidates = tmp_path / "tasks", tmp_path / "candidates"
    before = regenerate(analysis, reps, out)
    assert RMS in {t["path"] for t in before.manifest["tasks"]}
    (candidates / "L1").mkdir(parents=True)
    (candidates / RMS).write_text(candidate_text(out / RMS))
    assert stale_candidates(candidates, before.manifest) == ([], [])
    return out, candidates, before


def test_release_changing_a_forward_signature(small_release, retrace, tmp_path, monkeypatch):
    out, candidates, before = _baseline(small_release, tmp_path)
    monkeypatch.setattr(modeling_llama.LlamaRMSNorm, "forward", _forward_with_scale)
    analysis, reps = retrace()
    after = regenerate(analysis, reps, out)
    assert RMS in after.diff["interface_changed"]
    stale, errors = stale_candidates(candidates, after.manifest)
    assert [s["task"] for s in stale] == [RMS] and "forward differs" in stale[0]["reason"] and not errors
    assert "scale: float = 1.0" in (out / RMS).read_text()


def test_release_changing_a_computation(small_release, retrace, tmp_path, monkeypatch):
    out, candidates, before = _baseline(small_release, tmp_path)
    monkeypatch.setattr(modeling_llama.LlamaRMSNorm, "forward", _forward_doubled)
    analysis, reps = retrace()
    after = regenerate(analysis, reps, out)
    old = {t["path"]: t["kernel_id"] for t in before.manifest["tasks"]}
    new = {t["path"]: t["kernel_id"] for t in after.manifest["tasks"]}
    assert RMS in after.diff["kernel_changed"] and old[RMS] != new[RMS]
    assert RMS not in after.diff["interface_changed"]
    assert stale_candidates(candidates, after.manifest) == ([], [])
    assert inspect.signature(modeling_llama.LlamaRMSNorm.forward) == inspect.signature(_forward_doubled)
