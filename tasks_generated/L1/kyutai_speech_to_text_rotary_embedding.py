"""A rotary position embedding, a leaf kernel: `KyutaiSpeechToTextRotaryEmbedding` as transformers runs it.

kernel:        efafb9e63fddd9c3
level:         1
label:         rotary
qualnames:     transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextRotaryEmbedding, transformers.models.idefics.modeling_idefics.IdeficsRotaryEmbedding, transformers.models.moshi.modeling_moshi.MoshiRotaryEmbedding, transformers.models.llama.modeling_llama.LlamaRotaryEmbedding, transformers.models.qwen2.modeling_qwen2.Qwen2RotaryEmbedding, transformers.models.modernbert.modeling_modernbert.ModernBertRotaryEmbedding, transformers.models.recurrent_gemma.modeling_recurrent_gemma.RecurrentGemmaRotaryEmbedding, transformers.models.qwen3.modeling_qwen3.Qwen3RotaryEmbedding, transformers.models.gemma3.modeling_gemma3.Gemma3RotaryEmbedding, transformers.models.t5gemma2.modeling_t5gemma2.T5Gemma2RotaryEmbedding, transformers.models.ultrabert.modeling_ultrabert.UltrabertRotaryEmbedding, transformers.models.gemma.modeling_gemma.GemmaRotaryEmbedding, transformers.models.granite.modeling_granite.GraniteRotaryEmbedding, transformers.models.mistral.modeling_mistral.MistralRotaryEmbedding, transformers.models.nemotron3_5_transcribe.modeling_nemotron3_5_transcribe.Nemotron3_5TranscribeRotaryEmbedding, transformers.models.deepseek_v3.modeling_deepseek_v3.DeepseekV3RotaryEmbedding, transformers.models.dia.modeling_dia.DiaRotaryEmbedding, transformers.models.dory.modeling_dory.DoryRotaryEmbedding, transformers.models.embedding_gemma2.modeling_embedding_gemma2.EmbeddingGemma2RotaryEmbedding, transformers.models.exaone4.modeling_exaone4.Exaone4RotaryEmbedding, transformers.models.gemma4.modeling_gemma4.Gemma4TextRotaryEmbedding, transformers.models.gemma4_unified.modeling_gemma4_unified.Gemma4UnifiedTextRotaryEmbedding, transformers.models.hyperclovax.modeling_hyperclovax.HyperCLOVAXRotaryEmbedding, transformers.models.lasr.modeling_lasr.LasrEncoderRotaryEmbedding, transformers.models.lfm2.modeling_lfm2.Lfm2RotaryEmbedding, transformers.models.mimi.modeling_mimi.MimiRotaryEmbedding, transformers.models.mimo_v2_flash.modeling_mimo_v2_flash.MiMoV2FlashRotaryEmbedding, transformers.models.modernbert_decoder.modeling_modernbert_decoder.ModernBertDecoderRotaryEmbedding, transformers.models.moonshine.modeling_moonshine.MoonshineRotaryEmbedding, transformers.models.nemotron3_diarization.modeling_nemotron3_diarization.Nemotron3DiarizationRotaryEmbedding, transformers.models.persimmon.modeling_persimmon.PersimmonRotaryEmbedding, transformers.models.pocket_tts_audio_tokenizer.modeling_pocket_tts_audio_tokenizer.PocketTTSAudioTokenizerRotaryEmbedding, transformers.models.t5gemma.modeling_t5gemma.T5GemmaRotaryEmbedding, transformers.models.voxtral_realtime.modeling_voxtral_realtime.VoxtralRealtimeRotaryEmbedding, transformers.models.afmoe.modeling_afmoe.AfmoeRotaryEmbedding, transformers.models.apertus.modeling_apertus.ApertusRotaryEmbedding, transformers.models.apertus1p5.modeling_apertus1p5.Apertus1p5TextRotaryEmbedding, transformers.models.arcee.modeling_arcee.ArceeRotaryEmbedding, transformers.models.aria.modeling_aria.AriaTextRotaryEmbedding, transformers.models.axk1.modeling_axk1.AXK1RotaryEmbedding, transformers.models.axk2.modeling_axk2.AXK2RotaryEmbedding, transformers.models.bailing_hybrid.modeling_bailing_hybrid.BailingHybridRotaryEmbedding, transformers.models.bamba.modeling_bamba.BambaRotaryEmbedding, transformers.models.bitnet.modeling_bitnet.BitNetRotaryEmbedding, transformers.models.chameleon.modeling_chameleon.ChameleonRotaryEmbedding, transformers.models.cwm.modeling_cwm.CwmRotaryEmbedding, transformers.models.dbrx.modeling_dbrx.DbrxRotaryEmbedding, transformers.models.deepseek_ocr2.modeling_deepseek_ocr2.DeepseekOcr2TextRotaryEmbedding, transformers.models.deepseek_ocr2.modeling_deepseek_ocr2.DeepseekOcr2VisionRotaryEmbedding, transformers.models.deepseek_v32.modeling_deepseek_v32.DeepseekV32RotaryEmbedding, transformers.models.diffllama.modeling_diffllama.DiffLlamaRotaryEmbedding, transformers.models.doge.modeling_doge.DogeRotaryEmbedding, transformers.models.dots1.modeling_dots1.Dots1RotaryEmbedding, transformers.models.dots3_note.modeling_dots3_note.Dots3NoteAudioRotaryEmbedding, transformers.models.dots3_note.modeling_dots3_note.Dots3NoteTextRotaryEmbedding, transformers.models.esmc.modeling_esmc.EsmcRotaryEmbedding, transformers.models.eurobert.modeling_eurobert.EuroBertRotaryEmbedding, transformers.models.evolla.modeling_evolla.EvollaRotaryEmbedding, transformers.models.evolla.modeling_evolla.EvollaSaProtRotaryEmbedding, transformers.models.exaone_moe.modeling_exaone_moe.ExaoneMoeRotaryEmbedding, transformers.models.falcon.modeling_falcon.FalconRotaryEmbedding, transformers.models.falcon_h1.modeling_falcon_h1.FalconH1RotaryEmbedding, transformers.models.flint.modeling_flint.FlintRotaryEmbedding, transformers.models.gemma2.modeling_gemma2.Gemma2RotaryEmbedding, transformers.models.glm.modeling_glm.GlmRotaryEmbedding, transformers.models.glm4.modeling_glm4.Glm4RotaryEmbedding, transformers.models.glm4_moe.modeling_glm4_moe.Glm4MoeRotaryEmbedding, transformers.models.glm4_moe_lite.modeling_glm4_moe_lite.Glm4MoeLiteRotaryEmbedding, transformers.models.glm_moe_dsa.modeling_glm_moe_dsa.GlmMoeDsaRotaryEmbedding, transformers.models.glmasr.modeling_glmasr.GlmAsrRotaryEmbedding, transformers.models.gpt_neox.modeling_gpt_neox.GPTNeoXRotaryEmbedding, transformers.models.gpt_neox_japanese.modeling_gpt_neox_japanese.GPTNeoXJapaneseRotaryEmbedding, transformers.models.gradium_phonon_tts.modeling_gradium_phonon_tts.GradiumPhononTTSRotaryEmbedding, transformers.models.granite4_vision.modeling_granite4_vision.Granite4VisionTextRotaryEmbedding, transformers.models.granite_docling.modeling_granite_docling.GraniteDoclingTextRotaryEmbedding, transformers.models.granite_swa.modeling_granite_swa.GraniteSWARotaryEmbedding, transformers.models.granitemoe.modeling_granitemoe.GraniteMoeRotaryEmbedding, transformers.models.granitemoe_swa.modeling_granitemoe_swa.GraniteMoeSWARotaryEmbedding, transformers.models.granitemoeshared.modeling_granitemoeshared.GraniteMoeSharedRotaryEmbedding, transformers.models.gte.modeling_gte.GteRotaryEmbedding, transformers.models.helium.modeling_helium.HeliumRotaryEmbedding, transformers.models.higgs_audio_v2.modeling_higgs_audio_v2.HiggsAudioV2RotaryEmbedding, transformers.models.hrm_text.modeling_hrm_text.HrmTextRotaryEmbedding, transformers.models.hunyuan_v1_dense.modeling_hunyuan_v1_dense.HunYuanDenseV1RotaryEmbedding, transformers.models.hunyuan_v1_moe.modeling_hunyuan_v1_moe.HunYuanMoEV1RotaryEmbedding, transformers.models.hy_v3.modeling_hy_v3.HYV3RotaryEmbedding, transformers.models.hy_v4.modeling_hy_v4.HYV4RotaryEmbedding, transformers.models.jais2.modeling_jais2.Jais2RotaryEmbedding, transformers.models.jetmoe.modeling_jetmoe.JetMoeRotaryEmbedding, transformers.models.jina_embeddings_v3.modeling_jina_embeddings_v3.JinaEmbeddingsV3RotaryEmbedding, transformers.models.kolibri1.modeling_kolibri1.Kolibri1RotaryEmbedding, transformers.models.laguna.modeling_laguna.LagunaRotaryEmbedding, transformers.models.lara_mini.modeling_lara_mini.LaraMiniRotaryEmbedding, transformers.models.lfm2_moe.modeling_lfm2_moe.Lfm2MoeRotaryEmbedding, transformers.models.mellum.modeling_mellum.MellumRotaryEmbedding, transformers.models.minicpm3.modeling_minicpm3.MiniCPM3RotaryEmbedding, transformers.models.minimax.modeling_minimax.MiniMaxRotaryEmbedding, transformers.models.minimax_m2.modeling_minimax_m2.MiniMaxM2RotaryEmbedding, transformers.models.minimax_m3_vl.modeling_minimax_m3_vl.MiniMaxM3VLRotaryEmbedding, transformers.models.ministral.modeling_ministral.MinistralRotaryEmbedding, transformers.models.ministral3.modeling_ministral3.Ministral3RotaryEmbedding, transformers.models.mistral4.modeling_mistral4.Mistral4RotaryEmbedding, transformers.models.mixtral.modeling_mixtral.MixtralRotaryEmbedding, transformers.models.mllama.modeling_mllama.MllamaRotaryEmbedding, transformers.models.moonshine_streaming.modeling_moonshine_streaming.MoonshineStreamingRotaryEmbedding, transformers.models.muse_glimmer.modeling_muse_glimmer.MuseGlimmerTextRotaryEmbedding, transformers.models.muse_glimmer_assistant.modeling_muse_glimmer_assistant.MuseGlimmerAssistantRotaryEmbedding, transformers.models.nanochat.modeling_nanochat.NanoChatRotaryEmbedding, transformers.models.nemotron.modeling_nemotron.NemotronRotaryEmbedding, transformers.models.neucodec.modeling_neucodec.NeuCodecRotaryEmbedding, transformers.models.nomic_bert.modeling_nomic_bert.NomicBertRotaryEmbedding, transformers.models.olmoe.modeling_olmoe.OlmoeRotaryEmbedding, transformers.models.pe_audio.modeling_pe_audio.PeAudioEncoderRotaryEmbedding, transformers.models.phi.modeling_phi.PhiRotaryEmbedding, transformers.models.phi3.modeling_phi3.Phi3RotaryEmbedding, transformers.models.pocket_tts.modeling_pocket_tts.PocketTTSRotaryEmbedding, transformers.models.qwen2_moe.modeling_qwen2_moe.Qwen2MoeRotaryEmbedding, transformers.models.qwen3_moe.modeling_qwen3_moe.Qwen3MoeRotaryEmbedding, transformers.models.qwen3_next.modeling_qwen3_next.Qwen3NextRotaryEmbedding, transformers.models.seed_oss.modeling_seed_oss.SeedOssRotaryEmbedding, transformers.models.smollm3.modeling_smollm3.SmolLM3RotaryEmbedding, transformers.models.solar_open.modeling_solar_open.SolarOpenRotaryEmbedding, transformers.models.stablelm.modeling_stablelm.StableLmRotaryEmbedding, transformers.models.starcoder2.modeling_starcoder2.Starcoder2RotaryEmbedding, transformers.models.step3p7.modeling_step3p7.Step3p7RotaryEmbedding, transformers.models.timesfm2_5.modeling_timesfm2_5.TimesFm2_5RotaryEmbedding, transformers.models.unlimited_ocr.modeling_unlimited_ocr.UnlimitedOcrTextRotaryEmbedding, transformers.models.vaultgemma.modeling_vaultgemma.VaultGemmaRotaryEmbedding, transformers.models.xcodec2.modeling_xcodec2.Xcodec2RotaryEmbedding, transformers.models.youtu.modeling_youtu.YoutuRotaryEmbedding, transformers.models.zaya.modeling_zaya.ZayaRotaryEmbedding
transformers:  5.24.0
architectures: afmoe, apertus, apertus1p5, arcee, aria, audioflamingo3, axk1, axk2, bailing_hybrid, bamba, bitnet, chameleon, colmodernvbert, colpali, cwm, dbrx, deepseek_ocr2, deepseek_v3, deepseek_v32, deepseek_vl, deepseek_vl_hybrid, dia, diffllama, doge, dory, dots1, dots3_note, embedding_gemma2, esmc, eurobert, evolla, exaone4, exaone4_5, exaone_moe, falcon, falcon_h1, flint, fun_asr_nano, fuyu, gemma, gemma2, gemma3, gemma4, gemma4_unified, glm, glm4, glm4_moe, glm4_moe_lite, glm_moe_dsa, glmasr, got_ocr2, gpt_neox, gpt_neox_japanese, gradium_phonon_tts, granite, granite4_vision, granite_docling, granite_speech, granite_speech_plus, granite_swa, granitemoe, granitemoe_swa, granitemoeshared, gte, helium, higgs_audio_v2, hrm_text, hunyuan_v1_dense, hunyuan_v1_moe, hy_v3, hy_v4, hyperclovax, hyperclovax_vision_v2, idefics, idefics2, idefics3, internvl, jais2, jetmoe, jina_embeddings_v3, kimi_k25, kolibri1, kyutai_speech_to_text, laguna, lara_mini, lasr_ctc, lasr_encoder, lfm2, lfm2_moe, lfm2_vl, lighton_ocr, llama, llava, llava_next, llava_next_video, llava_onevision, mellum, mimi, mimo_v2_flash, minicpm3, minimax, minimax_m2, minimax_m3_vl, ministral, ministral3, mistral, mistral3, mistral4, mixtral, mllama, modernbert, modernbert-decoder, modernvbert, moonshine, moonshine_streaming, moshi, moss_transcribe_diarize, muse_glimmer, muse_glimmer_assistant, musicflamingo, nanochat, nemotron, nemotron3_5_transcribe_asr_audio, nemotron3_5_transcribe_audio, nemotron3_5_transcribe_word_timestamp, nemotron3_diarization, neucodec, nomic_bert, olmoe, omniasr, ovis2, paligemma, pe_audio, persimmon, phi, phi3, pocket_tts, pocket_tts_audio_tokenizer, pp_chart2table, qianfan_ocr, qwen2, qwen2_audio, qwen2_moe, qwen3, qwen3_asr, qwen3_moe, qwen3_next, recurrent_gemma, seed_oss, shieldgemma2, smollm3, smolvlm, solar_open, stablelm, starcoder2, step3p7, t5gemma, t5gemma2, timesfm2_5, ultrabert, ultravbert, unlimited_ocr, vaultgemma, vibevoice_asr, video_llama_3, video_llava, vipllava, voxtral, voxtral_realtime, xcodec2, youtu, zaya
cases:         1 real cases, default first (the most common that fits in 8 GB); 161 unmapped
"""

