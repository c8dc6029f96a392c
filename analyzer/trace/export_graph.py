"""``torch.export`` of one forward, taken to the ops an eager run dispatches.

``torch.export.export(strict=False)`` runs the forward in Python (on fake tensors in the
sweep) and returns an fx graph of aten ops in which every op carries ``nn_module_stack``
(the module calls it ran under) and a source stack trace. Left as it is, that graph is not
the computation eager runs, which the dispatch path records; three steps make it so:

* transformers' compile checks answer False while exporting, so the model takes its eager
  branches (no attention mask materialized where eager passes none);
* eval-mode dropouts become the identity they are in eager, not a ``clone``;
* every CompositeImplicitAutograd op is decomposed by the kernel eager dispatch runs
  (``linear`` -> ``t``/``view``/``mm``, ``scaled_dot_product_attention`` -> the device's fused
  form), and nothing else: the core-ATen table export uses by default would rewrite ops
  the dispatcher keeps. The graph stays functional: an in-place op appears out of place.
"""

from __future__ import annotations

import contextlib
import functools
import sys
from typing import Any

import torch
import torch.fx

_DROPOUTS = frozenset({
    torch.ops.aten.dropout.default, torch.ops.aten.feature_dropout.default,
    torch.ops.aten.alpha_dropout.default, torch.ops.aten.feature_alpha_dropout.default,
})


@functools.lru_cache(maxsize=None)
def _dispatch_decompositions() -> dict:
    """Every aten CompositeImplicitAutograd op mapped to the kernel eager dispatch runs.

    That is the C++ kernel where there is one; export's own choice prefers a Python
    decomposition where one is registered, which eager dispatch never runs.
    """
    from torch._export.utils import _collect_all_valid_cia_ops_for_aten_namespace, _get_decomp_for_cia

    composite = torch._C.DispatchKey.CompositeImplicitAutograd
    table = {}
    for op in _collect_all_valid_cia_ops_for_aten_namespace():
        if torch._C._dispatch_has_kernel_for_dispatch_key(op.name(), composite):
            table[op] = functools.partial(op._op_dk, composite)
        else:
            table[op] = _get_decomp_for_cia(op)
    return table


@contextlib.contextmanager
def _eager_branches():
    """transformers' compile checks answer False while the model is exported.

    Export raises torch's compiling flags, and transformers reads them to take branches
    meant for graph capture (an all-true attention mask materialized where eager passes
    none, MoE routing without data-dependent loops). The record must be of the computation
    eager runs, which the dispatch path records; the non-strict export runs Python and
    follows those eager branches as the dispatch path does.
    """
    from transformers.utils import import_utils

    checks = {id(import_utils.is_torchdynamo_compiling), id(import_utils.is_torchdynamo_exporting)}
    restore = []
    for name, module in list(sys.modules.items()):
        if module is None or not (name == "transformers" or name.startswith("transformers.")):
            continue
        namespace = vars(module)
        for attr, value in list(namespace.items()):
            if id(value) in checks:
                restore.append((namespace, attr, value))
                namespace[attr] = _not_compiling
    try:
        yield
    finally:
        for namespace, attr, value in restore:
            namespace[attr] = value


def _not_compiling() -> bool:
    return False


def _drop_eval_dropouts(program: torch.export.ExportedProgram) -> None:
    """Eval-mode dropouts replaced by their input, as eager returns it untouched.

    Left in, functionalization turns each into a ``clone`` that eager never runs, and the
    dropout module a computing node of its own. Where the model returns the dropout's
    result, the output signature is renamed with it.
    """
    graph = program.graph_module.graph
    for node in list(graph.nodes):
        if node.target in _DROPOUTS and not _argument(node, 2, "train"):
            source = node.args[0]
            for spec in program.graph_signature.output_specs:
                if getattr(spec.arg, "name", None) == node.name:
                    spec.arg.name = source.name
            node.replace_all_uses_with(source)
            graph.erase_node(node)
    program.graph_module.recompile()


def _argument(node: torch.fx.Node, position: int, name: str) -> Any:
    return node.args[position] if len(node.args) > position else node.kwargs.get(name)


def export_program(model: torch.nn.Module, inputs: dict) -> torch.export.ExportedProgram:
    """``model(**inputs)`` exported without Python-level tracing and decomposed as dispatch does."""
    with torch.no_grad():
        with _eager_branches():
            program = torch.export.export(model, (), inputs, strict=False)
        _drop_eval_dropouts(program)
        return program.run_decompositions(_dispatch_decompositions())
