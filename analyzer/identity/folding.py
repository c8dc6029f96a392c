"""Folding rules: what the trace records that the computation does not depend on.

Two calls of one function can reach aten by different roads: a GEMM on a 2-D or a 3-D
activation, a weight held as a parameter or passed in, ``addmm`` or ``mm`` then ``add``
(a non-contiguous input decomposes differently), ``x * 1.0``, ``1`` or ``1.0``, operands of
an addition in either order. Each rule below folds one such artefact before the graph is
hashed; each is named, so a test can show two traced variants sharing one id and a
mutation that must still split. What changes the math stays: dtypes (an fp32 upcast is not
a bf16 one), constants that are not identities (the ``1 + weight`` of Gemma's RMSNorm),
whether an operand is broadcast (a bias is not a residual).

``rank-where-it-changes-the-op``  a tensor's rank is dropped; it stays only where it changes
                                  the op (a convolution's spatial rank), reductions name their
                                  axes from the end (``dim=2`` of a 3-D tensor is ``dim=-1``),
                                  and a broadcast operand is marked as one.
``parameter-or-input``            a placeholder is its dtype, whether a parameter or an input.
``addmm-is-mm-plus-add``          ``addmm(b, x, w)`` (and ``linear``) is ``mm(x, w)`` then ``add(b)``.
``schema-defaults``               a scalar equal to its aten schema default is dropped.
``number-form``                   a number where the schema takes a Scalar, float or Tensor is a float.
``identity-scalars``              ``x * 1``, ``x / 1``, ``x + 0``, ``x - 0``, ``x ** 1`` are ``x``.
``softmax-scale-is-a-symbol``     the attention scale is a hyper-parameter, 1.0 and the default included.
``gradient-only-arguments``       an embedding's ``padding_idx`` (and its other gradient flags) change
                                  its gradient, not its output.
``commutative-operands``          the operands of ``add``, ``mul``, ``maximum`` … are unordered.
"""

from __future__ import annotations

from functools import lru_cache

import torch

from fastkernels.analyzer.identity.normalize import normalize_op

RULES = (
    "rank-where-it-changes-the-op", "parameter-or-input", "addmm-is-mm-plus-add", "schema-defaults",
    "number-form", "identity-scalars", "softmax-scale-is-a-symbol", "gradient-only-arguments", "commutative-operands",
)

_RANKED_OPS = frozenset({
    "convolution", "_convolution", "conv1d", "conv2d", "conv3d", "conv_transpose1d", "conv_transpose2d",
    "conv_transpose3d", "cudnn_convolution", "mkldnn_convolution", "im2col", "col2im", "grid_sampler",
})
_DIM_ARGS = frozenset({"dim", "dims"})
_GRADIENT_ONLY = {"embedding": frozenset({"padding_idx", "scale_grad_by_freq", "sparse"})}
_OUTPUT_RANK_DIMS = frozenset({"stack"})  # the axis is one of the output's
_COMMUTATIVE = frozenset({
    "add", "mul", "maximum", "minimum", "fmax", "fmin", "eq", "ne", "logical_and", "logical_or", "logical_xor",
    "bitwise_and", "bitwise_or", "bitwise_xor", "hypot",
})
_BROADCASTING = _COMMUTATIVE | {
    "sub", "rsub", "div", "true_divide", "floor_divide", "remainder", "fmod", "pow", "atan2", "where", "lt", "le",
    "gt", "ge", "masked_fill", "lerp", "addcmul", "addcdiv", "clamp", "clamp_min", "clamp_max", "copysign",
    "xlogy", "heaviside",
}
_IDENTITY_OPERAND = {"mul": ("other", 1.0), "div": ("other", 1.0), "true_divide": ("other", 1.0),
                     "add": ("other", 0.0), "sub": ("other", 0.0), "pow": ("exponent", 1.0)}
_NUMBER_TYPES = ("number", "float", "Tensor", "Optional[number]", "Optional[float]")


@lru_cache(maxsize=None)
def _schema(qualified: str) -> dict[str, tuple[str, object]]:
    """Argument name -> (type, default or ``_NO_DEFAULT``) of an aten overload; empty if unknown."""
    parts = qualified.split(".")
    if len(parts) != 3 or parts[0] != "aten":
        return {}
    try:
        schema = getattr(getattr(torch.ops.aten, parts[1]), parts[2])._schema
    except (AttributeError, RuntimeError):
        return {}
    return {a.name: (str(a.type), a.default_value if a.has_default_value() else _NO_DEFAULT) for a in schema.arguments}


