"""A normalization, a leaf kernel: `LlamaRMSNorm` as transformers runs it (hyper-parameters of add vary per case).

kernel:        03fb3ef375bded40
level:         1
label:         norm
qualnames:     transformers.models.llama.modeling_llama.LlamaRMSNorm, transformers.models.qwen2.modeling_qwen2.Qwen2RMSNorm, transformers.models.qwen3.modeling_qwen3.Qwen3RMSNorm, transformers.models.inkling.modeling_inkling.InklingRMSNorm, transformers.models.deepseek_v3.modeling_deepseek_v3.DeepseekV3RMSNorm, transformers.models.dots3_note.modeling_dots3_note.Dots3NoteRMSNorm, transformers.models.glm4v.modeling_glm4v.Glm4vRMSNorm, transformers.models.qwen2_vl.modeling_qwen2_vl.Qwen2VLRMSNorm, transformers.models.hy_v3.modeling_hy_v3.HYV3RMSNorm, transformers.models.hy_v4_vl.modeling_hy_v4_vl.HYV4VLRMSNorm, transformers.models.glm_moe_dsa.modeling_glm_moe_dsa.GlmMoeDsaRMSNorm, transformers.models.axk1.modeling_axk1.AXK1RMSNorm, transformers.models.kolibri1.modeling_kolibri1.Kolibri1RMSNorm, transformers.models.qwen2_5_vl.modeling_qwen2_5_vl.Qwen2_5_VLRMSNorm, transformers.models.exaone4.modeling_exaone4.Exaone4RMSNorm, transformers.models.hyperclovax.modeling_hyperclovax.HyperCLOVAXRMSNorm, transformers.models.lfm2.modeling_lfm2.Lfm2RMSNorm, transformers.models.qwen3_vl.modeling_qwen3_vl.Qwen3VLTextRMSNorm, transformers.models.dots1.modeling_dots1.Dots1RMSNorm, transformers.models.minicpm3.modeling_minicpm3.MiniCPM3RMSNorm, transformers.models.minimax_m2.modeling_minimax_m2.MiniMaxM2RMSNorm, transformers.models.deepseek_v32.modeling_deepseek_v32.DeepseekV32RMSNorm, transformers.models.lfm3.modeling_lfm3.Lfm3RMSNorm, transformers.models.mistral_large4.modeling_mistral_large4.MistralLarge4RMSNorm, transformers.models.mistral.modeling_mistral.MistralRMSNorm, transformers.models.pixtral.modeling_pixtral.PixtralRMSNorm, transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerRMSNorm, transformers.models.granite.modeling_granite.GraniteRMSNorm, transformers.models.axk2.modeling_axk2.AXK2RMSNorm, transformers.models.glm4_moe_lite.modeling_glm4_moe_lite.Glm4MoeLiteRMSNorm, transformers.models.glm_ocr.modeling_glm_ocr.GlmOcrRMSNorm, transformers.models.glm4.modeling_glm4.Glm4RMSNorm, transformers.models.glm_image.modeling_glm_image.GlmImageRMSNorm, transformers.models.laguna.modeling_laguna.LagunaRMSNorm, transformers.models.mistral4.modeling_mistral4.Mistral4RMSNorm, transformers.models.hy_v4.modeling_hy_v4.HYV4RMSNorm, transformers.models.hunyuan_vl.modeling_hunyuan_vl.HunYuanVLRMSNorm, transformers.models.ultrabert.modeling_ultrabert.UltrabertRMSNorm, transformers.models.apertus.modeling_apertus.ApertusRMSNorm, transformers.models.apertus1p5.modeling_apertus1p5.Apertus1p5TextRMSNorm, transformers.models.cwm.modeling_cwm.CwmRMSNorm, transformers.models.deepseek_v2.modeling_deepseek_v2.DeepseekV2RMSNorm, transformers.models.doge.modeling_doge.DogeRMSNorm, transformers.models.exaone_moe.modeling_exaone_moe.ExaoneMoeRMSNorm, transformers.models.hunyuan_v1_dense.modeling_hunyuan_v1_dense.HunYuanDenseV1RMSNorm, transformers.models.hunyuan_v1_moe.modeling_hunyuan_v1_moe.HunYuanMoEV1RMSNorm, transformers.models.lfm2_moe.modeling_lfm2_moe.Lfm2MoeRMSNorm, transformers.models.seed_oss.modeling_seed_oss.SeedOssRMSNorm, transformers.models.youtu.modeling_youtu.YoutuRMSNorm, transformers.models.bitnet.modeling_bitnet.BitNetRMSNorm, transformers.models.zaya.modeling_zaya.ZayaRMSNorm, transformers.models.timesfm2_5.modeling_timesfm2_5.TimesFm2_5RMSNorm, transformers.models.voxtral_realtime.modeling_voxtral_realtime.VoxtralRealtimeRMSNorm, transformers.models.higgs_audio_v2.modeling_higgs_audio_v2.HiggsAudioV2RMSNorm, transformers.models.mellum.modeling_mellum.MellumRMSNorm, transformers.models.mimo_v2_flash.modeling_mimo_v2_flash.MiMoV2FlashRMSNorm, transformers.models.mllama.modeling_mllama.MllamaTextRMSNorm, transformers.models.qwen3_moe.modeling_qwen3_moe.Qwen3MoeRMSNorm, transformers.models.qwen3_vl_moe.modeling_qwen3_vl_moe.Qwen3VLMoeTextRMSNorm, transformers.models.sapiens2.modeling_sapiens2.Sapiens2RMSNorm, transformers.models.solar_open.modeling_solar_open.SolarOpenRMSNorm, transformers.models.glm4_moe.modeling_glm4_moe.Glm4MoeRMSNorm, transformers.models.bailing_hybrid.modeling_bailing_hybrid.BailingHybridRMSNorm, transformers.models.glm4v_moe.modeling_glm4v_moe.Glm4vMoeTextRMSNorm, transformers.models.glm.modeling_glm.GlmRMSNorm, transformers.models.minimax.modeling_minimax.MiniMaxRMSNorm, transformers.models.dia.modeling_dia.DiaRMSNorm, transformers.models.aimv2.modeling_aimv2.Aimv2RMSNorm, transformers.models.evolla.modeling_evolla.EvollaRMSNorm, transformers.models.smollm3.modeling_smollm3.SmolLM3RMSNorm, transformers.models.zamba2.modeling_zamba2.Zamba2RMSNorm, transformers.models.ministral3.modeling_ministral3.Ministral3RMSNorm, transformers.models.arcee.modeling_arcee.ArceeRMSNorm, transformers.models.aria.modeling_aria.AriaTextRMSNorm, transformers.models.bamba.modeling_bamba.BambaRMSNorm, transformers.models.chameleon.modeling_chameleon.ChameleonRMSNorm, transformers.models.deepseek_ocr2.modeling_deepseek_ocr2.DeepseekOcr2TextRMSNorm, transformers.models.deepseek_ocr2.modeling_deepseek_ocr2.DeepseekOcr2VisionRMSNorm, transformers.models.exaone4_5.modeling_exaone4_5.Exaone4_5_RMSNorm, transformers.models.falcon_h1.modeling_falcon_h1.FalconH1RMSNorm, transformers.models.granite4_vision.modeling_granite4_vision.Granite4VisionTextRMSNorm, transformers.models.granitemoe.modeling_granitemoe.GraniteMoeRMSNorm, transformers.models.granitemoe_swa.modeling_granitemoe_swa.GraniteMoeSWARMSNorm, transformers.models.granitemoehybrid.modeling_granitemoehybrid.GraniteMoeHybridRMSNorm, transformers.models.granitemoeshared.modeling_granitemoeshared.GraniteMoeSharedRMSNorm, transformers.models.ministral.modeling_ministral.MinistralRMSNorm, transformers.models.mixtral.modeling_mixtral.MixtralRMSNorm, transformers.models.olmoe.modeling_olmoe.OlmoeRMSNorm, transformers.models.phi3.modeling_phi3.Phi3RMSNorm, transformers.models.mamba2.modeling_mamba2.Mamba2RMSNorm, transformers.models.kimi_linear.modeling_kimi_linear.KimiLinearRMSNorm, transformers.models.cosmos3_edge.modeling_cosmos3_edge.Cosmos3EdgeTextRMSNorm, transformers.models.ernie4_5_moe.modeling_ernie4_5_moe.Ernie4_5_MoeRMSNorm, transformers.models.granite_docling.modeling_granite_docling.GraniteDoclingTextRMSNorm, transformers.models.glm4v_moe.modeling_glm4v_moe.Glm4vMoeRMSNorm, transformers.models.ovis2.modeling_ovis2.Ovis2RMSNorm, transformers.models.granite_swa.modeling_granite_swa.GraniteSWARMSNorm, transformers.models.qwen2_moe.modeling_qwen2_moe.Qwen2MoeRMSNorm, transformers.models.lfm3_vl.modeling_lfm3_vl.Lfm3VlVisionRMSNorm, transformers.models.ernie4_5.modeling_ernie4_5.Ernie4_5RMSNorm, transformers.models.diffllama.modeling_diffllama.DiffLlamaRMSNorm, transformers.models.eurobert.modeling_eurobert.EuroBertRMSNorm, transformers.models.pe_audio.modeling_pe_audio.PeAudioEncoderRMSNorm, transformers.models.unlimited_ocr.modeling_unlimited_ocr.UnlimitedOcrTextRMSNorm, transformers.models.neucodec.modeling_neucodec.NeuCodecRMSNorm, transformers.models.xcodec2.modeling_xcodec2.Xcodec2RMSNorm, transformers.models.muse_glimmer_assistant.modeling_muse_glimmer_assistant.MuseGlimmerAssistantRMSNorm, transformers.models.deimv2.modeling_deimv2.Deimv2RMSNorm, transformers.models.idefics2.modeling_idefics2.Idefics2RMSNorm, transformers.models.ernie4_5_vl_moe.modeling_ernie4_5_vl_moe.Ernie4_5_VLMoeRMSNorm, transformers.models.jetmoe.modeling_jetmoe.JetMoeRMSNorm, transformers.models.paddleocr_vl.modeling_paddleocr_vl.PaddleOCRRMSNorm, transformers.models.clvp.modeling_clvp.ClvpRMSNorm, transformers.models.falcon_mamba.modeling_falcon_mamba.FalconMambaRMSNorm, transformers.models.mamba.modeling_mamba.MambaRMSNorm, transformers.models.vibevoice_asr.modeling_vibevoice_asr.VibeVoiceAsrRMSNorm, transformers.models.lighton_ocr.modeling_lighton_ocr.LightOnOcrRMSNorm, transformers.models.mistral3.modeling_mistral3.Mistral3RMSNorm, transformers.models.ultravbert.modeling_ultravbert.UltraVBertRMSNorm
transformers:  5.24.0
architectures: aimv2, apertus, apertus1p5, arcee, aria, audioflamingo3, axk1, axk2, bailing_hybrid, bamba, bitnet, chameleon, clvp, colqwen2, cosmos3_edge, cosmos3_omni, cwm, deepseek_ocr2, deepseek_v2, deepseek_v3, deepseek_v32, deepseek_vl, deepseek_vl_hybrid, deimv2, dia, diffllama, doge, dots1, dots3_note, ernie4_5, ernie4_5_moe, ernie4_5_vl_moe, eurobert, evolla, exaone4, exaone4_5, exaone_moe, falcon_h1, falcon_mamba, fun_asr_nano, glm, glm4, glm46v, glm4_moe, glm4_moe_lite, glm4v, glm4v_moe, glm_image, glm_moe_dsa, glm_ocr, glmasr, got_ocr2, granite, granite4_vision, granite_docling, granite_speech, granite_speech_plus, granite_swa, granitemoe, granitemoe_swa, granitemoehybrid, granitemoeshared, higgs_audio_v2, hunyuan_v1_dense, hunyuan_v1_moe, hunyuan_vl, hy_v3, hy_v4, hy_v4_vl, hyperclovax, hyperclovax_vision_v2, idefics2, idefics3, inkling_mm_model, inkling_text, internvl, jetmoe, kimi_k25, kimi_linear, kolibri1, laguna, lfm2, lfm2_moe, lfm2_vl, lfm3, lfm3_vl, lighton_ocr, llama, llava, llava_next, llava_next_video, llava_onevision, mamba, mamba2, mellum, mimo_v2_flash, minicpm3, minimax, minimax_m2, ministral, ministral3, mistral, mistral3, mistral4, mistral_large4, mixtral, mllama, moss_transcribe_diarize, muse_glimmer_assistant, musicflamingo, neucodec, olmoe, omniasr, ovis2, paddleocr_vl, pe_audio, phi3, pixtral, pp_chart2table, qianfan_ocr, qwen2, qwen2_5_vl, qwen2_audio, qwen2_moe, qwen2_vl, qwen3, qwen3_asr, qwen3_moe, qwen3_vl, qwen3_vl_moe, sapiens2, seed_oss, smollm3, smolvlm, solar_open, timesfm2_5, ultrabert, ultravbert, unlimited_ocr, vibevoice_acoustic_tokenizer, vibevoice_asr, video_llama_3, video_llava, vipllava, voxtral, voxtral_realtime, xcodec2, youtu, zamba2, zaya
cases:         101 real cases, default first (the most common that fits in 8 GB); 6 unmapped
"""