import torch
from torch import nn
from transformers.models.kyutai_speech_to_text.configuration_kyutai_speech_to_text import KyutaiSpeechToTextConfig
from transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text import KyutaiSpeechToTextRotaryEmbedding


class Model(KyutaiSpeechToTextRotaryEmbedding):
    """`KyutaiSpeechToTextRotaryEmbedding` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config: KyutaiSpeechToTextConfig):
        super().__init__(config)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A rotary position embedding, a leaf kernel: `KyutaiSpeechToTextRotaryEmbedding` as transformers runs it.

    Candidate stub: same constructor and forward signature as Model.
    Model holds no parameters or buffers in its state dict: neither may ModelNew.
    """

    def __init__(self, config: KyutaiSpeechToTextConfig):
        super().__init__()
        raise NotImplementedError("write the kernel: a rotary position embedding (KyutaiSpeechToTextRotaryEmbedding)")

    def forward(self, x, position_ids):
        raise NotImplementedError("write the kernel: a rotary position embedding (KyutaiSpeechToTextRotaryEmbedding)")


KERNEL = {"id": "efafb9e63fddd9c3", "name": "kyutai_speech_to_text_rotary_embedding", "level": 1, "label": "rotary", "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextRotaryEmbedding", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "KyutaiSpeechToTextConfig", "fields": {"head_dim": 64, "max_position_embeddings": 750, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 32, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 134504,
     "flops": 179168,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.KyutaiSpeechToTextRotaryEmbedding",
     "path": "layers.0.self_attn.rotary_emb",
     "param_dtype": "float32"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.llama.modeling_llama.LlamaRotaryEmbedding",
     "architectures": ["deepseek_vl", "deepseek_vl_hybrid", "idefics3", "llama", "llava", "llava_next", "llava_next_video", "smolvlm", "video_llava", "vipllava"],
     "reason": "built by LlamaRotaryEmbedding from a LlamaConfig"},
    {"qualname": "transformers.models.qwen2.modeling_qwen2.Qwen2RotaryEmbedding",
     "architectures": ["audioflamingo3", "internvl", "llava_onevision", "musicflamingo", "ovis2", "qwen2", "qwen2_audio", "video_llama_3"],
     "reason": "built by Qwen2RotaryEmbedding from a Qwen2Config"},
    {"qualname": "transformers.models.qwen3.modeling_qwen3.Qwen3RotaryEmbedding",
     "architectures": ["fun_asr_nano", "lighton_ocr", "moss_transcribe_diarize"],
     "reason": "built by Qwen3RotaryEmbedding from a Qwen3Config"},
    {"qualname": "transformers.models.granite.modeling_granite.GraniteRotaryEmbedding",
     "architectures": ["granite", "granite_speech", "granite_speech_plus"],
     "reason": "built by GraniteRotaryEmbedding from a GraniteConfig"},
    {"qualname": "transformers.models.modernbert.modeling_modernbert.ModernBertRotaryEmbedding",
     "architectures": ["colmodernvbert", "modernbert", "modernvbert"],
     "reason": "built by ModernBertRotaryEmbedding from a ModernBertConfig"},
    {"qualname": "transformers.models.modernbert.modeling_modernbert.ModernBertRotaryEmbedding",
     "architectures": ["colmodernvbert", "modernbert", "modernvbert"],
     "reason": "built by ModernBertRotaryEmbedding from a ModernBertConfig"},
    {"qualname": "transformers.models.lasr.modeling_lasr.LasrEncoderRotaryEmbedding",
     "architectures": ["lasr_ctc", "lasr_encoder"],
     "reason": "built by LasrEncoderRotaryEmbedding from a LasrEncoderConfig"},
    {"qualname": "transformers.models.qwen2.modeling_qwen2.Qwen2RotaryEmbedding",
     "architectures": ["got_ocr2", "pp_chart2table"],
     "reason": "built by Qwen2RotaryEmbedding from a Qwen2Config"},
    {"qualname": "transformers.models.gemma.modeling_gemma.GemmaRotaryEmbedding",
     "architectures": ["colpali", "paligemma"],
     "reason": "built by GemmaRotaryEmbedding from a GemmaConfig"},
    {"qualname": "transformers.models.gemma3.modeling_gemma3.Gemma3RotaryEmbedding",
     "architectures": ["gemma3", "shieldgemma2"],
     "reason": "built by Gemma3RotaryEmbedding from a Gemma3TextConfig"},
    {"qualname": "transformers.models.gemma3.modeling_gemma3.Gemma3RotaryEmbedding",
     "architectures": ["gemma3", "shieldgemma2"],
     "reason": "built by Gemma3RotaryEmbedding from a Gemma3TextConfig"},
    {"qualname": "transformers.models.lfm2.modeling_lfm2.Lfm2RotaryEmbedding",
     "architectures": ["lfm2", "lfm2_vl"],
     "reason": "built by Lfm2RotaryEmbedding from a Lfm2Config"},
    {"qualname": "transformers.models.ultrabert.modeling_ultrabert.UltrabertRotaryEmbedding",
     "architectures": ["ultrabert", "ultravbert"],
     "reason": "built by UltrabertRotaryEmbedding from a UltrabertConfig"},
    {"qualname": "transformers.models.ultrabert.modeling_ultrabert.UltrabertRotaryEmbedding",
     "architectures": ["ultrabert", "ultravbert"],
     "reason": "built by UltrabertRotaryEmbedding from a UltrabertConfig"},
    {"qualname": "transformers.models.exaone4.modeling_exaone4.Exaone4RotaryEmbedding",
     "architectures": ["exaone4", "exaone4_5"],
     "reason": "built by Exaone4RotaryEmbedding from a Exaone4Config"},
    {"qualname": "transformers.models.persimmon.modeling_persimmon.PersimmonRotaryEmbedding",
     "architectures": ["fuyu", "persimmon"],
     "reason": "built by PersimmonRotaryEmbedding from a PersimmonConfig"},
    {"qualname": "transformers.models.hyperclovax.modeling_hyperclovax.HyperCLOVAXRotaryEmbedding",
     "architectures": ["hyperclovax", "hyperclovax_vision_v2"],
     "reason": "built by HyperCLOVAXRotaryEmbedding from a HyperCLOVAXConfig"},
    {"qualname": "transformers.models.mistral.modeling_mistral.MistralRotaryEmbedding",
     "architectures": ["idefics2", "mistral"],
     "reason": "built by MistralRotaryEmbedding from a MistralConfig"},
    {"qualname": "transformers.models.qwen3.modeling_qwen3.Qwen3RotaryEmbedding",
     "architectures": ["qianfan_ocr", "qwen3"],
     "reason": "built by Qwen3RotaryEmbedding from a Qwen3Config"},
    {"qualname": "transformers.models.deepseek_v3.modeling_deepseek_v3.DeepseekV3RotaryEmbedding",
     "architectures": ["deepseek_v3", "kimi_k25"],
     "reason": "built by DeepseekV3RotaryEmbedding from a DeepseekV3Config"},
    {"qualname": "transformers.models.idefics.modeling_idefics.IdeficsRotaryEmbedding",
     "architectures": ["idefics"],
     "reason": "built by IdeficsRotaryEmbedding from a IdeficsConfig"},
    {"qualname": "transformers.models.moshi.modeling_moshi.MoshiRotaryEmbedding",
     "architectures": ["moshi"],
     "reason": "built by MoshiRotaryEmbedding from a MoshiConfig"},
    {"qualname": "transformers.models.recurrent_gemma.modeling_recurrent_gemma.RecurrentGemmaRotaryEmbedding",
     "architectures": ["recurrent_gemma"],
     "reason": "built by RecurrentGemmaRotaryEmbedding from a RecurrentGemmaConfig"},
    {"qualname": "transformers.models.t5gemma.modeling_t5gemma.T5GemmaRotaryEmbedding",
     "architectures": ["t5gemma"],
     "reason": "built by T5GemmaRotaryEmbedding from a T5GemmaModuleConfig"},
    {"qualname": "transformers.models.nemotron3_5_transcribe.modeling_nemotron3_5_transcribe.Nemotron3_5TranscribeRotaryEmbedding",
     "architectures": ["nemotron3_5_transcribe_word_timestamp"],
     "reason": "built by Nemotron3_5TranscribeRotaryEmbedding from a Nemotron3_5TranscribeWordTimestampConfig"},
    {"qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteAudioRotaryEmbedding",
     "architectures": ["dots3_note"],
     "reason": "built by Dots3NoteAudioRotaryEmbedding from a Dots3NoteAudioConfig"},
    {"qualname": "transformers.models.pocket_tts_audio_tokenizer.modeling_pocket_tts_audio_tokenizer.PocketTTSAudioTokenizerRotaryEmbedding",
     "architectures": ["pocket_tts_audio_tokenizer"],
     "reason": "built by PocketTTSAudioTokenizerRotaryEmbedding from a PocketTTSAudioTokenizerEncoderConfig"},
    {"qualname": "transformers.models.pocket_tts_audio_tokenizer.modeling_pocket_tts_audio_tokenizer.PocketTTSAudioTokenizerRotaryEmbedding",
     "architectures": ["pocket_tts_audio_tokenizer"],
     "reason": "built by PocketTTSAudioTokenizerRotaryEmbedding from a PocketTTSAudioTokenizerDecoderConfig"},
    {"qualname": "transformers.models.glmasr.modeling_glmasr.GlmAsrRotaryEmbedding",
     "architectures": ["glmasr"],
     "reason": "built by GlmAsrRotaryEmbedding from a GlmAsrEncoderConfig"},
    {"qualname": "transformers.models.deepseek_ocr2.modeling_deepseek_ocr2.DeepseekOcr2VisionRotaryEmbedding",
     "architectures": ["deepseek_ocr2"],
     "reason": "built by DeepseekOcr2VisionRotaryEmbedding from a DeepseekOcr2VisionEncoderConfig"},
    {"qualname": "transformers.models.mimi.modeling_mimi.MimiRotaryEmbedding",
     "architectures": ["mimi"],
     "reason": "built by MimiRotaryEmbedding from a MimiEncoderConfig"},
    {"qualname": "transformers.models.mimi.modeling_mimi.MimiRotaryEmbedding",
     "architectures": ["mimi"],
     "reason": "built by MimiRotaryEmbedding from a MimiDecoderConfig"},
    {"qualname": "transformers.models.voxtral_realtime.modeling_voxtral_realtime.VoxtralRealtimeRotaryEmbedding",
     "architectures": ["voxtral_realtime"],
     "reason": "built by VoxtralRealtimeRotaryEmbedding from a VoxtralRealtimeEncoderConfig"},
    {"qualname": "transformers.models.nemotron3_5_transcribe.modeling_nemotron3_5_transcribe.Nemotron3_5TranscribeRotaryEmbedding",
     "architectures": ["nemotron3_5_transcribe_audio"],
     "reason": "built by Nemotron3_5TranscribeRotaryEmbedding from a Nemotron3_5TranscribeAsrAudioConfig"},
    {"qualname": "transformers.models.nemotron3_diarization.modeling_nemotron3_diarization.Nemotron3DiarizationRotaryEmbedding",
     "architectures": ["nemotron3_5_transcribe_audio"],
     "reason": "built by Nemotron3DiarizationRotaryEmbedding from a Nemotron3DiarizationAudioConfig"},
    {"qualname": "transformers.models.moonshine.modeling_moonshine.MoonshineRotaryEmbedding",
     "architectures": ["moonshine"],
     "reason": "built by MoonshineRotaryEmbedding from a MoonshineConfig"},
    {"qualname": "transformers.models.qwen2.modeling_qwen2.Qwen2RotaryEmbedding",
     "architectures": ["vibevoice_asr"],
     "reason": "built by Qwen2RotaryEmbedding from a Qwen2Config"},
    {"qualname": "transformers.models.neucodec.modeling_neucodec.NeuCodecRotaryEmbedding",
     "architectures": ["neucodec"],
     "reason": "built by NeuCodecRotaryEmbedding from a NeuCodecConfig"},
    {"qualname": "transformers.models.timesfm2_5.modeling_timesfm2_5.TimesFm2_5RotaryEmbedding",
     "architectures": ["timesfm2_5"],
     "reason": "built by TimesFm2_5RotaryEmbedding from a TimesFm2_5Config"},
    {"qualname": "transformers.models.nemotron3_5_transcribe.modeling_nemotron3_5_transcribe.Nemotron3_5TranscribeRotaryEmbedding",
     "architectures": ["nemotron3_5_transcribe_asr_audio"],
     "reason": "built by Nemotron3_5TranscribeRotaryEmbedding from a Nemotron3_5TranscribeAsrAudioConfig"},
    {"qualname": "transformers.models.nemotron3_diarization.modeling_nemotron3_diarization.Nemotron3DiarizationRotaryEmbedding",
     "architectures": ["nemotron3_diarization"],
     "reason": "built by Nemotron3DiarizationRotaryEmbedding from a Nemotron3DiarizationAudioConfig"},
    {"qualname": "transformers.models.pe_audio.modeling_pe_audio.PeAudioEncoderRotaryEmbedding",
     "architectures": ["pe_audio"],
     "reason": "built by PeAudioEncoderRotaryEmbedding from a PeAudioEncoderConfig"},
    {"qualname": "transformers.models.xcodec2.modeling_xcodec2.Xcodec2RotaryEmbedding",
     "architectures": ["xcodec2"],
     "reason": "built by Xcodec2RotaryEmbedding from a Xcodec2Config"},
    {"qualname": "transformers.models.modernbert.modeling_modernbert.ModernBertRotaryEmbedding",
     "architectures": ["pe_audio"],
     "reason": "built by ModernBertRotaryEmbedding from a ModernBertConfig"},
    {"qualname": "transformers.models.modernbert.modeling_modernbert.ModernBertRotaryEmbedding",
     "architectures": ["pe_audio"],
     "reason": "built by ModernBertRotaryEmbedding from a ModernBertConfig"},
    {"qualname": "transformers.models.dia.modeling_dia.DiaRotaryEmbedding",
     "architectures": ["dia"],
     "reason": "built by DiaRotaryEmbedding from a DiaEncoderConfig"},
    {"qualname": "transformers.models.doge.modeling_doge.DogeRotaryEmbedding",
     "architectures": ["doge"],
     "reason": "built by DogeRotaryEmbedding from a DogeConfig"},
    {"qualname": "transformers.models.granite_docling.modeling_granite_docling.GraniteDoclingTextRotaryEmbedding",
     "architectures": ["granite_docling"],
     "reason": "built by GraniteDoclingTextRotaryEmbedding from a GraniteDoclingTextConfig"},
    {"qualname": "transformers.models.jina_embeddings_v3.modeling_jina_embeddings_v3.JinaEmbeddingsV3RotaryEmbedding",
     "architectures": ["jina_embeddings_v3"],
     "reason": "built by JinaEmbeddingsV3RotaryEmbedding from a JinaEmbeddingsV3Config"},
    {"qualname": "transformers.models.lara_mini.modeling_lara_mini.LaraMiniRotaryEmbedding",
     "architectures": ["lara_mini"],
     "reason": "built by LaraMiniRotaryEmbedding from a LaraMiniConfig"},
    {"qualname": "transformers.models.pocket_tts.modeling_pocket_tts.PocketTTSRotaryEmbedding",
     "architectures": ["pocket_tts"],
     "reason": "built by PocketTTSRotaryEmbedding from a PocketTTSConfig"},
    {"qualname": "transformers.models.evolla.modeling_evolla.EvollaSaProtRotaryEmbedding",
     "architectures": ["evolla"],
     "reason": "built by EvollaSaProtRotaryEmbedding from a SaProtConfig"},
    {"qualname": "transformers.models.unlimited_ocr.modeling_unlimited_ocr.UnlimitedOcrTextRotaryEmbedding",
     "architectures": ["unlimited_ocr"],
     "reason": "built by UnlimitedOcrTextRotaryEmbedding from a UnlimitedOcrTextConfig"},
    {"qualname": "transformers.models.hrm_text.modeling_hrm_text.HrmTextRotaryEmbedding",
     "architectures": ["hrm_text"],
     "reason": "built by HrmTextRotaryEmbedding from a HrmTextConfig"},
    {"qualname": "transformers.models.laguna.modeling_laguna.LagunaRotaryEmbedding",
     "architectures": ["laguna"],
     "reason": "built by LagunaRotaryEmbedding from a LagunaConfig"},
    {"qualname": "transformers.models.zaya.modeling_zaya.ZayaRotaryEmbedding",
     "architectures": ["zaya"],
     "reason": "built by ZayaRotaryEmbedding from a ZayaConfig"},
    {"qualname": "transformers.models.afmoe.modeling_afmoe.AfmoeRotaryEmbedding",
     "architectures": ["afmoe"],
     "reason": "built by AfmoeRotaryEmbedding from a AfmoeConfig"},
    {"qualname": "transformers.models.axk2.modeling_axk2.AXK2RotaryEmbedding",
     "architectures": ["axk2"],
     "reason": "built by AXK2RotaryEmbedding from a AXK2Config"},
    {"qualname": "transformers.models.dbrx.modeling_dbrx.DbrxRotaryEmbedding",
     "architectures": ["dbrx"],
     "reason": "built by DbrxRotaryEmbedding from a DbrxConfig"},
    {"qualname": "transformers.models.dia.modeling_dia.DiaRotaryEmbedding",
     "architectures": ["dia"],
     "reason": "built by DiaRotaryEmbedding from a DiaDecoderConfig"},
    {"qualname": "transformers.models.diffllama.modeling_diffllama.DiffLlamaRotaryEmbedding",
     "architectures": ["diffllama"],
     "reason": "built by DiffLlamaRotaryEmbedding from a DiffLlamaConfig"},
    {"qualname": "transformers.models.flint.modeling_flint.FlintRotaryEmbedding",
     "architectures": ["flint"],
     "reason": "built by FlintRotaryEmbedding from a FlintConfig"},
    {"qualname": "transformers.models.glm4_moe_lite.modeling_glm4_moe_lite.Glm4MoeLiteRotaryEmbedding",
     "architectures": ["glm4_moe_lite"],
     "reason": "built by Glm4MoeLiteRotaryEmbedding from a Glm4MoeLiteConfig"},
    {"qualname": "transformers.models.llama.modeling_llama.LlamaRotaryEmbedding",
     "architectures": ["glmasr"],
     "reason": "built by LlamaRotaryEmbedding from a LlamaConfig"},
    {"qualname": "transformers.models.jetmoe.modeling_jetmoe.JetMoeRotaryEmbedding",
     "architectures": ["jetmoe"],
     "reason": "built by JetMoeRotaryEmbedding from a JetMoeConfig"},
    {"qualname": "transformers.models.lfm2_moe.modeling_lfm2_moe.Lfm2MoeRotaryEmbedding",
     "architectures": ["lfm2_moe"],
     "reason": "built by Lfm2MoeRotaryEmbedding from a Lfm2MoeConfig"},
    {"qualname": "transformers.models.olmoe.modeling_olmoe.OlmoeRotaryEmbedding",
     "architectures": ["olmoe"],
     "reason": "built by OlmoeRotaryEmbedding from a OlmoeConfig"},
    {"qualname": "transformers.models.phi.modeling_phi.PhiRotaryEmbedding",
     "architectures": ["phi"],
     "reason": "built by PhiRotaryEmbedding from a PhiConfig"},
    {"qualname": "transformers.models.qwen2_moe.modeling_qwen2_moe.Qwen2MoeRotaryEmbedding",
     "architectures": ["qwen2_moe"],
     "reason": "built by Qwen2MoeRotaryEmbedding from a Qwen2MoeConfig"},
    {"qualname": "transformers.models.qwen3.modeling_qwen3.Qwen3RotaryEmbedding",
     "architectures": ["qwen3_asr"],
     "reason": "built by Qwen3RotaryEmbedding from a Qwen3Config"},
    {"qualname": "transformers.models.qwen3_moe.modeling_qwen3_moe.Qwen3MoeRotaryEmbedding",
     "architectures": ["qwen3_moe"],
     "reason": "built by Qwen3MoeRotaryEmbedding from a Qwen3MoeConfig"},
    {"qualname": "transformers.models.qwen3_next.modeling_qwen3_next.Qwen3NextRotaryEmbedding",
     "architectures": ["qwen3_next"],
     "reason": "built by Qwen3NextRotaryEmbedding from a Qwen3NextConfig"},
    {"qualname": "transformers.models.smollm3.modeling_smollm3.SmolLM3RotaryEmbedding",
     "architectures": ["smollm3"],
     "reason": "built by SmolLM3RotaryEmbedding from a SmolLM3Config"},
    {"qualname": "transformers.models.youtu.modeling_youtu.YoutuRotaryEmbedding",
     "architectures": ["youtu"],
     "reason": "built by YoutuRotaryEmbedding from a YoutuConfig"},
    {"qualname": "transformers.models.gemma4.modeling_gemma4.Gemma4TextRotaryEmbedding",
     "architectures": ["gemma4"],
     "reason": "built by Gemma4TextRotaryEmbedding from a Gemma4TextConfig"},
    {"qualname": "transformers.models.gemma4_unified.modeling_gemma4_unified.Gemma4UnifiedTextRotaryEmbedding",
     "architectures": ["gemma4_unified"],
     "reason": "built by Gemma4UnifiedTextRotaryEmbedding from a Gemma4UnifiedTextConfig"},
    {"qualname": "transformers.models.mellum.modeling_mellum.MellumRotaryEmbedding",
     "architectures": ["mellum"],
     "reason": "built by MellumRotaryEmbedding from a MellumConfig"},
    {"qualname": "transformers.models.t5gemma2.modeling_t5gemma2.T5Gemma2RotaryEmbedding",
     "architectures": ["t5gemma2"],
     "reason": "built by T5Gemma2RotaryEmbedding from a T5Gemma2TextConfig"},
    {"qualname": "transformers.models.t5gemma2.modeling_t5gemma2.T5Gemma2RotaryEmbedding",
     "architectures": ["t5gemma2"],
     "reason": "built by T5Gemma2RotaryEmbedding from a T5Gemma2DecoderConfig"},
    {"qualname": "transformers.models.gemma4.modeling_gemma4.Gemma4TextRotaryEmbedding",
     "architectures": ["gemma4"],
     "reason": "built by Gemma4TextRotaryEmbedding from a Gemma4TextConfig"},
    {"qualname": "transformers.models.gemma4_unified.modeling_gemma4_unified.Gemma4UnifiedTextRotaryEmbedding",
     "architectures": ["gemma4_unified"],
     "reason": "built by Gemma4UnifiedTextRotaryEmbedding from a Gemma4UnifiedTextConfig"},
    {"qualname": "transformers.models.t5gemma2.modeling_t5gemma2.T5Gemma2RotaryEmbedding",
     "architectures": ["t5gemma2"],
     "reason": "built by T5Gemma2RotaryEmbedding from a T5Gemma2TextConfig"},
    {"qualname": "transformers.models.t5gemma2.modeling_t5gemma2.T5Gemma2RotaryEmbedding",
     "architectures": ["t5gemma2"],
     "reason": "built by T5Gemma2RotaryEmbedding from a T5Gemma2DecoderConfig"},
    {"qualname": "transformers.models.gemma2.modeling_gemma2.Gemma2RotaryEmbedding",
     "architectures": ["gemma2"],
     "reason": "built by Gemma2RotaryEmbedding from a Gemma2Config"},
    {"qualname": "transformers.models.vaultgemma.modeling_vaultgemma.VaultGemmaRotaryEmbedding",
     "architectures": ["vaultgemma"],
     "reason": "built by VaultGemmaRotaryEmbedding from a VaultGemmaConfig"},
    {"qualname": "transformers.models.dory.modeling_dory.DoryRotaryEmbedding",
     "architectures": ["dory"],
     "reason": "built by DoryRotaryEmbedding from a DoryConfig"},
    {"qualname": "transformers.models.dory.modeling_dory.DoryRotaryEmbedding",
     "architectures": ["dory"],
     "reason": "built by DoryRotaryEmbedding from a DoryConfig"},
    {"qualname": "transformers.models.arcee.modeling_arcee.ArceeRotaryEmbedding",
     "architectures": ["arcee"],
     "reason": "built by ArceeRotaryEmbedding from a ArceeConfig"},
    {"qualname": "transformers.models.bailing_hybrid.modeling_bailing_hybrid.BailingHybridRotaryEmbedding",
     "architectures": ["bailing_hybrid"],
     "reason": "built by BailingHybridRotaryEmbedding from a BailingHybridConfig"},
    {"qualname": "transformers.models.bitnet.modeling_bitnet.BitNetRotaryEmbedding",
     "architectures": ["bitnet"],
     "reason": "built by BitNetRotaryEmbedding from a BitNetConfig"},
    {"qualname": "transformers.models.esmc.modeling_esmc.EsmcRotaryEmbedding",
     "architectures": ["esmc"],
     "reason": "built by EsmcRotaryEmbedding from a EsmcConfig"},
    {"qualname": "transformers.models.gpt_neox_japanese.modeling_gpt_neox_japanese.GPTNeoXJapaneseRotaryEmbedding",
     "architectures": ["gpt_neox_japanese"],
     "reason": "built by GPTNeoXJapaneseRotaryEmbedding from a GPTNeoXJapaneseConfig"},
    {"qualname": "transformers.models.granite_swa.modeling_granite_swa.GraniteSWARotaryEmbedding",
     "architectures": ["granite_swa"],
     "reason": "built by GraniteSWARotaryEmbedding from a GraniteSWAConfig"},
    {"qualname": "transformers.models.helium.modeling_helium.HeliumRotaryEmbedding",
     "architectures": ["helium"],
     "reason": "built by HeliumRotaryEmbedding from a HeliumConfig"},
    {"qualname": "transformers.models.kolibri1.modeling_kolibri1.Kolibri1RotaryEmbedding",
     "architectures": ["kolibri1"],
     "reason": "built by Kolibri1RotaryEmbedding from a Kolibri1Config"},
    {"qualname": "transformers.models.minicpm3.modeling_minicpm3.MiniCPM3RotaryEmbedding",
     "architectures": ["minicpm3"],
     "reason": "built by MiniCPM3RotaryEmbedding from a MiniCPM3Config"},
    {"qualname": "transformers.models.stablelm.modeling_stablelm.StableLmRotaryEmbedding",
     "architectures": ["stablelm"],
     "reason": "built by StableLmRotaryEmbedding from a StableLmConfig"},
    {"qualname": "transformers.models.hy_v4.modeling_hy_v4.HYV4RotaryEmbedding",
     "architectures": ["hy_v4"],
     "reason": "built by HYV4RotaryEmbedding from a HYV4Config"},
    {"qualname": "transformers.models.moonshine.modeling_moonshine.MoonshineRotaryEmbedding",
     "architectures": ["moonshine"],
     "reason": "built by MoonshineRotaryEmbedding from a MoonshineConfig"},
    {"qualname": "transformers.models.gemma.modeling_gemma.GemmaRotaryEmbedding",
     "architectures": ["gemma"],
     "reason": "built by GemmaRotaryEmbedding from a GemmaConfig"},
    {"qualname": "transformers.models.higgs_audio_v2.modeling_higgs_audio_v2.HiggsAudioV2RotaryEmbedding",
     "architectures": ["higgs_audio_v2"],
     "reason": "built by HiggsAudioV2RotaryEmbedding from a HiggsAudioV2Config"},
    {"qualname": "transformers.models.minimax_m2.modeling_minimax_m2.MiniMaxM2RotaryEmbedding",
     "architectures": ["minimax_m2"],
     "reason": "built by MiniMaxM2RotaryEmbedding from a MiniMaxM2Config"},
    {"qualname": "transformers.models.phi3.modeling_phi3.Phi3RotaryEmbedding",
     "architectures": ["phi3"],
     "reason": "built by Phi3RotaryEmbedding from a Phi3Config"},
    {"qualname": "transformers.models.starcoder2.modeling_starcoder2.Starcoder2RotaryEmbedding",
     "architectures": ["starcoder2"],
     "reason": "built by Starcoder2RotaryEmbedding from a Starcoder2Config"},
    {"qualname": "transformers.models.llama.modeling_llama.LlamaRotaryEmbedding",
     "architectures": ["voxtral"],
     "reason": "built by LlamaRotaryEmbedding from a LlamaConfig"},
    {"qualname": "transformers.models.voxtral_realtime.modeling_voxtral_realtime.VoxtralRealtimeRotaryEmbedding",
     "architectures": ["voxtral_realtime"],
     "reason": "built by VoxtralRealtimeRotaryEmbedding from a VoxtralRealtimeTextConfig"},
    {"qualname": "transformers.models.moonshine_streaming.modeling_moonshine_streaming.MoonshineStreamingRotaryEmbedding",
     "architectures": ["moonshine_streaming"],
     "reason": "built by MoonshineStreamingRotaryEmbedding from a MoonshineStreamingConfig"},
    {"qualname": "transformers.models.jais2.modeling_jais2.Jais2RotaryEmbedding",
     "architectures": ["jais2"],
     "reason": "built by Jais2RotaryEmbedding from a Jais2Config"},
    {"qualname": "transformers.models.mimo_v2_flash.modeling_mimo_v2_flash.MiMoV2FlashRotaryEmbedding",
     "architectures": ["mimo_v2_flash"],
     "reason": "built by MiMoV2FlashRotaryEmbedding from a MiMoV2FlashConfig"},
    {"qualname": "transformers.models.step3p7.modeling_step3p7.Step3p7RotaryEmbedding",
     "architectures": ["step3p7"],
     "reason": "built by Step3p7RotaryEmbedding from a Step3p7TextConfig"},
    {"qualname": "transformers.models.mimo_v2_flash.modeling_mimo_v2_flash.MiMoV2FlashRotaryEmbedding",
     "architectures": ["mimo_v2_flash"],
     "reason": "built by MiMoV2FlashRotaryEmbedding from a MiMoV2FlashConfig"},
    {"qualname": "transformers.models.apertus.modeling_apertus.ApertusRotaryEmbedding",
     "architectures": ["apertus"],
     "reason": "built by ApertusRotaryEmbedding from a ApertusConfig"},
    {"qualname": "transformers.models.apertus1p5.modeling_apertus1p5.Apertus1p5TextRotaryEmbedding",
     "architectures": ["apertus1p5"],
     "reason": "built by Apertus1p5TextRotaryEmbedding from a Apertus1p5TextConfig"},
    {"qualname": "transformers.models.aria.modeling_aria.AriaTextRotaryEmbedding",
     "architectures": ["aria"],
     "reason": "built by AriaTextRotaryEmbedding from a AriaTextConfig"},
    {"qualname": "transformers.models.bamba.modeling_bamba.BambaRotaryEmbedding",
     "architectures": ["bamba"],
     "reason": "built by BambaRotaryEmbedding from a BambaConfig"},
    {"qualname": "transformers.models.chameleon.modeling_chameleon.ChameleonRotaryEmbedding",
     "architectures": ["chameleon"],
     "reason": "built by ChameleonRotaryEmbedding from a ChameleonConfig"},
    {"qualname": "transformers.models.deepseek_ocr2.modeling_deepseek_ocr2.DeepseekOcr2TextRotaryEmbedding",
     "architectures": ["deepseek_ocr2"],
     "reason": "built by DeepseekOcr2TextRotaryEmbedding from a DeepseekOcr2TextConfig"},
    {"qualname": "transformers.models.evolla.modeling_evolla.EvollaRotaryEmbedding",
     "architectures": ["evolla"],
     "reason": "built by EvollaRotaryEmbedding from a EvollaConfig"},
    {"qualname": "transformers.models.exaone_moe.modeling_exaone_moe.ExaoneMoeRotaryEmbedding",
     "architectures": ["exaone_moe"],
     "reason": "built by ExaoneMoeRotaryEmbedding from a ExaoneMoeConfig"},
    {"qualname": "transformers.models.falcon_h1.modeling_falcon_h1.FalconH1RotaryEmbedding",
     "architectures": ["falcon_h1"],
     "reason": "built by FalconH1RotaryEmbedding from a FalconH1Config"},
    {"qualname": "transformers.models.glm.modeling_glm.GlmRotaryEmbedding",
     "architectures": ["glm"],
     "reason": "built by GlmRotaryEmbedding from a GlmConfig"},
    {"qualname": "transformers.models.glm4.modeling_glm4.Glm4RotaryEmbedding",
     "architectures": ["glm4"],
     "reason": "built by Glm4RotaryEmbedding from a Glm4Config"},
    {"qualname": "transformers.models.glm4_moe.modeling_glm4_moe.Glm4MoeRotaryEmbedding",
     "architectures": ["glm4_moe"],
     "reason": "built by Glm4MoeRotaryEmbedding from a Glm4MoeConfig"},
    {"qualname": "transformers.models.granite4_vision.modeling_granite4_vision.Granite4VisionTextRotaryEmbedding",
     "architectures": ["granite4_vision"],
     "reason": "built by Granite4VisionTextRotaryEmbedding from a Granite4VisionTextConfig"},
    {"qualname": "transformers.models.granitemoe.modeling_granitemoe.GraniteMoeRotaryEmbedding",
     "architectures": ["granitemoe"],
     "reason": "built by GraniteMoeRotaryEmbedding from a GraniteMoeConfig"},
    {"qualname": "transformers.models.granitemoe_swa.modeling_granitemoe_swa.GraniteMoeSWARotaryEmbedding",
     "architectures": ["granitemoe_swa"],
     "reason": "built by GraniteMoeSWARotaryEmbedding from a GraniteMoeSWAConfig"},
    {"qualname": "transformers.models.granitemoeshared.modeling_granitemoeshared.GraniteMoeSharedRotaryEmbedding",
     "architectures": ["granitemoeshared"],
     "reason": "built by GraniteMoeSharedRotaryEmbedding from a GraniteMoeSharedConfig"},
    {"qualname": "transformers.models.hunyuan_v1_dense.modeling_hunyuan_v1_dense.HunYuanDenseV1RotaryEmbedding",
     "architectures": ["hunyuan_v1_dense"],
     "reason": "built by HunYuanDenseV1RotaryEmbedding from a HunYuanDenseV1Config"},
    {"qualname": "transformers.models.hunyuan_v1_moe.modeling_hunyuan_v1_moe.HunYuanMoEV1RotaryEmbedding",
     "architectures": ["hunyuan_v1_moe"],
     "reason": "built by HunYuanMoEV1RotaryEmbedding from a HunYuanMoEV1Config"},
    {"qualname": "transformers.models.hy_v3.modeling_hy_v3.HYV3RotaryEmbedding",
     "architectures": ["hy_v3"],
     "reason": "built by HYV3RotaryEmbedding from a HYV3Config"},
    {"qualname": "transformers.models.minimax.modeling_minimax.MiniMaxRotaryEmbedding",
     "architectures": ["minimax"],
     "reason": "built by MiniMaxRotaryEmbedding from a MiniMaxConfig"},
    {"qualname": "transformers.models.ministral.modeling_ministral.MinistralRotaryEmbedding",
     "architectures": ["ministral"],
     "reason": "built by MinistralRotaryEmbedding from a MinistralConfig"},
    {"qualname": "transformers.models.ministral3.modeling_ministral3.Ministral3RotaryEmbedding",
     "architectures": ["ministral3"],
     "reason": "built by Ministral3RotaryEmbedding from a Ministral3Config"},
    {"qualname": "transformers.models.mistral4.modeling_mistral4.Mistral4RotaryEmbedding",
     "architectures": ["mistral4"],
     "reason": "built by Mistral4RotaryEmbedding from a Mistral4Config"},
    {"qualname": "transformers.models.mixtral.modeling_mixtral.MixtralRotaryEmbedding",
     "architectures": ["mixtral"],
     "reason": "built by MixtralRotaryEmbedding from a MixtralConfig"},
    {"qualname": "transformers.models.mllama.modeling_mllama.MllamaRotaryEmbedding",
     "architectures": ["mllama"],
     "reason": "built by MllamaRotaryEmbedding from a MllamaTextConfig"},
    {"qualname": "transformers.models.llama.modeling_llama.LlamaRotaryEmbedding",
     "architectures": ["omniasr"],
     "reason": "built by LlamaRotaryEmbedding from a LlamaConfig"},
    {"qualname": "transformers.models.seed_oss.modeling_seed_oss.SeedOssRotaryEmbedding",
     "architectures": ["seed_oss"],
     "reason": "built by SeedOssRotaryEmbedding from a SeedOssConfig"},
    {"qualname": "transformers.models.solar_open.modeling_solar_open.SolarOpenRotaryEmbedding",
     "architectures": ["solar_open"],
     "reason": "built by SolarOpenRotaryEmbedding from a SolarOpenConfig"},
    {"qualname": "transformers.models.falcon.modeling_falcon.FalconRotaryEmbedding",
     "architectures": ["falcon"],
     "reason": "built by FalconRotaryEmbedding from a FalconConfig"},
    {"qualname": "transformers.models.dots1.modeling_dots1.Dots1RotaryEmbedding",
     "architectures": ["dots1"],
     "reason": "built by Dots1RotaryEmbedding from a Dots1Config"},
    {"qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteTextRotaryEmbedding",
     "architectures": ["dots3_note"],
     "reason": "built by Dots3NoteTextRotaryEmbedding from a Dots3NoteTextConfig"},
    {"qualname": "transformers.models.mistral.modeling_mistral.MistralRotaryEmbedding",
     "architectures": ["mistral3"],
     "reason": "built by MistralRotaryEmbedding from a MistralConfig"},
    {"qualname": "transformers.models.embedding_gemma2.modeling_embedding_gemma2.EmbeddingGemma2RotaryEmbedding",
     "architectures": ["embedding_gemma2"],
     "reason": "built by EmbeddingGemma2RotaryEmbedding from a EmbeddingGemma2TextConfig"},
    {"qualname": "transformers.models.embedding_gemma2.modeling_embedding_gemma2.EmbeddingGemma2RotaryEmbedding",
     "architectures": ["embedding_gemma2"],
     "reason": "built by EmbeddingGemma2RotaryEmbedding from a EmbeddingGemma2TextConfig"},
    {"qualname": "transformers.models.cwm.modeling_cwm.CwmRotaryEmbedding",
     "architectures": ["cwm"],
     "reason": "built by CwmRotaryEmbedding from a CwmConfig"},
    {"qualname": "transformers.models.glm_moe_dsa.modeling_glm_moe_dsa.GlmMoeDsaRotaryEmbedding",
     "architectures": ["glm_moe_dsa"],
     "reason": "built by GlmMoeDsaRotaryEmbedding from a GlmMoeDsaConfig"},
    {"qualname": "transformers.models.gpt_neox.modeling_gpt_neox.GPTNeoXRotaryEmbedding",
     "architectures": ["gpt_neox"],
     "reason": "built by GPTNeoXRotaryEmbedding from a GPTNeoXConfig"},
    {"qualname": "transformers.models.minimax_m3_vl.modeling_minimax_m3_vl.MiniMaxM3VLRotaryEmbedding",
     "architectures": ["minimax_m3_vl"],
     "reason": "built by MiniMaxM3VLRotaryEmbedding from a MiniMaxM3VLTextConfig"},
    {"qualname": "transformers.models.nemotron.modeling_nemotron.NemotronRotaryEmbedding",
     "architectures": ["nemotron"],
     "reason": "built by NemotronRotaryEmbedding from a NemotronConfig"},
    {"qualname": "transformers.models.muse_glimmer_assistant.modeling_muse_glimmer_assistant.MuseGlimmerAssistantRotaryEmbedding",
     "architectures": ["muse_glimmer_assistant"],
     "reason": "built by MuseGlimmerAssistantRotaryEmbedding from a MuseGlimmerAssistantConfig"},
    {"qualname": "transformers.models.muse_glimmer.modeling_muse_glimmer.MuseGlimmerTextRotaryEmbedding",
     "architectures": ["muse_glimmer"],
     "reason": "built by MuseGlimmerTextRotaryEmbedding from a MuseGlimmerTextConfig"},
    {"qualname": "transformers.models.axk1.modeling_axk1.AXK1RotaryEmbedding",
     "architectures": ["axk1"],
     "reason": "built by AXK1RotaryEmbedding from a AXK1Config"},
    {"qualname": "transformers.models.deepseek_v32.modeling_deepseek_v32.DeepseekV32RotaryEmbedding",
     "architectures": ["deepseek_v32"],
     "reason": "built by DeepseekV32RotaryEmbedding from a DeepseekV32Config"},
    {"qualname": "transformers.models.modernbert_decoder.modeling_modernbert_decoder.ModernBertDecoderRotaryEmbedding",
     "architectures": ["modernbert-decoder"],
     "reason": "built by ModernBertDecoderRotaryEmbedding from a ModernBertDecoderConfig"},
    {"qualname": "transformers.models.modernbert_decoder.modeling_modernbert_decoder.ModernBertDecoderRotaryEmbedding",
     "architectures": ["modernbert-decoder"],
     "reason": "built by ModernBertDecoderRotaryEmbedding from a ModernBertDecoderConfig"},
    {"qualname": "transformers.models.eurobert.modeling_eurobert.EuroBertRotaryEmbedding",
     "architectures": ["eurobert"],
     "reason": "built by EuroBertRotaryEmbedding from a EuroBertConfig"},
    {"qualname": "transformers.models.gradium_phonon_tts.modeling_gradium_phonon_tts.GradiumPhononTTSRotaryEmbedding",
     "architectures": ["gradium_phonon_tts"],
     "reason": "built by GradiumPhononTTSRotaryEmbedding from a GradiumPhononTTSConfig"},
    {"qualname": "transformers.models.gte.modeling_gte.GteRotaryEmbedding",
     "architectures": ["gte"],
     "reason": "built by GteRotaryEmbedding from a GteConfig"},
    {"qualname": "transformers.models.nanochat.modeling_nanochat.NanoChatRotaryEmbedding",
     "architectures": ["nanochat"],
     "reason": "built by NanoChatRotaryEmbedding from a NanoChatConfig"},
    {"qualname": "transformers.models.nomic_bert.modeling_nomic_bert.NomicBertRotaryEmbedding",
     "architectures": ["nomic_bert"],
     "reason": "built by NomicBertRotaryEmbedding from a NomicBertConfig"},
]


_CONFIGS = {"KyutaiSpeechToTextConfig": KyutaiSpeechToTextConfig}


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
