"""Attention, a module built from leaf kernels: `BertAttention` as transformers runs it, built from L2/bert_cross_attention, L2/bert_self_output (hyper-parameters of layer_norm, sdpa vary per case).

kernel:        5014d8fbad723ef2
level:         2
label:         attention
qualnames:     transformers.models.bert.modeling_bert.BertAttention, transformers.models.blip_2.modeling_blip_2.Blip2QFormerAttention
transformers:  5.24.0
architectures: encoder-decoder, granite4_vision, granite_speech, granite_speech_plus, speech-encoder-decoder, vision-encoder-decoder
cases:         36 real cases, default first (the most common that fits in 8 GB); 2 unmapped
"""

import torch
from torch import nn
from transformers.cache_utils import Cache
from transformers.models.bert.configuration_bert import BertConfig
from transformers.models.bert.modeling_bert import BertAttention
from transformers.utils.generic import TransformersKwargs
from typing import Unpack


class Model(BertAttention):
    """`BertAttention` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config, is_causal=False, layer_idx=None, is_cross_attention=False):
        super().__init__(config, is_causal, layer_idx, is_cross_attention)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """Attention, a module built from leaf kernels: `BertAttention` as transformers runs it, built from L2/bert_cross_attention, L2/bert_self_output (hyper-parameters of layer_norm, sdpa vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        self.query.weight [768, 768]
        self.query.bias [768]
        self.key.weight [768, 768]
        self.key.bias [768]
        self.value.weight [768, 768]
        self.value.bias [768]
        output.dense.weight [768, 768]
        output.dense.bias [768]
        output.LayerNorm.weight [768]
        output.LayerNorm.bias [768]
    """

    def __init__(self, config, is_causal=False, layer_idx=None, is_cross_attention=False):
        super().__init__()
        raise NotImplementedError("write the kernel: attention (BertAttention)")

    def forward(
        self,
        hidden_states: torch.Tensor,
        attention_mask: torch.Tensor | None = None,
        encoder_hidden_states: torch.Tensor | None = None,
        encoder_attention_mask: torch.Tensor | None = None,
        cache: Cache | None = None,
        **kwargs: Unpack[TransformersKwargs],
    ) -> tuple[torch.Tensor]:
        raise NotImplementedError("write the kernel: attention (BertAttention)")


KERNEL = {"id": "5014d8fbad723ef2", "name": "bert_attention", "level": 2, "label": "attention", "qualname": "transformers.models.bert.modeling_bert.BertAttention", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "BertConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 768, "num_attention_heads": 12, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 0, "is_cross_attention": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "tensor", "shape": [2, 197, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8460288,
     "flops": 3951137780,
     "architectures": ["vision-encoder-decoder"],
     "qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "path": "decoder.bert.encoder.layer.0.crossattention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BertConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 768, "num_attention_heads": 12, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 1, "is_cross_attention": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "tensor", "shape": [2, 197, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8460288,
     "flops": 3951137780,
     "architectures": ["vision-encoder-decoder"],
     "qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "path": "decoder.bert.encoder.layer.1.crossattention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BertConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 768, "num_attention_heads": 12, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 2, "is_cross_attention": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "tensor", "shape": [2, 197, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8460288,
     "flops": 3951137780,
     "architectures": ["vision-encoder-decoder"],
     "qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "path": "decoder.bert.encoder.layer.2.crossattention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BertConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 768, "num_attention_heads": 12, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 3, "is_cross_attention": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "tensor", "shape": [2, 197, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8460288,
     "flops": 3951137780,
     "architectures": ["vision-encoder-decoder"],
     "qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "path": "decoder.bert.encoder.layer.3.crossattention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BertConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 768, "num_attention_heads": 12, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 4, "is_cross_attention": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "tensor", "shape": [2, 197, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8460288,
     "flops": 3951137780,
     "architectures": ["vision-encoder-decoder"],
     "qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "path": "decoder.bert.encoder.layer.4.crossattention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BertConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 768, "num_attention_heads": 12, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 5, "is_cross_attention": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "tensor", "shape": [2, 197, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8460288,
     "flops": 3951137780,
     "architectures": ["vision-encoder-decoder"],
     "qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "path": "decoder.bert.encoder.layer.5.crossattention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BertConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 768, "num_attention_heads": 12, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 6, "is_cross_attention": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "tensor", "shape": [2, 197, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8460288,
     "flops": 3951137780,
     "architectures": ["vision-encoder-decoder"],
     "qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "path": "decoder.bert.encoder.layer.6.crossattention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BertConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 768, "num_attention_heads": 12, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 7, "is_cross_attention": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "tensor", "shape": [2, 197, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8460288,
     "flops": 3951137780,
     "architectures": ["vision-encoder-decoder"],
     "qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "path": "decoder.bert.encoder.layer.7.crossattention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BertConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 768, "num_attention_heads": 12, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 8, "is_cross_attention": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "tensor", "shape": [2, 197, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8460288,
     "flops": 3951137780,
     "architectures": ["vision-encoder-decoder"],
     "qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "path": "decoder.bert.encoder.layer.8.crossattention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BertConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 768, "num_attention_heads": 12, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 9, "is_cross_attention": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "tensor", "shape": [2, 197, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8460288,
     "flops": 3951137780,
     "architectures": ["vision-encoder-decoder"],
     "qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "path": "decoder.bert.encoder.layer.9.crossattention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BertConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 768, "num_attention_heads": 12, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 10, "is_cross_attention": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "tensor", "shape": [2, 197, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8460288,
     "flops": 3951137780,
     "architectures": ["vision-encoder-decoder"],
     "qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "path": "decoder.bert.encoder.layer.10.crossattention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BertConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 768, "num_attention_heads": 12, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 11, "is_cross_attention": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "tensor", "shape": [2, 197, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8460288,
     "flops": 3951137780,
     "architectures": ["vision-encoder-decoder"],
     "qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "path": "decoder.bert.encoder.layer.11.crossattention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BertConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 768, "num_attention_heads": 12, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 0, "is_cross_attention": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "tensor", "shape": [2, 49, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8005632,
     "flops": 2789491700,
     "architectures": ["speech-encoder-decoder"],
     "qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "path": "decoder.bert.encoder.layer.0.crossattention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BertConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 768, "num_attention_heads": 12, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 1, "is_cross_attention": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "tensor", "shape": [2, 49, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8005632,
     "flops": 2789491700,
     "architectures": ["speech-encoder-decoder"],
     "qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "path": "decoder.bert.encoder.layer.1.crossattention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BertConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 768, "num_attention_heads": 12, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 2, "is_cross_attention": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "tensor", "shape": [2, 49, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8005632,
     "flops": 2789491700,
     "architectures": ["speech-encoder-decoder"],
     "qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "path": "decoder.bert.encoder.layer.2.crossattention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BertConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 768, "num_attention_heads": 12, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 3, "is_cross_attention": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "tensor", "shape": [2, 49, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8005632,
     "flops": 2789491700,
     "architectures": ["speech-encoder-decoder"],
     "qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "path": "decoder.bert.encoder.layer.3.crossattention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BertConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 768, "num_attention_heads": 12, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 4, "is_cross_attention": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "tensor", "shape": [2, 49, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8005632,
     "flops": 2789491700,
     "architectures": ["speech-encoder-decoder"],
     "qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "path": "decoder.bert.encoder.layer.4.crossattention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BertConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 768, "num_attention_heads": 12, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 5, "is_cross_attention": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "tensor", "shape": [2, 49, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8005632,
     "flops": 2789491700,
     "architectures": ["speech-encoder-decoder"],
     "qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "path": "decoder.bert.encoder.layer.5.crossattention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BertConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 768, "num_attention_heads": 12, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 6, "is_cross_attention": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "tensor", "shape": [2, 49, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8005632,
     "flops": 2789491700,
     "architectures": ["speech-encoder-decoder"],
     "qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "path": "decoder.bert.encoder.layer.6.crossattention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BertConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 768, "num_attention_heads": 12, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 7, "is_cross_attention": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "tensor", "shape": [2, 49, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8005632,
     "flops": 2789491700,
     "architectures": ["speech-encoder-decoder"],
     "qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "path": "decoder.bert.encoder.layer.7.crossattention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BertConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 768, "num_attention_heads": 12, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 8, "is_cross_attention": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "tensor", "shape": [2, 49, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8005632,
     "flops": 2789491700,
     "architectures": ["speech-encoder-decoder"],
     "qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "path": "decoder.bert.encoder.layer.8.crossattention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BertConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 768, "num_attention_heads": 12, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 9, "is_cross_attention": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "tensor", "shape": [2, 49, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8005632,
     "flops": 2789491700,
     "architectures": ["speech-encoder-decoder"],
     "qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "path": "decoder.bert.encoder.layer.9.crossattention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BertConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 768, "num_attention_heads": 12, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 10, "is_cross_attention": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "tensor", "shape": [2, 49, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8005632,
     "flops": 2789491700,
     "architectures": ["speech-encoder-decoder"],
     "qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "path": "decoder.bert.encoder.layer.10.crossattention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BertConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 768, "num_attention_heads": 12, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 11, "is_cross_attention": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "tensor", "shape": [2, 49, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8005632,
     "flops": 2789491700,
     "architectures": ["speech-encoder-decoder"],
     "qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "path": "decoder.bert.encoder.layer.11.crossattention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BertConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 768, "num_attention_heads": 12, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 0, "is_cross_attention": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 9418752,
     "flops": 6400013300,
     "architectures": ["encoder-decoder"],
     "qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "path": "decoder.bert.encoder.layer.0.crossattention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BertConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 768, "num_attention_heads": 12, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 1, "is_cross_attention": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 9418752,
     "flops": 6400013300,
     "architectures": ["encoder-decoder"],
     "qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "path": "decoder.bert.encoder.layer.1.crossattention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BertConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 768, "num_attention_heads": 12, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 2, "is_cross_attention": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 9418752,
     "flops": 6400013300,
     "architectures": ["encoder-decoder"],
     "qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "path": "decoder.bert.encoder.layer.2.crossattention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BertConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 768, "num_attention_heads": 12, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 3, "is_cross_attention": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 9418752,
     "flops": 6400013300,
     "architectures": ["encoder-decoder"],
     "qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "path": "decoder.bert.encoder.layer.3.crossattention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BertConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 768, "num_attention_heads": 12, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 4, "is_cross_attention": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 9418752,
     "flops": 6400013300,
     "architectures": ["encoder-decoder"],
     "qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "path": "decoder.bert.encoder.layer.4.crossattention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BertConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 768, "num_attention_heads": 12, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 5, "is_cross_attention": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 9418752,
     "flops": 6400013300,
     "architectures": ["encoder-decoder"],
     "qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "path": "decoder.bert.encoder.layer.5.crossattention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BertConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 768, "num_attention_heads": 12, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 6, "is_cross_attention": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 9418752,
     "flops": 6400013300,
     "architectures": ["encoder-decoder"],
     "qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "path": "decoder.bert.encoder.layer.6.crossattention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BertConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 768, "num_attention_heads": 12, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 7, "is_cross_attention": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 9418752,
     "flops": 6400013300,
     "architectures": ["encoder-decoder"],
     "qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "path": "decoder.bert.encoder.layer.7.crossattention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BertConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 768, "num_attention_heads": 12, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 8, "is_cross_attention": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 9418752,
     "flops": 6400013300,
     "architectures": ["encoder-decoder"],
     "qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "path": "decoder.bert.encoder.layer.8.crossattention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BertConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 768, "num_attention_heads": 12, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 9, "is_cross_attention": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 9418752,
     "flops": 6400013300,
     "architectures": ["encoder-decoder"],
     "qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "path": "decoder.bert.encoder.layer.9.crossattention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BertConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 768, "num_attention_heads": 12, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 10, "is_cross_attention": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 9418752,
     "flops": 6400013300,
     "architectures": ["encoder-decoder"],
     "qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "path": "decoder.bert.encoder.layer.10.crossattention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BertConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_size": 768, "num_attention_heads": 12, "attn_implementation": "sdpa"}}, "is_causal": False, "layer_idx": 11, "is_cross_attention": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "encoder_hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "encoder_attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 9418752,
     "flops": 6400013300,
     "architectures": ["encoder-decoder"],
     "qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "path": "decoder.bert.encoder.layer.11.crossattention",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.blip_2.modeling_blip_2.Blip2QFormerAttention",
     "architectures": ["granite_speech", "granite_speech_plus"],
     "reason": "built by Blip2QFormerAttention from a Blip2QFormerConfig"},
    {"qualname": "transformers.models.blip_2.modeling_blip_2.Blip2QFormerAttention",
     "architectures": ["granite4_vision"],
     "reason": "built by Blip2QFormerAttention from a Blip2QFormerConfig"},
]


_CONFIGS = {"BertConfig": BertConfig}


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
