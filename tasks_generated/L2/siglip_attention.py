"""Attention, a module built from leaf kernels: `SiglipAttention` as transformers runs it, built from L1/linear, L1/sdpa_attention_forward (hyper-parameters of sdpa vary per case).

kernel:        55dfbc34d8a097a2
level:         2
label:         attention
qualnames:     transformers.models.siglip.modeling_siglip.SiglipAttention, transformers.models.clip.modeling_clip.CLIPAttention, transformers.models.radio.modeling_radio.RadioAttention, transformers.models.videomt.modeling_videomt.VideomtAttention, transformers.models.omniasr.modeling_omniasr.OmniASRAttention, transformers.models.dinov2.modeling_dinov2.Dinov2Attention, transformers.models.vit.modeling_vit.ViTAttention, transformers.models.idefics.vision.IdeficsVisionAttention, transformers.models.pixio.modeling_pixio.PixioAttention, transformers.models.x_clip.modeling_x_clip.XCLIPAttention, transformers.models.bart.modeling_bart.BartAttention, transformers.models.kosmos2.modeling_kosmos2.Kosmos2VisionAttention, transformers.models.qianfan_ocr.modeling_qianfan_ocr.QianfanOCRVisionAttention, transformers.models.unlimited_ocr.modeling_unlimited_ocr.UnlimitedOcrAttention, transformers.models.wav2vec2.modeling_wav2vec2.Wav2Vec2Attention, transformers.models.eomt.modeling_eomt.EomtAttention, transformers.models.altclip.modeling_altclip.AltCLIPAttention, transformers.models.audio_spectrogram_transformer.modeling_audio_spectrogram_transformer.ASTAttention, transformers.models.chinese_clip.modeling_chinese_clip.ChineseCLIPVisionAttention, transformers.models.clipseg.modeling_clipseg.CLIPSegAttention, transformers.models.data2vec.modeling_data2vec_audio.Data2VecAudioAttention, transformers.models.deit.modeling_deit.DeiTAttention, transformers.models.dinov2_with_registers.modeling_dinov2_with_registers.Dinov2WithRegistersAttention, transformers.models.granite_docling.modeling_granite_docling.GraniteDoclingVisionAttention, transformers.models.hubert.modeling_hubert.HubertAttention, transformers.models.ijepa.modeling_ijepa.IJepaAttention, transformers.models.m2m_100.modeling_m2m_100.M2M100Attention, transformers.models.marian.modeling_marian.MarianAttention, transformers.models.mbart.modeling_mbart.MBartAttention, transformers.models.metaclip_2.modeling_metaclip_2.MetaClip2Attention, transformers.models.owlv2.modeling_owlv2.Owlv2Attention, transformers.models.owlvit.modeling_owlvit.OwlViTAttention, transformers.models.pegasus.modeling_pegasus.PegasusAttention, transformers.models.rf_detr.modeling_rf_detr.RfDetrDinov2Attention, transformers.models.sew.modeling_sew.SEWAttention, transformers.models.siglip2.modeling_siglip2.Siglip2Attention, transformers.models.tipsv2.modeling_tipsv2.Tipsv2TextAttention, transformers.models.tipsv2.modeling_tipsv2.Tipsv2VisionAttention, transformers.models.unispeech.modeling_unispeech.UniSpeechAttention, transformers.models.unispeech_sat.modeling_unispeech_sat.UniSpeechSatAttention, transformers.models.vit_mae.modeling_vit_mae.ViTMAEAttention, transformers.models.vit_msn.modeling_vit_msn.ViTMSNAttention, transformers.models.vivit.modeling_vivit.VivitAttention, transformers.models.blenderbot_small.modeling_blenderbot_small.BlenderbotSmallAttention, transformers.models.distilbert.modeling_distilbert.DistilBertSelfAttention, transformers.models.plbart.modeling_plbart.PLBartAttention, transformers.models.patchtst.modeling_patchtst.PatchTSTAttention, transformers.models.blenderbot.modeling_blenderbot.BlenderbotAttention, transformers.models.segformer.modeling_segformer.SegformerAttention, transformers.models.sam.modeling_sam.SamAttention, transformers.models.sam2.modeling_sam2.Sam2Attention, transformers.models.sam3_tracker.modeling_sam3_tracker.Sam3TrackerAttention, transformers.models.sam_hq.modeling_sam_hq.SamHQAttention
transformers:  5.24.0
architectures: altclip, audio-spectrogram-transformer, aya_vision, bart, blenderbot, blenderbot-small, chinese_clip, clip, clipseg, cohere2_vision, colmodernvbert, colpali, data2vec-audio, deepseek_vl, deepseek_vl_hybrid, deit, depth_pro, dinov2, dinov2_with_registers, distilbert, eomt, florence2, gemma3, granite4_vision, granite_docling, hubert, idefics, ijepa, kosmos-2, llava, llava_next, llava_next_video, llava_onevision, m2m_100, marian, mbart, metaclip_2, modernvbert, nemotron_h_omni, omniasr, omniasr_ctc, owlv2, owlvit, paligemma, patchtst, pegasus, pixio, plbart, qianfan_ocr, radio, rf_detr, sam, sam2, sam3_tracker, sam_hq, segformer, sew, shieldgemma2, siglip, siglip2, speech-encoder-decoder, t5gemma2, tipsv2, ultravbert, unispeech, unispeech-sat, unlimited_ocr, video_llava, videomt, vipllava, vision-encoder-decoder, vision-text-dual-encoder, vit, vit_mae, vit_msn, vivit, wav2vec2, xclip
cases:         10 real cases, default first (the most common that fits in 8 GB); 83 unmapped
"""

