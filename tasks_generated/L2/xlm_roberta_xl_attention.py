"""Attention, a module built from leaf kernels: `XLMRobertaXLAttention` as transformers runs it, built from L1/layer_norm, L2/blip2_q_former_multi_head_attention, L2/xlm_roberta_xl_output (hyper-parameters of layer_norm, sdpa vary per case).

kernel:        820c857331a91cff
level:         2
label:         attention
qualnames:     transformers.models.xlm_roberta_xl.modeling_xlm_roberta_xl.XLMRobertaXLAttention, transformers.models.roberta_prelayernorm.modeling_roberta_prelayernorm.RobertaPreLayerNormAttention
transformers:  5.24.0
architectures: roberta-prelayernorm, xlm-roberta-xl
cases:         36 real cases, default first (the most common that fits in 8 GB); 12 unmapped
"""

import torch
from torch import nn
from transformers.models.xlm_roberta_xl.configuration_xlm_roberta_xl import XLMRobertaXLConfig
from transformers.models.xlm_roberta_xl.modeling_xlm_roberta_xl import XLMRobertaXLAttention
from transformers.utils.generic import TransformersKwargs
from typing import Unpack


class Model(XLMRobertaXLAttention):
    """`XLMRobertaXLAttention` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config, is_causal=False, layer_idx=None, is_cross_attention=False):
        super().__init__(config, is_causal, layer_idx, is_cross_attention)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """Attention, a module built from leaf kernels: `XLMRobertaXLAttention` as transformers runs it, built from L1/layer_norm, L2/blip2_q_former_multi_head_attention, L2/xlm_roberta_xl_output (hyper-parameters of layer_norm, sdpa vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        self.query.weight [2560, 2560]
        self.query.bias [2560]
        self.key.weight [2560, 2560]
        self.key.bias [2560]
        self.value.weight [2560, 2560]
        self.value.bias [2560]
        output.dense.weight [2560, 2560]
        output.dense.bias [2560]
        self_attn_layer_norm.weight [2560]
        self_attn_layer_norm.bias [2560]
    """

    def __init__(self, config, is_causal=False, layer_idx=None, is_cross_attention=False):
        super().__init__()
        raise NotImplementedError("write the kernel: attention (XLMRobertaXLAttention)")

    def forward(
        self,
        hidden_states: torch.Tensor,
        attention_mask: torch.Tensor | None = None,
        encoder_hidden_states: torch.Tensor | None = None,
        encoder_attention_mask: torch.Tensor | None = None,
        cache: tuple[tuple[torch.Tensor]] | None = None,
        **kwargs: Unpack[TransformersKwargs],
    ) -> tuple[torch.Tensor]:
        raise NotImplementedError("write the kernel: attention (XLMRobertaXLAttention)")


KERNEL = {"id": "820c857331a91cff", "name": "xlm_roberta_xl_attention", "level": 2, "label": "attention", "qualname": "transformers.models.xlm_roberta_xl.modeling_xlm_roberta_xl.XLMRobertaXLAttention", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "XLMRobertaXLConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_dropout_prob": 0.1, "hidden_size": 2560, "is_decoder": False, "layer_norm_eps": 1e-05, "num_attention_heads": 32, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 0, "is_cross_attention": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "default", "value": None},
        {"name": "encoder_attention_mask", "kind": "default", "value": None},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 62883840,
     "flops": 58694135796,
     "architectures": ["xlm-roberta-xl"],
     "qualname": "transformers.models.xlm_roberta_xl.modeling_xlm_roberta_xl.XLMRobertaXLAttention",
     "path": "encoder.layer.0.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "XLMRobertaXLConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 2560, "is_decoder": False, "layer_norm_eps": 1e-05, "num_attention_heads": 32, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 1, "is_cross_attention": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "default", "value": None},
        {"name": "encoder_attention_mask", "kind": "default", "value": None},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 62883840,
     "flops": 58694135796,
     "architectures": ["xlm-roberta-xl"],
     "qualname": "transformers.models.xlm_roberta_xl.modeling_xlm_roberta_xl.XLMRobertaXLAttention",
     "path": "encoder.layer.1.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "XLMRobertaXLConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 2560, "is_decoder": False, "layer_norm_eps": 1e-05, "num_attention_heads": 32, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 2, "is_cross_attention": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "default", "value": None},
        {"name": "encoder_attention_mask", "kind": "default", "value": None},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 62883840,
     "flops": 58694135796,
     "architectures": ["xlm-roberta-xl"],
     "qualname": "transformers.models.xlm_roberta_xl.modeling_xlm_roberta_xl.XLMRobertaXLAttention",
     "path": "encoder.layer.2.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "XLMRobertaXLConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 2560, "is_decoder": False, "layer_norm_eps": 1e-05, "num_attention_heads": 32, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 3, "is_cross_attention": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "default", "value": None},
        {"name": "encoder_attention_mask", "kind": "default", "value": None},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 62883840,
     "flops": 58694135796,
     "architectures": ["xlm-roberta-xl"],
     "qualname": "transformers.models.xlm_roberta_xl.modeling_xlm_roberta_xl.XLMRobertaXLAttention",
     "path": "encoder.layer.3.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "XLMRobertaXLConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 2560, "is_decoder": False, "layer_norm_eps": 1e-05, "num_attention_heads": 32, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 4, "is_cross_attention": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "default", "value": None},
        {"name": "encoder_attention_mask", "kind": "default", "value": None},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 62883840,
     "flops": 58694135796,
     "architectures": ["xlm-roberta-xl"],
     "qualname": "transformers.models.xlm_roberta_xl.modeling_xlm_roberta_xl.XLMRobertaXLAttention",
     "path": "encoder.layer.4.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "XLMRobertaXLConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 2560, "is_decoder": False, "layer_norm_eps": 1e-05, "num_attention_heads": 32, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 5, "is_cross_attention": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "default", "value": None},
        {"name": "encoder_attention_mask", "kind": "default", "value": None},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 62883840,
     "flops": 58694135796,
     "architectures": ["xlm-roberta-xl"],
     "qualname": "transformers.models.xlm_roberta_xl.modeling_xlm_roberta_xl.XLMRobertaXLAttention",
     "path": "encoder.layer.5.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "XLMRobertaXLConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 2560, "is_decoder": False, "layer_norm_eps": 1e-05, "num_attention_heads": 32, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 6, "is_cross_attention": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "default", "value": None},
        {"name": "encoder_attention_mask", "kind": "default", "value": None},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 62883840,
     "flops": 58694135796,
     "architectures": ["xlm-roberta-xl"],
     "qualname": "transformers.models.xlm_roberta_xl.modeling_xlm_roberta_xl.XLMRobertaXLAttention",
     "path": "encoder.layer.6.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "XLMRobertaXLConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 2560, "is_decoder": False, "layer_norm_eps": 1e-05, "num_attention_heads": 32, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 7, "is_cross_attention": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "default", "value": None},
        {"name": "encoder_attention_mask", "kind": "default", "value": None},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 62883840,
     "flops": 58694135796,
     "architectures": ["xlm-roberta-xl"],
     "qualname": "transformers.models.xlm_roberta_xl.modeling_xlm_roberta_xl.XLMRobertaXLAttention",
     "path": "encoder.layer.7.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "XLMRobertaXLConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 2560, "is_decoder": False, "layer_norm_eps": 1e-05, "num_attention_heads": 32, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 8, "is_cross_attention": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "default", "value": None},
        {"name": "encoder_attention_mask", "kind": "default", "value": None},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 62883840,
     "flops": 58694135796,
     "architectures": ["xlm-roberta-xl"],
     "qualname": "transformers.models.xlm_roberta_xl.modeling_xlm_roberta_xl.XLMRobertaXLAttention",
     "path": "encoder.layer.8.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "XLMRobertaXLConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 2560, "is_decoder": False, "layer_norm_eps": 1e-05, "num_attention_heads": 32, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 9, "is_cross_attention": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "default", "value": None},
        {"name": "encoder_attention_mask", "kind": "default", "value": None},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 62883840,
     "flops": 58694135796,
     "architectures": ["xlm-roberta-xl"],
     "qualname": "transformers.models.xlm_roberta_xl.modeling_xlm_roberta_xl.XLMRobertaXLAttention",
     "path": "encoder.layer.9.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "XLMRobertaXLConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 2560, "is_decoder": False, "layer_norm_eps": 1e-05, "num_attention_heads": 32, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 10, "is_cross_attention": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "default", "value": None},
        {"name": "encoder_attention_mask", "kind": "default", "value": None},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 62883840,
     "flops": 58694135796,
     "architectures": ["xlm-roberta-xl"],
     "qualname": "transformers.models.xlm_roberta_xl.modeling_xlm_roberta_xl.XLMRobertaXLAttention",
     "path": "encoder.layer.10.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "XLMRobertaXLConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 2560, "is_decoder": False, "layer_norm_eps": 1e-05, "num_attention_heads": 32, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 11, "is_cross_attention": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "default", "value": None},
        {"name": "encoder_attention_mask", "kind": "default", "value": None},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 62883840,
     "flops": 58694135796,
     "architectures": ["xlm-roberta-xl"],
     "qualname": "transformers.models.xlm_roberta_xl.modeling_xlm_roberta_xl.XLMRobertaXLAttention",
     "path": "encoder.layer.11.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "XLMRobertaXLConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 2560, "is_decoder": False, "layer_norm_eps": 1e-05, "num_attention_heads": 32, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 12, "is_cross_attention": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "default", "value": None},
        {"name": "encoder_attention_mask", "kind": "default", "value": None},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 62883840,
     "flops": 58694135796,
     "architectures": ["xlm-roberta-xl"],
     "qualname": "transformers.models.xlm_roberta_xl.modeling_xlm_roberta_xl.XLMRobertaXLAttention",
     "path": "encoder.layer.12.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "XLMRobertaXLConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 2560, "is_decoder": False, "layer_norm_eps": 1e-05, "num_attention_heads": 32, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 13, "is_cross_attention": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "default", "value": None},
        {"name": "encoder_attention_mask", "kind": "default", "value": None},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 62883840,
     "flops": 58694135796,
     "architectures": ["xlm-roberta-xl"],
     "qualname": "transformers.models.xlm_roberta_xl.modeling_xlm_roberta_xl.XLMRobertaXLAttention",
     "path": "encoder.layer.13.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "XLMRobertaXLConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 2560, "is_decoder": False, "layer_norm_eps": 1e-05, "num_attention_heads": 32, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 14, "is_cross_attention": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "default", "value": None},
        {"name": "encoder_attention_mask", "kind": "default", "value": None},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 62883840,
     "flops": 58694135796,
     "architectures": ["xlm-roberta-xl"],
     "qualname": "transformers.models.xlm_roberta_xl.modeling_xlm_roberta_xl.XLMRobertaXLAttention",
     "path": "encoder.layer.14.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "XLMRobertaXLConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 2560, "is_decoder": False, "layer_norm_eps": 1e-05, "num_attention_heads": 32, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 15, "is_cross_attention": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "default", "value": None},
        {"name": "encoder_attention_mask", "kind": "default", "value": None},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 62883840,
     "flops": 58694135796,
     "architectures": ["xlm-roberta-xl"],
     "qualname": "transformers.models.xlm_roberta_xl.modeling_xlm_roberta_xl.XLMRobertaXLAttention",
     "path": "encoder.layer.15.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "XLMRobertaXLConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 2560, "is_decoder": False, "layer_norm_eps": 1e-05, "num_attention_heads": 32, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 16, "is_cross_attention": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "default", "value": None},
        {"name": "encoder_attention_mask", "kind": "default", "value": None},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 62883840,
     "flops": 58694135796,
     "architectures": ["xlm-roberta-xl"],
     "qualname": "transformers.models.xlm_roberta_xl.modeling_xlm_roberta_xl.XLMRobertaXLAttention",
     "path": "encoder.layer.16.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "XLMRobertaXLConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 2560, "is_decoder": False, "layer_norm_eps": 1e-05, "num_attention_heads": 32, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 17, "is_cross_attention": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "default", "value": None},
        {"name": "encoder_attention_mask", "kind": "default", "value": None},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 62883840,
     "flops": 58694135796,
     "architectures": ["xlm-roberta-xl"],
     "qualname": "transformers.models.xlm_roberta_xl.modeling_xlm_roberta_xl.XLMRobertaXLAttention",
     "path": "encoder.layer.17.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "XLMRobertaXLConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 2560, "is_decoder": False, "layer_norm_eps": 1e-05, "num_attention_heads": 32, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 18, "is_cross_attention": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "default", "value": None},
        {"name": "encoder_attention_mask", "kind": "default", "value": None},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 62883840,
     "flops": 58694135796,
     "architectures": ["xlm-roberta-xl"],
     "qualname": "transformers.models.xlm_roberta_xl.modeling_xlm_roberta_xl.XLMRobertaXLAttention",
     "path": "encoder.layer.18.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "XLMRobertaXLConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 2560, "is_decoder": False, "layer_norm_eps": 1e-05, "num_attention_heads": 32, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 19, "is_cross_attention": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "default", "value": None},
        {"name": "encoder_attention_mask", "kind": "default", "value": None},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 62883840,
     "flops": 58694135796,
     "architectures": ["xlm-roberta-xl"],
     "qualname": "transformers.models.xlm_roberta_xl.modeling_xlm_roberta_xl.XLMRobertaXLAttention",
     "path": "encoder.layer.19.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "XLMRobertaXLConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 2560, "is_decoder": False, "layer_norm_eps": 1e-05, "num_attention_heads": 32, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 20, "is_cross_attention": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "default", "value": None},
        {"name": "encoder_attention_mask", "kind": "default", "value": None},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 62883840,
     "flops": 58694135796,
     "architectures": ["xlm-roberta-xl"],
     "qualname": "transformers.models.xlm_roberta_xl.modeling_xlm_roberta_xl.XLMRobertaXLAttention",
     "path": "encoder.layer.20.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "XLMRobertaXLConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 2560, "is_decoder": False, "layer_norm_eps": 1e-05, "num_attention_heads": 32, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 21, "is_cross_attention": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "default", "value": None},
        {"name": "encoder_attention_mask", "kind": "default", "value": None},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 62883840,
     "flops": 58694135796,
     "architectures": ["xlm-roberta-xl"],
     "qualname": "transformers.models.xlm_roberta_xl.modeling_xlm_roberta_xl.XLMRobertaXLAttention",
     "path": "encoder.layer.21.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "XLMRobertaXLConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 2560, "is_decoder": False, "layer_norm_eps": 1e-05, "num_attention_heads": 32, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 22, "is_cross_attention": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "default", "value": None},
        {"name": "encoder_attention_mask", "kind": "default", "value": None},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 62883840,
     "flops": 58694135796,
     "architectures": ["xlm-roberta-xl"],
     "qualname": "transformers.models.xlm_roberta_xl.modeling_xlm_roberta_xl.XLMRobertaXLAttention",
     "path": "encoder.layer.22.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "XLMRobertaXLConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 2560, "is_decoder": False, "layer_norm_eps": 1e-05, "num_attention_heads": 32, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 23, "is_cross_attention": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "default", "value": None},
        {"name": "encoder_attention_mask", "kind": "default", "value": None},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 62883840,
     "flops": 58694135796,
     "architectures": ["xlm-roberta-xl"],
     "qualname": "transformers.models.xlm_roberta_xl.modeling_xlm_roberta_xl.XLMRobertaXLAttention",
     "path": "encoder.layer.23.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "XLMRobertaXLConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 2560, "is_decoder": False, "layer_norm_eps": 1e-05, "num_attention_heads": 32, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 24, "is_cross_attention": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "default", "value": None},
        {"name": "encoder_attention_mask", "kind": "default", "value": None},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 62883840,
     "flops": 58694135796,
     "architectures": ["xlm-roberta-xl"],
     "qualname": "transformers.models.xlm_roberta_xl.modeling_xlm_roberta_xl.XLMRobertaXLAttention",
     "path": "encoder.layer.24.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "XLMRobertaXLConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 2560, "is_decoder": False, "layer_norm_eps": 1e-05, "num_attention_heads": 32, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 25, "is_cross_attention": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "default", "value": None},
        {"name": "encoder_attention_mask", "kind": "default", "value": None},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 62883840,
     "flops": 58694135796,
     "architectures": ["xlm-roberta-xl"],
     "qualname": "transformers.models.xlm_roberta_xl.modeling_xlm_roberta_xl.XLMRobertaXLAttention",
     "path": "encoder.layer.25.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "XLMRobertaXLConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 2560, "is_decoder": False, "layer_norm_eps": 1e-05, "num_attention_heads": 32, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 26, "is_cross_attention": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "default", "value": None},
        {"name": "encoder_attention_mask", "kind": "default", "value": None},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 62883840,
     "flops": 58694135796,
     "architectures": ["xlm-roberta-xl"],
     "qualname": "transformers.models.xlm_roberta_xl.modeling_xlm_roberta_xl.XLMRobertaXLAttention",
     "path": "encoder.layer.26.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "XLMRobertaXLConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 2560, "is_decoder": False, "layer_norm_eps": 1e-05, "num_attention_heads": 32, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 27, "is_cross_attention": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "default", "value": None},
        {"name": "encoder_attention_mask", "kind": "default", "value": None},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 62883840,
     "flops": 58694135796,
     "architectures": ["xlm-roberta-xl"],
     "qualname": "transformers.models.xlm_roberta_xl.modeling_xlm_roberta_xl.XLMRobertaXLAttention",
     "path": "encoder.layer.27.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "XLMRobertaXLConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 2560, "is_decoder": False, "layer_norm_eps": 1e-05, "num_attention_heads": 32, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 28, "is_cross_attention": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "default", "value": None},
        {"name": "encoder_attention_mask", "kind": "default", "value": None},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 62883840,
     "flops": 58694135796,
     "architectures": ["xlm-roberta-xl"],
     "qualname": "transformers.models.xlm_roberta_xl.modeling_xlm_roberta_xl.XLMRobertaXLAttention",
     "path": "encoder.layer.28.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "XLMRobertaXLConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 2560, "is_decoder": False, "layer_norm_eps": 1e-05, "num_attention_heads": 32, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 29, "is_cross_attention": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "default", "value": None},
        {"name": "encoder_attention_mask", "kind": "default", "value": None},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 62883840,
     "flops": 58694135796,
     "architectures": ["xlm-roberta-xl"],
     "qualname": "transformers.models.xlm_roberta_xl.modeling_xlm_roberta_xl.XLMRobertaXLAttention",
     "path": "encoder.layer.29.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "XLMRobertaXLConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 2560, "is_decoder": False, "layer_norm_eps": 1e-05, "num_attention_heads": 32, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 30, "is_cross_attention": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "default", "value": None},
        {"name": "encoder_attention_mask", "kind": "default", "value": None},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 62883840,
     "flops": 58694135796,
     "architectures": ["xlm-roberta-xl"],
     "qualname": "transformers.models.xlm_roberta_xl.modeling_xlm_roberta_xl.XLMRobertaXLAttention",
     "path": "encoder.layer.30.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "XLMRobertaXLConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 2560, "is_decoder": False, "layer_norm_eps": 1e-05, "num_attention_heads": 32, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 31, "is_cross_attention": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "default", "value": None},
        {"name": "encoder_attention_mask", "kind": "default", "value": None},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 62883840,
     "flops": 58694135796,
     "architectures": ["xlm-roberta-xl"],
     "qualname": "transformers.models.xlm_roberta_xl.modeling_xlm_roberta_xl.XLMRobertaXLAttention",
     "path": "encoder.layer.31.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "XLMRobertaXLConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 2560, "is_decoder": False, "layer_norm_eps": 1e-05, "num_attention_heads": 32, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 32, "is_cross_attention": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "default", "value": None},
        {"name": "encoder_attention_mask", "kind": "default", "value": None},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 62883840,
     "flops": 58694135796,
     "architectures": ["xlm-roberta-xl"],
     "qualname": "transformers.models.xlm_roberta_xl.modeling_xlm_roberta_xl.XLMRobertaXLAttention",
     "path": "encoder.layer.32.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "XLMRobertaXLConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 2560, "is_decoder": False, "layer_norm_eps": 1e-05, "num_attention_heads": 32, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 33, "is_cross_attention": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "default", "value": None},
        {"name": "encoder_attention_mask", "kind": "default", "value": None},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 62883840,
     "flops": 58694135796,
     "architectures": ["xlm-roberta-xl"],
     "qualname": "transformers.models.xlm_roberta_xl.modeling_xlm_roberta_xl.XLMRobertaXLAttention",
     "path": "encoder.layer.33.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "XLMRobertaXLConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 2560, "is_decoder": False, "layer_norm_eps": 1e-05, "num_attention_heads": 32, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 34, "is_cross_attention": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "default", "value": None},
        {"name": "encoder_attention_mask", "kind": "default", "value": None},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 62883840,
     "flops": 58694135796,
     "architectures": ["xlm-roberta-xl"],
     "qualname": "transformers.models.xlm_roberta_xl.modeling_xlm_roberta_xl.XLMRobertaXLAttention",
     "path": "encoder.layer.34.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "XLMRobertaXLConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 2560, "is_decoder": False, "layer_norm_eps": 1e-05, "num_attention_heads": 32, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 35, "is_cross_attention": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "default", "value": None},
        {"name": "encoder_attention_mask", "kind": "default", "value": None},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 62883840,
     "flops": 58694135796,
     "architectures": ["xlm-roberta-xl"],
     "qualname": "transformers.models.xlm_roberta_xl.modeling_xlm_roberta_xl.XLMRobertaXLAttention",
     "path": "encoder.layer.35.attention",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.roberta_prelayernorm.modeling_roberta_prelayernorm.RobertaPreLayerNormAttention",
     "architectures": ["roberta-prelayernorm"],
     "reason": "built by RobertaPreLayerNormAttention from a RobertaPreLayerNormConfig"},
    {"qualname": "transformers.models.roberta_prelayernorm.modeling_roberta_prelayernorm.RobertaPreLayerNormAttention",
     "architectures": ["roberta-prelayernorm"],
     "reason": "built by RobertaPreLayerNormAttention from a RobertaPreLayerNormConfig"},
    {"qualname": "transformers.models.roberta_prelayernorm.modeling_roberta_prelayernorm.RobertaPreLayerNormAttention",
     "architectures": ["roberta-prelayernorm"],
     "reason": "built by RobertaPreLayerNormAttention from a RobertaPreLayerNormConfig"},
    {"qualname": "transformers.models.roberta_prelayernorm.modeling_roberta_prelayernorm.RobertaPreLayerNormAttention",
     "architectures": ["roberta-prelayernorm"],
     "reason": "built by RobertaPreLayerNormAttention from a RobertaPreLayerNormConfig"},
    {"qualname": "transformers.models.roberta_prelayernorm.modeling_roberta_prelayernorm.RobertaPreLayerNormAttention",
     "architectures": ["roberta-prelayernorm"],
     "reason": "built by RobertaPreLayerNormAttention from a RobertaPreLayerNormConfig"},
    {"qualname": "transformers.models.roberta_prelayernorm.modeling_roberta_prelayernorm.RobertaPreLayerNormAttention",
     "architectures": ["roberta-prelayernorm"],
     "reason": "built by RobertaPreLayerNormAttention from a RobertaPreLayerNormConfig"},
    {"qualname": "transformers.models.roberta_prelayernorm.modeling_roberta_prelayernorm.RobertaPreLayerNormAttention",
     "architectures": ["roberta-prelayernorm"],
     "reason": "built by RobertaPreLayerNormAttention from a RobertaPreLayerNormConfig"},
    {"qualname": "transformers.models.roberta_prelayernorm.modeling_roberta_prelayernorm.RobertaPreLayerNormAttention",
     "architectures": ["roberta-prelayernorm"],
     "reason": "built by RobertaPreLayerNormAttention from a RobertaPreLayerNormConfig"},
    {"qualname": "transformers.models.roberta_prelayernorm.modeling_roberta_prelayernorm.RobertaPreLayerNormAttention",
     "architectures": ["roberta-prelayernorm"],
     "reason": "built by RobertaPreLayerNormAttention from a RobertaPreLayerNormConfig"},
    {"qualname": "transformers.models.roberta_prelayernorm.modeling_roberta_prelayernorm.RobertaPreLayerNormAttention",
     "architectures": ["roberta-prelayernorm"],
     "reason": "built by RobertaPreLayerNormAttention from a RobertaPreLayerNormConfig"},
    {"qualname": "transformers.models.roberta_prelayernorm.modeling_roberta_prelayernorm.RobertaPreLayerNormAttention",
     "architectures": ["roberta-prelayernorm"],
     "reason": "built by RobertaPreLayerNormAttention from a RobertaPreLayerNormConfig"},
    {"qualname": "transformers.models.roberta_prelayernorm.modeling_roberta_prelayernorm.RobertaPreLayerNormAttention",
     "architectures": ["roberta-prelayernorm"],
     "reason": "built by RobertaPreLayerNormAttention from a RobertaPreLayerNormConfig"},
]


_CONFIGS = {"XLMRobertaXLConfig": XLMRobertaXLConfig}


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
