"""``tasks_generated/baselines.json``: the production baseline of every task and case, per card.

Layout (schema 1)::

    {"schema": 1, "cards": {CARD: {"card", "device", "torch", "triton", "libraries", "date",
        "entries": {"<kernel id>@<signature revision>": {"task", "kernel_id", "signature_revision",
            "skipped": {rung: why}, "failed": {rung: why}, "run",
            "cases": {"<case>": {"fingerprint", "dims", "bytes", "sol_ms",
                "copy_ms", "rungs": {rung: {"status", "reason", "ms", "method", "launch_ms",
                "compile_s", "speedup_vs_eager", "sol_fraction", "measurement"}}, "winner"}}}}}}}

A case is keyed by its index in the task's CASES (a derived many-token case by
``"<index>+<role>=<size>"``) and carries a fingerprint of its shapes, so that an entry whose
case changed under a regeneration is measured again instead of trusted. A rung that failed
correctness has status ``failed`` and is never the winner. ``failed`` lists every rung that
failed any checked case of the task, timed or not (its first reason): a rung is only deployed
for a whole kernel where it passed every case checked. ``run`` says where the task's
seconds went (``ladder_run.measure_task``).
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from fastkernels.engine.timing import Measurement

SCHEMA = 1
PASSED, FAILED = "passed", "failed"


def entry_key(kernel_id: str, revision: int) -> str:
    return f"{kernel_id}@{revision}"


def fingerprint(case: dict, dims: dict | None = None) -> str:
    """What makes two cases the same measurement: constructor arguments, inputs, dims."""
    text = json.dumps([case.get("init"), case.get("inputs"), {**(case.get("dims") or {}), **(dims or {})}],
                      sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def load(path: Path) -> dict:
    try:
        document = json.loads(Path(path).read_text())
    except (OSError, ValueError):
        return {"schema": SCHEMA, "cards": {}}
    return document if document.get("schema") == SCHEMA else {"schema": SCHEMA, "cards": {}}


def save(path: Path, document: dict) -> None:
    """Sorted keys and a fixed indent: the same measurements give the same bytes."""
    Path(path).write_text(json.dumps(document, indent=1, sort_keys=True) + "\n")


def winner(rungs: dict) -> str | None:
    """The fastest rung that passed, by graph-replay time when every such rung has one, else
    by launch-inclusive time for all (never one kind against the other)."""
    timed = {name: r for name, r in rungs.items() if r.get("status") == PASSED and r.get("measurement")}
    if not timed:
        return None
    measured = {name: Measurement.from_dict(r["measurement"]) for name, r in timed.items()}
    use_graph = all(m.graph for m in measured.values())
    return min(measured, key=lambda name: (measured[name].graph if use_graph else measured[name].launch).median_ms)


def merge(document: dict, card: dict, entry: dict) -> dict:
    """Put one task's measured entry under its card, replacing an older one of the same key."""
    section = document["cards"].setdefault(card["card"], {"entries": {}})
    section.update({k: v for k, v in card.items()})
    section["entries"][entry_key(entry["kernel_id"], entry["signature_revision"])] = entry
    return document


def stored_case(document: dict, card: str, kernel_id: str, revision: int, case_key: str, case_print: str) -> dict | None:
    """The stored case if it was measured on this card, at this revision, for these shapes."""
    entry = document["cards"].get(card, {}).get("entries", {}).get(entry_key(kernel_id, revision))
    case = (entry or {}).get("cases", {}).get(case_key)
    return case if case and case.get("fingerprint") == case_print else None


def production_baseline(case: dict | None) -> tuple[str, Measurement] | None:
    """(winning rung, its measurement) of a stored case, or None."""
    if not case or not case.get("winner"):
        return None
    return case["winner"], Measurement.from_dict(case["rungs"][case["winner"]]["measurement"])
