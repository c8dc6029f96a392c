"""Compile an analysis into `tasks_generated/`: task files, the manifest, and what changed.

Files are written only when their bytes change, and a task file of the previous manifest
that the new one drops is removed; nothing else in the folder (the analysis, a README) and
nothing in a candidates folder is touched.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import os
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import torch

from fastkernels.taskgen import manifest as manifests
from fastkernels.taskgen.case_configs import quiet_config_builds
from fastkernels.taskgen.cases import map_cases, subtree_fields_index
from fastkernels.taskgen.degenerate import class_problem, load_text, problem, without_degenerate_cases
from fastkernels.taskgen.emit import TaskRecord, render
from fastkernels.taskgen.plan import plan
from fastkernels.taskgen.producers import calls_index
from fastkernels.taskgen.serving_shapes import serving_cases
from fastkernels.taskgen.state import default_init_values, state_entries
from fastkernels.taskgen.upstream import UpstreamError, interface, resolve


class OutputError(OSError):
    """The output folder cannot be written."""


@dataclass
class Result:
    manifest: dict
    previous: dict | None
    diff: dict
    written: list[str]
    removed: list[str]


def _producers_run(item, kernel, upstream, cases, version: str) -> bool:
    """Whether every producer of the task runs on this machine at the default case's dims (one
    may need a package that is not installed, timm for a backbone, or read a config field that
    varies per layer): a task whose producer raises would fail in every `get_inputs`."""
    task = TaskRecord(item.name, item.level, kernel, upstream, cases, transformers_version=version)
    try:
        with quiet_config_builds():
            module = load_text(render(task), "fk_producers_task")
            for producer in module.PRODUCERS:
                module._produce(producer, cases.cases[0].get("dims") or {})
    except Exception:  # noqa: BLE001 - any failure of a producer leaves its task's inputs drawn
        return False
    return True


def _compile_one(item, index: dict, version: str, calls: dict | None = None) -> TaskRecord | dict:
    """One planned kernel's task, or why it is left out."""
    kernel = item.kernel
    qualname = next(iter(kernel.qualnames))
    try:
        upstream = interface(qualname)
    except (UpstreamError, OSError, TypeError, SyntaxError) as error:
        return {"kernel_id": kernel.id, "level": item.level, "qualname": qualname, "reason": str(error)}
    cases = map_cases(kernel, upstream, index, calls)
    if cases.producers and not _producers_run(item, kernel, upstream, cases, version):
        cases = map_cases(kernel, upstream, index, None)  # a producer that cannot run here: inputs drawn
    if not cases.cases:
        reasons = sorted({u["reason"] for u in cases.unmapped})
        return {"kernel_id": kernel.id, "level": item.level, "qualname": qualname, "reason": "no case maps: " + "; ".join(reasons[:3])}
    state = []
    if upstream.kind == "class":
        with quiet_config_builds():
            state = state_entries(resolve(upstream.qualname), default_init_values(cases.cases[0], cases.config_classes))
    task = TaskRecord(item.name, item.level, kernel, upstream, cases, transformers_version=version, state=state,
                      serving=serving_cases(cases.cases[0], item.level))
    # a function given inputs without production's structure can skip its work; a class rebuilt
    # from what the trace records may not build at all (a whole model, L4, is built from its
    # config, which can hinge on the host: timm backbones; tests/taskgen/test_tasks.py builds those)
    check = problem if upstream.kind == "function" else class_problem if item.level < 4 else None
    if check:
        with quiet_config_builds():
            why = without_degenerate_cases(task, render, check)
        if why:
            return {"kernel_id": kernel.id, "level": item.level, "qualname": qualname, "reason": why}
    return task


def _worker(conn, shard: list[int], planned: list, index: dict, version: str, calls: dict) -> None:
    """A forked compiler of every ``jobs``-th planned kernel. It reports which tasks it
    made, waits for their children (known only once every worker has reported), then renders.
    Its interfaces hold upstream modules' namespaces, so tasks are rendered where compiled.
    It runs torch on one thread: a forked child cannot use the OpenMP pool of a parent that ran
    torch before (the degenerate-reference check would wait on it forever)."""
    torch.set_num_threads(1)
    try:
        tasks = {}
        for i in shard:
            conn.send(("progress", f"L{planned[i].level}/{planned[i].name}"))
            made = _compile_one(planned[i], index, version, calls)
            if isinstance(made, TaskRecord):
                tasks[i] = made
                conn.send(("task", i, made.kernel.id, made.path))
            else:
                conn.send(("left_out", i, made))
        conn.send(("compiled",))
        children = conn.recv()
        for i, task in tasks.items():
            task.children = children[i]
            conn.send(("rendered", i, task.path, render(task), manifests.entry(task)))
        conn.send(("rendered_all",))
    except BaseException:  # the parent must hear of it, or it would wait forever
        conn.send(("error", traceback.format_exc()))
    finally:
        conn.close()


