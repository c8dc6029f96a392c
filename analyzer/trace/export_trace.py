"""The export path: an exported forward written as the dispatch path's record.

The graph comes from ``analyzer.export_graph`` (the ops eager dispatches); this module turns
it into the same tensors, ops and call tree the dispatch recorder writes, so normalization
and identity consume either record unchanged. Modules come from ``nn_module_stack`` (a
repeated call of one module has a key of its own); upstream functions from their frames in
the stack traces, kept there by registering every function the dispatch path wraps as a
stack-trace anchor (export otherwise keeps only ``forward`` frames), a call told apart by
its call sites. A node's outputs are the tensors it made that are read after it, which is
what a call returns wherever the return value is used.

Where the two paths still see different things, export's view is the one kept:

* ops whose results nothing reads are gone from the graph (a mask builder's unused
  ``arange``), so the node that ran them gets another id;
* calls of one function from one line in a loop are one node here;
* the kinds of an inner call's forward arguments are not known (the root's are), and
  modules that ran no op are not in the tree;
* ``tensor[index] = value`` keeps its data flow here, where the dispatch recorder sees the
  written tensor as a new one (MoE blocks that invert a permutation this way).

The trace's ``path`` says which path made it.
"""

from __future__ import annotations

import inspect
import operator
import re
import sys
from typing import Any

import torch
import torch.fx
from torch.utils._pytree import tree_flatten

from fastkernels.analyzer.trace.export_graph import export_program
from fastkernels.analyzer.trace.record import CallNode, Trace
from fastkernels.analyzer.trace.trace import (
    SKIPPED_OPS,
    class_qualname,
    describe_value,
    fill_trace,
    function_qualname,
    is_upstream_function,
    json_scalar,
    named_scalars,
    op_name,
    tracked_module_names,
)

# Checks export inserts for what it assumed (a cast's input metadata, a size's range): not
# computations, and absent from an eager run.
_EXPORT_CHECKS = frozenset({
    "aten._assert_tensor_metadata.default", "aten._assert_scalar.default", "aten._assert_async.msg",
    "aten.sym_constrain_range_for_size.default", "aten.sym_constrain_range.default",
})
_FRAME = re.compile(r'File "(?P<file>[^"]+)", line (?P<line>\d+), in (?P<name>\S+)')


def _anchor_upstream_functions() -> dict[tuple[str, str], str]:
    """Keep upstream functions' frames in export's stack traces; (file, name) -> qualname.

    The functions are those the dispatch path wraps, less those transformers also installs
    as a class attribute (an experts class's ``_apply_gate``): a call through the class
    reaches neither the dispatch path's wrappers nor, here, a node of its own.
    """
    from torch.fx.proxy import _register_stack_trace_anchor

    namespaces = [vars(sys.modules[name]) for name in tracked_module_names()]
    methods = {
        id(value)
        for namespace in namespaces
        for cls in list(namespace.values()) if isinstance(cls, type)
        for value in list(vars(cls).values())
    }
    anchors = {}
    for namespace in namespaces:
        for value in list(namespace.values()):
            if is_upstream_function(value) and id(value) not in methods:
                function = inspect.unwrap(value)
                _register_stack_trace_anchor(function)
                anchors[(function.__code__.co_filename, function.__code__.co_name)] = function_qualname(function)
    return anchors


def _call_chain(node: torch.fx.Node, anchors: dict) -> list[tuple[Any, str, str]]:
    """The calls an op ran under, outermost first: (key, kind, module path or qualname).

    Module forward frames and upstream-function frames interleave in the stack trace as
    the calls nest: the first ``forward`` frame is the root's, the next ones are the modules
    of ``nn_module_stack`` in order. A function call is keyed by its call sites, so two
    calls from different lines are two nodes. Where the counts disagree (a forward frame
    missing from the trace), the modules come from the stack and only the functions below
    the innermost module are kept.
    """
    modules = [(key, path) for key, (path, _) in (node.meta.get("nn_module_stack") or {}).items() if path]
    frames = [match.groupdict() for match in _FRAME.finditer(node.meta.get("stack_trace") or "")]
    forwards = [position for position, frame in enumerate(frames) if frame["name"] == "forward"]
    if len(forwards) == len(modules) + 1:
        chain, pending = [], iter([None, *modules])
    else:
        chain, pending = [(key, "module", path) for key, path in modules], iter(())
        frames = frames[forwards[-1]:] if forwards else frames
    call_site: tuple = ()
    for position, frame in enumerate(frames):
        if frame["name"] == "forward":
            module = next(pending, None)
            if module is not None:
                chain.append((module[0], "module", module[1]))
            continue
        qualname = anchors.get((frame["file"], frame["name"]))
        if qualname is not None:
            caller = frames[position - 1] if position else frame
            call_site = (*call_site, caller["file"], caller["line"], qualname)
            chain.append((call_site, "function", qualname))
    return chain


