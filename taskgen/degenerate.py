"""References that compute nothing: a task case whose `Model` returns None, returns the same
value whatever its inputs, or raises, in the mode the task runs it (built from
`get_init_inputs`, eval mode, no gradients).

Such a case benches nothing: any candidate that returns None, or a constant, passes it. A mask
builder given no padding under SDPA returns None (production skips the mask, attention is
causal by itself); a function handed inputs without the structure production gives them
(random positions, a random float mask) may skip its work. Regeneration drops such cases of a
task, with the reason, and leaves a task with none out; the tests sweep every task with it.
A class task below L4 is checked to build (`build_problem`): a constructor rebuilt from what the
trace records (named arguments, not what went through **kwargs) may raise; running every case of
every class would cost hours on a CPU, so only a case recorded at another class than the
task's own runs (`class_problem`).

A case is run at its own dims when its tensors are small, else at a small shape of the same
roles (batch 1, sequence 16): whether a reference computes anything does not hinge on size.
A case that raises only at that shape is kept (a chunked kernel may need a longer sequence;
the bench drops shapes its reference cannot run): only a raise at the case's own shape is
a finding, or a raise while building it, which no shape changes. A case of more than
256 MB at its traced shape is not run (`checked`): its weights (MoE expert stacks) do not
shrink with the shape, and on a CPU it costs minutes and gigabytes.
"""

from __future__ import annotations

import inspect

import torch

SMALL_BYTES = 2**20  # cases up to this size run at their own shape
MAX_BYTES = 256 * 2**20  # larger cases (weights that do not shrink with the shape: MoE stacks) are not run
RAISES = "the reference raises"  # how a raising case's reason begins
OTHERWISE = "the reference computes otherwise than"  # a case of another class the task's class departs from
CLASS_FINDINGS = (RAISES, OTHERWISE)  # reasons a class's calls are left out: the deploy swap leaves its instances
MAX_FLOPS = 2 * 10**9  # another class's case runs at its own shape up to this much work
SMALL_DIMS = {"batch": 1, "seq": 16}
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


def checked(task, case: int) -> bool:
    """Whether `problem` runs this case (see the module doc); a serving case is as large as the
    default case it was made from, at most."""
    spec = task.CASES[case]
    size = task.CASES[0]["bytes"] if spec.get("phase") else spec["bytes"]
    return size is None or size <= MAX_BYTES


def problem(task, case: int) -> str | None:
    """Why `task` (an imported task module) computes nothing at CASES[case], or None (also for
    a case that is not `checked`)."""
    spec = task.CASES[case]
    if not checked(task, case):
        return None
    dims = _small_dims(spec) if spec.get("bytes") is not None else {k: min(v, SMALL_DIMS[k]) for k, v in spec["dims"].items()}
    found = _problem(task, case, dims)
    if dims and found and found.startswith(RAISES):
        return None  # at a shape the case does not list: not a finding
    return found


def build_problem(task, case: int) -> str | None:
    """Why `task`'s Model cannot be built at CASES[case], or None: the check every class task
    gets (running each would cost minutes). Built on the meta device (no memory, no init);
    a constructor that needs real values (a table read back with .item()) is retried on the
    CPU when the case is `checked`, else given the benefit of the doubt."""
    try:
        with torch.device("meta"):
            task.Model(*task.get_init_inputs(case))
        return None
    except Exception:  # noqa: BLE001 - retried on the CPU
        if not checked(task, case):
            return None
    try:
        task.Model(*task.get_init_inputs(case))
    except Exception as error:  # noqa: BLE001 - the reason is the finding
        return _unbuildable(task, error)
    return None


def class_problem(task, case: int) -> str | None:
    """Why a class task's `Model` computes nothing at CASES[case], or not what production does:
    `build_problem`, and a traced case recorded at another class than the task's own runs too,
    at its own shape. Classes that share a kernel id share the computation, not the checks
    around it: a ``BatchNorm1d`` case (an input of rank 3) given the ``BatchNorm2d`` of its task
    raises "expected 4D input", and a ``MaxPool1d`` case given ``MaxPool2d`` pools a rank-3
    input as one unbatched image, over both of its last two dimensions. So a raise is a finding,
    and so is an output other than the recorded class's own, built from the same arguments with
    the same weights, on the same inputs. A raise at a shrunk shape would not tell a rank check
    from a kernel that needs length, so the case runs as listed; one beyond ``MAX_FLOPS``
    (minutes on a CPU) is not run."""
    found = build_problem(task, case)
    spec = task.CASES[case]
    if found or spec.get("phase") or spec.get("qualname", task.KERNEL["qualname"]) == task.KERNEL["qualname"]:
        return found
    if not checked(task, case) or (spec.get("flops") or 0) > MAX_FLOPS:
        return None
    from fastkernels.engine.tensors import case_dtype  # the weights' dtype, as the bench casts them

    return _against_recorded(task, case, case_dtype(spec))


