"""Where a kernel id's replacement comes from: its task, and a candidate or a baseline rung.

The tasks' manifest maps every kernel id to one task file (``L<n>/<name>.py``). A
*replacement source* is a folder laid out like the tasks, one ``L<n>/<name>.py`` per task,
each defining ``ModelNew`` with the task's ``Model`` constructor and forward:

* ``--candidates DIR``: the candidates a user or an agent wrote;
* ``--rung R``: a baseline rung. ``eager`` and ``compile`` are built in (the task's own
  ``Model``, and that module compiled in place with ``nn.Module.compile``); any other ``R``
  is a folder ``<rungs root>/<R>/`` (or a path) in the same layout, so a rung written
  elsewhere plugs in by dropping its modules there, keyed by task name.

A task file is imported once per process and kept: every instance of a kernel is built
from the same module objects.
"""
from __future__ import annotations

import difflib
import json
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from fastkernels.engine.task import load_module

DEFAULT_TASKS = Path("tasks_generated")
DEFAULT_RUNGS = Path("baselines") / "rungs"
BUILTIN_RUNGS = ("eager", "compile")


class DeployError(ValueError):
    """Bad input to a deployment, with a one-line message that says what to do."""


@dataclass(frozen=True)
class TaskEntry:
    name: str  # "L1/llama_rms_norm"
    kernel_id: str
    level: int
    qualname: str
    path: Path


class Catalog:
    """The tasks of one tasks folder, by kernel id and by name."""

    def __init__(self, tasks_dir: Path = DEFAULT_TASKS) -> None:
        manifest = Path(tasks_dir) / "MANIFEST.json"
        if not manifest.is_file():
            raise DeployError(f"no MANIFEST.json in {tasks_dir}: pass --tasks with a generated tasks folder")
        self.tasks_dir = Path(tasks_dir)
        entries = [
            TaskEntry(t["path"].removesuffix(".py"), t["kernel_id"], t["level"], t["qualname"], self.tasks_dir / t["path"])
            for t in json.loads(manifest.read_text())["tasks"]
        ]
        self.by_id = {e.kernel_id: e for e in entries}
        self.by_name = {e.name: e for e in entries}
        self._modules: dict[Path, ModuleType] = {}

    def task_module(self, entry: TaskEntry) -> ModuleType:
        return self._load(entry.path, f"fk_task_{entry.name.replace('/', '_')}")

    def _load(self, path: Path, module_name: str) -> ModuleType:
        if path not in self._modules:
            self._modules[path] = load_module(path, module_name)
        return self._modules[path]

    def replacement_files(self, folder: Path) -> dict[str, Path]:
        """kernel id -> file, for every ``L<n>/<name>.py`` in ``folder``; files that name no
        task raise one ``DeployError`` listing them."""
        if not Path(folder).is_dir():
            raise DeployError(f"{folder} is not a folder: pass a folder of L<n>/<task>.py files")
        found, unknown = {}, []
        for path in sorted(Path(folder).glob("L*/*.py")):
            name = f"{path.parent.name}/{path.stem}"
            entry = self.by_name.get(name)
            if entry is None:
                unknown.append(name)
            else:
                found[entry.kernel_id] = path
        if unknown:
            close = difflib.get_close_matches(unknown[0], self.by_name, n=1)
            hint = f" (did you mean {close[0]}?)" if close else ""
            raise DeployError(f"{len(unknown)} file(s) in {folder} name no task: {', '.join(unknown)}{hint}")
        return found

    def replacement_class(self, path: Path) -> type:
        module = self._load(path, f"fk_replacement_{abs(hash(str(path.resolve())))}")
        cls = getattr(module, "ModelNew", None)
        if cls is None:
            raise DeployError(f"{path} defines no ModelNew")
        return cls


def rung_folder(rung: str, rungs_root: Path = DEFAULT_RUNGS) -> Path:
    """The folder of a non-built-in rung: a path as given, else ``rungs_root/rung``."""
    folder = Path(rung) if Path(rung).is_dir() else Path(rungs_root) / rung
    if not folder.is_dir():
        known = list(BUILTIN_RUNGS) + (sorted(p.name for p in Path(rungs_root).iterdir() if p.is_dir()) if Path(rungs_root).is_dir() else [])
        raise DeployError(f"unknown rung {rung!r}: one of {', '.join(known)}, or a folder of L<n>/<task>.py modules")
    return folder
