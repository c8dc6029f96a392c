"""Which library and project-Triton rungs are offered to which task: by the analyzer's kernel id
(the task's ``KERNEL["id"]``, the manifest's ``kernel_id``), never by class name. The ladder's
correctness check on the task's own inputs then confirms or rejects each offer, per case.

Ids are those of signature revision ``SIGNATURE_REVISION``; a test checks that every id
here is still a task of the committed manifest, so a revision that renames kernels fails
loudly instead of silently dropping rungs. An entry is ``(module, variant)``: the wrapper
module under ``baselines/library/`` or ``baselines/triton/`` and the form it computes.
"""
from __future__ import annotations

SIGNATURE_REVISION = 4


def _each(ids: str, *rungs: tuple[str, str]) -> dict[str, tuple[tuple[str, str], ...]]:
    return {kernel_id: rungs for kernel_id in ids.split()}


_LAYER_NORMS = "312fb63cb2a699d4 a483bcb31396c6be 3aa964089039abee b51e38a9fddc6130 5eb7f1a213453f95"
_SDPA = ("61de1100cdcfc188 2a0a61e6c9bbd7cf 973848e57ad5aec7 7e9f43b5386c6d35 9fa2f0fc6eb4e16c affd067cc22904fa "
         "ca8b84ec7547fda9 89c155e6ccf2aad9 1562f62d672d467c ad5a08cf03160d36 2d7f56408ee07784 041dd20d22c7b342")
_EMBEDDINGS = "3524b712eb067afc 72ef830636d64c91 b40573a7d0c15d64"

LIBRARY: dict[str, tuple[tuple[str, str], ...]] = {
    "03fb3ef375bded40": (("liger", "rms_norm"),),  # LlamaRMSNorm and its copies, Qwen3RMSNorm (also per-head q/k norms)
    "44bec892d9d52eb0": (("liger", "rms_norm_zero_centred"),),  # Qwen3_5RMSNorm, GemmaRMSNorm: (1 + w)
    **_each(_LAYER_NORMS, ("liger", "layer_norm")),
    "b566ae2974c435d4": (("liger", "rotary"),),  # Llama's apply_rotary_pos_emb
    "4b36883d8cef070c": (("liger", "swiglu_mlp"),),  # LlamaMLP
    "5a10441618987288": (("liger", "geglu_mlp"),),  # GemmaMLP
    "589b6c1205e0b304": (("fla", "chunk_gated_delta_rule"),),  # Qwen3.5's torch_chunk_gated_delta_rule
    **_each(_SDPA, *(("attention", v) for v in ("sdpa_flash", "sdpa_cudnn", "sdpa_efficient", "flex"))),
}

TRITON: dict[str, tuple[tuple[str, str], ...]] = {
    "03fb3ef375bded40": (("rms_norm", "llama"),),
    "44bec892d9d52eb0": (("rms_norm", "zero_centred"),),
    "efafb9e63fddd9c3": (("rotary_embedding", ""),),  # LlamaRotaryEmbedding and its copies
    "c0ddf2e90f48c4ed": (("rotary_embedding", "layer_types"),),  # Gemma 4's: one table per layer type
    "f9f5e77c1bfbc601": (("rotary_embedding", "layer_types_fp32"),),  # LFM3's: the same, returned in fp32
    **_each(_EMBEDDINGS, ("embedding", "")),
    **_each("a9673c7f07d887de 55437b4c6da05cd9", ("activation", "gelu")),
    **_each("c48b880fbda77388 948fd42286647042 04f970256595037f", ("activation", "gelu_tanh")),
    **_each("4b08abe9616df5b7 280b7e0b0e0872dd", ("activation", "silu")),
    **_each("2eebaa10e48efc5c 080803af20c76e22", ("activation", "relu")),
    **_each("5fe1f0160f2ec5f1 c1a8ba551306e7d9", ("activation", "tanh")),
    **_each("0c951a1db2a2e7d5", ("activation", "quick_gelu")),
    **_each("4a0aa8fcdd2e0113", ("activation", "relu_squared")),
    **_each("77464d4e5caacaa0 7c90a21ac0ef8d8a 0c5438c467223cb3", ("batch_norm", "eval")),  # BatchNorm1d/2d at inference
    **_each("0bcf01cc9a6bcced 61959115834876ea", ("batch_norm", "frozen")),  # D-FINE's and DAB-DETR's frozen BatchNorm2d
    **_each("168253810480cd92 f9ab064023c0eae0 f1cbc08e9c6f5fbc", ("group_norm", "")),  # nn.GroupNorm, PoolFormer's one group
    "b566ae2974c435d4": (("apply_rotary", "half"),),  # Llama's apply_rotary_pos_emb
    "5972e274e838230e": (("apply_rotary", "half_positions"),),  # Nemotron's: position_ids, partial rotation
    **_each("057ab0a9e9b1eb41 a89aabcefab3b662", ("apply_rotary", "vision")),  # Qwen2.5-VL's apply_rotary_pos_emb_vision
}
