"""A convolution, a module built from leaf kernels: `Inkling2KeyValueProjection` as transformers runs it, built from L1/hrm_text_rms_norm, L1/inkling2_short_convolution, L1/linear_3f2d2a (hyper-parameters of add, div vary per case).

kernel:        4e36c2c212d09f24
level:         2
label:         convolution
qualnames:     transformers.models.inkling2.modeling_inkling2.Inkling2KeyValueProjection, transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopKeyValueProjection
transformers:  5.24.0
architectures: inkling2, inkling2_loop
cases:         40 real cases, default first (the most common that fits in 8 GB); 40 unmapped
"""

import torch
from torch import nn
from transformers.cache_utils import Cache
from transformers.models.inkling2.configuration_inkling2 import Inkling2TextConfig
from transformers.models.inkling2.modeling_inkling2 import Inkling2KeyValueProjection
from transformers.utils.generic import TransformersKwargs
from typing import Unpack


class Model(Inkling2KeyValueProjection):
    """`Inkling2KeyValueProjection` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(
        self,
        config: Inkling2TextConfig,
        num_heads: int,
        head_dim: int,
        layer_idx: int,
        conv_idx: int,
        is_key: bool,
        dynamic: bool = False,
    ):
        super().__init__(config, num_heads, head_dim, layer_idx, conv_idx, is_key, dynamic)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A convolution, a module built from leaf kernels: `Inkling2KeyValueProjection` as transformers runs it, built from L1/hrm_text_rms_norm, L1/inkling2_short_convolution, L1/linear_3f2d2a (hyper-parameters of add, div vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        linear.weight [1024, 4608]
        sconv.conv1d.weight [1024, 1, 4]
    """

    def __init__(
        self,
        config: Inkling2TextConfig,
        num_heads: int,
        head_dim: int,
        layer_idx: int,
        conv_idx: int,
        is_key: bool,
        dynamic: bool = False,
    ):
        super().__init__()
        raise NotImplementedError("write the kernel: a convolution (Inkling2KeyValueProjection)")

    def forward(
        self,
        hidden_states: torch.Tensor,
        cache: Cache | None = None,
        conv_mask: torch.Tensor | None = None,
        cache_offset: int = 0,
        **kwargs: Unpack[TransformersKwargs],
    ) -> torch.Tensor:
        raise NotImplementedError("write the kernel: a convolution (Inkling2KeyValueProjection)")


