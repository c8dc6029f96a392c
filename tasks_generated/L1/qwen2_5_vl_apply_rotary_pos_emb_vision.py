"""A rotary position embedding, a leaf kernel: `apply_rotary_pos_emb_vision` as transformers runs it.

kernel:        057ab0a9e9b1eb41
level:         1
label:         rotary
qualnames:     transformers.models.qwen2_5_vl.modeling_qwen2_5_vl.apply_rotary_pos_emb_vision, transformers.models.qwen2_vl.modeling_qwen2_vl.apply_rotary_pos_emb_vision, transformers.models.qwen3_vl.modeling_qwen3_vl.apply_rotary_pos_emb_vision, transformers.models.glm4v.modeling_glm4v.apply_rotary_pos_emb_vision, transformers.models.mlcd.modeling_mlcd.apply_rotary_pos_emb_vision, transformers.models.dots3_note.modeling_dots3_note.apply_rotary_pos_emb_vision, transformers.models.exaone4_5.modeling_exaone4_5.apply_rotary_pos_emb_vision, transformers.models.cohere_compass.modeling_cohere_compass.apply_rotary_pos_emb_vision, transformers.models.kimi_k25.modeling_kimi_k25.apply_rotary_pos_emb_vision, transformers.models.qwen3_5.modeling_qwen3_5.apply_rotary_pos_emb_vision, transformers.models.qwen3_5_moe.modeling_qwen3_5_moe.apply_rotary_pos_emb_vision, transformers.models.qwen3_vl_moe.modeling_qwen3_vl_moe.apply_rotary_pos_emb_vision, transformers.models.glm4v_moe.modeling_glm4v_moe.apply_rotary_pos_emb_vision, transformers.models.glm_ocr.modeling_glm_ocr.apply_rotary_pos_emb_vision, transformers.models.video_llama_3.modeling_video_llama_3.apply_rotary_pos_emb_vision, transformers.models.lfm3_vl.modeling_lfm3_vl.apply_rotary_pos_emb_vision, transformers.models.ernie4_5_vl_moe.modeling_ernie4_5_vl_moe.apply_rotary_pos_emb_vision, transformers.models.paddleocr_vl.modeling_paddleocr_vl.apply_rotary_pos_emb_vision, transformers.models.step3p7.modeling_step3p7.apply_rotary_pos_emb_vision
transformers:  5.24.0
architectures: cohere_compass, colqwen2, cosmos3_omni, dots3_note, ernie4_5_vl_moe, exaone4_5, glm46v, glm4v, glm4v_moe, glm_ocr, hyperclovax_vision_v2, kimi_k25, lfm3_vl, mlcd, paddleocr_vl, qwen2_5_vl, qwen2_vl, qwen3_5, qwen3_5_moe, qwen3_vl, qwen3_vl_moe, step3p7, video_llama_3
cases:         12 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.models.cohere_compass.configuration_cohere_compass import CohereCompassVisionConfig
from transformers.models.dots3_note.configuration_dots3_note import Dots3NoteVisionConfig
from transformers.models.exaone4_5.configuration_exaone4_5 import Exaone4_5_VisionConfig
from transformers.models.glm4v.configuration_glm4v import Glm4vVisionConfig
from transformers.models.glm_ocr.configuration_glm_ocr import GlmOcrVisionConfig
from transformers.models.kimi_k25.configuration_kimi_k25 import Kimi_K25VisionConfig
from transformers.models.lfm3_vl.configuration_lfm3_vl import Lfm3VlVisionConfig
from transformers.models.qwen2_5_vl.configuration_qwen2_5_vl import Qwen2_5_VLVisionConfig
from transformers.models.qwen2_5_vl.modeling_qwen2_5_vl import apply_rotary_pos_emb_vision
from transformers.models.qwen2_vl.configuration_qwen2_vl import Qwen2VLVisionConfig
from transformers.models.step3p7.configuration_step3p7 import Step3p7VisionConfig
from transformers.models.video_llama_3.configuration_video_llama_3 import VideoLlama3VisionConfig
import importlib


class Model(nn.Module):
    """`apply_rotary_pos_emb_vision` from transformers, unchanged, as a module: forward calls it with the same arguments."""

    def __init__(self) -> None:
        super().__init__()
        self.eval()  # as every task's Model: built ready for inference

    def forward(
        self,
        q: torch.Tensor,
        k: torch.Tensor,
        cos: torch.Tensor,
        sin: torch.Tensor,
    ) -> tuple[torch.Tensor, torch.Tensor]:
        return apply_rotary_pos_emb_vision(q, k, cos, sin)


class ModelNew(nn.Module):
    """A rotary position embedding, a leaf kernel: `apply_rotary_pos_emb_vision` as transformers runs it.

    Candidate stub: same constructor and forward signature as Model.
    Model holds no parameters or buffers in its state dict: neither may ModelNew.
    """

    def __init__(self) -> None:
        super().__init__()
        raise NotImplementedError("write the kernel: a rotary position embedding (apply_rotary_pos_emb_vision)")

    def forward(
        self,
        q: torch.Tensor,
        k: torch.Tensor,
        cos: torch.Tensor,
        sin: torch.Tensor,
    ) -> tuple[torch.Tensor, torch.Tensor]:
        raise NotImplementedError("write the kernel: a rotary position embedding (apply_rotary_pos_emb_vision)")


KERNEL = {"id": "057ab0a9e9b1eb41", "name": "qwen2_5_vl_apply_rotary_pos_emb_vision", "level": 1, "label": "rotary", "qualname": "transformers.models.qwen2_5_vl.modeling_qwen2_5_vl.apply_rotary_pos_emb_vision", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [512, 16, 72], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [512, 16, 72], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 0, "outputs": [1]}],
     "dims": {},
     "bytes": 5013504,
     "flops": 5308416,
     "architectures": ["cohere_compass", "cosmos3_omni", "paddleocr_vl", "qwen3_5", "qwen3_5_moe", "qwen3_vl", "qwen3_vl_moe"],
     "qualname": "transformers.models.cohere_compass.modeling_cohere_compass.apply_rotary_pos_emb_vision",
     "path": "visual.blocks.0.attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [512, 12, 128], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [512, 12, 128], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 1, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 1, "outputs": [1]}],
     "dims": {},
     "bytes": 6815744,
     "flops": 7077888,
     "architectures": ["glm46v", "glm4v", "glm4v_moe"],
     "qualname": "transformers.models.glm4v.modeling_glm4v.apply_rotary_pos_emb_vision",
     "path": "visual.blocks.0.attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [512, 16, 80], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [512, 16, 80], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 2, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 2, "outputs": [1]}],
     "dims": {},
     "bytes": 5570560,
     "flops": 5898240,
     "architectures": ["colqwen2", "ernie4_5_vl_moe", "qwen2_vl"],
     "qualname": "transformers.models.qwen2_vl.modeling_qwen2_vl.apply_rotary_pos_emb_vision",
     "path": "vlm.visual.blocks.0.attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [512, 16, 224], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [512, 16, 224], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 3, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 3, "outputs": [1]}],
     "dims": {},
     "bytes": 15597568,
     "flops": 16515072,
     "architectures": ["hyperclovax_vision_v2", "qwen2_5_vl"],
     "qualname": "transformers.models.qwen2_5_vl.modeling_qwen2_5_vl.apply_rotary_pos_emb_vision",
     "path": "vision_model.blocks.0.attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 577, 16, 104], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 577, 16, 104], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "tensor", "shape": [1, 577, 104], "roles": ["fixed", "fixed", "fixed"], "dtype": "float32"},
        {"name": "sin", "kind": "tensor", "shape": [1, 577, 104], "roles": ["fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 15842112,
     "flops": 17282304,
     "architectures": ["mlcd"],
     "qualname": "transformers.models.mlcd.modeling_mlcd.apply_rotary_pos_emb_vision",
     "path": "encoder.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [512, 24, 64], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [512, 24, 64], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 4, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 4, "outputs": [1]}],
     "dims": {},
     "bytes": 6553600,
     "flops": 7077888,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.apply_rotary_pos_emb_vision",
     "path": "vision_tower.blocks.0.attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [512, 16, 224], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [512, 8, 224], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 5, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 5, "outputs": [1]}],
     "dims": {},
     "bytes": 11927552,
     "flops": 12386304,
     "architectures": ["exaone4_5"],
     "qualname": "transformers.models.exaone4_5.modeling_exaone4_5.apply_rotary_pos_emb_vision",
     "path": "visual.blocks.0.attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [1, 512, 16, 72], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [1, 512, 16, 72], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 6, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 6, "outputs": [1]}],
     "dims": {},
     "bytes": 5013504,
     "flops": 5308416,
     "architectures": ["kimi_k25"],
     "qualname": "transformers.models.kimi_k25.modeling_kimi_k25.apply_rotary_pos_emb_vision",
     "path": "vision_tower.layers.0.attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [512, 16, 64], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [512, 16, 64], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 7, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 7, "outputs": [1]}],
     "dims": {},
     "bytes": 4456448,
     "flops": 4718592,
     "architectures": ["glm_ocr"],
     "qualname": "transformers.models.glm_ocr.modeling_glm_ocr.apply_rotary_pos_emb_vision",
     "path": "visual.blocks.0.attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [512, 12, 64], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [512, 12, 64], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 8, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 8, "outputs": [1]}],
     "dims": {},
     "bytes": 3407872,
     "flops": 3538944,
     "architectures": ["video_llama_3"],
     "qualname": "transformers.models.video_llama_3.modeling_video_llama_3.apply_rotary_pos_emb_vision",
     "path": "vision_model.encoder.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [512, 16, 64], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [512, 8, 64], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 9, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 9, "outputs": [1]}],
     "dims": {},
     "bytes": 3407872,
     "flops": 3538944,
     "architectures": ["lfm3_vl"],
     "qualname": "transformers.models.lfm3_vl.modeling_lfm3_vl.apply_rotary_pos_emb_vision",
     "path": "vision_tower.layers.2.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 2704, 16, 96], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 2704, 16, 96], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 10, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 10, "outputs": [1]}],
     "dims": {"batch": 2},
     "bytes": 68530176,
     "flops": 74760192,
     "architectures": ["step3p7"],
     "qualname": "transformers.models.step3p7.modeling_step3p7.apply_rotary_pos_emb_vision",
     "path": "vision_model.layers.0.self_attn"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = []


# Calls that make an input in production (a rotary table, a mask, a router's choice), run by
# get_inputs on drawn inputs of their own: an input {"kind": "produced"} takes their outputs.
PRODUCERS = [
    {"qualname": "transformers.models.cohere_compass.modeling_cohere_compass.CohereCompassVisionRotaryEmbedding",
     "init": {"config": {"config_class": "CohereCompassVisionConfig", "fields": {"hidden_size": 1152, "num_attention_heads": 16, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "axial"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [512, 1152], "roles": ["fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [512, 2], "roles": ["fixed", "fixed"], "dtype": "int64", "high": 512}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.glm4v.modeling_glm4v.Glm4vVisionRotaryEmbedding",
     "init": {"config": {"config_class": "Glm4vVisionConfig", "fields": {"hidden_size": 1536, "num_attention_heads": 12, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "axial"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [512, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [512, 2], "roles": ["fixed", "fixed"], "dtype": "int64", "high": 512}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.qwen2_vl.modeling_qwen2_vl.Qwen2VLVisionRotaryEmbedding",
     "init": {"config": {"config_class": "Qwen2VLVisionConfig", "fields": {"embed_dim": 1280, "num_attention_heads": 16, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "axial"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [512, 1280], "roles": ["fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [512, 2], "roles": ["fixed", "fixed"], "dtype": "int64", "high": 512}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.qwen2_5_vl.modeling_qwen2_5_vl.Qwen2_5_VLVisionRotaryEmbedding",
     "init": {"config": {"config_class": "Qwen2_5_VLVisionConfig", "fields": {"hidden_size": 3584, "num_attention_heads": 16, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "axial"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [512, 3584], "roles": ["fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [512, 2], "roles": ["fixed", "fixed"], "dtype": "int64", "high": 512}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteVisionRotaryEmbedding",
     "init": {"config": {"config_class": "Dots3NoteVisionConfig", "fields": {"hidden_size": 1536, "num_attention_heads": 24, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "axial"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [512, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [512, 2], "roles": ["fixed", "fixed"], "dtype": "int64", "high": 512}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.exaone4_5.modeling_exaone4_5.Exaone4_5_VisionRotaryEmbedding",
     "init": {"config": {"config_class": "Exaone4_5_VisionConfig", "fields": {"hidden_size": 3584, "num_attention_heads": 16, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "axial"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [512, 3584], "roles": ["fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [512, 2], "roles": ["fixed", "fixed"], "dtype": "int64", "high": 512}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.kimi_k25.modeling_kimi_k25.Kimi_K25VisionRotaryEmbedding",
     "init": {"config": {"config_class": "Kimi_K25VisionConfig", "fields": {"hidden_size": 1152, "num_attention_heads": 16, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "axial"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [512, 1152], "roles": ["fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [512, 2], "roles": ["fixed", "fixed"], "dtype": "int64", "high": 512}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.glm_ocr.modeling_glm_ocr.GlmOcrVisionRotaryEmbedding",
     "init": {"config": {"config_class": "GlmOcrVisionConfig", "fields": {"hidden_size": 1024, "num_attention_heads": 16, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "axial"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [512, 1024], "roles": ["fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [512, 2], "roles": ["fixed", "fixed"], "dtype": "int64", "high": 512}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.video_llama_3.modeling_video_llama_3.VideoLlama3VisionRotaryEmbedding",
     "init": {"config": {"config_class": "VideoLlama3VisionConfig", "fields": {"hidden_size": 768, "num_attention_heads": 12, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "axial"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [512, 768], "roles": ["fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [512, 2], "roles": ["fixed", "fixed"], "dtype": "int64", "high": 512}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.lfm3_vl.modeling_lfm3_vl.Lfm3VlVisionRotaryEmbedding",
     "init": {"config": {"config_class": "Lfm3VlVisionConfig", "fields": {"hidden_size": 1024, "num_attention_heads": 16, "rope_parameters": {"rope_theta": 1000000.0, "rope_type": "axial"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [512, 1024], "roles": ["fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [512, 2], "roles": ["fixed", "fixed"], "dtype": "int64", "high": 512}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.step3p7.modeling_step3p7.Step3p7VisionRotaryEmbedding",
     "init": {"config": {"config_class": "Step3p7VisionConfig", "fields": {"hidden_size": 1536, "num_attention_heads": 16, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "axial"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 2704, 1536], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [2704, 2], "roles": ["fixed", "fixed"], "dtype": "int64", "high": 2704}],
     "param_dtype": "float32"},
]


_CONFIGS = {"CohereCompassVisionConfig": CohereCompassVisionConfig, "Dots3NoteVisionConfig": Dots3NoteVisionConfig, "Exaone4_5_VisionConfig": Exaone4_5_VisionConfig, "Glm4vVisionConfig": Glm4vVisionConfig, "GlmOcrVisionConfig": GlmOcrVisionConfig, "Kimi_K25VisionConfig": Kimi_K25VisionConfig, "Lfm3VlVisionConfig": Lfm3VlVisionConfig, "Qwen2VLVisionConfig": Qwen2VLVisionConfig, "Qwen2_5_VLVisionConfig": Qwen2_5_VLVisionConfig, "Step3p7VisionConfig": Step3p7VisionConfig, "VideoLlama3VisionConfig": VideoLlama3VisionConfig}


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
