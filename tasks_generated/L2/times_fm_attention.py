"""Attention, a module built from leaf kernels: `TimesFmAttention` as transformers runs it, built from L1/linear_078fd2, L1/sdpa_attention_forward_ad5a08 (hyper-parameters of mul vary per case).

kernel:        d1e1506c2a8cecb0
level:         2
label:         attention
qualnames:     transformers.models.timesfm.modeling_timesfm.TimesFmAttention
transformers:  5.24.0
architectures: timesfm
cases:         50 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.modeling_flash_attention_utils import FlashAttentionKwargs
from transformers.models.timesfm.configuration_timesfm import TimesFmConfig
from transformers.models.timesfm.modeling_timesfm import TimesFmAttention
from typing import Unpack


class Model(TimesFmAttention):
    """`TimesFmAttention` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config: TimesFmConfig, layer_idx: int):
        super().__init__(config, layer_idx)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """Attention, a module built from leaf kernels: `TimesFmAttention` as transformers runs it, built from L1/linear_078fd2, L1/sdpa_attention_forward_ad5a08 (hyper-parameters of mul vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        scaling [80]
        q_proj.weight [1280, 1280]
        q_proj.bias [1280]
        k_proj.weight [1280, 1280]
        k_proj.bias [1280]
        v_proj.weight [1280, 1280]
        v_proj.bias [1280]
        o_proj.weight [1280, 1280]
        o_proj.bias [1280]
    """

    def __init__(self, config: TimesFmConfig, layer_idx: int):
        super().__init__()
        raise NotImplementedError("write the kernel: attention (TimesFmAttention)")

    def forward(
        self,
        hidden_states: torch.Tensor,
        attention_mask: torch.Tensor | None = None,
        **kwargs: Unpack[FlashAttentionKwargs],
    ) -> tuple[torch.Tensor, torch.Tensor | None]:
        raise NotImplementedError("write the kernel: attention (TimesFmAttention)")


KERNEL = {"id": "d1e1506c2a8cecb0", "name": "times_fm_attention", "level": 2, "label": "attention", "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 0},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.0.self_attn",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 1},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.1.self_attn",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 2},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.2.self_attn",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 3},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.3.self_attn",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 4},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.4.self_attn",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 5},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.5.self_attn",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 6},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.6.self_attn",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 7},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.7.self_attn",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 8},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.8.self_attn",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 9},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.9.self_attn",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 10},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.10.self_attn",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 11},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.11.self_attn",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 12},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.12.self_attn",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 13},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.13.self_attn",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 14},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.14.self_attn",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 15},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.15.self_attn",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 16},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.16.self_attn",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 17},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.17.self_attn",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 18},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.18.self_attn",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 19},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.19.self_attn",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 20},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.20.self_attn",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 21},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.21.self_attn",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 22},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.22.self_attn",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 23},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.23.self_attn",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 24},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.24.self_attn",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 25},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.25.self_attn",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 26},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.26.self_attn",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 27},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.27.self_attn",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 28},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.28.self_attn",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 29},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.29.self_attn",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 30},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.30.self_attn",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 31},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.31.self_attn",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 32},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.32.self_attn",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 33},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.33.self_attn",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 34},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.34.self_attn",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 35},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.35.self_attn",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 36},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.36.self_attn",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 37},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.37.self_attn",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 38},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.38.self_attn",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 39},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.39.self_attn",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 40},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.40.self_attn",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 41},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.41.self_attn",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 42},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.42.self_attn",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 43},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.43.self_attn",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 44},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.44.self_attn",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 45},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.45.self_attn",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 46},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.46.self_attn",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 47},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.47.self_attn",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 48},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.48.self_attn",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "TimesFmConfig", "fields": {"attention_dropout": 0.0, "head_dim": 80, "hidden_size": 1280, "num_attention_heads": 16, "attn_implementation": "sdpa"}}, "layer_idx": 49},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 13447328,
     "flops": 422256800,
     "architectures": ["timesfm"],
     "qualname": "transformers.models.timesfm.modeling_timesfm.TimesFmAttention",
     "path": "layers.49.self_attn",
     "param_dtype": "float32"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = []


_CONFIGS = {"TimesFmConfig": TimesFmConfig}


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
