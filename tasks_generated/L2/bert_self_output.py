"""A normalization, a module built from leaf kernels: `BertSelfOutput` as transformers runs it, built from L1/layer_norm, L1/linear (hyper-parameters of layer_norm vary per case).

kernel:        14f0b2e12dabdbec
level:         2
label:         norm
qualnames:     transformers.models.bert.modeling_bert.BertSelfOutput, transformers.models.bert.modeling_bert.BertOutput, transformers.models.blip_2.modeling_blip_2.Blip2QFormerSelfOutput, transformers.models.blip_2.modeling_blip_2.Blip2QFormerOutput, transformers.models.bridgetower.modeling_bridgetower.BridgeTowerSelfOutput, transformers.models.lxmert.modeling_lxmert.LxmertAttentionOutput, transformers.models.rembert.modeling_rembert.RemBertOutput, transformers.models.rembert.modeling_rembert.RemBertSelfOutput, transformers.models.altclip.modeling_altclip.AltRobertaOutput, transformers.models.altclip.modeling_altclip.AltRobertaSelfOutput, transformers.models.bert_generation.modeling_bert_generation.BertGenerationOutput, transformers.models.bert_generation.modeling_bert_generation.BertGenerationSelfOutput, transformers.models.bridgetower.modeling_bridgetower.BridgeTowerOutput, transformers.models.deberta_v2.modeling_deberta_v2.DebertaV2Output, transformers.models.deberta_v2.modeling_deberta_v2.DebertaV2SelfOutput, transformers.models.instructblip.modeling_instructblip.InstructBlipQFormerOutput, transformers.models.instructblipvideo.modeling_instructblipvideo.InstructBlipVideoQFormerOutput, transformers.models.lilt.modeling_lilt.LiltOutput, transformers.models.lilt.modeling_lilt.LiltSelfOutput, transformers.models.lxmert.modeling_lxmert.LxmertOutput, transformers.models.instructblip.modeling_instructblip.InstructBlipQFormerSelfOutput, transformers.models.instructblipvideo.modeling_instructblipvideo.InstructBlipVideoQFormerSelfOutput, transformers.models.canine.modeling_canine.CanineOutput, transformers.models.canine.modeling_canine.CanineSelfOutput, transformers.models.align.modeling_align.AlignTextOutput, transformers.models.align.modeling_align.AlignTextSelfOutput, transformers.models.big_bird.modeling_big_bird.BigBirdOutput, transformers.models.big_bird.modeling_big_bird.BigBirdSelfOutput, transformers.models.bros.modeling_bros.BrosOutput, transformers.models.bros.modeling_bros.BrosSelfOutput, transformers.models.camembert.modeling_camembert.CamembertOutput, transformers.models.camembert.modeling_camembert.CamembertSelfOutput, transformers.models.chinese_clip.modeling_chinese_clip.ChineseCLIPTextOutput, transformers.models.chinese_clip.modeling_chinese_clip.ChineseCLIPTextSelfOutput, transformers.models.clap.modeling_clap.ClapTextOutput, transformers.models.clap.modeling_clap.ClapTextSelfOutput, transformers.models.convbert.modeling_convbert.ConvBertOutput, transformers.models.convbert.modeling_convbert.ConvBertSelfOutput, transformers.models.data2vec.modeling_data2vec_text.Data2VecTextOutput, transformers.models.data2vec.modeling_data2vec_text.Data2VecTextSelfOutput, transformers.models.electra.modeling_electra.ElectraOutput, transformers.models.electra.modeling_electra.ElectraSelfOutput, transformers.models.ernie.modeling_ernie.ErnieOutput, transformers.models.ernie.modeling_ernie.ErnieSelfOutput, transformers.models.layoutlm.modeling_layoutlm.LayoutLMOutput, transformers.models.layoutlm.modeling_layoutlm.LayoutLMSelfOutput, transformers.models.layoutlmv3.modeling_layoutlmv3.LayoutLMv3Output, transformers.models.layoutlmv3.modeling_layoutlmv3.LayoutLMv3SelfOutput, transformers.models.longformer.modeling_longformer.LongformerOutput, transformers.models.longformer.modeling_longformer.LongformerSelfOutput, transformers.models.luke.modeling_luke.LukeOutput, transformers.models.luke.modeling_luke.LukeSelfOutput, transformers.models.markuplm.modeling_markuplm.MarkupLMOutput, transformers.models.markuplm.modeling_markuplm.MarkupLMSelfOutput, transformers.models.mpnet.modeling_mpnet.MPNetOutput, transformers.models.nystromformer.modeling_nystromformer.NystromformerOutput, transformers.models.nystromformer.modeling_nystromformer.NystromformerSelfOutput, transformers.models.roberta.modeling_roberta.RobertaOutput, transformers.models.roberta.modeling_roberta.RobertaSelfOutput, transformers.models.roc_bert.modeling_roc_bert.RoCBertOutput, transformers.models.roc_bert.modeling_roc_bert.RoCBertSelfOutput, transformers.models.roformer.modeling_roformer.RoFormerOutput, transformers.models.roformer.modeling_roformer.RoFormerSelfOutput, transformers.models.sew_d.modeling_sew_d.SEWDOutput, transformers.models.sew_d.modeling_sew_d.SEWDSelfOutput, transformers.models.splinter.modeling_splinter.SplinterOutput, transformers.models.splinter.modeling_splinter.SplinterSelfOutput, transformers.models.tapas.modeling_tapas.TapasOutput, transformers.models.tapas.modeling_tapas.TapasSelfOutput, transformers.models.visual_bert.modeling_visual_bert.VisualBertOutput, transformers.models.visual_bert.modeling_visual_bert.VisualBertSelfOutput, transformers.models.xlm_roberta.modeling_xlm_roberta.XLMRobertaOutput, transformers.models.xlm_roberta.modeling_xlm_roberta.XLMRobertaSelfOutput, transformers.models.yoso.modeling_yoso.YosoOutput, transformers.models.yoso.modeling_yoso.YosoSelfOutput, transformers.models.git.modeling_git.GitOutput, transformers.models.git.modeling_git.GitSelfOutput, transformers.models.pp_doclayout_v2.modeling_pp_doclayout_v2.PPDocLayoutV2ReadingOrderOutput, transformers.models.pp_doclayout_v2.modeling_pp_doclayout_v2.PPDocLayoutV2ReadingOrderSelfOutput
transformers:  5.24.0
architectures: align, altclip, bert, bert-generation, big_bird, blip-2, bridgetower, bros, camembert, canine, chinese_clip, clap, convbert, data2vec-text, deberta-v2, dpr, electra, encoder-decoder, ernie, git, granite4_vision, granite_speech, granite_speech_plus, grounding-dino, instructblip, instructblipvideo, layoutlm, layoutlmv3, lilt, longformer, luke, lxmert, markuplm, mm-grounding-dino, mpnet, nystromformer, pp_doclayout_v2, rembert, roberta, roc_bert, roformer, sew-d, speech-encoder-decoder, splinter, tapas, vision-encoder-decoder, vision-text-dual-encoder, visual_bert, xlm-roberta, yoso
cases:         3 real cases, default first (the most common that fits in 8 GB); 97 unmapped
"""

