"""Attention, a repeated layer: `Inkling2LoopSlidingLoopDecoderLayer` as transformers runs it, built from L1/inkling2_loop_rms_norm, L1/inkling2_short_convolution, L2/inkling2_block_attention_residual_3c6e8d, L2/inkling2_block_attention_residual_60c290, L2/inkling2_loop_message_gate, L2/inkling2_loop_sliding_attention … (hyper-parameters of add, div, mul vary per case).

kernel:        ae8fd29cd27c00d0
level:         3
label:         attention
qualnames:     transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopSlidingLoopDecoderLayer
transformers:  5.24.0
architectures: inkling2_loop
cases:         16 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.cache_utils import Cache
from transformers.models.inkling2_loop.configuration_inkling2_loop import Inkling2LoopTextConfig
from transformers.models.inkling2_loop.modeling_inkling2_loop import Inkling2LoopSlidingLoopDecoderLayer as Model
from transformers.utils.generic import TransformersKwargs
from typing import Unpack


class ModelNew(nn.Module):
    """Attention, a repeated layer: `Inkling2LoopSlidingLoopDecoderLayer` as transformers runs it, built from L1/inkling2_loop_rms_norm, L1/inkling2_short_convolution, L2/inkling2_block_attention_residual_3c6e8d, L2/inkling2_block_attention_residual_60c290, L2/inkling2_loop_message_gate, L2/inkling2_loop_sliding_attention … (hyper-parameters of add, div, mul vary per case).

    Candidate stub: same constructor and forward signature as Model."""

    def __init__(self, config: Inkling2LoopTextConfig, layer_idx: int):
        super().__init__()
        raise NotImplementedError("write the kernel: attention (Inkling2LoopSlidingLoopDecoderLayer)")

    def forward(
        self,
        hidden_states: torch.Tensor,
        block_states: torch.Tensor,
        messages: torch.Tensor | None = None,
        attention_mask: torch.Tensor | None = None,
        relative_distance: torch.Tensor | None = None,
        conv_mask: torch.Tensor | None = None,
        cache: Cache | None = None,
        cache_offset: int = 0,
        **kwargs: Unpack[TransformersKwargs],
    ) -> torch.Tensor:
        raise NotImplementedError("write the kernel: attention (Inkling2LoopSlidingLoopDecoderLayer)")


KERNEL = {"id": "ae8fd29cd27c00d0", "name": "inkling2_loop_sliding_loop_decoder_layer_ae8fd2", "level": 3, "label": "attention", "qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopSlidingLoopDecoderLayer", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims.
CASES = [
    {"init": {"config": {"config_class": "Inkling2LoopTextConfig", "fields": {"attention_dropout": 0.0, "conv_kernel_size": 4, "hidden_size": 2304, "layer_types": ["hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid"], "n_layers_per_attn_res_block": 6, "qk_l2_clip_threshold": 22.627416997969522, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "sliding_window_size": 1024, "swa_head_dim": 128, "swa_num_attention_heads": 24, "swa_num_key_value_heads": 8, "attn_implementation": "eager"}}, "layer_idx": 7},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2304], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "block_states", "kind": "tensor", "shape": [2, 509, 2, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "messages", "kind": "tensor", "shape": [2, 509, 4, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "relative_distance", "kind": "tensor", "shape": [509, 509], "roles": ["seq", "seq"], "dtype": "int64", "high": 2},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 18}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 2160048492,
     "flops": 197612848908,
     "architectures": ["inkling2_loop"],
     "qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopSlidingLoopDecoderLayer",
     "path": "language_model.layers.7",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2LoopTextConfig", "fields": {"attention_dropout": 0.0, "conv_kernel_size": 4, "hidden_size": 2304, "layer_types": ["hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid"], "n_layers_per_attn_res_block": 6, "qk_l2_clip_threshold": 22.627416997969522, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "sliding_window_size": 1024, "swa_head_dim": 128, "swa_num_attention_heads": 24, "swa_num_key_value_heads": 8, "attn_implementation": "eager"}}, "layer_idx": 8},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2304], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "block_states", "kind": "tensor", "shape": [2, 509, 2, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "messages", "kind": "tensor", "shape": [2, 509, 4, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "relative_distance", "kind": "tensor", "shape": [509, 509], "roles": ["seq", "seq"], "dtype": "int64", "high": 2},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 18}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 2160048492,
     "flops": 197612848908,
     "architectures": ["inkling2_loop"],
     "qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopSlidingLoopDecoderLayer",
     "path": "language_model.layers.8",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2LoopTextConfig", "fields": {"attention_dropout": 0.0, "conv_kernel_size": 4, "hidden_size": 2304, "layer_types": ["hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid"], "n_layers_per_attn_res_block": 6, "qk_l2_clip_threshold": 22.627416997969522, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "sliding_window_size": 1024, "swa_head_dim": 128, "swa_num_attention_heads": 24, "swa_num_key_value_heads": 8, "attn_implementation": "eager"}}, "layer_idx": 9},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2304], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "block_states", "kind": "tensor", "shape": [2, 509, 2, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "messages", "kind": "tensor", "shape": [2, 509, 4, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "relative_distance", "kind": "tensor", "shape": [509, 509], "roles": ["seq", "seq"], "dtype": "int64", "high": 2},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 18}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 2160048492,
     "flops": 197612848908,
     "architectures": ["inkling2_loop"],
     "qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopSlidingLoopDecoderLayer",
     "path": "language_model.layers.9",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2LoopTextConfig", "fields": {"attention_dropout": 0.0, "conv_kernel_size": 4, "hidden_size": 2304, "layer_types": ["hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid"], "n_layers_per_attn_res_block": 6, "qk_l2_clip_threshold": 22.627416997969522, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "sliding_window_size": 1024, "swa_head_dim": 128, "swa_num_attention_heads": 24, "swa_num_key_value_heads": 8, "attn_implementation": "eager"}}, "layer_idx": 10},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2304], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "block_states", "kind": "tensor", "shape": [2, 509, 2, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "messages", "kind": "tensor", "shape": [2, 509, 4, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "relative_distance", "kind": "tensor", "shape": [509, 509], "roles": ["seq", "seq"], "dtype": "int64", "high": 2},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 18}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 2160048492,
     "flops": 197612848908,
     "architectures": ["inkling2_loop"],
     "qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopSlidingLoopDecoderLayer",
     "path": "language_model.layers.10",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2LoopTextConfig", "fields": {"attention_dropout": 0.0, "conv_kernel_size": 4, "hidden_size": 2304, "layer_types": ["hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid"], "n_layers_per_attn_res_block": 6, "qk_l2_clip_threshold": 22.627416997969522, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "sliding_window_size": 1024, "swa_head_dim": 128, "swa_num_attention_heads": 24, "swa_num_key_value_heads": 8, "attn_implementation": "eager"}}, "layer_idx": 7},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2304], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "block_states", "kind": "tensor", "shape": [2, 509, 2, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "messages", "kind": "tensor", "shape": [2, 509, 4, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "relative_distance", "kind": "tensor", "shape": [509, 509], "roles": ["seq", "seq"], "dtype": "int64", "high": 2},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 30}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 2160048492,
     "flops": 197612848908,
     "architectures": ["inkling2_loop"],
     "qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopSlidingLoopDecoderLayer",
     "path": "language_model.layers.7",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2LoopTextConfig", "fields": {"attention_dropout": 0.0, "conv_kernel_size": 4, "hidden_size": 2304, "layer_types": ["hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid"], "n_layers_per_attn_res_block": 6, "qk_l2_clip_threshold": 22.627416997969522, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "sliding_window_size": 1024, "swa_head_dim": 128, "swa_num_attention_heads": 24, "swa_num_key_value_heads": 8, "attn_implementation": "eager"}}, "layer_idx": 8},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2304], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "block_states", "kind": "tensor", "shape": [2, 509, 2, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "messages", "kind": "tensor", "shape": [2, 509, 4, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "relative_distance", "kind": "tensor", "shape": [509, 509], "roles": ["seq", "seq"], "dtype": "int64", "high": 2},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 30}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 2160048492,
     "flops": 197612848908,
     "architectures": ["inkling2_loop"],
     "qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopSlidingLoopDecoderLayer",
     "path": "language_model.layers.8",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2LoopTextConfig", "fields": {"attention_dropout": 0.0, "conv_kernel_size": 4, "hidden_size": 2304, "layer_types": ["hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid"], "n_layers_per_attn_res_block": 6, "qk_l2_clip_threshold": 22.627416997969522, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "sliding_window_size": 1024, "swa_head_dim": 128, "swa_num_attention_heads": 24, "swa_num_key_value_heads": 8, "attn_implementation": "eager"}}, "layer_idx": 9},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2304], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "block_states", "kind": "tensor", "shape": [2, 509, 2, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "messages", "kind": "tensor", "shape": [2, 509, 4, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "relative_distance", "kind": "tensor", "shape": [509, 509], "roles": ["seq", "seq"], "dtype": "int64", "high": 2},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 30}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 2160048492,
     "flops": 197612848908,
     "architectures": ["inkling2_loop"],
     "qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopSlidingLoopDecoderLayer",
     "path": "language_model.layers.9",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2LoopTextConfig", "fields": {"attention_dropout": 0.0, "conv_kernel_size": 4, "hidden_size": 2304, "layer_types": ["hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid"], "n_layers_per_attn_res_block": 6, "qk_l2_clip_threshold": 22.627416997969522, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "sliding_window_size": 1024, "swa_head_dim": 128, "swa_num_attention_heads": 24, "swa_num_key_value_heads": 8, "attn_implementation": "eager"}}, "layer_idx": 10},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2304], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "block_states", "kind": "tensor", "shape": [2, 509, 2, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "messages", "kind": "tensor", "shape": [2, 509, 4, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "relative_distance", "kind": "tensor", "shape": [509, 509], "roles": ["seq", "seq"], "dtype": "int64", "high": 2},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 30}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 2160048492,
     "flops": 197612848908,
     "architectures": ["inkling2_loop"],
     "qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopSlidingLoopDecoderLayer",
     "path": "language_model.layers.10",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2LoopTextConfig", "fields": {"attention_dropout": 0.0, "conv_kernel_size": 4, "hidden_size": 2304, "layer_types": ["hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid"], "n_layers_per_attn_res_block": 6, "qk_l2_clip_threshold": 22.627416997969522, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "sliding_window_size": 1024, "swa_head_dim": 128, "swa_num_attention_heads": 24, "swa_num_key_value_heads": 8, "attn_implementation": "eager"}}, "layer_idx": 13},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2304], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "block_states", "kind": "tensor", "shape": [2, 509, 3, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "messages", "kind": "tensor", "shape": [2, 509, 4, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "relative_distance", "kind": "tensor", "shape": [509, 509], "roles": ["seq", "seq"], "dtype": "int64", "high": 2},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 18}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 2164739436,
     "flops": 197645695696,
     "architectures": ["inkling2_loop"],
     "qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopSlidingLoopDecoderLayer",
     "path": "language_model.layers.13",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2LoopTextConfig", "fields": {"attention_dropout": 0.0, "conv_kernel_size": 4, "hidden_size": 2304, "layer_types": ["hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid"], "n_layers_per_attn_res_block": 6, "qk_l2_clip_threshold": 22.627416997969522, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "sliding_window_size": 1024, "swa_head_dim": 128, "swa_num_attention_heads": 24, "swa_num_key_value_heads": 8, "attn_implementation": "eager"}}, "layer_idx": 14},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2304], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "block_states", "kind": "tensor", "shape": [2, 509, 3, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "messages", "kind": "tensor", "shape": [2, 509, 4, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "relative_distance", "kind": "tensor", "shape": [509, 509], "roles": ["seq", "seq"], "dtype": "int64", "high": 2},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 18}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 2164739436,
     "flops": 197645695696,
     "architectures": ["inkling2_loop"],
     "qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopSlidingLoopDecoderLayer",
     "path": "language_model.layers.14",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2LoopTextConfig", "fields": {"attention_dropout": 0.0, "conv_kernel_size": 4, "hidden_size": 2304, "layer_types": ["hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid"], "n_layers_per_attn_res_block": 6, "qk_l2_clip_threshold": 22.627416997969522, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "sliding_window_size": 1024, "swa_head_dim": 128, "swa_num_attention_heads": 24, "swa_num_key_value_heads": 8, "attn_implementation": "eager"}}, "layer_idx": 15},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2304], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "block_states", "kind": "tensor", "shape": [2, 509, 3, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "messages", "kind": "tensor", "shape": [2, 509, 4, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "relative_distance", "kind": "tensor", "shape": [509, 509], "roles": ["seq", "seq"], "dtype": "int64", "high": 2},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 18}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 2164739436,
     "flops": 197645695696,
     "architectures": ["inkling2_loop"],
     "qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopSlidingLoopDecoderLayer",
     "path": "language_model.layers.15",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2LoopTextConfig", "fields": {"attention_dropout": 0.0, "conv_kernel_size": 4, "hidden_size": 2304, "layer_types": ["hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid"], "n_layers_per_attn_res_block": 6, "qk_l2_clip_threshold": 22.627416997969522, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "sliding_window_size": 1024, "swa_head_dim": 128, "swa_num_attention_heads": 24, "swa_num_key_value_heads": 8, "attn_implementation": "eager"}}, "layer_idx": 16},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2304], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "block_states", "kind": "tensor", "shape": [2, 509, 3, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "messages", "kind": "tensor", "shape": [2, 509, 4, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "relative_distance", "kind": "tensor", "shape": [509, 509], "roles": ["seq", "seq"], "dtype": "int64", "high": 2},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 18}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 2164739436,
     "flops": 197645695696,
     "architectures": ["inkling2_loop"],
     "qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopSlidingLoopDecoderLayer",
     "path": "language_model.layers.16",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2LoopTextConfig", "fields": {"attention_dropout": 0.0, "conv_kernel_size": 4, "hidden_size": 2304, "layer_types": ["hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid"], "n_layers_per_attn_res_block": 6, "qk_l2_clip_threshold": 22.627416997969522, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "sliding_window_size": 1024, "swa_head_dim": 128, "swa_num_attention_heads": 24, "swa_num_key_value_heads": 8, "attn_implementation": "eager"}}, "layer_idx": 13},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2304], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "block_states", "kind": "tensor", "shape": [2, 509, 3, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "messages", "kind": "tensor", "shape": [2, 509, 4, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "relative_distance", "kind": "tensor", "shape": [509, 509], "roles": ["seq", "seq"], "dtype": "int64", "high": 2},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 30}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 2164739436,
     "flops": 197645695696,
     "architectures": ["inkling2_loop"],
     "qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopSlidingLoopDecoderLayer",
     "path": "language_model.layers.13",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2LoopTextConfig", "fields": {"attention_dropout": 0.0, "conv_kernel_size": 4, "hidden_size": 2304, "layer_types": ["hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid"], "n_layers_per_attn_res_block": 6, "qk_l2_clip_threshold": 22.627416997969522, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "sliding_window_size": 1024, "swa_head_dim": 128, "swa_num_attention_heads": 24, "swa_num_key_value_heads": 8, "attn_implementation": "eager"}}, "layer_idx": 14},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2304], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "block_states", "kind": "tensor", "shape": [2, 509, 3, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "messages", "kind": "tensor", "shape": [2, 509, 4, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "relative_distance", "kind": "tensor", "shape": [509, 509], "roles": ["seq", "seq"], "dtype": "int64", "high": 2},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 30}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 2164739436,
     "flops": 197645695696,
     "architectures": ["inkling2_loop"],
     "qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopSlidingLoopDecoderLayer",
     "path": "language_model.layers.14",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2LoopTextConfig", "fields": {"attention_dropout": 0.0, "conv_kernel_size": 4, "hidden_size": 2304, "layer_types": ["hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid"], "n_layers_per_attn_res_block": 6, "qk_l2_clip_threshold": 22.627416997969522, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "sliding_window_size": 1024, "swa_head_dim": 128, "swa_num_attention_heads": 24, "swa_num_key_value_heads": 8, "attn_implementation": "eager"}}, "layer_idx": 15},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2304], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "block_states", "kind": "tensor", "shape": [2, 509, 3, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "messages", "kind": "tensor", "shape": [2, 509, 4, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "relative_distance", "kind": "tensor", "shape": [509, 509], "roles": ["seq", "seq"], "dtype": "int64", "high": 2},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 30}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 2164739436,
     "flops": 197645695696,
     "architectures": ["inkling2_loop"],
     "qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopSlidingLoopDecoderLayer",
     "path": "language_model.layers.15",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2LoopTextConfig", "fields": {"attention_dropout": 0.0, "conv_kernel_size": 4, "hidden_size": 2304, "layer_types": ["hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid"], "n_layers_per_attn_res_block": 6, "qk_l2_clip_threshold": 22.627416997969522, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "sliding_window_size": 1024, "swa_head_dim": 128, "swa_num_attention_heads": 24, "swa_num_key_value_heads": 8, "attn_implementation": "eager"}}, "layer_idx": 16},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2304], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "block_states", "kind": "tensor", "shape": [2, 509, 3, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "messages", "kind": "tensor", "shape": [2, 509, 4, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "relative_distance", "kind": "tensor", "shape": [509, 509], "roles": ["seq", "seq"], "dtype": "int64", "high": 2},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 30}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 2164739436,
     "flops": 197645695696,
     "architectures": ["inkling2_loop"],
     "qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopSlidingLoopDecoderLayer",
     "path": "language_model.layers.16",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = []


_CONFIGS = {"Inkling2LoopTextConfig": Inkling2LoopTextConfig}


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
