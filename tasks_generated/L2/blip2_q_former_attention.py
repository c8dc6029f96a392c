"""Attention, a module built from leaf kernels: `Blip2QFormerAttention` as transformers runs it, built from L2/bert_self_output, L2/blip2_q_former_multi_head_attention (hyper-parameters of layer_norm, sdpa vary per case).

kernel:        fe41d9d3085e4f27
level:         2
label:         attention
qualnames:     transformers.models.blip_2.modeling_blip_2.Blip2QFormerAttention, transformers.models.bert.modeling_bert.BertAttention, transformers.models.altclip.modeling_altclip.AltRobertaAttention, transformers.models.bert_generation.modeling_bert_generation.BertGenerationAttention, transformers.models.camembert.modeling_camembert.CamembertAttention, transformers.models.chinese_clip.modeling_chinese_clip.ChineseCLIPTextAttention, transformers.models.data2vec.modeling_data2vec_text.Data2VecTextAttention, transformers.models.electra.modeling_electra.ElectraAttention, transformers.models.ernie.modeling_ernie.ErnieAttention, transformers.models.roberta.modeling_roberta.RobertaAttention, transformers.models.roc_bert.modeling_roc_bert.RoCBertAttention, transformers.models.xlm_roberta.modeling_xlm_roberta.XLMRobertaAttention
transformers:  5.24.0
architectures: altclip, bert, bert-generation, blip-2, camembert, chinese_clip, data2vec-text, electra, encoder-decoder, ernie, granite4_vision, granite_speech, granite_speech_plus, roberta, roc_bert, vision-text-dual-encoder, xlm-roberta
cases:         4 real cases, default first (the most common that fits in 8 GB); 134 unmapped
"""

import torch
from torch import nn
from transformers.models.blip_2.configuration_blip_2 import Blip2QFormerConfig
from transformers.models.blip_2.modeling_blip_2 import Blip2QFormerAttention
from transformers.utils.generic import TransformersKwargs
from typing import Unpack


