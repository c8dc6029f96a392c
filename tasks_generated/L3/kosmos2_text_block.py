"""Attention, a repeated layer: `Kosmos2TextBlock` as transformers runs it, built from L1/layer_norm, L2/kosmos2_text_ffn, L2/kosmos_text_attention (hyper-parameters of layer_norm, sdpa vary per case).

kernel:        91a4372d1a24dde7
level:         3
label:         attention
qualnames:     transformers.models.kosmos2.modeling_kosmos2.Kosmos2TextBlock
transformers:  5.24.0
architectures: kosmos-2
cases:         24 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.cache_utils import Cache
from transformers.models.kosmos2.configuration_kosmos2 import Kosmos2TextConfig
from transformers.models.kosmos2.modeling_kosmos2 import Kosmos2TextBlock


class Model(Kosmos2TextBlock):
    """`Kosmos2TextBlock` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config: Kosmos2TextConfig, layer_idx=None):
        super().__init__(config, layer_idx)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """Attention, a repeated layer: `Kosmos2TextBlock` as transformers runs it, built from L1/layer_norm, L2/kosmos2_text_ffn, L2/kosmos_text_attention (hyper-parameters of layer_norm, sdpa vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        self_attn.k_proj.weight [2048, 2048]
        self_attn.k_proj.bias [2048]
        self_attn.v_proj.weight [2048, 2048]
        self_attn.v_proj.bias [2048]
        self_attn.q_proj.weight [2048, 2048]
        self_attn.q_proj.bias [2048]
        self_attn.out_proj.weight [2048, 2048]
        self_attn.out_proj.bias [2048]
        self_attn.inner_attn_ln.weight [2048]
        self_attn.inner_attn_ln.bias [2048]
        self_attn_layer_norm.weight [2048]
        self_attn_layer_norm.bias [2048]
        ffn.fc1.weight [8192, 2048]
        ffn.fc1.bias [8192]
        ffn.fc2.weight [2048, 8192]
        ffn.fc2.bias [2048]
        ffn.ffn_layernorm.weight [8192]
        ffn.ffn_layernorm.bias [8192]
        final_layer_norm.weight [2048]
        final_layer_norm.bias [2048]
    """

    def __init__(self, config: Kosmos2TextConfig, layer_idx=None):
        super().__init__()
        raise NotImplementedError("write the kernel: attention (Kosmos2TextBlock)")

    def forward(
        self,
        hidden_states: torch.Tensor,
        attention_mask: torch.Tensor | None = None,
        encoder_hidden_states: torch.Tensor | None = None,
        encoder_attention_mask: torch.Tensor | None = None,
        cache: Cache | None = None,
        output_attentions: bool | None = False,
        **kwargs,
    ) -> tuple[torch.Tensor, tuple[torch.Tensor, torch.Tensor] | None]:
        raise NotImplementedError("write the kernel: attention (Kosmos2TextBlock)")


