"""Tasks benched at a serving profile's own shapes and config (``fk-bench run --weights PROFILE
--phases profile``), so that a prediction reads the speedup of what the model runs.

A task lists the cases of the architectures it was traced from; a model that shares its
kernel may run it at another config. Qwen3-MoE's experts are Inkling's kernel: the task lists
Inkling's 6,144-wide layer with 256 experts (29 GB of weights), Qwen3-30B-A3B runs 2,048 wide
with 128, and the nearest case by input shape is then another computation. So, for every
module a deployment would replace (``predict``'s outermost rule), the call the analyzer
recorded at that instance of the profile's model (``identify``) becomes a case of its task by
taskgen's own rule (``taskgen.cases.task_case``), built from the instance's config class, and
is sized at each input shape the profile saw it take (the ``batch``/``seq`` roles from the
profiled sizes, every other dimension as profiled). A case is ``"phase": "profile"``.

The cases are appended to a copy of the task file in a folder laid out like the tasks (its
``MANIFEST.json`` copied), which the bench then runs: the reference, the candidate, the
correctness check and the timing are the bench's own. A module whose task's inputs are made
by a producer (a rotary's cos and sin), or whose call cannot be paired with the profiled
shapes, makes no case, with the reason; its shapes are predicted from the nearest case benched.
"""
from __future__ import annotations

import math
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from fastkernels.engine.deploy.catalog import Catalog
from fastkernels.engine.deploy.mapping import Unmapped, fields_index
from fastkernels.engine.deploy.predict import meta_model, outermost_shapes
from fastkernels.engine.plan import PROFILE
from fastkernels.engine.task import task_cases
from fastkernels.taskgen.cases import same_quantity, task_case
from fastkernels.taskgen.emit import config_imports, config_map, literal
from fastkernels.taskgen.upstream import interface

_ROLES = ("batch", "seq", "batch*seq")


@dataclass
class ProfileTasks:
    folder: Path  # the tasks folder to bench: the copied manifest and a copy of each task asked for
    cases: dict[str, int] = field(default_factory=dict)  # task -> profile cases appended
    kept: dict[str, str] = field(default_factory=dict)  # task -> the first module made no case of it, and why


def write_profile_tasks(profile: dict, catalog: Catalog, names: set[str], folder: Path) -> ProfileTasks:
    """Copies of the tasks `names` in `folder` (replaced), the profile's cases appended to those
    its model runs; the manifest and the stored ladder are copied beside them."""
    from fastkernels.engine.deploy.identify import identify

    identification = identify(meta_model(profile), profile["model"])
    by_path = identification.modules_by_path()
    kernel_of = {path: instances[0].kernel_id for path, instances in by_path.items()}
    index = fields_index(identification.instances, profile["model"])
    made: dict[str, list[dict]] = {}
    classes: dict[str, dict[str, str]] = {}
    kept: dict[str, str] = {}
    bases: dict[str, dict] = {}  # per module: its recorded call, built once for all its shapes
    defaults: dict[str, dict] = {}  # per task: its default case
    for path, entry, shape in outermost_shapes(profile, kernel_of, catalog, names):
        try:
            if path not in bases:
                if entry.name not in defaults:
                    defaults[entry.name] = task_cases(entry.path)[0]
                bases[path] = _recorded_case(by_path[path][0], entry, defaults[entry.name], index, profile["model"],
                                             classes.setdefault(entry.name, {}))
            case = _sized(bases[path], shape["inputs"])
        except Unmapped as reason:
            kept.setdefault(entry.name, f"{path}: {reason}")
            continue
        _add(made.setdefault(entry.name, []), {**case, "path": path, "calls": shape["calls"], "gpu_ms": shape["gpu_ms"]})
    if Path(folder).exists():
        shutil.rmtree(folder)
    Path(folder).mkdir(parents=True)
    for stored in ("MANIFEST.json", "baselines.json"):  # kernel ids; the stored ladder, whose case keys stay valid
        if (catalog.tasks_dir / stored).is_file():
            shutil.copy(catalog.tasks_dir / stored, Path(folder) / stored)
    result = ProfileTasks(Path(folder), kept=kept)
    for cases in made.values():  # the most time first: --max-cases keeps what weighs most
        cases.sort(key=lambda case: -case["gpu_ms"])
    for name in sorted(names):
        entry = catalog.by_name[name]
        target = Path(folder) / entry.path.relative_to(catalog.tasks_dir)
        target.parent.mkdir(parents=True, exist_ok=True)
        cases = made.get(name, [])
        target.write_text(entry.path.read_text() + (_appended(profile, cases, classes[name]) if cases else ""))
        if cases:
            result.cases[name] = len(cases)
    return result


