"""Attention, a repeated layer: `IdeficsDecoderLayer` as transformers runs it, built from L1/idefics_rms_norm, L2/idefics_attention_60b564, L2/llama_mlp (hyper-parameters of add, sdpa vary per case).

kernel:        6e6294635712a077
level:         3
label:         attention
qualnames:     transformers.models.idefics.modeling_idefics.IdeficsDecoderLayer
transformers:  5.24.0
architectures: idefics
cases:         32 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.cache_utils import Cache
from transformers.models.idefics.configuration_idefics import IdeficsConfig
from transformers.models.idefics.modeling_idefics import IdeficsDecoderLayer
from transformers.utils.generic import TransformersKwargs
from typing import Unpack
import importlib


class Model(IdeficsDecoderLayer):
    """`IdeficsDecoderLayer` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config: IdeficsConfig, layer_idx: int | None = None):
        super().__init__(config, layer_idx)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """Attention, a repeated layer: `IdeficsDecoderLayer` as transformers runs it, built from L1/idefics_rms_norm, L2/idefics_attention_60b564, L2/llama_mlp (hyper-parameters of add, sdpa vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        self_attn.q_proj.weight [4096, 4096]
        self_attn.k_proj.weight [4096, 4096]
        self_attn.v_proj.weight [4096, 4096]
        self_attn.o_proj.weight [4096, 4096]
        mlp.gate_proj.weight [11008, 4096]
        mlp.down_proj.weight [4096, 11008]
        mlp.up_proj.weight [11008, 4096]
        input_layernorm.weight [4096]
        post_attention_layernorm.weight [4096]
    """

    def __init__(self, config: IdeficsConfig, layer_idx: int | None = None):
        super().__init__()
        raise NotImplementedError("write the kernel: attention (IdeficsDecoderLayer)")

    def forward(
        self,
        hidden_states: torch.Tensor,
        attention_mask: torch.Tensor | None = None,
        position_ids: torch.LongTensor | None = None,
        cache: Cache | None = None,
        **kwargs: Unpack[TransformersKwargs],
    ) -> torch.Tensor:
        raise NotImplementedError("write the kernel: attention (IdeficsDecoderLayer)")


