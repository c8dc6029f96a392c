"""A gated MLP, a module built from leaf kernels: `LlamaMLP` as transformers runs it, built from L1/linear_3f2d2a, L1/silu_activation.

kernel:        4b36883d8cef070c
level:         2
label:         gated mlp
qualnames:     transformers.models.llama.modeling_llama.LlamaMLP, transformers.models.qwen2.modeling_qwen2.Qwen2MLP, transformers.models.qwen2_vl.modeling_qwen2_vl.Qwen2MLP, transformers.models.qwen3_5.modeling_qwen3_5.Qwen3_5MLP, transformers.models.qwen3.modeling_qwen3.Qwen3MLP, transformers.models.hrm_text.modeling_hrm_text.HrmTextMLP, transformers.models.deepseek_v3.modeling_deepseek_v3.DeepseekV3MLP, transformers.models.cohere2.modeling_cohere2.Cohere2MLP, transformers.models.mistral.modeling_mistral.MistralMLP, transformers.models.granite.modeling_granite.GraniteMLP, transformers.models.esmc.modeling_esmc.EsmcMLP, transformers.models.hy_v3.modeling_hy_v3.HYV3MLP, transformers.models.qwen2_5_vl.modeling_qwen2_5_vl.Qwen2MLP, transformers.models.glm_moe_dsa.modeling_glm_moe_dsa.GlmMoeDsaMLP, transformers.models.hy_v4_vl.modeling_hy_v4_vl.HYV4VLMLP, transformers.models.mistral_large4.modeling_mistral_large4.MistralLarge4TextMLP, transformers.models.cwm.modeling_cwm.CwmMLP, transformers.models.exaone4.modeling_exaone4.Exaone4MLP, transformers.models.hyperclovax.modeling_hyperclovax.HyperCLOVAXMLP, transformers.models.idefics.modeling_idefics.IdeficsMLP, transformers.models.qwen3_vl.modeling_qwen3_vl.Qwen3VLTextMLP, transformers.models.seed_oss.modeling_seed_oss.SeedOssMLP, transformers.models.ultrabert.modeling_ultrabert.UltrabertMLP, transformers.models.dots1.modeling_dots1.Dots1MLP, transformers.models.minicpm3.modeling_minicpm3.MiniCPM3MLP, transformers.models.axk1.modeling_axk1.AXK1MLP, transformers.models.deepseek_v32.modeling_deepseek_v32.DeepseekV32MLP, transformers.models.higgs_audio_v2.modeling_higgs_audio_v2.HiggsAudioV2MLP, transformers.models.pixtral.modeling_pixtral.PixtralMLP, transformers.models.muse_glimmer.modeling_muse_glimmer.MuseGlimmerTextMLP, transformers.models.kolibri1.modeling_kolibri1.Kolibri1MLP, transformers.models.flint.modeling_flint.FlintMLP, transformers.models.axk2.modeling_axk2.AXK2MLP, transformers.models.glm4v.modeling_glm4v.Glm4VisionMlp, transformers.models.qwen3_next.modeling_qwen3_next.Qwen3NextMLP, transformers.models.solar_open.modeling_solar_open.SolarOpenMLP, transformers.models.glm4_moe_lite.modeling_glm4_moe_lite.Glm4MoeLiteMLP, transformers.models.dots3_note.modeling_dots3_note.Dots3NoteTextMLP, transformers.models.glm4_moe.modeling_glm4_moe.Glm4MoeMLP, transformers.models.glm4v_moe.modeling_glm4v_moe.Glm4vMoeTextMLP, transformers.models.bailing_hybrid.modeling_bailing_hybrid.BailingHybridMLP, transformers.models.cohere.modeling_cohere.CohereMLP, transformers.models.cohere_compass.modeling_cohere_compass.CohereCompassMLP, transformers.models.laguna.modeling_laguna.LagunaMLP, transformers.models.mllama.modeling_mllama.MllamaTextMLP, transformers.models.qwen3_5_moe.modeling_qwen3_5_moe.Qwen3_5MoeMLP, transformers.models.aimv2.modeling_aimv2.Aimv2MLP, transformers.models.mistral4.modeling_mistral4.Mistral4MLP, transformers.models.smollm3.modeling_smollm3.SmolLM3MLP, transformers.models.hy_v4.modeling_hy_v4.HYV4MLP, transformers.models.lara_mini.modeling_lara_mini.LaraMiniMLP, transformers.models.ministral3.modeling_ministral3.Ministral3MLP, transformers.models.afmoe.modeling_afmoe.AfmoeMLP, transformers.models.aria.modeling_aria.AriaSharedExpertsMLP, transformers.models.bamba.modeling_bamba.BambaMLP, transformers.models.chameleon.modeling_chameleon.ChameleonMLP, transformers.models.deepseek_ocr2.modeling_deepseek_ocr2.DeepseekOcr2TextMLP, transformers.models.deepseek_ocr2.modeling_deepseek_ocr2.DeepseekOcr2VisionMLP, transformers.models.deepseek_v2.modeling_deepseek_v2.DeepseekV2MLP, transformers.models.doge.modeling_doge.DogeMLP, transformers.models.evolla.modeling_evolla.EvollaMLP, transformers.models.exaone_moe.modeling_exaone_moe.ExaoneMoeMLP, transformers.models.falcon_h1.modeling_falcon_h1.FalconH1MLP, transformers.models.granite4_vision.modeling_granite4_vision.Granite4VisionTextMLP, transformers.models.hunyuan_v1_dense.modeling_hunyuan_v1_dense.HunYuanDenseV1MLP, transformers.models.hunyuan_v1_moe.modeling_hunyuan_v1_moe.HunYuanMoEV1MLP, transformers.models.hunyuan_vl.modeling_hunyuan_vl.HunYuanVLMLP, transformers.models.ministral.modeling_ministral.MinistralMLP, transformers.models.olmo.modeling_olmo.OlmoMLP, transformers.models.olmo2.modeling_olmo2.Olmo2MLP, transformers.models.olmo3.modeling_olmo3.Olmo3MLP, transformers.models.olmo_hybrid.modeling_olmo_hybrid.OlmoHybridMLP, transformers.models.stablelm.modeling_stablelm.StableLmMLP, transformers.models.youtu.modeling_youtu.YoutuMLP, transformers.models.ernie4_5_moe.modeling_ernie4_5_moe.Ernie4_5_MoeMLP, transformers.models.granite_docling.modeling_granite_docling.GraniteDoclingTextMLP, transformers.models.kimi_linear.modeling_kimi_linear.KimiLinearMLP, transformers.models.voxtral_realtime.modeling_voxtral_realtime.VoxtralRealtimeTextMLP, transformers.models.dots3_note.modeling_dots3_note.Dots3NoteVisionMLP, transformers.models.glm4v_moe.modeling_glm4v_moe.Glm4vMoeisionMlp, transformers.models.granite_swa.modeling_granite_swa.GraniteSWAMLP, transformers.models.helium.modeling_helium.HeliumMLP, transformers.models.ovis2.modeling_ovis2.Ovis2MLP, transformers.models.qwen2_moe.modeling_qwen2_moe.Qwen2MoeMLP, transformers.models.ernie4_5.modeling_ernie4_5.Ernie4_5MLP, transformers.models.diffllama.modeling_diffllama.DiffLlamaMLP, transformers.models.eurobert.modeling_eurobert.EuroBertMLP, transformers.models.nomic_bert.modeling_nomic_bert.NomicBertMLP, transformers.models.unlimited_ocr.modeling_unlimited_ocr.UnlimitedOcrTextMLP, transformers.models.pe_audio.modeling_pe_audio.PeAudioEncoderMLP, transformers.models.muse_glimmer_assistant.modeling_muse_glimmer_assistant.MuseGlimmerAssistantMLP, transformers.models.idefics2.modeling_idefics2.Idefics2MLP, transformers.models.ernie4_5_vl_moe.modeling_ernie4_5_vl_moe.Ernie4_5_VLMoeMLP, transformers.models.paddleocr_vl.modeling_paddleocr_vl.PaddleOCRMLP, transformers.models.mimo_v2_flash.modeling_mimo_v2_flash.MiMoV2FlashMLP
transformers:  5.24.0
architectures: afmoe, aimv2, aria, audioflamingo3, axk1, axk2, aya_vision, bailing_hybrid, bamba, chameleon, cohere, cohere2, cohere2_vision, cohere_compass, colqwen2, cosmos3_omni, cwm, deepseek_ocr2, deepseek_v2, deepseek_v3, deepseek_v32, deepseek_vl, deepseek_vl_hybrid, diffllama, doge, dots1, dots3_note, ernie4_5, ernie4_5_moe, ernie4_5_vl_moe, esmc, eurobert, evolla, exaone4, exaone4_5, exaone_moe, falcon_h1, flint, fun_asr_nano, glm46v, glm4_moe, glm4_moe_lite, glm4v, glm4v_moe, glm_moe_dsa, glmasr, got_ocr2, granite, granite4_vision, granite_docling, granite_speech, granite_speech_plus, granite_swa, helium, higgs_audio_v2, hrm_text, hunyuan_v1_dense, hunyuan_v1_moe, hunyuan_vl, hy_v3, hy_v4, hy_v4_vl, hyperclovax, hyperclovax_vision_v2, idefics, idefics2, idefics3, internvl, jev, kimi_k25, kimi_linear, kolibri1, laguna, lara_mini, lighton_ocr, llama, llava, llava_next, llava_next_video, llava_onevision, mimo_v2_flash, minicpm3, minicpm_ocr, minicpmv4_6, minicpmv4_7, ministral, ministral3, mistral, mistral3, mistral4, mistral_large4, mllama, moss_transcribe_diarize, muse_glimmer, muse_glimmer_assistant, musicflamingo, nomic_bert, olmo, olmo2, olmo3, olmo_hybrid, omniasr, ovis2, paddleocr_vl, pe_audio, pp_chart2table, qianfan_ocr, qwen2, qwen2_5_vl, qwen2_audio, qwen2_moe, qwen2_vl, qwen3, qwen3_5, qwen3_5_moe, qwen3_asr, qwen3_next, qwen3_vl, seed_oss, smollm3, smolvlm, solar_open, stablelm, ultrabert, ultravbert, unlimited_ocr, vibevoice_asr, video_llama_3, video_llava, vipllava, voxtral, voxtral_realtime, youtu
cases:         3 real cases, default first (the most common that fits in 8 GB); 126 unmapped
"""

