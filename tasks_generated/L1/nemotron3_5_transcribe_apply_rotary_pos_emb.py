"""A rotary position embedding, a leaf kernel: `apply_rotary_pos_emb` as transformers runs it.

kernel:        5972e274e838230e
level:         1
label:         rotary
qualnames:     transformers.models.nemotron3_5_transcribe.modeling_nemotron3_5_transcribe.apply_rotary_pos_emb, transformers.models.minimax_m2.modeling_minimax_m2.apply_rotary_pos_emb, transformers.models.nemotron3_diarization.modeling_nemotron3_diarization.apply_rotary_pos_emb, transformers.models.minimax_m3_vl.modeling_minimax_m3_vl.apply_rotary_pos_emb, transformers.models.mimo_v2_flash.modeling_mimo_v2_flash.apply_rotary_pos_emb, transformers.models.glm4_moe.modeling_glm4_moe.apply_rotary_pos_emb, transformers.models.glm4v_moe.modeling_glm4v_moe.apply_rotary_pos_emb, transformers.models.gpt_neox.modeling_gpt_neox.apply_rotary_pos_emb, transformers.models.glm_image.modeling_glm_image.apply_rotary_pos_emb, transformers.models.laguna.modeling_laguna.apply_rotary_pos_emb, transformers.models.qwen3_5.modeling_qwen3_5.apply_rotary_pos_emb, transformers.models.zaya.modeling_zaya.apply_rotary_pos_emb, transformers.models.dots3_note.modeling_dots3_note.apply_rotary_pos_emb, transformers.models.glmasr.modeling_glmasr.apply_rotary_pos_emb, transformers.models.minimax_m3_vl.modeling_minimax_m3_vl.apply_rotary_pos_emb_vision, transformers.models.nemotron.modeling_nemotron.apply_rotary_pos_emb, transformers.models.phi3.modeling_phi3.apply_rotary_pos_emb, transformers.models.neomme.modeling_neomme.apply_rotary_pos_emb, transformers.models.qwen3_next.modeling_qwen3_next.apply_rotary_pos_emb, transformers.models.qwen3_5_moe.modeling_qwen3_5_moe.apply_rotary_pos_emb, transformers.models.recurrent_gemma.modeling_recurrent_gemma.apply_rotary_pos_emb, transformers.models.step3p7.modeling_step3p7.apply_rotary_pos_emb
transformers:  5.24.0
architectures: dots3_note, glm4_moe, glm4v_moe, glm_image, glmasr, gpt_neox, jev, laguna, mimo_v2_flash, minicpm_ocr, minicpmv4_6, minicpmv4_7, minimax_m2, minimax_m3_vl, nemotron, nemotron3_5_transcribe_asr_audio, nemotron3_5_transcribe_audio, nemotron3_5_transcribe_word_timestamp, nemotron3_diarization, neomme, phi3, qwen3_5, qwen3_5_moe, qwen3_next, recurrent_gemma, step3p7, zaya
cases:         24 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.models.dots3_note.configuration_dots3_note import Dots3NoteAudioConfig
from transformers.models.glm4_moe.configuration_glm4_moe import Glm4MoeConfig
from transformers.models.glm4v_moe.configuration_glm4v_moe import Glm4vMoeTextConfig
from transformers.models.glm_image.configuration_glm_image import GlmImageTextConfig
from transformers.models.glmasr.configuration_glmasr import GlmAsrEncoderConfig
from transformers.models.gpt_neox.configuration_gpt_neox import GPTNeoXConfig
from transformers.models.laguna.configuration_laguna import LagunaConfig
from transformers.models.mimo_v2_flash.configuration_mimo_v2_flash import MiMoV2FlashConfig
from transformers.models.minimax_m2.configuration_minimax_m2 import MiniMaxM2Config
from transformers.models.minimax_m3_vl.configuration_minimax_m3_vl import MiniMaxM3VLTextConfig
from transformers.models.minimax_m3_vl.configuration_minimax_m3_vl import MiniMaxM3VLVisionConfig
from transformers.models.nemotron.configuration_nemotron import NemotronConfig
from transformers.models.nemotron3_5_transcribe.configuration_nemotron3_5_transcribe import Nemotron3_5TranscribeAsrAudioConfig
from transformers.models.nemotron3_5_transcribe.configuration_nemotron3_5_transcribe import Nemotron3_5TranscribeWordTimestampConfig
from transformers.models.nemotron3_5_transcribe.modeling_nemotron3_5_transcribe import apply_rotary_pos_emb
from transformers.models.nemotron3_diarization.configuration_nemotron3_diarization import Nemotron3DiarizationAudioConfig
from transformers.models.neomme.configuration_neomme import NeoMMEConfig
from transformers.models.phi3.configuration_phi3 import Phi3Config
from transformers.models.qwen3_5.configuration_qwen3_5 import Qwen3_5TextConfig
from transformers.models.qwen3_5_moe.configuration_qwen3_5_moe import Qwen3_5MoeTextConfig
from transformers.models.qwen3_next.configuration_qwen3_next import Qwen3NextConfig
from transformers.models.recurrent_gemma.configuration_recurrent_gemma import RecurrentGemmaConfig
from transformers.models.zaya.configuration_zaya import ZayaConfig
import importlib


class Model(nn.Module):
    """`apply_rotary_pos_emb` from transformers, unchanged, as a module: forward calls it with the same arguments."""

    def __init__(self) -> None:
        super().__init__()
        self.eval()  # as every task's Model: built ready for inference

    def forward(self, q, k, cos, sin, position_ids=None, unsqueeze_dim=1):
        return apply_rotary_pos_emb(q, k, cos, sin, position_ids, unsqueeze_dim)


class ModelNew(nn.Module):
    """A rotary position embedding, a leaf kernel: `apply_rotary_pos_emb` as transformers runs it.

    Candidate stub: same constructor and forward signature as Model.
    Model holds no parameters or buffers in its state dict: neither may ModelNew.
    """

    def __init__(self) -> None:
        super().__init__()
        raise NotImplementedError("write the kernel: a rotary position embedding (apply_rotary_pos_emb)")

    def forward(self, q, k, cos, sin, position_ids=None, unsqueeze_dim=1):
        raise NotImplementedError("write the kernel: a rotary position embedding (apply_rotary_pos_emb)")


KERNEL = {"id": "5972e274e838230e", "name": "nemotron3_5_transcribe_apply_rotary_pos_emb", "level": 1, "label": "rotary", "qualname": "transformers.models.nemotron3_5_transcribe.modeling_nemotron3_5_transcribe.apply_rotary_pos_emb", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 16, 509, 256], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 4, 509, 256], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 0, "outputs": [1]}],
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
        {"name": "cos", "kind": "produced", "producer": 1, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 1, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 29448704,
     "flops": 40133632,
     "architectures": ["laguna", "minimax_m2"],
     "qualname": "transformers.models.minimax_m2.modeling_minimax_m2.apply_rotary_pos_emb",
     "path": "layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 64, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 4, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 2, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 2, "outputs": [1]}],
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
        {"name": "cos", "kind": "produced", "producer": 3, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 3, "outputs": [1]}],
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
        {"name": "cos", "kind": "produced", "producer": 4, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 4, "outputs": [1]}],
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
        {"name": "cos", "kind": "produced", "producer": 5, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 5, "outputs": [1]}],
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
        {"name": "cos", "kind": "produced", "producer": 6, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 6, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 17981952,
     "flops": 14398592,
     "architectures": ["glm_image"],
     "qualname": "transformers.models.glm_image.modeling_glm_image.apply_rotary_pos_emb",
     "path": "language_model.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 8, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 2, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 7, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 7, "outputs": [1]}],
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
        {"name": "cos", "kind": "produced", "producer": 8, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 8, "outputs": [1]}],
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
        {"name": "cos", "kind": "produced", "producer": 9, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 9, "outputs": [1]}],
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
        {"name": "cos", "kind": "produced", "producer": 10, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 10, "outputs": [1]}],
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
        {"name": "cos", "kind": "produced", "producer": 11, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 11, "outputs": [1]}],
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
        {"name": "cos", "kind": "produced", "producer": 12, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 12, "outputs": [1]}],
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
        {"name": "cos", "kind": "produced", "producer": 13, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 13, "outputs": [1]}],
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
        {"name": "cos", "kind": "produced", "producer": 14, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 14, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 50167040,
     "flops": 40654848,
     "architectures": ["nemotron"],
     "qualname": "transformers.models.nemotron.modeling_nemotron.apply_rotary_pos_emb",
     "path": "layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [512, 16, 80], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [512, 16, 80], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 15, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 15, "outputs": [1]}],
     "dims": {},
     "bytes": 5402624,
     "flops": 7061504,
     "architectures": ["minimax_m3_vl"],
     "qualname": "transformers.models.minimax_m3_vl.modeling_minimax_m3_vl.apply_rotary_pos_emb_vision",
     "path": "vision_tower.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 8, 375, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 8, 375, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 16, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 16, "outputs": [1]}],
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
        {"name": "cos", "kind": "produced", "producer": 17, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 17, "outputs": [1]}],
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
        {"name": "cos", "kind": "produced", "producer": 18, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 18, "outputs": [1]}],
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
        {"name": "cos", "kind": "produced", "producer": 19, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 19, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 18894080,
     "flops": 9968256,
     "architectures": ["qwen3_5_moe", "qwen3_next"],
     "qualname": "transformers.models.qwen3_next.modeling_qwen3_next.apply_rotary_pos_emb",
     "path": "layers.3.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 64, 509, 192], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 4, 509, 192], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 8, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 8, "outputs": [1]}],
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
        {"name": "cos", "kind": "produced", "producer": 20, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 20, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 21109248,
     "flops": 16939520,
     "architectures": ["recurrent_gemma"],
     "qualname": "transformers.models.recurrent_gemma.modeling_recurrent_gemma.apply_rotary_pos_emb",
     "path": "layers.2.temporal_block"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 16, 1018, 80], "roles": ["batch", "fixed", "batch*seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 16, 1018, 80], "roles": ["batch", "fixed", "batch*seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 21, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 21, "outputs": [1]}],
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


# Calls that make an input in production (a rotary table, a mask, a router's choice), run by
# get_inputs on drawn inputs of their own: an input {"kind": "produced"} takes their outputs.
PRODUCERS = [
    {"qualname": "transformers.models.qwen3_5.modeling_qwen3_5.Qwen3_5TextRotaryEmbedding",
     "init": {"config": {"config_class": "Qwen3_5TextConfig", "fields": {"head_dim": 256, "max_position_embeddings": 32768, "rope_parameters": {"rope_theta": 10000.0, "partial_rotary_factor": 0.25, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [3, 2, 509], "roles": ["fixed", "fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.minimax_m2.modeling_minimax_m2.MiniMaxM2RotaryEmbedding",
     "init": {"config": {"config_class": "MiniMaxM2Config", "fields": {"head_dim": 128, "max_position_embeddings": 196608, "rope_parameters": {"rope_theta": 5000000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 3072], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.minimax_m3_vl.modeling_minimax_m3_vl.MiniMaxM3VLRotaryEmbedding",
     "init": {"config": {"config_class": "MiniMaxM3VLTextConfig", "fields": {"head_dim": 128, "max_position_embeddings": 524288, "rope_parameters": {"rope_theta": 5000000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 6144], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.glm4v_moe.modeling_glm4v_moe.Glm4vMoeTextRotaryEmbedding",
     "init": {"config": {"config_class": "Glm4vMoeTextConfig", "fields": {"head_dim": 128, "max_position_embeddings": 65536, "rope_parameters": {"rope_theta": 10000.0, "partial_rotary_factor": 0.5, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [3, 2, 509], "roles": ["fixed", "fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.glm4_moe.modeling_glm4_moe.Glm4MoeRotaryEmbedding",
     "init": {"config": {"config_class": "Glm4MoeConfig", "fields": {"hidden_size": 4096, "max_position_embeddings": 131072, "num_attention_heads": 96, "rope_parameters": {"rope_theta": 10000.0, "partial_rotary_factor": 0.5, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.gpt_neox.modeling_gpt_neox.GPTNeoXRotaryEmbedding",
     "init": {"config": {"config_class": "GPTNeoXConfig", "fields": {"hidden_size": 6144, "max_position_embeddings": 2048, "num_attention_heads": 64, "rope_parameters": {"rope_theta": 10000.0, "partial_rotary_factor": 0.25, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 6144], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.glm_image.modeling_glm_image.GlmImageTextRotaryEmbedding",
     "init": {"config": {"config_class": "GlmImageTextConfig", "fields": {"hidden_size": 4096, "max_position_embeddings": 131072, "num_attention_heads": 32, "rope_parameters": {"rope_type": "default", "rope_theta": 10000.0, "partial_rotary_factor": 0.5}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [3, 2, 509], "roles": ["fixed", "fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.zaya.modeling_zaya.ZayaRotaryEmbedding",
     "init": {"config": {"config_class": "ZayaConfig", "fields": {"head_dim": 128, "layer_types": ["hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid"], "max_position_embeddings": 131072, "rope_parameters": {"hybrid": {"rope_type": "default", "rope_theta": 5000000.0, "partial_rotary_factor": 0.5}, "hybrid_sliding": {"rope_type": "default", "rope_theta": 10000.0, "partial_rotary_factor": 0.5}}, "attn_implementation": "sdpa"}}, "device": None},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "layer_type", "kind": "str", "value": "hybrid"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.mimo_v2_flash.modeling_mimo_v2_flash.MiMoV2FlashRotaryEmbedding",
     "init": {"config": {"config_class": "MiMoV2FlashConfig", "fields": {"head_dim": 192, "layer_types": ["full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention"], "max_position_embeddings": 131072, "rope_parameters": {"full_attention": {"rope_type": "default", "rope_theta": 5000000.0, "partial_rotary_factor": 0.334}, "sliding_attention": {"rope_type": "default", "rope_theta": 10000.0, "partial_rotary_factor": 0.334}}, "attn_implementation": "eager"}}, "device": None},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "layer_type", "kind": "str", "value": "full_attention"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.nemotron3_5_transcribe.modeling_nemotron3_5_transcribe.Nemotron3_5TranscribeRotaryEmbedding",
     "init": {"config": {"config_class": "Nemotron3_5TranscribeAsrAudioConfig", "fields": {"hidden_size": 1280, "max_position_embeddings": 5000, "num_attention_heads": 10, "rope_parameters": {"rope_type": "default", "rope_theta": 10000.0, "partial_rotary_factor": 0.5}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 375, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 375], "roles": ["fixed", "fixed"], "dtype": "int64", "high": 375}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.nemotron3_5_transcribe.modeling_nemotron3_5_transcribe.Nemotron3_5TranscribeRotaryEmbedding",
     "init": {"config": {"config_class": "Nemotron3_5TranscribeAsrAudioConfig", "fields": {"hidden_size": 1280, "max_position_embeddings": 5000, "num_attention_heads": 10, "rope_parameters": {"rope_type": "default", "rope_theta": 10000.0, "partial_rotary_factor": 0.5}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 64, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 64], "roles": ["fixed", "fixed"], "dtype": "int64", "high": 64}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteAudioRotaryEmbedding",
     "init": {"config": {"config_class": "Dots3NoteAudioConfig", "fields": {"head_dim": 64, "max_position_embeddings": 6000, "rope_parameters": {"rope_theta": 10000.0, "partial_rotary_factor": 0.5, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 128, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 128], "roles": ["fixed", "fixed"], "dtype": "int64", "high": 128}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.glmasr.modeling_glmasr.GlmAsrRotaryEmbedding",
     "init": {"config": {"config_class": "GlmAsrEncoderConfig", "fields": {"hidden_size": 1280, "max_position_embeddings": 1500, "num_attention_heads": 20, "rope_parameters": {"rope_theta": 10000.0, "partial_rotary_factor": 0.5, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 1500, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 1500], "roles": ["fixed", "fixed"], "dtype": "int64", "high": 1500}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.phi3.modeling_phi3.Phi3RotaryEmbedding",
     "init": {"config": {"config_class": "Phi3Config", "fields": {"hidden_size": 3072, "max_position_embeddings": 4096, "num_attention_heads": 32, "rope_parameters": {"rope_theta": 10000.0, "partial_rotary_factor": 1.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 3072], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.nemotron.modeling_nemotron.NemotronRotaryEmbedding",
     "init": {"config": {"config_class": "NemotronConfig", "fields": {"head_dim": 128, "max_position_embeddings": 4096, "rope_parameters": {"rope_theta": 10000.0, "partial_rotary_factor": 0.5, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 6144], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.minimax_m3_vl.modeling_minimax_m3_vl.MiniMaxM3VLVisionRotaryEmbedding",
     "init": {"config": {"config_class": "MiniMaxM3VLVisionConfig", "fields": {"hidden_size": 1280, "num_attention_heads": 16, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "axial"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [512, 1280], "roles": ["fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [512, 3], "roles": ["fixed", "fixed"], "dtype": "int64", "high": 512}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.nemotron3_diarization.modeling_nemotron3_diarization.Nemotron3DiarizationRotaryEmbedding",
     "init": {"config": {"config_class": "Nemotron3DiarizationAudioConfig", "fields": {"hidden_size": 512, "max_position_embeddings": 5000, "num_attention_heads": 8, "rope_parameters": {"rope_theta": 10000.0, "partial_rotary_factor": 1.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 375, 512], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 375], "roles": ["fixed", "fixed"], "dtype": "int64", "high": 375}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.nemotron3_diarization.modeling_nemotron3_diarization.Nemotron3DiarizationRotaryEmbedding",
     "init": {"config": {"config_class": "Nemotron3DiarizationAudioConfig", "fields": {"hidden_size": 512, "max_position_embeddings": 5000, "num_attention_heads": 8, "rope_parameters": {"rope_theta": 10000.0, "partial_rotary_factor": 1.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 64, 512], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 64], "roles": ["fixed", "fixed"], "dtype": "int64", "high": 64}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.neomme.modeling_neomme.NeoMMERotaryEmbedding",
     "init": {"config": {"config_class": "NeoMMEConfig", "fields": {"head_dim": 64, "layer_types": ["sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention"], "max_position_embeddings": 16384, "rope_parameters": {"full_attention": {"rope_type": "default", "rope_theta": 1000000.0, "partial_rotary_factor": 0.25}, "sliding_attention": {"rope_type": "default", "rope_theta": 10000.0, "partial_rotary_factor": 1.0}}, "attn_implementation": "sdpa"}}, "device": None},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 1024], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [2, 2, 509], "roles": ["batch", "fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "layer_type", "kind": "str", "value": "sliding_attention"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.qwen3_next.modeling_qwen3_next.Qwen3NextRotaryEmbedding",
     "init": {"config": {"config_class": "Qwen3NextConfig", "fields": {"head_dim": 256, "max_position_embeddings": 32768, "rope_parameters": {"rope_theta": 10000.0, "partial_rotary_factor": 0.25, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.recurrent_gemma.modeling_recurrent_gemma.RecurrentGemmaRotaryEmbedding",
     "init": {"config": {"config_class": "RecurrentGemmaConfig", "fields": {"head_dim": 256, "rope_parameters": {"rope_theta": 10000.0, "partial_rotary_factor": 0.5, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 10, 509, 256], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.nemotron3_5_transcribe.modeling_nemotron3_5_transcribe.Nemotron3_5TranscribeRotaryEmbedding",
     "init": {"config": {"config_class": "Nemotron3_5TranscribeWordTimestampConfig", "fields": {"hidden_size": 1280, "max_position_embeddings": 5000, "num_attention_heads": 16, "rope_parameters": {"rope_type": "default", "rope_theta": 10000.0, "partial_rotary_factor": 0.5}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 1018, 1280], "roles": ["batch", "batch*seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 1018], "roles": ["fixed", "batch*seq"], "dtype": "int64", "high": "batch*seq"}],
     "param_dtype": "float32"},
]


_CONFIGS = {"Dots3NoteAudioConfig": Dots3NoteAudioConfig, "GPTNeoXConfig": GPTNeoXConfig, "Glm4MoeConfig": Glm4MoeConfig, "Glm4vMoeTextConfig": Glm4vMoeTextConfig, "GlmAsrEncoderConfig": GlmAsrEncoderConfig, "GlmImageTextConfig": GlmImageTextConfig, "LagunaConfig": LagunaConfig, "MiMoV2FlashConfig": MiMoV2FlashConfig, "MiniMaxM2Config": MiniMaxM2Config, "MiniMaxM3VLTextConfig": MiniMaxM3VLTextConfig, "MiniMaxM3VLVisionConfig": MiniMaxM3VLVisionConfig, "Nemotron3DiarizationAudioConfig": Nemotron3DiarizationAudioConfig, "Nemotron3_5TranscribeAsrAudioConfig": Nemotron3_5TranscribeAsrAudioConfig, "Nemotron3_5TranscribeWordTimestampConfig": Nemotron3_5TranscribeWordTimestampConfig, "NemotronConfig": NemotronConfig, "NeoMMEConfig": NeoMMEConfig, "Phi3Config": Phi3Config, "Qwen3NextConfig": Qwen3NextConfig, "Qwen3_5MoeTextConfig": Qwen3_5MoeTextConfig, "Qwen3_5TextConfig": Qwen3_5TextConfig, "RecurrentGemmaConfig": RecurrentGemmaConfig, "ZayaConfig": ZayaConfig}


def get_init_inputs(case=0):
    """Positional arguments of Model(...) / ModelNew(...) for CASES[case]."""
    return [_config(value) if isinstance(value, dict) else value for value in CASES[case]["init"].values()]


def get_inputs(case=0, dims=None):
    """Forward arguments (a list) for CASES[case]; `dims` overrides {"batch": b, "seq": s}
    to build a valid shape the case does not list (held-out shapes)."""
    dims = {**CASES[case]["dims"], **(dims or {})}
    produced = {}  # each producer runs once per call: cos and sin come from the same positions
    return [_input(spec, dims, CASES[case], produced) for spec in CASES[case]["inputs"]]


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


def _input(spec, dims, case, produced=None):
    kind = spec["kind"]
    if kind == "produced":  # made by the call that makes it in production (PRODUCERS)
        return _produced(spec, dims, {} if produced is None else produced)
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


def _produced(spec, dims, produced):
    """An input made by its producer, which runs once per get_inputs call."""
    if spec["producer"] not in produced:
        produced[spec["producer"]] = _produce(PRODUCERS[spec["producer"]], dims)
    outputs = [produced[spec["producer"]][i] for i in spec["outputs"]]
    return tuple(outputs) if spec.get("tuple") else outputs[0]


def _produce(producer, dims):
    """Run the call that makes an input in production on drawn inputs: its output leaves."""
    module_name, name = producer["qualname"].rsplit(".", 1)
    target = getattr(importlib.import_module(module_name), name)
    inputs = [_input(spec, dims, producer, {}) for spec in producer["inputs"]]
    if isinstance(target, type):
        target = target(*[_config(v) if isinstance(v, dict) else v for v in producer["init"].values()])
        target.eval()
        if "param_dtype" in producer:
            target.to(getattr(torch, producer["param_dtype"]))
    with torch.no_grad():
        outputs = target(*inputs)
    return _leaves(outputs)


def _leaves(value):
    if isinstance(value, (list, tuple)):
        return [leaf for item in value for leaf in _leaves(item)]
    return [value]


# Serving shapes of the default case, after the traced ones: decode steps (one new token for each
# of `batch` sequences) and a prefill chunk. Their bytes/flops were not traced (None).
SERVING = [
    {"phase": "decode",
     "dims": {"batch": 1, "seq": 1}},
    {"phase": "decode",
     "dims": {"batch": 16, "seq": 1}},
    {"phase": "decode",
     "dims": {"batch": 64, "seq": 1}},
    {"phase": "decode",
     "dims": {"batch": 256, "seq": 1}},
    {"phase": "prefill",
     "dims": {"batch": 1, "seq": 2048}},
]


def _serving_case(default, serving):
    """The default case at a serving shape: role-sized dimensions at its dims."""
    dims = serving["dims"]
    sizes = {**dims, "batch*seq": dims["batch"] * dims["seq"]}

    def resized(spec):  # a tensor of a "tensors" input has no "kind" of its own
        if spec.get("kind") == "tensors":
            return {**spec, "tensors": [resized(t) for t in spec["tensors"]]}
        if spec.get("kind", "tensor") != "tensor":
            return spec
        return {**spec, "shape": [sizes.get(role, size) for size, role in zip(spec["shape"], spec["roles"])]}

    kept = {k: v for k, v in default.items() if k not in ("architectures", "qualname", "path")}
    return {**kept, "inputs": [resized(s) for s in default["inputs"]], "dims": dims, "bytes": None, "flops": None,
            "phase": serving["phase"]}


CASES += [_serving_case(CASES[0], serving) for serving in SERVING]