KERNEL = {"id": "6e6294635712a077", "name": "idefics_decoder_layer", "level": 3, "label": "attention", "qualname": "transformers.models.idefics.modeling_idefics.IdeficsDecoderLayer", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "IdeficsConfig", "fields": {"dropout": 0.0, "hidden_act": "silu", "hidden_size": 4096, "intermediate_size": 11008, "max_position_embeddings": 2048, "num_attention_heads": 32, "rms_norm_eps": 1e-06, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}, "layer_idx": 0},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 421968122,
     "flops": 420619588528,
     "architectures": ["idefics"],
     "qualname": "transformers.models.idefics.modeling_idefics.IdeficsDecoderLayer",
     "path": "layers.0",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "IdeficsConfig", "fields": {"dropout": 0.0, "hidden_act": "silu", "hidden_size": 4096, "intermediate_size": 11008, "num_attention_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 1},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 421968122,
     "flops": 420619588528,
     "architectures": ["idefics"],
     "qualname": "transformers.models.idefics.modeling_idefics.IdeficsDecoderLayer",
     "path": "layers.1",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "IdeficsConfig", "fields": {"dropout": 0.0, "hidden_act": "silu", "hidden_size": 4096, "intermediate_size": 11008, "num_attention_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 2},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 421968122,
     "flops": 420619588528,
     "architectures": ["idefics"],
     "qualname": "transformers.models.idefics.modeling_idefics.IdeficsDecoderLayer",
     "path": "layers.2",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "IdeficsConfig", "fields": {"dropout": 0.0, "hidden_act": "silu", "hidden_size": 4096, "intermediate_size": 11008, "num_attention_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 3},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 421968122,
     "flops": 420619588528,
     "architectures": ["idefics"],
     "qualname": "transformers.models.idefics.modeling_idefics.IdeficsDecoderLayer",
     "path": "layers.3",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "IdeficsConfig", "fields": {"dropout": 0.0, "hidden_act": "silu", "hidden_size": 4096, "intermediate_size": 11008, "num_attention_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 4},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 421968122,
     "flops": 420619588528,
     "architectures": ["idefics"],
     "qualname": "transformers.models.idefics.modeling_idefics.IdeficsDecoderLayer",
     "path": "layers.4",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "IdeficsConfig", "fields": {"dropout": 0.0, "hidden_act": "silu", "hidden_size": 4096, "intermediate_size": 11008, "num_attention_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 5},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 421968122,
     "flops": 420619588528,
     "architectures": ["idefics"],
     "qualname": "transformers.models.idefics.modeling_idefics.IdeficsDecoderLayer",
     "path": "layers.5",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "IdeficsConfig", "fields": {"dropout": 0.0, "hidden_act": "silu", "hidden_size": 4096, "intermediate_size": 11008, "num_attention_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 6},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 421968122,
     "flops": 420619588528,
     "architectures": ["idefics"],
     "qualname": "transformers.models.idefics.modeling_idefics.IdeficsDecoderLayer",
     "path": "layers.6",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "IdeficsConfig", "fields": {"dropout": 0.0, "hidden_act": "silu", "hidden_size": 4096, "intermediate_size": 11008, "num_attention_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 7},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 421968122,
     "flops": 420619588528,
     "architectures": ["idefics"],
     "qualname": "transformers.models.idefics.modeling_idefics.IdeficsDecoderLayer",
     "path": "layers.7",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "IdeficsConfig", "fields": {"dropout": 0.0, "hidden_act": "silu", "hidden_size": 4096, "intermediate_size": 11008, "num_attention_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 8},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 421968122,
     "flops": 420619588528,
     "architectures": ["idefics"],
     "qualname": "transformers.models.idefics.modeling_idefics.IdeficsDecoderLayer",
     "path": "layers.8",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "IdeficsConfig", "fields": {"dropout": 0.0, "hidden_act": "silu", "hidden_size": 4096, "intermediate_size": 11008, "num_attention_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 9},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 421968122,
     "flops": 420619588528,
     "architectures": ["idefics"],
     "qualname": "transformers.models.idefics.modeling_idefics.IdeficsDecoderLayer",
     "path": "layers.9",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "IdeficsConfig", "fields": {"dropout": 0.0, "hidden_act": "silu", "hidden_size": 4096, "intermediate_size": 11008, "num_attention_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 10},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 421968122,
     "flops": 420619588528,
     "architectures": ["idefics"],
     "qualname": "transformers.models.idefics.modeling_idefics.IdeficsDecoderLayer",
     "path": "layers.10",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "IdeficsConfig", "fields": {"dropout": 0.0, "hidden_act": "silu", "hidden_size": 4096, "intermediate_size": 11008, "num_attention_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 11},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 421968122,
     "flops": 420619588528,
     "architectures": ["idefics"],
     "qualname": "transformers.models.idefics.modeling_idefics.IdeficsDecoderLayer",
     "path": "layers.11",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "IdeficsConfig", "fields": {"dropout": 0.0, "hidden_act": "silu", "hidden_size": 4096, "intermediate_size": 11008, "num_attention_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 12},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 421968122,
     "flops": 420619588528,
     "architectures": ["idefics"],
     "qualname": "transformers.models.idefics.modeling_idefics.IdeficsDecoderLayer",
     "path": "layers.12",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "IdeficsConfig", "fields": {"dropout": 0.0, "hidden_act": "silu", "hidden_size": 4096, "intermediate_size": 11008, "num_attention_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 13},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 421968122,
     "flops": 420619588528,
     "architectures": ["idefics"],
     "qualname": "transformers.models.idefics.modeling_idefics.IdeficsDecoderLayer",
     "path": "layers.13",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "IdeficsConfig", "fields": {"dropout": 0.0, "hidden_act": "silu", "hidden_size": 4096, "intermediate_size": 11008, "num_attention_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 14},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 421968122,
     "flops": 420619588528,
     "architectures": ["idefics"],
     "qualname": "transformers.models.idefics.modeling_idefics.IdeficsDecoderLayer",
     "path": "layers.14",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "IdeficsConfig", "fields": {"dropout": 0.0, "hidden_act": "silu", "hidden_size": 4096, "intermediate_size": 11008, "num_attention_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 15},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 421968122,
     "flops": 420619588528,
     "architectures": ["idefics"],
     "qualname": "transformers.models.idefics.modeling_idefics.IdeficsDecoderLayer",
     "path": "layers.15",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "IdeficsConfig", "fields": {"dropout": 0.0, "hidden_act": "silu", "hidden_size": 4096, "intermediate_size": 11008, "num_attention_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 16},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 421968122,
     "flops": 420619588528,
     "architectures": ["idefics"],
     "qualname": "transformers.models.idefics.modeling_idefics.IdeficsDecoderLayer",
     "path": "layers.16",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "IdeficsConfig", "fields": {"dropout": 0.0, "hidden_act": "silu", "hidden_size": 4096, "intermediate_size": 11008, "num_attention_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 17},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 421968122,
     "flops": 420619588528,
     "architectures": ["idefics"],
     "qualname": "transformers.models.idefics.modeling_idefics.IdeficsDecoderLayer",
     "path": "layers.17",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "IdeficsConfig", "fields": {"dropout": 0.0, "hidden_act": "silu", "hidden_size": 4096, "intermediate_size": 11008, "num_attention_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 18},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 421968122,
     "flops": 420619588528,
     "architectures": ["idefics"],
     "qualname": "transformers.models.idefics.modeling_idefics.IdeficsDecoderLayer",
     "path": "layers.18",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "IdeficsConfig", "fields": {"dropout": 0.0, "hidden_act": "silu", "hidden_size": 4096, "intermediate_size": 11008, "num_attention_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 19},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 421968122,
     "flops": 420619588528,
     "architectures": ["idefics"],
     "qualname": "transformers.models.idefics.modeling_idefics.IdeficsDecoderLayer",
     "path": "layers.19",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "IdeficsConfig", "fields": {"dropout": 0.0, "hidden_act": "silu", "hidden_size": 4096, "intermediate_size": 11008, "num_attention_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 20},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 421968122,
     "flops": 420619588528,
     "architectures": ["idefics"],
     "qualname": "transformers.models.idefics.modeling_idefics.IdeficsDecoderLayer",
     "path": "layers.20",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "IdeficsConfig", "fields": {"dropout": 0.0, "hidden_act": "silu", "hidden_size": 4096, "intermediate_size": 11008, "num_attention_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 21},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 421968122,
     "flops": 420619588528,
     "architectures": ["idefics"],
     "qualname": "transformers.models.idefics.modeling_idefics.IdeficsDecoderLayer",
     "path": "layers.21",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "IdeficsConfig", "fields": {"dropout": 0.0, "hidden_act": "silu", "hidden_size": 4096, "intermediate_size": 11008, "num_attention_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 22},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 421968122,
     "flops": 420619588528,
     "architectures": ["idefics"],
     "qualname": "transformers.models.idefics.modeling_idefics.IdeficsDecoderLayer",
     "path": "layers.22",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "IdeficsConfig", "fields": {"dropout": 0.0, "hidden_act": "silu", "hidden_size": 4096, "intermediate_size": 11008, "num_attention_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 23},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 421968122,
     "flops": 420619588528,
     "architectures": ["idefics"],
     "qualname": "transformers.models.idefics.modeling_idefics.IdeficsDecoderLayer",
     "path": "layers.23",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "IdeficsConfig", "fields": {"dropout": 0.0, "hidden_act": "silu", "hidden_size": 4096, "intermediate_size": 11008, "num_attention_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 24},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 421968122,
     "flops": 420619588528,
     "architectures": ["idefics"],
     "qualname": "transformers.models.idefics.modeling_idefics.IdeficsDecoderLayer",
     "path": "layers.24",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "IdeficsConfig", "fields": {"dropout": 0.0, "hidden_act": "silu", "hidden_size": 4096, "intermediate_size": 11008, "num_attention_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 25},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 421968122,
     "flops": 420619588528,
     "architectures": ["idefics"],
     "qualname": "transformers.models.idefics.modeling_idefics.IdeficsDecoderLayer",
     "path": "layers.25",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "IdeficsConfig", "fields": {"dropout": 0.0, "hidden_act": "silu", "hidden_size": 4096, "intermediate_size": 11008, "num_attention_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 26},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 421968122,
     "flops": 420619588528,
     "architectures": ["idefics"],
     "qualname": "transformers.models.idefics.modeling_idefics.IdeficsDecoderLayer",
     "path": "layers.26",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "IdeficsConfig", "fields": {"dropout": 0.0, "hidden_act": "silu", "hidden_size": 4096, "intermediate_size": 11008, "num_attention_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 27},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 421968122,
     "flops": 420619588528,
     "architectures": ["idefics"],
     "qualname": "transformers.models.idefics.modeling_idefics.IdeficsDecoderLayer",
     "path": "layers.27",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "IdeficsConfig", "fields": {"dropout": 0.0, "hidden_act": "silu", "hidden_size": 4096, "intermediate_size": 11008, "num_attention_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 28},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 421968122,
     "flops": 420619588528,
     "architectures": ["idefics"],
     "qualname": "transformers.models.idefics.modeling_idefics.IdeficsDecoderLayer",
     "path": "layers.28",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "IdeficsConfig", "fields": {"dropout": 0.0, "hidden_act": "silu", "hidden_size": 4096, "intermediate_size": 11008, "num_attention_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 29},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 421968122,
     "flops": 420619588528,
     "architectures": ["idefics"],
     "qualname": "transformers.models.idefics.modeling_idefics.IdeficsDecoderLayer",
     "path": "layers.29",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "IdeficsConfig", "fields": {"dropout": 0.0, "hidden_act": "silu", "hidden_size": 4096, "intermediate_size": 11008, "num_attention_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 30},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 421968122,
     "flops": 420619588528,
     "architectures": ["idefics"],
     "qualname": "transformers.models.idefics.modeling_idefics.IdeficsDecoderLayer",
     "path": "layers.30",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "IdeficsConfig", "fields": {"dropout": 0.0, "hidden_act": "silu", "hidden_size": 4096, "intermediate_size": 11008, "num_attention_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 31},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 421968122,
     "flops": 420619588528,
     "architectures": ["idefics"],
     "qualname": "transformers.models.idefics.modeling_idefics.IdeficsDecoderLayer",
     "path": "layers.31",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = []


# Calls that make an input in production (a rotary table, a mask, a router's choice), run by
# get_inputs on drawn inputs of their own: an input {"kind": "produced"} takes their outputs.
PRODUCERS = [
    {"qualname": "transformers.masking_utils.create_causal_mask",
     "init": {},
     "inputs": [
        {"name": "config", "kind": "config", "config_class": "IdeficsConfig", "fields": {"attn_implementation": "sdpa"}},
        {"name": "inputs_embeds", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "bool", "fill": 1},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}]},
]


_CONFIGS = {"IdeficsConfig": IdeficsConfig}


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
