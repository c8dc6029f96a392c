"""Workers run in sessions of their own, so a killed bench must take them down itself."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

_BENCH = textwrap.dedent(
    """
    import os, sys, time
    from fastkernels.engine import isolation

    def work(bench_alive):
        os.setsid()
        isolation._die_with_bench(bench_alive)
        time.sleep(120)

    if __name__ == "__main__":
        bench_alive, keep_alive = isolation._server().Pipe(duplex=False)
        worker = isolation._server().Process(target=work, args=(bench_alive,))
        worker.start()
        bench_alive.close()
        print(worker.pid, flush=True)
        time.sleep(120)
    """
)


def _stat(pid: int) -> list[str] | None:
    """State and parent of a process (/proc), None once it is reaped."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[:2]
    except FileNotFoundError:
        return None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_worker_dies_with_the_bench_that_started_it(tmp_path):
    script = tmp_path / "bench.py"
    script.write_text(_BENCH)
    bench = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True, cwd=tmp_path)
    worker = int(bench.stdout.readline())
    server = int(_stat(worker)[1])  # the fork server, which outlives the bench
    try:
        bench.kill()
        bench.wait()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and (_stat(worker) or ["Z"])[0] != "Z":
            time.sleep(0.1)
        assert (_stat(worker) or ["Z"])[0] == "Z", "the worker outlived its bench"
    finally:
        for pid in (worker, server):
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux namespaces")
def test_a_rerun_follows_nothing_a_worker_left_in_its_folder(tmp_path):
    """A worker owns its private folder: links and a FIFO left there (where the bench writes
    the next run's request and log, and reads the result) must neither redirect the bench's
    writes nor block its reads."""
    from fastkernels.engine import isolation
    from fastkernels.engine.sandbox import probe

    sandbox, reason = probe()
    assert sandbox is not None, reason
    outside = {name: tmp_path / name for name in ("request", "log")}
    for path in outside.values():
        path.write_text("outside")
    (tmp_path / "secret").write_text("a secret of the host")
    private = tmp_path / "work" / "candidate"
    private.mkdir(parents=True)
    (private / "candidate.json").symlink_to(outside["request"])
    (private / "candidate.log").symlink_to(outside["log"])
    os.mkfifo(private / "candidate.result.pt")
    outcome = isolation.run_worker("candidate", {"device": "cpu"}, tmp_path / "work", 60, sandbox)
    assert [path.read_text() for path in outside.values()] == ["outside", "outside"]
    assert outcome.result is None and outcome.returncode != 0 and "secret" not in outcome.output_tail
    # What the worker could leave during its run: the bench reads neither.
    os.unlink(private / "candidate.log")
    os.symlink(tmp_path / "secret", private / "candidate.log")
    os.mkfifo(private / "candidate.result.pt")
    assert isolation._tail(private / "candidate.log") == "" and not isolation._plain(private / "candidate.result.pt")
