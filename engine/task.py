"""Finding task files and the candidate that answers each one.

A task is named by its path under the tasks folder without the suffix (`L1/llama_rms_norm`);
its candidate is the file at the same relative path under a candidates folder.
"""
from __future__ import annotations

import ast
import hashlib
import importlib.util
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

_LEVEL_DIR = re.compile(r"^L(\d+)$")


@dataclass(frozen=True)
class Task:
    name: str  # "L1/llama_rms_norm"
    level: int
    path: Path

    def candidate_path(self, candidates_dir: Path | None) -> Path | None:
        """The candidate file for this task, or None when the folder has none."""
        if candidates_dir is None:
            return None
        path = Path(candidates_dir) / f"{self.name}.py"
        return path if path.is_file() else None


def discover_tasks(tasks_dir: Path, names: list[str] | None = None, level: int | None = None) -> list[Task]:
    """Every `L<n>/<name>.py` under `tasks_dir`, sorted by level then name, filtered by the
    given task names (with or without the `L<n>/` prefix) and level."""
    tasks = []
    for level_dir in sorted(Path(tasks_dir).iterdir()) if Path(tasks_dir).is_dir() else []:
        match = _LEVEL_DIR.match(level_dir.name)
        if not match or not level_dir.is_dir():
            continue
        for path in sorted(level_dir.glob("*.py")):
            if path.name.startswith("_"):
                continue
            tasks.append(Task(name=f"{level_dir.name}/{path.stem}", level=int(match.group(1)), path=path))
    if level is not None:
        tasks = [t for t in tasks if t.level == level]
    if names:
        wanted = set(names)
        tasks = [t for t in tasks if t.name in wanted or t.name.split("/", 1)[1] in wanted]
    return sorted(tasks, key=lambda t: (t.level, t.name))


def file_hash(path: Path | None) -> str | None:
    """Content hash that decides whether a stored result is still valid."""
    if path is None:
        return None
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:16]


def load_module(path: Path, module_name: str) -> ModuleType:
    """Import a Python file under a fixed module name; errors propagate to the caller, which
    classifies them."""
    spec = importlib.util.spec_from_file_location(module_name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


def task_cases(path: Path) -> list[dict]:
    """A task file's ``CASES`` with its serving shapes, read without importing the task: the
    bench's parent plans and sizes the checks from them while the upstream modules load in the
    workers only. Only the statements that build ``CASES`` run: its literal, ``SERVING``, and
    the ``CASES += ...`` that appends the serving shapes with the functions it calls."""
    tree = ast.parse(Path(path).read_text(), filename=str(path))
    functions = {node.name: node for node in tree.body if isinstance(node, ast.FunctionDef)}
    kept = []
    for node in tree.body:
        if isinstance(node, ast.Assign) and _names(node.targets) & {"CASES", "SERVING"}:
            kept.append(node)
        elif isinstance(node, ast.AugAssign) and _names([node.target]) == {"CASES"}:
            called = {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)} & functions.keys()
            kept += [functions[name] for name in sorted(called)] + [node]
    if not any(isinstance(node, ast.Assign) and "CASES" in _names(node.targets) for node in kept):
        raise ValueError(f"{path} has no CASES list")
    namespace: dict = {}
    exec(compile(ast.Module(body=kept, type_ignores=[]), str(path), "exec"), namespace)
    return namespace["CASES"]


def _names(targets: list[ast.expr]) -> set[str]:
    return {target.id for target in targets if isinstance(target, ast.Name)}