def _recorded_case(instance, entry, default: dict, index: dict, arch: str, classes: dict) -> dict:
    """The instance's recorded call as a case of its task, built from the instance's config
    class, with the names the task's own config (in its `default` case) gives a quantity
    (``same_quantity``)."""
    if any(spec["kind"] == "produced" for spec in default["inputs"]):
        raise Unmapped("its inputs are made by a producer call, which a profile case does not carry")
    upstream = interface(entry.qualname)
    wanted = {name for spec in default.get("init", {}).values() if isinstance(spec, dict) for name in spec.get("fields", {})}
    recorded = {**instance.case, "architectures": [arch], "qualname": upstream.qualname}
    recorded["config_fields"] = {**recorded.get("config_fields", {}), **same_quantity(recorded.get("config_fields", {}), wanted)}
    case = task_case(recorded, upstream, index, classes, entry.level > 1)
    return {**case, "qualname": instance.qualname}


def _sized(case: dict, shapes: list[list[int]]) -> dict:
    """The case at the profiled tensor shapes, in order; raises ``Unmapped`` where they cannot
    be paired (another count or rank, or role sizes that disagree)."""
    tensors = [t for spec in case["inputs"] for t in (spec["tensors"] if spec["kind"] == "tensors" else [spec])
               if spec["kind"] in ("tensor", "tensors")]
    if len(tensors) != len(shapes) or any(len(t["shape"]) != len(s) for t, s in zip(tensors, shapes)):
        raise Unmapped(f"its recorded inputs {[t['shape'] for t in tensors]} do not pair with the profiled {shapes}")
    seen: dict[str, set[int]] = {role: set() for role in _ROLES}
    for tensor, shape in zip(tensors, shapes):
        for role, size in zip(tensor["roles"], shape):
            if role in seen:
                seen[role].add(size)
    if any(len(sizes) > 1 for sizes in seen.values()):
        raise Unmapped(f"the profiled shapes {shapes} give one role two sizes")
    batch, seq, tokens = (next(iter(seen[role]), None) for role in _ROLES)
    if tokens is not None and batch is None and seq is None:
        batch, seq = 1, tokens
    dims = {k: v for k, v in (("batch", batch), ("seq", seq)) if v is not None}
    if tokens is not None and math.prod(dims.values()) != tokens:
        raise Unmapped(f"the profiled shapes {shapes} give batch*seq {tokens}, not batch x seq")
    sized = iter(shapes)

    def resized(spec: dict) -> dict:
        if spec["kind"] == "tensors":
            return {**spec, "tensors": [{**t, "shape": list(next(sized))} for t in spec["tensors"]]}
        return {**spec, "shape": list(next(sized))} if spec["kind"] == "tensor" else spec

    inputs = [resized(spec) for spec in case["inputs"]]
    return {**case, "inputs": inputs, "dims": dims, "bytes": None, "flops": None, "phase": PROFILE}


def _add(cases: list[dict], case: dict) -> None:
    """One case per distinct call (constructor and inputs); the calls and time of each module
    that made it are summed, the first module's path kept."""
    same = next((c for c in cases if (c["init"], c["inputs"]) == (case["init"], case["inputs"])), None)
    if same is None:
        cases.append(case)
    else:
        same["calls"] += case["calls"]
        same["gpu_ms"] = round(same["gpu_ms"] + case["gpu_ms"], 4)


def _appended(profile: dict, cases: list[dict], classes: dict[str, str]) -> str:
    classes = dict(sorted(classes.items()))
    imports = "".join(line + "\n" for line in config_imports(classes))
    registered = f"_CONFIGS.update({config_map(classes)})\n" if classes else ""
    return (f"\n\n# Cases at the shapes and config the serving profile of {profile['model']} ({profile.get('device', '?')}) "
            f"saw, one per distinct call\n# (fk-bench run --weights ... --phases {PROFILE}): calls and gpu_ms "
            f"are the profile's.\n{imports}{registered}CASES += {literal(cases)}\n")
