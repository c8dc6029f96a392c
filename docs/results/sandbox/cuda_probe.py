"""Which part of the bench's sandbox keeps CUDA from starting.

Runs `cuInit` and a first torch op (`torch.cuda.init(); torch.ones(1, device='cuda') + 1`)
on the host, in the sandbox exactly as the bench builds it (`engine/sandbox.py`), and in
variants of it with one part left out (a limit, a namespace, a step of its init script), one
line per variant, every run under `timeout`. Variants run side by side; the full sandbox
also runs once first, before anything on the host has touched CUDA (the driver creates
/dev/nvidia-uvm on first use, and the sandbox can only bind the nodes that exist).
On a host without the CUDA driver it says so and still reports whether each variant builds.

    python3 docs/results/sandbox/cuda_probe.py [--jobs 24] [--seconds 12]
"""
from __future__ import annotations

import argparse
import glob
import os
import re
import resource
import shlex
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from fastkernels.engine import sandbox as sb

# The worker: what each variant runs. Lines starting with PROBE are its report.
_WORKER = r"""
import ctypes, os, resource, sys
if os.environ.get("FK_PROBE_FACTS"):
    limits = {n: resource.getrlimit(getattr(resource, "RLIMIT_" + n)) for n in ("NPROC", "NOFILE", "DATA", "AS", "MEMLOCK")}
    print("PROBE facts: uid", os.getuid(), "pid", os.getpid(), "dev", " ".join(sorted(os.listdir("/dev"))),
          "| nvidia-caps", sorted(os.listdir("/dev/nvidia-caps")) if os.path.isdir("/dev/nvidia-caps") else "-",
          "| rlimits", limits, flush=True)
try:
    cuda = ctypes.CDLL("libcuda.so.1")
except OSError as error:
    print("PROBE cuInit=no-driver torch=skipped", flush=True); sys.exit(0)
code = cuda.cuInit(0)
name = ctypes.c_char_p()
cuda.cuGetErrorName(code, ctypes.byref(name))
print(f"PROBE cuInit={code}({(name.value or b'?').decode()})", flush=True)
try:
    import torch
    torch.cuda.init()
    value = (torch.ones(1, device="cuda") + 1).item()
    print(f"PROBE torch=ok({value:g})", flush=True)
except Exception as error:
    lines = [l.strip() for l in str(error).splitlines() if l.strip()]
    print(f"PROBE torch=FAIL({type(error).__name__}: {lines[0][:160] if lines else ''})", flush=True)
"""

_FULL_NAMESPACES = ["--user", "--map-root-user", "--pid", "--fork", "--kill-child", "--net", "--ipc", "--mount",
                    "--propagation", "private", "--mount-proc"]
_PID = ["--pid", "--fork", "--kill-child", "--mount-proc"]
_SETPRIV = "setpriv --no-new-privs --inh-caps=-all --ambient-caps=-all --bounding-set=-all -- \\\n    "


def _without_step(script: str, step: int) -> str:
    """The init script without its numbered step (`# N.` up to `# N+1.`)."""
    start, end = script.index(f"\n# {step}."), script.index(f"\n# {step + 1}.")
    return script[:start] + script[end:]


def _keeping_writable(pattern: str) -> str:
    """The init script with every mount made read-only except those `pattern` (a shell `case`
    pattern) matches: which mounts the driver needs writable, if the read-only step is what
    stops it."""
    remount = '    mount -n -o "remount,bind,$options" "$point" 2>/dev/null \\\n'
    assert remount in sb._INIT
    skip = f'    case "$point" in {pattern}) true ;; *) false ;; esac || {remount.lstrip()}'
    return sb._INIT.replace(remount, skip)


def _mount_points() -> list[str]:
    """This host's mount points, each once, in mount order."""
    points = [line.split()[4] for line in Path("/proc/self/mountinfo").read_text().splitlines()]
    # mountinfo escapes a space, tab, newline or backslash as \ooo, which the init script's printf '%b' reads back
    return list(dict.fromkeys(re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), p) for p in points))


def _limits(drop: tuple[str, ...] = (), swap: dict | None = None) -> str:
    options = sb.Limits().prlimit_options("cuda", 60.0)
    options = [o for o in options if o.split("=")[0].lstrip("-") not in drop]
    for old, new in (swap or {}).items():
        options = [new if o.startswith(f"--{old}=") else o for o in options]
    return " ".join(options)