class ExportedForward:
    """One exported forward as the dispatch recorder's tensors, ops and call tree."""

    def __init__(self, model: torch.nn.Module, inputs: dict) -> None:
        anchors = _anchor_upstream_functions()
        self.model = model
        self.program = export_program(model, inputs)
        self.tensors: list[list] = []
        self.ops: list[list] = []
        self.executed_paths: set[str] = set()
        self._ids: dict[torch.fx.Node, int] = {}
        self._items: dict[tuple[torch.fx.Node, int], int] = {}
        self._parameters: dict[str, str] = {}
        signature = self.program.graph_signature
        for table in (signature.inputs_to_parameters, signature.inputs_to_buffers):
            self._parameters.update(table)
        self.root = CallNode(kind="module", qualname=class_qualname(type(model)), path="")
        self._record(anchors)
        self.root.args = self._describe_inputs(inputs)

    # -- tensors -------------------------------------------------------------------------
    def _new_tensor(self, value: torch.Tensor, origin: str) -> int:
        self.tensors.append([[json_scalar(s) for s in value.shape], str(value.dtype).removeprefix("torch."), origin])
        return len(self.tensors) - 1

    def tensor_id(self, node: torch.fx.Node) -> int:
        """A node's tensor; one first read here gets its number now, as dispatch numbers it."""
        if node.target is operator.getitem and (node.args[0], node.args[1]) in self._items:
            return self._items[(node.args[0], node.args[1])]
        if node not in self._ids:
            origin = f"param:{self._parameters[node.name]}" if node.name in self._parameters else ""
            self._ids[node] = self._new_tensor(node.meta["val"], origin)
        return self._ids[node]

    def _outputs(self, node: torch.fx.Node) -> list[int]:
        value = node.meta.get("val")
        if isinstance(value, torch.Tensor):
            return [self.tensor_id(node)]
        outputs = []
        for index, item in enumerate(value if isinstance(value, (list, tuple)) else ()):
            for tensor in (t for t in tree_flatten(item)[0] if isinstance(t, torch.Tensor)):
                outputs.append(self._new_tensor(tensor, ""))
                self._items.setdefault((node, index), outputs[-1])
        return outputs

    # -- ops and calls -------------------------------------------------------------------
    def _record(self, anchors: dict) -> None:
        graph = self.program.graph
        for node in graph.nodes:
            if node.op == "placeholder" and node.name in self._parameters:
                self.tensor_id(node)
        open_calls: list[tuple[Any, CallNode]] = []
        for node in graph.nodes:
            if node.op != "call_function" or not isinstance(node.target, torch._ops.OpOverload):
                continue
            name = op_name(node.target)
            if name in SKIPPED_OPS or name in _EXPORT_CHECKS:
                continue
            chain = _call_chain(node, anchors)
            common = 0
            while common < min(len(chain), len(open_calls)) and open_calls[common][0] == chain[common][0]:
                common += 1
            del open_calls[common:]
            for key, kind, label in chain[common:]:
                parent = open_calls[-1][1] if open_calls else self.root
                if kind == "module":
                    call = CallNode(kind="module", qualname=class_qualname(type(self.model.get_submodule(label))), path=label)
                    self.executed_paths.add(label)
                else:
                    call = CallNode(kind="function", qualname=label, path=parent.path)
                parent.children.append(call)
                open_calls.append((key, call))
            flat_in, _ = tree_flatten((node.args, node.kwargs))
            inputs = [self.tensor_id(a) for a in flat_in if isinstance(a, torch.fx.Node)]
            args, kwargs = torch.fx.node.map_arg((node.args, node.kwargs), lambda a: a.meta.get("val"))
            outputs = self._outputs(node)
            (open_calls[-1][1] if open_calls else self.root).ops.append(len(self.ops))
            self.ops.append([name, inputs, outputs, named_scalars(node.target, args, kwargs)])
        output = next(node for node in graph.nodes if node.op == "output")
        self.root.outputs = [self.tensor_id(n) for n in tree_flatten(output.args)[0] if isinstance(n, torch.fx.Node)]
        _set_outputs(self.root, self.ops)

    def used_tensor_objects(self) -> set[int]:
        """``id()`` of every parameter and buffer some op read, for parameter-use coverage."""
        read = {tid for op in self.ops for tid in op[1]}
        used = set()
        for node, tid in self._ids.items():
            if tid in read and node.name in self._parameters:
                target = self._parameters[node.name]
                owner, _, attr = target.rpartition(".")
                used.add(id(getattr(self.model.get_submodule(owner), attr)))
        return used

    def _describe_inputs(self, inputs: dict) -> list[dict]:
        """The root's arguments, each input tensor numbered as its placeholder."""
        placeholders = {node.name: node for node in self.program.graph.nodes if node.op == "placeholder"}
        by_object = {
            id(value): self.tensor_id(placeholders[name])
            for value, name in zip(tree_flatten(((), inputs))[0], self.program.graph_signature.user_inputs)
            if isinstance(value, torch.Tensor)
        }
        return [dict(name=key, **describe_value(value, lambda t: by_object[id(t)])) for key, value in inputs.items()]

    def finish(self, trace: Trace) -> Trace:
        """Fill ``trace`` with what was exported."""
        return fill_trace(trace, self.root, self.tensors, self.ops, "export")


def _set_outputs(root: CallNode, ops: list[list]) -> None:
    """Each call's outputs: tensors made in its subtree that an op outside it, or the
    model's output, reads."""
    readers: dict[int, list[int]] = {tensor: [-1] for tensor in root.outputs}
    for index, op in enumerate(ops):
        for tensor in op[1]:
            readers.setdefault(tensor, []).append(index)
    for call in root.walk():
        if call is root:
            continue
        inside = set(call.subtree_ops())
        made = [t for i in sorted(inside) for t in ops[i][2]]
        call.outputs = [t for t in dict.fromkeys(made) if any(r not in inside for r in readers.get(t, ()))]