KERNEL = {"id": "4e36c2c212d09f24", "name": "inkling2_key_value_projection_4e36c2", "level": 2, "label": "convolution", "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2KeyValueProjection", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "Inkling2TextConfig", "fields": {"hidden_size": 4608, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "attn_implementation": "eager"}}, "num_heads": 8, "head_dim": 128, "layer_idx": 0, "conv_idx": 1, "is_key": False, "dynamic": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 0}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20920320,
     "flops": 9619636080,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2KeyValueProjection",
     "path": "language_model.layers.0.self_attn.v_proj",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2TextConfig", "fields": {"hidden_size": 4608, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "attn_implementation": "eager"}}, "num_heads": 8, "head_dim": 128, "layer_idx": 1, "conv_idx": 1, "is_key": False, "dynamic": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 0}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20920320,
     "flops": 9619636080,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2KeyValueProjection",
     "path": "language_model.layers.1.self_attn.v_proj",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2TextConfig", "fields": {"hidden_size": 4608, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "attn_implementation": "eager"}}, "num_heads": 8, "head_dim": 128, "layer_idx": 2, "conv_idx": 1, "is_key": False, "dynamic": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 0}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20920320,
     "flops": 9619636080,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2KeyValueProjection",
     "path": "language_model.layers.2.self_attn.v_proj",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2TextConfig", "fields": {"hidden_size": 4608, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "attn_implementation": "eager"}}, "num_heads": 8, "head_dim": 128, "layer_idx": 3, "conv_idx": 1, "is_key": False, "dynamic": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 0}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20920320,
     "flops": 9619636080,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2KeyValueProjection",
     "path": "language_model.layers.3.self_attn.v_proj",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2TextConfig", "fields": {"hidden_size": 4608, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "attn_implementation": "eager"}}, "num_heads": 8, "head_dim": 128, "layer_idx": 4, "conv_idx": 1, "is_key": False, "dynamic": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 0}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20920320,
     "flops": 9619636080,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2KeyValueProjection",
     "path": "language_model.layers.4.self_attn.v_proj",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2TextConfig", "fields": {"hidden_size": 4608, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "attn_implementation": "eager"}}, "num_heads": 8, "head_dim": 128, "layer_idx": 6, "conv_idx": 1, "is_key": False, "dynamic": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 0}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20920320,
     "flops": 9619636080,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2KeyValueProjection",
     "path": "language_model.layers.6.self_attn.v_proj",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2TextConfig", "fields": {"hidden_size": 4608, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "attn_implementation": "eager"}}, "num_heads": 8, "head_dim": 128, "layer_idx": 7, "conv_idx": 1, "is_key": False, "dynamic": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 0}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20920320,
     "flops": 9619636080,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2KeyValueProjection",
     "path": "language_model.layers.7.self_attn.v_proj",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2TextConfig", "fields": {"hidden_size": 4608, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "attn_implementation": "eager"}}, "num_heads": 8, "head_dim": 128, "layer_idx": 8, "conv_idx": 1, "is_key": False, "dynamic": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 0}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20920320,
     "flops": 9619636080,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2KeyValueProjection",
     "path": "language_model.layers.8.self_attn.v_proj",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2TextConfig", "fields": {"hidden_size": 4608, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "attn_implementation": "eager"}}, "num_heads": 8, "head_dim": 128, "layer_idx": 9, "conv_idx": 1, "is_key": False, "dynamic": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 0}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20920320,
     "flops": 9619636080,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2KeyValueProjection",
     "path": "language_model.layers.9.self_attn.v_proj",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2TextConfig", "fields": {"hidden_size": 4608, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "attn_implementation": "eager"}}, "num_heads": 8, "head_dim": 128, "layer_idx": 10, "conv_idx": 1, "is_key": False, "dynamic": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 0}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20920320,
     "flops": 9619636080,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2KeyValueProjection",
     "path": "language_model.layers.10.self_attn.v_proj",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2TextConfig", "fields": {"hidden_size": 4608, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "attn_implementation": "eager"}}, "num_heads": 8, "head_dim": 128, "layer_idx": 12, "conv_idx": 1, "is_key": False, "dynamic": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 0}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20920320,
     "flops": 9619636080,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2KeyValueProjection",
     "path": "language_model.layers.12.self_attn.v_proj",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2TextConfig", "fields": {"hidden_size": 4608, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "attn_implementation": "eager"}}, "num_heads": 8, "head_dim": 128, "layer_idx": 13, "conv_idx": 1, "is_key": False, "dynamic": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 0}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20920320,
     "flops": 9619636080,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2KeyValueProjection",
     "path": "language_model.layers.13.self_attn.v_proj",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2TextConfig", "fields": {"hidden_size": 4608, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "attn_implementation": "eager"}}, "num_heads": 8, "head_dim": 128, "layer_idx": 14, "conv_idx": 1, "is_key": False, "dynamic": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 0}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20920320,
     "flops": 9619636080,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2KeyValueProjection",
     "path": "language_model.layers.14.self_attn.v_proj",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2TextConfig", "fields": {"hidden_size": 4608, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "attn_implementation": "eager"}}, "num_heads": 8, "head_dim": 128, "layer_idx": 15, "conv_idx": 1, "is_key": False, "dynamic": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 0}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20920320,
     "flops": 9619636080,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2KeyValueProjection",
     "path": "language_model.layers.15.self_attn.v_proj",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2TextConfig", "fields": {"hidden_size": 4608, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "attn_implementation": "eager"}}, "num_heads": 8, "head_dim": 128, "layer_idx": 16, "conv_idx": 1, "is_key": False, "dynamic": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 0}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20920320,
     "flops": 9619636080,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2KeyValueProjection",
     "path": "language_model.layers.16.self_attn.v_proj",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2TextConfig", "fields": {"hidden_size": 4608, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "attn_implementation": "eager"}}, "num_heads": 8, "head_dim": 128, "layer_idx": 18, "conv_idx": 1, "is_key": False, "dynamic": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 0}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20920320,
     "flops": 9619636080,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2KeyValueProjection",
     "path": "language_model.layers.18.self_attn.v_proj",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2TextConfig", "fields": {"hidden_size": 4608, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "attn_implementation": "eager"}}, "num_heads": 8, "head_dim": 128, "layer_idx": 19, "conv_idx": 1, "is_key": False, "dynamic": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 0}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20920320,
     "flops": 9619636080,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2KeyValueProjection",
     "path": "language_model.layers.19.self_attn.v_proj",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2TextConfig", "fields": {"hidden_size": 4608, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "attn_implementation": "eager"}}, "num_heads": 8, "head_dim": 128, "layer_idx": 20, "conv_idx": 1, "is_key": False, "dynamic": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 0}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20920320,
     "flops": 9619636080,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2KeyValueProjection",
     "path": "language_model.layers.20.self_attn.v_proj",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2TextConfig", "fields": {"hidden_size": 4608, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "attn_implementation": "eager"}}, "num_heads": 8, "head_dim": 128, "layer_idx": 21, "conv_idx": 1, "is_key": False, "dynamic": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 0}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20920320,
     "flops": 9619636080,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2KeyValueProjection",
     "path": "language_model.layers.21.self_attn.v_proj",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2TextConfig", "fields": {"hidden_size": 4608, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "attn_implementation": "eager"}}, "num_heads": 8, "head_dim": 128, "layer_idx": 22, "conv_idx": 1, "is_key": False, "dynamic": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 0}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20920320,
     "flops": 9619636080,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2KeyValueProjection",
     "path": "language_model.layers.22.self_attn.v_proj",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2TextConfig", "fields": {"hidden_size": 4608, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "attn_implementation": "eager"}}, "num_heads": 8, "head_dim": 128, "layer_idx": 24, "conv_idx": 1, "is_key": False, "dynamic": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 0}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20920320,
     "flops": 9619636080,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2KeyValueProjection",
     "path": "language_model.layers.24.self_attn.v_proj",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2TextConfig", "fields": {"hidden_size": 4608, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "attn_implementation": "eager"}}, "num_heads": 8, "head_dim": 128, "layer_idx": 25, "conv_idx": 1, "is_key": False, "dynamic": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 0}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20920320,
     "flops": 9619636080,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2KeyValueProjection",
     "path": "language_model.layers.25.self_attn.v_proj",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2TextConfig", "fields": {"hidden_size": 4608, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "attn_implementation": "eager"}}, "num_heads": 8, "head_dim": 128, "layer_idx": 26, "conv_idx": 1, "is_key": False, "dynamic": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 0}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20920320,
     "flops": 9619636080,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2KeyValueProjection",
     "path": "language_model.layers.26.self_attn.v_proj",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2TextConfig", "fields": {"hidden_size": 4608, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "attn_implementation": "eager"}}, "num_heads": 8, "head_dim": 128, "layer_idx": 27, "conv_idx": 1, "is_key": False, "dynamic": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 0}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20920320,
     "flops": 9619636080,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2KeyValueProjection",
     "path": "language_model.layers.27.self_attn.v_proj",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2TextConfig", "fields": {"hidden_size": 4608, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "attn_implementation": "eager"}}, "num_heads": 8, "head_dim": 128, "layer_idx": 28, "conv_idx": 1, "is_key": False, "dynamic": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 0}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20920320,
     "flops": 9619636080,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2KeyValueProjection",
     "path": "language_model.layers.28.self_attn.v_proj",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2TextConfig", "fields": {"hidden_size": 4608, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "attn_implementation": "eager"}}, "num_heads": 8, "head_dim": 128, "layer_idx": 30, "conv_idx": 1, "is_key": False, "dynamic": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 0}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20920320,
     "flops": 9619636080,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2KeyValueProjection",
     "path": "language_model.layers.30.self_attn.v_proj",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2TextConfig", "fields": {"hidden_size": 4608, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "attn_implementation": "eager"}}, "num_heads": 8, "head_dim": 128, "layer_idx": 31, "conv_idx": 1, "is_key": False, "dynamic": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 0}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20920320,
     "flops": 9619636080,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2KeyValueProjection",
     "path": "language_model.layers.31.self_attn.v_proj",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2TextConfig", "fields": {"hidden_size": 4608, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "attn_implementation": "eager"}}, "num_heads": 8, "head_dim": 128, "layer_idx": 32, "conv_idx": 1, "is_key": False, "dynamic": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 0}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20920320,
     "flops": 9619636080,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2KeyValueProjection",
     "path": "language_model.layers.32.self_attn.v_proj",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2TextConfig", "fields": {"hidden_size": 4608, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "attn_implementation": "eager"}}, "num_heads": 8, "head_dim": 128, "layer_idx": 33, "conv_idx": 1, "is_key": False, "dynamic": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 0}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20920320,
     "flops": 9619636080,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2KeyValueProjection",
     "path": "language_model.layers.33.self_attn.v_proj",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2TextConfig", "fields": {"hidden_size": 4608, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "attn_implementation": "eager"}}, "num_heads": 8, "head_dim": 128, "layer_idx": 34, "conv_idx": 1, "is_key": False, "dynamic": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 0}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20920320,
     "flops": 9619636080,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2KeyValueProjection",
     "path": "language_model.layers.34.self_attn.v_proj",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2TextConfig", "fields": {"hidden_size": 4608, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "attn_implementation": "eager"}}, "num_heads": 8, "head_dim": 128, "layer_idx": 36, "conv_idx": 1, "is_key": False, "dynamic": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 0}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20920320,
     "flops": 9619636080,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2KeyValueProjection",
     "path": "language_model.layers.36.self_attn.v_proj",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2TextConfig", "fields": {"hidden_size": 4608, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "attn_implementation": "eager"}}, "num_heads": 8, "head_dim": 128, "layer_idx": 37, "conv_idx": 1, "is_key": False, "dynamic": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 0}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20920320,
     "flops": 9619636080,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2KeyValueProjection",
     "path": "language_model.layers.37.self_attn.v_proj",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2TextConfig", "fields": {"hidden_size": 4608, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "attn_implementation": "eager"}}, "num_heads": 8, "head_dim": 128, "layer_idx": 38, "conv_idx": 1, "is_key": False, "dynamic": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 0}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20920320,
     "flops": 9619636080,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2KeyValueProjection",
     "path": "language_model.layers.38.self_attn.v_proj",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2TextConfig", "fields": {"hidden_size": 4608, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "attn_implementation": "eager"}}, "num_heads": 8, "head_dim": 128, "layer_idx": 39, "conv_idx": 1, "is_key": False, "dynamic": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 0}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20920320,
     "flops": 9619636080,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2KeyValueProjection",
     "path": "language_model.layers.39.self_attn.v_proj",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2TextConfig", "fields": {"hidden_size": 4608, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "attn_implementation": "eager"}}, "num_heads": 8, "head_dim": 128, "layer_idx": 40, "conv_idx": 1, "is_key": False, "dynamic": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 0}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20920320,
     "flops": 9619636080,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2KeyValueProjection",
     "path": "language_model.layers.40.self_attn.v_proj",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2TextConfig", "fields": {"hidden_size": 4608, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "attn_implementation": "eager"}}, "num_heads": 8, "head_dim": 128, "layer_idx": 42, "conv_idx": 1, "is_key": False, "dynamic": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 0}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20920320,
     "flops": 9619636080,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2KeyValueProjection",
     "path": "language_model.layers.42.self_attn.v_proj",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2TextConfig", "fields": {"hidden_size": 4608, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "attn_implementation": "eager"}}, "num_heads": 8, "head_dim": 128, "layer_idx": 43, "conv_idx": 1, "is_key": False, "dynamic": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 0}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20920320,
     "flops": 9619636080,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2KeyValueProjection",
     "path": "language_model.layers.43.self_attn.v_proj",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2TextConfig", "fields": {"hidden_size": 4608, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "attn_implementation": "eager"}}, "num_heads": 8, "head_dim": 128, "layer_idx": 44, "conv_idx": 1, "is_key": False, "dynamic": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 0}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20920320,
     "flops": 9619636080,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2KeyValueProjection",
     "path": "language_model.layers.44.self_attn.v_proj",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2TextConfig", "fields": {"hidden_size": 4608, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "attn_implementation": "eager"}}, "num_heads": 8, "head_dim": 128, "layer_idx": 45, "conv_idx": 1, "is_key": False, "dynamic": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 0}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20920320,
     "flops": 9619636080,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2KeyValueProjection",
     "path": "language_model.layers.45.self_attn.v_proj",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2TextConfig", "fields": {"hidden_size": 4608, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "attn_implementation": "eager"}}, "num_heads": 8, "head_dim": 128, "layer_idx": 46, "conv_idx": 1, "is_key": False, "dynamic": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cache", "kind": "none"},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache_offset", "kind": "int", "value": 0}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20920320,
     "flops": 9619636080,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2KeyValueProjection",
     "path": "language_model.layers.46.self_attn.v_proj",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopKeyValueProjection",
     "architectures": ["inkling2_loop"],
     "reason": "built by Inkling2LoopKeyValueProjection from a Inkling2LoopTextConfig"},
    {"qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopKeyValueProjection",
     "architectures": ["inkling2_loop"],
     "reason": "built by Inkling2LoopKeyValueProjection from a Inkling2LoopTextConfig"},
    {"qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopKeyValueProjection",
     "architectures": ["inkling2_loop"],
     "reason": "built by Inkling2LoopKeyValueProjection from a Inkling2LoopTextConfig"},
    {"qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopKeyValueProjection",
     "architectures": ["inkling2_loop"],
     "reason": "built by Inkling2LoopKeyValueProjection from a Inkling2LoopTextConfig"},
    {"qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopKeyValueProjection",
     "architectures": ["inkling2_loop"],
     "reason": "built by Inkling2LoopKeyValueProjection from a Inkling2LoopTextConfig"},
    {"qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopKeyValueProjection",
     "architectures": ["inkling2_loop"],
     "reason": "built by Inkling2LoopKeyValueProjection from a Inkling2LoopTextConfig"},
    {"qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopKeyValueProjection",
     "architectures": ["inkling2_loop"],
     "reason": "built by Inkling2LoopKeyValueProjection from a Inkling2LoopTextConfig"},
    {"qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopKeyValueProjection",
     "architectures": ["inkling2_loop"],
     "reason": "built by Inkling2LoopKeyValueProjection from a Inkling2LoopTextConfig"},
    {"qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopKeyValueProjection",
     "architectures": ["inkling2_loop"],
     "reason": "built by Inkling2LoopKeyValueProjection from a Inkling2LoopTextConfig"},
    {"qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopKeyValueProjection",
     "architectures": ["inkling2_loop"],
     "reason": "built by Inkling2LoopKeyValueProjection from a Inkling2LoopTextConfig"},
    {"qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopKeyValueProjection",
     "architectures": ["inkling2_loop"],
     "reason": "built by Inkling2LoopKeyValueProjection from a Inkling2LoopTextConfig"},
    {"qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopKeyValueProjection",
     "architectures": ["inkling2_loop"],
     "reason": "built by Inkling2LoopKeyValueProjection from a Inkling2LoopTextConfig"},
    {"qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopKeyValueProjection",
     "architectures": ["inkling2_loop"],
     "reason": "built by Inkling2LoopKeyValueProjection from a Inkling2LoopTextConfig"},
    {"qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopKeyValueProjection",
     "architectures": ["inkling2_loop"],
     "reason": "built by Inkling2LoopKeyValueProjection from a Inkling2LoopTextConfig"},
    {"qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopKeyValueProjection",
     "architectures": ["inkling2_loop"],
     "reason": "built by Inkling2LoopKeyValueProjection from a Inkling2LoopTextConfig"},
    {"qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopKeyValueProjection",
     "architectures": ["inkling2_loop"],
     "reason": "built by Inkling2LoopKeyValueProjection from a Inkling2LoopTextConfig"},
    {"qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopKeyValueProjection",
     "architectures": ["inkling2_loop"],
     "reason": "built by Inkling2LoopKeyValueProjection from a Inkling2LoopTextConfig"},
    {"qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopKeyValueProjection",
     "architectures": ["inkling2_loop"],
     "reason": "built by Inkling2LoopKeyValueProjection from a Inkling2LoopTextConfig"},
    {"qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopKeyValueProjection",
     "architectures": ["inkling2_loop"],
     "reason": "built by Inkling2LoopKeyValueProjection from a Inkling2LoopTextConfig"},
    {"qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopKeyValueProjection",
     "architectures": ["inkling2_loop"],
     "reason": "built by Inkling2LoopKeyValueProjection from a Inkling2LoopTextConfig"},
    {"qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopKeyValueProjection",
     "architectures": ["inkling2_loop"],
     "reason": "built by Inkling2LoopKeyValueProjection from a Inkling2LoopTextConfig"},
    {"qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopKeyValueProjection",
     "architectures": ["inkling2_loop"],
     "reason": "built by Inkling2LoopKeyValueProjection from a Inkling2LoopTextConfig"},
    {"qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopKeyValueProjection",
     "architectures": ["inkling2_loop"],
     "reason": "built by Inkling2LoopKeyValueProjection from a Inkling2LoopTextConfig"},
    {"qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopKeyValueProjection",
     "architectures": ["inkling2_loop"],
     "reason": "built by Inkling2LoopKeyValueProjection from a Inkling2LoopTextConfig"},
    {"qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopKeyValueProjection",
     "architectures": ["inkling2_loop"],
     "reason": "built by Inkling2LoopKeyValueProjection from a Inkling2LoopTextConfig"},
    {"qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopKeyValueProjection",
     "architectures": ["inkling2_loop"],
     "reason": "built by Inkling2LoopKeyValueProjection from a Inkling2LoopTextConfig"},
    {"qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopKeyValueProjection",
     "architectures": ["inkling2_loop"],
     "reason": "built by Inkling2LoopKeyValueProjection from a Inkling2LoopTextConfig"},
    {"qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopKeyValueProjection",
     "architectures": ["inkling2_loop"],
     "reason": "built by Inkling2LoopKeyValueProjection from a Inkling2LoopTextConfig"},
    {"qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopKeyValueProjection",
     "architectures": ["inkling2_loop"],
     "reason": "built by Inkling2LoopKeyValueProjection from a Inkling2LoopTextConfig"},
    {"qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopKeyValueProjection",
     "architectures": ["inkling2_loop"],
     "reason": "built by Inkling2LoopKeyValueProjection from a Inkling2LoopTextConfig"},
    {"qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopKeyValueProjection",
     "architectures": ["inkling2_loop"],
     "reason": "built by Inkling2LoopKeyValueProjection from a Inkling2LoopTextConfig"},
    {"qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopKeyValueProjection",
     "architectures": ["inkling2_loop"],
     "reason": "built by Inkling2LoopKeyValueProjection from a Inkling2LoopTextConfig"},
    {"qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopKeyValueProjection",
     "architectures": ["inkling2_loop"],
     "reason": "built by Inkling2LoopKeyValueProjection from a Inkling2LoopTextConfig"},
    {"qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopKeyValueProjection",
     "architectures": ["inkling2_loop"],
     "reason": "built by Inkling2LoopKeyValueProjection from a Inkling2LoopTextConfig"},
    {"qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopKeyValueProjection",
     "architectures": ["inkling2_loop"],
     "reason": "built by Inkling2LoopKeyValueProjection from a Inkling2LoopTextConfig"},
    {"qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopKeyValueProjection",
     "architectures": ["inkling2_loop"],
     "reason": "built by Inkling2LoopKeyValueProjection from a Inkling2LoopTextConfig"},
    {"qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopKeyValueProjection",
     "architectures": ["inkling2_loop"],
     "reason": "built by Inkling2LoopKeyValueProjection from a Inkling2LoopTextConfig"},
    {"qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopKeyValueProjection",
     "architectures": ["inkling2_loop"],
     "reason": "built by Inkling2LoopKeyValueProjection from a Inkling2LoopTextConfig"},
    {"qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopKeyValueProjection",
     "architectures": ["inkling2_loop"],
     "reason": "built by Inkling2LoopKeyValueProjection from a Inkling2LoopTextConfig"},
    {"qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopKeyValueProjection",
     "architectures": ["inkling2_loop"],
     "reason": "built by Inkling2LoopKeyValueProjection from a Inkling2LoopTextConfig"},
]


_CONFIGS = {"Inkling2TextConfig": Inkling2TextConfig}


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