class Model(Blip2QFormerAttention):
    """`Blip2QFormerAttention` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config, is_cross_attention=False):
        super().__init__(config, is_cross_attention)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """Attention, a module built from leaf kernels: `Blip2QFormerAttention` as transformers runs it, built from L2/bert_self_output, L2/blip2_q_former_multi_head_attention (hyper-parameters of layer_norm, sdpa vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        attention.query.weight [768, 768]
        attention.query.bias [768]
        attention.key.weight [768, 768]
        attention.key.bias [768]
        attention.value.weight [768, 768]
        attention.value.bias [768]
        output.dense.weight [768, 768]
        output.dense.bias [768]
        output.LayerNorm.weight [768]
        output.LayerNorm.bias [768]
    """

    def __init__(self, config, is_cross_attention=False):
        super().__init__()
        raise NotImplementedError("write the kernel: attention (Blip2QFormerAttention)")

    def forward(
        self,
        hidden_states: torch.Tensor,
        attention_mask: torch.Tensor | None = None,
        encoder_hidden_states: torch.Tensor | None = None,
        encoder_attention_mask: torch.Tensor | None = None,
        **kwargs: Unpack[TransformersKwargs],
    ) -> torch.Tensor:
        raise NotImplementedError("write the kernel: attention (Blip2QFormerAttention)")


KERNEL = {"id": "fe41d9d3085e4f27", "name": "blip2_q_former_attention", "level": 2, "label": "attention", "qualname": "transformers.models.blip_2.modeling_blip_2.Blip2QFormerAttention", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "Blip2QFormerConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_dropout_prob": 0.1, "hidden_size": 768, "layer_norm_eps": 1e-12, "num_attention_heads": 12, "attn_implementation": "sdpa"}}, "is_cross_attention": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [68, 3, 768], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {},
     "bytes": 5354496,
     "flops": 965413272,
     "architectures": ["granite_speech", "granite_speech_plus"],
     "qualname": "transformers.models.blip_2.modeling_blip_2.Blip2QFormerAttention",
     "path": "projector.qformer.encoder.layer.1.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Blip2QFormerConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_dropout_prob": 0.1, "hidden_size": 768, "layer_norm_eps": 1e-12, "num_attention_heads": 12, "attn_implementation": "sdpa"}}, "is_cross_attention": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [1, 3, 768], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {},
     "bytes": 4737024,
     "flops": 14197254,
     "architectures": ["granite_speech", "granite_speech_plus"],
     "qualname": "transformers.models.blip_2.modeling_blip_2.Blip2QFormerAttention",
     "path": "projector.qformer.encoder.layer.0.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Blip2QFormerConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_dropout_prob": 0.1, "hidden_size": 768, "layer_norm_eps": 1e-12, "num_attention_heads": 12, "attn_implementation": "sdpa"}}, "is_cross_attention": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 32, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 4924416,
     "flops": 308576384,
     "architectures": ["blip-2"],
     "qualname": "transformers.models.blip_2.modeling_blip_2.Blip2QFormerAttention",
     "path": "qformer.encoder.layer.0.attention",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Blip2QFormerConfig", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_dropout_prob": 0.1, "hidden_size": 1152, "layer_norm_eps": 1e-12, "num_attention_heads": 18, "attn_implementation": "sdpa"}}, "is_cross_attention": False},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [36, 16, 1152], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {},
     "bytes": 13284864,
     "flops": 6161745024,
     "architectures": ["granite4_vision"],
     "qualname": "transformers.models.blip_2.modeling_blip_2.Blip2QFormerAttention",
     "path": "layerwise_projectors.0.qformer.encoder.layer.0.attention",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "architectures": ["bert", "encoder-decoder"],
     "reason": "built by BertAttention from a BertConfig"},
    {"qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "architectures": ["bert", "encoder-decoder"],
     "reason": "built by BertAttention from a BertConfig"},
    {"qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "architectures": ["bert", "encoder-decoder"],
     "reason": "built by BertAttention from a BertConfig"},
    {"qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "architectures": ["bert", "encoder-decoder"],
     "reason": "built by BertAttention from a BertConfig"},
    {"qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "architectures": ["bert", "encoder-decoder"],
     "reason": "built by BertAttention from a BertConfig"},
    {"qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "architectures": ["bert", "encoder-decoder"],
     "reason": "built by BertAttention from a BertConfig"},
    {"qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "architectures": ["bert", "encoder-decoder"],
     "reason": "built by BertAttention from a BertConfig"},
    {"qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "architectures": ["bert", "encoder-decoder"],
     "reason": "built by BertAttention from a BertConfig"},
    {"qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "architectures": ["bert", "encoder-decoder"],
     "reason": "built by BertAttention from a BertConfig"},
    {"qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "architectures": ["bert", "encoder-decoder"],
     "reason": "built by BertAttention from a BertConfig"},
    {"qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "architectures": ["bert", "encoder-decoder"],
     "reason": "built by BertAttention from a BertConfig"},
    {"qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "architectures": ["bert", "encoder-decoder"],
     "reason": "built by BertAttention from a BertConfig"},
    {"qualname": "transformers.models.altclip.modeling_altclip.AltRobertaAttention",
     "architectures": ["altclip"],
     "reason": "built by AltRobertaAttention from a AltCLIPTextConfig"},
    {"qualname": "transformers.models.chinese_clip.modeling_chinese_clip.ChineseCLIPTextAttention",
     "architectures": ["chinese_clip"],
     "reason": "built by ChineseCLIPTextAttention from a ChineseCLIPTextConfig"},
    {"qualname": "transformers.models.bert_generation.modeling_bert_generation.BertGenerationAttention",
     "architectures": ["bert-generation"],
     "reason": "built by BertGenerationAttention from a BertGenerationConfig"},
    {"qualname": "transformers.models.bert_generation.modeling_bert_generation.BertGenerationAttention",
     "architectures": ["bert-generation"],
     "reason": "built by BertGenerationAttention from a BertGenerationConfig"},
    {"qualname": "transformers.models.bert_generation.modeling_bert_generation.BertGenerationAttention",
     "architectures": ["bert-generation"],
     "reason": "built by BertGenerationAttention from a BertGenerationConfig"},
    {"qualname": "transformers.models.bert_generation.modeling_bert_generation.BertGenerationAttention",
     "architectures": ["bert-generation"],
     "reason": "built by BertGenerationAttention from a BertGenerationConfig"},
    {"qualname": "transformers.models.bert_generation.modeling_bert_generation.BertGenerationAttention",
     "architectures": ["bert-generation"],
     "reason": "built by BertGenerationAttention from a BertGenerationConfig"},
    {"qualname": "transformers.models.bert_generation.modeling_bert_generation.BertGenerationAttention",
     "architectures": ["bert-generation"],
     "reason": "built by BertGenerationAttention from a BertGenerationConfig"},
    {"qualname": "transformers.models.bert_generation.modeling_bert_generation.BertGenerationAttention",
     "architectures": ["bert-generation"],
     "reason": "built by BertGenerationAttention from a BertGenerationConfig"},
    {"qualname": "transformers.models.bert_generation.modeling_bert_generation.BertGenerationAttention",
     "architectures": ["bert-generation"],
     "reason": "built by BertGenerationAttention from a BertGenerationConfig"},
    {"qualname": "transformers.models.bert_generation.modeling_bert_generation.BertGenerationAttention",
     "architectures": ["bert-generation"],
     "reason": "built by BertGenerationAttention from a BertGenerationConfig"},
    {"qualname": "transformers.models.bert_generation.modeling_bert_generation.BertGenerationAttention",
     "architectures": ["bert-generation"],
     "reason": "built by BertGenerationAttention from a BertGenerationConfig"},
    {"qualname": "transformers.models.bert_generation.modeling_bert_generation.BertGenerationAttention",
     "architectures": ["bert-generation"],
     "reason": "built by BertGenerationAttention from a BertGenerationConfig"},
    {"qualname": "transformers.models.bert_generation.modeling_bert_generation.BertGenerationAttention",
     "architectures": ["bert-generation"],
     "reason": "built by BertGenerationAttention from a BertGenerationConfig"},
    {"qualname": "transformers.models.bert_generation.modeling_bert_generation.BertGenerationAttention",
     "architectures": ["bert-generation"],
     "reason": "built by BertGenerationAttention from a BertGenerationConfig"},
    {"qualname": "transformers.models.bert_generation.modeling_bert_generation.BertGenerationAttention",
     "architectures": ["bert-generation"],
     "reason": "built by BertGenerationAttention from a BertGenerationConfig"},
    {"qualname": "transformers.models.bert_generation.modeling_bert_generation.BertGenerationAttention",
     "architectures": ["bert-generation"],
     "reason": "built by BertGenerationAttention from a BertGenerationConfig"},
    {"qualname": "transformers.models.bert_generation.modeling_bert_generation.BertGenerationAttention",
     "architectures": ["bert-generation"],
     "reason": "built by BertGenerationAttention from a BertGenerationConfig"},
    {"qualname": "transformers.models.bert_generation.modeling_bert_generation.BertGenerationAttention",
     "architectures": ["bert-generation"],
     "reason": "built by BertGenerationAttention from a BertGenerationConfig"},
    {"qualname": "transformers.models.bert_generation.modeling_bert_generation.BertGenerationAttention",
     "architectures": ["bert-generation"],
     "reason": "built by BertGenerationAttention from a BertGenerationConfig"},
    {"qualname": "transformers.models.bert_generation.modeling_bert_generation.BertGenerationAttention",
     "architectures": ["bert-generation"],
     "reason": "built by BertGenerationAttention from a BertGenerationConfig"},
    {"qualname": "transformers.models.bert_generation.modeling_bert_generation.BertGenerationAttention",
     "architectures": ["bert-generation"],
     "reason": "built by BertGenerationAttention from a BertGenerationConfig"},
    {"qualname": "transformers.models.bert_generation.modeling_bert_generation.BertGenerationAttention",
     "architectures": ["bert-generation"],
     "reason": "built by BertGenerationAttention from a BertGenerationConfig"},
    {"qualname": "transformers.models.bert_generation.modeling_bert_generation.BertGenerationAttention",
     "architectures": ["bert-generation"],
     "reason": "built by BertGenerationAttention from a BertGenerationConfig"},
    {"qualname": "transformers.models.bert_generation.modeling_bert_generation.BertGenerationAttention",
     "architectures": ["bert-generation"],
     "reason": "built by BertGenerationAttention from a BertGenerationConfig"},
    {"qualname": "transformers.models.bert_generation.modeling_bert_generation.BertGenerationAttention",
     "architectures": ["bert-generation"],
     "reason": "built by BertGenerationAttention from a BertGenerationConfig"},
    {"qualname": "transformers.models.electra.modeling_electra.ElectraAttention",
     "architectures": ["electra"],
     "reason": "built by ElectraAttention from a ElectraConfig"},
    {"qualname": "transformers.models.electra.modeling_electra.ElectraAttention",
     "architectures": ["electra"],
     "reason": "built by ElectraAttention from a ElectraConfig"},
    {"qualname": "transformers.models.electra.modeling_electra.ElectraAttention",
     "architectures": ["electra"],
     "reason": "built by ElectraAttention from a ElectraConfig"},
    {"qualname": "transformers.models.electra.modeling_electra.ElectraAttention",
     "architectures": ["electra"],
     "reason": "built by ElectraAttention from a ElectraConfig"},
    {"qualname": "transformers.models.electra.modeling_electra.ElectraAttention",
     "architectures": ["electra"],
     "reason": "built by ElectraAttention from a ElectraConfig"},
    {"qualname": "transformers.models.electra.modeling_electra.ElectraAttention",
     "architectures": ["electra"],
     "reason": "built by ElectraAttention from a ElectraConfig"},
    {"qualname": "transformers.models.electra.modeling_electra.ElectraAttention",
     "architectures": ["electra"],
     "reason": "built by ElectraAttention from a ElectraConfig"},
    {"qualname": "transformers.models.electra.modeling_electra.ElectraAttention",
     "architectures": ["electra"],
     "reason": "built by ElectraAttention from a ElectraConfig"},
    {"qualname": "transformers.models.electra.modeling_electra.ElectraAttention",
     "architectures": ["electra"],
     "reason": "built by ElectraAttention from a ElectraConfig"},
    {"qualname": "transformers.models.electra.modeling_electra.ElectraAttention",
     "architectures": ["electra"],
     "reason": "built by ElectraAttention from a ElectraConfig"},
    {"qualname": "transformers.models.electra.modeling_electra.ElectraAttention",
     "architectures": ["electra"],
     "reason": "built by ElectraAttention from a ElectraConfig"},
    {"qualname": "transformers.models.electra.modeling_electra.ElectraAttention",
     "architectures": ["electra"],
     "reason": "built by ElectraAttention from a ElectraConfig"},
    {"qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "architectures": ["vision-text-dual-encoder"],
     "reason": "built by BertAttention from a BertConfig"},
    {"qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "architectures": ["vision-text-dual-encoder"],
     "reason": "built by BertAttention from a BertConfig"},
    {"qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "architectures": ["vision-text-dual-encoder"],
     "reason": "built by BertAttention from a BertConfig"},
    {"qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "architectures": ["vision-text-dual-encoder"],
     "reason": "built by BertAttention from a BertConfig"},
    {"qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "architectures": ["vision-text-dual-encoder"],
     "reason": "built by BertAttention from a BertConfig"},
    {"qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "architectures": ["vision-text-dual-encoder"],
     "reason": "built by BertAttention from a BertConfig"},
    {"qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "architectures": ["vision-text-dual-encoder"],
     "reason": "built by BertAttention from a BertConfig"},
    {"qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "architectures": ["vision-text-dual-encoder"],
     "reason": "built by BertAttention from a BertConfig"},
    {"qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "architectures": ["vision-text-dual-encoder"],
     "reason": "built by BertAttention from a BertConfig"},
    {"qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "architectures": ["vision-text-dual-encoder"],
     "reason": "built by BertAttention from a BertConfig"},
    {"qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "architectures": ["vision-text-dual-encoder"],
     "reason": "built by BertAttention from a BertConfig"},
    {"qualname": "transformers.models.bert.modeling_bert.BertAttention",
     "architectures": ["vision-text-dual-encoder"],
     "reason": "built by BertAttention from a BertConfig"},
    {"qualname": "transformers.models.camembert.modeling_camembert.CamembertAttention",
     "architectures": ["camembert"],
     "reason": "built by CamembertAttention from a CamembertConfig"},
    {"qualname": "transformers.models.camembert.modeling_camembert.CamembertAttention",
     "architectures": ["camembert"],
     "reason": "built by CamembertAttention from a CamembertConfig"},
    {"qualname": "transformers.models.camembert.modeling_camembert.CamembertAttention",
     "architectures": ["camembert"],
     "reason": "built by CamembertAttention from a CamembertConfig"},
    {"qualname": "transformers.models.camembert.modeling_camembert.CamembertAttention",
     "architectures": ["camembert"],
     "reason": "built by CamembertAttention from a CamembertConfig"},
    {"qualname": "transformers.models.camembert.modeling_camembert.CamembertAttention",
     "architectures": ["camembert"],
     "reason": "built by CamembertAttention from a CamembertConfig"},
    {"qualname": "transformers.models.camembert.modeling_camembert.CamembertAttention",
     "architectures": ["camembert"],
     "reason": "built by CamembertAttention from a CamembertConfig"},
    {"qualname": "transformers.models.camembert.modeling_camembert.CamembertAttention",
     "architectures": ["camembert"],
     "reason": "built by CamembertAttention from a CamembertConfig"},
    {"qualname": "transformers.models.camembert.modeling_camembert.CamembertAttention",
     "architectures": ["camembert"],
     "reason": "built by CamembertAttention from a CamembertConfig"},
    {"qualname": "transformers.models.camembert.modeling_camembert.CamembertAttention",
     "architectures": ["camembert"],
     "reason": "built by CamembertAttention from a CamembertConfig"},
    {"qualname": "transformers.models.camembert.modeling_camembert.CamembertAttention",
     "architectures": ["camembert"],
     "reason": "built by CamembertAttention from a CamembertConfig"},
    {"qualname": "transformers.models.camembert.modeling_camembert.CamembertAttention",
     "architectures": ["camembert"],
     "reason": "built by CamembertAttention from a CamembertConfig"},
    {"qualname": "transformers.models.camembert.modeling_camembert.CamembertAttention",
     "architectures": ["camembert"],
     "reason": "built by CamembertAttention from a CamembertConfig"},
    {"qualname": "transformers.models.data2vec.modeling_data2vec_text.Data2VecTextAttention",
     "architectures": ["data2vec-text"],
     "reason": "built by Data2VecTextAttention from a Data2VecTextConfig"},
    {"qualname": "transformers.models.data2vec.modeling_data2vec_text.Data2VecTextAttention",
     "architectures": ["data2vec-text"],
     "reason": "built by Data2VecTextAttention from a Data2VecTextConfig"},
    {"qualname": "transformers.models.data2vec.modeling_data2vec_text.Data2VecTextAttention",
     "architectures": ["data2vec-text"],
     "reason": "built by Data2VecTextAttention from a Data2VecTextConfig"},
    {"qualname": "transformers.models.data2vec.modeling_data2vec_text.Data2VecTextAttention",
     "architectures": ["data2vec-text"],
     "reason": "built by Data2VecTextAttention from a Data2VecTextConfig"},
    {"qualname": "transformers.models.data2vec.modeling_data2vec_text.Data2VecTextAttention",
     "architectures": ["data2vec-text"],
     "reason": "built by Data2VecTextAttention from a Data2VecTextConfig"},
    {"qualname": "transformers.models.data2vec.modeling_data2vec_text.Data2VecTextAttention",
     "architectures": ["data2vec-text"],
     "reason": "built by Data2VecTextAttention from a Data2VecTextConfig"},
    {"qualname": "transformers.models.data2vec.modeling_data2vec_text.Data2VecTextAttention",
     "architectures": ["data2vec-text"],
     "reason": "built by Data2VecTextAttention from a Data2VecTextConfig"},
    {"qualname": "transformers.models.data2vec.modeling_data2vec_text.Data2VecTextAttention",
     "architectures": ["data2vec-text"],
     "reason": "built by Data2VecTextAttention from a Data2VecTextConfig"},
    {"qualname": "transformers.models.data2vec.modeling_data2vec_text.Data2VecTextAttention",
     "architectures": ["data2vec-text"],
     "reason": "built by Data2VecTextAttention from a Data2VecTextConfig"},
    {"qualname": "transformers.models.data2vec.modeling_data2vec_text.Data2VecTextAttention",
     "architectures": ["data2vec-text"],
     "reason": "built by Data2VecTextAttention from a Data2VecTextConfig"},
    {"qualname": "transformers.models.data2vec.modeling_data2vec_text.Data2VecTextAttention",
     "architectures": ["data2vec-text"],
     "reason": "built by Data2VecTextAttention from a Data2VecTextConfig"},
    {"qualname": "transformers.models.data2vec.modeling_data2vec_text.Data2VecTextAttention",
     "architectures": ["data2vec-text"],
     "reason": "built by Data2VecTextAttention from a Data2VecTextConfig"},
    {"qualname": "transformers.models.ernie.modeling_ernie.ErnieAttention",
     "architectures": ["ernie"],
     "reason": "built by ErnieAttention from a ErnieConfig"},
    {"qualname": "transformers.models.ernie.modeling_ernie.ErnieAttention",
     "architectures": ["ernie"],
     "reason": "built by ErnieAttention from a ErnieConfig"},
    {"qualname": "transformers.models.ernie.modeling_ernie.ErnieAttention",
     "architectures": ["ernie"],
     "reason": "built by ErnieAttention from a ErnieConfig"},
    {"qualname": "transformers.models.ernie.modeling_ernie.ErnieAttention",
     "architectures": ["ernie"],
     "reason": "built by ErnieAttention from a ErnieConfig"},
    {"qualname": "transformers.models.ernie.modeling_ernie.ErnieAttention",
     "architectures": ["ernie"],
     "reason": "built by ErnieAttention from a ErnieConfig"},
    {"qualname": "transformers.models.ernie.modeling_ernie.ErnieAttention",
     "architectures": ["ernie"],
     "reason": "built by ErnieAttention from a ErnieConfig"},
    {"qualname": "transformers.models.ernie.modeling_ernie.ErnieAttention",
     "architectures": ["ernie"],
     "reason": "built by ErnieAttention from a ErnieConfig"},
    {"qualname": "transformers.models.ernie.modeling_ernie.ErnieAttention",
     "architectures": ["ernie"],
     "reason": "built by ErnieAttention from a ErnieConfig"},
    {"qualname": "transformers.models.ernie.modeling_ernie.ErnieAttention",
     "architectures": ["ernie"],
     "reason": "built by ErnieAttention from a ErnieConfig"},
    {"qualname": "transformers.models.ernie.modeling_ernie.ErnieAttention",
     "architectures": ["ernie"],
     "reason": "built by ErnieAttention from a ErnieConfig"},
    {"qualname": "transformers.models.ernie.modeling_ernie.ErnieAttention",
     "architectures": ["ernie"],
     "reason": "built by ErnieAttention from a ErnieConfig"},
    {"qualname": "transformers.models.ernie.modeling_ernie.ErnieAttention",
     "architectures": ["ernie"],
     "reason": "built by ErnieAttention from a ErnieConfig"},
    {"qualname": "transformers.models.roberta.modeling_roberta.RobertaAttention",
     "architectures": ["roberta"],
     "reason": "built by RobertaAttention from a RobertaConfig"},
    {"qualname": "transformers.models.roberta.modeling_roberta.RobertaAttention",
     "architectures": ["roberta"],
     "reason": "built by RobertaAttention from a RobertaConfig"},
    {"qualname": "transformers.models.roberta.modeling_roberta.RobertaAttention",
     "architectures": ["roberta"],
     "reason": "built by RobertaAttention from a RobertaConfig"},
    {"qualname": "transformers.models.roberta.modeling_roberta.RobertaAttention",
     "architectures": ["roberta"],
     "reason": "built by RobertaAttention from a RobertaConfig"},
    {"qualname": "transformers.models.roberta.modeling_roberta.RobertaAttention",
     "architectures": ["roberta"],
     "reason": "built by RobertaAttention from a RobertaConfig"},
    {"qualname": "transformers.models.roberta.modeling_roberta.RobertaAttention",
     "architectures": ["roberta"],
     "reason": "built by RobertaAttention from a RobertaConfig"},
    {"qualname": "transformers.models.roberta.modeling_roberta.RobertaAttention",
     "architectures": ["roberta"],
     "reason": "built by RobertaAttention from a RobertaConfig"},
    {"qualname": "transformers.models.roberta.modeling_roberta.RobertaAttention",
     "architectures": ["roberta"],
     "reason": "built by RobertaAttention from a RobertaConfig"},
    {"qualname": "transformers.models.roberta.modeling_roberta.RobertaAttention",
     "architectures": ["roberta"],
     "reason": "built by RobertaAttention from a RobertaConfig"},
    {"qualname": "transformers.models.roberta.modeling_roberta.RobertaAttention",
     "architectures": ["roberta"],
     "reason": "built by RobertaAttention from a RobertaConfig"},
    {"qualname": "transformers.models.roberta.modeling_roberta.RobertaAttention",
     "architectures": ["roberta"],
     "reason": "built by RobertaAttention from a RobertaConfig"},
    {"qualname": "transformers.models.roberta.modeling_roberta.RobertaAttention",
     "architectures": ["roberta"],
     "reason": "built by RobertaAttention from a RobertaConfig"},
    {"qualname": "transformers.models.roc_bert.modeling_roc_bert.RoCBertAttention",
     "architectures": ["roc_bert"],
     "reason": "built by RoCBertAttention from a RoCBertConfig"},
    {"qualname": "transformers.models.roc_bert.modeling_roc_bert.RoCBertAttention",
     "architectures": ["roc_bert"],
     "reason": "built by RoCBertAttention from a RoCBertConfig"},
    {"qualname": "transformers.models.roc_bert.modeling_roc_bert.RoCBertAttention",
     "architectures": ["roc_bert"],
     "reason": "built by RoCBertAttention from a RoCBertConfig"},
    {"qualname": "transformers.models.roc_bert.modeling_roc_bert.RoCBertAttention",
     "architectures": ["roc_bert"],
     "reason": "built by RoCBertAttention from a RoCBertConfig"},
    {"qualname": "transformers.models.roc_bert.modeling_roc_bert.RoCBertAttention",
     "architectures": ["roc_bert"],
     "reason": "built by RoCBertAttention from a RoCBertConfig"},
    {"qualname": "transformers.models.roc_bert.modeling_roc_bert.RoCBertAttention",
     "architectures": ["roc_bert"],
     "reason": "built by RoCBertAttention from a RoCBertConfig"},
    {"qualname": "transformers.models.roc_bert.modeling_roc_bert.RoCBertAttention",
     "architectures": ["roc_bert"],
     "reason": "built by RoCBertAttention from a RoCBertConfig"},
    {"qualname": "transformers.models.roc_bert.modeling_roc_bert.RoCBertAttention",
     "architectures": ["roc_bert"],
     "reason": "built by RoCBertAttention from a RoCBertConfig"},
    {"qualname": "transformers.models.roc_bert.modeling_roc_bert.RoCBertAttention",
     "architectures": ["roc_bert"],
     "reason": "built by RoCBertAttention from a RoCBertConfig"},
    {"qualname": "transformers.models.roc_bert.modeling_roc_bert.RoCBertAttention",
     "architectures": ["roc_bert"],
     "reason": "built by RoCBertAttention from a RoCBertConfig"},
    {"qualname": "transformers.models.roc_bert.modeling_roc_bert.RoCBertAttention",
     "architectures": ["roc_bert"],
     "reason": "built by RoCBertAttention from a RoCBertConfig"},
    {"qualname": "transformers.models.roc_bert.modeling_roc_bert.RoCBertAttention",
     "architectures": ["roc_bert"],
     "reason": "built by RoCBertAttention from a RoCBertConfig"},
    {"qualname": "transformers.models.xlm_roberta.modeling_xlm_roberta.XLMRobertaAttention",
     "architectures": ["xlm-roberta"],
     "reason": "built by XLMRobertaAttention from a XLMRobertaConfig"},
    {"qualname": "transformers.models.xlm_roberta.modeling_xlm_roberta.XLMRobertaAttention",
     "architectures": ["xlm-roberta"],
     "reason": "built by XLMRobertaAttention from a XLMRobertaConfig"},
    {"qualname": "transformers.models.xlm_roberta.modeling_xlm_roberta.XLMRobertaAttention",
     "architectures": ["xlm-roberta"],
     "reason": "built by XLMRobertaAttention from a XLMRobertaConfig"},
    {"qualname": "transformers.models.xlm_roberta.modeling_xlm_roberta.XLMRobertaAttention",
     "architectures": ["xlm-roberta"],
     "reason": "built by XLMRobertaAttention from a XLMRobertaConfig"},
    {"qualname": "transformers.models.xlm_roberta.modeling_xlm_roberta.XLMRobertaAttention",
     "architectures": ["xlm-roberta"],
     "reason": "built by XLMRobertaAttention from a XLMRobertaConfig"},
    {"qualname": "transformers.models.xlm_roberta.modeling_xlm_roberta.XLMRobertaAttention",
     "architectures": ["xlm-roberta"],
     "reason": "built by XLMRobertaAttention from a XLMRobertaConfig"},
    {"qualname": "transformers.models.xlm_roberta.modeling_xlm_roberta.XLMRobertaAttention",
     "architectures": ["xlm-roberta"],
     "reason": "built by XLMRobertaAttention from a XLMRobertaConfig"},
    {"qualname": "transformers.models.xlm_roberta.modeling_xlm_roberta.XLMRobertaAttention",
     "architectures": ["xlm-roberta"],
     "reason": "built by XLMRobertaAttention from a XLMRobertaConfig"},
    {"qualname": "transformers.models.xlm_roberta.modeling_xlm_roberta.XLMRobertaAttention",
     "architectures": ["xlm-roberta"],
     "reason": "built by XLMRobertaAttention from a XLMRobertaConfig"},
    {"qualname": "transformers.models.xlm_roberta.modeling_xlm_roberta.XLMRobertaAttention",
     "architectures": ["xlm-roberta"],
     "reason": "built by XLMRobertaAttention from a XLMRobertaConfig"},
    {"qualname": "transformers.models.xlm_roberta.modeling_xlm_roberta.XLMRobertaAttention",
     "architectures": ["xlm-roberta"],
     "reason": "built by XLMRobertaAttention from a XLMRobertaConfig"},
    {"qualname": "transformers.models.xlm_roberta.modeling_xlm_roberta.XLMRobertaAttention",
     "architectures": ["xlm-roberta"],
     "reason": "built by XLMRobertaAttention from a XLMRobertaConfig"},
]


_CONFIGS = {"Blip2QFormerConfig": Blip2QFormerConfig}


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
