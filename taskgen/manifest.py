"""The manifest of a generated release, the diff between two, and stale candidates.

Candidates are checked with libcst, never imported: a candidate is stale when its
``ModelNew.__init__`` or ``forward`` header differs from the one its task now carries.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import libcst as cst

from fastkernels.taskgen.upstream import header

MANIFEST = "MANIFEST.json"
GENERATOR_VERSION = 1


class CandidateError(ValueError):
    """A candidate file that cannot be read or parsed."""


def shapes_digest(cases: list[dict]) -> str:
    kept = [{"init": c["init"], "inputs": c["inputs"]} for c in cases]
    return hashlib.sha256(json.dumps(kept, sort_keys=True).encode()).hexdigest()[:16]


def entry(task) -> dict:
    interface = task.interface
    return {
        "name": task.name,
        "path": task.path,
        "kernel_id": task.kernel.id,
        "level": task.level,
        "label": task.kernel.label,
        "qualname": interface.qualname,
        "interface": interface.digest,
        "signature": {
            "init": interface.init.params if interface.init else ["self"],
            "init_returns": interface.init.returns if interface.init else "None",
            "forward": interface.forward.params,
            "forward_returns": interface.forward.returns,
        },
        "shapes": shapes_digest(task.cases.cases),
        "cases": len(task.cases.cases),
        "serving_cases": len(task.serving),
        "smallest_bytes": min(c["bytes"] for c in task.cases.cases),
        "unmapped": len(task.cases.unmapped),
        "architectures": task.kernel.architectures,
        "children": task.children,
    }


def document(entries: list[dict], left_out: list[dict], versions: dict, suites: dict | None = None) -> dict:
    """The manifest, from every task's ``entry``, with the named suites (each a document whose
    ``tasks`` entries name their task as ``L<n>/<name>``, or ``None`` where none computes it)."""
    found = {
        "generator_version": GENERATOR_VERSION,
        "transformers_version": versions["transformers"],
        "revisions": versions,
        "tasks": sorted(entries, key=lambda e: (e["level"], e["name"])),
        "left_out": left_out,
        "counts": {f"L{level}": sum(1 for e in entries if e["level"] == level) for level in (1, 2, 3, 4)},
    }
    if suites:
        found["suites"] = suites
    return found


def load(root: Path) -> dict | None:
    try:
        return json.loads((Path(root) / MANIFEST).read_text())
    except (OSError, ValueError):
        return None


def suite(root: Path, name: str) -> dict[str, int]:
    """Task name (``L<n>/<name>``) -> architectures it serves, for the tasks of suite ``name``
    in ``root``'s manifest, in the suite's order; or a ValueError that says how to make it."""
    path = Path(root) / MANIFEST
    manifest = load(root)
    if manifest is None:
        raise ValueError(f"{path} is missing or unreadable: run `fk-taskgen regenerate` first")
    found = manifest.get("suites", {}).get(name)
    if found is None:
        raise ValueError(f"{path} lists no suite {name!r}: run `fk-taskgen regenerate --no-trace` to add it")
    return {entry["task"]: entry["architectures"] for entry in found["tasks"] if entry["task"] is not None}


def suite_tasks(root: Path, name: str) -> list[str]:
    """The task names of suite ``name`` (see ``suite``)."""
    return list(suite(root, name))


def write(root: Path, manifest: dict) -> None:
    (Path(root) / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n")


def diff(old: dict | None, new: dict) -> dict:
    """Tasks added, removed, whose interface, kernel or shapes changed (by `L<n>/name`)."""
    before = {t["path"]: t for t in (old or {}).get("tasks", [])}
    after = {t["path"]: t for t in new["tasks"]}
    common = sorted(set(before) & set(after))
    return {
        "added": sorted(set(after) - set(before)),
        "removed": sorted(set(before) - set(after)),
        "interface_changed": [p for p in common if before[p]["interface"] != after[p]["interface"]],
        "kernel_changed": [p for p in common if before[p]["kernel_id"] != after[p]["kernel_id"]],
        "shapes_changed": [p for p in common if before[p]["shapes"] != after[p]["shapes"]],
    }


def _method(cls: cst.ClassDef, name: str) -> cst.FunctionDef | None:
    for statement in cls.body.body:
        if isinstance(statement, cst.FunctionDef) and statement.name.value == name:
            return statement
    return None


def candidate_signature(path: Path) -> dict:
    """The headers of a candidate's ``ModelNew``, read with libcst."""
    try:
        tree = cst.parse_module(Path(path).read_text())
    except OSError as error:
        raise CandidateError(f"{path}: cannot read ({error.strerror or error})") from None
    except cst.ParserSyntaxError as error:
        raise CandidateError(f"{path}: syntax error at line {error.raw_line}, column {error.raw_column}") from None
    model_new = next((s for s in tree.body if isinstance(s, cst.ClassDef) and s.name.value == "ModelNew"), None)
    if model_new is None:
        return {}
    found = {}
    for method in ("__init__", "forward"):
        node = _method(model_new, method)
        if node is not None:
            params, returns, _, _ = header(node)
            found[method] = (params, returns)
    return found


def stale_candidates(candidates: Path | None, manifest: dict) -> tuple[list[dict], list[str]]:
    """Candidates whose headers no longer match their task; and the files that did not parse."""
    stale, errors = [], []
    if candidates is None or not Path(candidates).is_dir():
        return stale, errors
    for task in manifest["tasks"]:
        path = Path(candidates) / task["path"]
        if not path.is_file():
            continue
        try:
            found = candidate_signature(path)
        except CandidateError as error:
            errors.append(str(error))
            continue
        want = task["signature"]
        reasons = []
        if not found:
            reasons.append("no class ModelNew")
        else:
            if found.get("__init__") and found["__init__"] != (want["init"], want["init_returns"]):
                reasons.append("__init__ differs")
            if found.get("forward") != (want["forward"], want["forward_returns"]):
                reasons.append("forward differs")
        if reasons:
            stale.append({"task": task["path"], "candidate": str(path), "reason": ", ".join(reasons)})
    return stale, errors
