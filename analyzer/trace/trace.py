"""Record one forward as a call tree of modules and upstream functions with their aten ops.

Three hooks work together while the model runs once:

* a ``TorchDispatchMode`` sees every aten op after autograd, with its real argument
  shapes and dtypes (fake tensors at full size, or real ones), and numbers each tensor the
  first time it is seen, so the data flow between ops can be rebuilt;
* forward pre/post hooks on every ``nn.Module`` open and close a call-tree node;
* recording wrappers, swapped in for upstream module-level functions, open and close a
  node for every call of a function that computes (attention functions, ``apply_rotary_pos_emb``, activations, mask
  builders), which hooks cannot see.

This is the dispatch path of the analyzer, and the one the sweep takes by default: besides
the ops it records what ``torch.export`` cannot (upstream functions called in a loop, the
kinds of every call's arguments, modules that ran no op). The export path
(``analyzer.trace.export_trace``) writes the same record from an exported fx graph;
``analyzer.trace.forward`` takes either, and the trace's ``path`` says which one made it.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import sys
import types
import weakref
from typing import Any

import torch
from torch.utils._python_dispatch import TorchDispatchMode
from torch.utils._pytree import tree_flatten

from fastkernels.analyzer.trace.record import CallNode, Trace

# transformers modules whose module-level functions are kernels or build their inputs.
_SHARED_FUNCTION_MODULES = (
    "transformers.integrations.sdpa_attention",
    "transformers.integrations.flex_attention",
    "transformers.integrations.flash_attention",
    "transformers.integrations.moe",
    "transformers.masking_utils",
    "transformers.modeling_rope_utils",
    "transformers.activations",
    "transformers.pytorch_utils",
    "transformers.modeling_flash_attention_utils",
)


class StrategyTimeout(BaseException):
    """A strategy ran past its budget (of CPU time, or of ops); a ``BaseException`` so that no
    ``except Exception`` in model code swallows it."""


_op_budget: int | None = None  # set by ``op_budget``; read by every Recorder it covers
# A layer average overestimates forwards that loop over a few shared layers (HRM's projection
# peaks at 128K, 12 times its 10,615 ops). A quarter above the budget still stops Mamba's 32
# scans (230K ops) in its first layer and leaves every forward that finishes in the registry
# at least 1.46 times below the point of stopping (HRM's peak is the closest).
_PROJECTION_MARGIN = 1.25
_PROJECTION_EVERY = 1024  # ops between two projections: a check costs a walk of the open layers


@contextlib.contextmanager
def op_budget(ops: int | None):
    """Stop each forward recorded inside after ``ops`` aten ops (None: no limit), with
    ``StrategyTimeout``: a budget that, unlike one of seconds, stops the same forward at the same
    op on every machine, so that which strategy records an architecture does not depend on the
    machine's speed or load. Only the dispatch path's ``Recorder`` counts; ``torch.export``
    traces a forward whole before its ops are read, so the export path runs unbudgeted.

    A forward also stops as soon as its layers show it would run past ``_PROJECTION_MARGIN``
    times the budget (``Recorder._check_projection``): a per-token scan repeats thousands of
    ops in every layer, so the first layer tells, and the forward need not run up to the
    budget to fail there."""
    global _op_budget
    previous, _op_budget = _op_budget, ops
    try:
        yield
    finally:
        _op_budget = previous


# Ops that only name a tensor's metadata; recorded so the data flow stays connected (the
# export path skips the same, so both paths write the same ops).
SKIPPED_OPS = {"aten.detach.default", "prim.device.default", "aten._local_scalar_dense.default"}


def _is_upstream_modeling_module(name: str) -> bool:
    return name.startswith("transformers.models.") and ".modeling_" in name


def tracked_module_names() -> list[str]:
    """The loaded modules whose functions a trace records as calls (upstream modeling modules
    and the shared helpers): the dispatch path wraps their functions, the export path anchors
    its stack traces on the same ones."""
    return sorted(
        name for name, module in list(sys.modules.items())
        if module is not None and (name in _SHARED_FUNCTION_MODULES or _is_upstream_modeling_module(name))
    )


def is_upstream_function(value: Any) -> bool:
    """Whether a value is a module-level upstream function that a trace records as a call (on
    either path; the recorder's own wrappers are not)."""
    if getattr(value, "__fastkernels_recording__", False):
        return False
    function = inspect.unwrap(value) if callable(value) else None
    return (
        isinstance(function, types.FunctionType)
        and (function.__module__ in _SHARED_FUNCTION_MODULES or _is_upstream_modeling_module(function.__module__ or ""))
        and "." not in function.__qualname__
    )


def function_qualname(value: Any) -> str:
    """An upstream function's recorded name, through its wrappers; the same on both paths."""
    function = inspect.unwrap(value)
    return f"{function.__module__}.{function.__qualname__}"


def describe_value(value: Any, tensor_id) -> dict:
    """The kind of one forward argument: tensor, tuple of tensors, cache, None, flag … (what
    both paths record of a call's arguments, and the build record of a constructor's)."""
    if isinstance(value, torch.Tensor):
        return {"kind": "tensor", "tensor": tensor_id(value)}
    if value is None:
        return {"kind": "none"}
    if isinstance(value, bool):
        return {"kind": "flag", "value": value}
    if isinstance(value, (int, float)):
        return {"kind": type(value).__name__, "value": value}
    if isinstance(value, str):
        return {"kind": "str", "value": value}
    if isinstance(value, (tuple, list)) and value and all(isinstance(v, torch.Tensor) for v in value):
        return {"kind": "tensors", "tensors": [tensor_id(v) for v in value]}
    if isinstance(value, (tuple, list)):
        return {"kind": type(value).__name__, "items": [describe_value(v, tensor_id)["kind"] for v in value]}
    type_name = type(value).__name__
    if "Cache" in type_name:
        return {"kind": "cache", "type": type_name}
    if "Config" in type_name:
        return {"kind": "config", "type": type_name}
    if callable(value):
        return {"kind": "callable", "type": getattr(value, "__qualname__", type_name)}
    return {"kind": "object", "type": type_name}


def json_scalar(value: Any) -> Any:
    """A JSON form of a non-tensor op argument or a shape's size, on either path."""
    if isinstance(value, (bool, int, float, str)) or value is None:
        if isinstance(value, float) and value != value:
            return "nan"
        if isinstance(value, float) and value in (float("inf"), float("-inf")):
            return str(value)
        return value
    if isinstance(value, (torch.dtype, torch.device, torch.layout, torch.memory_format)):
        return str(value)
    if isinstance(value, (list, tuple)):
        return [json_scalar(v) for v in value]
    if isinstance(value, torch.SymInt):
        return int(value) if value.node.has_hint() else str(value)
    return type(value).__name__


class Recorder(TorchDispatchMode):
    """Collects tensors, ops and call-tree nodes while a model runs once."""

    def __init__(self, model: torch.nn.Module) -> None:
        super().__init__()
        self.model = model
        self.tensors: list[list] = []
        self.ops: list[list] = []
        self._ids: dict[int, int] = {}  # id() of each live tensor seen -> its number
        self._object_ids: list[int] = []  # id() each number had when it was seen
        self.root = CallNode(kind="module", qualname=class_qualname(type(model)), path="")
        self._stack: list[CallNode] = [self.root]
        self.executed_paths: set[str] = set()
        self._budget = _op_budget
        # Each layer of a ModuleList -> (the list, its index, the list's length), and each
        # list -> the op count when its first layer started: what a projection reads.
        self._layers = {
            id(layer): (id(layers), index, len(layers))
            for layers in model.modules() if isinstance(layers, torch.nn.ModuleList)
            for index, layer in enumerate(layers)
        }
        self._first_layer_start: dict[int, int] = {}
        self._open_layers: list[tuple[int, int, int]] = []
        for name, tensor in list(model.named_parameters()) + list(model.named_buffers()):
            self.tensor_id(tensor, origin=f"param:{name}")

    # -- tensors -------------------------------------------------------------------------
    def tensor_id(self, tensor: torch.Tensor, origin: str = "") -> int:
        """The tensor's number in the record. A tensor is not kept alive for it: when it is
        freed its ``id()`` is forgotten, so a new tensor at the same address gets a number of
        its own, and a real-tensor forward holds no more memory than it would unrecorded
        (VITS' vocoder kept alive passed 6 GiB)."""
        key = id(tensor)
        if key not in self._ids:
            self._ids[key] = len(self.tensors)
            self._object_ids.append(key)
            weakref.finalize(tensor, self._ids.pop, key, None)
            shape = [json_scalar(s) for s in tensor.shape]
            self.tensors.append([shape, str(tensor.dtype).removeprefix("torch."), origin])
        return self._ids[key]

    # -- aten ops ------------------------------------------------------------------------
    def __torch_dispatch__(self, func, types_, args=(), kwargs=None):
        kwargs = kwargs or {}
        out = func(*args, **kwargs)
        name = op_name(func)
        if name in SKIPPED_OPS:
            return out
        flat_in, _ = tree_flatten((args, kwargs))
        inputs = [self.tensor_id(a) for a in flat_in if isinstance(a, torch.Tensor)]
        scalars = named_scalars(func, args, kwargs)
        flat_out, _ = tree_flatten(out)
        outputs = [self.tensor_id(o) for o in flat_out if isinstance(o, torch.Tensor)]
        self._stack[-1].ops.append(len(self.ops))
        self.ops.append([name, inputs, outputs, scalars])
        if self._budget is not None and len(self.ops) >= self._budget:
            raise StrategyTimeout(f"strategy stopped after {self._budget} aten ops (its op budget)")
        if self._budget is not None and len(self.ops) % _PROJECTION_EVERY == 0:
            self._check_projection()
        return out

    # -- modules -------------------------------------------------------------------------
    def _pre_hook(self, path: str):
        def hook(module, args, kwargs):
            node = CallNode(kind="module", qualname=class_qualname(type(module)), path=path)
            node.args = self._describe_call(module.forward, args, kwargs)
            self._stack[-1].children.append(node)
            self._stack.append(node)
            self.executed_paths.add(path)
            layer = self._layers.get(id(module))
            if layer:
                if layer[1] == 0:
                    self._first_layer_start.setdefault(layer[0], len(self.ops))
                self._open_layers.append(layer)

        return hook

    def _post_hook(self, module, args, kwargs, output):
        node = self._stack.pop()
        flat_out, _ = tree_flatten(output)
        node.outputs = [self.tensor_id(o) for o in flat_out if isinstance(o, torch.Tensor)]
        if id(module) in self._layers:
            self._open_layers.pop()

    def _check_projection(self) -> None:
        """For each layer running, in a list of ``n``: the ops so far plus the average of the
        list's layers so far (the running one counted whole, so the estimate only grows to
        what the layer's end gives) times the layers left. Stop if one passes the margin."""
        done = len(self.ops)
        for layers, index, count in self._open_layers:
            if layers not in self._first_layer_start:
                continue
            per_layer = (done - self._first_layer_start[layers]) / (index + 1)
            projected = done + per_layer * (count - index - 1)
            if projected > _PROJECTION_MARGIN * self._budget:
                raise StrategyTimeout(
                    f"strategy stopped after {done} aten ops: {index + 1} of {count} layers project "
                    f"{projected:,.0f}, past its op budget of {self._budget}"
                )

    def _describe_call(self, function, args, kwargs) -> list[dict]:
        try:
            bound = inspect.signature(function).bind_partial(*args, **kwargs)
            items = list(bound.arguments.items())
        except (TypeError, ValueError):
            items = [(f"arg{i}", a) for i, a in enumerate(args)] + list(kwargs.items())
        described = []
        for arg_name, value in items:
            if isinstance(value, dict) and arg_name in ("kwargs", "flash_attn_kwargs"):
                described += [dict(name=k, **describe_value(v, self.tensor_id)) for k, v in value.items()]
            elif isinstance(value, tuple) and arg_name == "args":
                described += [dict(name=f"args[{i}]", **describe_value(v, self.tensor_id)) for i, v in enumerate(value)]
            else:
                described.append(dict(name=arg_name, **describe_value(value, self.tensor_id)))
        return described

    # -- upstream functions --------------------------------------------------------------
    def _wrap(self, function):
        """``function`` opening a call-tree node around each call."""
        qualname = function_qualname(function)
        recorder = self

        @functools.wraps(function)
        def traced(*args, **kwargs):
            node = CallNode(kind="function", qualname=qualname, path=recorder._stack[-1].path)
            node.args = recorder._describe_call(function, args, kwargs)
            recorder._stack[-1].children.append(node)
            recorder._stack.append(node)
            try:
                output = function(*args, **kwargs)
            finally:
                while recorder._stack[-1] is not node:
                    recorder._stack.pop()
                recorder._stack.pop()
            flat_out, _ = tree_flatten(output)
            node.outputs = [recorder.tensor_id(o) for o in flat_out if isinstance(o, torch.Tensor)]
            return output

        traced.__fastkernels_recording__ = True
        return traced

    @contextlib.contextmanager
    def _upstream_functions_wrapped(self):
        """Every module-level upstream function, and every attention/mask/experts function
        registered in transformers' interfaces, replaced by a recording wrapper.

        Calls resolve through module globals and these registries, so patching them sees
        every call; a profile hook would see them too but costs a Python callback on every
        call made inside fake-tensor dispatch, several times the forward itself.
        """
        from transformers.utils.generic import GeneralInterface

        wrappers: dict[int, Any] = {}
        restore: list[tuple[Any, str, Any]] = []

        def wrapper_for(value):
            if id(value) not in wrappers:
                wrappers[id(value)] = self._wrap(value)
            return wrappers[id(value)]

        for module_name in tracked_module_names():
            namespace = vars(sys.modules[module_name])
            for attr, value in list(namespace.items()):
                if is_upstream_function(value):
                    restore.append((namespace, attr, value))
                    namespace[attr] = wrapper_for(value)
                elif isinstance(value, GeneralInterface):
                    for mapping in (type(value)._global_mapping, value._local_mapping):
                        for key, function in list(mapping.items()):
                            if is_upstream_function(function):
                                restore.append((mapping, key, function))
                                mapping[key] = wrapper_for(function)
        try:
            yield
        finally:
            for container, key, original in reversed(restore):
                container[key] = original

    @contextlib.contextmanager
    def recording(self):
        """Hooks on, functions wrapped, the dispatch mode pushed; all undone on exit."""
        handles = []
        for path, module in self.model.named_modules():
            if module is self.model:
                continue
            handles.append(module.register_forward_pre_hook(self._pre_hook(path), with_kwargs=True))
            handles.append(module.register_forward_hook(self._post_hook, with_kwargs=True, always_call=True))
        try:
            with self._upstream_functions_wrapped(), self:
                yield self
        finally:
            for handle in handles:
                handle.remove()

    def used_tensor_objects(self) -> set[int]:
        """``id()`` of every tensor object some op read, for parameter-use coverage."""
        read = {tid for op in self.ops for tid in op[1]}
        return {self._object_ids[tid] for tid in read}

    def run(self, inputs: dict) -> "Recorder":
        """``model(**inputs)`` once, recorded."""
        with torch.no_grad(), self.recording():
            output = self.model(**inputs)
        self.root.args = [dict(name=k, **describe_value(v, self.tensor_id)) for k, v in inputs.items()]
        flat_out, _ = tree_flatten(output)
        self.root.outputs = [self.tensor_id(o) for o in flat_out if isinstance(o, torch.Tensor)]
        return self

    def finish(self, trace: Trace) -> Trace:
        """Fill ``trace`` with what was recorded."""
        return fill_trace(trace, self.root, self.tensors, self.ops, "dispatch")


def fill_trace(trace: Trace, root: CallNode, tensors: list, ops: list, path: str) -> Trace:
    """A recorded forward into ``trace``, empty function nodes pruned; either path ends here."""
    _prune_empty_functions(root)
    trace.tensors, trace.ops, trace.root, trace.path = tensors, ops, root, path
    return trace


def op_name(func) -> str:
    """The recorded name of an op overload: ``aten.mm.default``."""
    return f"aten.{func._opname}.{func._overloadname}" if func.namespace == "aten" else str(func)


def named_scalars(func, args, kwargs) -> dict:
    """Non-tensor arguments by their schema name, so normalization can tell a ``dim`` from a
    ``size``; the export path names an exported node's arguments the same way."""
    names = [argument.name for argument in func._schema.arguments]
    named = {}
    for position, value in enumerate(args):
        if not isinstance(value, torch.Tensor) and not _holds_tensor(value):
            named[names[position] if position < len(names) else f"arg{position}"] = json_scalar(value)
    for key, value in sorted(kwargs.items()):
        if not isinstance(value, torch.Tensor) and not _holds_tensor(value):
            named[key] = json_scalar(value)
    return named


def _holds_tensor(value) -> bool:
    return isinstance(value, (list, tuple)) and any(isinstance(v, torch.Tensor) for v in value)


def class_qualname(cls: type) -> str:
    """A module class's recorded name: a call node's ``qualname`` on either path."""
    return f"{cls.__module__}.{cls.__qualname__}"


def _prune_empty_functions(node: CallNode) -> None:
    """Drop function nodes that ran no aten op (helpers that only shuffle Python values)."""
    kept = []
    for child in node.children:
        _prune_empty_functions(child)
        if child.kind == "function" and not child.subtree_ops():
            continue
        kept.append(child)
    node.children = kept
