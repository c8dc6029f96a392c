"""Normalization of aten ops: what an op contributes to a kernel's identity.

Kept: the op (device variants and in-place forms folded into one name), the dtypes of the
math, structural arguments (a reduction's ``dim``, ``keepdim``, a causal flag, an
activation's ``approximate`` mode) and mathematical constants (0, ±1, ±0.5, 2, 3).
Turned into symbols: sizes and hyper-parameters (a view's shape, eps, a softmax scale, rope
theta) — they vary from model to model without changing the kernel.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

# Device-specific and internal variants that compute the same function.
_ALIASES = {
    "_scaled_dot_product_flash_attention_for_cpu": "sdpa",
    "_scaled_dot_product_flash_attention": "sdpa",
    "_scaled_dot_product_efficient_attention": "sdpa",
    "_scaled_dot_product_cudnn_attention": "sdpa",
    "_scaled_dot_product_fused_attention_overrideable": "sdpa",
    "scaled_dot_product_attention": "sdpa",
    "_unsafe_view": "view",
    "reshape": "view",
    "_reshape_alias": "view",
    "_softmax": "softmax",
    "_safe_softmax": "softmax",
    "_log_softmax": "log_softmax",
    "native_layer_norm": "layer_norm",
    "native_group_norm": "group_norm",
    "native_batch_norm": "batch_norm",
    "_native_batch_norm_legit_no_training": "batch_norm",
    "_native_batch_norm_legit": "batch_norm",
    "matmul": "mm",
    "linear": "addmm",
    "_to_copy": "cast",
    "to": "cast",
    "copy": "copy",
    "lift_fresh": "alias",
}

# Ops that only re-describe or move data; the math does not depend on them.
LAYOUT_OPS = frozenset({
    "view", "t", "transpose", "permute", "expand", "unsqueeze", "squeeze", "contiguous", "clone",
    "alias", "slice", "select", "detach", "as_strided", "flatten", "unflatten", "expand_as",
    "view_as", "narrow", "movedim", "repeat", "copy",
})

# Arguments that are sizes: they become the symbol "S".
_SIZE_ARGS = frozenset({
    "size", "sizes", "shape", "stride", "split_size", "split_sizes", "start", "end", "length",
    "repeats", "pad", "output_size", "chunks", "step", "sections", "indices_or_sections",
    "padding", "output_padding", "kernel_size", "dilation", "groups", "num_groups", "N", "C", "HxW",
    "normalized_shape", "num_classes", "k", "bins", "storage_offset", "high", "low", "from", "to",
})
# Arguments that say nothing about the math.
_IGNORED_ARGS = frozenset({
    "device", "pin_memory", "layout", "memory_format", "non_blocking", "dtype", "generator",
    "requires_grad", "names", "out", "train", "training", "momentum", "cudnn_enable", "return_debug_mask",
    "compute_log_sumexp", "dropout_p",
    "attn_bias",  # as a scalar only ever None: the CUDA forms pass the absent mask that the CPU form omits
})
_MATH_CONSTANTS = (0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0)
# Ops whose leading outputs are the result and whose others are device bookkeeping: every
# fused attention form returns (output, log-sum-exp, ...), the CUDA ones followed by RNG
# state, sequence offsets and a debug mask that the CPU form does not have.
_RESULT_OUTPUTS = {"sdpa": 2}


@dataclass(frozen=True)
class NormalOp:
    name: str
    layout: bool


@lru_cache(maxsize=None)
def normalize_op(qualified: str) -> NormalOp:
    """``aten._scaled_dot_product_flash_attention_for_cpu.default`` -> ``sdpa``."""
    parts = qualified.split(".")
    base = parts[1] if len(parts) >= 2 and parts[0] == "aten" else qualified
    if base.endswith("_") and not base.startswith("_"):
        base = base[:-1]  # in-place form computes the same function
    base = _ALIASES.get(base, base)
    return NormalOp(name=base, layout=base in LAYOUT_OPS)


def result_outputs(op: list) -> list[int]:
    """The outputs that carry an op's result, the same on every device."""
    return op[2][: _RESULT_OUTPUTS.get(normalize_op(op[0]).name, len(op[2]))]


def normalize_scalar(key: str, value):
    """A scalar argument as the identity sees it: kept, a symbol, or dropped (None)."""
    if key in _IGNORED_ARGS:
        return None
    if key in _SIZE_ARGS:
        return "S"
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, (int, float)):
        return value if float(value) in _MATH_CONSTANTS else ("S" if isinstance(value, int) else "c")
    if isinstance(value, list):
        return [normalize_scalar(key, v) for v in value]
    return value


def symbolic_parameters(scalars: dict) -> dict:
    """The hyper-parameters an op's normalization turned into the symbol ``c``."""
    return {
        key: value
        for key, value in scalars.items()
        if isinstance(value, float) and key not in _IGNORED_ARGS and key not in _SIZE_ARGS and value not in _MATH_CONSTANTS
    }


def exact_label(op: list, out_dtypes: list[str]) -> str:
    """Op name, output dtypes and normalized scalars: the ``exact`` granularity."""
    name, _, _, scalars = op
    normalized = normalize_op(name).name
    kept = []
    for key in sorted(scalars):
        value = normalize_scalar(key, scalars[key])
        if value is not None:
            kept.append(f"{key}={value}")
    return f"{normalized}|{','.join(out_dtypes)}|{';'.join(kept)}"


def structural_label(op: list) -> str:
    """Only the op: the ``structural`` granularity (no constants, no dtypes)."""
    return normalize_op(op[0]).name