def compile_tasks(analysis: dict, representatives: list[str], progress: Callable[[str], None] | None = None,
                  jobs: int = os.cpu_count() or 1) -> tuple[dict[str, str], list[dict], list[dict]]:
    """Task texts by path, their manifest entries and the kernels left out (with the reason),
    for these representatives; compiled by ``jobs`` forked workers (resolving interfaces
    imports hundreds of upstream modules, so a warm regenerate is mostly this)."""
    import transformers

    index = subtree_fields_index(analysis["kernels"]["exact"])
    calls = calls_index(analysis["kernels"]["exact"])
    planned = plan(analysis, representatives)
    context = multiprocessing.get_context("fork")
    pipes, workers = [], []
    count = max(1, min(jobs, len(planned)))
    for k in range(count):
        parent, child = context.Pipe()
        shard = list(range(k, len(planned), count))
        worker = context.Process(target=_worker, args=(child, shard, planned, index, transformers.__version__, calls), daemon=True)
        worker.start()
        child.close()
        pipes.append(parent)
        workers.append(worker)
    made, left_out, rendered = {}, {}, {}
    try:
        _gather(pipes, "compiled", progress, made, left_out, rendered)
        by_kernel = {kernel_id: path for _, (kernel_id, path) in sorted(made.items())}
        for conn in pipes:
            conn.send({i: sorted({by_kernel[c][:-3] for c in planned[i].kernel.children if c in by_kernel}) for i in made})
        _gather(pipes, "rendered_all", progress, made, left_out, rendered)
    finally:
        for worker in workers:
            worker.join(timeout=10)
            if worker.is_alive():
                worker.kill()
    texts = {path: text for _, (path, text, _) in sorted(rendered.items())}
    entries = [entry for _, (_, _, entry) in sorted(rendered.items())]
    return texts, entries, [reason for _, reason in sorted(left_out.items())]


def _gather(pipes: list, until: str, progress, made: dict, left_out: dict, rendered: dict) -> None:
    """Read every worker's messages until each has said ``until``."""
    waiting = set(pipes)
    while waiting:
        for conn in multiprocessing.connection.wait(list(waiting)):
            try:
                message = conn.recv()
            except EOFError:
                raise RuntimeError("a task compiler died without a word") from None
            kind = message[0]
            if kind == "error":
                raise RuntimeError(f"a task compiler failed:\n{message[1]}")
            if kind == until:
                waiting.discard(conn)
            elif kind == "progress" and progress:
                progress(message[1])
            elif kind == "task":
                made[message[1]] = (message[2], message[3])
            elif kind == "left_out":
                left_out[message[1]] = message[2]
            elif kind == "rendered":
                rendered[message[1]] = (message[2], message[3], message[4])


def _write(path: Path, text: str) -> bool:
    if path.is_file() and path.read_text() == text:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp{os.getpid()}")
    temporary.write_text(text)
    os.replace(temporary, path)
    return True


def regenerate(analysis: dict, representatives: list[str], out: Path, progress: Callable[[str], None] | None = None,
               suites: Callable[[list[dict]], dict] | None = None) -> Result:
    """Write the tasks of ``representatives`` to ``out``; ``suites`` maps the new manifest's
    task entries to the named suites it lists."""
    out = Path(out)
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = out / f".write-probe{os.getpid()}"
        probe.write_text("")
        probe.unlink()
    except OSError as error:
        raise OutputError(f"cannot write to {out}: {error.strerror or error}; choose a writable --out") from None
    previous = manifests.load(out)
    texts, entries, left_out = compile_tasks(analysis, representatives, progress)  # all before anything is written
    new = manifests.document(entries, left_out, analysis["revisions"], suites(entries) if suites else None)
    written = [p for p, text in sorted(texts.items()) if _write(out / p, text)]
    removed = []
    for old in (previous or {}).get("tasks", []):
        if old["path"] not in texts and (out / old["path"]).is_file():
            (out / old["path"]).unlink()
            removed.append(old["path"])
    manifests.write(out, new)
    return Result(new, previous, manifests.diff(previous, new), written, removed)
