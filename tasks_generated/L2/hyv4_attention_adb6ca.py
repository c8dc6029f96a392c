"""Attention, a module built from leaf kernels: `HYV4Attention` as transformers runs it, built from L1/hy_v4_vl_eager_attention_forward, L1/linear_3f2d2a, L1/llama_apply_rotary_pos_emb, L1/llama_rms_norm (hyper-parameters of add, masked_fill, mul vary per case).

kernel:        adb6ca26eb29f0d6
level:         2
label:         attention
qualnames:     transformers.models.hy_v4.modeling_hy_v4.HYV4Attention
transformers:  5.24.0
architectures: hy_v4
cases:         24 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.cache_utils import Cache
from transformers.models.hy_v4.configuration_hy_v4 import HYV4Config
from transformers.models.hy_v4.modeling_hy_v4 import HYV4Attention
from transformers.utils.generic import TransformersKwargs
from typing import Unpack
import importlib


class Model(HYV4Attention):
    """`HYV4Attention` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config: HYV4Config, layer_idx: int):
        super().__init__(config, layer_idx)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """Attention, a module built from leaf kernels: `HYV4Attention` as transformers runs it, built from L1/hy_v4_vl_eager_attention_forward, L1/linear_3f2d2a, L1/llama_apply_rotary_pos_emb, L1/llama_rms_norm (hyper-parameters of add, masked_fill, mul vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        sinks [32]
        q_a_proj.weight [1536, 2816]
        q_a_layernorm.weight [1536]
        q_b_proj.weight [8192, 1536]
        kv_a_proj_with_mqa.weight [576, 2816]
        kv_a_layernorm.weight [512]
        kv_b_proj.weight [14336, 512]
        o_proj.weight [2816, 8192]
        gate_proj.weight [8192, 2816]
    """

    def __init__(self, config: HYV4Config, layer_idx: int):
        super().__init__()
        raise NotImplementedError("write the kernel: attention (HYV4Attention)")

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
        raise NotImplementedError("write the kernel: attention (HYV4Attention)")