KERNEL = {"id": "91a4372d1a24dde7", "name": "kosmos2_text_block", "level": 3, "label": "attention", "qualname": "transformers.models.kosmos2.modeling_kosmos2.Kosmos2TextBlock", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "Kosmos2TextConfig", "fields": {"activation_dropout": 0.0, "activation_function": "gelu", "add_cross_attention": False, "attention_dropout": 0.1, "attention_heads": 32, "dropout": 0.1, "embed_dim": 2048, "ffn_dim": 8192, "layer_norm_eps": 1e-05, "attn_implementation": "sdpa"}}, "layer_idx": 0},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "encoder_hidden_states", "kind": "none"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "output_attentions", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 110133284,
     "flops": 106765893584,
     "architectures": ["kosmos-2"],
     "qualname": "transformers.models.kosmos2.modeling_kosmos2.Kosmos2TextBlock",
     "path": "text_model.model.layers.0",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Kosmos2TextConfig", "fields": {"add_cross_attention": False, "attention_dropout": 0.1, "attention_heads": 32, "dropout": 0.1, "embed_dim": 2048, "layer_norm_eps": 1e-05, "attn_implementation": "sdpa"}}, "layer_idx": 1},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "encoder_hidden_states", "kind": "none"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "output_attentions", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 110133284,
     "flops": 106765893584,
     "architectures": ["kosmos-2"],
     "qualname": "transformers.models.kosmos2.modeling_kosmos2.Kosmos2TextBlock",
     "path": "text_model.model.layers.1",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Kosmos2TextConfig", "fields": {"add_cross_attention": False, "attention_dropout": 0.1, "attention_heads": 32, "dropout": 0.1, "embed_dim": 2048, "layer_norm_eps": 1e-05, "attn_implementation": "sdpa"}}, "layer_idx": 2},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "encoder_hidden_states", "kind": "none"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "output_attentions", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 110133284,
     "flops": 106765893584,
     "architectures": ["kosmos-2"],
     "qualname": "transformers.models.kosmos2.modeling_kosmos2.Kosmos2TextBlock",
     "path": "text_model.model.layers.2",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Kosmos2TextConfig", "fields": {"add_cross_attention": False, "attention_dropout": 0.1, "attention_heads": 32, "dropout": 0.1, "embed_dim": 2048, "layer_norm_eps": 1e-05, "attn_implementation": "sdpa"}}, "layer_idx": 3},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "encoder_hidden_states", "kind": "none"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "output_attentions", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 110133284,
     "flops": 106765893584,
     "architectures": ["kosmos-2"],
     "qualname": "transformers.models.kosmos2.modeling_kosmos2.Kosmos2TextBlock",
     "path": "text_model.model.layers.3",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Kosmos2TextConfig", "fields": {"add_cross_attention": False, "attention_dropout": 0.1, "attention_heads": 32, "dropout": 0.1, "embed_dim": 2048, "layer_norm_eps": 1e-05, "attn_implementation": "sdpa"}}, "layer_idx": 4},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "encoder_hidden_states", "kind": "none"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "output_attentions", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 110133284,
     "flops": 106765893584,
     "architectures": ["kosmos-2"],
     "qualname": "transformers.models.kosmos2.modeling_kosmos2.Kosmos2TextBlock",
     "path": "text_model.model.layers.4",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Kosmos2TextConfig", "fields": {"add_cross_attention": False, "attention_dropout": 0.1, "attention_heads": 32, "dropout": 0.1, "embed_dim": 2048, "layer_norm_eps": 1e-05, "attn_implementation": "sdpa"}}, "layer_idx": 5},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "encoder_hidden_states", "kind": "none"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "output_attentions", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 110133284,
     "flops": 106765893584,
     "architectures": ["kosmos-2"],
     "qualname": "transformers.models.kosmos2.modeling_kosmos2.Kosmos2TextBlock",
     "path": "text_model.model.layers.5",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Kosmos2TextConfig", "fields": {"add_cross_attention": False, "attention_dropout": 0.1, "attention_heads": 32, "dropout": 0.1, "embed_dim": 2048, "layer_norm_eps": 1e-05, "attn_implementation": "sdpa"}}, "layer_idx": 6},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "encoder_hidden_states", "kind": "none"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "output_attentions", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 110133284,
     "flops": 106765893584,
     "architectures": ["kosmos-2"],
     "qualname": "transformers.models.kosmos2.modeling_kosmos2.Kosmos2TextBlock",
     "path": "text_model.model.layers.6",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Kosmos2TextConfig", "fields": {"add_cross_attention": False, "attention_dropout": 0.1, "attention_heads": 32, "dropout": 0.1, "embed_dim": 2048, "layer_norm_eps": 1e-05, "attn_implementation": "sdpa"}}, "layer_idx": 7},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "encoder_hidden_states", "kind": "none"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "output_attentions", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 110133284,
     "flops": 106765893584,
     "architectures": ["kosmos-2"],
     "qualname": "transformers.models.kosmos2.modeling_kosmos2.Kosmos2TextBlock",
     "path": "text_model.model.layers.7",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Kosmos2TextConfig", "fields": {"add_cross_attention": False, "attention_dropout": 0.1, "attention_heads": 32, "dropout": 0.1, "embed_dim": 2048, "layer_norm_eps": 1e-05, "attn_implementation": "sdpa"}}, "layer_idx": 8},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "encoder_hidden_states", "kind": "none"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "output_attentions", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 110133284,
     "flops": 106765893584,
     "architectures": ["kosmos-2"],
     "qualname": "transformers.models.kosmos2.modeling_kosmos2.Kosmos2TextBlock",
     "path": "text_model.model.layers.8",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Kosmos2TextConfig", "fields": {"add_cross_attention": False, "attention_dropout": 0.1, "attention_heads": 32, "dropout": 0.1, "embed_dim": 2048, "layer_norm_eps": 1e-05, "attn_implementation": "sdpa"}}, "layer_idx": 9},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "encoder_hidden_states", "kind": "none"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "output_attentions", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 110133284,
     "flops": 106765893584,
     "architectures": ["kosmos-2"],
     "qualname": "transformers.models.kosmos2.modeling_kosmos2.Kosmos2TextBlock",
     "path": "text_model.model.layers.9",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Kosmos2TextConfig", "fields": {"add_cross_attention": False, "attention_dropout": 0.1, "attention_heads": 32, "dropout": 0.1, "embed_dim": 2048, "layer_norm_eps": 1e-05, "attn_implementation": "sdpa"}}, "layer_idx": 10},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "encoder_hidden_states", "kind": "none"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "output_attentions", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 110133284,
     "flops": 106765893584,
     "architectures": ["kosmos-2"],
     "qualname": "transformers.models.kosmos2.modeling_kosmos2.Kosmos2TextBlock",
     "path": "text_model.model.layers.10",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Kosmos2TextConfig", "fields": {"add_cross_attention": False, "attention_dropout": 0.1, "attention_heads": 32, "dropout": 0.1, "embed_dim": 2048, "layer_norm_eps": 1e-05, "attn_implementation": "sdpa"}}, "layer_idx": 11},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "encoder_hidden_states", "kind": "none"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "output_attentions", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 110133284,
     "flops": 106765893584,
     "architectures": ["kosmos-2"],
     "qualname": "transformers.models.kosmos2.modeling_kosmos2.Kosmos2TextBlock",
     "path": "text_model.model.layers.11",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Kosmos2TextConfig", "fields": {"add_cross_attention": False, "attention_dropout": 0.1, "attention_heads": 32, "dropout": 0.1, "embed_dim": 2048, "layer_norm_eps": 1e-05, "attn_implementation": "sdpa"}}, "layer_idx": 12},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "encoder_hidden_states", "kind": "none"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "output_attentions", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 110133284,
     "flops": 106765893584,
     "architectures": ["kosmos-2"],
     "qualname": "transformers.models.kosmos2.modeling_kosmos2.Kosmos2TextBlock",
     "path": "text_model.model.layers.12",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Kosmos2TextConfig", "fields": {"add_cross_attention": False, "attention_dropout": 0.1, "attention_heads": 32, "dropout": 0.1, "embed_dim": 2048, "layer_norm_eps": 1e-05, "attn_implementation": "sdpa"}}, "layer_idx": 13},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "encoder_hidden_states", "kind": "none"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "output_attentions", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 110133284,
     "flops": 106765893584,
     "architectures": ["kosmos-2"],
     "qualname": "transformers.models.kosmos2.modeling_kosmos2.Kosmos2TextBlock",
     "path": "text_model.model.layers.13",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Kosmos2TextConfig", "fields": {"add_cross_attention": False, "attention_dropout": 0.1, "attention_heads": 32, "dropout": 0.1, "embed_dim": 2048, "layer_norm_eps": 1e-05, "attn_implementation": "sdpa"}}, "layer_idx": 14},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "encoder_hidden_states", "kind": "none"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "output_attentions", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 110133284,
     "flops": 106765893584,
     "architectures": ["kosmos-2"],
     "qualname": "transformers.models.kosmos2.modeling_kosmos2.Kosmos2TextBlock",
     "path": "text_model.model.layers.14",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Kosmos2TextConfig", "fields": {"add_cross_attention": False, "attention_dropout": 0.1, "attention_heads": 32, "dropout": 0.1, "embed_dim": 2048, "layer_norm_eps": 1e-05, "attn_implementation": "sdpa"}}, "layer_idx": 15},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "encoder_hidden_states", "kind": "none"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "output_attentions", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 110133284,
     "flops": 106765893584,
     "architectures": ["kosmos-2"],
     "qualname": "transformers.models.kosmos2.modeling_kosmos2.Kosmos2TextBlock",
     "path": "text_model.model.layers.15",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Kosmos2TextConfig", "fields": {"add_cross_attention": False, "attention_dropout": 0.1, "attention_heads": 32, "dropout": 0.1, "embed_dim": 2048, "layer_norm_eps": 1e-05, "attn_implementation": "sdpa"}}, "layer_idx": 16},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "encoder_hidden_states", "kind": "none"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "output_attentions", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 110133284,
     "flops": 106765893584,
     "architectures": ["kosmos-2"],
     "qualname": "transformers.models.kosmos2.modeling_kosmos2.Kosmos2TextBlock",
     "path": "text_model.model.layers.16",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Kosmos2TextConfig", "fields": {"add_cross_attention": False, "attention_dropout": 0.1, "attention_heads": 32, "dropout": 0.1, "embed_dim": 2048, "layer_norm_eps": 1e-05, "attn_implementation": "sdpa"}}, "layer_idx": 17},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "encoder_hidden_states", "kind": "none"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "output_attentions", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 110133284,
     "flops": 106765893584,
     "architectures": ["kosmos-2"],
     "qualname": "transformers.models.kosmos2.modeling_kosmos2.Kosmos2TextBlock",
     "path": "text_model.model.layers.17",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Kosmos2TextConfig", "fields": {"add_cross_attention": False, "attention_dropout": 0.1, "attention_heads": 32, "dropout": 0.1, "embed_dim": 2048, "layer_norm_eps": 1e-05, "attn_implementation": "sdpa"}}, "layer_idx": 18},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "encoder_hidden_states", "kind": "none"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "output_attentions", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 110133284,
     "flops": 106765893584,
     "architectures": ["kosmos-2"],
     "qualname": "transformers.models.kosmos2.modeling_kosmos2.Kosmos2TextBlock",
     "path": "text_model.model.layers.18",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Kosmos2TextConfig", "fields": {"add_cross_attention": False, "attention_dropout": 0.1, "attention_heads": 32, "dropout": 0.1, "embed_dim": 2048, "layer_norm_eps": 1e-05, "attn_implementation": "sdpa"}}, "layer_idx": 19},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "encoder_hidden_states", "kind": "none"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "output_attentions", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 110133284,
     "flops": 106765893584,
     "architectures": ["kosmos-2"],
     "qualname": "transformers.models.kosmos2.modeling_kosmos2.Kosmos2TextBlock",
     "path": "text_model.model.layers.19",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Kosmos2TextConfig", "fields": {"add_cross_attention": False, "attention_dropout": 0.1, "attention_heads": 32, "dropout": 0.1, "embed_dim": 2048, "layer_norm_eps": 1e-05, "attn_implementation": "sdpa"}}, "layer_idx": 20},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "encoder_hidden_states", "kind": "none"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "output_attentions", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 110133284,
     "flops": 106765893584,
     "architectures": ["kosmos-2"],
     "qualname": "transformers.models.kosmos2.modeling_kosmos2.Kosmos2TextBlock",
     "path": "text_model.model.layers.20",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Kosmos2TextConfig", "fields": {"add_cross_attention": False, "attention_dropout": 0.1, "attention_heads": 32, "dropout": 0.1, "embed_dim": 2048, "layer_norm_eps": 1e-05, "attn_implementation": "sdpa"}}, "layer_idx": 21},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "encoder_hidden_states", "kind": "none"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "output_attentions", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 110133284,
     "flops": 106765893584,
     "architectures": ["kosmos-2"],
     "qualname": "transformers.models.kosmos2.modeling_kosmos2.Kosmos2TextBlock",
     "path": "text_model.model.layers.21",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Kosmos2TextConfig", "fields": {"add_cross_attention": False, "attention_dropout": 0.1, "attention_heads": 32, "dropout": 0.1, "embed_dim": 2048, "layer_norm_eps": 1e-05, "attn_implementation": "sdpa"}}, "layer_idx": 22},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "encoder_hidden_states", "kind": "none"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "output_attentions", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 110133284,
     "flops": 106765893584,
     "architectures": ["kosmos-2"],
     "qualname": "transformers.models.kosmos2.modeling_kosmos2.Kosmos2TextBlock",
     "path": "text_model.model.layers.22",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Kosmos2TextConfig", "fields": {"add_cross_attention": False, "attention_dropout": 0.1, "attention_heads": 32, "dropout": 0.1, "embed_dim": 2048, "layer_norm_eps": 1e-05, "attn_implementation": "sdpa"}}, "layer_idx": 23},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "bfloat16"},
        {"name": "encoder_hidden_states", "kind": "none"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "output_attentions", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 110133284,
     "flops": 106765893584,
     "architectures": ["kosmos-2"],
     "qualname": "transformers.models.kosmos2.modeling_kosmos2.Kosmos2TextBlock",
     "path": "text_model.model.layers.23",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = []


_CONFIGS = {"Kosmos2TextConfig": Kosmos2TextConfig}


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