_NO_DEFAULT = object()


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _same(value, default) -> bool:
    if _is_number(value) and _is_number(default):
        return float(value) == float(default)
    if isinstance(value, list) and isinstance(default, (list, tuple)):
        return len(value) == len(default) and all(_same(v, d) for v, d in zip(value, default))
    return type(value) is type(default) and value == default


def _from_end(value, rank: int):
    """``dim`` counted from the last axis, so it means the same axis whatever the rank."""
    if isinstance(value, list):
        return [_from_end(v, rank) for v in value]
    if _is_number(value) and rank > 0 and value >= 0:
        return int(value) - rank
    return value


def scalars(trace, op: list) -> dict:
    """The op's scalars after ``schema-defaults``, ``number-form``, ``softmax-scale-is-a-symbol``,
    ``gradient-only-arguments`` and the axis part of ``rank-where-it-changes-the-op``."""
    name, inputs, outputs, raw = op
    base = normalize_op(name).name
    schema = _schema(name)
    kept = {}
    for key, value in raw.items():
        kind, default = schema.get(key, ("", _NO_DEFAULT))
        if (base == "sdpa" and key == "scale") or key in _GRADIENT_ONLY.get(base, ()):
            continue
        if key in _DIM_ARGS:
            ranked = outputs if base in _OUTPUT_RANK_DIMS else inputs
            rank = len(trace.tensors[ranked[0]][0]) if ranked else 0
            value = _from_end(value, rank)
            default = _from_end(default, rank) if default is not _NO_DEFAULT else default
        if default is not _NO_DEFAULT and _same(value, default):
            continue
        if key in _DIM_ARGS:
            value = str(value)  # kept as it is: an axis is never a size to turn into a symbol
        elif _is_number(value) and kind in _NUMBER_TYPES:
            value = float(value)
        kept[key] = value
    if base in _RANKED_OPS and inputs:
        kept["rank"] = str(len(trace.tensors[inputs[0]][0]))
    return kept


def is_identity(trace, op: list) -> bool:
    """``identity-scalars``: one tensor in, the same dtype out, and a scalar that leaves it as it is."""
    name, inputs, outputs, raw = op
    rule = _IDENTITY_OPERAND.get(normalize_op(name).name)
    if rule is None or len(inputs) != 1 or len(outputs) != 1:
        return False
    key, neutral = rule
    value = raw.get(key)
    return _is_number(value) and float(value) == neutral and trace.tensors[inputs[0]][1] == trace.tensors[outputs[0]][1]


def expand(trace, op: list) -> list[list]:
    """``addmm-is-mm-plus-add``: ``addmm`` (or ``linear`` with a bias) at unit scales as ``mm``
    then ``add``; the ``mm`` writes the op's own output, which the ``add`` then overwrites, so
    the graph wires them without a tensor of their own. Every other op is itself."""
    name, inputs, outputs, raw = op
    base = name.split(".")[1] if name.startswith("aten.") else name
    if base not in ("addmm", "linear") or len(outputs) != 1:
        return [op]
    if any(not _same(raw.get(key, 1), 1) for key in ("alpha", "beta")):
        return [op]
    if base == "addmm":
        if len(inputs) != 3:
            return [op]
        bias, operands = inputs[0], inputs[1:]
    else:
        operands, bias = inputs[:2], (inputs[2] if len(inputs) == 3 else None)
    product = ["aten.mm.default", list(operands), list(outputs), {}]
    return [product] if bias is None else [product, ["aten.add.Tensor", [outputs[0], bias], list(outputs), {}]]


def edge_label(trace, op: list, position: int, source: int) -> str:
    """The argument position (``commutative-operands``: none for an unordered op), marked
    ``/b`` for a broadcast operand (``rank-where-it-changes-the-op``): one with fewer elements
    than the op's output, counted on ``source``, the tensor before any view of it, so that
    ``x * cos`` and ``x * cos[:, None].expand_as(x)`` read alike and a bias is not a residual."""
    name, inputs, outputs, raw = op
    base = normalize_op(name).name
    unordered = base in _COMMUTATIVE and len(inputs) == 2 and _same(raw.get("alpha", 1), 1)
    label = "c" if unordered else str(position)
    if base in _BROADCASTING and len(inputs) > 1 and outputs:
        if _numel(trace.tensors[source][0]) < _numel(trace.tensors[outputs[0]][0]):
            label += "/b"
    return label


def _numel(shape: list) -> int:
    """Elements, an empty or symbolic size counted as 2: a broadcast over an empty batch is still one."""
    total = 1
    for size in shape:
        total *= size if isinstance(size, int) and size > 0 else 2
    return total


def placeholder_label(dtype: str) -> str:
    """``parameter-or-input`` and ``rank-where-it-changes-the-op``: a tensor from outside is its dtype."""
    return f"in:{dtype}"
