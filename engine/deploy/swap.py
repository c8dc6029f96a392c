"""Replace module instances of a live model, in place, by the modules of a replacement source.

Contract: for every module instance whose ``exact`` kernel id the source serves, a new
module is built through the task's constructor (``mapping``) on the instance's device, its
weights are the instance's own (a strict ``load_state_dict``, tensors assigned, so nothing
is copied and nothing is left out or added), so are the buffers the constructor computes
(of the same names and shapes), and the module takes the instance's place in its parent. The outermost
instance wins: a module inside one already replaced is not visited. The model's root (an
L4 kernel) and function kernels are not module instances and are listed apart. An instance
the replacement cannot take is left in place with the reason: another forward signature, or a
class whose calls the task's reference raises on or computes otherwise (left out of the task
at regeneration).
Every replaced module is kept, so that ``restore`` puts the model back as it was.
"""
from __future__ import annotations

import contextlib
import inspect
from collections import Counter
from dataclasses import asdict, dataclass, field

import torch

from fastkernels.analyzer.trace.configs import all_configs
from fastkernels.engine.deploy.catalog import Catalog, DeployError
from fastkernels.engine.deploy.mapping import Unmapped, fields_index, init_arguments
from fastkernels.engine.deploy.verify import one_line
from fastkernels.taskgen.degenerate import CLASS_FINDINGS

SWAPPED, UNMAPPED, LOAD_FAILED, BUILD_FAILED = "swapped", "unmapped", "load-failed", "build-failed"


@dataclass
class Source:
    """What replaces a kernel: ``classes`` maps kernel id -> the class to build (a task's
    ``Model`` for a built-in rung, else a ``ModelNew``); ``compile`` compiles each module
    built (the ``compile`` rung)."""

    name: str
    classes: dict[str, type]
    compile: bool = False


@dataclass
class SwapRecord:
    path: str
    qualname: str
    kernel_id: str
    task: str
    status: str
    reason: str = ""

    def to_json(self) -> dict:
        return asdict(self)


@dataclass
class Swap:
    """The result of one deployment: a record per instance visited, and what was replaced."""

    records: list[SwapRecord]
    replaced: dict[str, torch.nn.Module] = field(default_factory=dict, repr=False)  # path -> original
    replacements: dict[str, torch.nn.Module] = field(default_factory=dict, repr=False)  # path -> new

    @property
    def swapped(self) -> list[SwapRecord]:
        return [r for r in self.records if r.status == SWAPPED]

    def counts(self) -> dict[str, int]:
        """Instances visited, by status (``swapped``, ``unmapped`` ...)."""
        return dict(sorted(Counter(r.status for r in self.records).items()))

    def swapped_by_task(self) -> dict[str, int]:
        """Instances swapped, by task name."""
        return dict(sorted(Counter(r.task for r in self.swapped).items()))

    def not_swapped(self) -> list[dict]:
        """Instances left in place, one row per task, status and reason, with how many and the
        first path: 32 layers' MLPs unmapped for one reason are one line."""
        groups: dict[tuple, list[str]] = {}
        for r in self.records:
            if r.status != SWAPPED:
                groups.setdefault((r.task, r.status, r.reason), []).append(r.path)
        return [{"task": task, "status": status, "reason": reason, "instances": len(paths), "first": paths[0]}
                for (task, status, reason), paths in sorted(groups.items())]


def not_swapped_line(row: dict) -> str:
    """One row of ``Swap.not_swapped`` as the CLIs print it."""
    return f"not swapped: {row['task']}, {row['instances']} {row['status']} (first {row['first']}): {row['reason']}"


def source_from_folder(catalog: Catalog, folder, name: str) -> Source:
    return Source(name, {kid: catalog.replacement_class(path) for kid, path in catalog.replacement_files(folder).items()})


def builtin_source(catalog: Catalog, rung: str, kernel_ids) -> Source:
    """The ``eager`` or ``compile`` rung: each kernel's task ``Model``, for the given ids."""
    classes = {}
    for kernel_id in kernel_ids:
        entry = catalog.by_id.get(kernel_id)
        if entry is not None:
            classes[kernel_id] = catalog.task_module(entry).Model
    return Source(rung, classes, compile=rung == "compile")


def apply(model: torch.nn.Module, identification, catalog: Catalog, source: Source, arch: str = "live",
          levels: tuple[int, ...] | None = None) -> Swap:
    """Replace every module instance the source serves (at ``levels``, all by default)."""
    index = fields_index(identification.instances, arch)
    live_configs = all_configs(model.config) if hasattr(model, "config") else []
    swap = Swap([])
    visited = set()
    for instance in sorted(identification.instances, key=lambda i: (i.path.count("."), i.path)):
        if instance.kind != "module" or not instance.path or instance.path in visited:
            continue
        if instance.kernel_id not in source.classes or (levels and instance.level not in levels):
            continue
        visited.add(instance.path)
        if any(instance.path.startswith(p + ".") for p in swap.replaced):
            continue
        entry = catalog.by_id[instance.kernel_id]
        record = SwapRecord(instance.path, instance.qualname, instance.kernel_id, entry.name, SWAPPED)
        swap.records.append(record)
        original = model.get_submodule(instance.path)
        differs = _forward_differs(type(original), source.classes[instance.kernel_id]) or _refused(instance, catalog.task_module(entry))
        if differs:
            record.status, record.reason = UNMAPPED, differs
            continue
        try:
            args = init_arguments(instance, entry.qualname, entry.level > 1, index, arch, live_configs)
        except Unmapped as reason:
            record.status, record.reason = UNMAPPED, str(reason)
            continue
        except Exception as error:  # a config that refuses a folded argument
            record.status, record.reason = UNMAPPED, one_line(error)
            continue
        try:
            module = _built(source, instance.kernel_id, args, original)
        except Exception as error:  # a constructor that rejects the mapped arguments
            record.status, record.reason = BUILD_FAILED, one_line(error)
            continue
        try:
            _load(module, original)
        except RuntimeError as error:
            record.status, record.reason = LOAD_FAILED, _load_reason(error)
            continue
        _replace(model, instance.path, module)
        swap.replaced[instance.path] = original
        swap.replacements[instance.path] = module
    return swap


