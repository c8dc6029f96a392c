"""The production baseline of every task and case: measured by the ladder, kept in
``baselines.json`` beside the tasks, read by ``fk-bench run``.

``measure_missing`` measures the tasks whose entry is missing for this card, from another
signature revision, or whose cases changed, and writes the file after each task (an
interrupted run resumes where it stopped). ``lookup`` answers the bench: the winning rung of a
task's case and its measurement.
"""
from __future__ import annotations

import datetime
import json
import time
from importlib import metadata
from pathlib import Path
from typing import Callable

import torch

from fastkernels.engine import baseline_store as store
from fastkernels.engine.ladder_run import LadderConfig, leading_and_phase_cases, measure_task
from fastkernels.engine.loader import one_line
from fastkernels.engine.task import Task, load_module
from fastkernels.engine.timing import Measurement

LIBRARIES = ("triton", "liger-kernel", "flash-linear-attention", "transformers")


def card_name(device: str) -> str:
    return torch.cuda.get_device_name() if device == "cuda" else "cpu"


def card_info(device: str) -> dict:
    versions = {}
    for name in LIBRARIES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return {"card": card_name(device), "device": device, "torch": torch.__version__, "libraries": versions,
            "date": datetime.date.today().isoformat()}


def signature_revision(tasks_dir: Path) -> int:
    """The analyzer's signature revision the tasks were generated at (0 when unknown)."""
    try:
        return json.loads((Path(tasks_dir) / "MANIFEST.json").read_text())["revisions"]["signature_revision"]
    except (OSError, ValueError, KeyError):
        return 0


def is_current(document: dict, card: str, task: Task, revision: int, timed_cases: int | None,
               phases: tuple[str, ...] = ()) -> bool:
    """Whether the stored entry covers the task's first `timed_cases` cases, and its cases of
    `phases`, as they are now."""
    module = load_module(task.path, f"fk_production_{task.path.stem}")
    return all(store.stored_case(document, card, module.KERNEL["id"], revision, str(i), store.fingerprint(module.CASES[i]))
               for i in sorted(leading_and_phase_cases(module.CASES, timed_cases, phases)))


def measure_missing(tasks: list[Task], path: Path, revision: int, config: LadderConfig, fresh: bool = False,
                    on_task: Callable[[Task, dict | None], None] = lambda task, entry: None,
                    on_step: Callable[[str], None] = lambda text: None,
                    before: Callable[[list[Task]], dict | None] = lambda missing: None, deadline: float | None = None) -> dict:
    """Measure every task not current in the file at `path`; returns the document. `on_task`
    gets each task and its new entry (None when the stored one was current; an entry with an
    ``error`` and nothing stored when the task raised). `before` gets the tasks about to be
    measured (to compile them ahead) and may return, per task name, what compiling ahead
    reported, kept in the entry's ``run``; no task is started after `deadline`
    (``time.monotonic``), the rest is left for the next run."""
    document = store.load(path)
    card = card_info(config.device)
    missing = []
    for task in tasks:
        if not fresh and is_current(document, card["card"], task, revision, config.max_cases, config.phases):
            on_task(task, None)
        else:
            missing.append(task)
    ahead = before(missing) or {}
    for task in missing:
        if deadline is not None and time.monotonic() > deadline:
            break
        try:
            entry = {**measure_task(task, config, on_step), "signature_revision": revision}
        except Exception as error:  # one task that cannot be measured (out of memory ...) is reported, the rest go on
            on_task(task, {"task": task.name, "error": one_line(error)})
            if config.device == "cuda":
                torch.cuda.empty_cache()
            continue
        if task.name in ahead:
            entry["run"]["compiled_ahead"] = ahead[task.name]
        store.merge(document, card, entry)
        store.save(path, document)
        on_task(task, entry)
    return document


def lookup(document: dict, device: str, revision: int) -> Callable[[Task, int, dict], tuple[str, Measurement] | None]:
    """For the bench: (rung, measurement) of the production baseline of a task's case."""
    card, kernel_ids = card_name(device), {}

    def baseline(task: Task, index: int, case: dict) -> tuple[str, Measurement] | None:
        if task.path not in kernel_ids:
            kernel_ids[task.path] = load_module(task.path, f"fk_production_{task.path.stem}").KERNEL["id"]
        stored = store.stored_case(document, card, kernel_ids[task.path], revision, str(index), store.fingerprint(case))
        return store.production_baseline(stored)
    return baseline


def stored_cases(baseline: Callable[[Task, int, dict], tuple[str, Measurement] | None], task: Task) -> dict[int, tuple[str, dict]]:
    """Every case's stored production baseline of one task through `baseline` (``lookup``),
    as plain data: what a worker without the file scores against (``from_stored``)."""
    module = load_module(task.path, f"fk_production_{task.path.stem}")
    found = {}
    for index, case in enumerate(module.CASES):
        stored = baseline(task, index, case)
        if stored:
            found[index] = (stored[0], stored[1].to_dict())
    return found


def from_stored(cases: dict[int, tuple[str, dict]]) -> Callable[[Task, int, dict], tuple[str, Measurement] | None] | None:
    """The lookup a worker gets from ``stored_cases``: the same answers for that task."""
    if not cases:
        return None
    measured = {index: (rung, Measurement.from_dict(data)) for index, (rung, data) in cases.items()}
    return lambda task, index, case: measured.get(index)