KERNEL = {"id": "adb6ca26eb29f0d6", "name": "hyv4_attention_adb6ca", "level": 2, "label": "attention", "qualname": "transformers.models.hy_v4.modeling_hy_v4.HYV4Attention", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "HYV4Config", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 2816, "indexer_types": ["full", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full"], "kv_lora_rank": 512, "learnable_sink_init": 0.0, "num_attention_heads": 32, "num_key_value_heads": 32, "q_lora_rank": 1536, "qk_nope_head_dim": 192, "qk_rope_head_dim": 64, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "v_head_dim": 256, "attn_implementation": "eager"}}, "layer_idx": 2},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2816], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_embeddings", "kind": "produced", "producer": 0, "outputs": [0, 1], "tuple": True},
        {"name": "attention_mask", "kind": "produced", "producer": 1, "outputs": [0]},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "prev_topk_indices", "kind": "tensor", "shape": [2, 509, 509], "roles": ["batch", "seq", "seq"], "dtype": "int32", "high": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 193960628,
     "flops": 163744205650,
     "architectures": ["hy_v4"],
     "qualname": "transformers.models.hy_v4.modeling_hy_v4.HYV4Attention",
     "path": "layers.2.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "HYV4Config", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 2816, "indexer_types": ["full", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full"], "kv_lora_rank": 512, "learnable_sink_init": 0.0, "num_attention_heads": 32, "num_key_value_heads": 32, "q_lora_rank": 1536, "qk_nope_head_dim": 192, "qk_rope_head_dim": 64, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "v_head_dim": 256, "attn_implementation": "eager"}}, "layer_idx": 3},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2816], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_embeddings", "kind": "produced", "producer": 0, "outputs": [0, 1], "tuple": True},
        {"name": "attention_mask", "kind": "produced", "producer": 1, "outputs": [0]},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "prev_topk_indices", "kind": "tensor", "shape": [2, 509, 509], "roles": ["batch", "seq", "seq"], "dtype": "int32", "high": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 193960628,
     "flops": 163744205650,
     "architectures": ["hy_v4"],
     "qualname": "transformers.models.hy_v4.modeling_hy_v4.HYV4Attention",
     "path": "layers.3.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "HYV4Config", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 2816, "indexer_types": ["full", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full"], "kv_lora_rank": 512, "learnable_sink_init": 0.0, "num_attention_heads": 32, "num_key_value_heads": 32, "q_lora_rank": 1536, "qk_nope_head_dim": 192, "qk_rope_head_dim": 64, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "v_head_dim": 256, "attn_implementation": "eager"}}, "layer_idx": 4},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2816], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_embeddings", "kind": "produced", "producer": 0, "outputs": [0, 1], "tuple": True},
        {"name": "attention_mask", "kind": "produced", "producer": 1, "outputs": [0]},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "prev_topk_indices", "kind": "tensor", "shape": [2, 509, 509], "roles": ["batch", "seq", "seq"], "dtype": "int32", "high": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 193960628,
     "flops": 163744205650,
     "architectures": ["hy_v4"],
     "qualname": "transformers.models.hy_v4.modeling_hy_v4.HYV4Attention",
     "path": "layers.4.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "HYV4Config", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 2816, "indexer_types": ["full", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full"], "kv_lora_rank": 512, "learnable_sink_init": 0.0, "num_attention_heads": 32, "num_key_value_heads": 32, "q_lora_rank": 1536, "qk_nope_head_dim": 192, "qk_rope_head_dim": 64, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "v_head_dim": 256, "attn_implementation": "eager"}}, "layer_idx": 6},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2816], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_embeddings", "kind": "produced", "producer": 0, "outputs": [0, 1], "tuple": True},
        {"name": "attention_mask", "kind": "produced", "producer": 1, "outputs": [0]},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "prev_topk_indices", "kind": "tensor", "shape": [2, 509, 509], "roles": ["batch", "seq", "seq"], "dtype": "int32", "high": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 193960628,
     "flops": 163744205650,
     "architectures": ["hy_v4"],
     "qualname": "transformers.models.hy_v4.modeling_hy_v4.HYV4Attention",
     "path": "layers.6.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "HYV4Config", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 2816, "indexer_types": ["full", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full"], "kv_lora_rank": 512, "learnable_sink_init": 0.0, "num_attention_heads": 32, "num_key_value_heads": 32, "q_lora_rank": 1536, "qk_nope_head_dim": 192, "qk_rope_head_dim": 64, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "v_head_dim": 256, "attn_implementation": "eager"}}, "layer_idx": 7},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2816], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_embeddings", "kind": "produced", "producer": 0, "outputs": [0, 1], "tuple": True},
        {"name": "attention_mask", "kind": "produced", "producer": 1, "outputs": [0]},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "prev_topk_indices", "kind": "tensor", "shape": [2, 509, 509], "roles": ["batch", "seq", "seq"], "dtype": "int32", "high": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 193960628,
     "flops": 163744205650,
     "architectures": ["hy_v4"],
     "qualname": "transformers.models.hy_v4.modeling_hy_v4.HYV4Attention",
     "path": "layers.7.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "HYV4Config", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 2816, "indexer_types": ["full", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full"], "kv_lora_rank": 512, "learnable_sink_init": 0.0, "num_attention_heads": 32, "num_key_value_heads": 32, "q_lora_rank": 1536, "qk_nope_head_dim": 192, "qk_rope_head_dim": 64, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "v_head_dim": 256, "attn_implementation": "eager"}}, "layer_idx": 8},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2816], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_embeddings", "kind": "produced", "producer": 0, "outputs": [0, 1], "tuple": True},
        {"name": "attention_mask", "kind": "produced", "producer": 1, "outputs": [0]},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "prev_topk_indices", "kind": "tensor", "shape": [2, 509, 509], "roles": ["batch", "seq", "seq"], "dtype": "int32", "high": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 193960628,
     "flops": 163744205650,
     "architectures": ["hy_v4"],
     "qualname": "transformers.models.hy_v4.modeling_hy_v4.HYV4Attention",
     "path": "layers.8.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "HYV4Config", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 2816, "indexer_types": ["full", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full"], "kv_lora_rank": 512, "learnable_sink_init": 0.0, "num_attention_heads": 32, "num_key_value_heads": 32, "q_lora_rank": 1536, "qk_nope_head_dim": 192, "qk_rope_head_dim": 64, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "v_head_dim": 256, "attn_implementation": "eager"}}, "layer_idx": 10},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2816], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_embeddings", "kind": "produced", "producer": 0, "outputs": [0, 1], "tuple": True},
        {"name": "attention_mask", "kind": "produced", "producer": 1, "outputs": [0]},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "prev_topk_indices", "kind": "tensor", "shape": [2, 509, 509], "roles": ["batch", "seq", "seq"], "dtype": "int32", "high": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 193960628,
     "flops": 163744205650,
     "architectures": ["hy_v4"],
     "qualname": "transformers.models.hy_v4.modeling_hy_v4.HYV4Attention",
     "path": "layers.10.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "HYV4Config", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 2816, "indexer_types": ["full", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full"], "kv_lora_rank": 512, "learnable_sink_init": 0.0, "num_attention_heads": 32, "num_key_value_heads": 32, "q_lora_rank": 1536, "qk_nope_head_dim": 192, "qk_rope_head_dim": 64, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "v_head_dim": 256, "attn_implementation": "eager"}}, "layer_idx": 11},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2816], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_embeddings", "kind": "produced", "producer": 0, "outputs": [0, 1], "tuple": True},
        {"name": "attention_mask", "kind": "produced", "producer": 1, "outputs": [0]},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "prev_topk_indices", "kind": "tensor", "shape": [2, 509, 509], "roles": ["batch", "seq", "seq"], "dtype": "int32", "high": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 193960628,
     "flops": 163744205650,
     "architectures": ["hy_v4"],
     "qualname": "transformers.models.hy_v4.modeling_hy_v4.HYV4Attention",
     "path": "layers.11.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "HYV4Config", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 2816, "indexer_types": ["full", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full"], "kv_lora_rank": 512, "learnable_sink_init": 0.0, "num_attention_heads": 32, "num_key_value_heads": 32, "q_lora_rank": 1536, "qk_nope_head_dim": 192, "qk_rope_head_dim": 64, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "v_head_dim": 256, "attn_implementation": "eager"}}, "layer_idx": 12},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2816], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_embeddings", "kind": "produced", "producer": 0, "outputs": [0, 1], "tuple": True},
        {"name": "attention_mask", "kind": "produced", "producer": 1, "outputs": [0]},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "prev_topk_indices", "kind": "tensor", "shape": [2, 509, 509], "roles": ["batch", "seq", "seq"], "dtype": "int32", "high": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 193960628,
     "flops": 163744205650,
     "architectures": ["hy_v4"],
     "qualname": "transformers.models.hy_v4.modeling_hy_v4.HYV4Attention",
     "path": "layers.12.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "HYV4Config", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 2816, "indexer_types": ["full", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full"], "kv_lora_rank": 512, "learnable_sink_init": 0.0, "num_attention_heads": 32, "num_key_value_heads": 32, "q_lora_rank": 1536, "qk_nope_head_dim": 192, "qk_rope_head_dim": 64, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "v_head_dim": 256, "attn_implementation": "eager"}}, "layer_idx": 14},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2816], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_embeddings", "kind": "produced", "producer": 0, "outputs": [0, 1], "tuple": True},
        {"name": "attention_mask", "kind": "produced", "producer": 1, "outputs": [0]},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "prev_topk_indices", "kind": "tensor", "shape": [2, 509, 509], "roles": ["batch", "seq", "seq"], "dtype": "int32", "high": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 193960628,
     "flops": 163744205650,
     "architectures": ["hy_v4"],
     "qualname": "transformers.models.hy_v4.modeling_hy_v4.HYV4Attention",
     "path": "layers.14.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "HYV4Config", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 2816, "indexer_types": ["full", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full"], "kv_lora_rank": 512, "learnable_sink_init": 0.0, "num_attention_heads": 32, "num_key_value_heads": 32, "q_lora_rank": 1536, "qk_nope_head_dim": 192, "qk_rope_head_dim": 64, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "v_head_dim": 256, "attn_implementation": "eager"}}, "layer_idx": 15},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2816], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_embeddings", "kind": "produced", "producer": 0, "outputs": [0, 1], "tuple": True},
        {"name": "attention_mask", "kind": "produced", "producer": 1, "outputs": [0]},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "prev_topk_indices", "kind": "tensor", "shape": [2, 509, 509], "roles": ["batch", "seq", "seq"], "dtype": "int32", "high": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 193960628,
     "flops": 163744205650,
     "architectures": ["hy_v4"],
     "qualname": "transformers.models.hy_v4.modeling_hy_v4.HYV4Attention",
     "path": "layers.15.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "HYV4Config", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 2816, "indexer_types": ["full", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full"], "kv_lora_rank": 512, "learnable_sink_init": 0.0, "num_attention_heads": 32, "num_key_value_heads": 32, "q_lora_rank": 1536, "qk_nope_head_dim": 192, "qk_rope_head_dim": 64, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "v_head_dim": 256, "attn_implementation": "eager"}}, "layer_idx": 16},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2816], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_embeddings", "kind": "produced", "producer": 0, "outputs": [0, 1], "tuple": True},
        {"name": "attention_mask", "kind": "produced", "producer": 1, "outputs": [0]},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "prev_topk_indices", "kind": "tensor", "shape": [2, 509, 509], "roles": ["batch", "seq", "seq"], "dtype": "int32", "high": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 193960628,
     "flops": 163744205650,
     "architectures": ["hy_v4"],
     "qualname": "transformers.models.hy_v4.modeling_hy_v4.HYV4Attention",
     "path": "layers.16.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "HYV4Config", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 2816, "indexer_types": ["full", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full"], "kv_lora_rank": 512, "learnable_sink_init": 0.0, "num_attention_heads": 32, "num_key_value_heads": 32, "q_lora_rank": 1536, "qk_nope_head_dim": 192, "qk_rope_head_dim": 64, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "v_head_dim": 256, "attn_implementation": "eager"}}, "layer_idx": 18},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2816], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_embeddings", "kind": "produced", "producer": 0, "outputs": [0, 1], "tuple": True},
        {"name": "attention_mask", "kind": "produced", "producer": 1, "outputs": [0]},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "prev_topk_indices", "kind": "tensor", "shape": [2, 509, 509], "roles": ["batch", "seq", "seq"], "dtype": "int32", "high": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 193960628,
     "flops": 163744205650,
     "architectures": ["hy_v4"],
     "qualname": "transformers.models.hy_v4.modeling_hy_v4.HYV4Attention",
     "path": "layers.18.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "HYV4Config", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 2816, "indexer_types": ["full", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full"], "kv_lora_rank": 512, "learnable_sink_init": 0.0, "num_attention_heads": 32, "num_key_value_heads": 32, "q_lora_rank": 1536, "qk_nope_head_dim": 192, "qk_rope_head_dim": 64, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "v_head_dim": 256, "attn_implementation": "eager"}}, "layer_idx": 19},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2816], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_embeddings", "kind": "produced", "producer": 0, "outputs": [0, 1], "tuple": True},
        {"name": "attention_mask", "kind": "produced", "producer": 1, "outputs": [0]},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "prev_topk_indices", "kind": "tensor", "shape": [2, 509, 509], "roles": ["batch", "seq", "seq"], "dtype": "int32", "high": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 193960628,
     "flops": 163744205650,
     "architectures": ["hy_v4"],
     "qualname": "transformers.models.hy_v4.modeling_hy_v4.HYV4Attention",
     "path": "layers.19.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "HYV4Config", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 2816, "indexer_types": ["full", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full"], "kv_lora_rank": 512, "learnable_sink_init": 0.0, "num_attention_heads": 32, "num_key_value_heads": 32, "q_lora_rank": 1536, "qk_nope_head_dim": 192, "qk_rope_head_dim": 64, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "v_head_dim": 256, "attn_implementation": "eager"}}, "layer_idx": 20},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2816], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_embeddings", "kind": "produced", "producer": 0, "outputs": [0, 1], "tuple": True},
        {"name": "attention_mask", "kind": "produced", "producer": 1, "outputs": [0]},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "prev_topk_indices", "kind": "tensor", "shape": [2, 509, 509], "roles": ["batch", "seq", "seq"], "dtype": "int32", "high": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 193960628,
     "flops": 163744205650,
     "architectures": ["hy_v4"],
     "qualname": "transformers.models.hy_v4.modeling_hy_v4.HYV4Attention",
     "path": "layers.20.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "HYV4Config", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 2816, "indexer_types": ["full", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full"], "kv_lora_rank": 512, "learnable_sink_init": 0.0, "num_attention_heads": 32, "num_key_value_heads": 32, "q_lora_rank": 1536, "qk_nope_head_dim": 192, "qk_rope_head_dim": 64, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "v_head_dim": 256, "attn_implementation": "eager"}}, "layer_idx": 22},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2816], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_embeddings", "kind": "produced", "producer": 0, "outputs": [0, 1], "tuple": True},
        {"name": "attention_mask", "kind": "produced", "producer": 1, "outputs": [0]},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "prev_topk_indices", "kind": "tensor", "shape": [2, 509, 509], "roles": ["batch", "seq", "seq"], "dtype": "int32", "high": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 193960628,
     "flops": 163744205650,
     "architectures": ["hy_v4"],
     "qualname": "transformers.models.hy_v4.modeling_hy_v4.HYV4Attention",
     "path": "layers.22.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "HYV4Config", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 2816, "indexer_types": ["full", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full"], "kv_lora_rank": 512, "learnable_sink_init": 0.0, "num_attention_heads": 32, "num_key_value_heads": 32, "q_lora_rank": 1536, "qk_nope_head_dim": 192, "qk_rope_head_dim": 64, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "v_head_dim": 256, "attn_implementation": "eager"}}, "layer_idx": 23},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2816], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_embeddings", "kind": "produced", "producer": 0, "outputs": [0, 1], "tuple": True},
        {"name": "attention_mask", "kind": "produced", "producer": 1, "outputs": [0]},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "prev_topk_indices", "kind": "tensor", "shape": [2, 509, 509], "roles": ["batch", "seq", "seq"], "dtype": "int32", "high": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 193960628,
     "flops": 163744205650,
     "architectures": ["hy_v4"],
     "qualname": "transformers.models.hy_v4.modeling_hy_v4.HYV4Attention",
     "path": "layers.23.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "HYV4Config", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 2816, "indexer_types": ["full", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full"], "kv_lora_rank": 512, "learnable_sink_init": 0.0, "num_attention_heads": 32, "num_key_value_heads": 32, "q_lora_rank": 1536, "qk_nope_head_dim": 192, "qk_rope_head_dim": 64, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "v_head_dim": 256, "attn_implementation": "eager"}}, "layer_idx": 24},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2816], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_embeddings", "kind": "produced", "producer": 0, "outputs": [0, 1], "tuple": True},
        {"name": "attention_mask", "kind": "produced", "producer": 1, "outputs": [0]},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "prev_topk_indices", "kind": "tensor", "shape": [2, 509, 509], "roles": ["batch", "seq", "seq"], "dtype": "int32", "high": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 193960628,
     "flops": 163744205650,
     "architectures": ["hy_v4"],
     "qualname": "transformers.models.hy_v4.modeling_hy_v4.HYV4Attention",
     "path": "layers.24.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "HYV4Config", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 2816, "indexer_types": ["full", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full"], "kv_lora_rank": 512, "learnable_sink_init": 0.0, "num_attention_heads": 32, "num_key_value_heads": 32, "q_lora_rank": 1536, "qk_nope_head_dim": 192, "qk_rope_head_dim": 64, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "v_head_dim": 256, "attn_implementation": "eager"}}, "layer_idx": 26},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2816], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_embeddings", "kind": "produced", "producer": 0, "outputs": [0, 1], "tuple": True},
        {"name": "attention_mask", "kind": "produced", "producer": 1, "outputs": [0]},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "prev_topk_indices", "kind": "tensor", "shape": [2, 509, 509], "roles": ["batch", "seq", "seq"], "dtype": "int32", "high": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 193960628,
     "flops": 163744205650,
     "architectures": ["hy_v4"],
     "qualname": "transformers.models.hy_v4.modeling_hy_v4.HYV4Attention",
     "path": "layers.26.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "HYV4Config", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 2816, "indexer_types": ["full", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full"], "kv_lora_rank": 512, "learnable_sink_init": 0.0, "num_attention_heads": 32, "num_key_value_heads": 32, "q_lora_rank": 1536, "qk_nope_head_dim": 192, "qk_rope_head_dim": 64, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "v_head_dim": 256, "attn_implementation": "eager"}}, "layer_idx": 27},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2816], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_embeddings", "kind": "produced", "producer": 0, "outputs": [0, 1], "tuple": True},
        {"name": "attention_mask", "kind": "produced", "producer": 1, "outputs": [0]},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "prev_topk_indices", "kind": "tensor", "shape": [2, 509, 509], "roles": ["batch", "seq", "seq"], "dtype": "int32", "high": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 193960628,
     "flops": 163744205650,
     "architectures": ["hy_v4"],
     "qualname": "transformers.models.hy_v4.modeling_hy_v4.HYV4Attention",
     "path": "layers.27.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "HYV4Config", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 2816, "indexer_types": ["full", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full"], "kv_lora_rank": 512, "learnable_sink_init": 0.0, "num_attention_heads": 32, "num_key_value_heads": 32, "q_lora_rank": 1536, "qk_nope_head_dim": 192, "qk_rope_head_dim": 64, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "v_head_dim": 256, "attn_implementation": "eager"}}, "layer_idx": 28},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2816], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_embeddings", "kind": "produced", "producer": 0, "outputs": [0, 1], "tuple": True},
        {"name": "attention_mask", "kind": "produced", "producer": 1, "outputs": [0]},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "prev_topk_indices", "kind": "tensor", "shape": [2, 509, 509], "roles": ["batch", "seq", "seq"], "dtype": "int32", "high": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 193960628,
     "flops": 163744205650,
     "architectures": ["hy_v4"],
     "qualname": "transformers.models.hy_v4.modeling_hy_v4.HYV4Attention",
     "path": "layers.28.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "HYV4Config", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 2816, "indexer_types": ["full", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full"], "kv_lora_rank": 512, "learnable_sink_init": 0.0, "num_attention_heads": 32, "num_key_value_heads": 32, "q_lora_rank": 1536, "qk_nope_head_dim": 192, "qk_rope_head_dim": 64, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "v_head_dim": 256, "attn_implementation": "eager"}}, "layer_idx": 30},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2816], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_embeddings", "kind": "produced", "producer": 0, "outputs": [0, 1], "tuple": True},
        {"name": "attention_mask", "kind": "produced", "producer": 1, "outputs": [0]},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "prev_topk_indices", "kind": "tensor", "shape": [2, 509, 509], "roles": ["batch", "seq", "seq"], "dtype": "int32", "high": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 193960628,
     "flops": 163744205650,
     "architectures": ["hy_v4"],
     "qualname": "transformers.models.hy_v4.modeling_hy_v4.HYV4Attention",
     "path": "layers.30.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "HYV4Config", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 2816, "indexer_types": ["full", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full"], "kv_lora_rank": 512, "learnable_sink_init": 0.0, "num_attention_heads": 32, "num_key_value_heads": 32, "q_lora_rank": 1536, "qk_nope_head_dim": 192, "qk_rope_head_dim": 64, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "v_head_dim": 256, "attn_implementation": "eager"}}, "layer_idx": 31},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2816], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_embeddings", "kind": "produced", "producer": 0, "outputs": [0, 1], "tuple": True},
        {"name": "attention_mask", "kind": "produced", "producer": 1, "outputs": [0]},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "prev_topk_indices", "kind": "tensor", "shape": [2, 509, 509], "roles": ["batch", "seq", "seq"], "dtype": "int32", "high": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 193960628,
     "flops": 163744205650,
     "architectures": ["hy_v4"],
     "qualname": "transformers.models.hy_v4.modeling_hy_v4.HYV4Attention",
     "path": "layers.31.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "HYV4Config", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 2816, "indexer_types": ["full", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full", "shared", "shared", "shared", "full"], "kv_lora_rank": 512, "learnable_sink_init": 0.0, "num_attention_heads": 32, "num_key_value_heads": 32, "q_lora_rank": 1536, "qk_nope_head_dim": 192, "qk_rope_head_dim": 64, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "v_head_dim": 256, "attn_implementation": "eager"}}, "layer_idx": 32},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2816], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_embeddings", "kind": "produced", "producer": 0, "outputs": [0, 1], "tuple": True},
        {"name": "attention_mask", "kind": "produced", "producer": 1, "outputs": [0]},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "prev_topk_indices", "kind": "tensor", "shape": [2, 509, 509], "roles": ["batch", "seq", "seq"], "dtype": "int32", "high": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 193960628,
     "flops": 163744205650,
     "architectures": ["hy_v4"],
     "qualname": "transformers.models.hy_v4.modeling_hy_v4.HYV4Attention",
     "path": "layers.32.self_attn",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = []


# Calls that make an input in production (a rotary table, a mask, a router's choice), run by
# get_inputs on drawn inputs of their own: an input {"kind": "produced"} takes their outputs.
PRODUCERS = [
    {"qualname": "transformers.models.hy_v4.modeling_hy_v4.HYV4RotaryEmbedding",
     "init": {"config": {"config_class": "HYV4Config", "fields": {"head_dim": 64, "max_position_embeddings": 262144, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "eager"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 2816], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.masking_utils.create_causal_mask",
     "init": {},
     "inputs": [
        {"name": "config", "kind": "config", "config_class": "HYV4Config", "fields": {"attn_implementation": "sdpa"}},
        {"name": "inputs_embeds", "kind": "tensor", "shape": [2, 509, 2816], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "or_mask_function", "kind": "default", "value": None},
        {"name": "and_mask_function", "kind": "default", "value": None},
        {"name": "block_sequence_ids", "kind": "default", "value": None},
        {"name": "layer_idx", "kind": "default", "value": None},
        {"name": "allow_is_causal_skip", "kind": "flag", "value": False}]},
]


_CONFIGS = {"HYV4Config": HYV4Config}


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
