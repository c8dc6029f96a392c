"""Attention, a repeated layer: `Inkling2FullDecoderLayer` as transformers runs it, built from L1/inkling2_loop_rms_norm, L1/inkling2_short_convolution, L2/inkling2_block_attention_residual, L2/inkling2_block_attention_residual_60c290, L2/inkling2_full_attention, L2/inkling2_sparse_moe_block (hyper-parameters of add, div, mul vary per case).

kernel:        0a7ab084d30578e5
level:         3
label:         attention
qualnames:     transformers.models.inkling2.modeling_inkling2.Inkling2FullDecoderLayer, transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopFullDecoderLayer, transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopFullLoopDecoderLayer
transformers:  5.24.0
architectures: inkling2, inkling2_loop
cases:         8 real cases, default first (the most common that fits in 8 GB); 4 unmapped
"""

import torch
from torch import nn
from transformers.cache_utils import Cache
from transformers.models.inkling2.configuration_inkling2 import Inkling2TextConfig
from transformers.models.inkling2.modeling_inkling2 import Inkling2FullDecoderLayer as Model
from transformers.utils.generic import TransformersKwargs
from typing import Unpack


class ModelNew(nn.Module):
    """Attention, a repeated layer: `Inkling2FullDecoderLayer` as transformers runs it, built from L1/inkling2_loop_rms_norm, L1/inkling2_short_convolution, L2/inkling2_block_attention_residual, L2/inkling2_block_attention_residual_60c290, L2/inkling2_full_attention, L2/inkling2_sparse_moe_block (hyper-parameters of add, div, mul vary per case).

    Candidate stub: same constructor and forward signature as Model."""

    def __init__(self, config: Inkling2TextConfig, layer_idx: int):
        super().__init__()
        raise NotImplementedError("write the kernel: attention (Inkling2FullDecoderLayer)")

    def forward(
        self,
        hidden_states: torch.Tensor,
        block_states: torch.Tensor,
        attention_mask: torch.Tensor | None = None,
        relative_distance: torch.Tensor | None = None,
        conv_mask: torch.Tensor | None = None,
        cache: Cache | None = None,
        **kwargs: Unpack[TransformersKwargs],
    ) -> torch.Tensor:
        raise NotImplementedError("write the kernel: attention (Inkling2FullDecoderLayer)")


