"""Render one task file: header, `Model`, the `ModelNew` stub (libcst-rendered headers), cases, builders.

The text is a pure function of the task record, so a regeneration with nothing changed
rewrites every file byte for byte.
"""

from __future__ import annotations

import ast
import json
from dataclasses import dataclass, field

from fastkernels.taskgen.cases import MappedCases
from fastkernels.taskgen.state import docstring_lines
from fastkernels.taskgen.upstream import Interface, imports

LABELS = {
    "norm": "a normalization",
    "activation": "an elementwise activation",
    "attention": "attention",
    "rotary": "a rotary position embedding",
    "gemm": "a matrix multiply (linear projection)",
    "embedding": "an embedding lookup",
    "convolution": "a convolution",
    "pooling": "a pooling",
    "router/moe": "mixture-of-experts routing and expert compute",
    "state-space scan": "a state-space (selective) scan",
    "gated mlp": "a gated MLP",
    "mlp": "an MLP",
    "mask": "a mask",
    "other": "a computation",
}
_LEVEL_NOUN = {1: "leaf kernel", 2: "module built from leaf kernels", 3: "repeated layer", 4: "whole model"}
_TAKEN = {"torch", "nn", "importlib", "PRODUCERS", "SERVING", "Model", "ModelNew", "KERNEL", "CASES", "UNMAPPED", "get_inputs", "get_init_inputs"}

_BUILDERS = '''
def get_init_inputs(case=0):
    """Positional arguments of Model(...) / ModelNew(...) for CASES[case]."""
    return [_config(value) if isinstance(value, dict) else value for value in CASES[case]["init"].values()]


def get_inputs(case=0, dims=None):
    """Forward arguments (a list) for CASES[case]; `dims` overrides {"batch": b, "seq": s}
    to build a valid shape the case does not list (held-out shapes)."""
    dims = {**CASES[case]["dims"], **(dims or {})}
    produced = {}  # each producer runs once per call: cos and sin come from the same positions
    return [_input(spec, dims, CASES[case], produced) for spec in CASES[case]["inputs"]]


def _config(spec):
    return _CONFIGS[spec["config_class"]](**spec["fields"])


def _tensor(spec, dims):
    sizes = dict(dims)
    if "batch" in dims and "seq" in dims:
        sizes["batch*seq"] = dims["batch"] * dims["seq"]
    shape = [sizes.get(role, size) for size, role in zip(spec["shape"], spec["roles"])]
    dtype = getattr(torch, spec["dtype"])
    if "fill" in spec:
        return torch.full(shape, spec["fill"], dtype=dtype)
    if dtype.is_floating_point or dtype.is_complex:
        return torch.randn(shape, dtype=dtype)
    if "draw" in spec:
        return _structured(spec, shape, sizes, dtype)
    high = spec["high"]  # a role ("seq") bounds positions by that dimension
    return torch.randint(0, sizes[high] if isinstance(high, str) else high, shape, dtype=dtype)


def _structured(spec, shape, sizes, dtype):
    """Integer inputs whose values a model checks: cumulative sequence lengths (0 to the token
    count, equal segments), segment lengths and group ends that add up to the tokens, patch
    grids ((1, h, w) rows covering the tokens, or (h, w) times a patch size), fixed rows,
    boxes (x0 <= x1, y0 <= y1)."""
    if spec["draw"] == "boxes":
        corners = torch.randint(0, spec["high"], [*shape[:-1], 2, 2]).sort(dim=-2).values
        return corners.reshape(shape).to(dtype)
    if spec["draw"] == "rows":
        return torch.tensor([spec["row"]] * shape[0], dtype=dtype)
    total = sizes.get(spec["total"], spec["total"])
    if spec["draw"] == "cumulative":
        return (torch.arange(shape[0]) * total // (shape[0] - 1)).to(dtype)
    ends = torch.arange(1, shape[0] + 1) * total // shape[0]
    if spec["draw"] == "ends":
        return ends.to(dtype)
    if spec["draw"] == "segments":
        return torch.diff(ends, prepend=torch.zeros(1, dtype=ends.dtype)).to(dtype)
    per_image = total // shape[0]
    height = next(h for h in range(int(per_image**0.5), 0, -1) if per_image % h == 0)
    scale = spec.get("scale", 1)
    row = [1] * (shape[1] - 2) + [height * scale, per_image // height * scale]
    return torch.tensor([row] * shape[0], dtype=dtype)


def _input(spec, dims, case, produced=None):
    kind = spec["kind"]
    if kind == "produced":  # made by the call that makes it in production (PRODUCERS)
        return _produced(spec, dims, {} if produced is None else produced)
    if kind == "tensor":
        return _tensor(spec, dims)
    if kind == "tensors":
        return tuple(_tensor(tensor, dims) for tensor in spec["tensors"])
    if kind == "module":  # the attention module an attention function reads its flags from
        module = nn.Module()
        for name, value in spec["attributes"].items():
            setattr(module, name, value)
        for name, tensor in spec.get("weights", {}).items():
            setattr(module, name, nn.Parameter(_tensor(tensor, dims), requires_grad=False))
        return module
    if kind == "config":
        return _config(spec)
    if kind == "device":
        return torch.device("cpu")
    if kind == "dtype":
        return getattr(torch, case.get("param_dtype", "float32"))
    return spec.get("value")
'''


