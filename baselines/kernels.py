"""Which library and project-Triton rungs are offered to which task: by the analyzer's kernel id
(the task's ``KERNEL["id"]``, the manifest's ``kernel_id``), never by class name. The ladder's
correctness check on the task's own inputs then confirms or rejects each offer, per case.

Ids are those of signature revision ``SIGNATURE_REVISION``; a test checks that every id
here is still a task of the committed manifest, so a revision that renames kernels fails
loudly instead of silently dropping rungs. An entry is ``(module, variant)``: the wrapper
module under ``baselines/library/`` or ``baselines/triton/`` and the form it computes.
"""
from __future__ import annotations

SIGNATURE_REVISION = 3


def _each(ids: str, *rungs: tuple[str, str]) -> dict[str, tuple[tuple[str, str], ...]]:
    return {kernel_id: rungs for kernel_id in ids.split()}


_LAYER_NORMS = ("a5aee8dd770d406c 62d6a00945a07338 38d972a73d1ad627 bd7e222db8359e0b d8943297957745f0 "
                "f82f894a33d91f88 18647fd32527de6b 20e5418dfd4b644f 08fadc3aa360e310")
_SDPA = ("671e6986bd31700d c50e6f93a01eb643 c597351f9ae052e5 2b63d35868193a5e 7caecbd1069f8dd9 b9918b85ad3de7e2 "
         "4caf714fbb9da9aa 002ab36c8dcdba42 0c5a1e43180e5288 78c7381973d1edd5 4d28c81cfba67ec2 0f74cb9a22e80536 "
         "52d41bb1476d79ed 67eb546deef65eb8 b5ab867ee3b19b53 fb1f62364fc332dd")
_EMBEDDINGS = ("2d13e54217698933 f18a0de9ca8b6ed8 ca23e3d6c22c388e dfcf50abe35819fd 525140b0400dea5b f2f077276eb15e57 "
               "0adb37e2078571f2 c59b85c6c4be97f5 fb26c68785dba57a 959be7b874c5185e 74be2f5ff46b7af1 99b91ce29a4af735 "
               "c983cd45cf8c5e0f 60665a5da5ce26d4 74be130b38a86dbf 7702446baa06c7ba 9612cc1ddedacfeb")

LIBRARY: dict[str, tuple[tuple[str, str], ...]] = {
    "88258b5e8eeb286d": (("liger", "rms_norm"),),  # LlamaRMSNorm and its copies
    "1e9451215412f378": (("liger", "rms_norm"),),  # Qwen3RMSNorm (also per-head q/k norms)
    "7cfd5647ec4541ea": (("liger", "rms_norm_zero_centred"),),  # Qwen3_5RMSNorm, GemmaRMSNorm: (1 + w)
    **_each(_LAYER_NORMS, ("liger", "layer_norm")),
    "ecaba0fabeee2e35": (("liger", "rotary"),),  # Llama's apply_rotary_pos_emb
    "c22e20050bff96e2": (("liger", "swiglu_mlp"),),  # LlamaMLP
    "3b16d7143feaa0f3": (("liger", "geglu_mlp"),),  # GemmaMLP
    "b33258276f323667": (("fla", "chunk_gated_delta_rule"),),  # Qwen3.5's torch_chunk_gated_delta_rule
    **_each(_SDPA, *(("attention", v) for v in ("sdpa_flash", "sdpa_cudnn", "sdpa_efficient", "flex"))),
}

TRITON: dict[str, tuple[tuple[str, str], ...]] = {
    "88258b5e8eeb286d": (("rms_norm", "llama"),),
    "1e9451215412f378": (("rms_norm", "llama"),),
    "7cfd5647ec4541ea": (("rms_norm", "zero_centred"),),
    "1c4f6d1ab6172677": (("rotary_embedding", ""),),  # LlamaRotaryEmbedding and its copies
    **_each(_EMBEDDINGS, ("embedding", "")),
    **_each("0f806af2dbe5beff 62315faf5a34bfb6 b49fec5f275f0ce3 c0806443d48e34a3", ("activation", "gelu")),
    **_each("26493f3bac1922ed 7cfbf890757e3fb1 f49f0639aee57d18 3e04b58bd83867e4", ("activation", "gelu_tanh")),
    **_each("40accfa258a7fc15 2bf2f983c5e68223 d42cd2f4a053bec8 b8963f1322b9059a be6975be28f53e57", ("activation", "silu")),
    **_each("ffd10f03dd55e2d8 e13578dac11dc85f 96a5d28e1e6ce7be c636cc0bf457e095 72c69578e039d47d", ("activation", "relu")),
    **_each("665b795a2f9d85b9 57ced90709f1e833 a472064699238485 aa83e16706e76901", ("activation", "tanh")),
    **_each("513c6b2acabce175 1fff4e008c68ae90", ("activation", "quick_gelu")),
    **_each("a1f82c6a7ca4f9a3 d6d02d54675af5e4", ("activation", "relu_squared")),
}
