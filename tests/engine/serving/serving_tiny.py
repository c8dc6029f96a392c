"""Tiny configs of the served architectures: the real transformers config classes, shrunk
so that a CPU builds and runs each in well under a second."""

from __future__ import annotations

from transformers.models.auto.configuration_auto import CONFIG_MAPPING

COMMON = dict(hidden_size=64, intermediate_size=96, num_hidden_layers=2, num_attention_heads=4,
              num_key_value_heads=2, head_dim=16, vocab_size=211, max_position_embeddings=256)

EXTRA = {
    "llama": {},
    "qwen3": {},
    "mistral": {"sliding_window": 12},
    "phi3": {"sliding_window": 12, "pad_token_id": 0},
    "gemma2": {"sliding_window": 8, "attn_logit_softcapping": 5.0, "final_logit_softcapping": 3.0,
               "layer_types": ["sliding_attention", "full_attention"]},
    "gemma3_text": {"sliding_window": 8, "layer_types": ["sliding_attention", "full_attention"]},
    "mixtral": {"num_local_experts": 4, "num_experts_per_tok": 2},
    "qwen3_moe": {"num_experts": 4, "num_experts_per_tok": 2, "moe_intermediate_size": 32,
                  "decoder_sparse_step": 1, "mlp_only_layers": []},
    "gpt_oss": {"num_local_experts": 4, "num_experts_per_tok": 2, "sliding_window": 8,
                "layer_types": ["sliding_attention", "full_attention"]},
}


def tiny_config(model_type: str):
    fields = {**COMMON, **EXTRA[model_type]}
    if model_type == "phi3":
        fields.pop("head_dim")
    config = CONFIG_MAPPING[model_type](**fields)
    config.eos_token_id = None  # random weights: run every request to its max_tokens
    return config
