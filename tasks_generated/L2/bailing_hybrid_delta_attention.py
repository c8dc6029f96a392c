"""A state-space (selective) scan, a module built from leaf kernels: `BailingHybridDeltaAttention` as transformers runs it, built from L1/bailing_hybrid_causal_conv1d_fn, L1/bailing_hybrid_chunk_kimi_delta_attention, L1/bailing_hybrid_rms_norm_gated, L1/linear_3f2d2a, L2/bailing_hybrid_forget_gate (hyper-parameters of add, mul vary per case).

kernel:        b1b6d71bef3b3eb4
level:         2
label:         state-space scan
qualnames:     transformers.models.bailing_hybrid.modeling_bailing_hybrid.BailingHybridDeltaAttention
transformers:  5.24.0
architectures: bailing_hybrid
cases:         35 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.cache_utils import Cache
from transformers.models.bailing_hybrid.configuration_bailing_hybrid import BailingHybridConfig
from transformers.models.bailing_hybrid.modeling_bailing_hybrid import BailingHybridDeltaAttention
from transformers.utils.generic import TransformersKwargs
from typing import Unpack


class Model(BailingHybridDeltaAttention):
    """`BailingHybridDeltaAttention` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config: BailingHybridConfig, layer_idx: int):
        super().__init__(config, layer_idx)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A state-space (selective) scan, a module built from leaf kernels: `BailingHybridDeltaAttention` as transformers runs it, built from L1/bailing_hybrid_causal_conv1d_fn, L1/bailing_hybrid_chunk_kimi_delta_attention, L1/bailing_hybrid_rms_norm_gated, L1/linear_3f2d2a, L2/bailing_hybrid_forget_gate (hyper-parameters of add, mul vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        q_proj.weight [4096, 2560]
        k_proj.weight [4096, 2560]
        v_proj.weight [4096, 2560]
        conv1d.weight [12288, 1, 4]
        forget_gate.A_log [32]
        forget_gate.dt_bias [4096]
        forget_gate.f_proj.weight [4096, 2560]
        b_proj.weight [32, 2560]
        o_norm.weight [128]
        o_proj.weight [2560, 4096]
        g_proj.weight [4096, 2560]
    """

    def __init__(self, config: BailingHybridConfig, layer_idx: int):
        super().__init__()
        raise NotImplementedError("write the kernel: a state-space (selective) scan (BailingHybridDeltaAttention)")

    def forward(
        self,
        hidden_states: torch.Tensor,
        cache: Cache | None = None,
        attention_mask: torch.Tensor | None = None,
        **kwargs: Unpack[TransformersKwargs],
    ) -> torch.Tensor:
        raise NotImplementedError("write the kernel: a state-space (selective) scan (BailingHybridDeltaAttention)")


KERNEL = {"id": "b1b6d71bef3b3eb4", "name": "bailing_hybrid_delta_attention", "level": 2, "label": "state-space scan", "qualname": "transformers.models.bailing_hybrid.modeling_bailing_hybrid.BailingHybridDeltaAttention", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "BailingHybridConfig", "fields": {"hidden_act": "silu", "hidden_size": 2560, "kda_lower_bound": -5.0, "kda_safe_gate": True, "linear_conv_kernel_dim": 4, "linear_head_dim": 128, "linear_num_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 0},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 136630656,
     "flops": 135315175584,
     "architectures": ["bailing_hybrid"],
     "qualname": "transformers.models.bailing_hybrid.modeling_bailing_hybrid.BailingHybridDeltaAttention",
     "path": "layers.0.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BailingHybridConfig", "fields": {"hidden_act": "silu", "hidden_size": 2560, "linear_conv_kernel_dim": 4, "linear_head_dim": 128, "linear_num_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 1},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 136630656,
     "flops": 135315175584,
     "architectures": ["bailing_hybrid"],
     "qualname": "transformers.models.bailing_hybrid.modeling_bailing_hybrid.BailingHybridDeltaAttention",
     "path": "layers.1.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BailingHybridConfig", "fields": {"hidden_act": "silu", "hidden_size": 2560, "linear_conv_kernel_dim": 4, "linear_head_dim": 128, "linear_num_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 2},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 136630656,
     "flops": 135315175584,
     "architectures": ["bailing_hybrid"],
     "qualname": "transformers.models.bailing_hybrid.modeling_bailing_hybrid.BailingHybridDeltaAttention",
     "path": "layers.2.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BailingHybridConfig", "fields": {"hidden_act": "silu", "hidden_size": 2560, "linear_conv_kernel_dim": 4, "linear_head_dim": 128, "linear_num_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 3},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 136630656,
     "flops": 135315175584,
     "architectures": ["bailing_hybrid"],
     "qualname": "transformers.models.bailing_hybrid.modeling_bailing_hybrid.BailingHybridDeltaAttention",
     "path": "layers.3.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BailingHybridConfig", "fields": {"hidden_act": "silu", "hidden_size": 2560, "linear_conv_kernel_dim": 4, "linear_head_dim": 128, "linear_num_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 4},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 136630656,
     "flops": 135315175584,
     "architectures": ["bailing_hybrid"],
     "qualname": "transformers.models.bailing_hybrid.modeling_bailing_hybrid.BailingHybridDeltaAttention",
     "path": "layers.4.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BailingHybridConfig", "fields": {"hidden_act": "silu", "hidden_size": 2560, "linear_conv_kernel_dim": 4, "linear_head_dim": 128, "linear_num_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 6},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 136630656,
     "flops": 135315175584,
     "architectures": ["bailing_hybrid"],
     "qualname": "transformers.models.bailing_hybrid.modeling_bailing_hybrid.BailingHybridDeltaAttention",
     "path": "layers.6.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BailingHybridConfig", "fields": {"hidden_act": "silu", "hidden_size": 2560, "linear_conv_kernel_dim": 4, "linear_head_dim": 128, "linear_num_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 7},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 136630656,
     "flops": 135315175584,
     "architectures": ["bailing_hybrid"],
     "qualname": "transformers.models.bailing_hybrid.modeling_bailing_hybrid.BailingHybridDeltaAttention",
     "path": "layers.7.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BailingHybridConfig", "fields": {"hidden_act": "silu", "hidden_size": 2560, "linear_conv_kernel_dim": 4, "linear_head_dim": 128, "linear_num_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 8},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 136630656,
     "flops": 135315175584,
     "architectures": ["bailing_hybrid"],
     "qualname": "transformers.models.bailing_hybrid.modeling_bailing_hybrid.BailingHybridDeltaAttention",
     "path": "layers.8.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BailingHybridConfig", "fields": {"hidden_act": "silu", "hidden_size": 2560, "linear_conv_kernel_dim": 4, "linear_head_dim": 128, "linear_num_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 9},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 136630656,
     "flops": 135315175584,
     "architectures": ["bailing_hybrid"],
     "qualname": "transformers.models.bailing_hybrid.modeling_bailing_hybrid.BailingHybridDeltaAttention",
     "path": "layers.9.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BailingHybridConfig", "fields": {"hidden_act": "silu", "hidden_size": 2560, "linear_conv_kernel_dim": 4, "linear_head_dim": 128, "linear_num_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 10},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 136630656,
     "flops": 135315175584,
     "architectures": ["bailing_hybrid"],
     "qualname": "transformers.models.bailing_hybrid.modeling_bailing_hybrid.BailingHybridDeltaAttention",
     "path": "layers.10.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BailingHybridConfig", "fields": {"hidden_act": "silu", "hidden_size": 2560, "linear_conv_kernel_dim": 4, "linear_head_dim": 128, "linear_num_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 12},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 136630656,
     "flops": 135315175584,
     "architectures": ["bailing_hybrid"],
     "qualname": "transformers.models.bailing_hybrid.modeling_bailing_hybrid.BailingHybridDeltaAttention",
     "path": "layers.12.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BailingHybridConfig", "fields": {"hidden_act": "silu", "hidden_size": 2560, "linear_conv_kernel_dim": 4, "linear_head_dim": 128, "linear_num_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 13},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 136630656,
     "flops": 135315175584,
     "architectures": ["bailing_hybrid"],
     "qualname": "transformers.models.bailing_hybrid.modeling_bailing_hybrid.BailingHybridDeltaAttention",
     "path": "layers.13.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BailingHybridConfig", "fields": {"hidden_act": "silu", "hidden_size": 2560, "linear_conv_kernel_dim": 4, "linear_head_dim": 128, "linear_num_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 14},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 136630656,
     "flops": 135315175584,
     "architectures": ["bailing_hybrid"],
     "qualname": "transformers.models.bailing_hybrid.modeling_bailing_hybrid.BailingHybridDeltaAttention",
     "path": "layers.14.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BailingHybridConfig", "fields": {"hidden_act": "silu", "hidden_size": 2560, "linear_conv_kernel_dim": 4, "linear_head_dim": 128, "linear_num_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 15},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 136630656,
     "flops": 135315175584,
     "architectures": ["bailing_hybrid"],
     "qualname": "transformers.models.bailing_hybrid.modeling_bailing_hybrid.BailingHybridDeltaAttention",
     "path": "layers.15.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BailingHybridConfig", "fields": {"hidden_act": "silu", "hidden_size": 2560, "linear_conv_kernel_dim": 4, "linear_head_dim": 128, "linear_num_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 16},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 136630656,
     "flops": 135315175584,
     "architectures": ["bailing_hybrid"],
     "qualname": "transformers.models.bailing_hybrid.modeling_bailing_hybrid.BailingHybridDeltaAttention",
     "path": "layers.16.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BailingHybridConfig", "fields": {"hidden_act": "silu", "hidden_size": 2560, "linear_conv_kernel_dim": 4, "linear_head_dim": 128, "linear_num_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 18},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 136630656,
     "flops": 135315175584,
     "architectures": ["bailing_hybrid"],
     "qualname": "transformers.models.bailing_hybrid.modeling_bailing_hybrid.BailingHybridDeltaAttention",
     "path": "layers.18.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BailingHybridConfig", "fields": {"hidden_act": "silu", "hidden_size": 2560, "linear_conv_kernel_dim": 4, "linear_head_dim": 128, "linear_num_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 19},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 136630656,
     "flops": 135315175584,
     "architectures": ["bailing_hybrid"],
     "qualname": "transformers.models.bailing_hybrid.modeling_bailing_hybrid.BailingHybridDeltaAttention",
     "path": "layers.19.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BailingHybridConfig", "fields": {"hidden_act": "silu", "hidden_size": 2560, "linear_conv_kernel_dim": 4, "linear_head_dim": 128, "linear_num_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 20},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 136630656,
     "flops": 135315175584,
     "architectures": ["bailing_hybrid"],
     "qualname": "transformers.models.bailing_hybrid.modeling_bailing_hybrid.BailingHybridDeltaAttention",
     "path": "layers.20.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BailingHybridConfig", "fields": {"hidden_act": "silu", "hidden_size": 2560, "linear_conv_kernel_dim": 4, "linear_head_dim": 128, "linear_num_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 21},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 136630656,
     "flops": 135315175584,
     "architectures": ["bailing_hybrid"],
     "qualname": "transformers.models.bailing_hybrid.modeling_bailing_hybrid.BailingHybridDeltaAttention",
     "path": "layers.21.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BailingHybridConfig", "fields": {"hidden_act": "silu", "hidden_size": 2560, "linear_conv_kernel_dim": 4, "linear_head_dim": 128, "linear_num_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 22},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 136630656,
     "flops": 135315175584,
     "architectures": ["bailing_hybrid"],
     "qualname": "transformers.models.bailing_hybrid.modeling_bailing_hybrid.BailingHybridDeltaAttention",
     "path": "layers.22.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BailingHybridConfig", "fields": {"hidden_act": "silu", "hidden_size": 2560, "linear_conv_kernel_dim": 4, "linear_head_dim": 128, "linear_num_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 24},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 136630656,
     "flops": 135315175584,
     "architectures": ["bailing_hybrid"],
     "qualname": "transformers.models.bailing_hybrid.modeling_bailing_hybrid.BailingHybridDeltaAttention",
     "path": "layers.24.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BailingHybridConfig", "fields": {"hidden_act": "silu", "hidden_size": 2560, "linear_conv_kernel_dim": 4, "linear_head_dim": 128, "linear_num_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 25},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 136630656,
     "flops": 135315175584,
     "architectures": ["bailing_hybrid"],
     "qualname": "transformers.models.bailing_hybrid.modeling_bailing_hybrid.BailingHybridDeltaAttention",
     "path": "layers.25.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BailingHybridConfig", "fields": {"hidden_act": "silu", "hidden_size": 2560, "linear_conv_kernel_dim": 4, "linear_head_dim": 128, "linear_num_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 26},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 136630656,
     "flops": 135315175584,
     "architectures": ["bailing_hybrid"],
     "qualname": "transformers.models.bailing_hybrid.modeling_bailing_hybrid.BailingHybridDeltaAttention",
     "path": "layers.26.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BailingHybridConfig", "fields": {"hidden_act": "silu", "hidden_size": 2560, "linear_conv_kernel_dim": 4, "linear_head_dim": 128, "linear_num_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 27},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 136630656,
     "flops": 135315175584,
     "architectures": ["bailing_hybrid"],
     "qualname": "transformers.models.bailing_hybrid.modeling_bailing_hybrid.BailingHybridDeltaAttention",
     "path": "layers.27.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BailingHybridConfig", "fields": {"hidden_act": "silu", "hidden_size": 2560, "linear_conv_kernel_dim": 4, "linear_head_dim": 128, "linear_num_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 28},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 136630656,
     "flops": 135315175584,
     "architectures": ["bailing_hybrid"],
     "qualname": "transformers.models.bailing_hybrid.modeling_bailing_hybrid.BailingHybridDeltaAttention",
     "path": "layers.28.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BailingHybridConfig", "fields": {"hidden_act": "silu", "hidden_size": 2560, "linear_conv_kernel_dim": 4, "linear_head_dim": 128, "linear_num_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 30},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 136630656,
     "flops": 135315175584,
     "architectures": ["bailing_hybrid"],
     "qualname": "transformers.models.bailing_hybrid.modeling_bailing_hybrid.BailingHybridDeltaAttention",
     "path": "layers.30.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BailingHybridConfig", "fields": {"hidden_act": "silu", "hidden_size": 2560, "linear_conv_kernel_dim": 4, "linear_head_dim": 128, "linear_num_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 31},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 136630656,
     "flops": 135315175584,
     "architectures": ["bailing_hybrid"],
     "qualname": "transformers.models.bailing_hybrid.modeling_bailing_hybrid.BailingHybridDeltaAttention",
     "path": "layers.31.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BailingHybridConfig", "fields": {"hidden_act": "silu", "hidden_size": 2560, "linear_conv_kernel_dim": 4, "linear_head_dim": 128, "linear_num_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 32},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 136630656,
     "flops": 135315175584,
     "architectures": ["bailing_hybrid"],
     "qualname": "transformers.models.bailing_hybrid.modeling_bailing_hybrid.BailingHybridDeltaAttention",
     "path": "layers.32.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BailingHybridConfig", "fields": {"hidden_act": "silu", "hidden_size": 2560, "linear_conv_kernel_dim": 4, "linear_head_dim": 128, "linear_num_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 33},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 136630656,
     "flops": 135315175584,
     "architectures": ["bailing_hybrid"],
     "qualname": "transformers.models.bailing_hybrid.modeling_bailing_hybrid.BailingHybridDeltaAttention",
     "path": "layers.33.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BailingHybridConfig", "fields": {"hidden_act": "silu", "hidden_size": 2560, "linear_conv_kernel_dim": 4, "linear_head_dim": 128, "linear_num_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 34},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 136630656,
     "flops": 135315175584,
     "architectures": ["bailing_hybrid"],
     "qualname": "transformers.models.bailing_hybrid.modeling_bailing_hybrid.BailingHybridDeltaAttention",
     "path": "layers.34.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BailingHybridConfig", "fields": {"hidden_act": "silu", "hidden_size": 2560, "linear_conv_kernel_dim": 4, "linear_head_dim": 128, "linear_num_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 36},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 136630656,
     "flops": 135315175584,
     "architectures": ["bailing_hybrid"],
     "qualname": "transformers.models.bailing_hybrid.modeling_bailing_hybrid.BailingHybridDeltaAttention",
     "path": "layers.36.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BailingHybridConfig", "fields": {"hidden_act": "silu", "hidden_size": 2560, "linear_conv_kernel_dim": 4, "linear_head_dim": 128, "linear_num_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 37},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 136630656,
     "flops": 135315175584,
     "architectures": ["bailing_hybrid"],
     "qualname": "transformers.models.bailing_hybrid.modeling_bailing_hybrid.BailingHybridDeltaAttention",
     "path": "layers.37.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BailingHybridConfig", "fields": {"hidden_act": "silu", "hidden_size": 2560, "linear_conv_kernel_dim": 4, "linear_head_dim": 128, "linear_num_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 38},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 136630656,
     "flops": 135315175584,
     "architectures": ["bailing_hybrid"],
     "qualname": "transformers.models.bailing_hybrid.modeling_bailing_hybrid.BailingHybridDeltaAttention",
     "path": "layers.38.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BailingHybridConfig", "fields": {"hidden_act": "silu", "hidden_size": 2560, "linear_conv_kernel_dim": 4, "linear_head_dim": 128, "linear_num_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 39},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 136630656,
     "flops": 135315175584,
     "architectures": ["bailing_hybrid"],
     "qualname": "transformers.models.bailing_hybrid.modeling_bailing_hybrid.BailingHybridDeltaAttention",
     "path": "layers.39.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BailingHybridConfig", "fields": {"hidden_act": "silu", "hidden_size": 2560, "linear_conv_kernel_dim": 4, "linear_head_dim": 128, "linear_num_heads": 32, "rms_norm_eps": 1e-06, "attn_implementation": "sdpa"}}, "layer_idx": 40},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 136630656,
     "flops": 135315175584,
     "architectures": ["bailing_hybrid"],
     "qualname": "transformers.models.bailing_hybrid.modeling_bailing_hybrid.BailingHybridDeltaAttention",
     "path": "layers.40.self_attn",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = []


_CONFIGS = {"BailingHybridConfig": BailingHybridConfig}


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