def variants() -> list[dict]:
    """Each variant: a name, unshare's options, the init script (None: run the worker
    directly under unshare), and the prlimit options."""
    full = {"namespaces": _FULL_NAMESPACES, "script": sb._INIT, "limits": _limits()}
    memory = sb.Limits().memory_bytes or sb._host_memory() * 3 // 4

    def v(name, **change):
        return {"name": name, **full, **change}

    def ns_without(*flags):
        return [f for f in _FULL_NAMESPACES if f not in flags]

    return [
        v("full sandbox"),
        v("  its own /proc read-only too", proc_writable=False),
        v("- memory limit (--data)", limits=_limits(("data",))),
        v("- --nproc", limits=_limits(("nproc",))),
        v("- --nofile", limits=_limits(("nofile",))),
        v("- --fsize", limits=_limits(("fsize",))),
        v("- --cpu", limits=_limits(("cpu",))),
        v("- every limit (no prlimit options)", limits=""),
        v("  --as instead of --data", limits=_limits(swap={"data": f"--as={memory}"})),
        v("  --data at 4x the host's memory", limits=_limits(swap={"data": f"--data={memory * 16 // 3}"})),
        v("- setpriv (capabilities kept)", script=sb._INIT.replace(_SETPRIV, "")),
        v("- /dev rebuild (host /dev, read-only)", script=_without_step(sb._INIT, 2)),
        v("- read-only remount", script=_without_step(sb._INIT, 1)),
        v("- read-only remount - /dev rebuild", script=_without_step(_without_step(sb._INIT, 1), 2)),
        v("- own /proc (--mount-proc)", namespaces=ns_without("--mount-proc")),
        v("- PID namespace", namespaces=ns_without(*_PID)),
        v("- network namespace", namespaces=ns_without("--net")),
        v("- IPC namespace", namespaces=ns_without("--ipc")),
        v("- user namespace (root host only)", namespaces=ns_without("--user", "--map-root-user")),
        v("- user ns - every limit (root host only)", namespaces=ns_without("--user", "--map-root-user"), limits=""),
        v("user namespace alone (no script)", namespaces=["--user", "--map-root-user"], script=None, limits=""),
        v("user + PID namespaces alone (no script)", namespaces=["--user", "--map-root-user", *_PID], script=None,
          limits=""),
        v("user + mount namespaces alone (no script)", namespaces=["--user", "--map-root-user", "--mount"],
          script=None, limits=""),
        v("- read-only /proc, /sys and below", script=_keeping_writable("/proc|/proc/*|/sys|/sys/*")),
        v("- read-only /dev and below", script=_keeping_writable("/dev|/dev/*")),
        *(v(f"- read-only {point}", script=_keeping_writable(shlex.quote(point))) for point in _mount_points()),
    ]


def _command(variant: dict | None, private: str, seconds: float) -> list[str]:
    worker = [sys.executable, "-P", "-c", _WORKER]
    if variant is None:
        inner = worker
    elif variant["script"] is None:
        inner = ["unshare", *variant["namespaces"], *worker]
    else:
        inner = ["unshare", *variant["namespaces"], "sh", "-c", variant["script"], "fk-sandbox", private, "--",
                 *worker]
    return ["timeout", "-k", "2", str(seconds), *inner]


def run(variant: dict | None, seconds: float, facts: bool = False) -> str:
    """One line: the variant, what cuInit and torch said, how long it took."""
    name = variant["name"] if variant else "host (no sandbox)"
    env = sb.environment(sb.Sandbox(), "cuda", 60.0)
    if variant is not None:
        env["FK_SANDBOX_LIMITS"] = variant["limits"]
        own_proc = "--mount-proc" in variant["namespaces"] and variant.get("proc_writable", True)
        env["FK_SANDBOX_OWN_PROC"] = "1" if own_proc else "0"
    if facts:
        env["FK_PROBE_FACTS"] = "1"
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="fk-cuda-probe-") as private:
        done = subprocess.run(_command(variant, private, seconds), input="", capture_output=True, text=True, env=env)
    took = time.perf_counter() - started
    said = [line[6:] for line in (done.stdout + done.stderr).splitlines() if line.startswith("PROBE ")]
    if done.returncode in (124, 137) and any(s.startswith("cuInit") for s in said):
        said.append(f"TIMED OUT after {seconds:g} s")
    if not any(s.startswith("cuInit") for s in said):
        other = [line.strip() for line in done.stderr.splitlines() if line.strip() and not line.startswith("PROBE ")]
        why = "timed out" if done.returncode in (124, 137) else f"rc {done.returncode}"
        said.append(f"DID NOT RUN ({why}: {other[-1][:200] if other else 'no output'})")
    return f"{name:<44} {' '.join(said)}  [{took:.1f} s]"


def host_facts() -> list[str]:
    """What the variants depend on: the GPU's device nodes, the threads of this uid (RLIMIT_NPROC
    counts them), the limits the bench starts under, the kernel."""
    threads = 0
    for task in glob.glob("/proc/[0-9]*/task/[0-9]*"):
        try:
            threads += os.stat(task).st_uid == os.getuid()
        except OSError:
            pass
    nodes = sorted(glob.glob("/dev/nvidia*") + glob.glob("/dev/nvidia-caps/*"))
    userns = Path("/proc/sys/user/max_user_namespaces")
    return [f"kernel {os.uname().release}; uid {os.getuid()}; {os.cpu_count()} cores; {threads} threads of this uid; "
            f"RLIMIT_NPROC {resource.getrlimit(resource.RLIMIT_NPROC)}; RLIMIT_MEMLOCK "
            f"{resource.getrlimit(resource.RLIMIT_MEMLOCK)}; max_user_namespaces "
            f"{userns.read_text().strip() if userns.exists() else '?'}",
            f"/dev/nvidia*: {' '.join(nodes) or 'none'}"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=24, help="variants run side by side")
    parser.add_argument("--seconds", type=float, default=12.0, help="timeout of each variant")
    args = parser.parse_args(argv)
    try:
        import ctypes

        ctypes.CDLL("libcuda.so.1")
        has_driver = True
    except OSError:
        has_driver = False
    for line in host_facts():
        print(line, flush=True)
    if not has_driver:
        print("no CUDA: libcuda.so.1 is not on this host; each variant only shows whether the sandbox builds", flush=True)
    every = variants()
    print("before any CUDA use on the host:", flush=True)
    print(run(every[0], args.seconds, facts=True), flush=True)
    print(run(None, args.seconds), flush=True)
    print(host_facts()[1], flush=True)
    with ThreadPoolExecutor(args.jobs) as pool:
        for line in pool.map(lambda variant: run(variant, args.seconds), every):
            print(line, flush=True)
    sandbox, reason = sb.probe("cuda")
    chosen = (f"the sandbox without its {', '.join(sandbox.dropped)}" if sandbox.dropped else "the whole sandbox") if sandbox else "no sandbox"
    print(f"the bench's probe: {chosen}{f' ({reason})' if reason else ''}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