KERNEL = {"id": "0a7ab084d30578e5", "name": "inkling2_full_decoder_layer", "level": 3, "label": "attention", "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2FullDecoderLayer", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims.
CASES = [
    {"init": {"config": {"config_class": "Inkling2TextConfig", "fields": {"attention_dropout": 0.0, "conv_kernel_size": 4, "d_rel": 16, "head_dim": 128, "hidden_size": 4608, "layer_types": ["hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid"], "log_scaling_alpha": 0.1, "log_scaling_n_floor": 128000, "n_layers_per_attn_res_block": 6, "num_attention_heads": 48, "num_key_value_heads": 8, "qk_l2_clip_threshold": 22.627416997969522, "rel_extent": 1024, "rel_l2_clip_threshold": 8.0, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "attn_implementation": "eager"}}, "layer_idx": 5},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "block_states", "kind": "tensor", "shape": [2, 509, 1, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "relative_distance", "kind": "tensor", "shape": [509, 509], "roles": ["seq", "seq"], "dtype": "int64", "high": 2},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 24696693844,
     "flops": 738080117908,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2FullDecoderLayer",
     "path": "language_model.layers.5",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2TextConfig", "fields": {"attention_dropout": 0.0, "conv_kernel_size": 4, "head_dim": 128, "hidden_size": 4608, "layer_types": ["hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid"], "n_layers_per_attn_res_block": 6, "num_attention_heads": 48, "num_key_value_heads": 8, "qk_l2_clip_threshold": 22.627416997969522, "rel_extent": 1024, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "attn_implementation": "eager"}}, "layer_idx": 11},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "block_states", "kind": "tensor", "shape": [2, 509, 2, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "relative_distance", "kind": "tensor", "shape": [509, 509], "roles": ["seq", "seq"], "dtype": "int64", "high": 2},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 24706075732,
     "flops": 738183332928,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2FullDecoderLayer",
     "path": "language_model.layers.11",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2TextConfig", "fields": {"attention_dropout": 0.0, "conv_kernel_size": 4, "head_dim": 128, "hidden_size": 4608, "layer_types": ["hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid"], "n_layers_per_attn_res_block": 6, "num_attention_heads": 48, "num_key_value_heads": 8, "qk_l2_clip_threshold": 22.627416997969522, "rel_extent": 1024, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "attn_implementation": "eager"}}, "layer_idx": 17},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "block_states", "kind": "tensor", "shape": [2, 509, 3, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "relative_distance", "kind": "tensor", "shape": [509, 509], "roles": ["seq", "seq"], "dtype": "int64", "high": 2},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 24715457620,
     "flops": 738286547948,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2FullDecoderLayer",
     "path": "language_model.layers.17",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2TextConfig", "fields": {"attention_dropout": 0.0, "conv_kernel_size": 4, "head_dim": 128, "hidden_size": 4608, "layer_types": ["hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid"], "n_layers_per_attn_res_block": 6, "num_attention_heads": 48, "num_key_value_heads": 8, "qk_l2_clip_threshold": 22.627416997969522, "rel_extent": 1024, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "attn_implementation": "eager"}}, "layer_idx": 23},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "block_states", "kind": "tensor", "shape": [2, 509, 4, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "relative_distance", "kind": "tensor", "shape": [509, 509], "roles": ["seq", "seq"], "dtype": "int64", "high": 2},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 24724839508,
     "flops": 738389762968,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2FullDecoderLayer",
     "path": "language_model.layers.23",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2TextConfig", "fields": {"attention_dropout": 0.0, "conv_kernel_size": 4, "head_dim": 128, "hidden_size": 4608, "layer_types": ["hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid"], "n_layers_per_attn_res_block": 6, "num_attention_heads": 48, "num_key_value_heads": 8, "qk_l2_clip_threshold": 22.627416997969522, "rel_extent": 1024, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "attn_implementation": "eager"}}, "layer_idx": 29},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "block_states", "kind": "tensor", "shape": [2, 509, 5, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "relative_distance", "kind": "tensor", "shape": [509, 509], "roles": ["seq", "seq"], "dtype": "int64", "high": 2},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 24734221396,
     "flops": 738492977988,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2FullDecoderLayer",
     "path": "language_model.layers.29",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2TextConfig", "fields": {"attention_dropout": 0.0, "conv_kernel_size": 4, "head_dim": 128, "hidden_size": 4608, "layer_types": ["hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid"], "n_layers_per_attn_res_block": 6, "num_attention_heads": 48, "num_key_value_heads": 8, "qk_l2_clip_threshold": 22.627416997969522, "rel_extent": 1024, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "attn_implementation": "eager"}}, "layer_idx": 35},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "block_states", "kind": "tensor", "shape": [2, 509, 6, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "relative_distance", "kind": "tensor", "shape": [509, 509], "roles": ["seq", "seq"], "dtype": "int64", "high": 2},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 24743603284,
     "flops": 738596193008,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2FullDecoderLayer",
     "path": "language_model.layers.35",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2TextConfig", "fields": {"attention_dropout": 0.0, "conv_kernel_size": 4, "head_dim": 128, "hidden_size": 4608, "layer_types": ["hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid"], "n_layers_per_attn_res_block": 6, "num_attention_heads": 48, "num_key_value_heads": 8, "qk_l2_clip_threshold": 22.627416997969522, "rel_extent": 1024, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "attn_implementation": "eager"}}, "layer_idx": 41},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "block_states", "kind": "tensor", "shape": [2, 509, 7, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "relative_distance", "kind": "tensor", "shape": [509, 509], "roles": ["seq", "seq"], "dtype": "int64", "high": 2},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 24752985172,
     "flops": 738699408028,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2FullDecoderLayer",
     "path": "language_model.layers.41",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Inkling2TextConfig", "fields": {"attention_dropout": 0.0, "conv_kernel_size": 4, "head_dim": 128, "hidden_size": 4608, "layer_types": ["hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid_sliding", "hybrid"], "n_layers_per_attn_res_block": 6, "num_attention_heads": 48, "num_key_value_heads": 8, "qk_l2_clip_threshold": 22.627416997969522, "rel_extent": 1024, "rms_norm_eps": 1e-06, "sconv_kernel_size": 4, "attn_implementation": "eager"}}, "layer_idx": 47},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "block_states", "kind": "tensor", "shape": [2, 509, 8, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "relative_distance", "kind": "tensor", "shape": [509, 509], "roles": ["seq", "seq"], "dtype": "int64", "high": 2},
        {"name": "conv_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 24762367060,
     "flops": 738802623048,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.Inkling2FullDecoderLayer",
     "path": "language_model.layers.47",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopFullDecoderLayer",
     "architectures": ["inkling2_loop"],
     "reason": "built by Inkling2LoopFullDecoderLayer from a Inkling2LoopTextConfig"},
    {"qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopFullLoopDecoderLayer",
     "architectures": ["inkling2_loop"],
     "reason": "built by Inkling2LoopFullLoopDecoderLayer from a Inkling2LoopTextConfig"},
    {"qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopFullLoopDecoderLayer",
     "architectures": ["inkling2_loop"],
     "reason": "built by Inkling2LoopFullLoopDecoderLayer from a Inkling2LoopTextConfig"},
    {"qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.Inkling2LoopFullDecoderLayer",
     "architectures": ["inkling2_loop"],
     "reason": "built by Inkling2LoopFullDecoderLayer from a Inkling2LoopTextConfig"},
]


_CONFIGS = {"Inkling2TextConfig": Inkling2TextConfig}


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
