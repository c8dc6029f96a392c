"""The sandbox a worker runs in, built from util-linux tools (`unshare`, `mount`, `setpriv`,
`prlimit`), so that what it contains is enforced by the kernel, not by checks of our own.

`unshare` gives the worker new user, PID, mount, network and IPC namespaces. Its first
process (PID 1, the shell script below) makes every mount read-only, replaces /dev with the
few nodes a kernel needs (null, zero, random, the GPU's /dev/nvidia*), mounts the worker's
private folder (a host folder the bench made for it) on `HOME` (/run/sandbox, on a tmpfs that
also hides the host's /run), hides the paths it is told to (the results key, the bench's
scratch), then starts the worker without capabilities and
under resource limits, waits for it, tells the bench its exit status on stdout and waits
for the bench to let it go. The bench looks for processes the worker left behind while PID 1
still holds the namespace; when PID 1 exits, the kernel kills every process left in it.
"""
from __future__ import annotations

import errno
import functools
import os
import select
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

# Where a worker's private folder appears inside the sandbox: its home and temporary folder.
HOME = "/run/sandbox"
# How long children still shutting down (a compiler's worker pool) may take to go.
_GRACE_S = 2.0
# How often the bench weighs a sandbox that runs without its memory limit.
_WEIGH_S = 0.5
_DEV_NODES = "null zero full random urandom tty"
_INIT = r"""
set -eu
private=$1; shift
fail() { echo "fk-sandbox: $*" >&2; exit 97; }
# 1. Every mount read-only, each keeping the flags a user namespace may not clear; but the
#    sandbox's own /proc, where it has one, stays writable (the CUDA driver names its threads
#    through /proc/self/task/*/comm) less the paths of it that reach beyond the sandbox.
awk '{print $5, $6}' /proc/self/mountinfo | while read -r point options; do
    point=$(printf '%b' "$point")
    if [ "$point" = /proc ] && [ "$FK_SANDBOX_OWN_PROC" = 1 ]; then continue; fi
    options=$(echo ",$options," | sed 's/,rw,/,ro,/; s/^,//; s/,$//')
    mount -n -o "remount,bind,$options" "$point" 2>/dev/null \
        || ! mountpoint -q "$point" \
        || fail "cannot make $point read-only"
done
if [ "$FK_SANDBOX_OWN_PROC" = 1 ]; then
    for path in /proc/sys /proc/sysrq-trigger /proc/irq /proc/bus /proc/fs /proc/acpi /proc/scsi /proc/driver; do
        [ -e "$path" ] || continue
        { mount -n --bind "$path" "$path" && mount -n -o remount,bind,ro "$path"; } || fail "cannot make $path read-only"
    done
fi
# 2. A /dev of the nodes a process needs and the GPU's, built aside and moved in place.
mount -n -t tmpfs -o size=1m tmpfs /tmp
mkdir /tmp/dev
mount -n -t tmpfs -o size=1m,mode=755 tmpfs /tmp/dev
for node in $FK_SANDBOX_DEV_NODES /dev/nvidia*; do
    name=${node#/dev/}
    if [ -c "/dev/$name" ]; then touch "/tmp/dev/$name"; mount -n --bind "/dev/$name" "/tmp/dev/$name"
    elif [ -d "/dev/$name" ]; then mkdir "/tmp/dev/$name"; mount -n --rbind "/dev/$name" "/tmp/dev/$name"; fi
done
ln -s /proc/self/fd /tmp/dev/fd; ln -s fd/0 /tmp/dev/stdin; ln -s fd/1 /tmp/dev/stdout; ln -s fd/2 /tmp/dev/stderr
mkdir /tmp/dev/shm
mount -n -t tmpfs -o "size=$FK_SANDBOX_SHM_BYTES" tmpfs /tmp/dev/shm
mount -n --move /tmp/dev /dev
mount -n -o remount,ro,bind /dev
umount -n /tmp
# 3. The private folder is /run/sandbox, the one writable path besides /dev/shm; its ro/ is
#    not. The tmpfs it sits on hides the host's /run (sockets, state). /tmp stays as the host
#    has it, read-only: code and packages may live there.
mount -n -t tmpfs -o size=4k,mode=755 tmpfs /run
mkdir /run/sandbox
mount -n --bind "$private" /run/sandbox
mount -n -o remount,bind,rw /run/sandbox
if [ -d /run/sandbox/ro ]; then mount -n --bind /run/sandbox/ro /run/sandbox/ro; mount -n -o remount,bind,ro /run/sandbox/ro; fi
mount -n -o remount,ro,size=4k /run
# 4. Hidden: the host's other scratch, and what the bench names (its scratch, the results key).
for path in /var/tmp "$@"; do
    [ "$path" = -- ] && break
    if [ -d "$path" ] && [ ! -L "$path" ]; then mount -n -t tmpfs -o ro,size=4k tmpfs "$path"
    elif [ -e "$path" ]; then mount -n --bind /dev/null "$path"; fi
done
while [ "$1" != -- ]; do shift; done; shift
cd /run/sandbox
# 5. The worker: no capabilities, no way to gain them, bounded; its output is our stderr.
setpriv --no-new-privs --inh-caps=-all --ambient-caps=-all --bounding-set=-all -- \
    prlimit $FK_SANDBOX_LIMITS -- "$@" </dev/null >&2 &
worker=$!
status=0
wait "$worker" || status=$?
echo "$status"
read -r _ || true
"""