import torch
from torch import nn
from transformers.models.bert.configuration_bert import BertConfig
from transformers.models.bert.modeling_bert import BertSelfOutput
from transformers.models.dpr.configuration_dpr import DPRConfig


class Model(BertSelfOutput):
    """`BertSelfOutput` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config):
        super().__init__(config)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A normalization, a module built from leaf kernels: `BertSelfOutput` as transformers runs it, built from L1/layer_norm, L1/linear (hyper-parameters of layer_norm vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        dense.weight [768, 768]
        dense.bias [768]
        LayerNorm.weight [768]
        LayerNorm.bias [768]
    """

    def __init__(self, config):
        super().__init__()
        raise NotImplementedError("write the kernel: a normalization (BertSelfOutput)")

    def forward(self, hidden_states: torch.Tensor, input_tensor: torch.Tensor) -> torch.Tensor:
        raise NotImplementedError("write the kernel: a normalization (BertSelfOutput)")


KERNEL = {"id": "14f0b2e12dabdbec", "name": "bert_self_output", "level": 2, "label": "norm", "qualname": "transformers.models.bert.modeling_bert.BertSelfOutput", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "BertConfig", "fields": {"hidden_dropout_prob": 0.1, "hidden_size": 768, "layer_norm_eps": 1e-12, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "input_tensor", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 5875200,
     "flops": 1203229172,
     "architectures": ["bert", "encoder-decoder", "speech-encoder-decoder", "vision-encoder-decoder", "vision-text-dual-encoder"],
     "qualname": "transformers.models.bert.modeling_bert.BertSelfOutput",
     "path": "encoder.layer.0.attention.output",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BertConfig", "fields": {"hidden_dropout_prob": 0.1, "hidden_size": 768, "layer_norm_eps": 1e-12, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 256, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "input_tensor", "kind": "tensor", "shape": [2, 256, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3543552,
     "flops": 605160448,
     "architectures": ["grounding-dino", "mm-grounding-dino"],
     "qualname": "transformers.models.bert.modeling_bert.BertSelfOutput",
     "path": "text_backbone.encoder.layer.0.attention.output",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "DPRConfig", "fields": {"hidden_dropout_prob": 0.1, "hidden_size": 768, "layer_norm_eps": 1e-12, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "input_tensor", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 5875200,
     "flops": 1203229172,
     "architectures": ["dpr"],
     "qualname": "transformers.models.bert.modeling_bert.BertSelfOutput",
     "path": "question_encoder.bert_model.encoder.layer.0.attention.output",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.bert.modeling_bert.BertOutput",
     "architectures": ["bert", "encoder-decoder", "speech-encoder-decoder", "vision-encoder-decoder", "vision-text-dual-encoder"],
     "reason": "built by BertOutput from a BertConfig"},
    {"qualname": "transformers.models.blip_2.modeling_blip_2.Blip2QFormerSelfOutput",
     "architectures": ["granite_speech", "granite_speech_plus"],
     "reason": "built by Blip2QFormerSelfOutput from a Blip2QFormerConfig"},
    {"qualname": "transformers.models.bert.modeling_bert.BertOutput",
     "architectures": ["grounding-dino", "mm-grounding-dino"],
     "reason": "built by BertOutput from a BertConfig"},
    {"qualname": "transformers.models.blip_2.modeling_blip_2.Blip2QFormerOutput",
     "architectures": ["granite_speech", "granite_speech_plus"],
     "reason": "built by Blip2QFormerOutput from a Blip2QFormerConfig"},
    {"qualname": "transformers.models.blip_2.modeling_blip_2.Blip2QFormerSelfOutput",
     "architectures": ["granite_speech", "granite_speech_plus"],
     "reason": "built by Blip2QFormerSelfOutput from a Blip2QFormerConfig"},
    {"qualname": "transformers.models.rembert.modeling_rembert.RemBertSelfOutput",
     "architectures": ["rembert"],
     "reason": "built by RemBertSelfOutput from a RemBertConfig"},
    {"qualname": "transformers.models.rembert.modeling_rembert.RemBertOutput",
     "architectures": ["rembert"],
     "reason": "built by RemBertOutput from a RemBertConfig"},
    {"qualname": "transformers.models.altclip.modeling_altclip.AltRobertaSelfOutput",
     "architectures": ["altclip"],
     "reason": "built by AltRobertaSelfOutput from a AltCLIPTextConfig"},
    {"qualname": "transformers.models.bert_generation.modeling_bert_generation.BertGenerationSelfOutput",
     "architectures": ["bert-generation"],
     "reason": "built by BertGenerationSelfOutput from a BertGenerationConfig"},
    {"qualname": "transformers.models.deberta_v2.modeling_deberta_v2.DebertaV2SelfOutput",
     "architectures": ["deberta-v2"],
     "reason": "built by DebertaV2SelfOutput from a DebertaV2Config"},
    {"qualname": "transformers.models.altclip.modeling_altclip.AltRobertaOutput",
     "architectures": ["altclip"],
     "reason": "built by AltRobertaOutput from a AltCLIPTextConfig"},
    {"qualname": "transformers.models.bert_generation.modeling_bert_generation.BertGenerationOutput",
     "architectures": ["bert-generation"],
     "reason": "built by BertGenerationOutput from a BertGenerationConfig"},
    {"qualname": "transformers.models.deberta_v2.modeling_deberta_v2.DebertaV2Output",
     "architectures": ["deberta-v2"],
     "reason": "built by DebertaV2Output from a DebertaV2Config"},
    {"qualname": "transformers.models.bridgetower.modeling_bridgetower.BridgeTowerSelfOutput",
     "architectures": ["bridgetower"],
     "reason": "built by BridgeTowerSelfOutput from a BridgeTowerTextConfig"},
    {"qualname": "transformers.models.lxmert.modeling_lxmert.LxmertAttentionOutput",
     "architectures": ["lxmert"],
     "reason": "built by LxmertAttentionOutput from a LxmertConfig"},
    {"qualname": "transformers.models.blip_2.modeling_blip_2.Blip2QFormerSelfOutput",
     "architectures": ["blip-2"],
     "reason": "built by Blip2QFormerSelfOutput from a Blip2QFormerConfig"},
    {"qualname": "transformers.models.bridgetower.modeling_bridgetower.BridgeTowerOutput",
     "architectures": ["bridgetower"],
     "reason": "built by BridgeTowerOutput from a BridgeTowerTextConfig"},
    {"qualname": "transformers.models.blip_2.modeling_blip_2.Blip2QFormerSelfOutput",
     "architectures": ["granite4_vision"],
     "reason": "built by Blip2QFormerSelfOutput from a Blip2QFormerConfig"},
    {"qualname": "transformers.models.lxmert.modeling_lxmert.LxmertAttentionOutput",
     "architectures": ["lxmert"],
     "reason": "built by LxmertAttentionOutput from a LxmertConfig"},
    {"qualname": "transformers.models.lxmert.modeling_lxmert.LxmertOutput",
     "architectures": ["lxmert"],
     "reason": "built by LxmertOutput from a LxmertConfig"},
    {"qualname": "transformers.models.canine.modeling_canine.CanineOutput",
     "architectures": ["canine"],
     "reason": "built by CanineOutput from a CanineConfig"},
    {"qualname": "transformers.models.canine.modeling_canine.CanineSelfOutput",
     "architectures": ["canine"],
     "reason": "built by CanineSelfOutput from a CanineConfig"},
    {"qualname": "transformers.models.sew_d.modeling_sew_d.SEWDOutput",
     "architectures": ["sew-d"],
     "reason": "built by SEWDOutput from a SEWDConfig"},
    {"qualname": "transformers.models.sew_d.modeling_sew_d.SEWDSelfOutput",
     "architectures": ["sew-d"],
     "reason": "built by SEWDSelfOutput from a SEWDConfig"},
    {"qualname": "transformers.models.blip_2.modeling_blip_2.Blip2QFormerOutput",
     "architectures": ["blip-2"],
     "reason": "built by Blip2QFormerOutput from a Blip2QFormerConfig"},
    {"qualname": "transformers.models.instructblip.modeling_instructblip.InstructBlipQFormerOutput",
     "architectures": ["instructblip"],
     "reason": "built by InstructBlipQFormerOutput from a InstructBlipQFormerConfig"},
    {"qualname": "transformers.models.instructblipvideo.modeling_instructblipvideo.InstructBlipVideoQFormerOutput",
     "architectures": ["instructblipvideo"],
     "reason": "built by InstructBlipVideoQFormerOutput from a InstructBlipVideoQFormerConfig"},
    {"qualname": "transformers.models.bridgetower.modeling_bridgetower.BridgeTowerSelfOutput",
     "architectures": ["bridgetower"],
     "reason": "built by BridgeTowerSelfOutput from a BridgeTowerTextConfig"},
    {"qualname": "transformers.models.longformer.modeling_longformer.LongformerOutput",
     "architectures": ["longformer"],
     "reason": "built by LongformerOutput from a LongformerConfig"},
    {"qualname": "transformers.models.longformer.modeling_longformer.LongformerSelfOutput",
     "architectures": ["longformer"],
     "reason": "built by LongformerSelfOutput from a LongformerConfig"},
    {"qualname": "transformers.models.luke.modeling_luke.LukeOutput",
     "architectures": ["luke"],
     "reason": "built by LukeOutput from a LukeConfig"},
    {"qualname": "transformers.models.instructblip.modeling_instructblip.InstructBlipQFormerSelfOutput",
     "architectures": ["instructblip"],
     "reason": "built by InstructBlipQFormerSelfOutput from a InstructBlipQFormerConfig"},
    {"qualname": "transformers.models.instructblipvideo.modeling_instructblipvideo.InstructBlipVideoQFormerSelfOutput",
     "architectures": ["instructblipvideo"],
     "reason": "built by InstructBlipVideoQFormerSelfOutput from a InstructBlipVideoQFormerConfig"},
    {"qualname": "transformers.models.luke.modeling_luke.LukeSelfOutput",
     "architectures": ["luke"],
     "reason": "built by LukeSelfOutput from a LukeConfig"},
    {"qualname": "transformers.models.layoutlmv3.modeling_layoutlmv3.LayoutLMv3Output",
     "architectures": ["layoutlmv3"],
     "reason": "built by LayoutLMv3Output from a LayoutLMv3Config"},
    {"qualname": "transformers.models.layoutlmv3.modeling_layoutlmv3.LayoutLMv3SelfOutput",
     "architectures": ["layoutlmv3"],
     "reason": "built by LayoutLMv3SelfOutput from a LayoutLMv3Config"},
    {"qualname": "transformers.models.electra.modeling_electra.ElectraOutput",
     "architectures": ["electra"],
     "reason": "built by ElectraOutput from a ElectraConfig"},
    {"qualname": "transformers.models.lilt.modeling_lilt.LiltSelfOutput",
     "architectures": ["lilt"],
     "reason": "built by LiltSelfOutput from a LiltConfig"},
    {"qualname": "transformers.models.electra.modeling_electra.ElectraSelfOutput",
     "architectures": ["electra"],
     "reason": "built by ElectraSelfOutput from a ElectraConfig"},
    {"qualname": "transformers.models.align.modeling_align.AlignTextOutput",
     "architectures": ["align"],
     "reason": "built by AlignTextOutput from a AlignTextConfig"},
    {"qualname": "transformers.models.big_bird.modeling_big_bird.BigBirdOutput",
     "architectures": ["big_bird"],
     "reason": "built by BigBirdOutput from a BigBirdConfig"},
    {"qualname": "transformers.models.bros.modeling_bros.BrosOutput",
     "architectures": ["bros"],
     "reason": "built by BrosOutput from a BrosConfig"},
    {"qualname": "transformers.models.camembert.modeling_camembert.CamembertOutput",
     "architectures": ["camembert"],
     "reason": "built by CamembertOutput from a CamembertConfig"},
    {"qualname": "transformers.models.chinese_clip.modeling_chinese_clip.ChineseCLIPTextOutput",
     "architectures": ["chinese_clip"],
     "reason": "built by ChineseCLIPTextOutput from a ChineseCLIPTextConfig"},
    {"qualname": "transformers.models.clap.modeling_clap.ClapTextOutput",
     "architectures": ["clap"],
     "reason": "built by ClapTextOutput from a ClapTextConfig"},
    {"qualname": "transformers.models.convbert.modeling_convbert.ConvBertOutput",
     "architectures": ["convbert"],
     "reason": "built by ConvBertOutput from a ConvBertConfig"},
    {"qualname": "transformers.models.data2vec.modeling_data2vec_text.Data2VecTextOutput",
     "architectures": ["data2vec-text"],
     "reason": "built by Data2VecTextOutput from a Data2VecTextConfig"},
    {"qualname": "transformers.models.bert.modeling_bert.BertOutput",
     "architectures": ["dpr"],
     "reason": "built by BertOutput from a DPRConfig"},
    {"qualname": "transformers.models.ernie.modeling_ernie.ErnieOutput",
     "architectures": ["ernie"],
     "reason": "built by ErnieOutput from a ErnieConfig"},
    {"qualname": "transformers.models.instructblip.modeling_instructblip.InstructBlipQFormerOutput",
     "architectures": ["instructblip"],
     "reason": "built by InstructBlipQFormerOutput from a InstructBlipQFormerConfig"},
    {"qualname": "transformers.models.instructblipvideo.modeling_instructblipvideo.InstructBlipVideoQFormerOutput",
     "architectures": ["instructblipvideo"],
     "reason": "built by InstructBlipVideoQFormerOutput from a InstructBlipVideoQFormerConfig"},
    {"qualname": "transformers.models.layoutlm.modeling_layoutlm.LayoutLMOutput",
     "architectures": ["layoutlm"],
     "reason": "built by LayoutLMOutput from a LayoutLMConfig"},
    {"qualname": "transformers.models.lilt.modeling_lilt.LiltOutput",
     "architectures": ["lilt"],
     "reason": "built by LiltOutput from a LiltConfig"},
    {"qualname": "transformers.models.markuplm.modeling_markuplm.MarkupLMOutput",
     "architectures": ["markuplm"],
     "reason": "built by MarkupLMOutput from a MarkupLMConfig"},
    {"qualname": "transformers.models.mpnet.modeling_mpnet.MPNetOutput",
     "architectures": ["mpnet"],
     "reason": "built by MPNetOutput from a MPNetConfig"},
    {"qualname": "transformers.models.nystromformer.modeling_nystromformer.NystromformerOutput",
     "architectures": ["nystromformer"],
     "reason": "built by NystromformerOutput from a NystromformerConfig"},
    {"qualname": "transformers.models.roberta.modeling_roberta.RobertaOutput",
     "architectures": ["roberta"],
     "reason": "built by RobertaOutput from a RobertaConfig"},
    {"qualname": "transformers.models.roc_bert.modeling_roc_bert.RoCBertOutput",
     "architectures": ["roc_bert"],
     "reason": "built by RoCBertOutput from a RoCBertConfig"},
    {"qualname": "transformers.models.roformer.modeling_roformer.RoFormerOutput",
     "architectures": ["roformer"],
     "reason": "built by RoFormerOutput from a RoFormerConfig"},
    {"qualname": "transformers.models.splinter.modeling_splinter.SplinterOutput",
     "architectures": ["splinter"],
     "reason": "built by SplinterOutput from a SplinterConfig"},
    {"qualname": "transformers.models.tapas.modeling_tapas.TapasOutput",
     "architectures": ["tapas"],
     "reason": "built by TapasOutput from a TapasConfig"},
    {"qualname": "transformers.models.visual_bert.modeling_visual_bert.VisualBertOutput",
     "architectures": ["visual_bert"],
     "reason": "built by VisualBertOutput from a VisualBertConfig"},
    {"qualname": "transformers.models.xlm_roberta.modeling_xlm_roberta.XLMRobertaOutput",
     "architectures": ["xlm-roberta"],
     "reason": "built by XLMRobertaOutput from a XLMRobertaConfig"},
    {"qualname": "transformers.models.yoso.modeling_yoso.YosoOutput",
     "architectures": ["yoso"],
     "reason": "built by YosoOutput from a YosoConfig"},
    {"qualname": "transformers.models.lilt.modeling_lilt.LiltOutput",
     "architectures": ["lilt"],
     "reason": "built by LiltOutput from a LiltConfig"},
    {"qualname": "transformers.models.align.modeling_align.AlignTextSelfOutput",
     "architectures": ["align"],
     "reason": "built by AlignTextSelfOutput from a AlignTextConfig"},
    {"qualname": "transformers.models.big_bird.modeling_big_bird.BigBirdSelfOutput",
     "architectures": ["big_bird"],
     "reason": "built by BigBirdSelfOutput from a BigBirdConfig"},
    {"qualname": "transformers.models.bros.modeling_bros.BrosSelfOutput",
     "architectures": ["bros"],
     "reason": "built by BrosSelfOutput from a BrosConfig"},
    {"qualname": "transformers.models.camembert.modeling_camembert.CamembertSelfOutput",
     "architectures": ["camembert"],
     "reason": "built by CamembertSelfOutput from a CamembertConfig"},
    {"qualname": "transformers.models.chinese_clip.modeling_chinese_clip.ChineseCLIPTextSelfOutput",
     "architectures": ["chinese_clip"],
     "reason": "built by ChineseCLIPTextSelfOutput from a ChineseCLIPTextConfig"},
    {"qualname": "transformers.models.clap.modeling_clap.ClapTextSelfOutput",
     "architectures": ["clap"],
     "reason": "built by ClapTextSelfOutput from a ClapTextConfig"},
    {"qualname": "transformers.models.convbert.modeling_convbert.ConvBertSelfOutput",
     "architectures": ["convbert"],
     "reason": "built by ConvBertSelfOutput from a ConvBertConfig"},
    {"qualname": "transformers.models.data2vec.modeling_data2vec_text.Data2VecTextSelfOutput",
     "architectures": ["data2vec-text"],
     "reason": "built by Data2VecTextSelfOutput from a Data2VecTextConfig"},
    {"qualname": "transformers.models.ernie.modeling_ernie.ErnieSelfOutput",
     "architectures": ["ernie"],
     "reason": "built by ErnieSelfOutput from a ErnieConfig"},
    {"qualname": "transformers.models.layoutlm.modeling_layoutlm.LayoutLMSelfOutput",
     "architectures": ["layoutlm"],
     "reason": "built by LayoutLMSelfOutput from a LayoutLMConfig"},
    {"qualname": "transformers.models.lilt.modeling_lilt.LiltSelfOutput",
     "architectures": ["lilt"],
     "reason": "built by LiltSelfOutput from a LiltConfig"},
    {"qualname": "transformers.models.markuplm.modeling_markuplm.MarkupLMSelfOutput",
     "architectures": ["markuplm"],
     "reason": "built by MarkupLMSelfOutput from a MarkupLMConfig"},
    {"qualname": "transformers.models.nystromformer.modeling_nystromformer.NystromformerSelfOutput",
     "architectures": ["nystromformer"],
     "reason": "built by NystromformerSelfOutput from a NystromformerConfig"},
    {"qualname": "transformers.models.roberta.modeling_roberta.RobertaSelfOutput",
     "architectures": ["roberta"],
     "reason": "built by RobertaSelfOutput from a RobertaConfig"},
    {"qualname": "transformers.models.roc_bert.modeling_roc_bert.RoCBertSelfOutput",
     "architectures": ["roc_bert"],
     "reason": "built by RoCBertSelfOutput from a RoCBertConfig"},
    {"qualname": "transformers.models.roformer.modeling_roformer.RoFormerSelfOutput",
     "architectures": ["roformer"],
     "reason": "built by RoFormerSelfOutput from a RoFormerConfig"},
    {"qualname": "transformers.models.splinter.modeling_splinter.SplinterSelfOutput",
     "architectures": ["splinter"],
     "reason": "built by SplinterSelfOutput from a SplinterConfig"},
    {"qualname": "transformers.models.tapas.modeling_tapas.TapasSelfOutput",
     "architectures": ["tapas"],
     "reason": "built by TapasSelfOutput from a TapasConfig"},
    {"qualname": "transformers.models.visual_bert.modeling_visual_bert.VisualBertSelfOutput",
     "architectures": ["visual_bert"],
     "reason": "built by VisualBertSelfOutput from a VisualBertConfig"},
    {"qualname": "transformers.models.xlm_roberta.modeling_xlm_roberta.XLMRobertaSelfOutput",
     "architectures": ["xlm-roberta"],
     "reason": "built by XLMRobertaSelfOutput from a XLMRobertaConfig"},
    {"qualname": "transformers.models.yoso.modeling_yoso.YosoSelfOutput",
     "architectures": ["yoso"],
     "reason": "built by YosoSelfOutput from a YosoConfig"},
    {"qualname": "transformers.models.lxmert.modeling_lxmert.LxmertOutput",
     "architectures": ["lxmert"],
     "reason": "built by LxmertOutput from a LxmertConfig"},
    {"qualname": "transformers.models.blip_2.modeling_blip_2.Blip2QFormerOutput",
     "architectures": ["granite4_vision"],
     "reason": "built by Blip2QFormerOutput from a Blip2QFormerConfig"},
    {"qualname": "transformers.models.pp_doclayout_v2.modeling_pp_doclayout_v2.PPDocLayoutV2ReadingOrderOutput",
     "architectures": ["pp_doclayout_v2"],
     "reason": "built by PPDocLayoutV2ReadingOrderOutput from a PPDocLayoutV2ReadingOrderConfig"},
    {"qualname": "transformers.models.pp_doclayout_v2.modeling_pp_doclayout_v2.PPDocLayoutV2ReadingOrderSelfOutput",
     "architectures": ["pp_doclayout_v2"],
     "reason": "built by PPDocLayoutV2ReadingOrderSelfOutput from a PPDocLayoutV2ReadingOrderConfig"},
    {"qualname": "transformers.models.instructblip.modeling_instructblip.InstructBlipQFormerSelfOutput",
     "architectures": ["instructblip"],
     "reason": "built by InstructBlipQFormerSelfOutput from a InstructBlipQFormerConfig"},
    {"qualname": "transformers.models.instructblipvideo.modeling_instructblipvideo.InstructBlipVideoQFormerSelfOutput",
     "architectures": ["instructblipvideo"],
     "reason": "built by InstructBlipVideoQFormerSelfOutput from a InstructBlipVideoQFormerConfig"},
    {"qualname": "transformers.models.bridgetower.modeling_bridgetower.BridgeTowerOutput",
     "architectures": ["bridgetower"],
     "reason": "built by BridgeTowerOutput from a BridgeTowerTextConfig"},
    {"qualname": "transformers.models.git.modeling_git.GitOutput",
     "architectures": ["git"],
     "reason": "built by GitOutput from a GitConfig"},
    {"qualname": "transformers.models.git.modeling_git.GitSelfOutput",
     "architectures": ["git"],
     "reason": "built by GitSelfOutput from a GitConfig"},
    {"qualname": "transformers.models.canine.modeling_canine.CanineOutput",
     "architectures": ["canine"],
     "reason": "built by CanineOutput from a CanineConfig"},
    {"qualname": "transformers.models.canine.modeling_canine.CanineSelfOutput",
     "architectures": ["canine"],
     "reason": "built by CanineSelfOutput from a CanineConfig"},
]


_CONFIGS = {"BertConfig": BertConfig, "DPRConfig": DPRConfig}


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
