"""A state-space (selective) scan, a module built from leaf kernels: `Mamba2Mixer` as transformers runs it, built from L1/linear_3f2d2a, L1/mamba2_causal_conv1d_fn, L1/mamba_rms_norm_gated (hyper-parameters of add vary per case).

kernel:        cee6c3b649f9e880
level:         2
label:         state-space scan
qualnames:     transformers.models.mamba2.modeling_mamba2.Mamba2Mixer, transformers.models.bamba.modeling_bamba.BambaMixer, transformers.models.granitemoehybrid.modeling_granitemoehybrid.GraniteMoeHybridMambaLayer
transformers:  5.24.0
architectures: bamba, granitemoehybrid, mamba2
cases:         64 real cases, default first (the most common that fits in 8 GB); 64 unmapped
"""

import torch
from torch import nn
from transformers.cache_utils import Cache
from transformers.models.mamba2.configuration_mamba2 import Mamba2Config
from transformers.models.mamba2.modeling_mamba2 import Mamba2Mixer


class Model(Mamba2Mixer):
    """`Mamba2Mixer` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config: Mamba2Config, layer_idx: int, initialize_mixer_weights: bool = True):
        super().__init__(config, layer_idx, initialize_mixer_weights)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A state-space (selective) scan, a module built from leaf kernels: `Mamba2Mixer` as transformers runs it, built from L1/linear_3f2d2a, L1/mamba2_causal_conv1d_fn, L1/mamba_rms_norm_gated (hyper-parameters of add vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        dt_bias [128]
        A_log [128]
        D [128]
        conv1d.weight [10240, 1, 4]
        conv1d.bias [10240]
        in_proj.weight [18560, 4096]
        norm.weight [8192]
        out_proj.weight [4096, 8192]
    """

    def __init__(self, config: Mamba2Config, layer_idx: int, initialize_mixer_weights: bool = True):
        super().__init__()
        raise NotImplementedError("write the kernel: a state-space (selective) scan (Mamba2Mixer)")

    def forward(
        self,
        hidden_states: torch.Tensor,
        cache: Cache | None = None,
        attention_mask: torch.Tensor | None = None,
        **kwargs,
    ):
        raise NotImplementedError("write the kernel: a state-space (selective) scan (Mamba2Mixer)")