import torch
from torch import nn
from transformers.models.llama.configuration_llama import LlamaConfig
from transformers.models.llama.modeling_llama import LlamaMLP


class Model(LlamaMLP):
    """`LlamaMLP` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config):
        super().__init__(config)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A gated MLP, a module built from leaf kernels: `LlamaMLP` as transformers runs it, built from L1/linear_3f2d2a, L1/silu_activation.

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        gate_proj.weight [11008, 4096]
        up_proj.weight [11008, 4096]
        down_proj.weight [4096, 11008]
    """

    def __init__(self, config):
        super().__init__()
        raise NotImplementedError("write the kernel: a gated MLP (LlamaMLP)")

    def forward(self, x):
        raise NotImplementedError("write the kernel: a gated MLP (LlamaMLP)")


KERNEL = {"id": "4b36883d8cef070c", "name": "llama_mlp", "level": 2, "label": "gated mlp", "qualname": "transformers.models.llama.modeling_llama.LlamaMLP", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "LlamaConfig", "fields": {"hidden_act": "silu", "hidden_size": 4096, "intermediate_size": 11008, "mlp_bias": False, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 287211520,
     "flops": 275424607232,
     "architectures": ["deepseek_vl", "deepseek_vl_hybrid", "idefics3", "llama", "llava", "llava_next", "llava_next_video", "omniasr", "smolvlm", "video_llava", "vipllava"],
     "qualname": "transformers.models.llama.modeling_llama.LlamaMLP",
     "path": "language_model.layers.0.mlp",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "LlamaConfig", "fields": {"hidden_act": "silu", "hidden_size": 3072, "intermediate_size": 8192, "mlp_bias": False, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 3072], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 163504128,
     "flops": 153729531904,
     "architectures": ["voxtral"],
     "qualname": "transformers.models.llama.modeling_llama.LlamaMLP",
     "path": "language_model.layers.0.mlp",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "LlamaConfig", "fields": {"hidden_act": "silu", "hidden_size": 2048, "intermediate_size": 6144, "mlp_bias": False, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 83836928,
     "flops": 76868935680,
     "architectures": ["glmasr"],
     "qualname": "transformers.models.llama.modeling_llama.LlamaMLP",
     "path": "language_model.layers.0.mlp",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.qwen2.modeling_qwen2.Qwen2MLP",
     "architectures": ["audioflamingo3", "internvl", "llava_onevision", "musicflamingo", "ovis2", "qwen2", "qwen2_audio", "video_llama_3"],
     "reason": "built by Qwen2MLP from a Qwen2Config"},
    {"qualname": "transformers.models.qwen3_5.modeling_qwen3_5.Qwen3_5MLP",
     "architectures": ["jev", "minicpm_ocr", "minicpmv4_6", "minicpmv4_7", "qwen3_5"],
     "reason": "built by Qwen3_5MLP from a Qwen3_5TextConfig"},
    {"qualname": "transformers.models.cohere2.modeling_cohere2.Cohere2MLP",
     "architectures": ["aya_vision", "cohere2", "cohere2_vision"],
     "reason": "built by Cohere2MLP from a Cohere2Config"},
    {"qualname": "transformers.models.granite.modeling_granite.GraniteMLP",
     "architectures": ["granite", "granite_speech", "granite_speech_plus"],
     "reason": "built by GraniteMLP from a GraniteConfig"},
    {"qualname": "transformers.models.qwen3.modeling_qwen3.Qwen3MLP",
     "architectures": ["fun_asr_nano", "lighton_ocr", "moss_transcribe_diarize"],
     "reason": "built by Qwen3MLP from a Qwen3Config"},
    {"qualname": "transformers.models.qwen2_vl.modeling_qwen2_vl.Qwen2MLP",
     "architectures": ["colqwen2", "qwen2_vl"],
     "reason": "built by Qwen2MLP from a Qwen2VLTextConfig"},
    {"qualname": "transformers.models.deepseek_v3.modeling_deepseek_v3.DeepseekV3MLP",
     "architectures": ["deepseek_v3", "kimi_k25"],
     "reason": "built by DeepseekV3MLP from a DeepseekV3Config"},
    {"qualname": "transformers.models.qwen3_vl.modeling_qwen3_vl.Qwen3VLTextMLP",
     "architectures": ["cosmos3_omni", "qwen3_vl"],
     "reason": "built by Qwen3VLTextMLP from a Qwen3VLTextConfig"},
    {"qualname": "transformers.models.exaone4.modeling_exaone4.Exaone4MLP",
     "architectures": ["exaone4", "exaone4_5"],
     "reason": "built by Exaone4MLP from a Exaone4Config"},
    {"qualname": "transformers.models.hyperclovax.modeling_hyperclovax.HyperCLOVAXMLP",
     "architectures": ["hyperclovax", "hyperclovax_vision_v2"],
     "reason": "built by HyperCLOVAXMLP from a HyperCLOVAXConfig"},
    {"qualname": "transformers.models.mistral.modeling_mistral.MistralMLP",
     "architectures": ["idefics2", "mistral"],
     "reason": "built by MistralMLP from a MistralConfig"},
    {"qualname": "transformers.models.qwen3.modeling_qwen3.Qwen3MLP",
     "architectures": ["qianfan_ocr", "qwen3"],
     "reason": "built by Qwen3MLP from a Qwen3Config"},
    {"qualname": "transformers.models.ultrabert.modeling_ultrabert.UltrabertMLP",
     "architectures": ["ultrabert", "ultravbert"],
     "reason": "built by UltrabertMLP from a UltrabertConfig"},
    {"qualname": "transformers.models.glm4v.modeling_glm4v.Glm4VisionMlp",
     "architectures": ["glm46v", "glm4v"],
     "reason": "built by Glm4VisionMlp from a Glm4vVisionConfig"},
    {"qualname": "transformers.models.qwen2.modeling_qwen2.Qwen2MLP",
     "architectures": ["got_ocr2", "pp_chart2table"],
     "reason": "built by Qwen2MLP from a Qwen2Config"},
    {"qualname": "transformers.models.deepseek_v3.modeling_deepseek_v3.DeepseekV3MLP",
     "architectures": ["deepseek_v3", "kimi_k25"],
     "reason": "built by DeepseekV3MLP from a DeepseekV3Config"},
    {"qualname": "transformers.models.hrm_text.modeling_hrm_text.HrmTextMLP",
     "architectures": ["hrm_text"],
     "reason": "built by HrmTextMLP from a HrmTextConfig"},
    {"qualname": "transformers.models.esmc.modeling_esmc.EsmcMLP",
     "architectures": ["esmc"],
     "reason": "built by EsmcMLP from a EsmcConfig"},
    {"qualname": "transformers.models.qwen2_5_vl.modeling_qwen2_5_vl.Qwen2MLP",
     "architectures": ["qwen2_5_vl"],
     "reason": "built by Qwen2MLP from a Qwen2_5_VLTextConfig"},
    {"qualname": "transformers.models.hy_v3.modeling_hy_v3.HYV3MLP",
     "architectures": ["hy_v3"],
     "reason": "built by HYV3MLP from a HYV3Config"},
    {"qualname": "transformers.models.hy_v4_vl.modeling_hy_v4_vl.HYV4VLMLP",
     "architectures": ["hy_v4_vl"],
     "reason": "built by HYV4VLMLP from a HYV4VLTextConfig"},
    {"qualname": "transformers.models.glm_moe_dsa.modeling_glm_moe_dsa.GlmMoeDsaMLP",
     "architectures": ["glm_moe_dsa"],
     "reason": "built by GlmMoeDsaMLP from a GlmMoeDsaConfig"},
    {"qualname": "transformers.models.mistral_large4.modeling_mistral_large4.MistralLarge4TextMLP",
     "architectures": ["mistral_large4"],
     "reason": "built by MistralLarge4TextMLP from a MistralLarge4TextConfig"},
    {"qualname": "transformers.models.idefics.modeling_idefics.IdeficsMLP",
     "architectures": ["idefics"],
     "reason": "constructor argument 'hidden_size' is not in LlamaMLP.__init__"},
    {"qualname": "transformers.models.seed_oss.modeling_seed_oss.SeedOssMLP",
     "architectures": ["seed_oss"],
     "reason": "built by SeedOssMLP from a SeedOssConfig"},
    {"qualname": "transformers.models.cwm.modeling_cwm.CwmMLP",
     "architectures": ["cwm"],
     "reason": "built by CwmMLP from a CwmConfig"},
    {"qualname": "transformers.models.minicpm3.modeling_minicpm3.MiniCPM3MLP",
     "architectures": ["minicpm3"],
     "reason": "built by MiniCPM3MLP from a MiniCPM3Config"},
    {"qualname": "transformers.models.dots1.modeling_dots1.Dots1MLP",
     "architectures": ["dots1"],
     "reason": "built by Dots1MLP from a Dots1Config"},
    {"qualname": "transformers.models.axk1.modeling_axk1.AXK1MLP",
     "architectures": ["axk1"],
     "reason": "built by AXK1MLP from a AXK1Config"},
    {"qualname": "transformers.models.deepseek_v32.modeling_deepseek_v32.DeepseekV32MLP",
     "architectures": ["deepseek_v32"],
     "reason": "built by DeepseekV32MLP from a DeepseekV32Config"},
    {"qualname": "transformers.models.muse_glimmer.modeling_muse_glimmer.MuseGlimmerTextMLP",
     "architectures": ["muse_glimmer"],
     "reason": "built by MuseGlimmerTextMLP from a MuseGlimmerTextConfig"},
    {"qualname": "transformers.models.kolibri1.modeling_kolibri1.Kolibri1MLP",
     "architectures": ["kolibri1"],
     "reason": "built by Kolibri1MLP from a Kolibri1Config"},
    {"qualname": "transformers.models.solar_open.modeling_solar_open.SolarOpenMLP",
     "architectures": ["solar_open"],
     "reason": "built by SolarOpenMLP from a SolarOpenConfig"},
    {"qualname": "transformers.models.qwen3_next.modeling_qwen3_next.Qwen3NextMLP",
     "architectures": ["qwen3_next"],
     "reason": "built by Qwen3NextMLP from a Qwen3NextConfig"},
    {"qualname": "transformers.models.axk2.modeling_axk2.AXK2MLP",
     "architectures": ["axk2"],
     "reason": "built by AXK2MLP from a AXK2Config"},
    {"qualname": "transformers.models.flint.modeling_flint.FlintMLP",
     "architectures": ["flint"],
     "reason": "built by FlintMLP from a FlintConfig"},
    {"qualname": "transformers.models.glm4_moe_lite.modeling_glm4_moe_lite.Glm4MoeLiteMLP",
     "architectures": ["glm4_moe_lite"],
     "reason": "built by Glm4MoeLiteMLP from a Glm4MoeLiteConfig"},
    {"qualname": "transformers.models.glm4_moe.modeling_glm4_moe.Glm4MoeMLP",
     "architectures": ["glm4_moe"],
     "reason": "built by Glm4MoeMLP from a Glm4MoeConfig"},
    {"qualname": "transformers.models.glm4v_moe.modeling_glm4v_moe.Glm4vMoeTextMLP",
     "architectures": ["glm4v_moe"],
     "reason": "built by Glm4vMoeTextMLP from a Glm4vMoeTextConfig"},
    {"qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteTextMLP",
     "architectures": ["dots3_note"],
     "reason": "built by Dots3NoteTextMLP from a Dots3NoteTextConfig"},
    {"qualname": "transformers.models.bailing_hybrid.modeling_bailing_hybrid.BailingHybridMLP",
     "architectures": ["bailing_hybrid"],
     "reason": "built by BailingHybridMLP from a BailingHybridConfig"},
    {"qualname": "transformers.models.mllama.modeling_mllama.MllamaTextMLP",
     "architectures": ["mllama"],
     "reason": "built by MllamaTextMLP from a MllamaTextConfig"},
    {"qualname": "transformers.models.mistral.modeling_mistral.MistralMLP",
     "architectures": ["mistral3"],
     "reason": "built by MistralMLP from a MistralConfig"},
    {"qualname": "transformers.models.cohere.modeling_cohere.CohereMLP",
     "architectures": ["cohere"],
     "reason": "built by CohereMLP from a CohereConfig"},
    {"qualname": "transformers.models.cohere_compass.modeling_cohere_compass.CohereCompassMLP",
     "architectures": ["cohere_compass"],
     "reason": "built by CohereCompassMLP from a CohereCompassTextConfig"},
    {"qualname": "transformers.models.qwen3_5_moe.modeling_qwen3_5_moe.Qwen3_5MoeMLP",
     "architectures": ["qwen3_5_moe"],
     "reason": "built by Qwen3_5MoeMLP from a Qwen3_5MoeTextConfig"},
    {"qualname": "transformers.models.laguna.modeling_laguna.LagunaMLP",
     "architectures": ["laguna"],
     "reason": "built by LagunaMLP from a LagunaConfig"},
    {"qualname": "transformers.models.smollm3.modeling_smollm3.SmolLM3MLP",
     "architectures": ["smollm3"],
     "reason": "built by SmolLM3MLP from a SmolLM3Config"},
    {"qualname": "transformers.models.mistral4.modeling_mistral4.Mistral4MLP",
     "architectures": ["mistral4"],
     "reason": "built by Mistral4MLP from a Mistral4Config"},
    {"qualname": "transformers.models.ministral3.modeling_ministral3.Ministral3MLP",
     "architectures": ["ministral3"],
     "reason": "built by Ministral3MLP from a Ministral3Config"},
    {"qualname": "transformers.models.lara_mini.modeling_lara_mini.LaraMiniMLP",
     "architectures": ["lara_mini"],
     "reason": "built by LaraMiniMLP from a LaraMiniConfig"},
    {"qualname": "transformers.models.hy_v4.modeling_hy_v4.HYV4MLP",
     "architectures": ["hy_v4"],
     "reason": "built by HYV4MLP from a HYV4Config"},
    {"qualname": "transformers.models.deepseek_ocr2.modeling_deepseek_ocr2.DeepseekOcr2VisionMLP",
     "architectures": ["deepseek_ocr2"],
     "reason": "built by DeepseekOcr2VisionMLP from a DeepseekOcr2VisionEncoderConfig"},
    {"qualname": "transformers.models.qwen2.modeling_qwen2.Qwen2MLP",
     "architectures": ["vibevoice_asr"],
     "reason": "built by Qwen2MLP from a Qwen2Config"},
    {"qualname": "transformers.models.doge.modeling_doge.DogeMLP",
     "architectures": ["doge"],
     "reason": "built by DogeMLP from a DogeConfig"},
    {"qualname": "transformers.models.youtu.modeling_youtu.YoutuMLP",
     "architectures": ["youtu"],
     "reason": "built by YoutuMLP from a YoutuConfig"},
    {"qualname": "transformers.models.stablelm.modeling_stablelm.StableLmMLP",
     "architectures": ["stablelm"],
     "reason": "built by StableLmMLP from a StableLmConfig"},
    {"qualname": "transformers.models.olmo_hybrid.modeling_olmo_hybrid.OlmoHybridMLP",
     "architectures": ["olmo_hybrid"],
     "reason": "built by OlmoHybridMLP from a OlmoHybridConfig"},
    {"qualname": "transformers.models.aria.modeling_aria.AriaSharedExpertsMLP",
     "architectures": ["aria"],
     "reason": "built by AriaSharedExpertsMLP from a AriaTextConfig"},
    {"qualname": "transformers.models.bamba.modeling_bamba.BambaMLP",
     "architectures": ["bamba"],
     "reason": "built by BambaMLP from a BambaConfig"},
    {"qualname": "transformers.models.chameleon.modeling_chameleon.ChameleonMLP",
     "architectures": ["chameleon"],
     "reason": "built by ChameleonMLP from a ChameleonConfig"},
    {"qualname": "transformers.models.deepseek_v2.modeling_deepseek_v2.DeepseekV2MLP",
     "architectures": ["deepseek_v2"],
     "reason": "built by DeepseekV2MLP from a DeepseekV2Config"},
    {"qualname": "transformers.models.evolla.modeling_evolla.EvollaMLP",
     "architectures": ["evolla"],
     "reason": "built by EvollaMLP from a EvollaConfig"},
    {"qualname": "transformers.models.falcon_h1.modeling_falcon_h1.FalconH1MLP",
     "architectures": ["falcon_h1"],
     "reason": "built by FalconH1MLP from a FalconH1Config"},
    {"qualname": "transformers.models.granite4_vision.modeling_granite4_vision.Granite4VisionTextMLP",
     "architectures": ["granite4_vision"],
     "reason": "built by Granite4VisionTextMLP from a Granite4VisionTextConfig"},
    {"qualname": "transformers.models.hunyuan_v1_dense.modeling_hunyuan_v1_dense.HunYuanDenseV1MLP",
     "architectures": ["hunyuan_v1_dense"],
     "reason": "built by HunYuanDenseV1MLP from a HunYuanDenseV1Config"},
    {"qualname": "transformers.models.hunyuan_v1_moe.modeling_hunyuan_v1_moe.HunYuanMoEV1MLP",
     "architectures": ["hunyuan_v1_moe"],
     "reason": "built by HunYuanMoEV1MLP from a HunYuanMoEV1Config"},
    {"qualname": "transformers.models.hunyuan_vl.modeling_hunyuan_vl.HunYuanVLMLP",
     "architectures": ["hunyuan_vl"],
     "reason": "built by HunYuanVLMLP from a HunYuanVLTextConfig"},
    {"qualname": "transformers.models.ministral.modeling_ministral.MinistralMLP",
     "architectures": ["ministral"],
     "reason": "built by MinistralMLP from a MinistralConfig"},
    {"qualname": "transformers.models.olmo.modeling_olmo.OlmoMLP",
     "architectures": ["olmo"],
     "reason": "built by OlmoMLP from a OlmoConfig"},
    {"qualname": "transformers.models.olmo2.modeling_olmo2.Olmo2MLP",
     "architectures": ["olmo2"],
     "reason": "built by Olmo2MLP from a Olmo2Config"},
    {"qualname": "transformers.models.olmo3.modeling_olmo3.Olmo3MLP",
     "architectures": ["olmo3"],
     "reason": "built by Olmo3MLP from a Olmo3Config"},
    {"qualname": "transformers.models.deepseek_ocr2.modeling_deepseek_ocr2.DeepseekOcr2TextMLP",
     "architectures": ["deepseek_ocr2"],
     "reason": "built by DeepseekOcr2TextMLP from a DeepseekOcr2TextConfig"},
    {"qualname": "transformers.models.exaone_moe.modeling_exaone_moe.ExaoneMoeMLP",
     "architectures": ["exaone_moe"],
     "reason": "built by ExaoneMoeMLP from a ExaoneMoeConfig"},
    {"qualname": "transformers.models.afmoe.modeling_afmoe.AfmoeMLP",
     "architectures": ["afmoe"],
     "reason": "built by AfmoeMLP from a AfmoeConfig"},
    {"qualname": "transformers.models.pixtral.modeling_pixtral.PixtralMLP",
     "architectures": ["mistral_large4"],
     "reason": "built by PixtralMLP from a PixtralVisionConfig"},
    {"qualname": "transformers.models.granite_docling.modeling_granite_docling.GraniteDoclingTextMLP",
     "architectures": ["granite_docling"],
     "reason": "built by GraniteDoclingTextMLP from a GraniteDoclingTextConfig"},
    {"qualname": "transformers.models.higgs_audio_v2.modeling_higgs_audio_v2.HiggsAudioV2MLP",
     "architectures": ["higgs_audio_v2"],
     "reason": "built by HiggsAudioV2MLP from a HiggsAudioV2Config"},
    {"qualname": "transformers.models.higgs_audio_v2.modeling_higgs_audio_v2.HiggsAudioV2MLP",
     "architectures": ["higgs_audio_v2"],
     "reason": "built by HiggsAudioV2MLP from a HiggsAudioV2Config"},
    {"qualname": "transformers.models.ernie4_5_moe.modeling_ernie4_5_moe.Ernie4_5_MoeMLP",
     "architectures": ["ernie4_5_moe"],
     "reason": "built by Ernie4_5_MoeMLP from a Ernie4_5_MoeConfig"},
    {"qualname": "transformers.models.kimi_linear.modeling_kimi_linear.KimiLinearMLP",
     "architectures": ["kimi_linear"],
     "reason": "built by KimiLinearMLP from a KimiLinearConfig"},
    {"qualname": "transformers.models.voxtral_realtime.modeling_voxtral_realtime.VoxtralRealtimeTextMLP",
     "architectures": ["voxtral_realtime"],
     "reason": "built by VoxtralRealtimeTextMLP from a VoxtralRealtimeTextConfig"},
    {"qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteVisionMLP",
     "architectures": ["dots3_note"],
     "reason": "built by Dots3NoteVisionMLP from a Dots3NoteVisionConfig"},
    {"qualname": "transformers.models.glm4v_moe.modeling_glm4v_moe.Glm4vMoeisionMlp",
     "architectures": ["glm4v_moe"],
     "reason": "built by Glm4vMoeisionMlp from a Glm4vMoeVisionConfig"},
    {"qualname": "transformers.models.aimv2.modeling_aimv2.Aimv2MLP",
     "architectures": ["aimv2"],
     "reason": "built by Aimv2MLP from a Aimv2VisionConfig"},
    {"qualname": "transformers.models.ovis2.modeling_ovis2.Ovis2MLP",
     "architectures": ["ovis2"],
     "reason": "built by Ovis2MLP from a Ovis2VisionConfig"},
    {"qualname": "transformers.models.granite_swa.modeling_granite_swa.GraniteSWAMLP",
     "architectures": ["granite_swa"],
     "reason": "built by GraniteSWAMLP from a GraniteSWAConfig"},
    {"qualname": "transformers.models.helium.modeling_helium.HeliumMLP",
     "architectures": ["helium"],
     "reason": "built by HeliumMLP from a HeliumConfig"},
    {"qualname": "transformers.models.qwen2_moe.modeling_qwen2_moe.Qwen2MoeMLP",
     "architectures": ["qwen2_moe"],
     "reason": "built by Qwen2MoeMLP from a Qwen2MoeConfig"},
    {"qualname": "transformers.models.pixtral.modeling_pixtral.PixtralMLP",
     "architectures": ["lighton_ocr"],
     "reason": "built by PixtralMLP from a PixtralVisionConfig"},
    {"qualname": "transformers.models.ernie4_5.modeling_ernie4_5.Ernie4_5MLP",
     "architectures": ["ernie4_5"],
     "reason": "built by Ernie4_5MLP from a Ernie4_5Config"},
    {"qualname": "transformers.models.diffllama.modeling_diffllama.DiffLlamaMLP",
     "architectures": ["diffllama"],
     "reason": "built by DiffLlamaMLP from a DiffLlamaConfig"},
    {"qualname": "transformers.models.aimv2.modeling_aimv2.Aimv2MLP",
     "architectures": ["aimv2"],
     "reason": "built by Aimv2MLP from a Aimv2TextConfig"},
    {"qualname": "transformers.models.eurobert.modeling_eurobert.EuroBertMLP",
     "architectures": ["eurobert"],
     "reason": "built by EuroBertMLP from a EuroBertConfig"},
    {"qualname": "transformers.models.nomic_bert.modeling_nomic_bert.NomicBertMLP",
     "architectures": ["nomic_bert"],
     "reason": "built by NomicBertMLP from a NomicBertConfig"},
    {"qualname": "transformers.models.unlimited_ocr.modeling_unlimited_ocr.UnlimitedOcrTextMLP",
     "architectures": ["unlimited_ocr"],
     "reason": "built by UnlimitedOcrTextMLP from a UnlimitedOcrTextConfig"},
    {"qualname": "transformers.models.pe_audio.modeling_pe_audio.PeAudioEncoderMLP",
     "architectures": ["pe_audio"],
     "reason": "built by PeAudioEncoderMLP from a PeAudioEncoderConfig"},
    {"qualname": "transformers.models.muse_glimmer_assistant.modeling_muse_glimmer_assistant.MuseGlimmerAssistantMLP",
     "architectures": ["muse_glimmer_assistant"],
     "reason": "built by MuseGlimmerAssistantMLP from a MuseGlimmerAssistantConfig"},
    {"qualname": "transformers.models.idefics2.modeling_idefics2.Idefics2MLP",
     "architectures": ["idefics2"],
     "reason": "constructor argument 'hidden_size' is not in LlamaMLP.__init__"},
    {"qualname": "transformers.models.glm_moe_dsa.modeling_glm_moe_dsa.GlmMoeDsaMLP",
     "architectures": ["glm_moe_dsa"],
     "reason": "built by GlmMoeDsaMLP from a GlmMoeDsaConfig"},
    {"qualname": "transformers.models.deepseek_v32.modeling_deepseek_v32.DeepseekV32MLP",
     "architectures": ["deepseek_v32"],
     "reason": "built by DeepseekV32MLP from a DeepseekV32Config"},
    {"qualname": "transformers.models.paddleocr_vl.modeling_paddleocr_vl.PaddleOCRMLP",
     "architectures": ["paddleocr_vl"],
     "reason": "built by PaddleOCRMLP from a PaddleOCRTextConfig"},
    {"qualname": "transformers.models.flint.modeling_flint.FlintMLP",
     "architectures": ["flint"],
     "reason": "built by FlintMLP from a FlintConfig"},
    {"qualname": "transformers.models.bailing_hybrid.modeling_bailing_hybrid.BailingHybridMLP",
     "architectures": ["bailing_hybrid"],
     "reason": "built by BailingHybridMLP from a BailingHybridConfig"},
    {"qualname": "transformers.models.idefics2.modeling_idefics2.Idefics2MLP",
     "architectures": ["idefics2"],
     "reason": "constructor argument 'hidden_size' is not in LlamaMLP.__init__"},
    {"qualname": "transformers.models.unlimited_ocr.modeling_unlimited_ocr.UnlimitedOcrTextMLP",
     "architectures": ["unlimited_ocr"],
     "reason": "built by UnlimitedOcrTextMLP from a UnlimitedOcrTextConfig"},
    {"qualname": "transformers.models.afmoe.modeling_afmoe.AfmoeMLP",
     "architectures": ["afmoe"],
     "reason": "built by AfmoeMLP from a AfmoeConfig"},
    {"qualname": "transformers.models.axk2.modeling_axk2.AXK2MLP",
     "architectures": ["axk2"],
     "reason": "built by AXK2MLP from a AXK2Config"},
    {"qualname": "transformers.models.glm4_moe_lite.modeling_glm4_moe_lite.Glm4MoeLiteMLP",
     "architectures": ["glm4_moe_lite"],
     "reason": "built by Glm4MoeLiteMLP from a Glm4MoeLiteConfig"},
    {"qualname": "transformers.models.laguna.modeling_laguna.LagunaMLP",
     "architectures": ["laguna"],
     "reason": "built by LagunaMLP from a LagunaConfig"},
    {"qualname": "transformers.models.qwen3.modeling_qwen3.Qwen3MLP",
     "architectures": ["qwen3_asr"],
     "reason": "built by Qwen3MLP from a Qwen3Config"},
    {"qualname": "transformers.models.kimi_linear.modeling_kimi_linear.KimiLinearMLP",
     "architectures": ["kimi_linear"],
     "reason": "built by KimiLinearMLP from a KimiLinearConfig"},
    {"qualname": "transformers.models.ernie4_5_moe.modeling_ernie4_5_moe.Ernie4_5_MoeMLP",
     "architectures": ["ernie4_5_moe"],
     "reason": "built by Ernie4_5_MoeMLP from a Ernie4_5_MoeConfig"},
    {"qualname": "transformers.models.ernie4_5_vl_moe.modeling_ernie4_5_vl_moe.Ernie4_5_VLMoeMLP",
     "architectures": ["ernie4_5_vl_moe"],
     "reason": "built by Ernie4_5_VLMoeMLP from a Ernie4_5_VLMoeTextConfig"},
    {"qualname": "transformers.models.ernie4_5_vl_moe.modeling_ernie4_5_vl_moe.Ernie4_5_VLMoeMLP",
     "architectures": ["ernie4_5_vl_moe"],
     "reason": "built by Ernie4_5_VLMoeMLP from a Ernie4_5_VLMoeTextConfig"},
    {"qualname": "transformers.models.hy_v4.modeling_hy_v4.HYV4MLP",
     "architectures": ["hy_v4"],
     "reason": "built by HYV4MLP from a HYV4Config"},
    {"qualname": "transformers.models.deepseek_ocr2.modeling_deepseek_ocr2.DeepseekOcr2TextMLP",
     "architectures": ["deepseek_ocr2"],
     "reason": "built by DeepseekOcr2TextMLP from a DeepseekOcr2TextConfig"},
    {"qualname": "transformers.models.exaone_moe.modeling_exaone_moe.ExaoneMoeMLP",
     "architectures": ["exaone_moe"],
     "reason": "built by ExaoneMoeMLP from a ExaoneMoeConfig"},
    {"qualname": "transformers.models.glm4_moe.modeling_glm4_moe.Glm4MoeMLP",
     "architectures": ["glm4_moe"],
     "reason": "built by Glm4MoeMLP from a Glm4MoeConfig"},
    {"qualname": "transformers.models.glm4v_moe.modeling_glm4v_moe.Glm4vMoeTextMLP",
     "architectures": ["glm4v_moe"],
     "reason": "built by Glm4vMoeTextMLP from a Glm4vMoeTextConfig"},
    {"qualname": "transformers.models.hy_v3.modeling_hy_v3.HYV3MLP",
     "architectures": ["hy_v3"],
     "reason": "built by HYV3MLP from a HYV3Config"},
    {"qualname": "transformers.models.mimo_v2_flash.modeling_mimo_v2_flash.MiMoV2FlashMLP",
     "architectures": ["mimo_v2_flash"],
     "reason": "built by MiMoV2FlashMLP from a MiMoV2FlashConfig"},
    {"qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteTextMLP",
     "architectures": ["dots3_note"],
     "reason": "built by Dots3NoteTextMLP from a Dots3NoteTextConfig"},
    {"qualname": "transformers.models.hy_v4_vl.modeling_hy_v4_vl.HYV4VLMLP",
     "architectures": ["hy_v4_vl"],
     "reason": "built by HYV4VLMLP from a HYV4VLTextConfig"},
    {"qualname": "transformers.models.mistral_large4.modeling_mistral_large4.MistralLarge4TextMLP",
     "architectures": ["mistral_large4"],
     "reason": "built by MistralLarge4TextMLP from a MistralLarge4TextConfig"},
    {"qualname": "transformers.models.axk1.modeling_axk1.AXK1MLP",
     "architectures": ["axk1"],
     "reason": "built by AXK1MLP from a AXK1Config"},
]


_CONFIGS = {"LlamaConfig": LlamaConfig}


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
