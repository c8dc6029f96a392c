"""Attention, a module built from leaf kernels: `KyutaiSpeechToTextAttention` as transformers runs it, built from L1/kyutai_speech_to_text_rotary_embedding, L1/llama_apply_rotary_pos_emb, L1/sdpa_attention_forward_2a0a61, L2/kyutai_speech_to_text_linear (hyper-parameters of sdpa vary per case).

kernel:        c2403137582fb2d2
level:         2
label:         attention
qualnames:     transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention, transformers.models.moshi.modeling_moshi.MoshiAttention
transformers:  5.24.0
architectures: kyutai_speech_to_text, moshi
cases:         48 real cases, default first (the most common that fits in 8 GB); 32 unmapped
"""

import torch
from torch import nn
from transformers.cache_utils import Cache
from transformers.models.kyutai_speech_to_text.configuration_kyutai_speech_to_text import KyutaiSpeechToTextConfig
from transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text import KyutaiSpeechToTextAttention
from transformers.utils.generic import TransformersKwargs
from typing import Unpack
import importlib


class Model(KyutaiSpeechToTextAttention):
    """`KyutaiSpeechToTextAttention` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(
        self,
        config: KyutaiSpeechToTextConfig,
        layer_idx: int | None = None,
        use_flexible_linear=False,
        use_rope=True,
    ):
        super().__init__(config, layer_idx, use_flexible_linear, use_rope)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """Attention, a module built from leaf kernels: `KyutaiSpeechToTextAttention` as transformers runs it, built from L1/kyutai_speech_to_text_rotary_embedding, L1/llama_apply_rotary_pos_emb, L1/sdpa_attention_forward_2a0a61, L2/kyutai_speech_to_text_linear (hyper-parameters of sdpa vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        q_proj.linear.weight [2048, 2048]
        k_proj.linear.weight [2048, 2048]
        v_proj.linear.weight [2048, 2048]
        o_proj.linear.weight [2048, 2048]
    """

    def __init__(
        self,
        config: KyutaiSpeechToTextConfig,
        layer_idx: int | None = None,
        use_flexible_linear=False,
        use_rope=True,
    ):
        super().__init__()
        raise NotImplementedError("write the kernel: attention (KyutaiSpeechToTextAttention)")

    def forward(
        self,
        hidden_states: torch.Tensor,
        attention_mask: torch.Tensor | None = None,
        position_ids: torch.LongTensor | None = None,
        cache: Cache | None = None,
        codebook_idx: torch.Tensor | None = None,
        **kwargs: Unpack[TransformersKwargs],
    ) -> tuple[torch.Tensor, torch.Tensor]:
        raise NotImplementedError("write the kernel: attention (KyutaiSpeechToTextAttention)")


KERNEL = {"id": "c2403137582fb2d2", "name": "kyutai_speech_to_text_attention", "level": 2, "label": "attention", "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "KyutaiSpeechToTextConfig", "fields": {"attention_dropout": 0.0, "head_dim": 64, "hidden_size": 2048, "max_position_embeddings": 750, "num_attention_heads": 32, "num_codebooks": 32, "num_key_value_heads": 32, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}, "layer_idx": 0, "use_flexible_linear": False, "use_rope": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "codebook_idx", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 42416250,
     "flops": 38422655988,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention",
     "path": "layers.0.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "KyutaiSpeechToTextConfig", "fields": {"attention_dropout": 0.0, "head_dim": 64, "hidden_size": 2048, "num_attention_heads": 32, "num_codebooks": 32, "num_key_value_heads": 32, "attn_implementation": "sdpa"}}, "layer_idx": 1, "use_flexible_linear": False, "use_rope": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "codebook_idx", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 42416250,
     "flops": 38422655988,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention",
     "path": "layers.1.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "KyutaiSpeechToTextConfig", "fields": {"attention_dropout": 0.0, "head_dim": 64, "hidden_size": 2048, "num_attention_heads": 32, "num_codebooks": 32, "num_key_value_heads": 32, "attn_implementation": "sdpa"}}, "layer_idx": 2, "use_flexible_linear": False, "use_rope": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "codebook_idx", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 42416250,
     "flops": 38422655988,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention",
     "path": "layers.2.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "KyutaiSpeechToTextConfig", "fields": {"attention_dropout": 0.0, "head_dim": 64, "hidden_size": 2048, "num_attention_heads": 32, "num_codebooks": 32, "num_key_value_heads": 32, "attn_implementation": "sdpa"}}, "layer_idx": 3, "use_flexible_linear": False, "use_rope": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "codebook_idx", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 42416250,
     "flops": 38422655988,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention",
     "path": "layers.3.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "KyutaiSpeechToTextConfig", "fields": {"attention_dropout": 0.0, "head_dim": 64, "hidden_size": 2048, "num_attention_heads": 32, "num_codebooks": 32, "num_key_value_heads": 32, "attn_implementation": "sdpa"}}, "layer_idx": 4, "use_flexible_linear": False, "use_rope": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "codebook_idx", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 42416250,
     "flops": 38422655988,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention",
     "path": "layers.4.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "KyutaiSpeechToTextConfig", "fields": {"attention_dropout": 0.0, "head_dim": 64, "hidden_size": 2048, "num_attention_heads": 32, "num_codebooks": 32, "num_key_value_heads": 32, "attn_implementation": "sdpa"}}, "layer_idx": 5, "use_flexible_linear": False, "use_rope": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "codebook_idx", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 42416250,
     "flops": 38422655988,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention",
     "path": "layers.5.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "KyutaiSpeechToTextConfig", "fields": {"attention_dropout": 0.0, "head_dim": 64, "hidden_size": 2048, "num_attention_heads": 32, "num_codebooks": 32, "num_key_value_heads": 32, "attn_implementation": "sdpa"}}, "layer_idx": 6, "use_flexible_linear": False, "use_rope": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "codebook_idx", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 42416250,
     "flops": 38422655988,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention",
     "path": "layers.6.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "KyutaiSpeechToTextConfig", "fields": {"attention_dropout": 0.0, "head_dim": 64, "hidden_size": 2048, "num_attention_heads": 32, "num_codebooks": 32, "num_key_value_heads": 32, "attn_implementation": "sdpa"}}, "layer_idx": 7, "use_flexible_linear": False, "use_rope": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "codebook_idx", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 42416250,
     "flops": 38422655988,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention",
     "path": "layers.7.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "KyutaiSpeechToTextConfig", "fields": {"attention_dropout": 0.0, "head_dim": 64, "hidden_size": 2048, "num_attention_heads": 32, "num_codebooks": 32, "num_key_value_heads": 32, "attn_implementation": "sdpa"}}, "layer_idx": 8, "use_flexible_linear": False, "use_rope": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "codebook_idx", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 42416250,
     "flops": 38422655988,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention",
     "path": "layers.8.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "KyutaiSpeechToTextConfig", "fields": {"attention_dropout": 0.0, "head_dim": 64, "hidden_size": 2048, "num_attention_heads": 32, "num_codebooks": 32, "num_key_value_heads": 32, "attn_implementation": "sdpa"}}, "layer_idx": 9, "use_flexible_linear": False, "use_rope": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "codebook_idx", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 42416250,
     "flops": 38422655988,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention",
     "path": "layers.9.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "KyutaiSpeechToTextConfig", "fields": {"attention_dropout": 0.0, "head_dim": 64, "hidden_size": 2048, "num_attention_heads": 32, "num_codebooks": 32, "num_key_value_heads": 32, "attn_implementation": "sdpa"}}, "layer_idx": 10, "use_flexible_linear": False, "use_rope": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "codebook_idx", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 42416250,
     "flops": 38422655988,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention",
     "path": "layers.10.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "KyutaiSpeechToTextConfig", "fields": {"attention_dropout": 0.0, "head_dim": 64, "hidden_size": 2048, "num_attention_heads": 32, "num_codebooks": 32, "num_key_value_heads": 32, "attn_implementation": "sdpa"}}, "layer_idx": 11, "use_flexible_linear": False, "use_rope": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "codebook_idx", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 42416250,
     "flops": 38422655988,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention",
     "path": "layers.11.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "KyutaiSpeechToTextConfig", "fields": {"attention_dropout": 0.0, "head_dim": 64, "hidden_size": 2048, "num_attention_heads": 32, "num_codebooks": 32, "num_key_value_heads": 32, "attn_implementation": "sdpa"}}, "layer_idx": 12, "use_flexible_linear": False, "use_rope": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "codebook_idx", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 42416250,
     "flops": 38422655988,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention",
     "path": "layers.12.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "KyutaiSpeechToTextConfig", "fields": {"attention_dropout": 0.0, "head_dim": 64, "hidden_size": 2048, "num_attention_heads": 32, "num_codebooks": 32, "num_key_value_heads": 32, "attn_implementation": "sdpa"}}, "layer_idx": 13, "use_flexible_linear": False, "use_rope": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "codebook_idx", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 42416250,
     "flops": 38422655988,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention",
     "path": "layers.13.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "KyutaiSpeechToTextConfig", "fields": {"attention_dropout": 0.0, "head_dim": 64, "hidden_size": 2048, "num_attention_heads": 32, "num_codebooks": 32, "num_key_value_heads": 32, "attn_implementation": "sdpa"}}, "layer_idx": 14, "use_flexible_linear": False, "use_rope": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "codebook_idx", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 42416250,
     "flops": 38422655988,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention",
     "path": "layers.14.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "KyutaiSpeechToTextConfig", "fields": {"attention_dropout": 0.0, "head_dim": 64, "hidden_size": 2048, "num_attention_heads": 32, "num_codebooks": 32, "num_key_value_heads": 32, "attn_implementation": "sdpa"}}, "layer_idx": 15, "use_flexible_linear": False, "use_rope": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "codebook_idx", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 42416250,
     "flops": 38422655988,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention",
     "path": "layers.15.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "KyutaiSpeechToTextConfig", "fields": {"attention_dropout": 0.0, "head_dim": 64, "hidden_size": 2048, "num_attention_heads": 32, "num_codebooks": 32, "num_key_value_heads": 32, "attn_implementation": "sdpa"}}, "layer_idx": 16, "use_flexible_linear": False, "use_rope": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "codebook_idx", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 42416250,
     "flops": 38422655988,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention",
     "path": "layers.16.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "KyutaiSpeechToTextConfig", "fields": {"attention_dropout": 0.0, "head_dim": 64, "hidden_size": 2048, "num_attention_heads": 32, "num_codebooks": 32, "num_key_value_heads": 32, "attn_implementation": "sdpa"}}, "layer_idx": 17, "use_flexible_linear": False, "use_rope": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "codebook_idx", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 42416250,
     "flops": 38422655988,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention",
     "path": "layers.17.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "KyutaiSpeechToTextConfig", "fields": {"attention_dropout": 0.0, "head_dim": 64, "hidden_size": 2048, "num_attention_heads": 32, "num_codebooks": 32, "num_key_value_heads": 32, "attn_implementation": "sdpa"}}, "layer_idx": 18, "use_flexible_linear": False, "use_rope": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "codebook_idx", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 42416250,
     "flops": 38422655988,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention",
     "path": "layers.18.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "KyutaiSpeechToTextConfig", "fields": {"attention_dropout": 0.0, "head_dim": 64, "hidden_size": 2048, "num_attention_heads": 32, "num_codebooks": 32, "num_key_value_heads": 32, "attn_implementation": "sdpa"}}, "layer_idx": 19, "use_flexible_linear": False, "use_rope": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "codebook_idx", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 42416250,
     "flops": 38422655988,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention",
     "path": "layers.19.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "KyutaiSpeechToTextConfig", "fields": {"attention_dropout": 0.0, "head_dim": 64, "hidden_size": 2048, "num_attention_heads": 32, "num_codebooks": 32, "num_key_value_heads": 32, "attn_implementation": "sdpa"}}, "layer_idx": 20, "use_flexible_linear": False, "use_rope": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "codebook_idx", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 42416250,
     "flops": 38422655988,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention",
     "path": "layers.20.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "KyutaiSpeechToTextConfig", "fields": {"attention_dropout": 0.0, "head_dim": 64, "hidden_size": 2048, "num_attention_heads": 32, "num_codebooks": 32, "num_key_value_heads": 32, "attn_implementation": "sdpa"}}, "layer_idx": 21, "use_flexible_linear": False, "use_rope": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "codebook_idx", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 42416250,
     "flops": 38422655988,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention",
     "path": "layers.21.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "KyutaiSpeechToTextConfig", "fields": {"attention_dropout": 0.0, "head_dim": 64, "hidden_size": 2048, "num_attention_heads": 32, "num_codebooks": 32, "num_key_value_heads": 32, "attn_implementation": "sdpa"}}, "layer_idx": 22, "use_flexible_linear": False, "use_rope": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "codebook_idx", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 42416250,
     "flops": 38422655988,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention",
     "path": "layers.22.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "KyutaiSpeechToTextConfig", "fields": {"attention_dropout": 0.0, "head_dim": 64, "hidden_size": 2048, "num_attention_heads": 32, "num_codebooks": 32, "num_key_value_heads": 32, "attn_implementation": "sdpa"}}, "layer_idx": 23, "use_flexible_linear": False, "use_rope": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "codebook_idx", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 42416250,
     "flops": 38422655988,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention",
     "path": "layers.23.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "KyutaiSpeechToTextConfig", "fields": {"attention_dropout": 0.0, "head_dim": 64, "hidden_size": 2048, "num_attention_heads": 32, "num_codebooks": 32, "num_key_value_heads": 32, "attn_implementation": "sdpa"}}, "layer_idx": 24, "use_flexible_linear": False, "use_rope": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "codebook_idx", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 42416250,
     "flops": 38422655988,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention",
     "path": "layers.24.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "KyutaiSpeechToTextConfig", "fields": {"attention_dropout": 0.0, "head_dim": 64, "hidden_size": 2048, "num_attention_heads": 32, "num_codebooks": 32, "num_key_value_heads": 32, "attn_implementation": "sdpa"}}, "layer_idx": 25, "use_flexible_linear": False, "use_rope": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "codebook_idx", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 42416250,
     "flops": 38422655988,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention",
     "path": "layers.25.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "KyutaiSpeechToTextConfig", "fields": {"attention_dropout": 0.0, "head_dim": 64, "hidden_size": 2048, "num_attention_heads": 32, "num_codebooks": 32, "num_key_value_heads": 32, "attn_implementation": "sdpa"}}, "layer_idx": 26, "use_flexible_linear": False, "use_rope": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "codebook_idx", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 42416250,
     "flops": 38422655988,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention",
     "path": "layers.26.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "KyutaiSpeechToTextConfig", "fields": {"attention_dropout": 0.0, "head_dim": 64, "hidden_size": 2048, "num_attention_heads": 32, "num_codebooks": 32, "num_key_value_heads": 32, "attn_implementation": "sdpa"}}, "layer_idx": 27, "use_flexible_linear": False, "use_rope": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "codebook_idx", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 42416250,
     "flops": 38422655988,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention",
     "path": "layers.27.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "KyutaiSpeechToTextConfig", "fields": {"attention_dropout": 0.0, "head_dim": 64, "hidden_size": 2048, "num_attention_heads": 32, "num_codebooks": 32, "num_key_value_heads": 32, "attn_implementation": "sdpa"}}, "layer_idx": 28, "use_flexible_linear": False, "use_rope": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "codebook_idx", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 42416250,
     "flops": 38422655988,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention",
     "path": "layers.28.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "KyutaiSpeechToTextConfig", "fields": {"attention_dropout": 0.0, "head_dim": 64, "hidden_size": 2048, "num_attention_heads": 32, "num_codebooks": 32, "num_key_value_heads": 32, "attn_implementation": "sdpa"}}, "layer_idx": 29, "use_flexible_linear": False, "use_rope": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "codebook_idx", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 42416250,
     "flops": 38422655988,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention",
     "path": "layers.29.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "KyutaiSpeechToTextConfig", "fields": {"attention_dropout": 0.0, "head_dim": 64, "hidden_size": 2048, "num_attention_heads": 32, "num_codebooks": 32, "num_key_value_heads": 32, "attn_implementation": "sdpa"}}, "layer_idx": 30, "use_flexible_linear": False, "use_rope": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "codebook_idx", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 42416250,
     "flops": 38422655988,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention",
     "path": "layers.30.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "KyutaiSpeechToTextConfig", "fields": {"attention_dropout": 0.0, "head_dim": 64, "hidden_size": 2048, "num_attention_heads": 32, "num_codebooks": 32, "num_key_value_heads": 32, "attn_implementation": "sdpa"}}, "layer_idx": 31, "use_flexible_linear": False, "use_rope": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "codebook_idx", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 42416250,
     "flops": 38422655988,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention",
     "path": "layers.31.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "KyutaiSpeechToTextConfig", "fields": {"attention_dropout": 0.0, "head_dim": 64, "hidden_size": 2048, "num_attention_heads": 32, "num_codebooks": 32, "num_key_value_heads": 32, "attn_implementation": "sdpa"}}, "layer_idx": 32, "use_flexible_linear": False, "use_rope": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "codebook_idx", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 42416250,
     "flops": 38422655988,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention",
     "path": "layers.32.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "KyutaiSpeechToTextConfig", "fields": {"attention_dropout": 0.0, "head_dim": 64, "hidden_size": 2048, "num_attention_heads": 32, "num_codebooks": 32, "num_key_value_heads": 32, "attn_implementation": "sdpa"}}, "layer_idx": 33, "use_flexible_linear": False, "use_rope": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "codebook_idx", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 42416250,
     "flops": 38422655988,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention",
     "path": "layers.33.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "KyutaiSpeechToTextConfig", "fields": {"attention_dropout": 0.0, "head_dim": 64, "hidden_size": 2048, "num_attention_heads": 32, "num_codebooks": 32, "num_key_value_heads": 32, "attn_implementation": "sdpa"}}, "layer_idx": 34, "use_flexible_linear": False, "use_rope": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "codebook_idx", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 42416250,
     "flops": 38422655988,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention",
     "path": "layers.34.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "KyutaiSpeechToTextConfig", "fields": {"attention_dropout": 0.0, "head_dim": 64, "hidden_size": 2048, "num_attention_heads": 32, "num_codebooks": 32, "num_key_value_heads": 32, "attn_implementation": "sdpa"}}, "layer_idx": 35, "use_flexible_linear": False, "use_rope": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "codebook_idx", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 42416250,
     "flops": 38422655988,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention",
     "path": "layers.35.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "KyutaiSpeechToTextConfig", "fields": {"attention_dropout": 0.0, "head_dim": 64, "hidden_size": 2048, "num_attention_heads": 32, "num_codebooks": 32, "num_key_value_heads": 32, "attn_implementation": "sdpa"}}, "layer_idx": 36, "use_flexible_linear": False, "use_rope": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "codebook_idx", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 42416250,
     "flops": 38422655988,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention",
     "path": "layers.36.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "KyutaiSpeechToTextConfig", "fields": {"attention_dropout": 0.0, "head_dim": 64, "hidden_size": 2048, "num_attention_heads": 32, "num_codebooks": 32, "num_key_value_heads": 32, "attn_implementation": "sdpa"}}, "layer_idx": 37, "use_flexible_linear": False, "use_rope": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "codebook_idx", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 42416250,
     "flops": 38422655988,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention",
     "path": "layers.37.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "KyutaiSpeechToTextConfig", "fields": {"attention_dropout": 0.0, "head_dim": 64, "hidden_size": 2048, "num_attention_heads": 32, "num_codebooks": 32, "num_key_value_heads": 32, "attn_implementation": "sdpa"}}, "layer_idx": 38, "use_flexible_linear": False, "use_rope": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "codebook_idx", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 42416250,
     "flops": 38422655988,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention",
     "path": "layers.38.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "KyutaiSpeechToTextConfig", "fields": {"attention_dropout": 0.0, "head_dim": 64, "hidden_size": 2048, "num_attention_heads": 32, "num_codebooks": 32, "num_key_value_heads": 32, "attn_implementation": "sdpa"}}, "layer_idx": 39, "use_flexible_linear": False, "use_rope": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "codebook_idx", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 42416250,
     "flops": 38422655988,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention",
     "path": "layers.39.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "KyutaiSpeechToTextConfig", "fields": {"attention_dropout": 0.0, "head_dim": 64, "hidden_size": 2048, "num_attention_heads": 32, "num_codebooks": 32, "num_key_value_heads": 32, "attn_implementation": "sdpa"}}, "layer_idx": 40, "use_flexible_linear": False, "use_rope": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "codebook_idx", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 42416250,
     "flops": 38422655988,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention",
     "path": "layers.40.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "KyutaiSpeechToTextConfig", "fields": {"attention_dropout": 0.0, "head_dim": 64, "hidden_size": 2048, "num_attention_heads": 32, "num_codebooks": 32, "num_key_value_heads": 32, "attn_implementation": "sdpa"}}, "layer_idx": 41, "use_flexible_linear": False, "use_rope": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "codebook_idx", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 42416250,
     "flops": 38422655988,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention",
     "path": "layers.41.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "KyutaiSpeechToTextConfig", "fields": {"attention_dropout": 0.0, "head_dim": 64, "hidden_size": 2048, "num_attention_heads": 32, "num_codebooks": 32, "num_key_value_heads": 32, "attn_implementation": "sdpa"}}, "layer_idx": 42, "use_flexible_linear": False, "use_rope": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "codebook_idx", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 42416250,
     "flops": 38422655988,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention",
     "path": "layers.42.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "KyutaiSpeechToTextConfig", "fields": {"attention_dropout": 0.0, "head_dim": 64, "hidden_size": 2048, "num_attention_heads": 32, "num_codebooks": 32, "num_key_value_heads": 32, "attn_implementation": "sdpa"}}, "layer_idx": 43, "use_flexible_linear": False, "use_rope": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "codebook_idx", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 42416250,
     "flops": 38422655988,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention",
     "path": "layers.43.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "KyutaiSpeechToTextConfig", "fields": {"attention_dropout": 0.0, "head_dim": 64, "hidden_size": 2048, "num_attention_heads": 32, "num_codebooks": 32, "num_key_value_heads": 32, "attn_implementation": "sdpa"}}, "layer_idx": 44, "use_flexible_linear": False, "use_rope": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "codebook_idx", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 42416250,
     "flops": 38422655988,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention",
     "path": "layers.44.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "KyutaiSpeechToTextConfig", "fields": {"attention_dropout": 0.0, "head_dim": 64, "hidden_size": 2048, "num_attention_heads": 32, "num_codebooks": 32, "num_key_value_heads": 32, "attn_implementation": "sdpa"}}, "layer_idx": 45, "use_flexible_linear": False, "use_rope": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "codebook_idx", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 42416250,
     "flops": 38422655988,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention",
     "path": "layers.45.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "KyutaiSpeechToTextConfig", "fields": {"attention_dropout": 0.0, "head_dim": 64, "hidden_size": 2048, "num_attention_heads": 32, "num_codebooks": 32, "num_key_value_heads": 32, "attn_implementation": "sdpa"}}, "layer_idx": 46, "use_flexible_linear": False, "use_rope": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "codebook_idx", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 42416250,
     "flops": 38422655988,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention",
     "path": "layers.46.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "KyutaiSpeechToTextConfig", "fields": {"attention_dropout": 0.0, "head_dim": 64, "hidden_size": 2048, "num_attention_heads": 32, "num_codebooks": 32, "num_key_value_heads": 32, "attn_implementation": "sdpa"}}, "layer_idx": 47, "use_flexible_linear": False, "use_rope": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "codebook_idx", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 42416250,
     "flops": 38422655988,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextAttention",
     "path": "layers.47.self_attn",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.moshi.modeling_moshi.MoshiAttention",
     "architectures": ["moshi"],
     "reason": "built by MoshiAttention from a MoshiConfig"},
    {"qualname": "transformers.models.moshi.modeling_moshi.MoshiAttention",
     "architectures": ["moshi"],
     "reason": "built by MoshiAttention from a MoshiConfig"},
    {"qualname": "transformers.models.moshi.modeling_moshi.MoshiAttention",
     "architectures": ["moshi"],
     "reason": "built by MoshiAttention from a MoshiConfig"},
    {"qualname": "transformers.models.moshi.modeling_moshi.MoshiAttention",
     "architectures": ["moshi"],
     "reason": "built by MoshiAttention from a MoshiConfig"},
    {"qualname": "transformers.models.moshi.modeling_moshi.MoshiAttention",
     "architectures": ["moshi"],
     "reason": "built by MoshiAttention from a MoshiConfig"},
    {"qualname": "transformers.models.moshi.modeling_moshi.MoshiAttention",
     "architectures": ["moshi"],
     "reason": "built by MoshiAttention from a MoshiConfig"},
    {"qualname": "transformers.models.moshi.modeling_moshi.MoshiAttention",
     "architectures": ["moshi"],
     "reason": "built by MoshiAttention from a MoshiConfig"},
    {"qualname": "transformers.models.moshi.modeling_moshi.MoshiAttention",
     "architectures": ["moshi"],
     "reason": "built by MoshiAttention from a MoshiConfig"},
    {"qualname": "transformers.models.moshi.modeling_moshi.MoshiAttention",
     "architectures": ["moshi"],
     "reason": "built by MoshiAttention from a MoshiConfig"},
    {"qualname": "transformers.models.moshi.modeling_moshi.MoshiAttention",
     "architectures": ["moshi"],
     "reason": "built by MoshiAttention from a MoshiConfig"},
    {"qualname": "transformers.models.moshi.modeling_moshi.MoshiAttention",
     "architectures": ["moshi"],
     "reason": "built by MoshiAttention from a MoshiConfig"},
    {"qualname": "transformers.models.moshi.modeling_moshi.MoshiAttention",
     "architectures": ["moshi"],
     "reason": "built by MoshiAttention from a MoshiConfig"},
    {"qualname": "transformers.models.moshi.modeling_moshi.MoshiAttention",
     "architectures": ["moshi"],
     "reason": "built by MoshiAttention from a MoshiConfig"},
    {"qualname": "transformers.models.moshi.modeling_moshi.MoshiAttention",
     "architectures": ["moshi"],
     "reason": "built by MoshiAttention from a MoshiConfig"},
    {"qualname": "transformers.models.moshi.modeling_moshi.MoshiAttention",
     "architectures": ["moshi"],
     "reason": "built by MoshiAttention from a MoshiConfig"},
    {"qualname": "transformers.models.moshi.modeling_moshi.MoshiAttention",
     "architectures": ["moshi"],
     "reason": "built by MoshiAttention from a MoshiConfig"},
    {"qualname": "transformers.models.moshi.modeling_moshi.MoshiAttention",
     "architectures": ["moshi"],
     "reason": "built by MoshiAttention from a MoshiConfig"},
    {"qualname": "transformers.models.moshi.modeling_moshi.MoshiAttention",
     "architectures": ["moshi"],
     "reason": "built by MoshiAttention from a MoshiConfig"},
    {"qualname": "transformers.models.moshi.modeling_moshi.MoshiAttention",
     "architectures": ["moshi"],
     "reason": "built by MoshiAttention from a MoshiConfig"},
    {"qualname": "transformers.models.moshi.modeling_moshi.MoshiAttention",
     "architectures": ["moshi"],
     "reason": "built by MoshiAttention from a MoshiConfig"},
    {"qualname": "transformers.models.moshi.modeling_moshi.MoshiAttention",
     "architectures": ["moshi"],
     "reason": "built by MoshiAttention from a MoshiConfig"},
    {"qualname": "transformers.models.moshi.modeling_moshi.MoshiAttention",
     "architectures": ["moshi"],
     "reason": "built by MoshiAttention from a MoshiConfig"},
    {"qualname": "transformers.models.moshi.modeling_moshi.MoshiAttention",
     "architectures": ["moshi"],
     "reason": "built by MoshiAttention from a MoshiConfig"},
    {"qualname": "transformers.models.moshi.modeling_moshi.MoshiAttention",
     "architectures": ["moshi"],
     "reason": "built by MoshiAttention from a MoshiConfig"},
    {"qualname": "transformers.models.moshi.modeling_moshi.MoshiAttention",
     "architectures": ["moshi"],
     "reason": "built by MoshiAttention from a MoshiConfig"},
    {"qualname": "transformers.models.moshi.modeling_moshi.MoshiAttention",
     "architectures": ["moshi"],
     "reason": "built by MoshiAttention from a MoshiConfig"},
    {"qualname": "transformers.models.moshi.modeling_moshi.MoshiAttention",
     "architectures": ["moshi"],
     "reason": "built by MoshiAttention from a MoshiConfig"},
    {"qualname": "transformers.models.moshi.modeling_moshi.MoshiAttention",
     "architectures": ["moshi"],
     "reason": "built by MoshiAttention from a MoshiConfig"},
    {"qualname": "transformers.models.moshi.modeling_moshi.MoshiAttention",
     "architectures": ["moshi"],
     "reason": "built by MoshiAttention from a MoshiConfig"},
    {"qualname": "transformers.models.moshi.modeling_moshi.MoshiAttention",
     "architectures": ["moshi"],
     "reason": "built by MoshiAttention from a MoshiConfig"},
    {"qualname": "transformers.models.moshi.modeling_moshi.MoshiAttention",
     "architectures": ["moshi"],
     "reason": "built by MoshiAttention from a MoshiConfig"},
    {"qualname": "transformers.models.moshi.modeling_moshi.MoshiAttention",
     "architectures": ["moshi"],
     "reason": "built by MoshiAttention from a MoshiConfig"},
]


# Calls that make an input in production (a rotary table, a mask, a router's choice), run by
# get_inputs on drawn inputs of their own: an input {"kind": "produced"} takes their outputs.
PRODUCERS = [
    {"qualname": "transformers.masking_utils.create_causal_mask",
     "init": {},
     "inputs": [
        {"name": "config", "kind": "config", "config_class": "KyutaiSpeechToTextConfig", "fields": {"attn_implementation": "sdpa"}},
        {"name": "inputs_embeds", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}]},
]


_CONFIGS = {"KyutaiSpeechToTextConfig": KyutaiSpeechToTextConfig}


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
