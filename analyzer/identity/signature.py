"""Kernel identity for every call-tree node, at three granularities.

Levels follow the call tree: **L1** a node with no computing module below it (its function
helpers are inlined: a norm, an activation, ``apply_rotary_pos_emb``, an attention core);
**L2** a module composed of L1 kernels (an MLP, an attention block, a MoE block); **L3** a
repeated layer (an element of a layer list); **L4** the whole model. Nodes that hold layers
without being one (an encoder stack, a vision tower) are stacks, not kernels.

Identity is a hash of the node's normalized data-flow graph, with layout-only ops (views,
transposes, copies) contracted and trace artefacts folded (``folding``) so that a GEMM on a
2-D and on a 3-D activation is one kernel.
An L1 graph holds its ops; an L2+ graph holds its own ops plus one node per child, labelled
with the child's id, wired as the tensors flow. So two attention blocks that differ only
in a child kernel differ only there. Granularities:

``exact``       the normalized op graph: op names, math dtypes, structural arguments;
``structural``  ops and wiring only: no constants, no dtypes;
``family``      the label plus the set of distinct math ops (L1) or of child families (L2+):
                what changes a kernel's code path, without the wiring.
"""

from __future__ import annotations

import hashlib
import warnings
from dataclasses import dataclass, field

import networkx as nx

from fastkernels.analyzer.identity import labels, normalize
from fastkernels.analyzer.identity.graph import graph_record, node_graph
from fastkernels.analyzer.trace.input_fields import BATCH, SEQ
from fastkernels.analyzer.trace.record import CallNode, Trace

GRANULARITIES = ("exact", "structural", "family")
DEFAULT_GRANULARITY = "exact"
# Bump when identity or a recorded cost (bytes, FLOPs) changes: every cached kernel record is then stale.
# 4: the folding rules (``folding.RULES``) and each kernel's graph kept in its record.
SIGNATURE_REVISION = 4

DTYPE_BYTES = {
    "bfloat16": 2, "float16": 2, "float32": 4, "float64": 8, "int64": 8, "int32": 4, "int16": 2,
    "int8": 1, "uint8": 1, "bool": 1, "complex64": 8, "complex128": 16, "float8_e4m3fn": 1, "float8_e5m2": 1,
}


@dataclass
class KernelUse:
    """One call of a kernel in one architecture: identity plus the real case it saw."""

    ids: dict[str, str]
    level: int
    label: str
    qualname: str
    path: str
    kind: str
    case: dict
    children: dict[str, list[str]] = field(default_factory=dict)
    bookkeeping: bool = False
    graph: list | None = None  # the exact graph (``graph_record``), on an architecture's first use of the id


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:16]


_WL_MEMO: dict[str, str] = {}


def graph_hash(graph: nx.DiGraph, attr: str) -> str:
    """Weisfeiler-Lehman hash, memoized on a canonical text of the graph."""
    order = {n: i for i, n in enumerate(graph.nodes)}
    text = ";".join(graph.nodes[n][attr] for n in graph.nodes) + "#" + ";".join(
        f"{order[a]}>{order[b]}:{d['label']}" for a, b, d in graph.edges(data=True)
    )
    if text not in _WL_MEMO:
        labels_multiset = "|".join(sorted(graph.nodes[n][attr] for n in graph.nodes))
        with warnings.catch_warnings():  # networkx notes that its directed hashes changed in 3.5
            warnings.simplefilter("ignore", UserWarning)
            wl = nx.weisfeiler_lehman_graph_hash(graph, node_attr=attr, edge_attr="label", iterations=4, digest_size=16)
        _WL_MEMO[text] = _digest(wl, labels_multiset, str(graph.number_of_nodes()), str(graph.number_of_edges()))
    return _WL_MEMO[text]


def _roles(shape: list) -> list[str]:
    roles = []
    for position, size in enumerate(shape):
        if size == SEQ:
            roles.append("seq")
        elif size == BATCH * SEQ:
            roles.append("batch*seq")
        elif size == BATCH and position == 0:
            roles.append("batch")
        else:
            roles.append("fixed")
    return roles


def _numel(shape: list) -> int:
    total = 1
    for size in shape:
        total *= size if isinstance(size, int) else 1
    return total


def _tensor_bytes(trace: Trace, tensor: int) -> int:
    shape, dtype, _ = trace.tensors[tensor]
    return _numel(shape) * DTYPE_BYTES.get(dtype, 4)


# Ops that read only the part of their first input that they return (a table lookup, an
# index, a slice): an embedding reads the rows it gathers, not its whole vocabulary.
_PARTIAL_READS = frozenset({"embedding", "index_select", "index", "gather", "take", "slice", "select", "narrow"})