@dataclass(frozen=True)
class Limits:
    """Resource limits of a sandboxed worker (setrlimit, via prlimit)."""

    processes: int = 1024  # threads count: torch starts one per core, compilers pools of them
    open_files: int = 4096
    file_bytes: int = 32 << 30  # largest file it may write (the inputs of a large case)
    memory_bytes: int | None = None  # None: 3/4 of the host's memory
    shm_bytes: int = 1 << 30  # its private /dev/shm

    @property
    def memory(self) -> int:
        return self.memory_bytes or _host_memory() * 3 // 4

    def prlimit_options(self, device: str, timeout: float, dropped: tuple[str, ...] = ()) -> list[str]:
        """prlimit's options, less the limits in `dropped` (see RELAXABLE)."""
        memory = self.memory
        cpu_seconds = int(timeout * (os.cpu_count() or 1)) + 60
        # CUDA reserves address space far beyond what it uses: on the GPU the heap is limited.
        options = {"process limit": f"--nproc={self.processes}", "open-file limit": f"--nofile={self.open_files}",
                   "file-size limit": f"--fsize={self.file_bytes}",
                   "memory limit": f"--data={memory}" if device == "cuda" else f"--as={memory}",
                   "CPU-time limit": f"--cpu={cpu_seconds}"}
        return [option for part, option in options.items() if part not in dropped]


# What `probe` may give up, where the CUDA driver does not start inside the whole sandbox (least
# containment lost first). Never the namespaces, the read-only view, the rebuilt /dev or the
# dropped capabilities: without them the sandbox contains nothing, and candidates need --unsafe.
RELAXABLE = ("memory limit", "process limit", "open-file limit", "file-size limit", "CPU-time limit", "IPC namespace")


@dataclass(frozen=True)
class Sandbox:
    """How to contain one worker: the paths to hide from it and its limits."""

    hidden: tuple[str, ...] = ()
    limits: Limits = field(default_factory=Limits)
    proc: bool = True  # a /proc of its own PID namespace; False where the host forbids mounting one
    dropped: tuple[str, ...] = ()  # parts of RELAXABLE given up because the CUDA driver does not start under them

    def hiding(self, *paths: str | Path) -> Sandbox:
        """This sandbox, also hiding `paths` from the worker."""
        return replace(self, hidden=self.hidden + tuple(str(path) for path in paths))


def _host_memory() -> int:
    return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")


def _namespaces(proc: bool, dropped: tuple[str, ...] = ()) -> list[str]:
    options = ["--user", "--map-root-user", "--pid", "--fork", "--kill-child", "--net", "--ipc", "--mount",
               "--propagation", "private"]
    options = [o for o in options if not (o == "--ipc" and "IPC namespace" in dropped)]
    return options + (["--mount-proc"] if proc else [])


