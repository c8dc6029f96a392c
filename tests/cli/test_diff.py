"""``fk-analyze diff`` on the committed analysis: the lines that split two kernels, and a
one-line error with exit code 2 for an id that names no kernel or several."""

from __future__ import annotations

from pathlib import Path

import pytest

from fastkernels.cli import analyze

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def in_repo(monkeypatch):
    monkeypatch.chdir(ROOT)  # where tasks_generated/analysis/ is


def test_the_llama_and_the_one_plus_weight_norms_differ_in_the_offset(in_repo, capsys):
    assert analyze.main(["diff", "llama_rms_norm", "qwen3_5_rms_norm"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any(line.startswith("+ add|float32|other=1.0") for line in lines), lines
    assert not any(line.startswith(("- add|", "+ rsqrt", "- rsqrt")) for line in lines)  # shared ops are not listed


@pytest.mark.parametrize("query", ["zzzz", "0"])  # no kernel; many kernels
def test_an_unknown_or_ambiguous_id_is_a_one_line_error(in_repo, capsys, query):
    assert analyze.main(["diff", query, "llama_rms_norm"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and repr(query) in err
