"""The sandbox itself, with plain commands (no torch): what a process in it can see, write
and reach, and that nothing it starts outlives it."""
from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import textwrap
import time
import uuid
from pathlib import Path

import pytest

from fastkernels.engine import sandbox as sandboxing

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux namespaces")


@pytest.fixture(scope="module")
def sandbox():
    found, reason = sandboxing.probe()
    assert found is not None, f"this host cannot build the sandbox: {reason}"
    return found


def _run(sandbox, tmp_path: Path, script: str, timeout: float = 60, **kwargs) -> tuple[sandboxing.Run, str]:
    private = tmp_path / "private"
    private.mkdir(exist_ok=True)
    log = private / "log"
    run = sandboxing.run(sandbox, private, [sys.executable, "-P", "-c", textwrap.dedent(script)], log, timeout,
                         1 << 20, "cpu", **kwargs)
    return run, log.read_text()


def _alive(marker: str) -> list[int]:
    found = []
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                if marker.encode() in Path(f"/proc/{entry.name}/cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def test_the_view_is_read_only_but_the_private_folder(sandbox, tmp_path):
    outside = Path.cwd() / ".fk-bench" / f"probe-{uuid.uuid4().hex}"  # where results usually are
    outside.mkdir(parents=True)
    secret = outside / "key"
    secret.write_text("key")
    try:
        run, log = _run(sandbox.hiding(secret), tmp_path, f"""
            import os, socket
            for path in ["{outside}/forged", "/etc/fk-probe", "/tmp/fk-probe-mine", "/run/sandbox/mine", "/dev/shm/mine"]:
                try:
                    open(path, "w").write("x")
                    print("wrote", path)
                except OSError as error:
                    print("blocked", path, error.errno)
            print("devices", sorted(os.listdir("/dev")))
            print("secret", repr(open("{secret}").read()))
            try:
                socket.create_connection(("127.0.0.1", 9), timeout=2)
            except OSError as error:
                print("network", error.errno)
            print("caps", open("/proc/self/status").read().split("CapEff:")[1].split()[0])
            print("pid", os.getpid())
        """)
        assert sorted(p.name for p in outside.iterdir()) == ["key"]
    finally:
        secret.unlink()
        outside.rmdir()
    assert run.returncode == 0, log
    assert f"blocked {outside}/forged 30" in log and "blocked /etc/fk-probe 30" in log  # EROFS
    assert "blocked /tmp/fk-probe-mine 30" in log  # the host's /tmp is seen, read-only
    assert "wrote /run/sandbox/mine" in log and "wrote /dev/shm/mine" in log
    assert (tmp_path / "private" / "mine").read_text() == "x"
    devices = eval(log.split("devices ")[1].splitlines()[0])
    allowed = set(sandboxing._DEV_NODES.split()) | {"shm", "fd", "stdin", "stdout", "stderr"}
    assert {d for d in devices if not d.startswith("nvidia")} <= allowed
    assert "secret ''" in log  # the key file reads empty
    assert "network 101" in log  # ENETUNREACH: only a loopback, down
    assert "caps 0000000000000000" in log
    assert "pid 1\n" not in log  # PID 1 is the sandbox's init, not the worker


def test_its_own_proc_is_writable_only_where_it_names_its_own_threads(sandbox, tmp_path):
    """The CUDA driver names its threads through /proc/self/task/*/comm; the parts of /proc
    that reach beyond the sandbox (sysctls, the sysrq trigger) stay read-only. Each write puts
    back the value just read, so a failing test changes nothing."""
    if not sandbox.proc:
        pytest.skip("this host gives the sandbox no /proc of its own")
    run, log = _run(sandbox, tmp_path, """
        import os
        for path in [f"/proc/self/task/{os.getpid()}/comm", "/proc/sys/kernel/printk_ratelimit"]:
            try:
                value = open(path).read()
                open(path, "w").write(value)
                print("wrote", path)
            except OSError as error:
                print("blocked", path, error.errno)
        try:
            open("/proc/sysrq-trigger", "w")
            print("opened sysrq")
        except OSError as error:
            print("blocked sysrq", error.errno)
    """)
    assert run.returncode == 0, log
    assert "wrote /proc/self/task/" in log
    assert "blocked /proc/sys/kernel/printk_ratelimit 30" in log  # EROFS
    assert "blocked sysrq" in log


def test_a_detached_process_is_named_and_dies_with_the_sandbox(sandbox, tmp_path):
    marker = f"fk-left-{uuid.uuid4().hex}"
    run, log = _run(sandbox, tmp_path, f"""
        import os, subprocess, sys
        if os.fork() == 0:
            os.setsid()
            subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)  # {marker}"], start_new_session=True)
            os._exit(0)
        os.wait()
    """)
    assert run.returncode == 0, log
    assert len(run.left_running) == 1 and "# fk-left-" in run.left_running[0]
    assert _alive(marker) == []


def test_a_timeout_kills_the_whole_sandbox(sandbox, tmp_path):
    marker = f"fk-hang-{uuid.uuid4().hex}"
    started = time.monotonic()
    run, _ = _run(sandbox, tmp_path, f"""
        import subprocess, sys, time
        subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)  # {marker}"], start_new_session=True)
        time.sleep(60)
    """, timeout=3)
    assert run.timed_out and time.monotonic() - started < 20
    assert _alive(marker) == []


def test_the_sandbox_dies_with_the_bench(sandbox, tmp_path):
    marker = f"fk-orphan-{uuid.uuid4().hex}"
    bench = tmp_path / "bench.py"
    bench.write_text(textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from fastkernels.engine import sandbox
        private = Path(sys.argv[1])
        private.mkdir()
        sandbox.run(sandbox.probe()[0], private, [sys.executable, "-c", "import time; time.sleep(60)  # {marker}"], private / "log", 120, 1 << 20, "cpu")
    """))
    process = subprocess.Popen([sys.executable, str(bench), str(tmp_path / "private")])
    deadline = time.monotonic() + 30
    while not _alive(marker) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _alive(marker), "the sandboxed command never started"
    process.send_signal(signal.SIGKILL)
    process.wait()
    deadline = time.monotonic() + 10
    while _alive(marker) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _alive(marker) == []


def test_a_relaxed_sandbox_lifts_exactly_what_it_dropped(sandbox, tmp_path):
    """What the CUDA probe may give up: the named limits and the IPC namespace, nothing else."""
    from dataclasses import replace

    script = """
        import os, resource
        print("limits", [resource.getrlimit(getattr(resource, "RLIMIT_" + n))[1] for n in ("NPROC", "AS", "CPU")])
        print("ipc", os.readlink("/proc/self/ns/ipc"))
        print("caps", open("/proc/self/status").read().split("CapEff:")[1].split()[0])
    """
    _, whole = _run(sandbox, tmp_path, script)
    _, relaxed = _run(replace(sandbox, dropped=("process limit", "memory limit", "IPC namespace")), tmp_path, script)
    host_ipc = os.readlink("/proc/self/ns/ipc")
    unlimited = resource.RLIM_INFINITY
    assert f"ipc {host_ipc}" not in whole and f"ipc {host_ipc}" in relaxed
    assert "limits [1024, " in whole and f"limits [{resource.getrlimit(resource.RLIMIT_NPROC)[1]}, {unlimited}, " in relaxed
    assert "caps 0000000000000000" in whole and "caps 0000000000000000" in relaxed


@pytest.mark.parametrize("needs, dropped", [
    ((), ()),
    (("memory limit",), ("memory limit",)),
    (("memory limit", "process limit"), ("memory limit", "process limit")),
    (("no such part",), None),
])
def test_the_cuda_probe_gives_up_only_what_the_driver_needs(needs, dropped, monkeypatch):
    """With a stand-in driver that starts only once the parts `needs` are dropped, the probe
    returns the sandbox without exactly those, or none with the driver's message."""
    monkeypatch.setattr(sandboxing, "_CUDA_CHECK", "pass")  # outside the sandbox the driver starts
    monkeypatch.setattr(sandboxing, "_cuda_failure",
                        lambda box: "" if set(needs) <= set(box.dropped) else "cuInit returned 304 (CUDA_ERROR_OPERATING_SYSTEM)")
    sandboxing.probe.cache_clear()
    try:
        found, reason = sandboxing.probe("cuda")
    finally:
        sandboxing.probe.cache_clear()
    if dropped is None:
        assert found is None and "CUDA_ERROR_OPERATING_SYSTEM" in reason
    else:
        assert found is not None and found.dropped == dropped and reason == ""


def test_without_its_memory_limit_the_sandbox_is_weighed_from_outside(sandbox, tmp_path):
    """Where the CUDA driver needs the memory limit given up, the bench holds it: a worker
    (here a child of it) resident above the limit is killed, with the sandbox, and named."""
    from dataclasses import replace

    relaxed = replace(sandbox, dropped=("memory limit",), limits=replace(sandbox.limits, memory_bytes=400 << 20))
    started = time.monotonic()
    run, _ = _run(relaxed, tmp_path, """
        import subprocess, sys, time
        subprocess.run([sys.executable, "-c", "b = bytearray(800 << 20); import time; time.sleep(60)"])
    """)
    assert run.over_memory and run.over_memory > 400 << 20 and not run.timed_out
    assert time.monotonic() - started < 30
    run, log = _run(relaxed, tmp_path, "b = bytearray(100 << 20); print('fits')")
    assert run.over_memory is None and run.returncode == 0 and "fits" in log
