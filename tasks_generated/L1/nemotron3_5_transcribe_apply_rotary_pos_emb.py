"""A rotary position embedding, a leaf kernel: `apply_rotary_pos_emb` as transformers runs it.

kernel:        e8036a9865fe3aea
level:         1
label:         rotary
qualnames:     transformers.models.nemotron3_5_transcribe.modeling_nemotron3_5_transcribe.apply_rotary_pos_emb, transformers.models.minimax_m2.modeling_minimax_m2.apply_rotary_pos_emb, transformers.models.nemotron3_diarization.modeling_nemotron3_diarization.apply_rotary_pos_emb, transformers.models.minimax_m3_vl.modeling_minimax_m3_vl.apply_rotary_pos_emb, transformers.models.mimo_v2_flash.modeling_mimo_v2_flash.apply_rotary_pos_emb, transformers.models.glm4_moe.modeling_glm4_moe.apply_rotary_pos_emb, transformers.models.glm4v_moe.modeling_glm4v_moe.apply_rotary_pos_emb, transformers.models.gpt_neox.modeling_gpt_neox.apply_rotary_pos_emb, transformers.models.glm_image.modeling_glm_image.apply_rotary_pos_emb, transformers.models.laguna.modeling_laguna.apply_rotary_pos_emb, transformers.models.qwen3_5.modeling_qwen3_5.apply_rotary_pos_emb, transformers.models.zaya.modeling_zaya.apply_rotary_pos_emb, transformers.models.dots3_note.modeling_dots3_note.apply_rotary_pos_emb, transformers.models.glmasr.modeling_glmasr.apply_rotary_pos_emb, transformers.models.nemotron.modeling_nemotron.apply_rotary_pos_emb, transformers.models.phi3.modeling_phi3.apply_rotary_pos_emb, transformers.models.neomme.modeling_neomme.apply_rotary_pos_emb, transformers.models.qwen3_next.modeling_qwen3_next.apply_rotary_pos_emb, transformers.models.qwen3_5_moe.modeling_qwen3_5_moe.apply_rotary_pos_emb, transformers.models.recurrent_gemma.modeling_recurrent_gemma.apply_rotary_pos_emb, transformers.models.step3p7.modeling_step3p7.apply_rotary_pos_emb
transformers:  5.24.0
architectures: dots3_note, glm4_moe, glm4v_moe, glm_image, glmasr, gpt_neox, jev, laguna, mimo_v2_flash, minicpm_ocr, minicpmv4_6, minicpmv4_7, minimax_m2, minimax_m3_vl, nemotron, nemotron3_5_transcribe_asr_audio, nemotron3_5_transcribe_audio, nemotron3_5_transcribe_word_timestamp, nemotron3_diarization, neomme, phi3, qwen3_5, qwen3_5_moe, qwen3_next, recurrent_gemma, step3p7, zaya
cases:         26 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.models.nemotron3_5_transcribe.modeling_nemotron3_5_transcribe import apply_rotary_pos_emb


class Model(nn.Module):
    """`apply_rotary_pos_emb` from transformers, unchanged, as a module: forward calls it with the same arguments."""

    def forward(self, q, k, cos, sin, position_ids=None, unsqueeze_dim=1):
        return apply_rotary_pos_emb(q, k, cos, sin, position_ids, unsqueeze_dim)


class ModelNew(nn.Module):
    """A rotary position embedding, a leaf kernel: `apply_rotary_pos_emb` as transformers runs it.

    Candidate stub: same constructor and forward signature as Model."""

    def __init__(self) -> None:
        super().__init__()
        raise NotImplementedError("write the kernel: a rotary position embedding (apply_rotary_pos_emb)")

    def forward(self, q, k, cos, sin, position_ids=None, unsqueeze_dim=1):
        raise NotImplementedError("write the kernel: a rotary position embedding (apply_rotary_pos_emb)")


KERNEL = {"id": "e8036a9865fe3aea", "name": "nemotron3_5_transcribe_apply_rotary_pos_emb", "level": 1, "label": "rotary", "qualname": "transformers.models.nemotron3_5_transcribe.modeling_nemotron3_5_transcribe.apply_rotary_pos_emb", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims.
CASES = [
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 16, 509, 256], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 4, 509, 256], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "tensor", "shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "sin", "kind": "tensor", "shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 21109248,
     "flops": 11075840,
     "architectures": ["jev", "minicpm_ocr", "minicpmv4_6", "minicpmv4_7", "qwen3_5"],
     "qualname": "transformers.models.qwen3_5.modeling_qwen3_5.apply_rotary_pos_emb",
     "path": "model.layers.3.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 48, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 8, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "tensor", "shape": [1, 509, 128], "roles": ["fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "sin", "kind": "tensor", "shape": [1, 509, 128], "roles": ["fixed", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 29448704,
     "flops": 40133632,
     "architectures": ["minimax_m2"],
     "qualname": "transformers.models.minimax_m2.modeling_minimax_m2.apply_rotary_pos_emb",
     "path": "layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 64, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 4, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "tensor", "shape": [1, 509, 128], "roles": ["fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "sin", "kind": "tensor", "shape": [1, 509, 128], "roles": ["fixed", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 35703296,
     "flops": 48733696,
     "architectures": ["minimax_m3_vl"],
     "qualname": "transformers.models.minimax_m3_vl.modeling_minimax_m3_vl.apply_rotary_pos_emb",
     "path": "language_model.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 96, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 8, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "tensor", "shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "sin", "kind": "tensor", "shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 54467072,
     "flops": 44042752,
     "architectures": ["glm4v_moe"],
     "qualname": "transformers.models.glm4v_moe.modeling_glm4v_moe.apply_rotary_pos_emb",
     "path": "language_model.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 96, 509, 42], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 8, 509, 42], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "tensor", "shape": [1, 509, 22], "roles": ["fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "sin", "kind": "tensor", "shape": [1, 509, 22], "roles": ["fixed", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 17831288,
     "flops": 14927952,
     "architectures": ["glm4_moe"],
     "qualname": "transformers.models.glm4_moe.modeling_glm4_moe.apply_rotary_pos_emb",
     "path": "layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 64, 509, 96], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 64, 509, 96], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "tensor", "shape": [1, 509, 24], "roles": ["fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "sin", "kind": "tensor", "shape": [1, 509, 24], "roles": ["fixed", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 50085600,
     "flops": 26582016,
     "architectures": ["gpt_neox"],
     "qualname": "transformers.models.gpt_neox.modeling_gpt_neox.apply_rotary_pos_emb",
     "path": "layers.0.attention"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 32, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 2, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "tensor", "shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "sin", "kind": "tensor", "shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 17981952,
     "flops": 14398592,
     "architectures": ["glm_image"],
     "qualname": "transformers.models.glm_image.modeling_glm_image.apply_rotary_pos_emb",
     "path": "language_model.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 48, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 8, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "tensor", "shape": [1, 509, 64], "roles": ["fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "sin", "kind": "tensor", "shape": [1, 509, 64], "roles": ["fixed", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 29318400,
     "flops": 23715328,
     "architectures": ["laguna"],
     "qualname": "transformers.models.laguna.modeling_laguna.apply_rotary_pos_emb",
     "path": "layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 8, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 2, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "tensor", "shape": [1, 509, 64], "roles": ["fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "sin", "kind": "tensor", "shape": [1, 509, 64], "roles": ["fixed", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 5342464,
     "flops": 4234880,
     "architectures": ["zaya"],
     "qualname": "transformers.models.zaya.modeling_zaya.apply_rotary_pos_emb",
     "path": "layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 64, 509, 192], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 8, 509, 192], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "tensor", "shape": [1, 509, 64], "roles": ["fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "sin", "kind": "tensor", "shape": [1, 509, 64], "roles": ["fixed", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 56421632,
     "flops": 35182080,
     "architectures": ["mimo_v2_flash"],
     "qualname": "transformers.models.mimo_v2_flash.modeling_mimo_v2_flash.apply_rotary_pos_emb",
     "path": "layers.1.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 10, 375, 128], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 10, 375, 128], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "tensor", "shape": [1, 375, 64], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "sin", "kind": "tensor", "shape": [1, 375, 64], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 7776000,
     "flops": 6240000,
     "architectures": ["nemotron3_5_transcribe_audio"],
     "qualname": "transformers.models.nemotron3_5_transcribe.modeling_nemotron3_5_transcribe.apply_rotary_pos_emb",
     "path": "asr_encoder.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 10, 64, 128], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 10, 64, 128], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "tensor", "shape": [1, 64, 64], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "sin", "kind": "tensor", "shape": [1, 64, 64], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1327104,
     "flops": 1064960,
     "architectures": ["nemotron3_5_transcribe_asr_audio"],
     "qualname": "transformers.models.nemotron3_5_transcribe.modeling_nemotron3_5_transcribe.apply_rotary_pos_emb",
     "path": "layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 20, 128, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 20, 128, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "tensor", "shape": [1, 128, 32], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "sin", "kind": "tensor", "shape": [1, 128, 32], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2637824,
     "flops": 2129920,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.apply_rotary_pos_emb",
     "path": "audio_tower.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 20, 1500, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 20, 1500, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "tensor", "shape": [1, 1500, 32], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "sin", "kind": "tensor", "shape": [1, 1500, 32], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 30912000,
     "flops": 24960000,
     "architectures": ["glmasr"],
     "qualname": "transformers.models.glmasr.modeling_glmasr.apply_rotary_pos_emb",
     "path": "audio_tower.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 32, 509, 96], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 32, 509, 96], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "tensor", "shape": [1, 509, 96], "roles": ["fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "sin", "kind": "tensor", "shape": [1, 509, 96], "roles": ["fixed", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 25213824,
     "flops": 34400256,
     "architectures": ["phi3"],
     "qualname": "transformers.models.phi3.modeling_phi3.apply_rotary_pos_emb",
     "path": "layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 48, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 48, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "tensor", "shape": [1, 509, 64], "roles": ["fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "sin", "kind": "tensor", "shape": [1, 509, 64], "roles": ["fixed", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 50167040,
     "flops": 40654848,
     "architectures": ["nemotron"],
     "qualname": "transformers.models.nemotron.modeling_nemotron.apply_rotary_pos_emb",
     "path": "layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 8, 375, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 8, 375, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "tensor", "shape": [1, 375, 64], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "sin", "kind": "tensor", "shape": [1, 375, 64], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3168000,
     "flops": 4224000,
     "architectures": ["nemotron3_5_transcribe_audio"],
     "qualname": "transformers.models.nemotron3_diarization.modeling_nemotron3_diarization.apply_rotary_pos_emb",
     "path": "diarization_model.model.audio_tower.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 8, 64, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 8, 64, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "tensor", "shape": [1, 64, 64], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "sin", "kind": "tensor", "shape": [1, 64, 64], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 540672,
     "flops": 720896,
     "architectures": ["nemotron3_diarization"],
     "qualname": "transformers.models.nemotron3_diarization.modeling_nemotron3_diarization.apply_rotary_pos_emb",
     "path": "audio_tower.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 16, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 4, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "tensor", "shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "sin", "kind": "tensor", "shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 5472768,
     "flops": 7166720,
     "architectures": ["neomme"],
     "qualname": "transformers.models.neomme.modeling_neomme.apply_rotary_pos_emb",
     "path": "layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 16, 509, 256], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 2, 509, 256], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "tensor", "shape": [1, 509, 64], "roles": ["fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "sin", "kind": "tensor", "shape": [1, 509, 64], "roles": ["fixed", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 18894080,
     "flops": 9968256,
     "architectures": ["qwen3_next"],
     "qualname": "transformers.models.qwen3_next.modeling_qwen3_next.apply_rotary_pos_emb",
     "path": "layers.3.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 16, 509, 256], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 2, 509, 256], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "tensor", "shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "sin", "kind": "tensor", "shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 19024384,
     "flops": 9968256,
     "architectures": ["qwen3_5_moe"],
     "qualname": "transformers.models.qwen3_5_moe.modeling_qwen3_5_moe.apply_rotary_pos_emb",
     "path": "language_model.layers.3.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 64, 509, 192], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 4, 509, 192], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "tensor", "shape": [1, 509, 64], "roles": ["fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "sin", "kind": "tensor", "shape": [1, 509, 64], "roles": ["fixed", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 53294336,
     "flops": 33227520,
     "architectures": ["mimo_v2_flash"],
     "qualname": "transformers.models.mimo_v2_flash.modeling_mimo_v2_flash.apply_rotary_pos_emb",
     "path": "layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 10, 509, 256], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 10, 509, 256], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "tensor", "shape": [1, 509, 128], "roles": ["fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "sin", "kind": "tensor", "shape": [1, 509, 128], "roles": ["fixed", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 21109248,
     "flops": 16939520,
     "architectures": ["recurrent_gemma"],
     "qualname": "transformers.models.recurrent_gemma.modeling_recurrent_gemma.apply_rotary_pos_emb",
     "path": "layers.2.temporal_block"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 16, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 4, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "tensor", "shape": [2, 509, 16], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "sin", "kind": "tensor", "shape": [2, 509, 16], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 5277312,
     "flops": 2768960,
     "architectures": ["neomme"],
     "qualname": "transformers.models.neomme.modeling_neomme.apply_rotary_pos_emb",
     "path": "layers.5.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 16, 1018, 80], "roles": ["batch", "fixed", "batch*seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 16, 1018, 80], "roles": ["batch", "fixed", "batch*seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "tensor", "shape": [1, 1018, 40], "roles": ["fixed", "batch*seq", "fixed"], "dtype": "bfloat16"},
        {"name": "sin", "kind": "tensor", "shape": [1, 1018, 40], "roles": ["fixed", "batch*seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 21011520,
     "flops": 16939520,
     "architectures": ["nemotron3_5_transcribe_word_timestamp"],
     "qualname": "transformers.models.nemotron3_5_transcribe.modeling_nemotron3_5_transcribe.apply_rotary_pos_emb",
     "path": "layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 64, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 8, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "tensor", "shape": [1, 509, 128], "roles": ["fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "sin", "kind": "tensor", "shape": [1, 509, 128], "roles": ["fixed", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 37788160,
     "flops": 51600384,
     "architectures": ["step3p7"],
     "qualname": "transformers.models.step3p7.modeling_step3p7.apply_rotary_pos_emb",
     "path": "language_model.layers.0.self_attn"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = []


_CONFIGS = {}


def get_init_inputs(case=0):
    """Positional arguments of Model(...) / ModelNew(...) for CASES[case]."""
    return [_config(value) if isinstance(value, dict) else value for value in CASES[case]["init"].values()]


def get_inputs(case=0, dims=None):
    """Forward arguments (a list) for CASES[case]; `dims` overrides {"batch": b, "seq": s}
    to build a valid shape the case does not list (held-out shapes)."""
    dims = {**CASES[case]["dims"], **(dims or {})}
    return [_input(spec, dims, CASES[case]) for spec in CASES[case]["inputs"]]


def _config(spec):
    return _CONFIGS[spec["config_class"]](**spec["fields"])


def _tensor(spec, dims):
    sizes = dict(dims)
    if "batch" in dims and "seq" in dims:
        sizes["batch*seq"] = dims["batch"] * dims["seq"]
    shape = [sizes.get(role, size) for size, role in zip(spec["shape"], spec["roles"])]
    dtype = getattr(torch, spec["dtype"])
    if "fill" in spec:
        return torch.full(shape, spec["fill"], dtype=dtype)
    if dtype.is_floating_point or dtype.is_complex:
        return torch.randn(shape, dtype=dtype)
    if "draw" in spec:
        return _structured(spec, shape, sizes, dtype)
    high = spec["high"]  # a role ("seq") bounds positions by that dimension
    return torch.randint(0, sizes[high] if isinstance(high, str) else high, shape, dtype=dtype)


def _structured(spec, shape, sizes, dtype):
    """Integer inputs whose values a model checks: cumulative sequence lengths (0 to the token
    count, equal segments), segment lengths and group ends that add up to the tokens, patch
    grids ((1, h, w) rows covering the tokens, or (h, w) times a patch size), fixed rows,
    boxes (x0 <= x1, y0 <= y1)."""
    if spec["draw"] == "boxes":
        corners = torch.randint(0, spec["high"], [*shape[:-1], 2, 2]).sort(dim=-2).values
        return corners.reshape(shape).to(dtype)
    if spec["draw"] == "rows":
        return torch.tensor([spec["row"]] * shape[0], dtype=dtype)
    total = sizes.get(spec["total"], spec["total"])
    if spec["draw"] == "cumulative":
        return (torch.arange(shape[0]) * total // (shape[0] - 1)).to(dtype)
    ends = torch.arange(1, shape[0] + 1) * total // shape[0]
    if spec["draw"] == "ends":
        return ends.to(dtype)
    if spec["draw"] == "segments":
        return torch.diff(ends, prepend=torch.zeros(1, dtype=ends.dtype)).to(dtype)
    per_image = total // shape[0]
    height = next(h for h in range(int(per_image**0.5), 0, -1) if per_image % h == 0)
    scale = spec.get("scale", 1)
    row = [1] * (shape[1] - 2) + [height * scale, per_image // height * scale]
    return torch.tensor([row] * shape[0], dtype=dtype)


def _input(spec, dims, case):
    kind = spec["kind"]
    if kind == "tensor":
        return _tensor(spec, dims)
    if kind == "tensors":
        return tuple(_tensor(tensor, dims) for tensor in spec["tensors"])
    if kind == "module":  # the attention module an attention function reads its flags from
        module = nn.Module()
        for name, value in spec["attributes"].items():
            setattr(module, name, value)
        for name, tensor in spec.get("weights", {}).items():
            setattr(module, name, nn.Parameter(_tensor(tensor, dims), requires_grad=False))
        return module
    if kind == "config":
        return _config(spec)
    if kind == "device":
        return torch.device("cpu")
    if kind == "dtype":
        return getattr(torch, case.get("param_dtype", "float32"))
    return spec.get("value")
