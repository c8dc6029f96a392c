"""Attention, a module built from leaf kernels: `HYV4VLAttention` as transformers runs it, built from L1/hy_v4_vl_apply_rotary_pos_emb, L1/hy_v4_vl_eager_attention_forward, L1/linear_5055ad, L1/linear_6959a5, L1/llama_rms_norm (hyper-parameters of add, layer_norm, masked_fill, mul vary per case).

kernel:        5237c605025f5f8e
level:         2
label:         attention
qualnames:     transformers.models.hy_v4_vl.modeling_hy_v4_vl.HYV4VLAttention
transformers:  5.24.0
architectures: hy_v4_vl
cases:         21 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.cache_utils import Cache
from transformers.models.hy_v4_vl.configuration_hy_v4_vl import HYV4VLTextConfig
from transformers.models.hy_v4_vl.modeling_hy_v4_vl import HYV4VLAttention as Model
from transformers.utils.generic import TransformersKwargs
from typing import Unpack


class ModelNew(nn.Module):
    """Attention, a module built from leaf kernels: `HYV4VLAttention` as transformers runs it, built from L1/hy_v4_vl_apply_rotary_pos_emb, L1/hy_v4_vl_eager_attention_forward, L1/linear_5055ad, L1/linear_6959a5, L1/llama_rms_norm (hyper-parameters of add, layer_norm, masked_fill, mul vary per case).

    Candidate stub: same constructor and forward signature as Model."""

    def __init__(self, config: HYV4VLTextConfig, layer_idx: int):
        super().__init__()
        raise NotImplementedError("write the kernel: attention (HYV4VLAttention)")

    def forward(
        self,
        hidden_states: torch.Tensor,
        position_embeddings: tuple[torch.Tensor, torch.Tensor],
        attention_mask: torch.Tensor,
        cache: Cache | None = None,
        position_ids: torch.Tensor | None = None,
        prev_topk_indices: torch.Tensor | None = None,
        **kwargs: Unpack[TransformersKwargs],
    ) -> tuple[torch.Tensor, torch.Tensor | None, torch.Tensor | None]:
        raise NotImplementedError("write the kernel: attention (HYV4VLAttention)")


KERNEL = {"id": "5237c605025f5f8e", "name": "hyv4_vl_attention", "level": 2, "label": "attention", "qualname": "transformers.models.hy_v4_vl.modeling_hy_v4_vl.HYV4VLAttention", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims.
CASES = [
    {"init": {"config": {"config_class": "HYV4VLTextConfig", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 6144, "index_head_dim": 128, "index_n_heads": 32, "index_topk": 2048, "indexer_types": ["full", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full"], "kv_lora_rank": 512, "learnable_sink_init": 0.0, "num_attention_heads": 64, "num_key_value_heads": 64, "q_lora_rank": 2048, "qk_nope_head_dim": 192, "qk_rope_head_dim": 64, "rms_norm_eps": 1e-05, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default", "mrope_section": [12, 10, 10]}, "v_head_dim": 256, "attn_implementation": "eager"}}, "layer_idx": 1},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 6144], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_embeddings", "kind": "tensors", "tensors": [{"shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}, {"shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}]},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [3, 2, 509], "roles": ["fixed", "fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "prev_topk_indices", "kind": "tensor", "shape": [2, 509, 509], "roles": ["batch", "seq", "seq"], "dtype": "int32", "high": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 645221484,
     "flops": 598591710332,
     "architectures": ["hy_v4_vl"],
     "qualname": "transformers.models.hy_v4_vl.modeling_hy_v4_vl.HYV4VLAttention",
     "path": "language_model.layers.1.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "HYV4VLTextConfig", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 6144, "index_head_dim": 128, "index_n_heads": 32, "index_topk": 2048, "indexer_types": ["full", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full"], "kv_lora_rank": 512, "learnable_sink_init": 0.0, "num_attention_heads": 64, "num_key_value_heads": 64, "q_lora_rank": 2048, "qk_nope_head_dim": 192, "qk_rope_head_dim": 64, "rms_norm_eps": 1e-05, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default", "mrope_section": [12, 10, 10]}, "v_head_dim": 256, "attn_implementation": "eager"}}, "layer_idx": 5},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 6144], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_embeddings", "kind": "tensors", "tensors": [{"shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}, {"shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}]},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [3, 2, 509], "roles": ["fixed", "fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "prev_topk_indices", "kind": "tensor", "shape": [2, 509, 509], "roles": ["batch", "seq", "seq"], "dtype": "int32", "high": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 645221484,
     "flops": 598591710332,
     "architectures": ["hy_v4_vl"],
     "qualname": "transformers.models.hy_v4_vl.modeling_hy_v4_vl.HYV4VLAttention",
     "path": "language_model.layers.5.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "HYV4VLTextConfig", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 6144, "index_head_dim": 128, "index_n_heads": 32, "index_topk": 2048, "indexer_types": ["full", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full"], "kv_lora_rank": 512, "learnable_sink_init": 0.0, "num_attention_heads": 64, "num_key_value_heads": 64, "q_lora_rank": 2048, "qk_nope_head_dim": 192, "qk_rope_head_dim": 64, "rms_norm_eps": 1e-05, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default", "mrope_section": [12, 10, 10]}, "v_head_dim": 256, "attn_implementation": "eager"}}, "layer_idx": 9},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 6144], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_embeddings", "kind": "tensors", "tensors": [{"shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}, {"shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}]},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [3, 2, 509], "roles": ["fixed", "fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "prev_topk_indices", "kind": "tensor", "shape": [2, 509, 509], "roles": ["batch", "seq", "seq"], "dtype": "int32", "high": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 645221484,
     "flops": 598591710332,
     "architectures": ["hy_v4_vl"],
     "qualname": "transformers.models.hy_v4_vl.modeling_hy_v4_vl.HYV4VLAttention",
     "path": "language_model.layers.9.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "HYV4VLTextConfig", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 6144, "index_head_dim": 128, "index_n_heads": 32, "index_topk": 2048, "indexer_types": ["full", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full"], "kv_lora_rank": 512, "learnable_sink_init": 0.0, "num_attention_heads": 64, "num_key_value_heads": 64, "q_lora_rank": 2048, "qk_nope_head_dim": 192, "qk_rope_head_dim": 64, "rms_norm_eps": 1e-05, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default", "mrope_section": [12, 10, 10]}, "v_head_dim": 256, "attn_implementation": "eager"}}, "layer_idx": 13},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 6144], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_embeddings", "kind": "tensors", "tensors": [{"shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}, {"shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}]},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [3, 2, 509], "roles": ["fixed", "fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "prev_topk_indices", "kind": "tensor", "shape": [2, 509, 509], "roles": ["batch", "seq", "seq"], "dtype": "int32", "high": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 645221484,
     "flops": 598591710332,
     "architectures": ["hy_v4_vl"],
     "qualname": "transformers.models.hy_v4_vl.modeling_hy_v4_vl.HYV4VLAttention",
     "path": "language_model.layers.13.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "HYV4VLTextConfig", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 6144, "index_head_dim": 128, "index_n_heads": 32, "index_topk": 2048, "indexer_types": ["full", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full"], "kv_lora_rank": 512, "learnable_sink_init": 0.0, "num_attention_heads": 64, "num_key_value_heads": 64, "q_lora_rank": 2048, "qk_nope_head_dim": 192, "qk_rope_head_dim": 64, "rms_norm_eps": 1e-05, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default", "mrope_section": [12, 10, 10]}, "v_head_dim": 256, "attn_implementation": "eager"}}, "layer_idx": 17},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 6144], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_embeddings", "kind": "tensors", "tensors": [{"shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}, {"shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}]},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [3, 2, 509], "roles": ["fixed", "fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "prev_topk_indices", "kind": "tensor", "shape": [2, 509, 509], "roles": ["batch", "seq", "seq"], "dtype": "int32", "high": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 645221484,
     "flops": 598591710332,
     "architectures": ["hy_v4_vl"],
     "qualname": "transformers.models.hy_v4_vl.modeling_hy_v4_vl.HYV4VLAttention",
     "path": "language_model.layers.17.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "HYV4VLTextConfig", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 6144, "index_head_dim": 128, "index_n_heads": 32, "index_topk": 2048, "indexer_types": ["full", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full"], "kv_lora_rank": 512, "learnable_sink_init": 0.0, "num_attention_heads": 64, "num_key_value_heads": 64, "q_lora_rank": 2048, "qk_nope_head_dim": 192, "qk_rope_head_dim": 64, "rms_norm_eps": 1e-05, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default", "mrope_section": [12, 10, 10]}, "v_head_dim": 256, "attn_implementation": "eager"}}, "layer_idx": 21},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 6144], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_embeddings", "kind": "tensors", "tensors": [{"shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}, {"shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}]},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [3, 2, 509], "roles": ["fixed", "fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "prev_topk_indices", "kind": "tensor", "shape": [2, 509, 509], "roles": ["batch", "seq", "seq"], "dtype": "int32", "high": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 645221484,
     "flops": 598591710332,
     "architectures": ["hy_v4_vl"],
     "qualname": "transformers.models.hy_v4_vl.modeling_hy_v4_vl.HYV4VLAttention",
     "path": "language_model.layers.21.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "HYV4VLTextConfig", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 6144, "index_head_dim": 128, "index_n_heads": 32, "index_topk": 2048, "indexer_types": ["full", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full"], "kv_lora_rank": 512, "learnable_sink_init": 0.0, "num_attention_heads": 64, "num_key_value_heads": 64, "q_lora_rank": 2048, "qk_nope_head_dim": 192, "qk_rope_head_dim": 64, "rms_norm_eps": 1e-05, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default", "mrope_section": [12, 10, 10]}, "v_head_dim": 256, "attn_implementation": "eager"}}, "layer_idx": 25},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 6144], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_embeddings", "kind": "tensors", "tensors": [{"shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}, {"shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}]},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [3, 2, 509], "roles": ["fixed", "fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "prev_topk_indices", "kind": "tensor", "shape": [2, 509, 509], "roles": ["batch", "seq", "seq"], "dtype": "int32", "high": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 645221484,
     "flops": 598591710332,
     "architectures": ["hy_v4_vl"],
     "qualname": "transformers.models.hy_v4_vl.modeling_hy_v4_vl.HYV4VLAttention",
     "path": "language_model.layers.25.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "HYV4VLTextConfig", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 6144, "index_head_dim": 128, "index_n_heads": 32, "index_topk": 2048, "indexer_types": ["full", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full"], "kv_lora_rank": 512, "learnable_sink_init": 0.0, "num_attention_heads": 64, "num_key_value_heads": 64, "q_lora_rank": 2048, "qk_nope_head_dim": 192, "qk_rope_head_dim": 64, "rms_norm_eps": 1e-05, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default", "mrope_section": [12, 10, 10]}, "v_head_dim": 256, "attn_implementation": "eager"}}, "layer_idx": 29},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 6144], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_embeddings", "kind": "tensors", "tensors": [{"shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}, {"shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}]},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [3, 2, 509], "roles": ["fixed", "fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "prev_topk_indices", "kind": "tensor", "shape": [2, 509, 509], "roles": ["batch", "seq", "seq"], "dtype": "int32", "high": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 645221484,
     "flops": 598591710332,
     "architectures": ["hy_v4_vl"],
     "qualname": "transformers.models.hy_v4_vl.modeling_hy_v4_vl.HYV4VLAttention",
     "path": "language_model.layers.29.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "HYV4VLTextConfig", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 6144, "index_head_dim": 128, "index_n_heads": 32, "index_topk": 2048, "indexer_types": ["full", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full"], "kv_lora_rank": 512, "learnable_sink_init": 0.0, "num_attention_heads": 64, "num_key_value_heads": 64, "q_lora_rank": 2048, "qk_nope_head_dim": 192, "qk_rope_head_dim": 64, "rms_norm_eps": 1e-05, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default", "mrope_section": [12, 10, 10]}, "v_head_dim": 256, "attn_implementation": "eager"}}, "layer_idx": 33},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 6144], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_embeddings", "kind": "tensors", "tensors": [{"shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}, {"shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}]},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [3, 2, 509], "roles": ["fixed", "fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "prev_topk_indices", "kind": "tensor", "shape": [2, 509, 509], "roles": ["batch", "seq", "seq"], "dtype": "int32", "high": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 645221484,
     "flops": 598591710332,
     "architectures": ["hy_v4_vl"],
     "qualname": "transformers.models.hy_v4_vl.modeling_hy_v4_vl.HYV4VLAttention",
     "path": "language_model.layers.33.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "HYV4VLTextConfig", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 6144, "index_head_dim": 128, "index_n_heads": 32, "index_topk": 2048, "indexer_types": ["full", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full"], "kv_lora_rank": 512, "learnable_sink_init": 0.0, "num_attention_heads": 64, "num_key_value_heads": 64, "q_lora_rank": 2048, "qk_nope_head_dim": 192, "qk_rope_head_dim": 64, "rms_norm_eps": 1e-05, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default", "mrope_section": [12, 10, 10]}, "v_head_dim": 256, "attn_implementation": "eager"}}, "layer_idx": 37},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 6144], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_embeddings", "kind": "tensors", "tensors": [{"shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}, {"shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}]},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [3, 2, 509], "roles": ["fixed", "fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "prev_topk_indices", "kind": "tensor", "shape": [2, 509, 509], "roles": ["batch", "seq", "seq"], "dtype": "int32", "high": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 645221484,
     "flops": 598591710332,
     "architectures": ["hy_v4_vl"],
     "qualname": "transformers.models.hy_v4_vl.modeling_hy_v4_vl.HYV4VLAttention",
     "path": "language_model.layers.37.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "HYV4VLTextConfig", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 6144, "index_head_dim": 128, "index_n_heads": 32, "index_topk": 2048, "indexer_types": ["full", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full"], "kv_lora_rank": 512, "learnable_sink_init": 0.0, "num_attention_heads": 64, "num_key_value_heads": 64, "q_lora_rank": 2048, "qk_nope_head_dim": 192, "qk_rope_head_dim": 64, "rms_norm_eps": 1e-05, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default", "mrope_section": [12, 10, 10]}, "v_head_dim": 256, "attn_implementation": "eager"}}, "layer_idx": 41},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 6144], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_embeddings", "kind": "tensors", "tensors": [{"shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}, {"shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}]},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [3, 2, 509], "roles": ["fixed", "fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "prev_topk_indices", "kind": "tensor", "shape": [2, 509, 509], "roles": ["batch", "seq", "seq"], "dtype": "int32", "high": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 645221484,
     "flops": 598591710332,
     "architectures": ["hy_v4_vl"],
     "qualname": "transformers.models.hy_v4_vl.modeling_hy_v4_vl.HYV4VLAttention",
     "path": "language_model.layers.41.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "HYV4VLTextConfig", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 6144, "index_head_dim": 128, "index_n_heads": 32, "index_topk": 2048, "indexer_types": ["full", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full"], "kv_lora_rank": 512, "learnable_sink_init": 0.0, "num_attention_heads": 64, "num_key_value_heads": 64, "q_lora_rank": 2048, "qk_nope_head_dim": 192, "qk_rope_head_dim": 64, "rms_norm_eps": 1e-05, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default", "mrope_section": [12, 10, 10]}, "v_head_dim": 256, "attn_implementation": "eager"}}, "layer_idx": 45},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 6144], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_embeddings", "kind": "tensors", "tensors": [{"shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}, {"shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}]},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [3, 2, 509], "roles": ["fixed", "fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "prev_topk_indices", "kind": "tensor", "shape": [2, 509, 509], "roles": ["batch", "seq", "seq"], "dtype": "int32", "high": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 645221484,
     "flops": 598591710332,
     "architectures": ["hy_v4_vl"],
     "qualname": "transformers.models.hy_v4_vl.modeling_hy_v4_vl.HYV4VLAttention",
     "path": "language_model.layers.45.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "HYV4VLTextConfig", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 6144, "index_head_dim": 128, "index_n_heads": 32, "index_topk": 2048, "indexer_types": ["full", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full"], "kv_lora_rank": 512, "learnable_sink_init": 0.0, "num_attention_heads": 64, "num_key_value_heads": 64, "q_lora_rank": 2048, "qk_nope_head_dim": 192, "qk_rope_head_dim": 64, "rms_norm_eps": 1e-05, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default", "mrope_section": [12, 10, 10]}, "v_head_dim": 256, "attn_implementation": "eager"}}, "layer_idx": 49},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 6144], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_embeddings", "kind": "tensors", "tensors": [{"shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}, {"shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}]},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [3, 2, 509], "roles": ["fixed", "fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "prev_topk_indices", "kind": "tensor", "shape": [2, 509, 509], "roles": ["batch", "seq", "seq"], "dtype": "int32", "high": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 645221484,
     "flops": 598591710332,
     "architectures": ["hy_v4_vl"],
     "qualname": "transformers.models.hy_v4_vl.modeling_hy_v4_vl.HYV4VLAttention",
     "path": "language_model.layers.49.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "HYV4VLTextConfig", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 6144, "index_head_dim": 128, "index_n_heads": 32, "index_topk": 2048, "indexer_types": ["full", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full"], "kv_lora_rank": 512, "learnable_sink_init": 0.0, "num_attention_heads": 64, "num_key_value_heads": 64, "q_lora_rank": 2048, "qk_nope_head_dim": 192, "qk_rope_head_dim": 64, "rms_norm_eps": 1e-05, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default", "mrope_section": [12, 10, 10]}, "v_head_dim": 256, "attn_implementation": "eager"}}, "layer_idx": 53},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 6144], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_embeddings", "kind": "tensors", "tensors": [{"shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}, {"shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}]},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [3, 2, 509], "roles": ["fixed", "fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "prev_topk_indices", "kind": "tensor", "shape": [2, 509, 509], "roles": ["batch", "seq", "seq"], "dtype": "int32", "high": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 645221484,
     "flops": 598591710332,
     "architectures": ["hy_v4_vl"],
     "qualname": "transformers.models.hy_v4_vl.modeling_hy_v4_vl.HYV4VLAttention",
     "path": "language_model.layers.53.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "HYV4VLTextConfig", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 6144, "index_head_dim": 128, "index_n_heads": 32, "index_topk": 2048, "indexer_types": ["full", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full"], "kv_lora_rank": 512, "learnable_sink_init": 0.0, "num_attention_heads": 64, "num_key_value_heads": 64, "q_lora_rank": 2048, "qk_nope_head_dim": 192, "qk_rope_head_dim": 64, "rms_norm_eps": 1e-05, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default", "mrope_section": [12, 10, 10]}, "v_head_dim": 256, "attn_implementation": "eager"}}, "layer_idx": 57},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 6144], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_embeddings", "kind": "tensors", "tensors": [{"shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}, {"shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}]},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [3, 2, 509], "roles": ["fixed", "fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "prev_topk_indices", "kind": "tensor", "shape": [2, 509, 509], "roles": ["batch", "seq", "seq"], "dtype": "int32", "high": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 645221484,
     "flops": 598591710332,
     "architectures": ["hy_v4_vl"],
     "qualname": "transformers.models.hy_v4_vl.modeling_hy_v4_vl.HYV4VLAttention",
     "path": "language_model.layers.57.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "HYV4VLTextConfig", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 6144, "index_head_dim": 128, "index_n_heads": 32, "index_topk": 2048, "indexer_types": ["full", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full"], "kv_lora_rank": 512, "learnable_sink_init": 0.0, "num_attention_heads": 64, "num_key_value_heads": 64, "q_lora_rank": 2048, "qk_nope_head_dim": 192, "qk_rope_head_dim": 64, "rms_norm_eps": 1e-05, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default", "mrope_section": [12, 10, 10]}, "v_head_dim": 256, "attn_implementation": "eager"}}, "layer_idx": 61},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 6144], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_embeddings", "kind": "tensors", "tensors": [{"shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}, {"shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}]},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [3, 2, 509], "roles": ["fixed", "fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "prev_topk_indices", "kind": "tensor", "shape": [2, 509, 509], "roles": ["batch", "seq", "seq"], "dtype": "int32", "high": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 645221484,
     "flops": 598591710332,
     "architectures": ["hy_v4_vl"],
     "qualname": "transformers.models.hy_v4_vl.modeling_hy_v4_vl.HYV4VLAttention",
     "path": "language_model.layers.61.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "HYV4VLTextConfig", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 6144, "index_head_dim": 128, "index_n_heads": 32, "index_topk": 2048, "indexer_types": ["full", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full"], "kv_lora_rank": 512, "learnable_sink_init": 0.0, "num_attention_heads": 64, "num_key_value_heads": 64, "q_lora_rank": 2048, "qk_nope_head_dim": 192, "qk_rope_head_dim": 64, "rms_norm_eps": 1e-05, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default", "mrope_section": [12, 10, 10]}, "v_head_dim": 256, "attn_implementation": "eager"}}, "layer_idx": 65},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 6144], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_embeddings", "kind": "tensors", "tensors": [{"shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}, {"shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}]},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [3, 2, 509], "roles": ["fixed", "fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "prev_topk_indices", "kind": "tensor", "shape": [2, 509, 509], "roles": ["batch", "seq", "seq"], "dtype": "int32", "high": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 645221484,
     "flops": 598591710332,
     "architectures": ["hy_v4_vl"],
     "qualname": "transformers.models.hy_v4_vl.modeling_hy_v4_vl.HYV4VLAttention",
     "path": "language_model.layers.65.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "HYV4VLTextConfig", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 6144, "index_head_dim": 128, "index_n_heads": 32, "index_topk": 2048, "indexer_types": ["full", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full"], "kv_lora_rank": 512, "learnable_sink_init": 0.0, "num_attention_heads": 64, "num_key_value_heads": 64, "q_lora_rank": 2048, "qk_nope_head_dim": 192, "qk_rope_head_dim": 64, "rms_norm_eps": 1e-05, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default", "mrope_section": [12, 10, 10]}, "v_head_dim": 256, "attn_implementation": "eager"}}, "layer_idx": 69},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 6144], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_embeddings", "kind": "tensors", "tensors": [{"shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}, {"shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}]},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [3, 2, 509], "roles": ["fixed", "fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "prev_topk_indices", "kind": "tensor", "shape": [2, 509, 509], "roles": ["batch", "seq", "seq"], "dtype": "int32", "high": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 645221484,
     "flops": 598591710332,
     "architectures": ["hy_v4_vl"],
     "qualname": "transformers.models.hy_v4_vl.modeling_hy_v4_vl.HYV4VLAttention",
     "path": "language_model.layers.69.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "HYV4VLTextConfig", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 6144, "index_head_dim": 128, "index_n_heads": 32, "index_topk": 2048, "indexer_types": ["full", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full"], "kv_lora_rank": 512, "learnable_sink_init": 0.0, "num_attention_heads": 64, "num_key_value_heads": 64, "q_lora_rank": 2048, "qk_nope_head_dim": 192, "qk_rope_head_dim": 64, "rms_norm_eps": 1e-05, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default", "mrope_section": [12, 10, 10]}, "v_head_dim": 256, "attn_implementation": "eager"}}, "layer_idx": 73},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 6144], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_embeddings", "kind": "tensors", "tensors": [{"shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}, {"shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}]},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [3, 2, 509], "roles": ["fixed", "fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "prev_topk_indices", "kind": "tensor", "shape": [2, 509, 509], "roles": ["batch", "seq", "seq"], "dtype": "int32", "high": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 645221484,
     "flops": 598591710332,
     "architectures": ["hy_v4_vl"],
     "qualname": "transformers.models.hy_v4_vl.modeling_hy_v4_vl.HYV4VLAttention",
     "path": "language_model.layers.73.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "HYV4VLTextConfig", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 6144, "index_head_dim": 128, "index_n_heads": 32, "index_topk": 2048, "indexer_types": ["full", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full"], "kv_lora_rank": 512, "learnable_sink_init": 0.0, "num_attention_heads": 64, "num_key_value_heads": 64, "q_lora_rank": 2048, "qk_nope_head_dim": 192, "qk_rope_head_dim": 64, "rms_norm_eps": 1e-05, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default", "mrope_section": [12, 10, 10]}, "v_head_dim": 256, "attn_implementation": "eager"}}, "layer_idx": 77},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 6144], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_embeddings", "kind": "tensors", "tensors": [{"shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}, {"shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}]},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [3, 2, 509], "roles": ["fixed", "fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "prev_topk_indices", "kind": "tensor", "shape": [2, 509, 509], "roles": ["batch", "seq", "seq"], "dtype": "int32", "high": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 645221484,
     "flops": 598591710332,
     "architectures": ["hy_v4_vl"],
     "qualname": "transformers.models.hy_v4_vl.modeling_hy_v4_vl.HYV4VLAttention",
     "path": "language_model.layers.77.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "HYV4VLTextConfig", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 6144, "index_head_dim": 128, "index_n_heads": 32, "index_topk": 2048, "indexer_types": ["full", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full"], "kv_lora_rank": 512, "learnable_sink_init": 0.0, "num_attention_heads": 64, "num_key_value_heads": 64, "q_lora_rank": 2048, "qk_nope_head_dim": 192, "qk_rope_head_dim": 64, "rms_norm_eps": 1e-05, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default", "mrope_section": [12, 10, 10]}, "v_head_dim": 256, "attn_implementation": "eager"}}, "layer_idx": 0},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 6144], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_embeddings", "kind": "tensors", "tensors": [{"shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}, {"shape": [2, 509, 64], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}]},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [3, 2, 509], "roles": ["fixed", "fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "prev_topk_indices", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 645221484,
     "flops": 598591710332,
     "architectures": ["hy_v4_vl"],
     "qualname": "transformers.models.hy_v4_vl.modeling_hy_v4_vl.HYV4VLAttention",
     "path": "language_model.layers.0.self_attn",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = []


_CONFIGS = {"HYV4VLTextConfig": HYV4VLTextConfig}


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
