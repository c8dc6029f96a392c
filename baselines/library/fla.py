"""flash-linear-attention's kernels behind the signatures of transformers' torch fallbacks.

transformers itself calls these when the library is installed
(``use_kernel_func_from_hub_with_fallback("chunk_gated_delta_rule", "fla")`` in Qwen3.5,
``chunk_kda`` in Kimi Linear): the same [batch, tokens, heads, dim] layout, the same
``(output, final_state)`` result. The kernels are Triton: CUDA only.
"""
from __future__ import annotations

try:
    from fla.ops.gated_delta_rule import chunk_gated_delta_rule, fused_recurrent_gated_delta_rule
    from fla.ops.kda import chunk_kda
except Exception as error:
    chunk_gated_delta_rule = None
    _IMPORT_ERROR = f"{type(error).__name__}: {error}".splitlines()[0]
else:
    _IMPORT_ERROR = ""

VARIANTS = ("chunk_gated_delta_rule", "recurrent_gated_delta_rule", "chunk_kda")


def missing(device: str, variant: str = "") -> str | None:
    if chunk_gated_delta_rule is None:
        return f"flash-linear-attention is not usable here ({_IMPORT_ERROR}); pip install flash-linear-attention"
    if device != "cuda":
        return "flash-linear-attention's kernels are Triton: they need a CUDA device"
    return None


def for_module(model, variant: str):
    if chunk_gated_delta_rule is None or variant not in VARIANTS:
        return None
    if variant == "recurrent_gated_delta_rule":
        def recurrent(query, key, value, g, beta, initial_state=None, output_final_state=False,
                      use_qk_l2norm_in_kernel=False, **kwargs):
            return fused_recurrent_gated_delta_rule(query, key, value, g=g, beta=beta, initial_state=initial_state,
                                                    output_final_state=output_final_state,
                                                    use_qk_l2norm_in_kernel=use_qk_l2norm_in_kernel)
        return recurrent
    kernel = chunk_kda if variant == "chunk_kda" else chunk_gated_delta_rule

    def chunked(query, key, value, g, beta, chunk_size=64, initial_state=None, output_final_state=False,
                use_qk_l2norm_in_kernel=False, **kwargs):
        return kernel(query, key, value, g=g, beta=beta, initial_state=initial_state,
                      output_final_state=output_final_state, use_qk_l2norm_in_kernel=use_qk_l2norm_in_kernel)
    return chunked
