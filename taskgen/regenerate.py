"""Compile an analysis into `tasks_generated/`: task files, the manifest, and what changed.

Files are written only when their bytes change, and a task file of the previous manifest
that the new one drops is removed; nothing else in the folder (the analysis, a README) and
nothing in a candidates folder is touched.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from fastkernels.taskgen import manifest as manifests
from fastkernels.taskgen.cases import map_cases, subtree_fields_index
from fastkernels.taskgen.emit import TaskRecord, render
from fastkernels.taskgen.plan import plan
from fastkernels.taskgen.upstream import UpstreamError, interface


class OutputError(OSError):
    """The output folder cannot be written."""


@dataclass
class Result:
    manifest: dict
    previous: dict | None
    diff: dict
    written: list[str]
    removed: list[str]


def compile_tasks(analysis: dict, representatives: list[str], progress: Callable[[str], None] | None = None):
    """Task records (and the kernels left out, with the reason) for these representatives."""
    import transformers

    index = subtree_fields_index(analysis["kernels"]["exact"])
    tasks: list[TaskRecord] = []
    left_out: list[dict] = []
    planned = plan(analysis, representatives)
    for item in planned:
        if progress:
            progress(f"L{item.level}/{item.name}")
        kernel = item.kernel
        qualname = next(iter(kernel.qualnames))
        try:
            upstream = interface(qualname)
        except (UpstreamError, OSError, TypeError, SyntaxError) as error:
            left_out.append({"kernel_id": kernel.id, "level": item.level, "qualname": qualname, "reason": str(error)})
            continue
        cases = map_cases(kernel, upstream, index)
        if not cases.cases:
            reasons = sorted({u["reason"] for u in cases.unmapped})
            left_out.append({"kernel_id": kernel.id, "level": item.level, "qualname": qualname, "reason": "no case maps: " + "; ".join(reasons[:3])})
            continue
        tasks.append(TaskRecord(item.name, item.level, kernel, upstream, cases, transformers_version=transformers.__version__))
    by_kernel = {t.kernel.id: t for t in tasks}
    for task in tasks:
        task.children = sorted({by_kernel[c].path[:-3] for c in task.kernel.children if c in by_kernel})
    return tasks, left_out


def _write(path: Path, text: str) -> bool:
    if path.is_file() and path.read_text() == text:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp{os.getpid()}")
    temporary.write_text(text)
    os.replace(temporary, path)
    return True


def regenerate(analysis: dict, representatives: list[str], out: Path, progress: Callable[[str], None] | None = None) -> Result:
    out = Path(out)
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = out / f".write-probe{os.getpid()}"
        probe.write_text("")
        probe.unlink()
    except OSError as error:
        raise OutputError(f"cannot write to {out}: {error.strerror or error}; choose a writable --out") from None
    previous = manifests.load(out)
    tasks, left_out = compile_tasks(analysis, representatives, progress)
    texts = {task.path: render(task) for task in tasks}  # everything rendered before anything is written
    new = manifests.document(tasks, left_out, analysis["revisions"])
    written = [p for p, text in sorted(texts.items()) if _write(out / p, text)]
    removed = []
    for old in (previous or {}).get("tasks", []):
        if old["path"] not in texts and (out / old["path"]).is_file():
            (out / old["path"]).unlink()
            removed.append(old["path"])
    manifests.write(out, new)
    return Result(new, previous, manifests.diff(previous, new), written, removed)
