"""Running a worker in its own process: a fresh interpreter (nothing of the parent's memory),
its own process group (killed whole on timeout), and a cap on what it may print."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

import torch

OUTPUT_CAP_BYTES = 1 << 20
_TAIL_BYTES = 4096


@dataclass
class WorkerOutcome:
    result: dict | None
    returncode: int | None
    timed_out: bool = False
    flooded: bool = False
    output_tail: str = ""

    def last_line(self) -> str:
        lines = [line for line in self.output_tail.splitlines() if line.strip()]
        return lines[-1][:300] if lines else ""


def run_worker(role: str, request: dict, workdir: Path, timeout: float) -> WorkerOutcome:
    request_path, result_path = workdir / f"{role}.json", workdir / f"{role}.result.pt"
    request_path.write_text(json.dumps(request))
    result_path.unlink(missing_ok=True)
    process = subprocess.Popen(
        [sys.executable, "-m", "fastkernels.engine.worker", role, str(request_path), str(result_path)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, cwd=workdir,
        start_new_session=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    tail, flooded = bytearray(), threading.Event()

    def drain() -> None:
        total = 0
        for chunk in iter(lambda: process.stdout.read1(65536), b""):
            total += len(chunk)
            tail.extend(chunk)
            del tail[:-_TAIL_BYTES]
            if total > OUTPUT_CAP_BYTES and not flooded.is_set():
                flooded.set()
                _kill(process)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    timed_out = False
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
        _kill(process)
        process.wait()
    reader.join(timeout=5)
    result = None
    if result_path.exists() and not (timed_out or flooded.is_set()):
        try:
            result = torch.load(result_path, weights_only=True)
        except Exception:  # a truncated or forged file is treated as no result
            result = None
    return WorkerOutcome(result=result, returncode=process.returncode, timed_out=timed_out,
                         flooded=flooded.is_set(), output_tail=tail.decode(errors="replace"))


def _kill(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
