"""References that compute nothing: a task case whose `Model` returns None, returns the same
value whatever its inputs, or raises, in the mode the task runs it (built from
`get_init_inputs`, eval mode, no gradients).

Such a case benches nothing: any candidate that returns None, or a constant, passes it. A mask
builder given no padding under SDPA returns None (production skips the mask, attention is
causal by itself); a function handed inputs without the structure production gives them
(random positions, a random float mask) may skip its work. Regeneration drops such cases of a
task, with the reason, and leaves a task with none out; the tests sweep every task with it.

A case is run at its own dims when its tensors are small, else at a small shape of the same
roles (batch 1, sequence 64): whether a reference computes anything does not hinge on size
(a case that raises there is run again at its own shape, where that fits).
"""

from __future__ import annotations

import torch

SMALL_BYTES = 2**20  # cases up to this size run at their own shape
LARGE_BYTES = 2**30  # a case that raises at a small shape is run again at its own up to this size
SMALL_DIMS = {"batch": 1, "seq": 64}
SEEDS = (0, 1)


def _leaves(value) -> list:
    if isinstance(value, (list, tuple)):
        return [leaf for item in value for leaf in _leaves(item)]
    if isinstance(value, dict):
        return [leaf for key in sorted(value) for leaf in _leaves(value[key])]
    return [value]


def _same(a: list, b: list) -> bool:
    if len(a) != len(b):
        return False
    for x, y in zip(a, b):
        if isinstance(x, torch.Tensor) and isinstance(y, torch.Tensor):
            if x.shape != y.shape or x.dtype != y.dtype or not torch.equal(x, y):
                return False
        elif isinstance(x, torch.Tensor) or isinstance(y, torch.Tensor) or type(x) is not type(y):
            return False
    return True


def _small_dims(case: dict) -> dict | None:
    dims = case.get("dims") or {}
    if not dims or (case.get("bytes") is not None and case["bytes"] <= SMALL_BYTES):
        return None
    return {k: min(v, SMALL_DIMS[k]) for k, v in dims.items() if k in SMALL_DIMS}


def problem(task, case: int) -> str | None:
    """Why `task` (an imported task module) computes nothing at CASES[case], or None."""
    spec = task.CASES[case]
    dims = _small_dims(spec) if spec.get("bytes") is not None else {k: min(v, 64) for k, v in spec["dims"].items()}
    found = _problem(task, case, dims)
    if dims and found and found.startswith("the reference raises") and (spec.get("bytes") or 0) <= LARGE_BYTES:
        found = _problem(task, case, None)
    return found


def _problem(task, case: int, dims: dict | None) -> str | None:
    try:
        model = task.Model(*task.get_init_inputs(case))
        model.eval()
        outputs, inputs = [], []
        for seed in SEEDS:
            torch.manual_seed(seed)
            args = task.get_inputs(case, dims) if dims else task.get_inputs(case)
            inputs.append(_leaves(args))
            torch.manual_seed(seed)
            with torch.no_grad():
                outputs.append(_leaves(model(*args)))
    except Exception as error:  # noqa: BLE001 - the reason is the finding
        text = str(error).strip().splitlines()
        return f"the reference raises {type(error).__name__}: {text[0][:120] if text else ''}".rstrip(": ")
    if all(leaf is None for leaf in outputs[0]):
        return "the reference returns None: it computes nothing on these inputs"
    if _same(outputs[0], outputs[1]) and not _same(inputs[0], inputs[1]):
        return "the reference returns the same value whatever its inputs"
    return None


def load_text(text: str, name: str = "fk_checked_task"):
    """A task file's text as an imported module (not registered in sys.modules)."""
    import types

    module = types.ModuleType(name)
    module.__file__ = f"<{name}>"
    exec(compile(text, module.__file__, "exec"), module.__dict__)  # noqa: S102 - our own generated text
    return module


def without_degenerate_cases(task, render) -> str | None:
    """Drop the cases of a task record (`emit.TaskRecord`) at which its reference computes
    nothing: a traced case goes to the unmapped list with the reason, a serving case is not
    listed. Returns why the task is left out when no traced case remains, else None."""
    from fastkernels.taskgen.serving_shapes import serving_cases

    for _ in range(2):  # a dropped default case brings the next one's serving cases
        module = load_text(render(task))
        traced = len(task.cases.cases)
        found = {i: problem(module, i) for i in range(len(module.CASES))}
        bad = {i: why for i, why in found.items() if why}
        if not bad:
            return None
        for i in sorted((i for i in bad if i < traced), reverse=True):
            case = task.cases.cases.pop(i)
            task.cases.unmapped.append({"qualname": case["qualname"], "architectures": case["architectures"], "reason": bad[i]})
        if not task.cases.cases:
            return "every case is degenerate: " + "; ".join(sorted(set(bad.values()))[:3])
        if any(i < traced for i in bad) and 0 in bad:
            task.serving = serving_cases(task.cases.cases[0], task.level)
            continue
        task.serving = [s for j, s in enumerate(task.serving) if traced + j not in bad]
    return None