def _readers(ops: list) -> dict[int, list]:
    """Tensor -> the ops that read it, in order: one pass over a call's ops, where asking
    every input in turn to scan them all was quadratic in a whole model's ops."""
    readers: dict[int, list] = {}
    for op in ops:
        for tensor in dict.fromkeys(op[1]):
            readers.setdefault(tensor, []).append(op)
    return readers


def _bytes_read(trace: Trace, tensor: int, readers: list) -> int:
    """Bytes a kernel must read of an input: the whole tensor, unless every op that reads it
    (``readers``) is a partial read of it, which moves at most what it produces."""
    whole = _tensor_bytes(trace, tensor)
    read = 0
    for name, inputs, outputs, _ in readers:
        if normalize.normalize_op(name).name not in _PARTIAL_READS or inputs[0] != tensor:
            return whole
        read += sum(_tensor_bytes(trace, t) for t in outputs)
    return min(whole, read)


def op_flops(trace: Trace, op: list) -> int:
    """Floating-point operations of one op, from its argument shapes."""
    name, inputs, outputs, scalars = op
    base = normalize.normalize_op(name).name
    shapes = [trace.tensors[t][0] for t in inputs]
    out_numel = sum(_numel(trace.tensors[t][0]) for t in outputs)
    if base in ("mm", "addmm") and len(shapes) >= 2:
        a, b = shapes[-2], shapes[-1]
        return 2 * _numel(a[:-1]) * a[-1] * b[-1] + (out_numel if base == "addmm" else 0)
    if base in ("bmm", "baddbmm") and len(shapes) >= 2:
        a, b = shapes[-2], shapes[-1]
        return 2 * _numel(a) * b[-1]
    if base == "_grouped_mm" and len(shapes) >= 2:
        return 2 * _numel(shapes[0]) * shapes[1][-1]
    if base == "sdpa" and len(shapes) >= 3:
        q, k, v = shapes[:3]
        return 2 * _numel(q[:-1]) * k[-2] * (q[-1] + v[-1])
    if base == "convolution" and len(shapes) >= 2:
        return 2 * out_numel * _numel(shapes[1][1:])
    if normalize.normalize_op(name).layout or base in ("cast", "empty", "zeros", "ones", "full", "arange"):
        return 0
    return out_numel


def _case(trace: Trace, node: CallNode) -> dict:
    """The real case this call saw: inputs with roles, outputs, hyper-parameters, bytes, FLOPs."""
    ops = [trace.ops[i] for i in node.subtree_ops()]
    produced = {t for op in ops for t in op[2]}
    external = list(dict.fromkeys(t for op in ops for t in op[1] if t not in produced))
    readers = _readers(ops)
    inputs = []
    for arg in node.args:
        entry = {"name": arg["name"], "kind": arg["kind"]}
        if arg["kind"] == "tensor":
            shape, dtype, _ = trace.tensors[arg["tensor"]]
            entry.update(shape=shape, dtype=dtype, roles=_roles(shape))
        elif arg["kind"] == "tensors":
            entry["tensors"] = [
                {"shape": trace.tensors[t][0], "dtype": trace.tensors[t][1], "roles": _roles(trace.tensors[t][0])}
                for t in arg["tensors"]
            ]
        elif "value" in arg:
            entry["value"] = arg["value"]
        elif "type" in arg:
            entry["type"] = arg["type"]
        inputs.append(entry)
    params = {}
    for op in ops:
        for key, value in normalize.symbolic_parameters(op[3]).items():
            params.setdefault(f"{normalize.normalize_op(op[0]).name}.{key}", value)
    module = trace.modules.get(node.path, {}) if node.kind == "module" else {}
    return {
        "arch": trace.arch,
        "path": node.path,
        "inputs": inputs,
        "outputs": [[trace.tensors[t][0], trace.tensors[t][1]] for t in node.outputs],
        "params": params,
        "weights": {
            trace.tensors[t][2].removeprefix("param:"): trace.tensors[t][:2] for t in external if trace.tensors[t][2]
        },
        "init": module.get("init", {}),
        "config_fields": module.get("config_fields", {}),
        "config_class": sorted(set(module.get("config_class", {}).values())),
        "bytes": sum(_bytes_read(trace, t, readers[t]) for t in external) + sum(_tensor_bytes(trace, t) for t in node.outputs),
        "flops": sum(op_flops(trace, op) for op in ops),
    }