import torch
from torch import nn
from transformers.models.siglip.configuration_siglip import SiglipTextConfig
from transformers.models.siglip.configuration_siglip import SiglipVisionConfig
from transformers.models.siglip.modeling_siglip import SiglipAttention


class Model(SiglipAttention):
    """`SiglipAttention` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config):
        super().__init__(config)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """Attention, a module built from leaf kernels: `SiglipAttention` as transformers runs it, built from L1/linear, L1/sdpa_attention_forward (hyper-parameters of sdpa vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        k_proj.weight [768, 768]
        k_proj.bias [768]
        v_proj.weight [768, 768]
        v_proj.bias [768]
        q_proj.weight [768, 768]
        q_proj.bias [768]
        out_proj.weight [768, 768]
        out_proj.bias [768]
    """

    def __init__(self, config):
        super().__init__()
        raise NotImplementedError("write the kernel: attention (SiglipAttention)")

    def forward(
        self,
        hidden_states: torch.Tensor,
        attention_mask: torch.Tensor | None = None,
        **kwargs,
    ) -> tuple[torch.Tensor, torch.Tensor | None]:
        raise NotImplementedError("write the kernel: attention (SiglipAttention)")


KERNEL = {"id": "55dfbc34d8a097a2", "name": "siglip_attention", "level": 2, "label": "attention", "qualname": "transformers.models.siglip.modeling_siglip.SiglipAttention", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "SiglipVisionConfig", "fields": {"attention_dropout": 0.0, "hidden_size": 768, "num_attention_heads": 12, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 1024, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 11016192,
     "flops": 16112418816,
     "architectures": ["colmodernvbert", "modernvbert", "ultravbert"],
     "qualname": "transformers.models.siglip.modeling_siglip.SiglipAttention",
     "path": "vlm.vision_model.encoder.layers.0.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SiglipVisionConfig", "fields": {"attention_dropout": 0.0, "hidden_size": 768, "num_attention_heads": 12, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 196, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 5928960,
     "flops": 2086920192,
     "architectures": ["deepseek_vl", "deepseek_vl_hybrid", "siglip"],
     "qualname": "transformers.models.siglip.modeling_siglip.SiglipAttention",
     "path": "vision_model.encoder.layers.0.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SiglipVisionConfig", "fields": {"attention_dropout": 0.0, "hidden_size": 768, "num_attention_heads": 12, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 4096, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 29890560,
     "flops": 141759086592,
     "architectures": ["gemma3", "shieldgemma2", "t5gemma2"],
     "qualname": "transformers.models.siglip.modeling_siglip.SiglipAttention",
     "path": "vision_tower.encoder.layers.0.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SiglipVisionConfig", "fields": {"attention_dropout": 0.0, "hidden_size": 1152, "num_attention_heads": 16, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 256, 1152], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 12985344,
     "flops": 6042157056,
     "architectures": ["colpali", "paligemma"],
     "qualname": "transformers.models.siglip.modeling_siglip.SiglipAttention",
     "path": "vlm.vision_tower.encoder.layers.0.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SiglipVisionConfig", "fields": {"attention_dropout": 0.0, "hidden_size": 1152, "num_attention_heads": 12, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 1024, 1152], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 20063232,
     "flops": 31416385536,
     "architectures": ["cohere2_vision"],
     "qualname": "transformers.models.siglip.modeling_siglip.SiglipAttention",
     "path": "vision_tower.encoder.layers.0.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SiglipVisionConfig", "fields": {"attention_dropout": 0.0, "hidden_size": 1152, "num_attention_heads": 16, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [4, 576, 1152], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {},
     "bytes": 21242880,
     "flops": 30587092992,
     "architectures": ["granite4_vision"],
     "qualname": "transformers.models.siglip.modeling_siglip.SiglipAttention",
     "path": "vision_tower.encoder.layers.0.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SiglipVisionConfig", "fields": {"attention_dropout": 0.0, "hidden_size": 1152, "num_attention_heads": 16, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 676, 1152], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 16856064,
     "flops": 18571677696,
     "architectures": ["aya_vision"],
     "qualname": "transformers.models.siglip.modeling_siglip.SiglipAttention",
     "path": "vision_tower.encoder.layers.0.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SiglipVisionConfig", "fields": {"attention_dropout": 0.0, "hidden_size": 1152, "num_attention_heads": 16, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [16, 729, 1152], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {},
     "bytes": 64373760,
     "flops": 163070558208,
     "architectures": ["llava_onevision"],
     "qualname": "transformers.models.siglip.modeling_siglip.SiglipAttention",
     "path": "vision_tower.encoder.layers.0.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SiglipVisionConfig", "fields": {"attention_dropout": 0.0, "hidden_size": 1152, "num_attention_heads": 16, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [4, 729, 1152], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {},
     "bytes": 24062976,
     "flops": 40767639552,
     "architectures": ["llava_onevision"],
     "qualname": "transformers.models.siglip.modeling_siglip.SiglipAttention",
     "path": "vision_tower.encoder.layers.0.self_attn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SiglipTextConfig", "fields": {"attention_dropout": 0.0, "hidden_size": 768, "num_attention_heads": 12, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 64, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 5117952,
     "flops": 629538816,
     "architectures": ["siglip"],
     "qualname": "transformers.models.siglip.modeling_siglip.SiglipAttention",
     "path": "text_model.encoder.layers.0.self_attn",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.omniasr.modeling_omniasr.OmniASRAttention",
     "architectures": ["omniasr", "omniasr_ctc"],
     "reason": "constructor argument 'embed_dim' is not in SiglipAttention.__init__"},
    {"qualname": "transformers.models.clip.modeling_clip.CLIPAttention",
     "architectures": ["llava_next", "llava_next_video"],
     "reason": "built by CLIPAttention from a CLIPVisionConfig"},
    {"qualname": "transformers.models.vit.modeling_vit.ViTAttention",
     "architectures": ["vision-encoder-decoder", "vision-text-dual-encoder"],
     "reason": "built by ViTAttention from a ViTConfig"},
    {"qualname": "transformers.models.bart.modeling_bart.BartAttention",
     "architectures": ["bart", "florence2"],
     "reason": "constructor argument 'embed_dim' is not in SiglipAttention.__init__"},
    {"qualname": "transformers.models.bart.modeling_bart.BartAttention",
     "architectures": ["bart", "florence2"],
     "reason": "constructor argument 'embed_dim' is not in SiglipAttention.__init__"},
    {"qualname": "transformers.models.bart.modeling_bart.BartAttention",
     "architectures": ["bart", "florence2"],
     "reason": "constructor argument 'embed_dim' is not in SiglipAttention.__init__"},
    {"qualname": "transformers.models.bart.modeling_bart.BartAttention",
     "architectures": ["bart", "florence2"],
     "reason": "constructor argument 'embed_dim' is not in SiglipAttention.__init__"},
    {"qualname": "transformers.models.bart.modeling_bart.BartAttention",
     "architectures": ["bart", "florence2"],
     "reason": "constructor argument 'embed_dim' is not in SiglipAttention.__init__"},
    {"qualname": "transformers.models.bart.modeling_bart.BartAttention",
     "architectures": ["bart", "florence2"],
     "reason": "constructor argument 'embed_dim' is not in SiglipAttention.__init__"},
    {"qualname": "transformers.models.bart.modeling_bart.BartAttention",
     "architectures": ["bart", "florence2"],
     "reason": "constructor argument 'embed_dim' is not in SiglipAttention.__init__"},
    {"qualname": "transformers.models.bart.modeling_bart.BartAttention",
     "architectures": ["bart", "florence2"],
     "reason": "constructor argument 'embed_dim' is not in SiglipAttention.__init__"},
    {"qualname": "transformers.models.bart.modeling_bart.BartAttention",
     "architectures": ["bart", "florence2"],
     "reason": "constructor argument 'embed_dim' is not in SiglipAttention.__init__"},
    {"qualname": "transformers.models.bart.modeling_bart.BartAttention",
     "architectures": ["bart", "florence2"],
     "reason": "constructor argument 'embed_dim' is not in SiglipAttention.__init__"},
    {"qualname": "transformers.models.bart.modeling_bart.BartAttention",
     "architectures": ["bart", "florence2"],
     "reason": "constructor argument 'embed_dim' is not in SiglipAttention.__init__"},
    {"qualname": "transformers.models.bart.modeling_bart.BartAttention",
     "architectures": ["bart", "florence2"],
     "reason": "constructor argument 'embed_dim' is not in SiglipAttention.__init__"},
    {"qualname": "transformers.models.videomt.modeling_videomt.VideomtAttention",
     "architectures": ["videomt"],
     "reason": "built by VideomtAttention from a VideomtConfig"},
    {"qualname": "transformers.models.radio.modeling_radio.RadioAttention",
     "architectures": ["radio"],
     "reason": "built by RadioAttention from a RadioConfig"},
    {"qualname": "transformers.models.idefics.vision.IdeficsVisionAttention",
     "architectures": ["idefics"],
     "reason": "built by IdeficsVisionAttention from a IdeficsVisionConfig"},
    {"qualname": "transformers.models.pixio.modeling_pixio.PixioAttention",
     "architectures": ["pixio"],
     "reason": "built by PixioAttention from a PixioConfig"},
    {"qualname": "transformers.models.radio.modeling_radio.RadioAttention",
     "architectures": ["nemotron_h_omni"],
     "reason": "built by RadioAttention from a RadioConfig"},
    {"qualname": "transformers.models.qianfan_ocr.modeling_qianfan_ocr.QianfanOCRVisionAttention",
     "architectures": ["qianfan_ocr"],
     "reason": "built by QianfanOCRVisionAttention from a QianfanOCRVisionConfig"},
    {"qualname": "transformers.models.unlimited_ocr.modeling_unlimited_ocr.UnlimitedOcrAttention",
     "architectures": ["unlimited_ocr"],
     "reason": "built by UnlimitedOcrAttention from a UnlimitedOcrVisionEncoderConfig"},
    {"qualname": "transformers.models.clip.modeling_clip.CLIPAttention",
     "architectures": ["video_llava"],
     "reason": "built by CLIPAttention from a CLIPVisionConfig"},
    {"qualname": "transformers.models.kosmos2.modeling_kosmos2.Kosmos2VisionAttention",
     "architectures": ["kosmos-2"],
     "reason": "built by Kosmos2VisionAttention from a Kosmos2VisionConfig"},
    {"qualname": "transformers.models.clip.modeling_clip.CLIPAttention",
     "architectures": ["llava"],
     "reason": "built by CLIPAttention from a CLIPVisionConfig"},
    {"qualname": "transformers.models.clip.modeling_clip.CLIPAttention",
     "architectures": ["vipllava"],
     "reason": "built by CLIPAttention from a CLIPVisionConfig"},
    {"qualname": "transformers.models.clip.modeling_clip.CLIPAttention",
     "architectures": ["video_llava"],
     "reason": "built by CLIPAttention from a CLIPVisionConfig"},
    {"qualname": "transformers.models.clip.modeling_clip.CLIPAttention",
     "architectures": ["llava_next_video"],
     "reason": "built by CLIPAttention from a CLIPVisionConfig"},
    {"qualname": "transformers.models.eomt.modeling_eomt.EomtAttention",
     "architectures": ["eomt"],
     "reason": "built by EomtAttention from a EomtConfig"},
    {"qualname": "transformers.models.videomt.modeling_videomt.VideomtAttention",
     "architectures": ["videomt"],
     "reason": "built by VideomtAttention from a VideomtConfig"},
    {"qualname": "transformers.models.granite_docling.modeling_granite_docling.GraniteDoclingVisionAttention",
     "architectures": ["granite_docling"],
     "reason": "built by GraniteDoclingVisionAttention from a GraniteDoclingVisionConfig"},
    {"qualname": "transformers.models.tipsv2.modeling_tipsv2.Tipsv2VisionAttention",
     "architectures": ["tipsv2"],
     "reason": "built by Tipsv2VisionAttention from a Tipsv2VisionConfig"},
    {"qualname": "transformers.models.audio_spectrogram_transformer.modeling_audio_spectrogram_transformer.ASTAttention",
     "architectures": ["audio-spectrogram-transformer"],
     "reason": "built by ASTAttention from a ASTConfig"},
    {"qualname": "transformers.models.ijepa.modeling_ijepa.IJepaAttention",
     "architectures": ["ijepa"],
     "reason": "built by IJepaAttention from a IJepaConfig"},
    {"qualname": "transformers.models.vit.modeling_vit.ViTAttention",
     "architectures": ["vit"],
     "reason": "built by ViTAttention from a ViTConfig"},
    {"qualname": "transformers.models.vit_msn.modeling_vit_msn.ViTMSNAttention",
     "architectures": ["vit_msn"],
     "reason": "built by ViTMSNAttention from a ViTMSNConfig"},
    {"qualname": "transformers.models.deit.modeling_deit.DeiTAttention",
     "architectures": ["deit"],
     "reason": "built by DeiTAttention from a DeiTConfig"},
    {"qualname": "transformers.models.dinov2_with_registers.modeling_dinov2_with_registers.Dinov2WithRegistersAttention",
     "architectures": ["dinov2_with_registers"],
     "reason": "built by Dinov2WithRegistersAttention from a Dinov2WithRegistersConfig"},
    {"qualname": "transformers.models.owlv2.modeling_owlv2.Owlv2Attention",
     "architectures": ["owlv2"],
     "reason": "built by Owlv2Attention from a Owlv2VisionConfig"},
    {"qualname": "transformers.models.sew.modeling_sew.SEWAttention",
     "architectures": ["sew"],
     "reason": "constructor argument 'embed_dim' is not in SiglipAttention.__init__"},
    {"qualname": "transformers.models.dinov2.modeling_dinov2.Dinov2Attention",
     "architectures": ["dinov2"],
     "reason": "built by Dinov2Attention from a Dinov2Config"},
    {"qualname": "transformers.models.vivit.modeling_vivit.VivitAttention",
     "architectures": ["vivit"],
     "reason": "built by VivitAttention from a VivitConfig"},
    {"qualname": "transformers.models.hubert.modeling_hubert.HubertAttention",
     "architectures": ["hubert"],
     "reason": "constructor argument 'embed_dim' is not in SiglipAttention.__init__"},
    {"qualname": "transformers.models.wav2vec2.modeling_wav2vec2.Wav2Vec2Attention",
     "architectures": ["speech-encoder-decoder"],
     "reason": "constructor argument 'embed_dim' is not in SiglipAttention.__init__"},
    {"qualname": "transformers.models.data2vec.modeling_data2vec_audio.Data2VecAudioAttention",
     "architectures": ["data2vec-audio"],
     "reason": "constructor argument 'embed_dim' is not in SiglipAttention.__init__"},
    {"qualname": "transformers.models.unispeech.modeling_unispeech.UniSpeechAttention",
     "architectures": ["unispeech"],
     "reason": "constructor argument 'embed_dim' is not in SiglipAttention.__init__"},
    {"qualname": "transformers.models.unispeech_sat.modeling_unispeech_sat.UniSpeechSatAttention",
     "architectures": ["unispeech-sat"],
     "reason": "constructor argument 'embed_dim' is not in SiglipAttention.__init__"},
    {"qualname": "transformers.models.wav2vec2.modeling_wav2vec2.Wav2Vec2Attention",
     "architectures": ["wav2vec2"],
     "reason": "constructor argument 'embed_dim' is not in SiglipAttention.__init__"},
    {"qualname": "transformers.models.altclip.modeling_altclip.AltCLIPAttention",
     "architectures": ["altclip"],
     "reason": "built by AltCLIPAttention from a AltCLIPVisionConfig"},
    {"qualname": "transformers.models.chinese_clip.modeling_chinese_clip.ChineseCLIPVisionAttention",
     "architectures": ["chinese_clip"],
     "reason": "built by ChineseCLIPVisionAttention from a ChineseCLIPVisionConfig"},
    {"qualname": "transformers.models.clip.modeling_clip.CLIPAttention",
     "architectures": ["clip"],
     "reason": "built by CLIPAttention from a CLIPVisionConfig"},
    {"qualname": "transformers.models.clipseg.modeling_clipseg.CLIPSegAttention",
     "architectures": ["clipseg"],
     "reason": "built by CLIPSegAttention from a CLIPSegVisionConfig"},
    {"qualname": "transformers.models.metaclip_2.modeling_metaclip_2.MetaClip2Attention",
     "architectures": ["metaclip_2"],
     "reason": "built by MetaClip2Attention from a MetaClip2VisionConfig"},
    {"qualname": "transformers.models.vit_mae.modeling_vit_mae.ViTMAEAttention",
     "architectures": ["vit_mae"],
     "reason": "built by ViTMAEAttention from a ViTMAEConfig"},
    {"qualname": "transformers.models.owlvit.modeling_owlvit.OwlViTAttention",
     "architectures": ["owlvit"],
     "reason": "built by OwlViTAttention from a OwlViTVisionConfig"},
    {"qualname": "transformers.models.siglip2.modeling_siglip2.Siglip2Attention",
     "architectures": ["siglip2"],
     "reason": "built by Siglip2Attention from a Siglip2TextConfig"},
    {"qualname": "transformers.models.tipsv2.modeling_tipsv2.Tipsv2TextAttention",
     "architectures": ["tipsv2"],
     "reason": "built by Tipsv2TextAttention from a Tipsv2TextConfig"},
    {"qualname": "transformers.models.dinov2.modeling_dinov2.Dinov2Attention",
     "architectures": ["depth_pro"],
     "reason": "built by Dinov2Attention from a Dinov2Config"},
    {"qualname": "transformers.models.x_clip.modeling_x_clip.XCLIPAttention",
     "architectures": ["xclip"],
     "reason": "built by XCLIPAttention from a XCLIPVisionConfig"},
    {"qualname": "transformers.models.m2m_100.modeling_m2m_100.M2M100Attention",
     "architectures": ["m2m_100"],
     "reason": "constructor argument 'embed_dim' is not in SiglipAttention.__init__"},
    {"qualname": "transformers.models.marian.modeling_marian.MarianAttention",
     "architectures": ["marian"],
     "reason": "constructor argument 'embed_dim' is not in SiglipAttention.__init__"},
    {"qualname": "transformers.models.mbart.modeling_mbart.MBartAttention",
     "architectures": ["mbart"],
     "reason": "constructor argument 'embed_dim' is not in SiglipAttention.__init__"},
    {"qualname": "transformers.models.pegasus.modeling_pegasus.PegasusAttention",
     "architectures": ["pegasus"],
     "reason": "constructor argument 'embed_dim' is not in SiglipAttention.__init__"},
    {"qualname": "transformers.models.x_clip.modeling_x_clip.XCLIPAttention",
     "architectures": ["xclip"],
     "reason": "built by XCLIPAttention from a XCLIPVisionConfig"},
    {"qualname": "transformers.models.dinov2.modeling_dinov2.Dinov2Attention",
     "architectures": ["depth_pro"],
     "reason": "built by Dinov2Attention from a Dinov2Config"},
    {"qualname": "transformers.models.blenderbot_small.modeling_blenderbot_small.BlenderbotSmallAttention",
     "architectures": ["blenderbot-small"],
     "reason": "constructor argument 'embed_dim' is not in SiglipAttention.__init__"},
    {"qualname": "transformers.models.rf_detr.modeling_rf_detr.RfDetrDinov2Attention",
     "architectures": ["rf_detr"],
     "reason": "built by RfDetrDinov2Attention from a RfDetrDinov2Config"},
    {"qualname": "transformers.models.distilbert.modeling_distilbert.DistilBertSelfAttention",
     "architectures": ["distilbert"],
     "reason": "built by DistilBertSelfAttention from a DistilBertConfig"},
    {"qualname": "transformers.models.rf_detr.modeling_rf_detr.RfDetrDinov2Attention",
     "architectures": ["rf_detr"],
     "reason": "built by RfDetrDinov2Attention from a RfDetrDinov2Config"},
    {"qualname": "transformers.models.patchtst.modeling_patchtst.PatchTSTAttention",
     "architectures": ["patchtst"],
     "reason": "constructor argument 'embed_dim' is not in SiglipAttention.__init__"},
    {"qualname": "transformers.models.blenderbot.modeling_blenderbot.BlenderbotAttention",
     "architectures": ["blenderbot"],
     "reason": "constructor argument 'embed_dim' is not in SiglipAttention.__init__"},
    {"qualname": "transformers.models.segformer.modeling_segformer.SegformerAttention",
     "architectures": ["segformer"],
     "reason": "built by SegformerAttention from a SegformerConfig"},
    {"qualname": "transformers.models.x_clip.modeling_x_clip.XCLIPAttention",
     "architectures": ["xclip"],
     "reason": "built by XCLIPAttention from a XCLIPVisionConfig"},
    {"qualname": "transformers.models.plbart.modeling_plbart.PLBartAttention",
     "architectures": ["plbart"],
     "reason": "constructor argument 'embed_dim' is not in SiglipAttention.__init__"},
    {"qualname": "transformers.models.plbart.modeling_plbart.PLBartAttention",
     "architectures": ["plbart"],
     "reason": "constructor argument 'embed_dim' is not in SiglipAttention.__init__"},
    {"qualname": "transformers.models.plbart.modeling_plbart.PLBartAttention",
     "architectures": ["plbart"],
     "reason": "constructor argument 'embed_dim' is not in SiglipAttention.__init__"},
    {"qualname": "transformers.models.plbart.modeling_plbart.PLBartAttention",
     "architectures": ["plbart"],
     "reason": "constructor argument 'embed_dim' is not in SiglipAttention.__init__"},
    {"qualname": "transformers.models.plbart.modeling_plbart.PLBartAttention",
     "architectures": ["plbart"],
     "reason": "constructor argument 'embed_dim' is not in SiglipAttention.__init__"},
    {"qualname": "transformers.models.plbart.modeling_plbart.PLBartAttention",
     "architectures": ["plbart"],
     "reason": "constructor argument 'embed_dim' is not in SiglipAttention.__init__"},
    {"qualname": "transformers.models.sam.modeling_sam.SamAttention",
     "architectures": ["sam"],
     "reason": "built by SamAttention from a SamMaskDecoderConfig"},
    {"qualname": "transformers.models.sam_hq.modeling_sam_hq.SamHQAttention",
     "architectures": ["sam_hq"],
     "reason": "built by SamHQAttention from a SamHQMaskDecoderConfig"},
    {"qualname": "transformers.models.sam2.modeling_sam2.Sam2Attention",
     "architectures": ["sam2"],
     "reason": "built by Sam2Attention from a Sam2MaskDecoderConfig"},
    {"qualname": "transformers.models.sam3_tracker.modeling_sam3_tracker.Sam3TrackerAttention",
     "architectures": ["sam3_tracker"],
     "reason": "built by Sam3TrackerAttention from a Sam3TrackerMaskDecoderConfig"},
]


_CONFIGS = {"SiglipTextConfig": SiglipTextConfig, "SiglipVisionConfig": SiglipVisionConfig}


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