def _against_recorded(task, case: int, dtype: torch.dtype) -> str | None:
    """The task's `Model` run once on the case's inputs, with its weights in `dtype`: a raise,
    or an output other than that of the class the case was recorded at (built from the same
    arguments, given the same weights, on the same inputs). None where it runs and agrees, or
    where it does not build (`build_problem` judged the build), and no departure where the
    recorded class does not build from these arguments, take these weights or take these
    inputs (nothing to compare)."""
    from fastkernels.taskgen.upstream import resolve

    spec = task.CASES[case]
    try:
        values = task.get_init_inputs(case)
        ours = task.Model(*values)
    except Exception:  # noqa: BLE001 - a build that needs the case's real values: build_problem's judgement stands
        return None
    try:
        recorded = resolve(spec["qualname"])(**dict(zip(spec["init"], values)))
        recorded.load_state_dict(ours.state_dict(), strict=True)
        recorded.eval().to(dtype)
    except Exception:  # noqa: BLE001 - another constructor or other weights: nothing to compare
        recorded = None
    expected = None
    with torch.no_grad():
        try:
            ours.eval().to(dtype)
            torch.manual_seed(0)
            args = task.get_inputs(case)
            if recorded is not None:
                try:
                    expected = _leaves(recorded(*[a.clone() if isinstance(a, torch.Tensor) else a for a in args]))
                except Exception:  # noqa: BLE001 - a forward that takes other arguments: nothing to compare
                    expected = None
            got = _leaves(ours(*args))
        except Exception as error:  # noqa: BLE001 - the reason is the finding
            return f"{RAISES} {_first_line(error)}".rstrip(": ")
    name = spec["qualname"].rsplit(".", 1)[-1]
    for a, b in zip(got, expected or []):
        if not (isinstance(a, torch.Tensor) and isinstance(b, torch.Tensor)):
            continue
        if a.shape != b.shape:
            return f"{OTHERWISE} {name} on its calls: an output of {list(a.shape)} where {name} gives {list(b.shape)}"
        if not torch.allclose(a.float(), b.float(), rtol=1e-2, atol=1e-2):
            error = (a.float() - b.float()).abs().max().item()
            return f"{OTHERWISE} {name} on its calls: outputs differ by up to {error:.3g}"
    return None


def _problem(task, case: int, dims: dict | None) -> str | None:
    try:
        model = task.Model(*task.get_init_inputs(case))
    except Exception as error:  # noqa: BLE001 - the reason is the finding
        return _unbuildable(task, error)
    try:
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
        return f"{RAISES} {_first_line(error)}".rstrip(": ")
    if all(leaf is None for leaf in outputs[0]):
        return "the reference returns None: it computes nothing on these inputs"
    if _same(outputs[0], outputs[1]) and not _same(inputs[0], inputs[1]):
        return "the reference returns the same value whatever its inputs"
    return None


def _first_line(error: Exception) -> str:
    text = str(error).strip().splitlines()
    return f"{type(error).__name__}: {text[0][:120] if text else ''}"


def _unbuildable(task, error: Exception) -> str:
    """A constructor does not see the shape: its raise is a finding at any shape. A constructor
    taking **kwargs is named as the likely cause: the trace records its named arguments only,
    so what a subclass passed on through **kwargs (UDOP's relative biases: num_heads) is lost."""
    takes = any(p.kind == p.VAR_KEYWORD for p in inspect.signature(task.Model.__init__).parameters.values())
    why = "; its constructor takes **kwargs, which the trace does not record" if takes else ""
    return f"the reference cannot be built: {_first_line(error)}".rstrip(": ") + why


def load_text(text: str, name: str = "fk_checked_task"):
    """A task file's text as an imported module (not registered in sys.modules)."""
    import types

    module = types.ModuleType(name)
    module.__file__ = f"<{name}>"
    exec(compile(text, module.__file__, "exec"), module.__dict__)  # noqa: S102 - our own generated text
    return module


def without_degenerate_cases(task, render, check=problem) -> str | None:
    """Drop the cases of a task record (`emit.TaskRecord`) at which its reference computes
    nothing (`check`: `problem`, or `class_problem`): a traced case goes to the unmapped
    list with the reason, a serving case is not listed. Returns why the task is left out when
    no traced case remains, else None."""
    from fastkernels.taskgen.serving_shapes import serving_cases

    for _ in range(2):  # a dropped default case brings the next one's serving cases
        module = load_text(render(task))
        traced = len(task.cases.cases)
        found = {i: check(module, i) for i in range(len(module.CASES))}
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