def command(sandbox: Sandbox, private: Path, argv: list[str]) -> list[str]:
    """The command line that runs `argv` inside the sandbox, with `private` as its `HOME`. The
    bench's death kills it too (`--pdeathsig`: the calling thread must outlive the run)."""
    return (["setpriv", "--pdeathsig", "KILL", "unshare", *_namespaces(sandbox.proc, sandbox.dropped), "sh", "-c", _INIT,
             "fk-sandbox", str(private), *sandbox.hidden, "--", *argv])


def environment(sandbox: Sandbox, device: str, timeout: float) -> dict:
    env = dict(os.environ, HOME=HOME, TMPDIR=HOME, PYTHONDONTWRITEBYTECODE="1",
               FK_SANDBOX_DEV_NODES=_DEV_NODES, FK_SANDBOX_SHM_BYTES=str(sandbox.limits.shm_bytes),
               FK_SANDBOX_OWN_PROC="1" if sandbox.proc else "0",
               FK_SANDBOX_LIMITS=" ".join(sandbox.limits.prlimit_options(device, timeout, sandbox.dropped)))
    env.pop("PYTHONSTARTUP", None)
    return env


# Run inside the sandbox on a GPU host: the driver must start there, make a context and
# allocate device memory (what a worker's first CUDA tensor does); else the failing call.
_CUDA_CHECK = """
import ctypes, sys
cuda = ctypes.CDLL("libcuda.so.1")
def check(call, *args):
    code = getattr(cuda, call)(*args)
    if code:
        name = ctypes.c_char_p()
        cuda.cuGetErrorName(code, ctypes.byref(name))
        sys.exit(f"{call} returned {code} ({(name.value or b'?').decode()})")
device, context, pointer = ctypes.c_int(), ctypes.c_void_p(), ctypes.c_uint64()
check("cuInit", 0)
check("cuDeviceGet", ctypes.byref(device), 0)
check("cuDevicePrimaryCtxRetain", ctypes.byref(context), device)
check("cuCtxSetCurrent", context)
check("cuMemAlloc_v2", ctypes.byref(pointer), ctypes.c_size_t(1 << 20))
check("cuMemFree_v2", pointer)
"""


@functools.lru_cache(maxsize=2)
def probe(device: str = "cpu") -> tuple[Sandbox | None, str]:
    """A sandbox this host can build (with a /proc of its own if it allows one) and, for
    `cuda`, the strongest in which the CUDA driver starts: the whole sandbox, else the
    fewest parts of RELAXABLE given up (`Sandbox.dropped` names them); or None and the
    one-line reason it cannot."""
    reason = ""
    for proc in (True, False):
        done = _try(Sandbox(proc=proc), ["true"], "cpu")
        if done.returncode == 0 and done.stdout.strip() == "0":
            break
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        reason = reason or (lines[-1].strip() if lines else f"exit code {done.returncode}")
    else:
        return None, reason
    if device != "cuda":
        return Sandbox(proc=proc), ""
    # Outside first: the driver makes its nodes (/dev/nvidia-uvm) on first use, and the sandbox
    # binds those that exist; and a host where it does not start at all has nothing to relax.
    try:
        outside = subprocess.run([sys.executable, "-P", "-c", _CUDA_CHECK], capture_output=True, text=True, timeout=120)
    except subprocess.TimeoutExpired:
        return None, "the CUDA driver did not start within 120 s on this host"
    if outside.returncode != 0:
        lines = [line.strip() for line in outside.stderr.splitlines() if line.strip()]
        return None, f"the CUDA driver does not start on this host ({lines[-1] if lines else 'no output'})"
    failures = {}

    def starts(dropped: tuple[str, ...]) -> bool:
        failures[dropped] = _cuda_failure(Sandbox(proc=proc, dropped=dropped))
        return not failures[dropped]

    for dropped in [(), *((part,) for part in RELAXABLE)]:
        if starts(dropped):
            return Sandbox(proc=proc, dropped=dropped), ""
    if not starts(RELAXABLE):
        return None, f"the CUDA driver does not start inside the sandbox ({failures[()]})"
    dropped = RELAXABLE
    for part in RELAXABLE:  # take back each part the driver starts under
        if starts(tuple(p for p in dropped if p != part)):
            dropped = tuple(p for p in dropped if p != part)
    return Sandbox(proc=proc, dropped=dropped), ""


