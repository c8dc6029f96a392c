"""Kernel names: upstream qualnames snake-cased, mixed-case acronyms kept whole."""

from __future__ import annotations

import pytest

from fastkernels.analyzer.identity.kernels import readable_name, snake


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("LlamaRMSNorm", "llama_rms_norm"),
        ("Qwen2_5OmniMLP", "qwen2_5_omni_mlp"),
        ("GlmMLP", "glm_mlp"),
        ("SiLUActivation", "silu_activation"),
        ("ReLU6", "relu6"),
        ("GraniteMoeMoE", "granite_moe_moe"),
        ("MobileViTV2Layer", "mobile_vit_v2_layer"),
        ("MiMoV2FlashDecoderLayer", "mi_mo_v2_flash_decoder_layer"),
        ("Sam3ViTRoPEAttention", "sam3_vit_rope_attention"),
        ("DINOv3ViTEmbeddings", "dinov3_vit_embeddings"),
        ("LayoutLMv3Attention", "layout_lmv3_attention"),
    ],
)
def test_snake(name, expected):
    assert snake(name) == expected


def test_functions_get_their_model_prefix():
    assert readable_name("transformers.models.llama.modeling_llama.apply_rotary_pos_emb") == "llama_apply_rotary_pos_emb"
    assert readable_name("transformers.activations.SiLUActivation") == "silu_activation"
