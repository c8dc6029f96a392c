"""Running a worker in its own process, with a private folder and a cap on what it may
print: contained in a sandbox (`sandbox`: its own namespaces, a read-only view, limits),
or, without one, forked from a clean server that has only imported torch and transformers
(nothing of the bench's memory, seconds of imports saved per process) into its own session
(killed whole on timeout, and when the bench dies)."""
from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import signal
import stat
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import torch

from fastkernels.engine import sandbox as sandboxing

OUTPUT_CAP_BYTES = 1 << 20
_TAIL_BYTES = 4096
_POLL_S = 0.05
# Imported once by the fork server; each worker starts from that state. Nothing here may
# initialise CUDA or start threads, which a fork would not carry over.
_PRELOAD = ["torch", "transformers", "transformers.modeling_utils", "fastkernels.engine.worker"]
_context = None


@dataclass
class WorkerOutcome:
    result: dict | None
    returncode: int | None
    timed_out: bool = False
    flooded: bool = False
    output_tail: str = ""
    left_running: list[str] = field(default_factory=list)  # sandbox: processes alive when the worker ended
    over_memory: int | None = None  # sandbox: resident bytes when the bench killed it for memory

    def last_line(self) -> str:
        """What the dead process said last; for a crash, the fatal error and the innermost
        Python frame it happened in (the worker dumps its stack on a fatal signal)."""
        lines = [line.strip() for line in self.output_tail.splitlines() if line.strip()]
        fatal = next((i for i, line in enumerate(lines) if line.startswith("Fatal Python error")), None)
        if fatal is not None:
            frame = next((line for line in lines[fatal:] if line.startswith("File ")), "")
            return f"{lines[fatal]} {frame}"[:300]
        return lines[-1][:300] if lines else ""


def _server():
    global _context
    if _context is None:
        _context = multiprocessing.get_context("forkserver")
        _context.set_forkserver_preload(_PRELOAD)
    return _context


def _die_with_bench(bench_alive) -> None:
    """Kill this worker's session once the bench that started it is gone: a bench killed
    mid-task (a timeout, Ctrl-C twice) must leave no worker holding GPU memory, and the
    worker's own session escapes the bench's process-group kill, while the fork server that
    is its parent outlives the bench. ``bench_alive`` is the read end of a pipe that only the
    bench writes to: it reads end-of-file when the bench's process is gone."""
    def watch() -> None:
        try:
            bench_alive.recv()
        except (EOFError, OSError):
            os.killpg(0, signal.SIGKILL)

    threading.Thread(target=watch, daemon=True).start()


def _child(role: str, request_path: str, result_path: str, log_path: str, bench_alive, gpus: str | None) -> None:
    os.setsid()
    if gpus is not None:  # the bench's, not the fork server's: a Ray worker's changes with each task it runs
        os.environ["CUDA_VISIBLE_DEVICES"] = gpus
    _die_with_bench(bench_alive)
    log = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    for fd in (1, 2):
        os.dup2(log, fd)
    sys.stdout.reconfigure(line_buffering=True)
    sys.stderr.reconfigure(line_buffering=True)
    from fastkernels.engine import worker

    worker.main([role, request_path, result_path])


def run_worker(role: str, request: dict, workdir: Path, timeout: float,
               sandbox: sandboxing.Sandbox | None = None) -> WorkerOutcome:
    """Run one side in `workdir/role`, its private folder: the request and every file it
    reads or writes are there (paths relative to it), and it returns only once every process
    it started is gone."""
    private = workdir / role
    shutil.rmtree(private, ignore_errors=True)  # a rerun's: a link left there would take the bench's writes anywhere
    private.mkdir()
    request_path, result_path, log_path = private / f"{role}.json", private / f"{role}.result.pt", private / f"{role}.log"
    request_path.write_text(json.dumps(_given(request, private / "ro")))
    if sandbox is None:
        returncode, timed_out, flooded = _run_forked(role, request_path, result_path, log_path, timeout)
        left_running, over_memory = [], None
    else:
        run = sandboxing.run(sandbox, private, sandboxing.worker_argv(role, sandboxing.HOME), log_path, timeout,
                             OUTPUT_CAP_BYTES, request["device"])
        returncode, timed_out, flooded, left_running = run.returncode, run.timed_out, run.flooded, run.left_running
        over_memory = run.over_memory
    result = None
    if _plain(result_path) and not (timed_out or flooded):
        try:
            result = torch.load(result_path, weights_only=True)
        except Exception:  # a truncated or forged file is treated as no result
            result = None
    return WorkerOutcome(result=result, returncode=returncode, timed_out=timed_out, flooded=flooded,
                         output_tail=_tail(log_path), left_running=left_running, over_memory=over_memory)


def _given(request: dict, folder: Path) -> dict:
    """The request with the files it names by absolute path (the task, the candidate, the
    inputs) placed in `folder`, which the sandbox shows read-only, and named relative to the
    private folder: the worker sees neither the host's temporary folder nor the originals'
    folders, and cannot change what it was given."""
    request = dict(request)
    for key in ("task", "candidate", "inputs"):
        source = request.get(key)
        if source and Path(source).is_absolute():
            folder.mkdir(exist_ok=True)
            target = folder / f"{key}{Path(source).suffix}"
            target.unlink(missing_ok=True)
            try:
                os.link(source, target)  # the inputs can be large; same file system as a rule
            except OSError:
                shutil.copyfile(source, target)
            request[key] = f"{folder.name}/{target.name}"
    return request


def _run_forked(role: str, request_path: Path, result_path: Path, log_path: Path, timeout: float) -> tuple:
    bench_alive, keep_alive = _server().Pipe(duplex=False)
    process = _server().Process(target=_child, args=(role, str(request_path), str(result_path), str(log_path), bench_alive,
                                                     os.environ.get("CUDA_VISIBLE_DEVICES")))
    process.start()
    bench_alive.close()
    deadline, timed_out, flooded = time.monotonic() + timeout, False, False
    while process.is_alive():
        process.join(_POLL_S)
        if log_path.exists() and log_path.stat().st_size > OUTPUT_CAP_BYTES:
            flooded = True
        elif time.monotonic() > deadline:
            timed_out = True
        else:
            continue
        _kill(process)
        process.join()
    keep_alive.close()
    return process.exitcode, timed_out, flooded


def _plain(path: Path) -> bool:
    """A regular file, not a link: what the bench reads from a private folder (a link would
    point it at any host file, a FIFO would block it)."""
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def _tail(path: Path) -> str:
    if not _plain(path):
        return ""
    try:
        with open(path, "rb") as handle:
            handle.seek(max(0, handle.seek(0, os.SEEK_END) - _TAIL_BYTES))
            return handle.read().decode(errors="replace")
    except OSError:
        return ""


def _kill(process) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)  # the worker and whatever it started
    except ProcessLookupError:  # killed before it made its own session
        process.kill()
