"""An MLP, a module built from leaf kernels: `VibeVoiceAcousticTokenizerFeedForward` as transformers runs it, built from L1/gelu_activation, L1/linear.

kernel:        4f9300641831a85c
level:         2
label:         mlp
qualnames:     transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerFeedForward, transformers.models.swin.modeling_swin.SwinMLP, transformers.models.nemotron3_5_transcribe.modeling_nemotron3_5_transcribe.Nemotron3_5TranscribeMLP, transformers.models.radio.modeling_radio.RadioMLP, transformers.models.nemotron3_diarization.modeling_nemotron3_diarization.Nemotron3DiarizationMLP, transformers.models.dinov2.modeling_dinov2.Dinov2MLP, transformers.models.videomt.modeling_videomt.VideomtMLP, transformers.models.mlcd.modeling_mlcd.MLCDMLP, transformers.models.omniasr.modeling_omniasr.OmniASRFeedForward, transformers.models.gpt_neox.modeling_gpt_neox.GPTNeoXMLP, transformers.models.hy_v4_vl.modeling_hy_v4_vl.HYV4VLVisionMLP, transformers.models.mllama.modeling_mllama.MllamaVisionMLP, transformers.models.blip_2.modeling_blip_2.Blip2MLP, transformers.models.instructblip.modeling_instructblip.InstructBlipMLP, transformers.models.instructblipvideo.modeling_instructblipvideo.InstructBlipVideoMLP, transformers.models.beit.modeling_beit.BeitMLP, transformers.models.dinov3_vit.modeling_dinov3_vit.DINOv3ViTMLP, transformers.models.vit.modeling_vit.ViTMLP, transformers.models.vjepa2.modeling_vjepa2.VJEPA2MLP, transformers.models.glmasr.modeling_glmasr.GlmAsrMLP, transformers.models.idefics.vision.IdeficsVisionMLP, transformers.models.minimax_m3_vl.modeling_minimax_m3_vl.MiniMaxM3VLVisionMLP, transformers.models.pixio.modeling_pixio.PixioMLP, transformers.models.sam3.modeling_sam3.Sam3MLP, transformers.pytorch_utils.apply_chunking_to_forward, transformers.models.hunyuan_vl.modeling_hunyuan_vl.HunYuanVLVisionMLP, transformers.models.perceiver.modeling_perceiver.PerceiverMLP, transformers.models.eomt.modeling_eomt.EomtMLP, transformers.models.eomt_dinov3.modeling_eomt_dinov3.EomtDinov3MLP, transformers.models.florence2.modeling_florence2.Florence2VisionMLP, transformers.models.got_ocr2.modeling_got_ocr2.GotOcr2MLPBlock, transformers.models.hiera.modeling_hiera.HieraMlp, transformers.models.internvl.modeling_internvl.InternVLVisionMLP, transformers.models.jina_embeddings_v3.modeling_jina_embeddings_v3.JinaEmbeddingsV3MLP, transformers.models.prophetnet.modeling_prophetnet.ProphetNetFeedForward, transformers.models.qianfan_ocr.modeling_qianfan_ocr.QianfanOCRVisionMLP, transformers.models.sam.modeling_sam.SamMLPBlock, transformers.models.seggpt.modeling_seggpt.SegGptMlp, transformers.models.tipsv2.modeling_tipsv2.Tipsv2VisionMLP, transformers.models.vitdet.modeling_vitdet.VitDetMlp, transformers.models.vitpose_backbone.modeling_vitpose_backbone.VitPoseBackboneMLP, transformers.models.wav2vec2.modeling_wav2vec2.Wav2Vec2FeedForward, transformers.models.wav2vec2_conformer.modeling_wav2vec2_conformer.Wav2Vec2ConformerFeedForward, transformers.models.speecht5.modeling_speecht5.SpeechT5FeedForward, transformers.models.groupvit.modeling_groupvit.GroupViTMLP, transformers.models.audio_spectrogram_transformer.modeling_audio_spectrogram_transformer.ASTMLP, transformers.models.data2vec.modeling_data2vec_audio.Data2VecAudioFeedForward, transformers.models.deepseek_ocr2.modeling_deepseek_ocr2.DeepseekOcr2SamMLPBlock, transformers.models.deit.modeling_deit.DeiTMLP, transformers.models.dinov2_with_registers.modeling_dinov2_with_registers.Dinov2WithRegistersMLP, transformers.models.focalnet.modeling_focalnet.FocalNetMlp, transformers.models.hubert.modeling_hubert.HubertFeedForward, transformers.models.ijepa.modeling_ijepa.IJepaMLP, transformers.models.mgp_str.modeling_mgp_str.MgpstrMlp, transformers.models.pp_formulanet.modeling_pp_formulanet.PPFormulaNetMLPBlock, transformers.models.rf_detr.modeling_rf_detr.RfDetrDinov2MLP, transformers.models.sam2.modeling_sam2.Sam2FeedForward, transformers.models.sam_hq.modeling_sam_hq.SamHQMLPBlock, transformers.models.sew.modeling_sew.SEWFeedForward, transformers.models.unispeech.modeling_unispeech.UniSpeechFeedForward, transformers.models.unispeech_sat.modeling_unispeech_sat.UniSpeechSatFeedForward, transformers.models.unlimited_ocr.modeling_unlimited_ocr.UnlimitedOcrSamMLPBlock, transformers.models.vit_mae.modeling_vit_mae.ViTMAEMLP, transformers.models.vit_msn.modeling_vit_msn.ViTMSNMLP, transformers.models.wavlm.modeling_wavlm.WavLMFeedForward, transformers.models.xmod.modeling_xmod.XmodAdapter, transformers.models.lw_detr.modeling_lw_detr.LwDetrViTMlp, transformers.models.pvt.modeling_pvt.PvtFFN, transformers.models.moonshine.modeling_moonshine.MoonshineEncoderMLP, transformers.models.moonshine_streaming.modeling_moonshine_streaming.MoonshineStreamingEncoderMLP, torch.nn.modules.container.Sequential, transformers.models.groupvit.modeling_groupvit.GroupViTMixerMLP, transformers.models.llava_next_video.modeling_llava_next_video.LlavaNextVideoMultiModalProjector, transformers.models.llava_onevision.modeling_llava_onevision.LlavaOnevisionMultiModalProjector, transformers.models.slanext.modeling_slanext.SLANeXtMLPBlock, transformers.models.video_llava.modeling_video_llava.VideoLlavaMultiModalProjector, transformers.models.audioflamingo3.modeling_audioflamingo3.AudioFlamingo3MultiModalProjector, transformers.models.d_fine.modeling_d_fine.DFineMLP, transformers.models.deepseek_vl.modeling_deepseek_vl.DeepseekVLAligner, transformers.models.deimv2.modeling_deimv2.Deimv2MLP, transformers.models.glmasr.modeling_glmasr.GlmAsrMultiModalProjector, transformers.models.llava.modeling_llava.LlavaMultiModalProjector, transformers.models.llava_next.modeling_llava_next.LlavaNextMultiModalProjector, transformers.models.musicflamingo.modeling_musicflamingo.MusicFlamingoMultiModalProjector, transformers.models.pp_doclayout_v2.modeling_pp_doclayout_v2.PPDocLayoutV2MLP, transformers.models.pp_doclayout_v3.modeling_pp_doclayout_v3.PPDocLayoutV3MLP, transformers.models.pp_doclayout_v4.modeling_pp_doclayout_v4.PPDocLayoutV4MLP, transformers.models.rt_detr.modeling_rt_detr.RTDetrMLP, transformers.models.rt_detr_v2.modeling_rt_detr_v2.RTDetrV2MLP
transformers:  5.24.0
architectures: audio-spectrogram-transformer, audioflamingo3, beit, blip-2, chmv2, d_fine, data2vec-audio, deepseek_ocr2, deepseek_vl, deepseek_vl_hybrid, deimv2, deit, depth_anything, depth_pro, dinov2, dinov2_with_registers, dinov3_vit, distilbert, eomt, eomt_dinov3, flaubert, florence2, focalnet, glmasr, got_ocr2, gpt_neox, grounding-dino, groupvit, hiera, hubert, hunyuan_vl, hy_v4_vl, idefics, ijepa, instructblip, instructblipvideo, internvl, jina_embeddings_v3, llava, llava_next, llava_next_video, llava_onevision, lw_detr, mask2former, mgp-str, minimax_m3_vl, mlcd, mllama, mm-grounding-dino, moonshine, moonshine_streaming, musicflamingo, nemotron3_5_transcribe_asr_audio, nemotron3_5_transcribe_audio, nemotron3_5_transcribe_word_timestamp, nemotron3_diarization, nemotron_h_omni, omniasr, omniasr_ctc, oneformer, patchtst, perceiver, pixio, pp_chart2table, pp_doclayout_v2, pp_doclayout_v3, pp_doclayout_v4, pp_formulanet, prompt_depth_anything, prophetnet, pvt, qianfan_ocr, radio, rf_detr, rt_detr, rt_detr_v2, sam, sam2, sam3_tracker, sam_hq, seggpt, sew, slanext, speech-encoder-decoder, speecht5, swin, tipsv2, tipsv2_dpt, unispeech, unispeech-sat, unlimited_ocr, vibevoice_acoustic_tokenizer, vibevoice_asr, video_llava, videomt, vision-encoder-decoder, vision-text-dual-encoder, vit, vit_mae, vit_msn, vitdet, vitmatte, vitpose, vitpose_backbone, vjepa2, wav2vec2, wav2vec2-conformer, wavlm, xlm, xmod, zoedepth
cases:         14 real cases, default first (the most common that fits in 8 GB); 131 unmapped
"""