KERNEL = {"id": "cee6c3b649f9e880", "name": "mamba2_mixer", "level": 2, "label": "state-space scan", "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 0, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.0.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 1, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.1.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 2, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.2.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 3, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.3.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 4, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.4.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 5, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.5.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 6, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.6.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 7, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.7.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 8, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.8.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 9, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.9.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 10, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.10.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 11, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.11.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 12, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.12.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 13, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.13.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 14, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.14.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 15, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.15.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 16, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.16.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 17, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.17.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 18, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.18.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 19, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.19.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 20, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.20.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 21, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.21.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 22, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.22.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 23, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.23.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 24, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.24.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 25, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.25.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 26, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.26.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 27, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.27.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 28, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.28.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 29, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.29.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 30, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.30.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 31, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.31.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 32, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.32.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 33, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.33.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 34, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.34.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 35, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.35.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 36, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.36.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 37, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.37.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 38, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.38.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 39, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.39.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 40, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.40.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 41, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.41.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 42, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.42.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 43, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.43.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 44, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.44.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 45, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.45.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 46, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.46.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 47, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.47.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 48, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.48.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 49, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.49.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 50, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.50.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 51, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.51.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 52, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.52.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 53, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.53.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 54, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.54.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 55, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.55.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 56, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.56.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 57, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.57.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 58, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.58.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 59, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.59.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 60, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.60.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 61, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.61.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 62, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.62.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Mamba2Config", "fields": {"chunk_size": 256, "conv_kernel": 4, "expand": 2, "head_dim": 64, "hidden_act": "silu", "hidden_size": 4096, "layer_norm_epsilon": 1e-05, "n_groups": 8, "num_heads": 128, "num_hidden_layers": 64, "state_size": 128, "time_step_floor": 0.0001, "time_step_limit": [0.0, float("inf")], "time_step_max": 0.1, "time_step_min": 0.001, "time_step_rank": 256, "use_bias": False, "use_conv_bias": True, "attn_implementation": "eager"}}, "layer_idx": 63, "initialize_mixer_weights": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 235950848,
     "flops": 240766707860,
     "architectures": ["mamba2"],
     "qualname": "transformers.models.mamba2.modeling_mamba2.Mamba2Mixer",
     "path": "layers.63.mixer",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.bamba.modeling_bamba.BambaMixer",
     "architectures": ["bamba"],
     "reason": "built by BambaMixer from a BambaConfig"},
    {"qualname": "transformers.models.bamba.modeling_bamba.BambaMixer",
     "architectures": ["bamba"],
     "reason": "built by BambaMixer from a BambaConfig"},
    {"qualname": "transformers.models.bamba.modeling_bamba.BambaMixer",
     "architectures": ["bamba"],
     "reason": "built by BambaMixer from a BambaConfig"},
    {"qualname": "transformers.models.bamba.modeling_bamba.BambaMixer",
     "architectures": ["bamba"],
     "reason": "built by BambaMixer from a BambaConfig"},
    {"qualname": "transformers.models.bamba.modeling_bamba.BambaMixer",
     "architectures": ["bamba"],
     "reason": "built by BambaMixer from a BambaConfig"},
    {"qualname": "transformers.models.bamba.modeling_bamba.BambaMixer",
     "architectures": ["bamba"],
     "reason": "built by BambaMixer from a BambaConfig"},
    {"qualname": "transformers.models.bamba.modeling_bamba.BambaMixer",
     "architectures": ["bamba"],
     "reason": "built by BambaMixer from a BambaConfig"},
    {"qualname": "transformers.models.bamba.modeling_bamba.BambaMixer",
     "architectures": ["bamba"],
     "reason": "built by BambaMixer from a BambaConfig"},
    {"qualname": "transformers.models.bamba.modeling_bamba.BambaMixer",
     "architectures": ["bamba"],
     "reason": "built by BambaMixer from a BambaConfig"},
    {"qualname": "transformers.models.bamba.modeling_bamba.BambaMixer",
     "architectures": ["bamba"],
     "reason": "built by BambaMixer from a BambaConfig"},
    {"qualname": "transformers.models.bamba.modeling_bamba.BambaMixer",
     "architectures": ["bamba"],
     "reason": "built by BambaMixer from a BambaConfig"},
    {"qualname": "transformers.models.bamba.modeling_bamba.BambaMixer",
     "architectures": ["bamba"],
     "reason": "built by BambaMixer from a BambaConfig"},
    {"qualname": "transformers.models.bamba.modeling_bamba.BambaMixer",
     "architectures": ["bamba"],
     "reason": "built by BambaMixer from a BambaConfig"},
    {"qualname": "transformers.models.bamba.modeling_bamba.BambaMixer",
     "architectures": ["bamba"],
     "reason": "built by BambaMixer from a BambaConfig"},
    {"qualname": "transformers.models.bamba.modeling_bamba.BambaMixer",
     "architectures": ["bamba"],
     "reason": "built by BambaMixer from a BambaConfig"},
    {"qualname": "transformers.models.bamba.modeling_bamba.BambaMixer",
     "architectures": ["bamba"],
     "reason": "built by BambaMixer from a BambaConfig"},
    {"qualname": "transformers.models.bamba.modeling_bamba.BambaMixer",
     "architectures": ["bamba"],
     "reason": "built by BambaMixer from a BambaConfig"},
    {"qualname": "transformers.models.bamba.modeling_bamba.BambaMixer",
     "architectures": ["bamba"],
     "reason": "built by BambaMixer from a BambaConfig"},
    {"qualname": "transformers.models.bamba.modeling_bamba.BambaMixer",
     "architectures": ["bamba"],
     "reason": "built by BambaMixer from a BambaConfig"},
    {"qualname": "transformers.models.bamba.modeling_bamba.BambaMixer",
     "architectures": ["bamba"],
     "reason": "built by BambaMixer from a BambaConfig"},
    {"qualname": "transformers.models.bamba.modeling_bamba.BambaMixer",
     "architectures": ["bamba"],
     "reason": "built by BambaMixer from a BambaConfig"},
    {"qualname": "transformers.models.bamba.modeling_bamba.BambaMixer",
     "architectures": ["bamba"],
     "reason": "built by BambaMixer from a BambaConfig"},
    {"qualname": "transformers.models.bamba.modeling_bamba.BambaMixer",
     "architectures": ["bamba"],
     "reason": "built by BambaMixer from a BambaConfig"},
    {"qualname": "transformers.models.bamba.modeling_bamba.BambaMixer",
     "architectures": ["bamba"],
     "reason": "built by BambaMixer from a BambaConfig"},
    {"qualname": "transformers.models.bamba.modeling_bamba.BambaMixer",
     "architectures": ["bamba"],
     "reason": "built by BambaMixer from a BambaConfig"},
    {"qualname": "transformers.models.bamba.modeling_bamba.BambaMixer",
     "architectures": ["bamba"],
     "reason": "built by BambaMixer from a BambaConfig"},
    {"qualname": "transformers.models.bamba.modeling_bamba.BambaMixer",
     "architectures": ["bamba"],
     "reason": "built by BambaMixer from a BambaConfig"},
    {"qualname": "transformers.models.bamba.modeling_bamba.BambaMixer",
     "architectures": ["bamba"],
     "reason": "built by BambaMixer from a BambaConfig"},
    {"qualname": "transformers.models.bamba.modeling_bamba.BambaMixer",
     "architectures": ["bamba"],
     "reason": "built by BambaMixer from a BambaConfig"},
    {"qualname": "transformers.models.bamba.modeling_bamba.BambaMixer",
     "architectures": ["bamba"],
     "reason": "built by BambaMixer from a BambaConfig"},
    {"qualname": "transformers.models.bamba.modeling_bamba.BambaMixer",
     "architectures": ["bamba"],
     "reason": "built by BambaMixer from a BambaConfig"},
    {"qualname": "transformers.models.bamba.modeling_bamba.BambaMixer",
     "architectures": ["bamba"],
     "reason": "built by BambaMixer from a BambaConfig"},
    {"qualname": "transformers.models.granitemoehybrid.modeling_granitemoehybrid.GraniteMoeHybridMambaLayer",
     "architectures": ["granitemoehybrid"],
     "reason": "built by GraniteMoeHybridMambaLayer from a GraniteMoeHybridConfig"},
    {"qualname": "transformers.models.granitemoehybrid.modeling_granitemoehybrid.GraniteMoeHybridMambaLayer",
     "architectures": ["granitemoehybrid"],
     "reason": "built by GraniteMoeHybridMambaLayer from a GraniteMoeHybridConfig"},
    {"qualname": "transformers.models.granitemoehybrid.modeling_granitemoehybrid.GraniteMoeHybridMambaLayer",
     "architectures": ["granitemoehybrid"],
     "reason": "built by GraniteMoeHybridMambaLayer from a GraniteMoeHybridConfig"},
    {"qualname": "transformers.models.granitemoehybrid.modeling_granitemoehybrid.GraniteMoeHybridMambaLayer",
     "architectures": ["granitemoehybrid"],
     "reason": "built by GraniteMoeHybridMambaLayer from a GraniteMoeHybridConfig"},
    {"qualname": "transformers.models.granitemoehybrid.modeling_granitemoehybrid.GraniteMoeHybridMambaLayer",
     "architectures": ["granitemoehybrid"],
     "reason": "built by GraniteMoeHybridMambaLayer from a GraniteMoeHybridConfig"},
    {"qualname": "transformers.models.granitemoehybrid.modeling_granitemoehybrid.GraniteMoeHybridMambaLayer",
     "architectures": ["granitemoehybrid"],
     "reason": "built by GraniteMoeHybridMambaLayer from a GraniteMoeHybridConfig"},
    {"qualname": "transformers.models.granitemoehybrid.modeling_granitemoehybrid.GraniteMoeHybridMambaLayer",
     "architectures": ["granitemoehybrid"],
     "reason": "built by GraniteMoeHybridMambaLayer from a GraniteMoeHybridConfig"},
    {"qualname": "transformers.models.granitemoehybrid.modeling_granitemoehybrid.GraniteMoeHybridMambaLayer",
     "architectures": ["granitemoehybrid"],
     "reason": "built by GraniteMoeHybridMambaLayer from a GraniteMoeHybridConfig"},
    {"qualname": "transformers.models.granitemoehybrid.modeling_granitemoehybrid.GraniteMoeHybridMambaLayer",
     "architectures": ["granitemoehybrid"],
     "reason": "built by GraniteMoeHybridMambaLayer from a GraniteMoeHybridConfig"},
    {"qualname": "transformers.models.granitemoehybrid.modeling_granitemoehybrid.GraniteMoeHybridMambaLayer",
     "architectures": ["granitemoehybrid"],
     "reason": "built by GraniteMoeHybridMambaLayer from a GraniteMoeHybridConfig"},
    {"qualname": "transformers.models.granitemoehybrid.modeling_granitemoehybrid.GraniteMoeHybridMambaLayer",
     "architectures": ["granitemoehybrid"],
     "reason": "built by GraniteMoeHybridMambaLayer from a GraniteMoeHybridConfig"},
    {"qualname": "transformers.models.granitemoehybrid.modeling_granitemoehybrid.GraniteMoeHybridMambaLayer",
     "architectures": ["granitemoehybrid"],
     "reason": "built by GraniteMoeHybridMambaLayer from a GraniteMoeHybridConfig"},
    {"qualname": "transformers.models.granitemoehybrid.modeling_granitemoehybrid.GraniteMoeHybridMambaLayer",
     "architectures": ["granitemoehybrid"],
     "reason": "built by GraniteMoeHybridMambaLayer from a GraniteMoeHybridConfig"},
    {"qualname": "transformers.models.granitemoehybrid.modeling_granitemoehybrid.GraniteMoeHybridMambaLayer",
     "architectures": ["granitemoehybrid"],
     "reason": "built by GraniteMoeHybridMambaLayer from a GraniteMoeHybridConfig"},
    {"qualname": "transformers.models.granitemoehybrid.modeling_granitemoehybrid.GraniteMoeHybridMambaLayer",
     "architectures": ["granitemoehybrid"],
     "reason": "built by GraniteMoeHybridMambaLayer from a GraniteMoeHybridConfig"},
    {"qualname": "transformers.models.granitemoehybrid.modeling_granitemoehybrid.GraniteMoeHybridMambaLayer",
     "architectures": ["granitemoehybrid"],
     "reason": "built by GraniteMoeHybridMambaLayer from a GraniteMoeHybridConfig"},
    {"qualname": "transformers.models.granitemoehybrid.modeling_granitemoehybrid.GraniteMoeHybridMambaLayer",
     "architectures": ["granitemoehybrid"],
     "reason": "built by GraniteMoeHybridMambaLayer from a GraniteMoeHybridConfig"},
    {"qualname": "transformers.models.granitemoehybrid.modeling_granitemoehybrid.GraniteMoeHybridMambaLayer",
     "architectures": ["granitemoehybrid"],
     "reason": "built by GraniteMoeHybridMambaLayer from a GraniteMoeHybridConfig"},
    {"qualname": "transformers.models.granitemoehybrid.modeling_granitemoehybrid.GraniteMoeHybridMambaLayer",
     "architectures": ["granitemoehybrid"],
     "reason": "built by GraniteMoeHybridMambaLayer from a GraniteMoeHybridConfig"},
    {"qualname": "transformers.models.granitemoehybrid.modeling_granitemoehybrid.GraniteMoeHybridMambaLayer",
     "architectures": ["granitemoehybrid"],
     "reason": "built by GraniteMoeHybridMambaLayer from a GraniteMoeHybridConfig"},
    {"qualname": "transformers.models.granitemoehybrid.modeling_granitemoehybrid.GraniteMoeHybridMambaLayer",
     "architectures": ["granitemoehybrid"],
     "reason": "built by GraniteMoeHybridMambaLayer from a GraniteMoeHybridConfig"},
    {"qualname": "transformers.models.granitemoehybrid.modeling_granitemoehybrid.GraniteMoeHybridMambaLayer",
     "architectures": ["granitemoehybrid"],
     "reason": "built by GraniteMoeHybridMambaLayer from a GraniteMoeHybridConfig"},
    {"qualname": "transformers.models.granitemoehybrid.modeling_granitemoehybrid.GraniteMoeHybridMambaLayer",
     "architectures": ["granitemoehybrid"],
     "reason": "built by GraniteMoeHybridMambaLayer from a GraniteMoeHybridConfig"},
    {"qualname": "transformers.models.granitemoehybrid.modeling_granitemoehybrid.GraniteMoeHybridMambaLayer",
     "architectures": ["granitemoehybrid"],
     "reason": "built by GraniteMoeHybridMambaLayer from a GraniteMoeHybridConfig"},
    {"qualname": "transformers.models.granitemoehybrid.modeling_granitemoehybrid.GraniteMoeHybridMambaLayer",
     "architectures": ["granitemoehybrid"],
     "reason": "built by GraniteMoeHybridMambaLayer from a GraniteMoeHybridConfig"},
    {"qualname": "transformers.models.granitemoehybrid.modeling_granitemoehybrid.GraniteMoeHybridMambaLayer",
     "architectures": ["granitemoehybrid"],
     "reason": "built by GraniteMoeHybridMambaLayer from a GraniteMoeHybridConfig"},
    {"qualname": "transformers.models.granitemoehybrid.modeling_granitemoehybrid.GraniteMoeHybridMambaLayer",
     "architectures": ["granitemoehybrid"],
     "reason": "built by GraniteMoeHybridMambaLayer from a GraniteMoeHybridConfig"},
    {"qualname": "transformers.models.granitemoehybrid.modeling_granitemoehybrid.GraniteMoeHybridMambaLayer",
     "architectures": ["granitemoehybrid"],
     "reason": "built by GraniteMoeHybridMambaLayer from a GraniteMoeHybridConfig"},
    {"qualname": "transformers.models.granitemoehybrid.modeling_granitemoehybrid.GraniteMoeHybridMambaLayer",
     "architectures": ["granitemoehybrid"],
     "reason": "built by GraniteMoeHybridMambaLayer from a GraniteMoeHybridConfig"},
    {"qualname": "transformers.models.granitemoehybrid.modeling_granitemoehybrid.GraniteMoeHybridMambaLayer",
     "architectures": ["granitemoehybrid"],
     "reason": "built by GraniteMoeHybridMambaLayer from a GraniteMoeHybridConfig"},
    {"qualname": "transformers.models.granitemoehybrid.modeling_granitemoehybrid.GraniteMoeHybridMambaLayer",
     "architectures": ["granitemoehybrid"],
     "reason": "built by GraniteMoeHybridMambaLayer from a GraniteMoeHybridConfig"},
    {"qualname": "transformers.models.granitemoehybrid.modeling_granitemoehybrid.GraniteMoeHybridMambaLayer",
     "architectures": ["granitemoehybrid"],
     "reason": "built by GraniteMoeHybridMambaLayer from a GraniteMoeHybridConfig"},
]


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