def _cuda_failure(sandbox: Sandbox) -> str:
    """Why the CUDA check fails in `sandbox` ('' when it passes)."""
    done = _try(sandbox, [sys.executable, "-P", "-c", _CUDA_CHECK], "cuda")
    if done.returncode == 0 and done.stdout.strip() == "0":
        return ""
    lines = [line.strip() for line in done.stderr.splitlines() if line.strip()]
    return lines[-1] if lines else f"exit code {done.returncode}"


def _try(sandbox: Sandbox, argv: list[str], device: str) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory(prefix="fk-probe-") as private:
        try:
            return subprocess.run(command(sandbox, Path(private), argv), input="", capture_output=True, text=True,
                                  timeout=60, env=environment(sandbox, device, 60))
        except (OSError, subprocess.TimeoutExpired) as error:
            return subprocess.CompletedProcess(argv, -1, "", f"cannot start unshare ({error})")


@dataclass
class Run:
    """What happened to one sandboxed worker, seen from outside."""

    returncode: int | None
    timed_out: bool = False
    flooded: bool = False
    left_running: list[str] = field(default_factory=list)  # processes alive when the worker ended
    over_memory: int | None = None  # resident bytes when the bench killed it for memory (no kernel limit, see run)


def run(sandbox: Sandbox, private: Path, argv: list[str], log: Path, timeout: float, output_cap: int,
        device: str) -> Run:
    """Run `argv` in the sandbox; return once every process of the sandbox is gone. Where the
    sandbox had to give up its memory limit (the CUDA driver does not start under it), the bench
    holds the limit from outside: it sums the resident memory of the sandbox's processes every
    half second and kills the sandbox above it."""
    with open(log, "wb") as output:
        process = subprocess.Popen(command(sandbox, private, argv), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   stderr=output, env=environment(sandbox, device, timeout))
    deadline, outcome, init = time.monotonic() + timeout, Run(None), None
    status, weighed = b"", time.monotonic()
    try:
        while not status.endswith(b"\n"):
            init = init or _init_of(process.pid)
            if log.stat().st_size > output_cap:
                outcome.flooded = True
                break
            if time.monotonic() > deadline:
                outcome.timed_out = True
                break
            if "memory limit" in sandbox.dropped and init and time.monotonic() > weighed + _WEIGH_S:
                weighed, resident = time.monotonic(), _resident(init)
                if resident > sandbox.limits.memory:
                    outcome.over_memory = resident
                    break
            if select.select([process.stdout], [], [], 0.05)[0]:
                chunk = os.read(process.stdout.fileno(), 64)
                if not chunk:  # PID 1 died without a word: it could not build the sandbox
                    break
                status += chunk
        if status.endswith(b"\n"):
            init = init or _init_of(process.pid)  # PID 1 waits for us: still there
            outcome.returncode = _exit_code(int(status))
            outcome.left_running = _left_running(init)
            grace = time.monotonic() + _GRACE_S
            while outcome.left_running and time.monotonic() < grace:
                time.sleep(0.1)
                outcome.left_running = _left_running(init)
    finally:
        if outcome.timed_out or outcome.flooded or outcome.over_memory:
            process.kill()  # unshare's --kill-child takes PID 1, and with it the namespace
        process.stdin.close()  # PID 1 exits; the kernel kills what is left in its namespace
        code = process.wait()
        process.stdout.close()
    if outcome.returncode is None and not (outcome.timed_out or outcome.flooded or outcome.over_memory):
        outcome.returncode = code
    _confirm_gone(init)
    return outcome