_PRODUCE = '''
def _produced(spec, dims, produced):
    """An input made by its producer, which runs once per get_inputs call."""
    if spec["producer"] not in produced:
        produced[spec["producer"]] = _produce(PRODUCERS[spec["producer"]], dims)
    outputs = [produced[spec["producer"]][i] for i in spec["outputs"]]
    return tuple(outputs) if spec.get("tuple") else outputs[0]


def _produce(producer, dims):
    """Run the call that makes an input in production on drawn inputs: its output leaves."""
    module_name, name = producer["qualname"].rsplit(".", 1)
    target = getattr(importlib.import_module(module_name), name)
    inputs = [_input(spec, dims, producer, {}) for spec in producer["inputs"]]
    if isinstance(target, type):
        target = target(*[_config(v) if isinstance(v, dict) else v for v in producer["init"].values()])
        target.eval()
        if "param_dtype" in producer:
            target.to(getattr(torch, producer["param_dtype"]))
    with torch.no_grad():
        outputs = target(*inputs)
    return _leaves(outputs)


def _leaves(value):
    if isinstance(value, (list, tuple)):
        return [leaf for item in value for leaf in _leaves(item)]
    return [value]
'''


_SERVING = '''
# Serving shapes of the default case, after the traced ones: decode steps (one new token for each
# of `batch` sequences) and a prefill chunk. Their bytes/flops were not traced (None).
SERVING = {serving}


def _serving_case(default, serving):
    """The default case at a serving shape: role-sized dimensions at its dims."""
    dims = serving["dims"]
    sizes = {{**dims, "batch*seq": dims["batch"] * dims["seq"]}}

    def resized(spec):  # a tensor of a "tensors" input has no "kind" of its own
        if spec.get("kind") == "tensors":
            return {{**spec, "tensors": [resized(t) for t in spec["tensors"]]}}
        if spec.get("kind", "tensor") != "tensor":
            return spec
        return {{**spec, "shape": [sizes.get(role, size) for size, role in zip(spec["shape"], spec["roles"])]}}

    kept = {{k: v for k, v in default.items() if k not in ("architectures", "qualname", "path")}}
    return {{**kept, "inputs": [resized(s) for s in default["inputs"]], "dims": dims, "bytes": None, "flops": None,
            "phase": serving["phase"]}}


CASES += [_serving_case(CASES[0], serving) for serving in SERVING]
'''


@dataclass
class TaskRecord:
    name: str
    level: int
    kernel: object  # analyzer.identity.kernels.Kernel
    interface: Interface
    cases: MappedCases
    children: list[str] = field(default_factory=list)
    transformers_version: str = ""
    state: list | None = None  # (name, shape) of Model's state dict for the default case (`state`)
    serving: list = field(default_factory=list)  # phase and dims of the serving cases (`serving_shapes`)

    @property
    def path(self) -> str:
        return f"L{self.level}/{self.name}.py"


