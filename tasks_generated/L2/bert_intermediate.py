"""A matrix multiply (linear projection), a module built from leaf kernels: `BertIntermediate` as transformers runs it, built from L1/gelu_activation, L1/linear.

kernel:        f9f03701635ff8f5
level:         2
label:         gemm
qualnames:     transformers.models.bert.modeling_bert.BertIntermediate, transformers.models.blip_2.modeling_blip_2.Blip2QFormerIntermediate, transformers.models.swin2sr.modeling_swin2sr.Swin2SRIntermediate, transformers.models.xlm_roberta_xl.modeling_xlm_roberta_xl.XLMRobertaXLIntermediate, transformers.models.rembert.modeling_rembert.RemBertIntermediate, transformers.models.flava.modeling_flava.FlavaIntermediate, transformers.models.altclip.modeling_altclip.AltRobertaIntermediate, transformers.models.bert_generation.modeling_bert_generation.BertGenerationIntermediate, transformers.models.bridgetower.modeling_bridgetower.BridgeTowerIntermediate, transformers.models.deberta_v2.modeling_deberta_v2.DebertaV2Intermediate, transformers.models.instructblip.modeling_instructblip.InstructBlipQFormerIntermediate, transformers.models.instructblipvideo.modeling_instructblipvideo.InstructBlipVideoQFormerIntermediate, transformers.models.lilt.modeling_lilt.LiltIntermediate, transformers.models.lxmert.modeling_lxmert.LxmertIntermediate, transformers.models.maskformer.modeling_maskformer_swin.MaskFormerSwinIntermediate, transformers.models.megatron_bert.modeling_megatron_bert.MegatronBertIntermediate, transformers.models.canine.modeling_canine.CanineIntermediate, transformers.models.cvt.modeling_cvt.CvtIntermediate, transformers.models.align.modeling_align.AlignTextIntermediate, transformers.models.bros.modeling_bros.BrosIntermediate, transformers.models.camembert.modeling_camembert.CamembertIntermediate, transformers.models.chinese_clip.modeling_chinese_clip.ChineseCLIPTextIntermediate, transformers.models.clap.modeling_clap.ClapAudioIntermediate, transformers.models.clap.modeling_clap.ClapTextIntermediate, transformers.models.convbert.modeling_convbert.ConvBertIntermediate, transformers.models.data2vec.modeling_data2vec_text.Data2VecTextIntermediate, transformers.models.data2vec.modeling_data2vec_vision.Data2VecVisionIntermediate, transformers.models.donut.modeling_donut_swin.DonutSwinIntermediate, transformers.models.dpt.modeling_dpt.DPTViTIntermediate, transformers.models.electra.modeling_electra.ElectraIntermediate, transformers.models.ernie.modeling_ernie.ErnieIntermediate, transformers.models.layoutlm.modeling_layoutlm.LayoutLMIntermediate, transformers.models.layoutlmv3.modeling_layoutlmv3.LayoutLMv3Intermediate, transformers.models.longformer.modeling_longformer.LongformerIntermediate, transformers.models.luke.modeling_luke.LukeIntermediate, transformers.models.markuplm.modeling_markuplm.MarkupLMIntermediate, transformers.models.mpnet.modeling_mpnet.MPNetIntermediate, transformers.models.roberta.modeling_roberta.RobertaIntermediate, transformers.models.roc_bert.modeling_roc_bert.RoCBertIntermediate, transformers.models.roformer.modeling_roformer.RoFormerIntermediate, transformers.models.splinter.modeling_splinter.SplinterIntermediate, transformers.models.swinv2.modeling_swinv2.Swinv2Intermediate, transformers.models.tapas.modeling_tapas.TapasIntermediate, transformers.models.timesformer.modeling_timesformer.TimesformerIntermediate, transformers.models.videomae.modeling_videomae.VideoMAEIntermediate, transformers.models.visual_bert.modeling_visual_bert.VisualBertIntermediate, transformers.models.xlm_roberta.modeling_xlm_roberta.XLMRobertaIntermediate, transformers.models.xmod.modeling_xmod.XmodIntermediate, transformers.models.yolos.modeling_yolos.YolosIntermediate, transformers.models.yoso.modeling_yoso.YosoIntermediate, transformers.models.git.modeling_git.GitIntermediate, transformers.models.pp_doclayout_v2.modeling_pp_doclayout_v2.PPDocLayoutV2ReadingOrderIntermediate, transformers.models.vilt.modeling_vilt.ViltIntermediate, transformers.models.sew.modeling_sew.SEWUpsampling, transformers.models.sew_d.modeling_sew_d.SEWDUpsampling
transformers:  5.24.0
architectures: align, altclip, bert, bert-generation, blip-2, bridgetower, bros, camembert, canine, chinese_clip, clap, convbert, cvt, data2vec-text, data2vec-vision, deberta-v2, donut-swin, dpr, dpt, electra, encoder-decoder, ernie, flava, git, granite4_vision, granite_speech, granite_speech_plus, grounding-dino, instructblip, instructblipvideo, layoutlm, layoutlmv3, lilt, longformer, luke, lxmert, markuplm, maskformer, megatron-bert, mm-grounding-dino, mpnet, pp_doclayout_v2, rembert, roberta, roc_bert, roformer, sew, sew-d, speech-encoder-decoder, splinter, swin2sr, swinv2, tapas, timesformer, videomae, vilt, vision-encoder-decoder, vision-text-dual-encoder, visual_bert, xlm-roberta, xlm-roberta-xl, xmod, yolos, yoso
cases:         3 real cases, default first (the most common that fits in 8 GB); 78 unmapped
"""