def _resident(init: tuple[int, str]) -> int:
    """Resident bytes of PID 1 of a sandbox and every process under it (pages a fork shares
    count once per process: an overestimate, never an underestimate)."""
    total = 0
    for pid in [init[0], *_descendants(init[0], _processes())]:
        try:
            total += int(Path(f"/proc/{pid}/status").read_text().split("VmRSS:")[1].split()[0]) * 1024
        except (OSError, IndexError, ValueError):  # gone, or a zombie (no VmRSS)
            continue
    return total


def _exit_code(status: int) -> int:
    """A shell's status as Popen's returncode: a death by signal N is -N."""
    return -(status - 128) if status > 128 else status


def _processes() -> dict[int, tuple[int, str]]:
    """Every live process of the host: pid -> (parent pid, state)."""
    table = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                fields = Path(f"/proc/{entry.name}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            table[int(entry.name)] = (int(fields[1]), fields[0])
    return table


def _init_of(pid: int) -> tuple[int, str] | None:
    """PID 1 of the sandbox (unshare's child, once in its namespace) and its PID namespace."""
    for child, (parent, _) in _processes().items():
        if parent == pid:
            try:
                namespace = os.readlink(f"/proc/{child}/ns/pid")
            except OSError:
                continue
            if namespace != os.readlink("/proc/self/ns/pid"):
                return child, namespace
    return None


def _left_running(init: tuple[int, str] | None) -> list[str]:
    """Live descendants of PID 1 once the worker has exited (a zombie is already dead): what
    the candidate left behind. Orphans, even in namespaces nested in the sandbox's, are
    adopted by an init inside it, so they stay descendants."""
    if init is None:
        return []
    table = _processes()
    found = [pid for pid in _descendants(init[0], table) if table[pid][1] != "Z"]
    return [f"{pid} ({_command(pid)})" for pid in sorted(found)]


def _descendants(root: int, table: dict[int, tuple[int, str]]) -> list[int]:
    """Every process under `root` in a `_processes()` table (children, theirs, ...)."""
    found, frontier = [], [root]
    while frontier:
        parent = frontier.pop()
        children = [pid for pid, (ppid, _) in table.items() if ppid == parent]
        frontier += children
        found += children
    return found


def _command(pid: int) -> str:
    try:
        return " ".join(Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace").replace("\0", " ").split())[:80]
    except OSError:
        return "?"


def _confirm_gone(init: tuple[int, str] | None, wait_s: float = 5.0) -> None:
    """The kernel reaps PID 1 only after every other member of its namespace (nested ones
    included); checked all the same, since the bench writes its results next."""
    if init is None:
        return
    deadline = time.monotonic() + wait_s
    while True:
        members = [pid for pid in _processes() if _namespace(pid) == init[1]]
        if not members:
            return
        if time.monotonic() > deadline:
            raise RuntimeError(f"processes of a sandbox outlived it: {members}")
        time.sleep(0.05)


def _namespace(pid: int) -> str | None:
    try:
        return os.readlink(f"/proc/{pid}/ns/pid")
    except OSError:
        return None


# What a blocked operation raises inside the sandbox, and the violation it names.
_BLOCKED = {errno.EROFS: "wrote outside its temporary folder",
            errno.ENETUNREACH: "opened a network connection", errno.ENETDOWN: "opened a network connection",
            errno.EHOSTUNREACH: "opened a network connection", errno.EADDRNOTAVAIL: "opened a network connection",
            errno.ECONNREFUSED: "opened a network connection",
            errno.EFBIG: "wrote a file over the sandbox's size limit", errno.EMFILE: "opened more files than allowed"}


def violation(error: BaseException | None) -> str | None:
    """The sandbox violation behind an exception (or the exceptions it was raised from)."""
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if isinstance(error, OSError) and error.errno in _BLOCKED:
            return f"{_BLOCKED[error.errno]}: {error}"[:300]
        error = error.__cause__ or error.__context__
    return None


def worker_argv(role: str, private: str) -> list[str]:
    """The worker's command line inside the sandbox; `-P`: the writable folder it starts in
    is not put on its import path."""
    return [sys.executable, "-P", "-m", "fastkernels.engine.worker", role, f"{private}/{role}.json",
            f"{private}/{role}.result.pt"]