def describe(task: TaskRecord) -> str:
    """One sentence: what the kernel computes."""
    kernel = task.kernel
    what = LABELS.get(kernel.label, kernel.label)
    text = f"{what[0].upper()}{what[1:]}, a {_LEVEL_NOUN[task.level]}: `{task.interface.name}` as transformers runs it"
    if task.children:
        text += f", built from {', '.join(task.children[:6])}{' …' if len(task.children) > 6 else ''}"
    ops = sorted({key.split(".")[0] for case in kernel.cases[:1] for key in case.get("params", {})})
    if ops:
        text += f" (hyper-parameters of {', '.join(ops)} vary per case)"
    return text + "."


def _hint(task: TaskRecord) -> str:
    return f"write the kernel: {LABELS.get(task.kernel.label, task.kernel.label)} ({task.interface.name})"


def _stub(task: TaskRecord) -> str:
    """`ModelNew`: the upstream headers (rendered from their libcst nodes), bodies that raise."""
    interface = task.interface
    hint = _hint(task).replace('"', "'")
    lines = ["class ModelNew(nn.Module):", f'    """{describe(task)}', "", "    Candidate stub: same constructor and forward signature as Model.",
             *docstring_lines(task.state), '    """', ""]
    if interface.init is not None:
        lines.append(interface.init.header())
    else:
        lines.append("    def __init__(self) -> None:")
    lines += ["        super().__init__()", f'        raise NotImplementedError("{hint}")', ""]
    lines.append(interface.forward.header())
    lines.append(f'        raise NotImplementedError("{hint}")')
    text = "\n".join(lines) + "\n"
    ast.parse(text)  # a header that does not parse fails here, not in a user's hands
    return text


def _function_model(interface: Interface) -> str:
    call = ", ".join(interface.forward.call)
    return (
        "class Model(nn.Module):\n"
        f'    """`{interface.name}` from transformers, unchanged, as a module: forward calls it with the same arguments."""\n\n'
        # A constructor of its own, so that the stub's `__init__(self)` is exactly Model's
        "    def __init__(self) -> None:\n"
        "        super().__init__()\n"
        "        self.eval()  # as every task's Model: built ready for inference\n\n"
        f"{interface.forward.header()}\n"
        f"        return {interface.name}({call})\n"
    )


def _class_model(interface: Interface) -> str:
    """The upstream class with its constructor's signature, built ready for inference: a harness
    that constructs `Model(*get_init_inputs())` and never calls eval() runs what production
    runs (no dropout, running statistics used, no training-only checks). A keyword-only
    argument goes on to the upstream constructor only when it differs from its default, so
    that the task also builds with a torch or transformers release that predates the keyword
    (torch 2.13's `BatchNorm(..., bias=True)`)."""
    init = interface.init
    call = ", ".join(c for c in init.call if c.split("=")[0] not in init.keyword_defaults)
    given = [f'**({{"{name}": {name}}} if {name} {"is not" if default in ("None", "True", "False") else "!="} '
             f'{default} else {{}})' for name, default in init.keyword_defaults.items()]
    super_call = f"        super().__init__({call})\n" if not given else (
        "        # keyword-only arguments at their defaults are left out: older releases lack some\n"
        f"        super().__init__({call}{', ' if call else ''}{', '.join(given)})\n")
    return (
        f"class Model({interface.name}):\n"
        f'    """`{interface.name}` from transformers, unchanged, built in eval mode (as production runs it)."""\n\n'
        f"{init.header()}\n"
        f"{super_call}"
        "        self.eval()  # not chained: a production module may override train() to return None\n"
    )


# json.dumps of a string, without its per-call setup: case lists hold hundreds of thousands.
_quote = json.encoder.encode_basestring_ascii


def _py(value) -> str:
    """A Python literal on one line, double-quoted like the rest of the file."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_quote(str(k))}: {_py(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_py(v) for v in value) + "]"
    if isinstance(value, str):
        return _quote(value)
    if isinstance(value, float) and value != value:
        return 'float("nan")'
    if isinstance(value, float) and value in (float("inf"), float("-inf")):
        return f'float("{value}")'
    return repr(value)


def config_imports(classes: dict[str, str]) -> list[str]:
    """The import line of each config class a task's cases build (name -> module)."""
    return [f"from {module} import {name}" for name, module in classes.items()]


