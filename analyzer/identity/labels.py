"""A readable label for a kernel, derived from the ops it runs (never from class names).

Leaf rules look at the set of math ops; composite rules look at the labels of the children
plus the node's own ops. The first rule that matches wins, most specific first.
"""

from __future__ import annotations

from fastkernels.analyzer.identity.normalize import normalize_op

LABELS = (
    "attention", "router/moe", "state-space scan", "rotary", "norm", "convolution", "pooling",
    "embedding", "gemm", "activation", "gated mlp", "mlp", "mask", "other",
)

_ACTIVATIONS = {"silu", "gelu", "relu", "tanh", "sigmoid", "softplus", "elu", "leaky_relu", "hardswish",
                "hardsigmoid", "mish", "relu6", "glu", "hardtanh", "erf", "log_sigmoid", "prelu", "celu", "selu"}
_MASK_OPS = {"arange", "le", "lt", "ge", "gt", "eq", "ne", "bitwise_and", "bitwise_or", "bitwise_not",
             "logical_and", "logical_or", "logical_not", "where", "scalar_tensor", "full", "ones", "zeros",
             "new_ones", "new_zeros", "index", "sub", "add", "masked_fill", "triu", "tril", "cumsum", "any", "all",
             "remainder", "floor_divide", "abs", "clamp", "cast", "empty", "fill", "new_full", "new_empty"}
_NORM_OPS = {"layer_norm", "group_norm", "batch_norm", "instance_norm", "rms_norm", "_fused_rms_norm"}
_CONV_OPS = {"convolution", "conv1d", "conv2d", "conv3d", "_convolution", "conv_transpose2d"}
_POOL_OPS = {"avg_pool1d", "avg_pool2d", "avg_pool3d", "max_pool2d_with_indices", "max_pool1d", "max_pool2d",
             "adaptive_avg_pool1d", "adaptive_avg_pool2d", "_adaptive_avg_pool2d", "max_pool3d_with_indices"}
_MATMULS = {"mm", "addmm", "bmm", "baddbmm", "_grouped_mm"}
# A norm written out by hand: a mean of powers, then a scale by a power or root of it (the
# NeoMME/Gemma 4 RMSNorm takes ``pow(mean(x**2) + eps, -0.5)``; a hand-written LayerNorm
# takes ``sqrt``), with nothing but elementwise arithmetic around it.
_HAND_NORM_OPS = {"pow", "mean", "add", "sub", "mul", "div", "sqrt", "rsqrt", "reciprocal", "cast"}


def math_ops(ops: list) -> set[str]:
    return {normalize_op(op[0]).name for op in ops if not normalize_op(op[0]).layout}


def leaf_label(ops: list) -> str:
    names = math_ops(ops)
    if not names:
        return "other"
    if "sdpa" in names or ("softmax" in names and len(names & {"bmm", "mm"}) and len(names & _MATMULS) >= 1 and "topk" not in names):
        return "attention"
    if "topk" in names or "_grouped_mm" in names:
        return "router/moe"
    if names & _CONV_OPS:
        return "convolution"
    if "softplus" in names and ("exp" in names or "cumsum" in names) or ("cumsum" in names and "exp" in names and names & _MATMULS):
        return "state-space scan"
    hand_norm = {"mean", "pow"} <= names and names & {"mul", "div"} and names <= _HAND_NORM_OPS
    if names & _NORM_OPS or ("rsqrt" in names and ("mean" in names or "var_mean" in names)) or ("linalg_vector_norm" in names and "div" in names) or hand_norm:
        return "norm"
    if {"cos", "sin"} <= names or ("neg" in names and "cat" in names and "mul" in names):
        return "rotary"
    if names & _POOL_OPS:
        return "pooling"
    if "embedding" in names:
        return "embedding"
    if names & _MATMULS:
        return "gemm"
    if names <= _MASK_OPS and names & {"arange", "le", "lt", "ge", "gt", "eq", "ne", "bitwise_and", "logical_and", "triu", "tril"}:
        return "mask"
    if names & _ACTIVATIONS and names <= _ACTIVATIONS | {"mul", "add", "div", "pow", "sub", "cast", "clamp"}:
        return "activation"
    return "other"


def composite_label(child_labels: list[str], own_ops: list) -> str:
    found = set(child_labels)
    own = math_ops(own_ops)
    if "attention" in found:
        return "attention"
    if "router/moe" in found or "topk" in own:
        return "router/moe"
    if "state-space scan" in found or ("softplus" in own and "exp" in own):
        return "state-space scan"
    gemms = child_labels.count("gemm")
    if gemms >= 2 and ("activation" in found or own & _ACTIVATIONS):
        return "gated mlp" if gemms >= 3 and "mul" in own else "mlp"
    if "convolution" in found:
        return "convolution"
    if "norm" in found and found <= {"norm", "gemm", "activation", "other"}:
        return "norm"
    if "embedding" in found:
        return "embedding"
    if "rotary" in found:
        return "rotary"
    if "gemm" in found:
        return "gemm"
    return "other"
