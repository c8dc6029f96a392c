"""What every command shares."""

from __future__ import annotations

import sys

import pytest

from fastkernels.cli import common


def test_a_command_line_run_restarts_under_a_fixed_hash_seed(monkeypatch):
    """Set iteration order in upstream models follows the hash seed: a fixed one keeps traces,
    and every file made from them, the same from run to run."""
    started = []
    monkeypatch.delenv("PYTHONHASHSEED", raising=False)
    monkeypatch.setattr(common.os, "execv", lambda path, args: started.append((path, args)) or pytest.skip("restarted"))
    with pytest.raises(pytest.skip.Exception):
        common.run_cli(lambda argv: 0)
    assert started == [(sys.executable, sys.orig_argv)]
    assert common.os.environ["PYTHONHASHSEED"] == common.HASH_SEED
    assert common.run_cli(lambda argv: 0) == 0  # seeded now: runs in place


def test_called_with_arguments_it_runs_in_place(monkeypatch):
    monkeypatch.delenv("PYTHONHASHSEED", raising=False)
    monkeypatch.setattr(common.os, "execv", lambda *args: pytest.fail("restarted"))
    assert common.run_cli(lambda argv: 0, []) == 0


def test_a_missing_tasks_folder_is_one_line_that_says_where_it_looked(tmp_path, capsys):
    from fastkernels.cli import taskgen

    assert taskgen.main(["stub", "llama_rms_norm", "--tasks", str(tmp_path / "none"), "--out", str(tmp_path)]) == 2
    error = capsys.readouterr().err.strip()
    assert len(error.splitlines()) == 1
    assert str((tmp_path / "none" / "MANIFEST.json").absolute()) in error and "--tasks DIR" in error
