"""Attention, a module built from leaf kernels: `Sapiens2Attention` as transformers runs it, built from L1/dinov3_vit_apply_rotary_pos_emb, L1/linear, L1/llama_rms_norm, L1/sdpa_attention_forward (hyper-parameters of add, sdpa vary per case).

kernel:        cb0c6875835b10b4
level:         2
label:         attention
qualnames:     transformers.models.sapiens2.modeling_sapiens2.Sapiens2Attention
transformers:  5.24.0
architectures: sapiens2
cases:         24 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.models.sapiens2.configuration_sapiens2 import Sapiens2Config
from transformers.models.sapiens2.modeling_sapiens2 import Sapiens2Attention
from transformers.utils.generic import TransformersKwargs
from typing import Unpack
import importlib


class Model(Sapiens2Attention):
    """`Sapiens2Attention` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config: Sapiens2Config, layer_idx: int):
        super().__init__(config, layer_idx)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """Attention, a module built from leaf kernels: `Sapiens2Attention` as transformers runs it, built from L1/dinov3_vit_apply_rotary_pos_emb, L1/linear, L1/llama_rms_norm, L1/sdpa_attention_forward (hyper-parameters of add, sdpa vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        q_proj.weight [1024, 1024]
        q_proj.bias [1024]
        o_proj.weight [1024, 1024]
        o_proj.bias [1024]
        k_proj.weight [1024, 1024]
        k_proj.bias [1024]
        v_proj.weight [1024, 1024]
        v_proj.bias [1024]
        q_norm.weight [64]
        k_norm.weight [64]
    """

    def __init__(self, config: Sapiens2Config, layer_idx: int):
        super().__init__()
        raise NotImplementedError("write the kernel: attention (Sapiens2Attention)")

    def forward(
        self,
        hidden_states: torch.Tensor,
        attention_mask: torch.Tensor | None = None,
        position_embeddings: tuple[torch.Tensor, torch.Tensor] | None = None,
        **kwargs: Unpack[TransformersKwargs],
    ) -> tuple[torch.Tensor, torch.Tensor | None]:
        raise NotImplementedError("write the kernel: attention (Sapiens2Attention)")


