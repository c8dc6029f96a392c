"""The production baseline ladder as a rung folder that deploys: one ``L<n>/<task>.py`` per
task whose stored ladder has a winner, each defining ``ModelNew`` (the task's ``Model``
constructor and forward) that runs the winning rung.

``fk-bench baselines --export baselines/rungs/production`` writes the folder from
``baselines.json`` (one card, the current signature revision); ``fk-bench e2e ARCH --rung
production`` and ``fk-serve --rung production`` then swap each kernel's winner into the
model. Everything is keyed by kernel id: the file names the task through the manifest's id,
and ``rung_class`` finds the task's ``Model`` by that id again, so a file whose id is no longer
a task says so instead of deploying another kernel.

A kernel has one rung per file while its ladder has a winner per case: the rung that won
most of the task's timed listed cases (the first case's winner on a tie), among the rungs that
passed every case the ladder checked.
"""
from __future__ import annotations

import copy
import inspect
import os
from collections import Counter
from pathlib import Path

import torch

from fastkernels.baselines.ladder import build_ladder, family
from fastkernels.engine.baseline_store import winner
from fastkernels.engine.deploy.catalog import Catalog
from fastkernels.engine.task import load_module
from fastkernels.engine.tensors import tensor_leaves

TASKS_ENV = "FASTKERNELS_TASKS"


def winning_rung(entry: dict) -> str | None:
    """The rung that won most listed (not derived) timed cases of a stored ladder entry, among
    the rungs that passed every checked case of the task (``failed``)."""
    failed = entry.get("failed") or {}
    listed = []
    for key, case in sorted(entry["cases"].items(), key=lambda kv: kv[0]):
        rungs = {name: r for name, r in case.get("rungs", {}).items() if name not in failed}
        best = case.get("winner") if case.get("winner") not in failed else winner(rungs)
        if "+" not in key and best:
            listed.append(best)
    if not listed:
        return None
    wins = Counter(listed)
    return max(wins, key=lambda rung: (wins[rung], rung == listed[0]))


def export_rungs(section: dict, revision: int, tasks_dir: Path, folder: Path, wanted: set[str] | None = None) -> list[dict]:
    """Write one rung module per task of `section` (a card of baselines.json) at `revision`
    into `folder`; returns what was written (task, kernel id, rung), in task order."""
    task_of = Catalog(tasks_dir).by_id
    written = []
    for entry in section.get("entries", {}).values():
        found = task_of.get(entry["kernel_id"])
        task = found.name if found else None
        rung = winning_rung(entry)
        if entry.get("signature_revision") != revision or task is None or rung is None or (wanted and task not in wanted):
            continue
        path = Path(folder) / f"{task}.py"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_module_text(task, entry, rung, section.get("card", "")))
        written.append({"task": task, "kernel_id": entry["kernel_id"], "rung": rung})
    return sorted(written, key=lambda w: w["task"])


def _module_text(task: str, entry: dict, rung: str, card: str) -> str:
    won = sum(case.get("winner") == rung for key, case in entry["cases"].items() if "+" not in key)
    timed = sum("+" not in key for key in entry["cases"])
    return (f'"""The production baseline of {task} (kernel {entry["kernel_id"]}, signature revision '
            f'{entry["signature_revision"]}) on {card}:\n``{rung}``, the fastest rung that passed on {won} of its {timed} '
            f'timed case(s) (baselines.json).\nWritten by ``fk-bench baselines --export``."""\n'
            "from fastkernels.baselines.export import rung_class\n\n"
            f'ModelNew = rung_class("{entry["kernel_id"]}", "{rung}")\n')


def tasks_folder() -> Path:
    """Where ``rung_class`` finds the tasks: ``$FASTKERNELS_TASKS``, else ``tasks_generated``
    here, else the checkout's own."""
    if os.environ.get(TASKS_ENV):
        return Path(os.environ[TASKS_ENV])
    here = Path("tasks_generated")
    return here if (here / "MANIFEST.json").is_file() else Path(__file__).resolve().parents[1] / "tasks_generated"


def rung_class(kernel_id: str, rung: str, tasks_dir: Path | None = None) -> type:
    """A ``ModelNew`` for the task of `kernel_id`: its ``Model`` (constructor, parameters,
    forward signature) whose forward runs `rung`, built at the first call, once the module
    holds its weights and sits on its device."""
    tasks_dir = Path(tasks_dir or tasks_folder())
    task = Catalog(tasks_dir).by_id.get(kernel_id)
    if task is None:
        raise ImportError(f"kernel {kernel_id} is not a task of {tasks_dir}: export the rungs again "
                          "(fk-bench baselines --export DIR)")
    model_class = load_module(task.path, f"fk_rung_task_{kernel_id}").Model

    class ModelNew(model_class):
        def forward(self, *args, **kwargs):
            call = self.__dict__.get("_fk_rung")
            if call is None:
                call = self.__dict__["_fk_rung"] = _rung(self, model_class, kernel_id, rung, (args, kwargs))
            return call(*args, **kwargs)

    ModelNew.forward.__signature__ = inspect.signature(model_class.forward)
    ModelNew.__doc__ = f"{model_class.__name__} running the {rung} rung of kernel {kernel_id}."
    return ModelNew


def _rung(module: torch.nn.Module, model_class: type, kernel_id: str, rung: str, call_args):
    """The rung's callable, built by the ladder on a plain ``Model`` that shares the module's
    parameters and buffers (so a compiled rung compiles the task's forward, not this one), for
    the device its tensors sit on (the call's inputs' device for a module that holds none, such
    as an activation)."""
    plain = copy.copy(module)
    plain.__class__ = model_class
    plain.__dict__.pop("_fk_rung", None)
    for name in [name for name in vars(plain) if name.endswith("_hooks")]:
        # a shallow copy shares the module's hook dicts: a hook put on the module later (the
        # deploy check's capture) would fire again inside the rung, and be compiled into it
        setattr(plain, name, type(getattr(plain, name))())
    tensors = list(module.parameters()) + list(module.buffers()) + tensor_leaves(call_args)
    device = tensors[0].device.type if tensors else "cpu"
    ladder = build_ladder(kernel_id, plain, device, (family(rung),))
    found = next((r.fn for r in ladder.rungs if r.name == rung), None)
    if found is None:
        why = ladder.skipped.get(rung) or ladder.skipped.get(family(rung)) or "not offered for this kernel"
        raise RuntimeError(f"rung {rung} cannot run kernel {kernel_id} on {device}: {why}")
    return found
