"""A state-space (selective) scan, a module built from leaf kernels: `Zamba2MambaMixer` as transformers runs it, built from L1/linear_3f2d2a, L1/mamba2_causal_conv1d_fn, L1/mamba_rms_norm_gated (hyper-parameters of add, clamp vary per case).

kernel:        3de41f67fac45365
level:         2
label:         state-space scan
qualnames:     transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer, transformers.models.nemotron_h.modeling_nemotron_h.NemotronHMamba2Mixer
transformers:  5.24.0
architectures: nemotron_h, nemotron_h_omni, zamba2
cases:         54 real cases, default first (the most common that fits in 8 GB); 1 unmapped
"""

import torch
from torch import nn
from transformers.cache_utils import Cache
from transformers.models.zamba2.configuration_zamba2 import Zamba2Config
from transformers.models.zamba2.modeling_zamba2 import Zamba2MambaMixer


class Model(Zamba2MambaMixer):
    """`Zamba2MambaMixer` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(
        self,
        config: Zamba2Config,
        layer_idx: int | None = None,
        initialize_mixer_weights: bool = True,
    ):
        super().__init__(config, layer_idx, initialize_mixer_weights)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A state-space (selective) scan, a module built from leaf kernels: `Zamba2MambaMixer` as transformers runs it, built from L1/linear_3f2d2a, L1/mamba2_causal_conv1d_fn, L1/mamba_rms_norm_gated (hyper-parameters of add, clamp vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        dt_bias [8]
        A_log [8]
        D [8]
        conv1d.weight [5248, 1, 4]
        conv1d.bias [5248]
        in_proj.weight [10376, 2560]
        norm.weight [5120]
        out_proj.weight [2560, 5120]
    """

    def __init__(
        self,
        config: Zamba2Config,
        layer_idx: int | None = None,
        initialize_mixer_weights: bool = True,
    ):
        super().__init__()
        raise NotImplementedError("write the kernel: a state-space (selective) scan (Zamba2MambaMixer)")

    def forward(
        self,
        hidden_states: torch.Tensor,
        cache: Cache | None = None,
        attention_mask: torch.Tensor | None = None,
        **kwargs,
    ):
        raise NotImplementedError("write the kernel: a state-space (selective) scan (Zamba2MambaMixer)")


KERNEL = {"id": "3de41f67fac45365", "name": "zamba2_mamba_mixer", "level": 2, "label": "state-space scan", "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 0, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.0.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 1, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.1.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 2, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.2.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 3, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.3.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 4, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.4.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 5, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.5.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 6, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.6.mamba_decoder.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 7, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.7.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 8, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.8.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 9, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.9.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 10, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.10.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 11, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.11.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 12, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.12.mamba_decoder.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 13, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.13.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 14, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.14.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 15, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.15.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 16, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.16.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 17, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.17.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 18, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.18.mamba_decoder.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 19, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.19.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 20, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.20.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 21, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.21.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 22, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.22.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 23, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.23.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 24, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.24.mamba_decoder.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 25, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.25.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 26, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.26.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 27, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.27.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 28, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.28.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 29, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.29.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 30, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.30.mamba_decoder.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 31, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.31.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 32, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.32.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 33, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.33.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 34, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.34.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 35, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.35.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 36, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.36.mamba_decoder.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 37, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.37.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 38, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.38.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 39, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.39.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 40, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.40.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 41, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.41.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 42, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.42.mamba_decoder.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 43, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.43.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 44, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.44.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 45, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.45.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 46, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.46.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 47, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.47.mamba_decoder.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 48, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.48.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 49, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.49.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 50, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.50.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 51, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.51.mamba_decoder.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 52, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.52.mamba",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Zamba2Config", "fields": {"add_bias_linear": False, "chunk_size": 256, "hidden_size": 2560, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention", "linear_attention", "hybrid", "linear_attention", "linear_attention"], "mamba_d_conv": 4, "mamba_d_state": 64, "mamba_expand": 2, "mamba_headdim": 640, "mamba_ngroups": 1, "n_mamba_heads": 8, "time_step_min": 0.001, "use_conv_bias": True, "use_mamba_kernels": True, "attn_implementation": "sdpa"}}, "layer_idx": 53, "initialize_mixer_weights": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89826608,
     "flops": 85216384162,
     "architectures": ["zamba2"],
     "qualname": "transformers.models.zamba2.modeling_zamba2.Zamba2MambaMixer",
     "path": "layers.53.mamba",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.nemotron_h.modeling_nemotron_h.NemotronHMamba2Mixer",
     "architectures": ["nemotron_h", "nemotron_h_omni"],
     "reason": "built by NemotronHMamba2Mixer from a NemotronHConfig"},
]


_CONFIGS = {"Zamba2Config": Zamba2Config}


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
