"""The trace record: what one forward of one architecture computed, as plain JSON.

A record is self-contained and versioned (``SCHEMA``). Tensors are numbered in the order
they are first seen; every aten op refers to its inputs and outputs by those numbers, so the
data flow of any call-tree node can be rebuilt as a graph (``analyzer.graph``) without the
model. A node keeps only the ops it ran itself; its children keep theirs.

Layout::

    {"schema", "arch", "status", "failure", "strategy", "path", "path_fallback", "dtype", "attn_implementation",
     "inputs", "dims", "coverage", "seconds", "versions", "model_class",
     "tensors": [[shape, dtype, origin], ...],          # origin: "" or "param:<name>" / "input:<name>"
     "ops": [[op, [in tensor ids], [out tensor ids], {arg name: scalar}], ...],
     "modules": {path: {"qualname", "init", "config_fields"}},
     "root": {"kind", "qualname", "path", "ops", "args", "outputs", "children"}}

``path`` says which recorder produced every node's ops: ``"dispatch"`` (a dispatch mode and
module hooks while the model runs, ``analyzer.trace``) or ``"export"`` (the fx graph of
``torch.export``, ``analyzer.export_trace``); both write ops in the same form, so a kernel id
does not depend on it. ``path_fallback`` holds why export failed where the sweep asked for
export first and took the dispatch path instead. Records older than these fields load with
their defaults.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Iterator

SCHEMA = 1

STATUSES = ("traced", "partial", "failed")

# Why an architecture did not trace, so a sweep's failures can be counted and attacked.
FAILURE_CATEGORIES = (
    "optional-package",  # the model needs a package that is not installed
    "config-invalid",  # the default config fails its own validation or cannot build the model
    "input-synthesis",  # the forward rejected the synthesized inputs
    "fake-unsupported",  # an op has no fake/meta kernel or is data-dependent under fake tensors
    "timeout",
    "memory",
    "crash",  # the worker died without a record
    "partial",  # the forward ran but a tower or too many parameterized modules did not
    "other",
)


@dataclasses.dataclass
class CallNode:
    """One call of a module or of an upstream function, with what it ran itself."""

    kind: str  # "module" | "function"
    qualname: str  # upstream qualname: transformers.models.llama.modeling_llama.LlamaRMSNorm
    path: str  # module path in the model ("layers.0.input_layernorm"); a function gets its caller's
    ops: list[int] = dataclasses.field(default_factory=list)
    args: list[dict] = dataclasses.field(default_factory=list)
    outputs: list[int] = dataclasses.field(default_factory=list)
    children: list["CallNode"] = dataclasses.field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "kind": self.kind,
            "qualname": self.qualname,
            "path": self.path,
            "ops": self.ops,
            "args": self.args,
            "outputs": self.outputs,
            "children": [child.to_json() for child in self.children],
        }

    @classmethod
    def from_json(cls, data: dict) -> "CallNode":
        return cls(
            kind=data["kind"],
            qualname=data["qualname"],
            path=data["path"],
            ops=data["ops"],
            args=data["args"],
            outputs=data["outputs"],
            children=[cls.from_json(child) for child in data["children"]],
        )

    def walk(self) -> Iterator["CallNode"]:
        """This node and every descendant, depth first, in call order."""
        yield self
        for child in self.children:
            yield from child.walk()

    def subtree_ops(self) -> list[int]:
        """Every op run under this node, in execution order."""
        return sorted(op for node in self.walk() for op in node.ops)

    @property
    def name(self) -> str:
        return self.qualname.rsplit(".", 1)[-1]


@dataclasses.dataclass
class Trace:
    """A whole record; ``root`` is None when the architecture failed before running."""

    arch: str
    status: str
    strategy: str = ""
    path: str = ""
    path_fallback: str = ""
    failure: dict | None = None
    model_class: str = ""
    dtype: str = "bfloat16"
    attn_implementation: str = "sdpa"
    inputs: dict = dataclasses.field(default_factory=dict)
    dims: dict = dataclasses.field(default_factory=dict)
    coverage: dict = dataclasses.field(default_factory=dict)
    seconds: float = 0.0
    versions: dict = dataclasses.field(default_factory=dict)
    tensors: list = dataclasses.field(default_factory=list)
    ops: list = dataclasses.field(default_factory=list)
    modules: dict = dataclasses.field(default_factory=dict)
    root: CallNode | None = None
    attempts: list = dataclasses.field(default_factory=list)
    config_repairs: list = dataclasses.field(default_factory=list)  # fields set because the default config could not build
    log: str = ""  # what the trace printed (PyTorch's log of a strategy that failed, warnings): its last part

    def to_json(self) -> dict[str, Any]:
        """The record as JSON values. The fields already hold plain JSON values (only
        ``root`` is a dataclass), so they are taken as they are: ``dataclasses.asdict``
        would deep-copy every op and tensor, and the whole call tree before replacing it."""
        data = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        data["root"] = self.root.to_json() if self.root else None
        data["schema"] = SCHEMA
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Trace":
        if data.get("schema") != SCHEMA:
            raise ValueError(f"trace schema {data.get('schema')} is not {SCHEMA}")
        fields = {f.name for f in dataclasses.fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in fields}
        kwargs["root"] = CallNode.from_json(data["root"]) if data.get("root") else None
        return cls(**kwargs)

    @property
    def ok(self) -> bool:
        return self.status == "traced"

    def failed(self, category: str, message: str) -> "Trace":
        self.status = "failed"
        self.failure = {"category": category, "message": message}
        return self