def _parameters(function) -> list[tuple[str, object]]:
    return [(p.name, p.kind) for p in inspect.signature(function).parameters.values()]


def _forward_differs(instance_class: type, replacement: type) -> str:
    """Why the replacement cannot take the instance's calls: its forward's parameters (names
    and kinds) differ ('' where they are the same). A subclass that adds a parameter (a
    positional embedding taking ``position_ids``) has the computation of its task but not
    the calls."""
    if _parameters(instance_class.forward) == _parameters(replacement.forward):
        return ""
    return (f"forward{inspect.signature(instance_class.forward)} of {instance_class.__name__} differs from "
            f"{replacement.__name__}.forward{inspect.signature(replacement.forward)}")[:300]


def _refused(instance, task) -> str:
    """Why the task's own regeneration refused calls of the instance's class ('' where it did
    not): classes that share a kernel id share the computation, not the checks around it, and
    a case recorded at the instance's class that the task's reference raises on, or computes
    otherwise than that class, was left out (``taskgen.degenerate.class_problem``). A
    ``BatchNorm1d`` given the ``batch_norm2d`` task's ``BatchNorm2d`` raises "expected 4D
    input"; a ``MaxPool1d`` given ``MaxPool2d`` pools another way."""
    if any(case.get("qualname") == instance.qualname for case in task.CASES):
        return ""
    reason = next((u["reason"] for u in getattr(task, "UNMAPPED", []) if u["qualname"] == instance.qualname
                   and u["reason"].startswith(CLASS_FINDINGS)), None)
    return f"its task lists no call of {instance.qualname.rsplit('.', 1)[-1]}: {reason}" if reason else ""


def restore(model: torch.nn.Module, swap: Swap) -> None:
    """Put every replaced instance back (``reinstate`` swaps the replacements in again)."""
    for path, original in swap.replaced.items():
        _replace(model, path, original)


def reinstate(model: torch.nn.Module, swap: Swap) -> None:
    for path, module in swap.replacements.items():
        _replace(model, path, module)


def _device(module: torch.nn.Module) -> torch.device:
    for tensor in list(module.parameters()) + list(module.buffers()):
        return tensor.device
    return torch.device("cpu")


def _built(source: Source, kernel_id: str, args: list, original: torch.nn.Module) -> torch.nn.Module:
    with torch.device(_device(original)), _quiet():
        module = source.classes[kernel_id](*args)
    module.train(original.training)
    if source.compile:
        module.compile()
    return module


def _load(module: torch.nn.Module, original: torch.nn.Module) -> None:
    """The instance's weights, strictly, and its computed buffers where the replacement
    computes one of the same name (a rotary's inverse frequencies, not in the state dict): the
    replacement's constructor, given another class's config, may compute them otherwise
    (Kyutai's rotary ignores the partial rotary factor GPT-NeoX's reads). A computed buffer of
    another shape fails the load."""
    module.load_state_dict(original.state_dict(), strict=True, assign=True)
    theirs = dict(original.named_buffers())
    for name, buffer in list(module.named_buffers()):
        other = theirs.get(name)
        if other is None:
            continue
        if other.shape != buffer.shape:
            raise RuntimeError(f"Error(s) in loading computed buffers:\n\tbuffer {name}: the replacement computes "
                               f"shape {list(buffer.shape)} where the instance holds {list(other.shape)}")
        owner, _, leaf = name.rpartition(".")
        module.get_submodule(owner)._buffers[leaf] = other


def _replace(model: torch.nn.Module, path: str, module: torch.nn.Module) -> None:
    parent, _, name = path.rpartition(".")
    setattr(model.get_submodule(parent), name, module)


def _load_reason(error: RuntimeError) -> str:
    """``Missing key(s) ...: "weight"`` from PyTorch's multi-line message, on one line."""
    lines = [line.strip() for line in str(error).splitlines()[1:] if line.strip()]
    return "strict weight load failed: " + "; ".join(lines)[:300]


@contextlib.contextmanager
def _quiet():
    """Config classes warn about fields; the user asked for a swap, not for those."""
    from transformers.utils import logging

    verbosity = logging.get_verbosity()
    logging.set_verbosity(logging.CRITICAL)
    try:
        yield
    finally:
        logging.set_verbosity(verbosity)


__all__ = ["Source", "SwapRecord", "Swap", "apply", "restore", "reinstate", "source_from_folder", "builtin_source", "DeployError"]