def _classify(trace: Trace) -> dict[int, int | str]:
    """id(node) -> level 1..4, or "stack" / "none" (no compute)."""
    levels: dict[int, int | str] = {}

    def visit(node: CallNode, is_root: bool) -> tuple[bool, bool, bool]:
        """Returns (computes, has computing module below, has layer below)."""
        module_below = False
        layer_below = False
        computes = bool(node.ops)
        for child in node.children:
            c_computes, c_module_below, c_layer_below = visit(child, False)
            computes |= c_computes
            module_below |= (child.kind == "module" and c_computes) or c_module_below
            layer_below |= levels[id(child)] in (3, "stack") or c_layer_below
        is_layer = node.kind == "module" and node.path.rsplit(".", 1)[-1].isdigit() and module_below
        if not computes:
            levels[id(node)] = "none"
        elif is_root:
            levels[id(node)] = 4
        elif is_layer:
            levels[id(node)] = 3
        elif layer_below:
            levels[id(node)] = "stack"
        elif module_below:
            levels[id(node)] = 2
        else:
            levels[id(node)] = 1
        return computes, module_below, layer_below or is_layer

    visit(trace.root, True)
    return levels


_FLOATING = {"bfloat16", "float16", "float32", "float64", "complex64", "complex128", "float8_e4m3fn", "float8_e5m2"}


def _bookkeeping(trace: Trace, node: CallNode, label: str) -> bool:
    """Mask and index building, or pure data movement: not a kernel production would write.

    Told by what the call produces: a call whose outputs are all integer or boolean builds
    masks, positions or indices for the kernels that follow; a call with no math op only
    re-describes data.
    """
    if label == "mask":
        return True
    if node.outputs and not any(trace.tensors[t][1] in _FLOATING for t in node.outputs):
        return True
    return not labels.math_ops([trace.ops[i] for i in node.subtree_ops()])


def architecture_kernels(trace: Trace) -> list[KernelUse]:
    """Every kernel call of one traced architecture, children before parents."""
    levels = _classify(trace)
    ids: dict[int, dict[str, str]] = {}
    node_labels: dict[int, str] = {}
    uses: list[KernelUse] = []
    recorded: set[str] = set()  # exact ids whose graph a use already carries

    def dtypes(op: list) -> list[str]:
        return [trace.tensors[t][1] for t in normalize.result_outputs(op)]

    def visit(node: CallNode) -> None:
        level = levels[id(node)]
        if level == "none":
            return
        if level != 1:  # an L1 kernel inlines its helpers: they are not kernels of their own
            for child in node.children:
                visit(child)
        computing_children = [c for c in node.children if levels[id(c)] != "none"]
        if level == 1:
            exact = node_graph(trace, node, lambda c: None, lambda op: normalize.exact_label(op, dtypes(op)))
            structural = node_graph(trace, node, lambda c: None, normalize.structural_label)
            label = labels.leaf_label([trace.ops[i] for i in node.subtree_ops()])
            math_ops = sorted({d["structural"] for _, d in structural.nodes(data=True) if d["kind"] == "op" and not normalize.normalize_op(d["op"]).layout})
            family = f"{label}:{','.join(math_ops)}"
        else:
            exact = node_graph(trace, node, lambda c: ids.get(id(c), {}).get("exact"), lambda op: normalize.exact_label(op, dtypes(op)))
            structural = node_graph(trace, node, lambda c: ids.get(id(c), {}).get("structural"), normalize.structural_label)
            label = labels.composite_label([node_labels[id(c)] for c in computing_children], [trace.ops[i] for i in node.ops])
            child_families = sorted({ids[id(c)]["family"] for c in computing_children if id(c) in ids})
            family = f"{label}:{','.join(child_families)}"
        level_number = 0 if level == "stack" else int(level)
        node_ids = {
            "exact": _digest(str(level), graph_hash(exact, "label")),
            "structural": _digest(str(level), graph_hash(structural, "structural")),
            "family": _digest(str(level), family),
        }
        ids[id(node)] = node_ids
        node_labels[id(node)] = label
        if level == "stack":
            return
        first = node_ids["exact"] not in recorded
        recorded.add(node_ids["exact"])
        uses.append(KernelUse(
            ids=node_ids,
            level=level_number,
            label=label,
            qualname=node.qualname,
            path=node.path,
            kind=node.kind,
            case=_case(trace, node),
            children={g: sorted({ids[id(c)][g] for c in computing_children if id(c) in ids and levels[id(c)] != "stack"}) for g in GRANULARITIES},
            bookkeeping=_bookkeeping(trace, node, label),
            graph=graph_record(exact) if first else None,
        ))

    visit(trace.root)
    return uses