import torch
from torch import nn
from transformers.models.vibevoice_acoustic_tokenizer.configuration_vibevoice_acoustic_tokenizer import VibeVoiceAcousticTokenizerDecoderConfig
from transformers.models.vibevoice_acoustic_tokenizer.configuration_vibevoice_acoustic_tokenizer import VibeVoiceAcousticTokenizerEncoderConfig
from transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer import VibeVoiceAcousticTokenizerFeedForward


class Model(VibeVoiceAcousticTokenizerFeedForward):
    """`VibeVoiceAcousticTokenizerFeedForward` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config, hidden_size):
        super().__init__(config, hidden_size)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """An MLP, a module built from leaf kernels: `VibeVoiceAcousticTokenizerFeedForward` as transformers runs it, built from L1/gelu_activation, L1/linear.

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        linear1.weight [8192, 2048]
        linear1.bias [8192]
        linear2.weight [2048, 8192]
        linear2.bias [2048]
    """

    def __init__(self, config, hidden_size):
        super().__init__()
        raise NotImplementedError("write the kernel: an MLP (VibeVoiceAcousticTokenizerFeedForward)")

    def forward(self, hidden_states):
        raise NotImplementedError("write the kernel: an MLP (VibeVoiceAcousticTokenizerFeedForward)")


KERNEL = {"id": "4f9300641831a85c", "name": "vibe_voice_acoustic_tokenizer_feed_forward", "level": 2, "label": "mlp", "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerFeedForward", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "VibeVoiceAcousticTokenizerEncoderConfig", "fields": {"ffn_expansion": 4, "hidden_act": "gelu", "attn_implementation": "eager"}}, "hidden_size": 2048},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 5, 2048], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 67211264,
     "flops": 671272960,
     "architectures": ["vibevoice_acoustic_tokenizer", "vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerFeedForward",
     "path": "encoder.conv_layers.5.stage.0.ffn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "VibeVoiceAcousticTokenizerEncoderConfig", "fields": {"ffn_expansion": 4, "hidden_act": "gelu", "attn_implementation": "eager"}}, "hidden_size": 256},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 1000, 256], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3099136,
     "flops": 2101760000,
     "architectures": ["vibevoice_acoustic_tokenizer", "vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerFeedForward",
     "path": "encoder.conv_layers.2.stage.0.ffn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "VibeVoiceAcousticTokenizerEncoderConfig", "fields": {"ffn_expansion": 4, "hidden_act": "gelu", "attn_implementation": "eager"}}, "hidden_size": 32},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16000, 32], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4112704,
     "flops": 533504000,
     "architectures": ["vibevoice_acoustic_tokenizer", "vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerFeedForward",
     "path": "encoder.stem.stage.0.ffn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "VibeVoiceAcousticTokenizerEncoderConfig", "fields": {"ffn_expansion": 4, "hidden_act": "gelu", "attn_implementation": "eager"}}, "hidden_size": 512},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 200, 512], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5018624,
     "flops": 1679564800,
     "architectures": ["vibevoice_acoustic_tokenizer", "vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerFeedForward",
     "path": "encoder.conv_layers.3.stage.0.ffn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "VibeVoiceAcousticTokenizerEncoderConfig", "fields": {"ffn_expansion": 4, "hidden_act": "gelu", "attn_implementation": "eager"}}, "hidden_size": 1024},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 40, 1024], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 17115136,
     "flops": 1342914560,
     "architectures": ["vibevoice_acoustic_tokenizer", "vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerFeedForward",
     "path": "encoder.conv_layers.4.stage.0.ffn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "VibeVoiceAcousticTokenizerEncoderConfig", "fields": {"ffn_expansion": 4, "hidden_act": "gelu", "attn_implementation": "eager"}}, "hidden_size": 128},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 4000, 128], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4359424,
     "flops": 2106368000,
     "architectures": ["vibevoice_acoustic_tokenizer", "vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerFeedForward",
     "path": "encoder.conv_layers.1.stage.0.ffn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "VibeVoiceAcousticTokenizerEncoderConfig", "fields": {"ffn_expansion": 4, "hidden_act": "gelu", "attn_implementation": "eager"}}, "hidden_size": 64},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 8000, 64], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4162176,
     "flops": 1057792000,
     "architectures": ["vibevoice_acoustic_tokenizer", "vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerFeedForward",
     "path": "encoder.conv_layers.0.stage.0.ffn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "VibeVoiceAcousticTokenizerDecoderConfig", "fields": {"ffn_expansion": 4, "hidden_act": "gelu", "attn_implementation": "eager"}}, "hidden_size": 2048},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 5, 2048], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 67211264,
     "flops": 671272960,
     "architectures": ["vibevoice_acoustic_tokenizer"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerFeedForward",
     "path": "decoder.stem.stage.0.ffn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "VibeVoiceAcousticTokenizerDecoderConfig", "fields": {"ffn_expansion": 4, "hidden_act": "gelu", "attn_implementation": "eager"}}, "hidden_size": 256},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 1000, 256], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3099136,
     "flops": 2101760000,
     "architectures": ["vibevoice_acoustic_tokenizer"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerFeedForward",
     "path": "decoder.conv_layers.2.stage.0.ffn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "VibeVoiceAcousticTokenizerDecoderConfig", "fields": {"ffn_expansion": 4, "hidden_act": "gelu", "attn_implementation": "eager"}}, "hidden_size": 32},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16000, 32], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4112704,
     "flops": 533504000,
     "architectures": ["vibevoice_acoustic_tokenizer"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerFeedForward",
     "path": "decoder.conv_layers.5.stage.0.ffn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "VibeVoiceAcousticTokenizerDecoderConfig", "fields": {"ffn_expansion": 4, "hidden_act": "gelu", "attn_implementation": "eager"}}, "hidden_size": 512},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 200, 512], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5018624,
     "flops": 1679564800,
     "architectures": ["vibevoice_acoustic_tokenizer"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerFeedForward",
     "path": "decoder.conv_layers.1.stage.0.ffn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "VibeVoiceAcousticTokenizerDecoderConfig", "fields": {"ffn_expansion": 4, "hidden_act": "gelu", "attn_implementation": "eager"}}, "hidden_size": 1024},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 40, 1024], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 17115136,
     "flops": 1342914560,
     "architectures": ["vibevoice_acoustic_tokenizer"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerFeedForward",
     "path": "decoder.conv_layers.0.stage.0.ffn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "VibeVoiceAcousticTokenizerDecoderConfig", "fields": {"ffn_expansion": 4, "hidden_act": "gelu", "attn_implementation": "eager"}}, "hidden_size": 128},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 4000, 128], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4359424,
     "flops": 2106368000,
     "architectures": ["vibevoice_acoustic_tokenizer"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerFeedForward",
     "path": "decoder.conv_layers.3.stage.0.ffn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "VibeVoiceAcousticTokenizerDecoderConfig", "fields": {"ffn_expansion": 4, "hidden_act": "gelu", "attn_implementation": "eager"}}, "hidden_size": 64},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 8000, 64], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4162176,
     "flops": 1057792000,
     "architectures": ["vibevoice_acoustic_tokenizer"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerFeedForward",
     "path": "decoder.conv_layers.4.stage.0.ffn",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.swin.modeling_swin.SwinMLP",
     "architectures": ["grounding-dino", "mask2former", "mm-grounding-dino", "oneformer", "swin"],
     "reason": "built by SwinMLP from a SwinConfig"},
    {"qualname": "transformers.models.swin.modeling_swin.SwinMLP",
     "architectures": ["grounding-dino", "mask2former", "mm-grounding-dino", "oneformer", "swin"],
     "reason": "built by SwinMLP from a SwinConfig"},
    {"qualname": "transformers.models.swin.modeling_swin.SwinMLP",
     "architectures": ["grounding-dino", "mask2former", "mm-grounding-dino", "oneformer", "swin"],
     "reason": "built by SwinMLP from a SwinConfig"},
    {"qualname": "transformers.models.swin.modeling_swin.SwinMLP",
     "architectures": ["grounding-dino", "mask2former", "mm-grounding-dino", "oneformer", "swin"],
     "reason": "built by SwinMLP from a SwinConfig"},
    {"qualname": "transformers.models.vit.modeling_vit.ViTMLP",
     "architectures": ["vision-encoder-decoder", "vision-text-dual-encoder", "vit"],
     "reason": "built by ViTMLP from a ViTConfig"},
    {"qualname": "transformers.models.omniasr.modeling_omniasr.OmniASRFeedForward",
     "architectures": ["omniasr", "omniasr_ctc"],
     "reason": "built by OmniASRFeedForward from a OmniASRAudioConfig"},
    {"qualname": "transformers.models.vitpose_backbone.modeling_vitpose_backbone.VitPoseBackboneMLP",
     "architectures": ["vitpose", "vitpose_backbone"],
     "reason": "built by VitPoseBackboneMLP from a VitPoseBackboneConfig"},
    {"qualname": "transformers.models.sam.modeling_sam.SamMLPBlock",
     "architectures": ["deepseek_vl_hybrid", "sam"],
     "reason": "built by SamMLPBlock from a SamVisionConfig"},
    {"qualname": "transformers.models.tipsv2.modeling_tipsv2.Tipsv2VisionMLP",
     "architectures": ["tipsv2", "tipsv2_dpt"],
     "reason": "built by Tipsv2VisionMLP from a Tipsv2VisionConfig"},
    {"qualname": "transformers.models.dinov2.modeling_dinov2.Dinov2MLP",
     "architectures": ["depth_anything", "prompt_depth_anything"],
     "reason": "built by Dinov2MLP from a Dinov2Config"},
    {"qualname": "transformers.models.wav2vec2.modeling_wav2vec2.Wav2Vec2FeedForward",
     "architectures": ["speech-encoder-decoder", "wav2vec2"],
     "reason": "built by Wav2Vec2FeedForward from a Wav2Vec2Config"},
    {"qualname": "transformers.models.vitdet.modeling_vitdet.VitDetMlp",
     "architectures": ["vitdet", "vitmatte"],
     "reason": "built by VitDetMlp from a VitDetConfig"},
    {"qualname": "transformers.pytorch_utils.apply_chunking_to_forward",
     "architectures": ["flaubert", "xlm"],
     "reason": "constructor argument 'config' was not recorded"},
    {"qualname": "transformers.models.d_fine.modeling_d_fine.DFineMLP",
     "architectures": ["d_fine", "deimv2"],
     "reason": "constructor argument 'input_dim' is not in VibeVoiceAcousticTokenizerFeedForward.__init__"},
    {"qualname": "transformers.models.mlcd.modeling_mlcd.MLCDMLP",
     "architectures": ["mlcd"],
     "reason": "built by MLCDMLP from a MLCDVisionConfig"},
    {"qualname": "transformers.models.gpt_neox.modeling_gpt_neox.GPTNeoXMLP",
     "architectures": ["gpt_neox"],
     "reason": "built by GPTNeoXMLP from a GPTNeoXConfig"},
    {"qualname": "transformers.models.mllama.modeling_mllama.MllamaVisionMLP",
     "architectures": ["mllama"],
     "reason": "built by MllamaVisionMLP from a MllamaVisionConfig"},
    {"qualname": "transformers.models.hy_v4_vl.modeling_hy_v4_vl.HYV4VLVisionMLP",
     "architectures": ["hy_v4_vl"],
     "reason": "built by HYV4VLVisionMLP from a HYV4VLVisionConfig"},
    {"qualname": "transformers.models.blip_2.modeling_blip_2.Blip2MLP",
     "architectures": ["blip-2"],
     "reason": "built by Blip2MLP from a Blip2VisionConfig"},
    {"qualname": "transformers.models.instructblip.modeling_instructblip.InstructBlipMLP",
     "architectures": ["instructblip"],
     "reason": "built by InstructBlipMLP from a InstructBlipVisionConfig"},
    {"qualname": "transformers.models.instructblipvideo.modeling_instructblipvideo.InstructBlipVideoMLP",
     "architectures": ["instructblipvideo"],
     "reason": "built by InstructBlipVideoMLP from a InstructBlipVideoVisionConfig"},
    {"qualname": "transformers.models.sam3.modeling_sam3.Sam3MLP",
     "architectures": ["sam3_tracker"],
     "reason": "built by Sam3MLP from a Sam3ViTConfig"},
    {"qualname": "transformers.models.glmasr.modeling_glmasr.GlmAsrMLP",
     "architectures": ["glmasr"],
     "reason": "built by GlmAsrMLP from a GlmAsrEncoderConfig"},
    {"qualname": "transformers.models.videomt.modeling_videomt.VideomtMLP",
     "architectures": ["videomt"],
     "reason": "built by VideomtMLP from a VideomtConfig"},
    {"qualname": "transformers.models.radio.modeling_radio.RadioMLP",
     "architectures": ["radio"],
     "reason": "built by RadioMLP from a RadioConfig"},
    {"qualname": "transformers.models.idefics.vision.IdeficsVisionMLP",
     "architectures": ["idefics"],
     "reason": "built by IdeficsVisionMLP from a IdeficsVisionConfig"},
    {"qualname": "transformers.models.pixio.modeling_pixio.PixioMLP",
     "architectures": ["pixio"],
     "reason": "built by PixioMLP from a PixioConfig"},
    {"qualname": "transformers.models.nemotron3_5_transcribe.modeling_nemotron3_5_transcribe.Nemotron3_5TranscribeMLP",
     "architectures": ["nemotron3_5_transcribe_audio"],
     "reason": "built by Nemotron3_5TranscribeMLP from a Nemotron3_5TranscribeAsrAudioConfig"},
    {"qualname": "transformers.models.nemotron3_5_transcribe.modeling_nemotron3_5_transcribe.Nemotron3_5TranscribeMLP",
     "architectures": ["nemotron3_5_transcribe_asr_audio"],
     "reason": "built by Nemotron3_5TranscribeMLP from a Nemotron3_5TranscribeAsrAudioConfig"},
    {"qualname": "transformers.models.minimax_m3_vl.modeling_minimax_m3_vl.MiniMaxM3VLVisionMLP",
     "architectures": ["minimax_m3_vl"],
     "reason": "built by MiniMaxM3VLVisionMLP from a MiniMaxM3VLVisionConfig"},
    {"qualname": "transformers.models.radio.modeling_radio.RadioMLP",
     "architectures": ["nemotron_h_omni"],
     "reason": "built by RadioMLP from a RadioConfig"},
    {"qualname": "transformers.models.nemotron3_diarization.modeling_nemotron3_diarization.Nemotron3DiarizationMLP",
     "architectures": ["nemotron3_5_transcribe_audio"],
     "reason": "built by Nemotron3DiarizationMLP from a Nemotron3DiarizationAudioConfig"},
    {"qualname": "transformers.models.nemotron3_diarization.modeling_nemotron3_diarization.Nemotron3DiarizationMLP",
     "architectures": ["nemotron3_diarization"],
     "reason": "built by Nemotron3DiarizationMLP from a Nemotron3DiarizationAudioConfig"},
    {"qualname": "transformers.models.perceiver.modeling_perceiver.PerceiverMLP",
     "architectures": ["perceiver"],
     "reason": "built by PerceiverMLP from a PerceiverConfig"},
    {"qualname": "transformers.models.hunyuan_vl.modeling_hunyuan_vl.HunYuanVLVisionMLP",
     "architectures": ["hunyuan_vl"],
     "reason": "built by HunYuanVLVisionMLP from a HunYuanVLVisionConfig"},
    {"qualname": "transformers.models.vjepa2.modeling_vjepa2.VJEPA2MLP",
     "architectures": ["vjepa2"],
     "reason": "built by VJEPA2MLP from a VJEPA2Config"},
    {"qualname": "transformers.models.internvl.modeling_internvl.InternVLVisionMLP",
     "architectures": ["internvl"],
     "reason": "built by InternVLVisionMLP from a InternVLVisionConfig"},
    {"qualname": "transformers.models.qianfan_ocr.modeling_qianfan_ocr.QianfanOCRVisionMLP",
     "architectures": ["qianfan_ocr"],
     "reason": "built by QianfanOCRVisionMLP from a QianfanOCRVisionConfig"},
    {"qualname": "transformers.models.wav2vec2_conformer.modeling_wav2vec2_conformer.Wav2Vec2ConformerFeedForward",
     "architectures": ["wav2vec2-conformer"],
     "reason": "built by Wav2Vec2ConformerFeedForward from a Wav2Vec2ConformerConfig"},
    {"qualname": "transformers.models.beit.modeling_beit.BeitMLP",
     "architectures": ["zoedepth"],
     "reason": "built by BeitMLP from a BeitConfig"},
    {"qualname": "transformers.models.jina_embeddings_v3.modeling_jina_embeddings_v3.JinaEmbeddingsV3MLP",
     "architectures": ["jina_embeddings_v3"],
     "reason": "built by JinaEmbeddingsV3MLP from a JinaEmbeddingsV3Config"},
    {"qualname": "transformers.models.dinov3_vit.modeling_dinov3_vit.DINOv3ViTMLP",
     "architectures": ["chmv2"],
     "reason": "built by DINOv3ViTMLP from a DINOv3ViTConfig"},
    {"qualname": "transformers.models.seggpt.modeling_seggpt.SegGptMlp",
     "architectures": ["seggpt"],
     "reason": "built by SegGptMlp from a SegGptConfig"},
    {"qualname": "transformers.models.eomt.modeling_eomt.EomtMLP",
     "architectures": ["eomt"],
     "reason": "built by EomtMLP from a EomtConfig"},
    {"qualname": "transformers.models.videomt.modeling_videomt.VideomtMLP",
     "architectures": ["videomt"],
     "reason": "built by VideomtMLP from a VideomtConfig"},
    {"qualname": "transformers.models.eomt_dinov3.modeling_eomt_dinov3.EomtDinov3MLP",
     "architectures": ["eomt_dinov3"],
     "reason": "built by EomtDinov3MLP from a EomtDinov3Config"},
    {"qualname": "transformers.models.florence2.modeling_florence2.Florence2VisionMLP",
     "architectures": ["florence2"],
     "reason": "built by Florence2VisionMLP from a Florence2VisionConfig"},
    {"qualname": "transformers.models.speecht5.modeling_speecht5.SpeechT5FeedForward",
     "architectures": ["speecht5"],
     "reason": "built by SpeechT5FeedForward from a SpeechT5Config"},
    {"qualname": "transformers.models.hiera.modeling_hiera.HieraMlp",
     "architectures": ["hiera"],
     "reason": "built by HieraMlp from a HieraConfig"},
    {"qualname": "transformers.models.vjepa2.modeling_vjepa2.VJEPA2MLP",
     "architectures": ["vjepa2"],
     "reason": "built by VJEPA2MLP from a VJEPA2Config"},
    {"qualname": "transformers.models.deepseek_ocr2.modeling_deepseek_ocr2.DeepseekOcr2SamMLPBlock",
     "architectures": ["deepseek_ocr2"],
     "reason": "built by DeepseekOcr2SamMLPBlock from a DeepseekOcr2SamVisionConfig"},
    {"qualname": "transformers.models.unlimited_ocr.modeling_unlimited_ocr.UnlimitedOcrSamMLPBlock",
     "architectures": ["unlimited_ocr"],
     "reason": "built by UnlimitedOcrSamMLPBlock from a UnlimitedOcrSamVisionConfig"},
    {"qualname": "transformers.models.pp_formulanet.modeling_pp_formulanet.PPFormulaNetMLPBlock",
     "architectures": ["pp_formulanet"],
     "reason": "built by PPFormulaNetMLPBlock from a PPFormulaNetVisionConfig"},
    {"qualname": "transformers.models.got_ocr2.modeling_got_ocr2.GotOcr2MLPBlock",
     "architectures": ["got_ocr2"],
     "reason": "built by GotOcr2MLPBlock from a GotOcr2VisionConfig"},
    {"qualname": "transformers.models.got_ocr2.modeling_got_ocr2.GotOcr2MLPBlock",
     "architectures": ["pp_chart2table"],
     "reason": "built by GotOcr2MLPBlock from a PPChart2TableVisionConfig"},
    {"qualname": "transformers.models.sam_hq.modeling_sam_hq.SamHQMLPBlock",
     "architectures": ["sam_hq"],
     "reason": "built by SamHQMLPBlock from a SamHQVisionConfig"},
    {"qualname": "transformers.models.audio_spectrogram_transformer.modeling_audio_spectrogram_transformer.ASTMLP",
     "architectures": ["audio-spectrogram-transformer"],
     "reason": "built by ASTMLP from a ASTConfig"},
    {"qualname": "transformers.models.prophetnet.modeling_prophetnet.ProphetNetFeedForward",
     "architectures": ["prophetnet"],
     "reason": "built by ProphetNetFeedForward from a ProphetNetConfig"},
    {"qualname": "transformers.models.ijepa.modeling_ijepa.IJepaMLP",
     "architectures": ["ijepa"],
     "reason": "built by IJepaMLP from a IJepaConfig"},
    {"qualname": "transformers.models.beit.modeling_beit.BeitMLP",
     "architectures": ["beit"],
     "reason": "built by BeitMLP from a BeitConfig"},
    {"qualname": "transformers.models.vit_msn.modeling_vit_msn.ViTMSNMLP",
     "architectures": ["vit_msn"],
     "reason": "built by ViTMSNMLP from a ViTMSNConfig"},
    {"qualname": "transformers.models.deit.modeling_deit.DeiTMLP",
     "architectures": ["deit"],
     "reason": "built by DeiTMLP from a DeiTConfig"},
    {"qualname": "transformers.models.dinov2_with_registers.modeling_dinov2_with_registers.Dinov2WithRegistersMLP",
     "architectures": ["dinov2_with_registers"],
     "reason": "built by Dinov2WithRegistersMLP from a Dinov2WithRegistersConfig"},
    {"qualname": "transformers.models.sew.modeling_sew.SEWFeedForward",
     "architectures": ["sew"],
     "reason": "built by SEWFeedForward from a SEWConfig"},
    {"qualname": "transformers.models.dinov2.modeling_dinov2.Dinov2MLP",
     "architectures": ["dinov2"],
     "reason": "built by Dinov2MLP from a Dinov2Config"},
    {"qualname": "transformers.models.mgp_str.modeling_mgp_str.MgpstrMlp",
     "architectures": ["mgp-str"],
     "reason": "built by MgpstrMlp from a MgpstrConfig"},
    {"qualname": "transformers.models.data2vec.modeling_data2vec_audio.Data2VecAudioFeedForward",
     "architectures": ["data2vec-audio"],
     "reason": "built by Data2VecAudioFeedForward from a Data2VecAudioConfig"},
    {"qualname": "transformers.models.hubert.modeling_hubert.HubertFeedForward",
     "architectures": ["hubert"],
     "reason": "built by HubertFeedForward from a HubertConfig"},
    {"qualname": "transformers.models.unispeech.modeling_unispeech.UniSpeechFeedForward",
     "architectures": ["unispeech"],
     "reason": "built by UniSpeechFeedForward from a UniSpeechConfig"},
    {"qualname": "transformers.models.unispeech_sat.modeling_unispeech_sat.UniSpeechSatFeedForward",
     "architectures": ["unispeech-sat"],
     "reason": "built by UniSpeechSatFeedForward from a UniSpeechSatConfig"},
    {"qualname": "transformers.models.wavlm.modeling_wavlm.WavLMFeedForward",
     "architectures": ["wavlm"],
     "reason": "built by WavLMFeedForward from a WavLMConfig"},
    {"qualname": "transformers.models.vit_mae.modeling_vit_mae.ViTMAEMLP",
     "architectures": ["vit_mae"],
     "reason": "built by ViTMAEMLP from a ViTMAEConfig"},
    {"qualname": "transformers.models.dinov2.modeling_dinov2.Dinov2MLP",
     "architectures": ["depth_pro"],
     "reason": "built by Dinov2MLP from a Dinov2Config"},
    {"qualname": "transformers.models.prophetnet.modeling_prophetnet.ProphetNetFeedForward",
     "architectures": ["prophetnet"],
     "reason": "built by ProphetNetFeedForward from a ProphetNetConfig"},
    {"qualname": "transformers.models.xmod.modeling_xmod.XmodAdapter",
     "architectures": ["xmod"],
     "reason": "built by XmodAdapter from a XmodConfig"},
    {"qualname": "transformers.models.rf_detr.modeling_rf_detr.RfDetrDinov2MLP",
     "architectures": ["rf_detr"],
     "reason": "built by RfDetrDinov2MLP from a RfDetrDinov2Config"},
    {"qualname": "transformers.models.dinov2.modeling_dinov2.Dinov2MLP",
     "architectures": ["depth_pro"],
     "reason": "built by Dinov2MLP from a Dinov2Config"},
    {"qualname": "transformers.models.dinov3_vit.modeling_dinov3_vit.DINOv3ViTMLP",
     "architectures": ["dinov3_vit"],
     "reason": "built by DINOv3ViTMLP from a DINOv3ViTConfig"},
    {"qualname": "transformers.models.lw_detr.modeling_lw_detr.LwDetrViTMlp",
     "architectures": ["lw_detr"],
     "reason": "built by LwDetrViTMlp from a LwDetrViTConfig"},
    {"qualname": "transformers.models.sam2.modeling_sam2.Sam2FeedForward",
     "architectures": ["sam2"],
     "reason": "constructor argument 'input_dim' is not in VibeVoiceAcousticTokenizerFeedForward.__init__"},
    {"qualname": "transformers.models.focalnet.modeling_focalnet.FocalNetMlp",
     "architectures": ["focalnet"],
     "reason": "built by FocalNetMlp from a FocalNetConfig"},
    {"qualname": "transformers.models.groupvit.modeling_groupvit.GroupViTMLP",
     "architectures": ["groupvit"],
     "reason": "built by GroupViTMLP from a GroupViTVisionConfig"},
    {"qualname": "transformers.models.moonshine.modeling_moonshine.MoonshineEncoderMLP",
     "architectures": ["moonshine"],
     "reason": "built by MoonshineEncoderMLP from a MoonshineConfig"},
    {"qualname": "transformers.models.moonshine_streaming.modeling_moonshine_streaming.MoonshineStreamingEncoderMLP",
     "architectures": ["moonshine_streaming"],
     "reason": "built by MoonshineStreamingEncoderMLP from a MoonshineStreamingEncoderConfig"},
    {"qualname": "transformers.pytorch_utils.apply_chunking_to_forward",
     "architectures": ["distilbert"],
     "reason": "constructor argument 'config' was not recorded"},
    {"qualname": "transformers.models.eomt.modeling_eomt.EomtMLP",
     "architectures": ["eomt"],
     "reason": "built by EomtMLP from a EomtConfig"},
    {"qualname": "transformers.models.groupvit.modeling_groupvit.GroupViTMLP",
     "architectures": ["groupvit"],
     "reason": "built by GroupViTMLP from a GroupViTVisionConfig"},
    {"qualname": "transformers.models.eomt_dinov3.modeling_eomt_dinov3.EomtDinov3MLP",
     "architectures": ["eomt_dinov3"],
     "reason": "built by EomtDinov3MLP from a EomtDinov3Config"},
    {"qualname": "transformers.models.hiera.modeling_hiera.HieraMlp",
     "architectures": ["hiera"],
     "reason": "built by HieraMlp from a HieraConfig"},
    {"qualname": "transformers.models.groupvit.modeling_groupvit.GroupViTMLP",
     "architectures": ["groupvit"],
     "reason": "built by GroupViTMLP from a GroupViTVisionConfig"},
    {"qualname": "transformers.models.hiera.modeling_hiera.HieraMlp",
     "architectures": ["hiera"],
     "reason": "built by HieraMlp from a HieraConfig"},
    {"qualname": "transformers.models.seggpt.modeling_seggpt.SegGptMlp",
     "architectures": ["seggpt"],
     "reason": "built by SegGptMlp from a SegGptConfig"},
    {"qualname": "torch.nn.modules.container.Sequential",
     "architectures": ["patchtst"],
     "reason": "constructor argument 'config' was not recorded"},
    {"qualname": "transformers.models.focalnet.modeling_focalnet.FocalNetMlp",
     "architectures": ["focalnet"],
     "reason": "built by FocalNetMlp from a FocalNetConfig"},
    {"qualname": "transformers.models.focalnet.modeling_focalnet.FocalNetMlp",
     "architectures": ["focalnet"],
     "reason": "built by FocalNetMlp from a FocalNetConfig"},
    {"qualname": "transformers.models.focalnet.modeling_focalnet.FocalNetMlp",
     "architectures": ["focalnet"],
     "reason": "built by FocalNetMlp from a FocalNetConfig"},
    {"qualname": "transformers.models.nemotron3_5_transcribe.modeling_nemotron3_5_transcribe.Nemotron3_5TranscribeMLP",
     "architectures": ["nemotron3_5_transcribe_word_timestamp"],
     "reason": "built by Nemotron3_5TranscribeMLP from a Nemotron3_5TranscribeWordTimestampConfig"},
    {"qualname": "transformers.models.sam2.modeling_sam2.Sam2FeedForward",
     "architectures": ["sam2"],
     "reason": "constructor argument 'input_dim' is not in VibeVoiceAcousticTokenizerFeedForward.__init__"},
    {"qualname": "transformers.models.sam2.modeling_sam2.Sam2FeedForward",
     "architectures": ["sam2"],
     "reason": "constructor argument 'input_dim' is not in VibeVoiceAcousticTokenizerFeedForward.__init__"},
    {"qualname": "transformers.models.slanext.modeling_slanext.SLANeXtMLPBlock",
     "architectures": ["slanext"],
     "reason": "built by SLANeXtMLPBlock from a SLANeXtVisionConfig"},
    {"qualname": "transformers.models.pvt.modeling_pvt.PvtFFN",
     "architectures": ["pvt"],
     "reason": "built by PvtFFN from a PvtConfig"},
    {"qualname": "transformers.models.florence2.modeling_florence2.Florence2VisionMLP",
     "architectures": ["florence2"],
     "reason": "built by Florence2VisionMLP from a Florence2VisionConfig"},
    {"qualname": "transformers.models.pvt.modeling_pvt.PvtFFN",
     "architectures": ["pvt"],
     "reason": "built by PvtFFN from a PvtConfig"},
    {"qualname": "transformers.models.hiera.modeling_hiera.HieraMlp",
     "architectures": ["hiera"],
     "reason": "built by HieraMlp from a HieraConfig"},
    {"qualname": "transformers.models.florence2.modeling_florence2.Florence2VisionMLP",
     "architectures": ["florence2"],
     "reason": "built by Florence2VisionMLP from a Florence2VisionConfig"},
    {"qualname": "transformers.models.pvt.modeling_pvt.PvtFFN",
     "architectures": ["pvt"],
     "reason": "built by PvtFFN from a PvtConfig"},
    {"qualname": "transformers.models.pvt.modeling_pvt.PvtFFN",
     "architectures": ["pvt"],
     "reason": "built by PvtFFN from a PvtConfig"},
    {"qualname": "transformers.models.florence2.modeling_florence2.Florence2VisionMLP",
     "architectures": ["florence2"],
     "reason": "built by Florence2VisionMLP from a Florence2VisionConfig"},
    {"qualname": "transformers.models.glmasr.modeling_glmasr.GlmAsrMultiModalProjector",
     "architectures": ["glmasr"],
     "reason": "built by GlmAsrMultiModalProjector from a GlmAsrConfig"},
    {"qualname": "transformers.models.audioflamingo3.modeling_audioflamingo3.AudioFlamingo3MultiModalProjector",
     "architectures": ["audioflamingo3"],
     "reason": "built by AudioFlamingo3MultiModalProjector from a AudioFlamingo3Config"},
    {"qualname": "transformers.models.musicflamingo.modeling_musicflamingo.MusicFlamingoMultiModalProjector",
     "architectures": ["musicflamingo"],
     "reason": "built by MusicFlamingoMultiModalProjector from a MusicFlamingoConfig"},
    {"qualname": "transformers.models.sam2.modeling_sam2.Sam2FeedForward",
     "architectures": ["sam2"],
     "reason": "constructor argument 'input_dim' is not in VibeVoiceAcousticTokenizerFeedForward.__init__"},
    {"qualname": "transformers.models.pp_doclayout_v2.modeling_pp_doclayout_v2.PPDocLayoutV2MLP",
     "architectures": ["pp_doclayout_v2"],
     "reason": "built by PPDocLayoutV2MLP from a PPDocLayoutV2Config"},
    {"qualname": "transformers.models.pp_doclayout_v3.modeling_pp_doclayout_v3.PPDocLayoutV3MLP",
     "architectures": ["pp_doclayout_v3"],
     "reason": "built by PPDocLayoutV3MLP from a PPDocLayoutV3Config"},
    {"qualname": "transformers.models.pp_doclayout_v4.modeling_pp_doclayout_v4.PPDocLayoutV4MLP",
     "architectures": ["pp_doclayout_v4"],
     "reason": "built by PPDocLayoutV4MLP from a PPDocLayoutV4Config"},
    {"qualname": "transformers.models.rt_detr.modeling_rt_detr.RTDetrMLP",
     "architectures": ["rt_detr"],
     "reason": "built by RTDetrMLP from a RTDetrConfig"},
    {"qualname": "transformers.models.rt_detr_v2.modeling_rt_detr_v2.RTDetrV2MLP",
     "architectures": ["rt_detr_v2"],
     "reason": "built by RTDetrV2MLP from a RTDetrV2Config"},
    {"qualname": "transformers.models.groupvit.modeling_groupvit.GroupViTMLP",
     "architectures": ["groupvit"],
     "reason": "built by GroupViTMLP from a GroupViTVisionConfig"},
    {"qualname": "transformers.models.groupvit.modeling_groupvit.GroupViTMLP",
     "architectures": ["groupvit"],
     "reason": "built by GroupViTMLP from a GroupViTVisionConfig"},
    {"qualname": "transformers.models.groupvit.modeling_groupvit.GroupViTMLP",
     "architectures": ["groupvit"],
     "reason": "built by GroupViTMLP from a GroupViTVisionConfig"},
    {"qualname": "transformers.models.video_llava.modeling_video_llava.VideoLlavaMultiModalProjector",
     "architectures": ["video_llava"],
     "reason": "built by VideoLlavaMultiModalProjector from a VideoLlavaConfig"},
    {"qualname": "transformers.models.llava.modeling_llava.LlavaMultiModalProjector",
     "architectures": ["llava"],
     "reason": "built by LlavaMultiModalProjector from a LlavaConfig"},
    {"qualname": "transformers.models.llava_next_video.modeling_llava_next_video.LlavaNextVideoMultiModalProjector",
     "architectures": ["llava_next_video"],
     "reason": "built by LlavaNextVideoMultiModalProjector from a LlavaNextVideoConfig"},
    {"qualname": "transformers.models.video_llava.modeling_video_llava.VideoLlavaMultiModalProjector",
     "architectures": ["video_llava"],
     "reason": "built by VideoLlavaMultiModalProjector from a VideoLlavaConfig"},
    {"qualname": "transformers.models.llava_onevision.modeling_llava_onevision.LlavaOnevisionMultiModalProjector",
     "architectures": ["llava_onevision"],
     "reason": "built by LlavaOnevisionMultiModalProjector from a LlavaOnevisionConfig"},
    {"qualname": "transformers.models.llava_onevision.modeling_llava_onevision.LlavaOnevisionMultiModalProjector",
     "architectures": ["llava_onevision"],
     "reason": "built by LlavaOnevisionMultiModalProjector from a LlavaOnevisionConfig"},
    {"qualname": "transformers.models.llava_next.modeling_llava_next.LlavaNextMultiModalProjector",
     "architectures": ["llava_next"],
     "reason": "built by LlavaNextMultiModalProjector from a LlavaNextConfig"},
    {"qualname": "transformers.models.llava_next_video.modeling_llava_next_video.LlavaNextVideoMultiModalProjector",
     "architectures": ["llava_next_video"],
     "reason": "built by LlavaNextVideoMultiModalProjector from a LlavaNextVideoConfig"},
    {"qualname": "transformers.models.deepseek_vl.modeling_deepseek_vl.DeepseekVLAligner",
     "architectures": ["deepseek_vl"],
     "reason": "built by DeepseekVLAligner from a DeepseekVLConfig"},
    {"qualname": "transformers.models.groupvit.modeling_groupvit.GroupViTMixerMLP",
     "architectures": ["groupvit"],
     "reason": "built by GroupViTMixerMLP from a GroupViTVisionConfig"},
    {"qualname": "transformers.models.groupvit.modeling_groupvit.GroupViTMixerMLP",
     "architectures": ["groupvit"],
     "reason": "built by GroupViTMixerMLP from a GroupViTVisionConfig"},
]


_CONFIGS = {"VibeVoiceAcousticTokenizerDecoderConfig": VibeVoiceAcousticTokenizerDecoderConfig, "VibeVoiceAcousticTokenizerEncoderConfig": VibeVoiceAcousticTokenizerEncoderConfig}


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