import torch
from torch import nn
from transformers.models.bert.configuration_bert import BertConfig
from transformers.models.bert.modeling_bert import BertIntermediate
from transformers.models.dpr.configuration_dpr import DPRConfig


class Model(BertIntermediate):
    """`BertIntermediate` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config):
        super().__init__(config)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A matrix multiply (linear projection), a module built from leaf kernels: `BertIntermediate` as transformers runs it, built from L1/gelu_activation, L1/linear.

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        dense.weight [3072, 768]
        dense.bias [3072]
    """

    def __init__(self, config):
        super().__init__()
        raise NotImplementedError("write the kernel: a matrix multiply (linear projection) (BertIntermediate)")

    def forward(self, hidden_states: torch.Tensor) -> torch.Tensor:
        raise NotImplementedError("write the kernel: a matrix multiply (linear projection) (BertIntermediate)")


KERNEL = {"id": "f9f03701635ff8f5", "name": "bert_intermediate", "level": 2, "label": "gemm", "qualname": "transformers.models.bert.modeling_bert.BertIntermediate", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "BertConfig", "fields": {"hidden_act": "gelu", "hidden_size": 768, "intermediate_size": 3072, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 12542976,
     "flops": 4809781248,
     "architectures": ["bert", "encoder-decoder", "speech-encoder-decoder", "vision-encoder-decoder", "vision-text-dual-encoder"],
     "qualname": "transformers.models.bert.modeling_bert.BertIntermediate",
     "path": "encoder.layer.0.intermediate",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "BertConfig", "fields": {"hidden_act": "gelu", "hidden_size": 768, "intermediate_size": 3072, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 256, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 8656896,
     "flops": 2419064832,
     "architectures": ["grounding-dino", "mm-grounding-dino"],
     "qualname": "transformers.models.bert.modeling_bert.BertIntermediate",
     "path": "text_backbone.encoder.layer.0.intermediate",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "DPRConfig", "fields": {"hidden_act": "gelu", "hidden_size": 768, "intermediate_size": 3072, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 12542976,
     "flops": 4809781248,
     "architectures": ["dpr"],
     "qualname": "transformers.models.bert.modeling_bert.BertIntermediate",
     "path": "question_encoder.bert_model.encoder.layer.0.intermediate",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.blip_2.modeling_blip_2.Blip2QFormerIntermediate",
     "architectures": ["granite_speech", "granite_speech_plus"],
     "reason": "built by Blip2QFormerIntermediate from a Blip2QFormerConfig"},
    {"qualname": "transformers.models.swin2sr.modeling_swin2sr.Swin2SRIntermediate",
     "architectures": ["swin2sr"],
     "reason": "built by Swin2SRIntermediate from a Swin2SRConfig"},
    {"qualname": "transformers.models.xlm_roberta_xl.modeling_xlm_roberta_xl.XLMRobertaXLIntermediate",
     "architectures": ["xlm-roberta-xl"],
     "reason": "built by XLMRobertaXLIntermediate from a XLMRobertaXLConfig"},
    {"qualname": "transformers.models.rembert.modeling_rembert.RemBertIntermediate",
     "architectures": ["rembert"],
     "reason": "built by RemBertIntermediate from a RemBertConfig"},
    {"qualname": "transformers.models.altclip.modeling_altclip.AltRobertaIntermediate",
     "architectures": ["altclip"],
     "reason": "built by AltRobertaIntermediate from a AltCLIPTextConfig"},
    {"qualname": "transformers.models.bert_generation.modeling_bert_generation.BertGenerationIntermediate",
     "architectures": ["bert-generation"],
     "reason": "built by BertGenerationIntermediate from a BertGenerationConfig"},
    {"qualname": "transformers.models.megatron_bert.modeling_megatron_bert.MegatronBertIntermediate",
     "architectures": ["megatron-bert"],
     "reason": "built by MegatronBertIntermediate from a MegatronBertConfig"},
    {"qualname": "transformers.models.deberta_v2.modeling_deberta_v2.DebertaV2Intermediate",
     "architectures": ["deberta-v2"],
     "reason": "built by DebertaV2Intermediate from a DebertaV2Config"},
    {"qualname": "transformers.models.maskformer.modeling_maskformer_swin.MaskFormerSwinIntermediate",
     "architectures": ["maskformer"],
     "reason": "built by MaskFormerSwinIntermediate from a MaskFormerSwinConfig"},
    {"qualname": "transformers.models.bridgetower.modeling_bridgetower.BridgeTowerIntermediate",
     "architectures": ["bridgetower"],
     "reason": "built by BridgeTowerIntermediate from a BridgeTowerTextConfig"},
    {"qualname": "transformers.models.lxmert.modeling_lxmert.LxmertIntermediate",
     "architectures": ["lxmert"],
     "reason": "built by LxmertIntermediate from a LxmertConfig"},
    {"qualname": "transformers.models.canine.modeling_canine.CanineIntermediate",
     "architectures": ["canine"],
     "reason": "built by CanineIntermediate from a CanineConfig"},
    {"qualname": "transformers.models.videomae.modeling_videomae.VideoMAEIntermediate",
     "architectures": ["videomae"],
     "reason": "built by VideoMAEIntermediate from a VideoMAEConfig"},
    {"qualname": "transformers.models.timesformer.modeling_timesformer.TimesformerIntermediate",
     "architectures": ["timesformer"],
     "reason": "built by TimesformerIntermediate from a TimesformerConfig"},
    {"qualname": "transformers.models.yolos.modeling_yolos.YolosIntermediate",
     "architectures": ["yolos"],
     "reason": "built by YolosIntermediate from a YolosConfig"},
    {"qualname": "transformers.models.data2vec.modeling_data2vec_vision.Data2VecVisionIntermediate",
     "architectures": ["data2vec-vision"],
     "reason": "built by Data2VecVisionIntermediate from a Data2VecVisionConfig"},
    {"qualname": "transformers.models.flava.modeling_flava.FlavaIntermediate",
     "architectures": ["flava"],
     "reason": "built by FlavaIntermediate from a FlavaImageConfig"},
    {"qualname": "transformers.models.blip_2.modeling_blip_2.Blip2QFormerIntermediate",
     "architectures": ["blip-2"],
     "reason": "built by Blip2QFormerIntermediate from a Blip2QFormerConfig"},
    {"qualname": "transformers.models.instructblip.modeling_instructblip.InstructBlipQFormerIntermediate",
     "architectures": ["instructblip"],
     "reason": "built by InstructBlipQFormerIntermediate from a InstructBlipQFormerConfig"},
    {"qualname": "transformers.models.instructblipvideo.modeling_instructblipvideo.InstructBlipVideoQFormerIntermediate",
     "architectures": ["instructblipvideo"],
     "reason": "built by InstructBlipVideoQFormerIntermediate from a InstructBlipVideoQFormerConfig"},
    {"qualname": "transformers.models.longformer.modeling_longformer.LongformerIntermediate",
     "architectures": ["longformer"],
     "reason": "built by LongformerIntermediate from a LongformerConfig"},
    {"qualname": "transformers.models.luke.modeling_luke.LukeIntermediate",
     "architectures": ["luke"],
     "reason": "built by LukeIntermediate from a LukeConfig"},
    {"qualname": "transformers.models.dpt.modeling_dpt.DPTViTIntermediate",
     "architectures": ["dpt"],
     "reason": "built by DPTViTIntermediate from a DPTConfig"},
    {"qualname": "transformers.models.layoutlmv3.modeling_layoutlmv3.LayoutLMv3Intermediate",
     "architectures": ["layoutlmv3"],
     "reason": "built by LayoutLMv3Intermediate from a LayoutLMv3Config"},
    {"qualname": "transformers.models.lilt.modeling_lilt.LiltIntermediate",
     "architectures": ["lilt"],
     "reason": "built by LiltIntermediate from a LiltConfig"},
    {"qualname": "transformers.models.electra.modeling_electra.ElectraIntermediate",
     "architectures": ["electra"],
     "reason": "built by ElectraIntermediate from a ElectraConfig"},
    {"qualname": "transformers.models.align.modeling_align.AlignTextIntermediate",
     "architectures": ["align"],
     "reason": "built by AlignTextIntermediate from a AlignTextConfig"},
    {"qualname": "transformers.models.bros.modeling_bros.BrosIntermediate",
     "architectures": ["bros"],
     "reason": "built by BrosIntermediate from a BrosConfig"},
    {"qualname": "transformers.models.camembert.modeling_camembert.CamembertIntermediate",
     "architectures": ["camembert"],
     "reason": "built by CamembertIntermediate from a CamembertConfig"},
    {"qualname": "transformers.models.chinese_clip.modeling_chinese_clip.ChineseCLIPTextIntermediate",
     "architectures": ["chinese_clip"],
     "reason": "built by ChineseCLIPTextIntermediate from a ChineseCLIPTextConfig"},
    {"qualname": "transformers.models.clap.modeling_clap.ClapTextIntermediate",
     "architectures": ["clap"],
     "reason": "built by ClapTextIntermediate from a ClapTextConfig"},
    {"qualname": "transformers.models.convbert.modeling_convbert.ConvBertIntermediate",
     "architectures": ["convbert"],
     "reason": "built by ConvBertIntermediate from a ConvBertConfig"},
    {"qualname": "transformers.models.data2vec.modeling_data2vec_text.Data2VecTextIntermediate",
     "architectures": ["data2vec-text"],
     "reason": "built by Data2VecTextIntermediate from a Data2VecTextConfig"},
    {"qualname": "transformers.models.ernie.modeling_ernie.ErnieIntermediate",
     "architectures": ["ernie"],
     "reason": "built by ErnieIntermediate from a ErnieConfig"},
    {"qualname": "transformers.models.flava.modeling_flava.FlavaIntermediate",
     "architectures": ["flava"],
     "reason": "built by FlavaIntermediate from a FlavaTextConfig"},
    {"qualname": "transformers.models.instructblip.modeling_instructblip.InstructBlipQFormerIntermediate",
     "architectures": ["instructblip"],
     "reason": "built by InstructBlipQFormerIntermediate from a InstructBlipQFormerConfig"},
    {"qualname": "transformers.models.instructblipvideo.modeling_instructblipvideo.InstructBlipVideoQFormerIntermediate",
     "architectures": ["instructblipvideo"],
     "reason": "built by InstructBlipVideoQFormerIntermediate from a InstructBlipVideoQFormerConfig"},
    {"qualname": "transformers.models.layoutlm.modeling_layoutlm.LayoutLMIntermediate",
     "architectures": ["layoutlm"],
     "reason": "built by LayoutLMIntermediate from a LayoutLMConfig"},
    {"qualname": "transformers.models.lilt.modeling_lilt.LiltIntermediate",
     "architectures": ["lilt"],
     "reason": "built by LiltIntermediate from a LiltConfig"},
    {"qualname": "transformers.models.markuplm.modeling_markuplm.MarkupLMIntermediate",
     "architectures": ["markuplm"],
     "reason": "built by MarkupLMIntermediate from a MarkupLMConfig"},
    {"qualname": "transformers.models.mpnet.modeling_mpnet.MPNetIntermediate",
     "architectures": ["mpnet"],
     "reason": "built by MPNetIntermediate from a MPNetConfig"},
    {"qualname": "transformers.models.roberta.modeling_roberta.RobertaIntermediate",
     "architectures": ["roberta"],
     "reason": "built by RobertaIntermediate from a RobertaConfig"},
    {"qualname": "transformers.models.roc_bert.modeling_roc_bert.RoCBertIntermediate",
     "architectures": ["roc_bert"],
     "reason": "built by RoCBertIntermediate from a RoCBertConfig"},
    {"qualname": "transformers.models.roformer.modeling_roformer.RoFormerIntermediate",
     "architectures": ["roformer"],
     "reason": "built by RoFormerIntermediate from a RoFormerConfig"},
    {"qualname": "transformers.models.splinter.modeling_splinter.SplinterIntermediate",
     "architectures": ["splinter"],
     "reason": "built by SplinterIntermediate from a SplinterConfig"},
    {"qualname": "transformers.models.tapas.modeling_tapas.TapasIntermediate",
     "architectures": ["tapas"],
     "reason": "built by TapasIntermediate from a TapasConfig"},
    {"qualname": "transformers.models.visual_bert.modeling_visual_bert.VisualBertIntermediate",
     "architectures": ["visual_bert"],
     "reason": "built by VisualBertIntermediate from a VisualBertConfig"},
    {"qualname": "transformers.models.xlm_roberta.modeling_xlm_roberta.XLMRobertaIntermediate",
     "architectures": ["xlm-roberta"],
     "reason": "built by XLMRobertaIntermediate from a XLMRobertaConfig"},
    {"qualname": "transformers.models.xmod.modeling_xmod.XmodIntermediate",
     "architectures": ["xmod"],
     "reason": "built by XmodIntermediate from a XmodConfig"},
    {"qualname": "transformers.models.yoso.modeling_yoso.YosoIntermediate",
     "architectures": ["yoso"],
     "reason": "built by YosoIntermediate from a YosoConfig"},
    {"qualname": "transformers.models.cvt.modeling_cvt.CvtIntermediate",
     "architectures": ["cvt"],
     "reason": "constructor argument 'embed_dim' is not in BertIntermediate.__init__"},
    {"qualname": "transformers.models.lxmert.modeling_lxmert.LxmertIntermediate",
     "architectures": ["lxmert"],
     "reason": "built by LxmertIntermediate from a LxmertConfig"},
    {"qualname": "transformers.models.blip_2.modeling_blip_2.Blip2QFormerIntermediate",
     "architectures": ["granite4_vision"],
     "reason": "built by Blip2QFormerIntermediate from a Blip2QFormerConfig"},
    {"qualname": "transformers.models.donut.modeling_donut_swin.DonutSwinIntermediate",
     "architectures": ["donut-swin"],
     "reason": "built by DonutSwinIntermediate from a DonutSwinConfig"},
    {"qualname": "transformers.models.swinv2.modeling_swinv2.Swinv2Intermediate",
     "architectures": ["swinv2"],
     "reason": "built by Swinv2Intermediate from a Swinv2Config"},
    {"qualname": "transformers.models.clap.modeling_clap.ClapAudioIntermediate",
     "architectures": ["clap"],
     "reason": "built by ClapAudioIntermediate from a ClapAudioConfig"},
    {"qualname": "transformers.models.pp_doclayout_v2.modeling_pp_doclayout_v2.PPDocLayoutV2ReadingOrderIntermediate",
     "architectures": ["pp_doclayout_v2"],
     "reason": "built by PPDocLayoutV2ReadingOrderIntermediate from a PPDocLayoutV2ReadingOrderConfig"},
    {"qualname": "transformers.models.bridgetower.modeling_bridgetower.BridgeTowerIntermediate",
     "architectures": ["bridgetower"],
     "reason": "built by BridgeTowerIntermediate from a BridgeTowerTextConfig"},
    {"qualname": "transformers.models.git.modeling_git.GitIntermediate",
     "architectures": ["git"],
     "reason": "built by GitIntermediate from a GitConfig"},
    {"qualname": "transformers.models.flava.modeling_flava.FlavaIntermediate",
     "architectures": ["flava"],
     "reason": "built by FlavaIntermediate from a FlavaMultimodalConfig"},
    {"qualname": "transformers.models.cvt.modeling_cvt.CvtIntermediate",
     "architectures": ["cvt"],
     "reason": "constructor argument 'embed_dim' is not in BertIntermediate.__init__"},
    {"qualname": "transformers.models.clap.modeling_clap.ClapAudioIntermediate",
     "architectures": ["clap"],
     "reason": "built by ClapAudioIntermediate from a ClapAudioConfig"},
    {"qualname": "transformers.models.maskformer.modeling_maskformer_swin.MaskFormerSwinIntermediate",
     "architectures": ["maskformer"],
     "reason": "built by MaskFormerSwinIntermediate from a MaskFormerSwinConfig"},
    {"qualname": "transformers.models.vilt.modeling_vilt.ViltIntermediate",
     "architectures": ["vilt"],
     "reason": "built by ViltIntermediate from a ViltConfig"},
    {"qualname": "transformers.models.maskformer.modeling_maskformer_swin.MaskFormerSwinIntermediate",
     "architectures": ["maskformer"],
     "reason": "built by MaskFormerSwinIntermediate from a MaskFormerSwinConfig"},
    {"qualname": "transformers.models.donut.modeling_donut_swin.DonutSwinIntermediate",
     "architectures": ["donut-swin"],
     "reason": "built by DonutSwinIntermediate from a DonutSwinConfig"},
    {"qualname": "transformers.models.swinv2.modeling_swinv2.Swinv2Intermediate",
     "architectures": ["swinv2"],
     "reason": "built by Swinv2Intermediate from a Swinv2Config"},
    {"qualname": "transformers.models.clap.modeling_clap.ClapAudioIntermediate",
     "architectures": ["clap"],
     "reason": "built by ClapAudioIntermediate from a ClapAudioConfig"},
    {"qualname": "transformers.models.donut.modeling_donut_swin.DonutSwinIntermediate",
     "architectures": ["donut-swin"],
     "reason": "built by DonutSwinIntermediate from a DonutSwinConfig"},
    {"qualname": "transformers.models.swinv2.modeling_swinv2.Swinv2Intermediate",
     "architectures": ["swinv2"],
     "reason": "built by Swinv2Intermediate from a Swinv2Config"},
    {"qualname": "transformers.models.clap.modeling_clap.ClapAudioIntermediate",
     "architectures": ["clap"],
     "reason": "built by ClapAudioIntermediate from a ClapAudioConfig"},
    {"qualname": "transformers.models.donut.modeling_donut_swin.DonutSwinIntermediate",
     "architectures": ["donut-swin"],
     "reason": "built by DonutSwinIntermediate from a DonutSwinConfig"},
    {"qualname": "transformers.models.swinv2.modeling_swinv2.Swinv2Intermediate",
     "architectures": ["swinv2"],
     "reason": "built by Swinv2Intermediate from a Swinv2Config"},
    {"qualname": "transformers.models.maskformer.modeling_maskformer_swin.MaskFormerSwinIntermediate",
     "architectures": ["maskformer"],
     "reason": "built by MaskFormerSwinIntermediate from a MaskFormerSwinConfig"},
    {"qualname": "transformers.models.canine.modeling_canine.CanineIntermediate",
     "architectures": ["canine"],
     "reason": "built by CanineIntermediate from a CanineConfig"},
    {"qualname": "transformers.models.cvt.modeling_cvt.CvtIntermediate",
     "architectures": ["cvt"],
     "reason": "constructor argument 'embed_dim' is not in BertIntermediate.__init__"},
    {"qualname": "transformers.models.sew.modeling_sew.SEWUpsampling",
     "architectures": ["sew"],
     "reason": "built by SEWUpsampling from a SEWConfig"},
    {"qualname": "transformers.models.sew_d.modeling_sew_d.SEWDUpsampling",
     "architectures": ["sew-d"],
     "reason": "built by SEWDUpsampling from a SEWDConfig"},
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