def config_map(names) -> str:
    """The ``_CONFIGS`` literal: each config class by its name, as ``_config`` looks it up."""
    return "{" + ", ".join(f'"{name}": {name}' for name in names) + "}"


def literal(value) -> str:
    """A dict on one line; a list of records one record per block, inputs one per line."""
    if isinstance(value, dict):
        return _py(value)
    if not value:
        return "[]"
    blocks = []
    for record in value:
        keys = []
        for key, item in record.items():
            if key == "inputs" and item:
                inner = ",\n".join(f"        {_py(spec)}" for spec in item)
                keys.append(f'     "inputs": [\n{inner}]')
            else:
                keys.append(f"     {json.dumps(key)}: {_py(item)}")
        blocks.append("    {" + ",\n".join(keys)[5:] + "}")
    return "[\n" + ",\n".join(blocks) + ",\n]"


def render(task: TaskRecord) -> str:
    kernel, interface = task.kernel, task.interface
    qualnames = ", ".join(kernel.qualnames)
    header = (
        f'"""{describe(task)}\n\n'
        f"kernel:        {kernel.id}\n"
        f"level:         {task.level}\n"
        f"label:         {kernel.label}\n"
        f"qualnames:     {qualnames}\n"
        f"transformers:  {task.transformers_version}\n"
        f"architectures: {', '.join(kernel.architectures)}\n"
        f"cases:         {len(task.cases.cases)} real cases, default first (the most common that fits in 8 GB); "
        f"{len(task.cases.unmapped)} unmapped\n"
        '"""\n'
    )
    signatures = [s for s in (interface.init, interface.forward) if s is not None]
    taken = _TAKEN | {interface.name}
    lines = ["import torch", "from torch import nn"]
    future = any(s.future_annotations for s in signatures)
    extra = [line for line in imports(signatures, taken) if line not in ("import torch", "from torch import nn")]
    configs = config_imports(task.cases.config_classes)
    model_import = [f"from {interface.module} import {interface.name}"]
    if task.cases.producers:
        extra.append("import importlib")
    lines += sorted(set(extra + configs + model_import) - set(lines))
    future_line = "from __future__ import annotations\n\n" if future else ""
    parts = [header + "\n" + future_line + "\n".join(lines) + "\n"]
    parts.append(_function_model(interface) if interface.kind == "function" else _class_model(interface))
    parts.append(_stub(task))
    kernel_record = {
        "id": kernel.id, "name": task.name, "level": task.level, "label": kernel.label,
        "qualname": interface.qualname, "transformers_version": task.transformers_version,
    }
    parts.append(f"KERNEL = {literal(kernel_record)}\n")
    parts.append(
        "# Every real case seen across the architectures that share the kernel, most common first (the\n"
        "# default, case 0, is the most common that fits in 8 GB). Roles per dimension: \"batch\" and \"seq\"\n"
        "# vary at run time (traced at batch 2, seq 509: pass dims={\"seq\": 2048} for a production length),\n"
        "# \"fixed\" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the\n"
        "# end, appends serving shapes of the default case (decode, prefill) with a \"phase\".\n"
        f"CASES = {literal(task.cases.cases)}\n"
    )
    parts.append(
        "# Cases of this kernel whose arguments the interface above cannot take positionally.\n"
        f"UNMAPPED = {literal(task.cases.unmapped)}\n"
    )
    if task.cases.producers:
        parts.append(
            "# Calls that make an input in production (a rotary table, a mask, a router's choice), run by\n"
            "# get_inputs on drawn inputs of their own: an input {\"kind\": \"produced\"} takes their outputs.\n"
            f"PRODUCERS = {literal(task.cases.producers)}\n"
        )
    parts.append(f"_CONFIGS = {config_map(task.cases.config_classes)}\n")
    parts.append(_BUILDERS)
    if task.cases.producers:
        parts.append(_PRODUCE)
    if task.serving:
        parts.append(_SERVING.format(serving=literal(task.serving)))
    return "\n\n".join(part.strip("\n") + "\n" for part in parts)
