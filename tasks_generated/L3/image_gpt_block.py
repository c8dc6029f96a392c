"""A matrix multiply (linear projection), a repeated layer: `ImageGPTBlock` as transformers runs it, built from L1/image_gpt_layer_norm, L2/clipmlp, L2/image_gpt_attention (hyper-parameters of add, div, mul vary per case).

kernel:        578e3dcd0ec38f5d
level:         3
label:         gemm
qualnames:     transformers.models.imagegpt.modeling_imagegpt.ImageGPTBlock
transformers:  5.24.0
architectures: imagegpt
cases:         24 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.cache_utils import Cache
from transformers.models.imagegpt.configuration_imagegpt import ImageGPTConfig
from transformers.models.imagegpt.modeling_imagegpt import ImageGPTBlock


class Model(ImageGPTBlock):
    """`ImageGPTBlock` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config, layer_idx=None):
        super().__init__(config, layer_idx)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A matrix multiply (linear projection), a repeated layer: `ImageGPTBlock` as transformers runs it, built from L1/image_gpt_layer_norm, L2/clipmlp, L2/image_gpt_attention (hyper-parameters of add, div, mul vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        ln_1.weight [512]
        attn.c_attn.weight [512, 1536]
        attn.c_attn.bias [1536]
        attn.c_proj.weight [512, 512]
        attn.c_proj.bias [512]
        ln_2.weight [512]
        mlp.c_fc.weight [512, 2048]
        mlp.c_fc.bias [2048]
        mlp.c_proj.weight [2048, 512]
        mlp.c_proj.bias [512]
    """

    def __init__(self, config, layer_idx=None):
        super().__init__()
        raise NotImplementedError("write the kernel: a matrix multiply (linear projection) (ImageGPTBlock)")

    def forward(
        self,
        hidden_states: torch.Tensor,
        layer_past: Cache | None = None,
        attention_mask: torch.Tensor | None = None,
        encoder_hidden_states: torch.Tensor | None = None,
        encoder_attention_mask: torch.Tensor | None = None,
        use_cache: bool | None = False,
        output_attentions: bool | None = False,
        **kwargs,
    ) -> tuple:
        raise NotImplementedError("write the kernel: a matrix multiply (linear projection) (ImageGPTBlock)")


KERNEL = {"id": "578e3dcd0ec38f5d", "name": "image_gpt_block", "level": 3, "label": "gemm", "qualname": "transformers.models.imagegpt.modeling_imagegpt.ImageGPTBlock", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "ImageGPTConfig", "fields": {"activation_function": "quick_gelu", "add_cross_attention": False, "attn_pdrop": 0.1, "hidden_size": 512, "layer_norm_epsilon": 1e-05, "max_position_embeddings": 1024, "n_inner": None, "num_attention_heads": 8, "reorder_and_upcast_attn": False, "resid_pdrop": 0.1, "scale_attn_by_inverse_layer_idx": False, "scale_attn_weights": True, "attn_implementation": "eager"}}, "layer_idx": 0},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 512], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "layer_past", "kind": "none"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "none"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "use_cache", "kind": "flag", "value": False},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 17199394,
     "flops": 7495018892,
     "architectures": ["imagegpt"],
     "qualname": "transformers.models.imagegpt.modeling_imagegpt.ImageGPTBlock",
     "path": "h.0",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "ImageGPTConfig", "fields": {"add_cross_attention": False, "attn_pdrop": 0.1, "hidden_size": 512, "layer_norm_epsilon": 1e-05, "max_position_embeddings": 1024, "n_inner": None, "num_attention_heads": 8, "reorder_and_upcast_attn": False, "resid_pdrop": 0.1, "scale_attn_by_inverse_layer_idx": False, "scale_attn_weights": True, "attn_implementation": "eager"}}, "layer_idx": 1},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 512], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "layer_past", "kind": "none"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "none"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "use_cache", "kind": "flag", "value": False},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 17199394,
     "flops": 7495018892,
     "architectures": ["imagegpt"],
     "qualname": "transformers.models.imagegpt.modeling_imagegpt.ImageGPTBlock",
     "path": "h.1",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "ImageGPTConfig", "fields": {"add_cross_attention": False, "attn_pdrop": 0.1, "hidden_size": 512, "layer_norm_epsilon": 1e-05, "max_position_embeddings": 1024, "n_inner": None, "num_attention_heads": 8, "reorder_and_upcast_attn": False, "resid_pdrop": 0.1, "scale_attn_by_inverse_layer_idx": False, "scale_attn_weights": True, "attn_implementation": "eager"}}, "layer_idx": 2},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 512], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "layer_past", "kind": "none"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "none"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "use_cache", "kind": "flag", "value": False},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 17199394,
     "flops": 7495018892,
     "architectures": ["imagegpt"],
     "qualname": "transformers.models.imagegpt.modeling_imagegpt.ImageGPTBlock",
     "path": "h.2",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "ImageGPTConfig", "fields": {"add_cross_attention": False, "attn_pdrop": 0.1, "hidden_size": 512, "layer_norm_epsilon": 1e-05, "max_position_embeddings": 1024, "n_inner": None, "num_attention_heads": 8, "reorder_and_upcast_attn": False, "resid_pdrop": 0.1, "scale_attn_by_inverse_layer_idx": False, "scale_attn_weights": True, "attn_implementation": "eager"}}, "layer_idx": 3},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 512], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "layer_past", "kind": "none"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "none"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "use_cache", "kind": "flag", "value": False},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 17199394,
     "flops": 7495018892,
     "architectures": ["imagegpt"],
     "qualname": "transformers.models.imagegpt.modeling_imagegpt.ImageGPTBlock",
     "path": "h.3",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "ImageGPTConfig", "fields": {"add_cross_attention": False, "attn_pdrop": 0.1, "hidden_size": 512, "layer_norm_epsilon": 1e-05, "max_position_embeddings": 1024, "n_inner": None, "num_attention_heads": 8, "reorder_and_upcast_attn": False, "resid_pdrop": 0.1, "scale_attn_by_inverse_layer_idx": False, "scale_attn_weights": True, "attn_implementation": "eager"}}, "layer_idx": 4},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 512], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "layer_past", "kind": "none"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "none"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "use_cache", "kind": "flag", "value": False},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 17199394,
     "flops": 7495018892,
     "architectures": ["imagegpt"],
     "qualname": "transformers.models.imagegpt.modeling_imagegpt.ImageGPTBlock",
     "path": "h.4",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "ImageGPTConfig", "fields": {"add_cross_attention": False, "attn_pdrop": 0.1, "hidden_size": 512, "layer_norm_epsilon": 1e-05, "max_position_embeddings": 1024, "n_inner": None, "num_attention_heads": 8, "reorder_and_upcast_attn": False, "resid_pdrop": 0.1, "scale_attn_by_inverse_layer_idx": False, "scale_attn_weights": True, "attn_implementation": "eager"}}, "layer_idx": 5},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 512], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "layer_past", "kind": "none"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "none"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "use_cache", "kind": "flag", "value": False},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 17199394,
     "flops": 7495018892,
     "architectures": ["imagegpt"],
     "qualname": "transformers.models.imagegpt.modeling_imagegpt.ImageGPTBlock",
     "path": "h.5",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "ImageGPTConfig", "fields": {"add_cross_attention": False, "attn_pdrop": 0.1, "hidden_size": 512, "layer_norm_epsilon": 1e-05, "max_position_embeddings": 1024, "n_inner": None, "num_attention_heads": 8, "reorder_and_upcast_attn": False, "resid_pdrop": 0.1, "scale_attn_by_inverse_layer_idx": False, "scale_attn_weights": True, "attn_implementation": "eager"}}, "layer_idx": 6},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 512], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "layer_past", "kind": "none"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "none"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "use_cache", "kind": "flag", "value": False},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 17199394,
     "flops": 7495018892,
     "architectures": ["imagegpt"],
     "qualname": "transformers.models.imagegpt.modeling_imagegpt.ImageGPTBlock",
     "path": "h.6",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "ImageGPTConfig", "fields": {"add_cross_attention": False, "attn_pdrop": 0.1, "hidden_size": 512, "layer_norm_epsilon": 1e-05, "max_position_embeddings": 1024, "n_inner": None, "num_attention_heads": 8, "reorder_and_upcast_attn": False, "resid_pdrop": 0.1, "scale_attn_by_inverse_layer_idx": False, "scale_attn_weights": True, "attn_implementation": "eager"}}, "layer_idx": 7},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 512], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "layer_past", "kind": "none"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "none"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "use_cache", "kind": "flag", "value": False},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 17199394,
     "flops": 7495018892,
     "architectures": ["imagegpt"],
     "qualname": "transformers.models.imagegpt.modeling_imagegpt.ImageGPTBlock",
     "path": "h.7",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "ImageGPTConfig", "fields": {"add_cross_attention": False, "attn_pdrop": 0.1, "hidden_size": 512, "layer_norm_epsilon": 1e-05, "max_position_embeddings": 1024, "n_inner": None, "num_attention_heads": 8, "reorder_and_upcast_attn": False, "resid_pdrop": 0.1, "scale_attn_by_inverse_layer_idx": False, "scale_attn_weights": True, "attn_implementation": "eager"}}, "layer_idx": 8},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 512], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "layer_past", "kind": "none"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "none"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "use_cache", "kind": "flag", "value": False},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 17199394,
     "flops": 7495018892,
     "architectures": ["imagegpt"],
     "qualname": "transformers.models.imagegpt.modeling_imagegpt.ImageGPTBlock",
     "path": "h.8",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "ImageGPTConfig", "fields": {"add_cross_attention": False, "attn_pdrop": 0.1, "hidden_size": 512, "layer_norm_epsilon": 1e-05, "max_position_embeddings": 1024, "n_inner": None, "num_attention_heads": 8, "reorder_and_upcast_attn": False, "resid_pdrop": 0.1, "scale_attn_by_inverse_layer_idx": False, "scale_attn_weights": True, "attn_implementation": "eager"}}, "layer_idx": 9},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 512], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "layer_past", "kind": "none"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "none"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "use_cache", "kind": "flag", "value": False},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 17199394,
     "flops": 7495018892,
     "architectures": ["imagegpt"],
     "qualname": "transformers.models.imagegpt.modeling_imagegpt.ImageGPTBlock",
     "path": "h.9",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "ImageGPTConfig", "fields": {"add_cross_attention": False, "attn_pdrop": 0.1, "hidden_size": 512, "layer_norm_epsilon": 1e-05, "max_position_embeddings": 1024, "n_inner": None, "num_attention_heads": 8, "reorder_and_upcast_attn": False, "resid_pdrop": 0.1, "scale_attn_by_inverse_layer_idx": False, "scale_attn_weights": True, "attn_implementation": "eager"}}, "layer_idx": 10},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 512], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "layer_past", "kind": "none"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "none"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "use_cache", "kind": "flag", "value": False},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 17199394,
     "flops": 7495018892,
     "architectures": ["imagegpt"],
     "qualname": "transformers.models.imagegpt.modeling_imagegpt.ImageGPTBlock",
     "path": "h.10",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "ImageGPTConfig", "fields": {"add_cross_attention": False, "attn_pdrop": 0.1, "hidden_size": 512, "layer_norm_epsilon": 1e-05, "max_position_embeddings": 1024, "n_inner": None, "num_attention_heads": 8, "reorder_and_upcast_attn": False, "resid_pdrop": 0.1, "scale_attn_by_inverse_layer_idx": False, "scale_attn_weights": True, "attn_implementation": "eager"}}, "layer_idx": 11},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 512], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "layer_past", "kind": "none"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "none"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "use_cache", "kind": "flag", "value": False},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 17199394,
     "flops": 7495018892,
     "architectures": ["imagegpt"],
     "qualname": "transformers.models.imagegpt.modeling_imagegpt.ImageGPTBlock",
     "path": "h.11",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "ImageGPTConfig", "fields": {"add_cross_attention": False, "attn_pdrop": 0.1, "hidden_size": 512, "layer_norm_epsilon": 1e-05, "max_position_embeddings": 1024, "n_inner": None, "num_attention_heads": 8, "reorder_and_upcast_attn": False, "resid_pdrop": 0.1, "scale_attn_by_inverse_layer_idx": False, "scale_attn_weights": True, "attn_implementation": "eager"}}, "layer_idx": 12},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 512], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "layer_past", "kind": "none"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "none"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "use_cache", "kind": "flag", "value": False},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 17199394,
     "flops": 7495018892,
     "architectures": ["imagegpt"],
     "qualname": "transformers.models.imagegpt.modeling_imagegpt.ImageGPTBlock",
     "path": "h.12",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "ImageGPTConfig", "fields": {"add_cross_attention": False, "attn_pdrop": 0.1, "hidden_size": 512, "layer_norm_epsilon": 1e-05, "max_position_embeddings": 1024, "n_inner": None, "num_attention_heads": 8, "reorder_and_upcast_attn": False, "resid_pdrop": 0.1, "scale_attn_by_inverse_layer_idx": False, "scale_attn_weights": True, "attn_implementation": "eager"}}, "layer_idx": 13},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 512], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "layer_past", "kind": "none"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "none"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "use_cache", "kind": "flag", "value": False},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 17199394,
     "flops": 7495018892,
     "architectures": ["imagegpt"],
     "qualname": "transformers.models.imagegpt.modeling_imagegpt.ImageGPTBlock",
     "path": "h.13",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "ImageGPTConfig", "fields": {"add_cross_attention": False, "attn_pdrop": 0.1, "hidden_size": 512, "layer_norm_epsilon": 1e-05, "max_position_embeddings": 1024, "n_inner": None, "num_attention_heads": 8, "reorder_and_upcast_attn": False, "resid_pdrop": 0.1, "scale_attn_by_inverse_layer_idx": False, "scale_attn_weights": True, "attn_implementation": "eager"}}, "layer_idx": 14},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 512], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "layer_past", "kind": "none"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "none"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "use_cache", "kind": "flag", "value": False},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 17199394,
     "flops": 7495018892,
     "architectures": ["imagegpt"],
     "qualname": "transformers.models.imagegpt.modeling_imagegpt.ImageGPTBlock",
     "path": "h.14",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "ImageGPTConfig", "fields": {"add_cross_attention": False, "attn_pdrop": 0.1, "hidden_size": 512, "layer_norm_epsilon": 1e-05, "max_position_embeddings": 1024, "n_inner": None, "num_attention_heads": 8, "reorder_and_upcast_attn": False, "resid_pdrop": 0.1, "scale_attn_by_inverse_layer_idx": False, "scale_attn_weights": True, "attn_implementation": "eager"}}, "layer_idx": 15},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 512], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "layer_past", "kind": "none"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "none"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "use_cache", "kind": "flag", "value": False},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 17199394,
     "flops": 7495018892,
     "architectures": ["imagegpt"],
     "qualname": "transformers.models.imagegpt.modeling_imagegpt.ImageGPTBlock",
     "path": "h.15",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "ImageGPTConfig", "fields": {"add_cross_attention": False, "attn_pdrop": 0.1, "hidden_size": 512, "layer_norm_epsilon": 1e-05, "max_position_embeddings": 1024, "n_inner": None, "num_attention_heads": 8, "reorder_and_upcast_attn": False, "resid_pdrop": 0.1, "scale_attn_by_inverse_layer_idx": False, "scale_attn_weights": True, "attn_implementation": "eager"}}, "layer_idx": 16},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 512], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "layer_past", "kind": "none"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "none"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "use_cache", "kind": "flag", "value": False},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 17199394,
     "flops": 7495018892,
     "architectures": ["imagegpt"],
     "qualname": "transformers.models.imagegpt.modeling_imagegpt.ImageGPTBlock",
     "path": "h.16",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "ImageGPTConfig", "fields": {"add_cross_attention": False, "attn_pdrop": 0.1, "hidden_size": 512, "layer_norm_epsilon": 1e-05, "max_position_embeddings": 1024, "n_inner": None, "num_attention_heads": 8, "reorder_and_upcast_attn": False, "resid_pdrop": 0.1, "scale_attn_by_inverse_layer_idx": False, "scale_attn_weights": True, "attn_implementation": "eager"}}, "layer_idx": 17},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 512], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "layer_past", "kind": "none"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "none"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "use_cache", "kind": "flag", "value": False},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 17199394,
     "flops": 7495018892,
     "architectures": ["imagegpt"],
     "qualname": "transformers.models.imagegpt.modeling_imagegpt.ImageGPTBlock",
     "path": "h.17",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "ImageGPTConfig", "fields": {"add_cross_attention": False, "attn_pdrop": 0.1, "hidden_size": 512, "layer_norm_epsilon": 1e-05, "max_position_embeddings": 1024, "n_inner": None, "num_attention_heads": 8, "reorder_and_upcast_attn": False, "resid_pdrop": 0.1, "scale_attn_by_inverse_layer_idx": False, "scale_attn_weights": True, "attn_implementation": "eager"}}, "layer_idx": 18},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 512], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "layer_past", "kind": "none"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "none"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "use_cache", "kind": "flag", "value": False},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 17199394,
     "flops": 7495018892,
     "architectures": ["imagegpt"],
     "qualname": "transformers.models.imagegpt.modeling_imagegpt.ImageGPTBlock",
     "path": "h.18",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "ImageGPTConfig", "fields": {"add_cross_attention": False, "attn_pdrop": 0.1, "hidden_size": 512, "layer_norm_epsilon": 1e-05, "max_position_embeddings": 1024, "n_inner": None, "num_attention_heads": 8, "reorder_and_upcast_attn": False, "resid_pdrop": 0.1, "scale_attn_by_inverse_layer_idx": False, "scale_attn_weights": True, "attn_implementation": "eager"}}, "layer_idx": 19},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 512], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "layer_past", "kind": "none"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "none"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "use_cache", "kind": "flag", "value": False},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 17199394,
     "flops": 7495018892,
     "architectures": ["imagegpt"],
     "qualname": "transformers.models.imagegpt.modeling_imagegpt.ImageGPTBlock",
     "path": "h.19",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "ImageGPTConfig", "fields": {"add_cross_attention": False, "attn_pdrop": 0.1, "hidden_size": 512, "layer_norm_epsilon": 1e-05, "max_position_embeddings": 1024, "n_inner": None, "num_attention_heads": 8, "reorder_and_upcast_attn": False, "resid_pdrop": 0.1, "scale_attn_by_inverse_layer_idx": False, "scale_attn_weights": True, "attn_implementation": "eager"}}, "layer_idx": 20},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 512], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "layer_past", "kind": "none"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "none"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "use_cache", "kind": "flag", "value": False},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 17199394,
     "flops": 7495018892,
     "architectures": ["imagegpt"],
     "qualname": "transformers.models.imagegpt.modeling_imagegpt.ImageGPTBlock",
     "path": "h.20",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "ImageGPTConfig", "fields": {"add_cross_attention": False, "attn_pdrop": 0.1, "hidden_size": 512, "layer_norm_epsilon": 1e-05, "max_position_embeddings": 1024, "n_inner": None, "num_attention_heads": 8, "reorder_and_upcast_attn": False, "resid_pdrop": 0.1, "scale_attn_by_inverse_layer_idx": False, "scale_attn_weights": True, "attn_implementation": "eager"}}, "layer_idx": 21},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 512], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "layer_past", "kind": "none"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "none"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "use_cache", "kind": "flag", "value": False},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 17199394,
     "flops": 7495018892,
     "architectures": ["imagegpt"],
     "qualname": "transformers.models.imagegpt.modeling_imagegpt.ImageGPTBlock",
     "path": "h.21",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "ImageGPTConfig", "fields": {"add_cross_attention": False, "attn_pdrop": 0.1, "hidden_size": 512, "layer_norm_epsilon": 1e-05, "max_position_embeddings": 1024, "n_inner": None, "num_attention_heads": 8, "reorder_and_upcast_attn": False, "resid_pdrop": 0.1, "scale_attn_by_inverse_layer_idx": False, "scale_attn_weights": True, "attn_implementation": "eager"}}, "layer_idx": 22},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 512], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "layer_past", "kind": "none"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "none"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "use_cache", "kind": "flag", "value": False},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 17199394,
     "flops": 7495018892,
     "architectures": ["imagegpt"],
     "qualname": "transformers.models.imagegpt.modeling_imagegpt.ImageGPTBlock",
     "path": "h.22",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "ImageGPTConfig", "fields": {"add_cross_attention": False, "attn_pdrop": 0.1, "hidden_size": 512, "layer_norm_epsilon": 1e-05, "max_position_embeddings": 1024, "n_inner": None, "num_attention_heads": 8, "reorder_and_upcast_attn": False, "resid_pdrop": 0.1, "scale_attn_by_inverse_layer_idx": False, "scale_attn_weights": True, "attn_implementation": "eager"}}, "layer_idx": 23},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 512], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "layer_past", "kind": "none"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "none"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "use_cache", "kind": "flag", "value": False},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 17199394,
     "flops": 7495018892,
     "architectures": ["imagegpt"],
     "qualname": "transformers.models.imagegpt.modeling_imagegpt.ImageGPTBlock",
     "path": "h.23",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = []


_CONFIGS = {"ImageGPTConfig": ImageGPTConfig}


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