import torch
from torch import nn
from transformers.models.llama.modeling_llama import LlamaRMSNorm


class Model(LlamaRMSNorm):
    """`LlamaRMSNorm` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, hidden_size, eps: float = 1e-6) -> None:
        super().__init__(hidden_size, eps)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A normalization, a leaf kernel: `LlamaRMSNorm` as transformers runs it (hyper-parameters of add vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        weight [4096]
    """

    def __init__(self, hidden_size, eps: float = 1e-6) -> None:
        super().__init__()
        raise NotImplementedError("write the kernel: a normalization (LlamaRMSNorm)")

    def forward(self, hidden_states: torch.Tensor) -> torch.Tensor:
        raise NotImplementedError("write the kernel: a normalization (LlamaRMSNorm)")


KERNEL = {"id": "03fb3ef375bded40", "name": "llama_rms_norm", "level": 1, "label": "norm", "qualname": "transformers.models.llama.modeling_llama.LlamaRMSNorm", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"hidden_size": 4096, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 16687104,
     "flops": 12512238,
     "architectures": ["aria", "audioflamingo3", "cosmos3_omni", "deepseek_ocr2", "deepseek_v2", "deepseek_vl", "deepseek_vl_hybrid", "evolla", "granite", "granite4_vision", "granite_speech", "granite_speech_plus", "granitemoe", "granitemoe_swa", "granitemoehybrid", "granitemoeshared", "hyperclovax", "hyperclovax_vision_v2", "internvl", "llama", "llava", "llava_next", "llava_next_video", "llava_onevision", "minimax", "ministral", "mistral", "mistral4", "musicflamingo", "ovis2", "qianfan_ocr", "qwen2", "qwen2_audio", "qwen3", "qwen3_vl", "seed_oss", "ultrabert", "ultravbert", "video_llama_3", "video_llava", "vipllava"],
     "qualname": "transformers.models.aria.modeling_aria.AriaTextRMSNorm",
     "path": "language_model.layers.0.input_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 4096, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 16687104,
     "flops": 12512238,
     "architectures": ["apertus", "apertus1p5", "bamba", "chameleon", "evolla", "exaone4", "exaone4_5", "exaone_moe", "falcon_h1", "glm46v", "glm4_moe", "glm4v", "glm4v_moe", "glm_image", "hunyuan_v1_dense", "hunyuan_v1_moe", "hunyuan_vl", "hy_v3", "idefics2", "idefics3", "mamba2", "mimo_v2_flash", "minimax", "ministral3", "mixtral", "mllama", "omniasr", "smolvlm", "solar_open"],
     "qualname": "transformers.models.apertus.modeling_apertus.ApertusRMSNorm",
     "path": "layers.0.attention_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 2048, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8343552,
     "flops": 6257646,
     "architectures": ["cosmos3_edge", "dia", "diffllama", "glm4_moe_lite", "glmasr", "hy_v4_vl", "lfm2_moe", "lfm3", "lfm3_vl", "olmoe", "zaya"],
     "qualname": "transformers.models.cosmos3_edge.modeling_cosmos3_edge.Cosmos3EdgeTextRMSNorm",
     "path": "language_model.layers.0.input_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 512, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 512], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 2085888,
     "flops": 1566702,
     "architectures": ["axk1", "bailing_hybrid", "deepseek_v2", "deepseek_v3", "deepseek_v32", "glm4_moe_lite", "glm_moe_dsa", "hy_v4", "kimi_k25", "kimi_linear", "youtu"],
     "qualname": "transformers.models.axk1.modeling_axk1.AXK1RMSNorm",
     "path": "layers.0.self_attn.kv_a_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 2048, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8343552,
     "flops": 6257646,
     "architectures": ["axk2", "glm_moe_dsa", "jetmoe", "laguna", "qwen2_moe", "qwen3_asr", "qwen3_moe", "qwen3_vl_moe", "smollm3", "youtu"],
     "qualname": "transformers.models.axk2.modeling_axk2.AXK2RMSNorm",
     "path": "layers.0.input_layernorm.norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 128, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 32, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 16679168,
     "flops": 12606912,
     "architectures": ["apertus", "apertus1p5", "exaone4", "exaone4_5", "exaone_moe", "hunyuan_v1_dense", "hunyuan_v1_moe", "hunyuan_vl", "mllama", "muse_glimmer_assistant"],
     "qualname": "transformers.models.apertus.modeling_apertus.ApertusRMSNorm",
     "path": "layers.0.self_attn.q_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 2560, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 10429440,
     "flops": 7821294,
     "architectures": ["arcee", "bitnet", "ernie4_5_moe", "ernie4_5_vl_moe", "granite_swa", "lfm2", "lfm2_vl", "minicpm3", "zamba2"],
     "qualname": "transformers.models.arcee.modeling_arcee.ArceeRMSNorm",
     "path": "layers.0.input_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 1024, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 1024], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 4171776,
     "flops": 3130350,
     "architectures": ["doge", "fun_asr_nano", "got_ocr2", "lighton_ocr", "minimax_m2", "mistral4", "moss_transcribe_diarize", "pp_chart2table", "xcodec2"],
     "qualname": "transformers.models.doge.modeling_doge.DogeRMSNorm",
     "path": "layers.0.input_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 128, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 8, 128], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 4169984,
     "flops": 3151728,
     "architectures": ["doge", "fun_asr_nano", "inkling_mm_model", "inkling_text", "laguna", "lighton_ocr", "moss_transcribe_diarize", "qwen3_asr"],
     "qualname": "transformers.models.doge.modeling_doge.DogeRMSNorm",
     "path": "layers.0.self_attn.q_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 1536, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 1536], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 6257664,
     "flops": 4693998,
     "architectures": ["axk1", "deepseek_v2", "deepseek_v3", "deepseek_v32", "hy_v4", "kimi_k25", "youtu"],
     "qualname": "transformers.models.axk1.modeling_axk1.AXK1RMSNorm",
     "path": "layers.0.self_attn.q_a_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 128, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 16, 128], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8339712,
     "flops": 6303456,
     "architectures": ["fun_asr_nano", "inkling_mm_model", "inkling_text", "lighton_ocr", "moss_transcribe_diarize", "qwen3_asr", "qwen3_vl_moe"],
     "qualname": "transformers.models.qwen3.modeling_qwen3.Qwen3RMSNorm",
     "path": "language_model.layers.0.self_attn.q_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 1024, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 1024], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 4171776,
     "flops": 3130350,
     "architectures": ["dia", "dots3_note", "ernie4_5", "glm_ocr", "granite_docling", "paddleocr_vl"],
     "qualname": "transformers.models.dia.modeling_dia.DiaRMSNorm",
     "path": "encoder.layers.0.pre_sa_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 128, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 32, 128], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 16679168,
     "flops": 12606912,
     "architectures": ["cosmos3_omni", "mellum", "qianfan_ocr", "qwen3", "qwen3_vl"],
     "qualname": "transformers.models.qwen3_vl.modeling_qwen3_vl.Qwen3VLTextRMSNorm",
     "path": "language_model.layers.0.self_attn.q_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 6144, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 6144], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 25030656,
     "flops": 18766830,
     "architectures": ["cwm", "glm_moe_dsa", "hy_v4_vl", "mistral_large4"],
     "qualname": "transformers.models.cwm.modeling_cwm.CwmRMSNorm",
     "path": "layers.0.input_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 7168, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 7168], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 29202432,
     "flops": 21894126,
     "architectures": ["axk1", "deepseek_v3", "deepseek_v32", "kimi_k25"],
     "qualname": "transformers.models.axk1.modeling_axk1.AXK1RMSNorm",
     "path": "layers.0.input_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 1536, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [512, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 3148800,
     "flops": 2360832,
     "architectures": ["dots3_note", "glm46v", "glm4v", "glm4v_moe"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteRMSNorm",
     "path": "vision_tower.patch_embed.norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 3072, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 3072], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 12515328,
     "flops": 9384942,
     "architectures": ["higgs_audio_v2", "phi3", "voxtral", "voxtral_realtime"],
     "qualname": "transformers.models.higgs_audio_v2.modeling_higgs_audio_v2.HiggsAudioV2RMSNorm",
     "path": "model.norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 768, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 3128832,
     "flops": 2348526,
     "architectures": ["clvp", "eurobert", "falcon_mamba", "mamba"],
     "qualname": "transformers.models.clvp.modeling_clvp.ClvpRMSNorm",
     "path": "text_encoder_model.layers.0.input_rmsnorm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 8192, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 8192], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 33374208,
     "flops": 25021422,
     "architectures": ["colqwen2", "qwen2_5_vl", "qwen2_vl"],
     "qualname": "transformers.models.qwen2_vl.modeling_qwen2_vl.Qwen2VLRMSNorm",
     "path": "vlm.language_model.layers.0.input_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 6144, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 6144], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 25030656,
     "flops": 18766830,
     "architectures": ["inkling_mm_model", "inkling_text", "minimax_m2"],
     "qualname": "transformers.models.inkling.modeling_inkling.InklingRMSNorm",
     "path": "language_model.embed_tokens.embed_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 3584, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [512, 3584], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 7347200,
     "flops": 5506560,
     "architectures": ["exaone4_5", "hyperclovax_vision_v2", "qwen2_5_vl"],
     "qualname": "transformers.models.exaone4_5.modeling_exaone4_5.Exaone4_5_RMSNorm",
     "path": "visual.blocks.0.norm1",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 5120, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 5120], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20858880,
     "flops": 15639534,
     "architectures": ["dots3_note", "mistral3", "zamba2"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteRMSNorm",
     "path": "language_model.layers.0.input_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 512, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 512], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 2085888,
     "flops": 1566702,
     "architectures": ["dots3_note", "hy_v4_vl", "mistral_large4"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteRMSNorm",
     "path": "language_model.layers.0.self_attn.kv_a_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 2560, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 10429440,
     "flops": 7821294,
     "architectures": ["bailing_hybrid", "kolibri1"],
     "qualname": "transformers.models.bailing_hybrid.modeling_bailing_hybrid.BailingHybridRMSNorm",
     "path": "layers.0.input_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 4096, "eps": 1.5625e-07},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 16687104,
     "flops": 12512238,
     "architectures": ["glm", "glm4"],
     "qualname": "transformers.models.glm.modeling_glm.GlmRMSNorm",
     "path": "layers.0.input_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 128, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 64, 128], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 33358080,
     "flops": 25213824,
     "architectures": ["inkling_mm_model", "inkling_text"],
     "qualname": "transformers.models.inkling.modeling_inkling.InklingRMSNorm",
     "path": "language_model.layers.0.self_attn.q_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 768, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 3128832,
     "flops": 2348526,
     "architectures": ["glm4_moe_lite", "minicpm3"],
     "qualname": "transformers.models.glm4_moe_lite.modeling_glm4_moe_lite.Glm4MoeLiteRMSNorm",
     "path": "layers.0.self_attn.q_a_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 1024, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 256, 1024], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2099200,
     "flops": 1574400,
     "architectures": ["aimv2", "ovis2"],
     "qualname": "transformers.models.aimv2.modeling_aimv2.Aimv2RMSNorm",
     "path": "vision_model.embeddings.rms_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 256, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 256], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 1042944,
     "flops": 784878,
     "architectures": ["minicpm3", "mistral4"],
     "qualname": "transformers.models.minicpm3.modeling_minicpm3.MiniCPM3RMSNorm",
     "path": "layers.0.self_attn.kv_a_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 1024, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [1, 24200, 1024], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 99125248,
     "flops": 74415000,
     "architectures": ["lighton_ocr", "mistral3"],
     "qualname": "transformers.models.pixtral.modeling_pixtral.PixtralRMSNorm",
     "path": "vision_encoder.ln_pre",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 1024, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [512, 1024], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 2099200,
     "flops": 1574400,
     "architectures": ["glm_ocr", "lfm3_vl"],
     "qualname": "transformers.models.glm_ocr.modeling_glm_ocr.GlmOcrRMSNorm",
     "path": "visual.blocks.0.norm1",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 2048, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 5, 2048], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 86016,
     "flops": 61470,
     "architectures": ["vibevoice_acoustic_tokenizer", "vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerRMSNorm",
     "path": "encoder.conv_layers.5.stage.0.norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 80, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 32, 80], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 10424480,
     "flops": 7915968,
     "architectures": ["lfm2", "lfm2_vl"],
     "qualname": "transformers.models.lfm2.modeling_lfm2.Lfm2RMSNorm",
     "path": "layers.0.self_attn.q_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 80, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 8, 80], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 2606240,
     "flops": 1978992,
     "architectures": ["lfm2", "lfm2_vl"],
     "qualname": "transformers.models.lfm2.modeling_lfm2.Lfm2RMSNorm",
     "path": "layers.0.self_attn.k_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 64, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [512, 16, 64], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 2097280,
     "flops": 1597440,
     "architectures": ["glm_ocr", "lfm3_vl"],
     "qualname": "transformers.models.glm_ocr.modeling_glm_ocr.GlmOcrRMSNorm",
     "path": "visual.blocks.0.attn.q_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 256, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 1000, 256], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2048512,
     "flops": 1542000,
     "architectures": ["vibevoice_acoustic_tokenizer", "vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerRMSNorm",
     "path": "encoder.conv_layers.2.stage.0.norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 32, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16000, 32], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4096064,
     "flops": 3168000,
     "architectures": ["vibevoice_acoustic_tokenizer", "vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerRMSNorm",
     "path": "encoder.stem.stage.0.norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 512, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 200, 512], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 820224,
     "flops": 615600,
     "architectures": ["vibevoice_acoustic_tokenizer", "vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerRMSNorm",
     "path": "encoder.conv_layers.3.stage.0.norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 1024, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 40, 1024], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 329728,
     "flops": 246000,
     "architectures": ["vibevoice_acoustic_tokenizer", "vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerRMSNorm",
     "path": "encoder.conv_layers.4.stage.0.norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 128, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 4000, 128], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4096256,
     "flops": 3096000,
     "architectures": ["vibevoice_acoustic_tokenizer", "vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerRMSNorm",
     "path": "encoder.conv_layers.1.stage.0.norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 64, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 8000, 64], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4096128,
     "flops": 3120000,
     "architectures": ["vibevoice_acoustic_tokenizer", "vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerRMSNorm",
     "path": "encoder.conv_layers.0.stage.0.norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 128, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 16, 128], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8339712,
     "flops": 6303456,
     "architectures": ["lfm3", "lfm3_vl"],
     "qualname": "transformers.models.lfm3.modeling_lfm3.Lfm3RMSNorm",
     "path": "layers.2.self_attn.q_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 128, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4, 128], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 2085120,
     "flops": 1575864,
     "architectures": ["lfm3", "lfm3_vl"],
     "qualname": "transformers.models.lfm3.modeling_lfm3.Lfm3RMSNorm",
     "path": "layers.2.self_attn.k_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 4096, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 64, 4096], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2105344,
     "flops": 1573248,
     "architectures": ["idefics2", "ultravbert"],
     "qualname": "transformers.models.idefics2.modeling_idefics2.Idefics2RMSNorm",
     "path": "connector.perceiver_resampler.layers.0.input_latents_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 3072, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 3072], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 12515328,
     "flops": 9384942,
     "architectures": ["minimax_m2"],
     "qualname": "transformers.models.minimax_m2.modeling_minimax_m2.MiniMaxM2RMSNorm",
     "path": "layers.0.input_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 4608, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 18772992,
     "flops": 14075886,
     "architectures": ["dots1"],
     "qualname": "transformers.models.dots1.modeling_dots1.Dots1RMSNorm",
     "path": "layers.0.input_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 144, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 32, 144], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 18764064,
     "flops": 14170560,
     "architectures": ["dots1"],
     "qualname": "transformers.models.dots1.modeling_dots1.Dots1RMSNorm",
     "path": "layers.0.self_attn.q_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 64, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [512, 24, 64], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 3145856,
     "flops": 2396160,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteRMSNorm",
     "path": "vision_tower.blocks.0.attn.q_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 1280, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 512, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5245440,
     "flops": 3935232,
     "architectures": ["timesfm2_5"],
     "qualname": "transformers.models.timesfm2_5.modeling_timesfm2_5.TimesFm2_5RMSNorm",
     "path": "layers.0.input_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 128, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 64, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 33358080,
     "flops": 25213824,
     "architectures": ["hy_v3"],
     "qualname": "transformers.models.hy_v3.modeling_hy_v3.HYV3RMSNorm",
     "path": "layers.0.self_attn.q_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 128, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 8, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 4169984,
     "flops": 3151728,
     "architectures": ["hy_v3"],
     "qualname": "transformers.models.hy_v3.modeling_hy_v3.HYV3RMSNorm",
     "path": "layers.0.self_attn.k_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 2816, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2816], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 11472384,
     "flops": 8603118,
     "architectures": ["hy_v4"],
     "qualname": "transformers.models.hy_v4.modeling_hy_v4.HYV4RMSNorm",
     "path": "layers.0.input_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 1280, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 128, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1313280,
     "flops": 983808,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteRMSNorm",
     "path": "audio_tower.layers.0.input_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 896, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 160, 896], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1148672,
     "flops": 861120,
     "architectures": ["deepseek_ocr2"],
     "qualname": "transformers.models.deepseek_ocr2.modeling_deepseek_ocr2.DeepseekOcr2VisionRMSNorm",
     "path": "vision_tower.vision_encoder.layers.0.input_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 1280, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 2036, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 20851200,
     "flops": 15648696,
     "architectures": ["voxtral_realtime"],
     "qualname": "transformers.models.voxtral_realtime.modeling_voxtral_realtime.VoxtralRealtimeRMSNorm",
     "path": "audio_tower.layers.0.self_attn_layer_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 4096, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 450, 4096], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 14753792,
     "flops": 11061900,
     "architectures": ["vibevoice_asr"],
     "qualname": "transformers.models.qwen2.modeling_qwen2.Qwen2RMSNorm",
     "path": "language_model.layers.0.input_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 2048, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [1, 24200, 2048], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 198250496,
     "flops": 148757400,
     "architectures": ["mistral_large4"],
     "qualname": "transformers.models.pixtral.modeling_pixtral.PixtralRMSNorm",
     "path": "vision_tower.ln_pre",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 2304, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2304], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 9386496,
     "flops": 7039470,
     "architectures": ["mellum"],
     "qualname": "transformers.models.mellum.modeling_mellum.MellumRMSNorm",
     "path": "layers.0.input_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 3072, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [1018, 3072], "roles": ["batch*seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 12515328,
     "flops": 9384942,
     "architectures": ["higgs_audio_v2"],
     "qualname": "transformers.models.higgs_audio_v2.modeling_higgs_audio_v2.HiggsAudioV2RMSNorm",
     "path": "model.layers.0.input_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 3072, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [0, 3072], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 6144,
     "flops": 0,
     "architectures": ["higgs_audio_v2"],
     "qualname": "transformers.models.higgs_audio_v2.modeling_higgs_audio_v2.HiggsAudioV2RMSNorm",
     "path": "model.layers.0.audio_input_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 2304, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2304], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 9386496,
     "flops": 7039470,
     "architectures": ["kimi_linear"],
     "qualname": "transformers.models.kimi_linear.modeling_kimi_linear.KimiLinearRMSNorm",
     "path": "layers.0.input_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 128, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 4, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 2085120,
     "flops": 1575864,
     "architectures": ["kolibri1"],
     "qualname": "transformers.models.kolibri1.modeling_kolibri1.Kolibri1RMSNorm",
     "path": "layers.0.self_attn.k_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 128, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 48, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 25018624,
     "flops": 18910368,
     "architectures": ["kolibri1"],
     "qualname": "transformers.models.kolibri1.modeling_kolibri1.Kolibri1RMSNorm",
     "path": "layers.0.self_attn.q_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 1024, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 205, 1024], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1681408,
     "flops": 1260750,
     "architectures": ["sapiens2"],
     "qualname": "transformers.models.sapiens2.modeling_sapiens2.Sapiens2RMSNorm",
     "path": "model.layer.0.norm1",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 1024, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [1, 8192, 1024], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 33556480,
     "flops": 25190400,
     "architectures": ["pixtral"],
     "qualname": "transformers.models.pixtral.modeling_pixtral.PixtralRMSNorm",
     "path": "ln_pre",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 128, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 128], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 521472,
     "flops": 393966,
     "architectures": ["axk2"],
     "qualname": "transformers.models.axk2.modeling_axk2.AXK2RMSNorm",
     "path": "layers.0.self_attn.kv_a_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 384, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 384], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 1564416,
     "flops": 1175790,
     "architectures": ["axk2"],
     "qualname": "transformers.models.axk2.modeling_axk2.AXK2RMSNorm",
     "path": "layers.0.self_attn.q_a_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 64, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 1, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 260736,
     "flops": 198510,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteRMSNorm",
     "path": "language_model.layers.0.self_attn.k_rope_only_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 64, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 205, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1679488,
     "flops": 1279200,
     "architectures": ["sapiens2"],
     "qualname": "transformers.models.sapiens2.modeling_sapiens2.Sapiens2RMSNorm",
     "path": "model.layer.0.attention.q_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 80, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 512, 80], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5243040,
     "flops": 3981312,
     "architectures": ["timesfm2_5"],
     "qualname": "transformers.models.timesfm2_5.modeling_timesfm2_5.TimesFm2_5RMSNorm",
     "path": "layers.0.self_attn.q_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 128, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 48, 128], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 25018624,
     "flops": 18910368,
     "architectures": ["laguna"],
     "qualname": "transformers.models.laguna.modeling_laguna.LagunaRMSNorm",
     "path": "layers.0.self_attn.q_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 256, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 256], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 1042944,
     "flops": 784878,
     "architectures": ["zaya"],
     "qualname": "transformers.models.zaya.modeling_zaya.ZayaRMSNorm",
     "path": "layers.0.mlp.gate.router_mlp.norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 64, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 32, 64], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8339584,
     "flops": 6352320,
     "architectures": ["lfm2_moe"],
     "qualname": "transformers.models.lfm2_moe.modeling_lfm2_moe.Lfm2MoeRMSNorm",
     "path": "layers.0.self_attn.q_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 64, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 8, 64], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 2084992,
     "flops": 1588080,
     "architectures": ["lfm2_moe"],
     "qualname": "transformers.models.lfm2_moe.modeling_lfm2_moe.Lfm2MoeRMSNorm",
     "path": "layers.0.self_attn.k_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 6912, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 6912], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 28159488,
     "flops": 21112302,
     "architectures": ["bitnet"],
     "qualname": "transformers.models.bitnet.modeling_bitnet.BitNetRMSNorm",
     "path": "layers.0.mlp.ffn_sub_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 128, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4, 128], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 2085120,
     "flops": 1575864,
     "architectures": ["mellum"],
     "qualname": "transformers.models.mellum.modeling_mellum.MellumRMSNorm",
     "path": "layers.0.self_attn.k_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 768, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 77, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 474624,
     "flops": 355278,
     "architectures": ["aimv2"],
     "qualname": "transformers.models.aimv2.modeling_aimv2.Aimv2RMSNorm",
     "path": "text_model.encoder.layers.0.rms_norm1",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 1280, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 1280], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 5214720,
     "flops": 3912174,
     "architectures": ["unlimited_ocr"],
     "qualname": "transformers.models.unlimited_ocr.modeling_unlimited_ocr.UnlimitedOcrTextRMSNorm",
     "path": "language_model.layers.0.input_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 1024, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 50, 1024], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 411648,
     "flops": 307500,
     "architectures": ["neucodec"],
     "qualname": "transformers.models.neucodec.modeling_neucodec.NeuCodecRMSNorm",
     "path": "acoustic_decoder.layers.0.input_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 64, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 32, 64], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8339584,
     "flops": 6352320,
     "architectures": ["qwen3_moe"],
     "qualname": "transformers.models.qwen3_moe.modeling_qwen3_moe.Qwen3MoeRMSNorm",
     "path": "layers.0.self_attn.q_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 64, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4, 64], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 1042560,
     "flops": 794040,
     "architectures": ["qwen3_moe"],
     "qualname": "transformers.models.qwen3_moe.modeling_qwen3_moe.Qwen3MoeRMSNorm",
     "path": "layers.0.self_attn.k_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 256, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 300, 256], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 614912,
     "flops": 462600,
     "architectures": ["deimv2"],
     "qualname": "transformers.models.deimv2.modeling_deimv2.Deimv2RMSNorm",
     "path": "decoder.layers.0.self_attn_layer_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 1792, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 9, 1792], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 132608,
     "flops": 96822,
     "architectures": ["pe_audio"],
     "qualname": "transformers.models.pe_audio.modeling_pe_audio.PeAudioEncoderRMSNorm",
     "path": "audio_encoder.layers.0.input_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 128, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 9, 14, 128], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 129280,
     "flops": 97524,
     "architectures": ["pe_audio"],
     "qualname": "transformers.models.pe_audio.modeling_pe_audio.PeAudioEncoderRMSNorm",
     "path": "audio_encoder.layers.0.self_attn.q_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 6656, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 6656], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 27116544,
     "flops": 20330478,
     "architectures": ["muse_glimmer_assistant"],
     "qualname": "transformers.models.muse_glimmer_assistant.modeling_muse_glimmer_assistant.MuseGlimmerAssistantRMSNorm",
     "path": "encoder.output_norm_enc",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 64, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 8, 205, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 839808,
     "flops": 639600,
     "architectures": ["sapiens2"],
     "qualname": "transformers.models.sapiens2.modeling_sapiens2.Sapiens2RMSNorm",
     "path": "model.layer.8.attention.k_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 128, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 8, 4100, 128], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 33587456,
     "flops": 25387200,
     "architectures": ["mllama"],
     "qualname": "transformers.models.mllama.modeling_mllama.MllamaTextRMSNorm",
     "path": "language_model.layers.3.cross_attn.k_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 64, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [512, 8, 64], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 1048704,
     "flops": 798720,
     "architectures": ["lfm3_vl"],
     "qualname": "transformers.models.lfm3_vl.modeling_lfm3_vl.Lfm3VlVisionRMSNorm",
     "path": "vision_tower.layers.2.self_attn.k_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 128, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 8, 1018, 128], "roles": ["batch", "fixed", "batch*seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8339712,
     "flops": 6303456,
     "architectures": ["muse_glimmer_assistant"],
     "qualname": "transformers.models.muse_glimmer_assistant.modeling_muse_glimmer_assistant.MuseGlimmerAssistantRMSNorm",
     "path": "layers.0.self_attn.k_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 4096, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 49, 4096], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1613824,
     "flops": 1204518,
     "architectures": ["idefics2"],
     "qualname": "transformers.models.idefics2.modeling_idefics2.Idefics2RMSNorm",
     "path": "connector.perceiver_resampler.layers.0.input_context_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 4096, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 5, 4096], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 172032,
     "flops": 122910,
     "architectures": ["vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_asr.modeling_vibevoice_asr.VibeVoiceAsrRMSNorm",
     "path": "multi_modal_projector.acoustic_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 1152, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [1, 256, 1152], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 1181952,
     "flops": 885504,
     "architectures": ["hunyuan_vl"],
     "qualname": "transformers.models.hunyuan_vl.modeling_hunyuan_vl.HunYuanVLRMSNorm",
     "path": "vision_tower.patch_merger.before_rms",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 1536, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [1, 256, 1536], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 1575936,
     "flops": 1180416,
     "architectures": ["hy_v4_vl"],
     "qualname": "transformers.models.hy_v4_vl.modeling_hy_v4_vl.HYV4VLRMSNorm",
     "path": "vision_tower.patch_merger.before_rms",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 4096, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [1, 74, 4096], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 1220608,
     "flops": 909534,
     "architectures": ["hunyuan_vl"],
     "qualname": "transformers.models.hunyuan_vl.modeling_hunyuan_vl.HunYuanVLRMSNorm",
     "path": "vision_tower.patch_merger.after_rms",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 768, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 511, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3141120,
     "flops": 2357754,
     "architectures": ["clvp"],
     "qualname": "transformers.models.clvp.modeling_clvp.ClvpRMSNorm",
     "path": "speech_encoder_model.layers.0.input_rmsnorm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 6144, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [50, 1, 1, 1, 6144], "roles": ["fixed", "fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 1241088,
     "flops": 921750,
     "architectures": ["inkling_mm_model"],
     "qualname": "transformers.models.inkling.modeling_inkling.InklingRMSNorm",
     "path": "vision_tower.final_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 6144, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [100, 6144], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 2469888,
     "flops": 1843500,
     "architectures": ["inkling_mm_model"],
     "qualname": "transformers.models.inkling.modeling_inkling.InklingRMSNorm",
     "path": "audio_tower.norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 2560, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [128, 2560], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 1315840,
     "flops": 983424,
     "architectures": ["ernie4_5_vl_moe"],
     "qualname": "transformers.models.ernie4_5_vl_moe.modeling_ernie4_5_vl_moe.Ernie4_5_VLMoeRMSNorm",
     "path": "resampler_model.after_norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 1024, "eps": 1e-06},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [24200, 1024], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 99125248,
     "flops": 74415000,
     "architectures": ["lighton_ocr"],
     "qualname": "transformers.models.lighton_ocr.modeling_lighton_ocr.LightOnOcrRMSNorm",
     "path": "vision_projection.norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 1024, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [24200, 1024], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 99125248,
     "flops": 74415000,
     "architectures": ["mistral3"],
     "qualname": "transformers.models.mistral3.modeling_mistral3.Mistral3RMSNorm",
     "path": "multi_modal_projector.norm",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 2048, "eps": 1e-05},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [24200, 2048], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 198250496,
     "flops": 148757400,
     "architectures": ["mistral_large4"],
     "qualname": "transformers.models.mistral_large4.modeling_mistral_large4.MistralLarge4RMSNorm",
     "path": "multi_modal_projector.norm",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.inkling.modeling_inkling.InklingRMSNorm",
     "architectures": ["inkling_mm_model"],
     "reason": "constructor argument 'hidden_size' is a tensor"},
    {"qualname": "transformers.models.inkling.modeling_inkling.InklingRMSNorm",
     "architectures": ["inkling_mm_model"],
     "reason": "constructor argument 'hidden_size' is a tensor"},
    {"qualname": "transformers.models.inkling.modeling_inkling.InklingRMSNorm",
     "architectures": ["inkling_mm_model"],
     "reason": "constructor argument 'hidden_size' is a tensor"},
    {"qualname": "transformers.models.inkling.modeling_inkling.InklingRMSNorm",
     "architectures": ["inkling_mm_model"],
     "reason": "constructor argument 'hidden_size' is a tensor"},
    {"qualname": "transformers.models.inkling.modeling_inkling.InklingRMSNorm",
     "architectures": ["inkling_mm_model"],
     "reason": "constructor argument 'hidden_size' is a tensor"},
    {"qualname": "transformers.models.inkling.modeling_inkling.InklingRMSNorm",
     "architectures": ["inkling_mm_model"],
     "reason": "constructor argument 'hidden_size' is a tensor"},
]


_CONFIGS = {}


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
