"""The end-to-end speedup a bench run predicts for a serving profile (Amdahl's law).

Each profiled module is mapped to its ``exact`` kernel id by ``identify`` on the profile's
model (built on the meta device from the profile's config: nothing is allocated). The
modules that count are the ones a deployment would replace: a module whose kernel's task
was benched, with no ancestor module that is also one (the outermost wins, as in ``swap``).
For each such module and each shape it was profiled at, the task's measured speedup over
its reference at the *nearest case* (the benched case whose inputs are closest: summed
absolute log-ratios of each input's rows, all dimensions but the innermost multiplied, and of
its innermost width) divides that shape's time. Everything
else keeps its time (1x): modules without a task, tasks that did not pass, time outside
any module. So, with ``T`` the profile's total time and ``t_i`` / ``s_i`` each counted
shape's time and speedup::

    predicted speedup = T / (T - sum t_i + sum t_i / s_i)

The speedup used is over the task's reference (``speedup_vs_reference``): the unswapped
model runs the references, so that is the change a deployment makes in an eager model.

An engine that compiles its model (``fk-serve`` on CUDA) does not run the references eagerly:
Inductor fuses a norm's or a rotary's elementwise steps as the ``compile`` rung does. So,
where the profile's card has a stored ladder, a second figure models that engine: each
module's time is its profiled time over the compile rung's speedup ``c_i`` at the nearest
case (1x without a ladder entry), and a deployed module's is its replacement's ``t_i / s_i``::

    compiled-engine speedup = (T - sum t_i (1 - 1/c_i)) / (T - sum t_i (1 - 1/s_i))

with ``s_i = c_i`` for the modules a deployment leaves in place. Deploying the compile rung
itself then predicts 1x, as it should.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

import torch

from fastkernels.engine.deploy.catalog import Catalog, DeployError
from fastkernels.engine.plan import PROFILE

SERVING_DIR = Path("tasks_generated") / "serving"


@dataclass
class Prediction:
    model: str
    total_ms: float
    predicted_speedup: float
    counted_ms: float  # profiled time of the modules a deployment replaces
    rows: list[dict] = field(default_factory=list)  # per counted module: path, task, ms, speedup
    compiled_speedup: float | None = None  # the same deployment in an engine that compiles its model

    def to_json(self) -> dict:
        return vars(self)


def load_profile(spec: str, serving_dir: Path = SERVING_DIR) -> dict:
    """``serving:MODEL`` (a file under ``serving_dir``) or a path."""
    path = serving_dir / f"{spec.removeprefix('serving:')}.json" if spec.startswith("serving:") else Path(spec)
    if not path.is_file():
        known = sorted(p.stem for p in serving_dir.glob("*.json")) if serving_dir.is_dir() else []
        raise DeployError(f"no serving profile {path}" + (f": one of serving:{', serving:'.join(known)}" if known else
                                                           "; write one with fk-bench e2e ARCH --profile-out FILE"))
    profile = json.loads(path.read_text())
    if profile.get("schema") != 1:
        raise DeployError(f"{path}: serving profile schema {profile.get('schema')!r}, expected 1")
    return profile


def meta_model(profile: dict) -> torch.nn.Module:
    """The profiled model on the meta device: the profile's config, or the architecture's."""
    from fastkernels.engine.deploy.model import architecture, config, model_class

    arch = architecture(profile["model"])
    cls = model_class(arch)
    value = config(arch)
    if profile.get("config"):
        value = type(value).from_dict(profile["config"])
    with torch.device("meta"):
        return cls._from_config(value)


def _case_shapes(case: dict, dims: dict) -> list[list[int]]:
    sizes = dict(dims)
    if "batch" in sizes and "seq" in sizes:
        sizes["batch*seq"] = sizes["batch"] * sizes["seq"]
    shapes = []
    for spec in case["inputs"]:
        for tensor in spec.get("tensors", [spec] if spec.get("kind") == "tensor" else []):
            shapes.append([sizes.get(role, size) for size, role in zip(tensor["shape"], tensor["roles"])])
    return shapes


def _distance(a: list[list[int]], b: list[list[int]]) -> float:
    """Per input, how far apart the rows (all dimensions but the innermost, multiplied) and
    the innermost widths are (log-ratios): the engine packs a step's tokens as one row,
    ``[1, 16, 4096]``, where a decode case lists ``[16, 1, 4096]``; the work is the same, so
    the distance is 0."""
    if len(a) != len(b) or any(len(x) != len(y) for x, y in zip(a, b)):
        return math.inf
    log = lambda value: math.log(max(value, 1))
    return sum(abs(log(math.prod(x[:-1])) - log(math.prod(y[:-1]))) + abs(log(x[-1]) - log(y[-1]))
               for x, y in zip(a, b) if x)


def nearest_speedup(result, task_module, shapes: list[list[int]]) -> tuple[float, int]:
    """(speedup over the reference, case index) of the benched case nearest ``shapes``;
    a case whose inputs cannot be paired (another count or rank) is never nearest unless
    all are so, then the first benched case stands. At one distance a case made at the
    profile's own config (``profile_cases``) wins over the task's."""
    def key(c):
        case = task_module.CASES[c.case]
        return _distance(_case_shapes(case, c.dims), shapes), case.get("phase") != PROFILE

    best = min(result.cases, key=key)
    return best.speedup_vs_reference, best.case


def from_ladder(section: dict, catalog: Catalog, revision: int, wanted: set[str] | None = None,
                rung: str | None = None) -> list:
    """A stored ladder (one card of baselines.json) as bench results, for the tasks `wanted`
    (all by default): deploying the production baselines (``--rung production``) changes each
    task's time from eager's to its winner's at every timed listed case, so its speedup over
    the reference is the winner's over eager. With `rung` (e.g. ``compile``), that rung's
    speedup over eager instead, where it passed."""
    from fastkernels.engine.results import PASSED, CaseResult, TaskResult

    results = []
    for entry in section.get("entries", {}).values():
        task = catalog.by_id.get(entry["kernel_id"])
        if task is None or entry.get("signature_revision") != revision or (wanted and task.name not in wanted):
            continue
        cases = []
        for key, case in sorted(entry["cases"].items()):
            winner, eager = rung or case.get("winner"), case["rungs"].get("eager", {})
            timed = case["rungs"].get(winner, {})
            if "+" in key or not winner or not eager.get("ms") or not timed.get("ms") or timed.get("status") != "passed":
                continue
            cases.append(CaseResult(case=int(key), dims=case.get("dims") or {}, method=timed.get("method", ""),
                                    reference_ms=eager["ms"], candidate_ms=timed["ms"], baseline_ms=timed["ms"],
                                    baseline=winner, speedup=1.0, speedup_vs_reference=eager["ms"] / timed["ms"],
                                    candidate_launch_ms=timed.get("launch_ms", timed["ms"])))
        if cases:
            results.append(TaskResult(task=task.name, level=task.level, status=PASSED, cases=cases))
    return results


def outermost_shapes(profile: dict, kernel_of: dict[str, str], catalog: Catalog, names) -> list[tuple]:
    """(path, task entry, shape) of every profiled shape of the modules whose task is in
    `names`, outermost first: a module inside a counted one is not counted again."""
    counted: list[str] = []
    found = []
    for module in sorted(profile["modules"], key=lambda m: (m["path"].count("."), m["path"])):
        entry = catalog.by_id.get(kernel_of.get(module["path"], ""))
        if entry is None or entry.name not in names or any(module["path"].startswith(p + ".") for p in counted):
            continue
        counted.append(module["path"])
        found += [(module["path"], entry, shape) for shape in module["shapes"]]
    return found


def predict(profile: dict, results: list, catalog: Catalog, compiled: list | None = None) -> Prediction:
    """The Amdahl prediction for ``results`` (a bench run's ``TaskResult`` list). With
    `compiled` (``from_ladder(..., rung="compile")`` of the profile's card), also the
    prediction for an engine that compiles its model: there each module runs at its compile
    rung's speed (its profiled time over compile's speedup at the nearest case, 1x where the
    ladder has no entry), a deployed module at its replacement's."""
    from fastkernels.engine.deploy.identify import identify

    passed = {r.task: r for r in results if r.status == "PASSED" and r.cases}
    identification = identify(meta_model(profile), profile["model"])
    kernel_of = {path: instances[0].kernel_id for path, instances in identification.modules_by_path().items()}
    rows = []
    saved = 0.0
    for path, entry, shape in outermost_shapes(profile, kernel_of, catalog, passed):
        speedup, case = nearest_speedup(passed[entry.name], catalog.task_module(entry), shape["inputs"])
        saved += shape["gpu_ms"] - shape["gpu_ms"] / speedup
        rows.append({"path": path, "task": entry.name, "inputs": shape["inputs"], "calls": shape["calls"],
                     "ms": shape["gpu_ms"], "case": case, "speedup": speedup})
    total = profile["total_gpu_ms"]
    counted = sum(r["ms"] for r in rows)
    prediction = Prediction(profile["model"], total, total / (total - saved), counted, rows)
    if compiled is not None:
        engine = {r.task: r for r in compiled if r.cases}
        before = after = 0.0  # time the counted modules save over eager: compiled, then deployed
        for _, entry, shape in outermost_shapes(profile, kernel_of, catalog, passed.keys() | engine.keys()):
            task_module, ms = catalog.task_module(entry), shape["gpu_ms"]
            own = nearest_speedup(engine[entry.name], task_module, shape["inputs"])[0] if entry.name in engine else 1.0
            new = nearest_speedup(passed[entry.name], task_module, shape["inputs"])[0] if entry.name in passed else own
            before += ms - ms / own
            after += ms - ms / new
        prediction.compiled_speedup = (total - before) / (total - after)
    return prediction
