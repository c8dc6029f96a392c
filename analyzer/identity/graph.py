"""The data-flow graph of one call-tree node, rebuilt from a trace record.

Nodes are the aten ops the call ran (its own, and its children's unless a child is
collapsed into one node named by the child's kernel id) plus one placeholder per tensor
that came from outside (a parameter, or an activation). Edges follow tensors from the op
that made them to the ops that read them, labelled by argument position. The same graph is
available as a ``torch.fx.Graph`` (``to_fx``) for anyone who wants to read or run it.
"""

from __future__ import annotations

from typing import Callable

import networkx as nx
import torch.fx

from fastkernels.analyzer.identity import folding
from fastkernels.analyzer.identity.normalize import normalize_op
from fastkernels.analyzer.trace.record import CallNode, Trace


def node_graph(
    trace: Trace,
    node: CallNode,
    collapsed: Callable[[CallNode], str | None],
    op_label: Callable[[list], str],
) -> nx.DiGraph:
    """The node's graph; ``collapsed(child)`` gives a label to fold a child into, or None.

    ``op_label(op)`` names an op at the wanted granularity; it sees the op after the folding
    rules (``folding``). Ops that only move data (views, transposes, copies) with one input,
    and identities such as ``x * 1``, are contracted away: their output is their input.
    """
    graph = nx.DiGraph()
    producer: dict[int, str] = {}
    items: list[tuple[int, str, list, list[int], int]] = []  # (order, kind, payload, outputs, part of the op)

    def visit(current: CallNode) -> None:
        for op_index in current.ops:
            for part, op in enumerate(folding.expand(trace, trace.ops[op_index])):
                items.append((op_index, "op", op, op[2], part))
        for child in current.children:
            label = collapsed(child)
            if label is None:
                visit(child)
                continue
            ops = child.subtree_ops()
            if not ops:
                continue
            inside = {t for i in ops for t in trace.ops[i][2]}
            reads = [t for i in ops for t in trace.ops[i][1] if t not in inside]
            items.append((ops[0], "child", [label, list(dict.fromkeys(reads))], child.outputs, 0))

    visit(node)
    items.sort(key=lambda item: (item[0], item[4]))
    aliases: dict[int, int] = {}

    def source(tensor: int) -> str:
        tensor = aliases.get(tensor, tensor)
        if tensor in producer:
            return producer[tensor]
        key = f"x{tensor}"
        if key not in graph:
            graph.add_node(key, label=folding.placeholder_label(trace.tensors[tensor][1]), structural="in", kind="placeholder", tensor=tensor)
        return key

    for order, kind, payload, outputs, part in items:
        if kind == "op":
            name, inputs, _, _ = payload
            normalized = normalize_op(name)
            if (normalized.layout and len(inputs) == 1) or folding.is_identity(trace, payload):
                for out in outputs:
                    aliases[out] = aliases.get(inputs[0], inputs[0])
                continue
            key = f"op{order}" if not part else f"op{order}.{part}"
            canonical = [name, inputs, payload[2], folding.scalars(trace, payload)]
            graph.add_node(key, label=op_label(canonical), structural=normalized.name, kind="op", op=name)
            for position, tensor in enumerate(inputs):
                graph.add_edge(source(tensor), key, label=folding.edge_label(trace, payload, position, aliases.get(tensor, tensor)))
        else:
            label, reads = payload
            key = f"child{order}"
            graph.add_node(key, label=label, structural=label, kind="child")
            for position, tensor in enumerate(reads):
                graph.add_edge(source(tensor), key, label=str(position))
        for out in outputs:
            producer[out] = key
    return graph


def graph_record(graph: nx.DiGraph, attr: str = "label") -> list:
    """The graph as compact JSON, what the analysis keeps of a kernel so that a split can be
    read without retracing: nodes in topological order (trace order among equals), each
    ``[label, [[index of an operand's node, edge label], ...]]``."""
    order = {node: index for index, node in enumerate(graph.nodes)}
    nodes = list(nx.lexicographical_topological_sort(graph, key=order.__getitem__))
    position = {node: index for index, node in enumerate(nodes)}
    return [
        [graph.nodes[node][attr], [[position[source], graph.edges[source, node]["label"]]
                                   for source in sorted(graph.predecessors(node), key=position.__getitem__)]]
        for node in nodes
    ]


def to_fx(trace: Trace, node: CallNode) -> torch.fx.Graph:
    """The node's whole subtree as a torch.fx graph of aten ops (placeholders for inputs)."""
    graph = torch.fx.Graph()
    values: dict[int, torch.fx.Node] = {}
    for op_index in node.subtree_ops():
        name, inputs, outputs, scalars = trace.ops[op_index]
        args = []
        for tensor in inputs:
            if tensor not in values:
                shape, dtype, origin = trace.tensors[tensor]
                placeholder = graph.placeholder(f"t{tensor}")
                placeholder.meta.update(shape=shape, dtype=dtype, origin=origin)
                values[tensor] = placeholder
            args.append(values[tensor])
        _, op_name, overload = name.split(".", 2) if name.startswith("aten.") else ("", name, "default")
        packet = getattr(torch.ops.aten, op_name, None)
        target = getattr(packet, overload, None) if packet is not None else None
        call = graph.call_function(target or _unknown_op, tuple(args), dict(scalars))
        call.meta.update(op=name, outputs=[trace.tensors[t][:2] for t in outputs])
        for position, tensor in enumerate(outputs):
            values[tensor] = graph.call_function(_output_item, (call, position)) if len(outputs) > 1 else call
    graph.output(tuple(values[t] for t in node.outputs if t in values))
    return graph


def _unknown_op(*args, **kwargs):
    """Stand-in target for an op outside the aten namespace."""
    raise NotImplementedError


def _output_item(value, index):
    return value[index]
