"""A state-space (selective) scan, a repeated layer: `Mamba2Block` as transformers runs it, built from L1/llama_rms_norm, L2/mamba2_mixer (hyper-parameters of add vary per case).

kernel:        9cbc9ad2b22bcce6
level:         3
label:         state-space scan
qualnames:     transformers.models.mamba2.modeling_mamba2.Mamba2Block
transformers:  5.24.0
architectures: mamba2
cases:         63 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.cache_utils import Cache
from transformers.models.mamba2.configuration_mamba2 import Mamba2Config
from transformers.models.mamba2.modeling_mamba2 import Mamba2Block


class Model(Mamba2Block):
    """`Mamba2Block` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config, layer_idx):
        super().__init__(config, layer_idx)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A state-space (selective) scan, a repeated layer: `Mamba2Block` as transformers runs it, built from L1/llama_rms_norm, L2/mamba2_mixer (hyper-parameters of add vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        norm.weight [4096]
        mixer.dt_bias [128]
        mixer.A_log [128]
        mixer.D [128]
        mixer.conv1d.weight [10240, 1, 4]
        mixer.conv1d.bias [10240]
        mixer.in_proj.weight [18560, 4096]
        mixer.norm.weight [8192]
        mixer.out_proj.weight [4096, 8192]
    """

    def __init__(self, config, layer_idx):
        super().__init__()
        raise NotImplementedError("write the kernel: a state-space (selective) scan (Mamba2Block)")

    def forward(
        self,
        hidden_states,
        cache: Cache | None = None,
        attention_mask: torch.Tensor | None = None,
        **kwargs,
    ):
        raise NotImplementedError("write the kernel: a state-space (selective) scan (Mamba2Block)")


KERNEL = {"id": "9cbc9ad2b22bcce6", "name": "mamba2_block_9cbc9a", "level": 3, "label": "state-space scan", "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 1},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.1",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 2},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.2",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 3},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.3",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 4},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.4",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 5},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.5",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 6},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.6",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 7},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.7",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 8},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.8",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 9},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.9",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 10},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.10",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 11},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.11",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 12},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.12",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 13},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.13",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 14},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.14",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 15},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.15",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 16},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.16",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 17},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.17",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 18},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.18",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 19},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.19",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 20},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.20",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 21},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.21",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 22},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.22",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 23},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.23",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 24},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.24",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 25},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.25",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 26},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.26",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 27},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.27",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 28},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.28",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 29},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.29",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 30},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.30",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 31},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.31",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 32},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.32",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 33},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.33",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 34},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.34",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 35},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.35",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 36},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.36",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 37},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.37",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 38},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.38",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 39},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.39",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 40},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.40",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 41},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.41",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 42},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.42",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 43},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.43",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 44},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.44",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 45},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.45",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 46},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.46",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 47},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.47",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 48},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.48",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 49},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.49",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 50},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.50",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 51},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.51",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 52},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.52",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 53},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.53",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 54},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.54",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 55},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.55",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 56},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.56",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 57},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.57",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 58},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.58",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 59},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.59",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 60},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.60",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 61},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.61",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 62},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.62",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "residual_in_fp32": True, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 63},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 252637952,
     "flops": 240783389826,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Block",
     "path": "layers.63",
     "param_dtype": "float32"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = []


_CONFIGS = {"Mamba2Config": Mamba2Config}


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