KERNEL = {"id": "cb0c6875835b10b4", "name": "sapiens2_attention", "level": 2, "label": "attention", "qualname": "transformers.models.sapiens2.modeling_sapiens2.Sapiens2Attention", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "Sapiens2Config", "fields": {"attention_dropout": 0.0, "hidden_size": 1024, "key_bias": True, "num_attention_heads": 16, "num_key_value_heads_per_layer": [16, 16, 16, 16, 16, 16, 16, 16, 8, 8, 8, 8, 8, 8, 8, 8, 16, 16, 16, 16, 16, 16, 16, 16], "proj_bias": True, "query_bias": True, "rms_norm_eps": 1e-06, "use_qk_norm": True, "value_bias": True, "attn_implementation": "sdpa"}}, "layer_idx": 0},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 205, 1024], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "position_embeddings", "kind": "produced", "producer": 0, "outputs": [0, 1], "tuple": True}],
     "dims": {"batch": 2},
     "bytes": 10126592,
     "flops": 3793127872,
     "architectures": ["sapiens2"],
     "qualname": "transformers.models.sapiens2.modeling_sapiens2.Sapiens2Attention",
     "path": "model.layer.0.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Sapiens2Config", "fields": {"attention_dropout": 0.0, "hidden_size": 1024, "key_bias": True, "num_attention_heads": 16, "num_key_value_heads_per_layer": [16, 16, 16, 16, 16, 16, 16, 16, 8, 8, 8, 8, 8, 8, 8, 8, 16, 16, 16, 16, 16, 16, 16, 16], "proj_bias": True, "query_bias": True, "rms_norm_eps": 1e-06, "use_qk_norm": True, "value_bias": True, "attn_implementation": "sdpa"}}, "layer_idx": 1},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 205, 1024], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "position_embeddings", "kind": "produced", "producer": 0, "outputs": [0, 1], "tuple": True}],
     "dims": {"batch": 2},
     "bytes": 10126592,
     "flops": 3793127872,
     "architectures": ["sapiens2"],
     "qualname": "transformers.models.sapiens2.modeling_sapiens2.Sapiens2Attention",
     "path": "model.layer.1.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Sapiens2Config", "fields": {"attention_dropout": 0.0, "hidden_size": 1024, "key_bias": True, "num_attention_heads": 16, "num_key_value_heads_per_layer": [16, 16, 16, 16, 16, 16, 16, 16, 8, 8, 8, 8, 8, 8, 8, 8, 16, 16, 16, 16, 16, 16, 16, 16], "proj_bias": True, "query_bias": True, "rms_norm_eps": 1e-06, "use_qk_norm": True, "value_bias": True, "attn_implementation": "sdpa"}}, "layer_idx": 2},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 205, 1024], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "position_embeddings", "kind": "produced", "producer": 0, "outputs": [0, 1], "tuple": True}],
     "dims": {"batch": 2},
     "bytes": 10126592,
     "flops": 3793127872,
     "architectures": ["sapiens2"],
     "qualname": "transformers.models.sapiens2.modeling_sapiens2.Sapiens2Attention",
     "path": "model.layer.2.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Sapiens2Config", "fields": {"attention_dropout": 0.0, "hidden_size": 1024, "key_bias": True, "num_attention_heads": 16, "num_key_value_heads_per_layer": [16, 16, 16, 16, 16, 16, 16, 16, 8, 8, 8, 8, 8, 8, 8, 8, 16, 16, 16, 16, 16, 16, 16, 16], "proj_bias": True, "query_bias": True, "rms_norm_eps": 1e-06, "use_qk_norm": True, "value_bias": True, "attn_implementation": "sdpa"}}, "layer_idx": 3},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 205, 1024], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "position_embeddings", "kind": "produced", "producer": 0, "outputs": [0, 1], "tuple": True}],
     "dims": {"batch": 2},
     "bytes": 10126592,
     "flops": 3793127872,
     "architectures": ["sapiens2"],
     "qualname": "transformers.models.sapiens2.modeling_sapiens2.Sapiens2Attention",
     "path": "model.layer.3.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Sapiens2Config", "fields": {"attention_dropout": 0.0, "hidden_size": 1024, "key_bias": True, "num_attention_heads": 16, "num_key_value_heads_per_layer": [16, 16, 16, 16, 16, 16, 16, 16, 8, 8, 8, 8, 8, 8, 8, 8, 16, 16, 16, 16, 16, 16, 16, 16], "proj_bias": True, "query_bias": True, "rms_norm_eps": 1e-06, "use_qk_norm": True, "value_bias": True, "attn_implementation": "sdpa"}}, "layer_idx": 4},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 205, 1024], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "position_embeddings", "kind": "produced", "producer": 0, "outputs": [0, 1], "tuple": True}],
     "dims": {"batch": 2},
     "bytes": 10126592,
     "flops": 3793127872,
     "architectures": ["sapiens2"],
     "qualname": "transformers.models.sapiens2.modeling_sapiens2.Sapiens2Attention",
     "path": "model.layer.4.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Sapiens2Config", "fields": {"attention_dropout": 0.0, "hidden_size": 1024, "key_bias": True, "num_attention_heads": 16, "num_key_value_heads_per_layer": [16, 16, 16, 16, 16, 16, 16, 16, 8, 8, 8, 8, 8, 8, 8, 8, 16, 16, 16, 16, 16, 16, 16, 16], "proj_bias": True, "query_bias": True, "rms_norm_eps": 1e-06, "use_qk_norm": True, "value_bias": True, "attn_implementation": "sdpa"}}, "layer_idx": 5},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 205, 1024], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "position_embeddings", "kind": "produced", "producer": 0, "outputs": [0, 1], "tuple": True}],
     "dims": {"batch": 2},
     "bytes": 10126592,
     "flops": 3793127872,
     "architectures": ["sapiens2"],
     "qualname": "transformers.models.sapiens2.modeling_sapiens2.Sapiens2Attention",
     "path": "model.layer.5.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Sapiens2Config", "fields": {"attention_dropout": 0.0, "hidden_size": 1024, "key_bias": True, "num_attention_heads": 16, "num_key_value_heads_per_layer": [16, 16, 16, 16, 16, 16, 16, 16, 8, 8, 8, 8, 8, 8, 8, 8, 16, 16, 16, 16, 16, 16, 16, 16], "proj_bias": True, "query_bias": True, "rms_norm_eps": 1e-06, "use_qk_norm": True, "value_bias": True, "attn_implementation": "sdpa"}}, "layer_idx": 6},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 205, 1024], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "position_embeddings", "kind": "produced", "producer": 0, "outputs": [0, 1], "tuple": True}],
     "dims": {"batch": 2},
     "bytes": 10126592,
     "flops": 3793127872,
     "architectures": ["sapiens2"],
     "qualname": "transformers.models.sapiens2.modeling_sapiens2.Sapiens2Attention",
     "path": "model.layer.6.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Sapiens2Config", "fields": {"attention_dropout": 0.0, "hidden_size": 1024, "key_bias": True, "num_attention_heads": 16, "num_key_value_heads_per_layer": [16, 16, 16, 16, 16, 16, 16, 16, 8, 8, 8, 8, 8, 8, 8, 8, 16, 16, 16, 16, 16, 16, 16, 16], "proj_bias": True, "query_bias": True, "rms_norm_eps": 1e-06, "use_qk_norm": True, "value_bias": True, "attn_implementation": "sdpa"}}, "layer_idx": 7},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 205, 1024], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "position_embeddings", "kind": "produced", "producer": 0, "outputs": [0, 1], "tuple": True}],
     "dims": {"batch": 2},
     "bytes": 10126592,
     "flops": 3793127872,
     "architectures": ["sapiens2"],
     "qualname": "transformers.models.sapiens2.modeling_sapiens2.Sapiens2Attention",
     "path": "model.layer.7.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Sapiens2Config", "fields": {"attention_dropout": 0.0, "hidden_size": 1024, "key_bias": True, "num_attention_heads": 16, "num_key_value_heads_per_layer": [16, 16, 16, 16, 16, 16, 16, 16, 8, 8, 8, 8, 8, 8, 8, 8, 16, 16, 16, 16, 16, 16, 16, 16], "proj_bias": True, "query_bias": True, "rms_norm_eps": 1e-06, "use_qk_norm": True, "value_bias": True, "attn_implementation": "sdpa"}}, "layer_idx": 8},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 205, 1024], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "position_embeddings", "kind": "produced", "producer": 0, "outputs": [0, 1], "tuple": True}],
     "dims": {"batch": 2},
     "bytes": 8027392,
     "flops": 2930913104,
     "architectures": ["sapiens2"],
     "qualname": "transformers.models.sapiens2.modeling_sapiens2.Sapiens2Attention",
     "path": "model.layer.8.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Sapiens2Config", "fields": {"attention_dropout": 0.0, "hidden_size": 1024, "key_bias": True, "num_attention_heads": 16, "num_key_value_heads_per_layer": [16, 16, 16, 16, 16, 16, 16, 16, 8, 8, 8, 8, 8, 8, 8, 8, 16, 16, 16, 16, 16, 16, 16, 16], "proj_bias": True, "query_bias": True, "rms_norm_eps": 1e-06, "use_qk_norm": True, "value_bias": True, "attn_implementation": "sdpa"}}, "layer_idx": 9},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 205, 1024], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "position_embeddings", "kind": "produced", "producer": 0, "outputs": [0, 1], "tuple": True}],
     "dims": {"batch": 2},
     "bytes": 8027392,
     "flops": 2930913104,
     "architectures": ["sapiens2"],
     "qualname": "transformers.models.sapiens2.modeling_sapiens2.Sapiens2Attention",
     "path": "model.layer.9.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Sapiens2Config", "fields": {"attention_dropout": 0.0, "hidden_size": 1024, "key_bias": True, "num_attention_heads": 16, "num_key_value_heads_per_layer": [16, 16, 16, 16, 16, 16, 16, 16, 8, 8, 8, 8, 8, 8, 8, 8, 16, 16, 16, 16, 16, 16, 16, 16], "proj_bias": True, "query_bias": True, "rms_norm_eps": 1e-06, "use_qk_norm": True, "value_bias": True, "attn_implementation": "sdpa"}}, "layer_idx": 10},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 205, 1024], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "position_embeddings", "kind": "produced", "producer": 0, "outputs": [0, 1], "tuple": True}],
     "dims": {"batch": 2},
     "bytes": 8027392,
     "flops": 2930913104,
     "architectures": ["sapiens2"],
     "qualname": "transformers.models.sapiens2.modeling_sapiens2.Sapiens2Attention",
     "path": "model.layer.10.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Sapiens2Config", "fields": {"attention_dropout": 0.0, "hidden_size": 1024, "key_bias": True, "num_attention_heads": 16, "num_key_value_heads_per_layer": [16, 16, 16, 16, 16, 16, 16, 16, 8, 8, 8, 8, 8, 8, 8, 8, 16, 16, 16, 16, 16, 16, 16, 16], "proj_bias": True, "query_bias": True, "rms_norm_eps": 1e-06, "use_qk_norm": True, "value_bias": True, "attn_implementation": "sdpa"}}, "layer_idx": 11},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 205, 1024], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "position_embeddings", "kind": "produced", "producer": 0, "outputs": [0, 1], "tuple": True}],
     "dims": {"batch": 2},
     "bytes": 8027392,
     "flops": 2930913104,
     "architectures": ["sapiens2"],
     "qualname": "transformers.models.sapiens2.modeling_sapiens2.Sapiens2Attention",
     "path": "model.layer.11.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Sapiens2Config", "fields": {"attention_dropout": 0.0, "hidden_size": 1024, "key_bias": True, "num_attention_heads": 16, "num_key_value_heads_per_layer": [16, 16, 16, 16, 16, 16, 16, 16, 8, 8, 8, 8, 8, 8, 8, 8, 16, 16, 16, 16, 16, 16, 16, 16], "proj_bias": True, "query_bias": True, "rms_norm_eps": 1e-06, "use_qk_norm": True, "value_bias": True, "attn_implementation": "sdpa"}}, "layer_idx": 12},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 205, 1024], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "position_embeddings", "kind": "produced", "producer": 0, "outputs": [0, 1], "tuple": True}],
     "dims": {"batch": 2},
     "bytes": 8027392,
     "flops": 2930913104,
     "architectures": ["sapiens2"],
     "qualname": "transformers.models.sapiens2.modeling_sapiens2.Sapiens2Attention",
     "path": "model.layer.12.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Sapiens2Config", "fields": {"attention_dropout": 0.0, "hidden_size": 1024, "key_bias": True, "num_attention_heads": 16, "num_key_value_heads_per_layer": [16, 16, 16, 16, 16, 16, 16, 16, 8, 8, 8, 8, 8, 8, 8, 8, 16, 16, 16, 16, 16, 16, 16, 16], "proj_bias": True, "query_bias": True, "rms_norm_eps": 1e-06, "use_qk_norm": True, "value_bias": True, "attn_implementation": "sdpa"}}, "layer_idx": 13},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 205, 1024], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "position_embeddings", "kind": "produced", "producer": 0, "outputs": [0, 1], "tuple": True}],
     "dims": {"batch": 2},
     "bytes": 8027392,
     "flops": 2930913104,
     "architectures": ["sapiens2"],
     "qualname": "transformers.models.sapiens2.modeling_sapiens2.Sapiens2Attention",
     "path": "model.layer.13.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Sapiens2Config", "fields": {"attention_dropout": 0.0, "hidden_size": 1024, "key_bias": True, "num_attention_heads": 16, "num_key_value_heads_per_layer": [16, 16, 16, 16, 16, 16, 16, 16, 8, 8, 8, 8, 8, 8, 8, 8, 16, 16, 16, 16, 16, 16, 16, 16], "proj_bias": True, "query_bias": True, "rms_norm_eps": 1e-06, "use_qk_norm": True, "value_bias": True, "attn_implementation": "sdpa"}}, "layer_idx": 14},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 205, 1024], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "position_embeddings", "kind": "produced", "producer": 0, "outputs": [0, 1], "tuple": True}],
     "dims": {"batch": 2},
     "bytes": 8027392,
     "flops": 2930913104,
     "architectures": ["sapiens2"],
     "qualname": "transformers.models.sapiens2.modeling_sapiens2.Sapiens2Attention",
     "path": "model.layer.14.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Sapiens2Config", "fields": {"attention_dropout": 0.0, "hidden_size": 1024, "key_bias": True, "num_attention_heads": 16, "num_key_value_heads_per_layer": [16, 16, 16, 16, 16, 16, 16, 16, 8, 8, 8, 8, 8, 8, 8, 8, 16, 16, 16, 16, 16, 16, 16, 16], "proj_bias": True, "query_bias": True, "rms_norm_eps": 1e-06, "use_qk_norm": True, "value_bias": True, "attn_implementation": "sdpa"}}, "layer_idx": 15},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 205, 1024], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "position_embeddings", "kind": "produced", "producer": 0, "outputs": [0, 1], "tuple": True}],
     "dims": {"batch": 2},
     "bytes": 8027392,
     "flops": 2930913104,
     "architectures": ["sapiens2"],
     "qualname": "transformers.models.sapiens2.modeling_sapiens2.Sapiens2Attention",
     "path": "model.layer.15.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Sapiens2Config", "fields": {"attention_dropout": 0.0, "hidden_size": 1024, "key_bias": True, "num_attention_heads": 16, "num_key_value_heads_per_layer": [16, 16, 16, 16, 16, 16, 16, 16, 8, 8, 8, 8, 8, 8, 8, 8, 16, 16, 16, 16, 16, 16, 16, 16], "proj_bias": True, "query_bias": True, "rms_norm_eps": 1e-06, "use_qk_norm": True, "value_bias": True, "attn_implementation": "sdpa"}}, "layer_idx": 16},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 205, 1024], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "position_embeddings", "kind": "produced", "producer": 0, "outputs": [0, 1], "tuple": True}],
     "dims": {"batch": 2},
     "bytes": 10126592,
     "flops": 3793127872,
     "architectures": ["sapiens2"],
     "qualname": "transformers.models.sapiens2.modeling_sapiens2.Sapiens2Attention",
     "path": "model.layer.16.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Sapiens2Config", "fields": {"attention_dropout": 0.0, "hidden_size": 1024, "key_bias": True, "num_attention_heads": 16, "num_key_value_heads_per_layer": [16, 16, 16, 16, 16, 16, 16, 16, 8, 8, 8, 8, 8, 8, 8, 8, 16, 16, 16, 16, 16, 16, 16, 16], "proj_bias": True, "query_bias": True, "rms_norm_eps": 1e-06, "use_qk_norm": True, "value_bias": True, "attn_implementation": "sdpa"}}, "layer_idx": 17},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 205, 1024], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "position_embeddings", "kind": "produced", "producer": 0, "outputs": [0, 1], "tuple": True}],
     "dims": {"batch": 2},
     "bytes": 10126592,
     "flops": 3793127872,
     "architectures": ["sapiens2"],
     "qualname": "transformers.models.sapiens2.modeling_sapiens2.Sapiens2Attention",
     "path": "model.layer.17.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Sapiens2Config", "fields": {"attention_dropout": 0.0, "hidden_size": 1024, "key_bias": True, "num_attention_heads": 16, "num_key_value_heads_per_layer": [16, 16, 16, 16, 16, 16, 16, 16, 8, 8, 8, 8, 8, 8, 8, 8, 16, 16, 16, 16, 16, 16, 16, 16], "proj_bias": True, "query_bias": True, "rms_norm_eps": 1e-06, "use_qk_norm": True, "value_bias": True, "attn_implementation": "sdpa"}}, "layer_idx": 18},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 205, 1024], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "position_embeddings", "kind": "produced", "producer": 0, "outputs": [0, 1], "tuple": True}],
     "dims": {"batch": 2},
     "bytes": 10126592,
     "flops": 3793127872,
     "architectures": ["sapiens2"],
     "qualname": "transformers.models.sapiens2.modeling_sapiens2.Sapiens2Attention",
     "path": "model.layer.18.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Sapiens2Config", "fields": {"attention_dropout": 0.0, "hidden_size": 1024, "key_bias": True, "num_attention_heads": 16, "num_key_value_heads_per_layer": [16, 16, 16, 16, 16, 16, 16, 16, 8, 8, 8, 8, 8, 8, 8, 8, 16, 16, 16, 16, 16, 16, 16, 16], "proj_bias": True, "query_bias": True, "rms_norm_eps": 1e-06, "use_qk_norm": True, "value_bias": True, "attn_implementation": "sdpa"}}, "layer_idx": 19},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 205, 1024], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "position_embeddings", "kind": "produced", "producer": 0, "outputs": [0, 1], "tuple": True}],
     "dims": {"batch": 2},
     "bytes": 10126592,
     "flops": 3793127872,
     "architectures": ["sapiens2"],
     "qualname": "transformers.models.sapiens2.modeling_sapiens2.Sapiens2Attention",
     "path": "model.layer.19.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Sapiens2Config", "fields": {"attention_dropout": 0.0, "hidden_size": 1024, "key_bias": True, "num_attention_heads": 16, "num_key_value_heads_per_layer": [16, 16, 16, 16, 16, 16, 16, 16, 8, 8, 8, 8, 8, 8, 8, 8, 16, 16, 16, 16, 16, 16, 16, 16], "proj_bias": True, "query_bias": True, "rms_norm_eps": 1e-06, "use_qk_norm": True, "value_bias": True, "attn_implementation": "sdpa"}}, "layer_idx": 20},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 205, 1024], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "position_embeddings", "kind": "produced", "producer": 0, "outputs": [0, 1], "tuple": True}],
     "dims": {"batch": 2},
     "bytes": 10126592,
     "flops": 3793127872,
     "architectures": ["sapiens2"],
     "qualname": "transformers.models.sapiens2.modeling_sapiens2.Sapiens2Attention",
     "path": "model.layer.20.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Sapiens2Config", "fields": {"attention_dropout": 0.0, "hidden_size": 1024, "key_bias": True, "num_attention_heads": 16, "num_key_value_heads_per_layer": [16, 16, 16, 16, 16, 16, 16, 16, 8, 8, 8, 8, 8, 8, 8, 8, 16, 16, 16, 16, 16, 16, 16, 16], "proj_bias": True, "query_bias": True, "rms_norm_eps": 1e-06, "use_qk_norm": True, "value_bias": True, "attn_implementation": "sdpa"}}, "layer_idx": 21},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 205, 1024], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "position_embeddings", "kind": "produced", "producer": 0, "outputs": [0, 1], "tuple": True}],
     "dims": {"batch": 2},
     "bytes": 10126592,
     "flops": 3793127872,
     "architectures": ["sapiens2"],
     "qualname": "transformers.models.sapiens2.modeling_sapiens2.Sapiens2Attention",
     "path": "model.layer.21.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Sapiens2Config", "fields": {"attention_dropout": 0.0, "hidden_size": 1024, "key_bias": True, "num_attention_heads": 16, "num_key_value_heads_per_layer": [16, 16, 16, 16, 16, 16, 16, 16, 8, 8, 8, 8, 8, 8, 8, 8, 16, 16, 16, 16, 16, 16, 16, 16], "proj_bias": True, "query_bias": True, "rms_norm_eps": 1e-06, "use_qk_norm": True, "value_bias": True, "attn_implementation": "sdpa"}}, "layer_idx": 22},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 205, 1024], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "position_embeddings", "kind": "produced", "producer": 0, "outputs": [0, 1], "tuple": True}],
     "dims": {"batch": 2},
     "bytes": 10126592,
     "flops": 3793127872,
     "architectures": ["sapiens2"],
     "qualname": "transformers.models.sapiens2.modeling_sapiens2.Sapiens2Attention",
     "path": "model.layer.22.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Sapiens2Config", "fields": {"attention_dropout": 0.0, "hidden_size": 1024, "key_bias": True, "num_attention_heads": 16, "num_key_value_heads_per_layer": [16, 16, 16, 16, 16, 16, 16, 16, 8, 8, 8, 8, 8, 8, 8, 8, 16, 16, 16, 16, 16, 16, 16, 16], "proj_bias": True, "query_bias": True, "rms_norm_eps": 1e-06, "use_qk_norm": True, "value_bias": True, "attn_implementation": "sdpa"}}, "layer_idx": 23},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 205, 1024], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "position_embeddings", "kind": "produced", "producer": 0, "outputs": [0, 1], "tuple": True}],
     "dims": {"batch": 2},
     "bytes": 10126592,
     "flops": 3793127872,
     "architectures": ["sapiens2"],
     "qualname": "transformers.models.sapiens2.modeling_sapiens2.Sapiens2Attention",
     "path": "model.layer.23.attention",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = []


# Calls that make an input in production (a rotary table, a mask, a router's choice), run by
# get_inputs on drawn inputs of their own: an input {"kind": "produced"} takes their outputs.
PRODUCERS = [
    {"qualname": "transformers.models.sapiens2.modeling_sapiens2.Sapiens2RopePositionEmbedding",
     "init": {"config": {"config_class": "Sapiens2Config", "fields": {"hidden_size": 1024, "image_size": 224, "num_attention_heads": 16, "patch_size": 16, "rope_theta": 100.0, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "pixel_values", "kind": "tensor", "shape": [2, 3, 224, 224], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "param_dtype": "float32"},
]


_CONFIGS = {"Sapiens2Config": Sapiens2Config}


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
