"""A rotary position embedding, a leaf kernel: `apply_rotary_pos_emb` as transformers runs it.

kernel:        b566ae2974c435d4
level:         1
label:         rotary
qualnames:     transformers.models.llama.modeling_llama.apply_rotary_pos_emb, transformers.models.qwen2.modeling_qwen2.apply_rotary_pos_emb, transformers.models.qwen2_vl.modeling_qwen2_vl.apply_rotary_pos_emb, transformers.models.qwen3.modeling_qwen3.apply_rotary_pos_emb, transformers.models.hrm_text.modeling_hrm_text.apply_rotary_pos_emb, transformers.models.mistral.modeling_mistral.apply_rotary_pos_emb, transformers.models.pixtral.modeling_pixtral.apply_rotary_pos_emb, transformers.models.granite.modeling_granite.apply_rotary_pos_emb, transformers.models.esmc.modeling_esmc.apply_rotary_pos_emb, transformers.models.hy_v3.modeling_hy_v3.apply_rotary_pos_emb, transformers.models.qwen2_5_vl.modeling_qwen2_5_vl.apply_rotary_pos_emb, transformers.models.persimmon.modeling_persimmon.apply_rotary_pos_emb, transformers.models.cwm.modeling_cwm.apply_rotary_pos_emb, transformers.models.deepseek_ocr2.modeling_deepseek_ocr2.apply_rotary_pos_emb, transformers.models.gemma.modeling_gemma.apply_rotary_pos_emb, transformers.models.hyperclovax.modeling_hyperclovax.apply_rotary_pos_emb, transformers.models.lfm2.modeling_lfm2.apply_rotary_pos_emb, transformers.models.qwen3_vl.modeling_qwen3_vl.apply_rotary_pos_emb, transformers.models.seed_oss.modeling_seed_oss.apply_rotary_pos_emb, transformers.models.ultrabert.modeling_ultrabert.apply_rotary_pos_emb, transformers.models.dots1.modeling_dots1.apply_rotary_pos_emb, transformers.models.minicpm3.modeling_minicpm3.apply_rotary_pos_emb, transformers.models.deepseek_v32.modeling_deepseek_v32.apply_rotary_pos_emb, transformers.models.voxtral_realtime.modeling_voxtral_realtime.apply_rotary_pos_emb, transformers.models.dory.modeling_dory.apply_rotary_pos_emb, transformers.models.gemma3.modeling_gemma3.apply_rotary_pos_emb, transformers.models.t5gemma.modeling_t5gemma.apply_rotary_pos_emb, transformers.models.t5gemma2.modeling_t5gemma2.apply_rotary_pos_emb, transformers.models.axk2.modeling_axk2.apply_rotary_pos_emb, transformers.models.exaone4.modeling_exaone4.apply_rotary_pos_emb, transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text.apply_rotary_pos_emb, transformers.models.solar_open.modeling_solar_open.apply_rotary_pos_emb, transformers.models.hy_v4.modeling_hy_v4.apply_rotary_pos_emb, transformers.models.cohere_compass.modeling_cohere_compass.apply_rotary_pos_emb, transformers.models.kolibri1.modeling_kolibri1.apply_rotary_pos_emb, transformers.models.muse_glimmer.modeling_muse_glimmer.apply_rotary_pos_emb, transformers.models.flint.modeling_flint.apply_rotary_pos_emb, transformers.models.lasr.modeling_lasr.apply_rotary_pos_emb, transformers.models.ministral3.modeling_ministral3.apply_rotary_pos_emb, transformers.models.apertus.modeling_apertus.apply_rotary_pos_emb, transformers.models.apertus1p5.modeling_apertus1p5.apply_rotary_pos_emb, transformers.models.arcee.modeling_arcee.apply_rotary_pos_emb, transformers.models.aria.modeling_aria.apply_rotary_pos_emb, transformers.models.chameleon.modeling_chameleon.apply_rotary_pos_emb, transformers.models.doge.modeling_doge.apply_rotary_pos_emb, transformers.models.falcon.modeling_falcon.apply_rotary_pos_emb, transformers.models.falcon_h1.modeling_falcon_h1.apply_rotary_pos_emb, transformers.models.gpt_neox_japanese.modeling_gpt_neox_japanese.apply_rotary_pos_emb, transformers.models.granite4_vision.modeling_granite4_vision.apply_rotary_pos_emb, transformers.models.granitemoe.modeling_granitemoe.apply_rotary_pos_emb, transformers.models.granitemoe_swa.modeling_granitemoe_swa.apply_rotary_pos_emb, transformers.models.granitemoeshared.modeling_granitemoeshared.apply_rotary_pos_emb, transformers.models.hunyuan_v1_dense.modeling_hunyuan_v1_dense.apply_rotary_pos_emb, transformers.models.hunyuan_v1_moe.modeling_hunyuan_v1_moe.apply_rotary_pos_emb, transformers.models.idefics.modeling_idefics.apply_rotary_pos_emb, transformers.models.jais2.modeling_jais2.apply_rotary_pos_emb, transformers.models.lfm2_moe.modeling_lfm2_moe.apply_rotary_pos_emb, transformers.models.ministral.modeling_ministral.apply_rotary_pos_emb, transformers.models.mixtral.modeling_mixtral.apply_rotary_pos_emb, transformers.models.mllama.modeling_mllama.apply_rotary_pos_emb, transformers.models.moshi.modeling_moshi.apply_rotary_pos_emb, transformers.models.phimoe.modeling_phimoe.apply_rotary_pos_emb, transformers.models.stablelm.modeling_stablelm.apply_rotary_pos_emb, transformers.models.bitnet.modeling_bitnet.apply_rotary_pos_emb, transformers.models.dia.modeling_dia.apply_rotary_pos_emb, transformers.models.starcoder2.modeling_starcoder2.apply_rotary_pos_emb, transformers.models.cosmos3_edge.modeling_cosmos3_edge.apply_rotary_pos_emb, transformers.models.granite_docling.modeling_granite_docling.apply_rotary_pos_emb, transformers.models.higgs_audio_v2.modeling_higgs_audio_v2.apply_rotary_pos_emb, transformers.models.mellum.modeling_mellum.apply_rotary_pos_emb, transformers.models.smollm3.modeling_smollm3.apply_rotary_pos_emb, transformers.models.gemma2.modeling_gemma2.apply_rotary_pos_emb, transformers.models.vaultgemma.modeling_vaultgemma.apply_rotary_pos_emb, transformers.models.afmoe.modeling_afmoe.apply_rotary_pos_emb, transformers.models.embedding_gemma2.modeling_embedding_gemma2.apply_rotary_pos_emb, transformers.models.exaone_moe.modeling_exaone_moe.apply_rotary_pos_emb, transformers.models.granite_swa.modeling_granite_swa.apply_rotary_pos_emb, transformers.models.jina_embeddings_v3.modeling_jina_embeddings_v3.apply_rotary_pos_emb, transformers.models.phi.modeling_phi.apply_rotary_pos_emb, transformers.models.qwen2_moe.modeling_qwen2_moe.apply_rotary_pos_emb, transformers.models.qwen3_moe.modeling_qwen3_moe.apply_rotary_pos_emb, transformers.models.qwen3_vl_moe.modeling_qwen3_vl_moe.apply_rotary_pos_emb, transformers.models.timesfm2_5.modeling_timesfm2_5.apply_rotary_pos_emb, transformers.models.diffllama.modeling_diffllama.apply_rotary_pos_emb, transformers.models.mimi.modeling_mimi.apply_rotary_pos_emb, transformers.models.minimax.modeling_minimax.apply_rotary_pos_emb, transformers.models.olmoe.modeling_olmoe.apply_rotary_pos_emb, transformers.models.lara_mini.modeling_lara_mini.apply_rotary_pos_emb, transformers.models.eurobert.modeling_eurobert.apply_rotary_pos_emb, transformers.models.gte.modeling_gte.apply_rotary_pos_emb, transformers.models.neucodec.modeling_neucodec.apply_rotary_pos_emb, transformers.models.nomic_bert.modeling_nomic_bert.apply_rotary_pos_emb, transformers.models.unlimited_ocr.modeling_unlimited_ocr.apply_rotary_pos_emb, transformers.models.xcodec2.modeling_xcodec2.apply_rotary_pos_emb, transformers.models.gradium_phonon_tts.modeling_gradium_phonon_tts.apply_rotary_pos_emb, transformers.models.pocket_tts.modeling_pocket_tts.apply_rotary_pos_emb, transformers.models.muse_glimmer_assistant.modeling_muse_glimmer_assistant.apply_rotary_pos_emb, transformers.models.pocket_tts_audio_tokenizer.modeling_pocket_tts_audio_tokenizer.apply_rotary_pos_emb, transformers.models.dbrx.modeling_dbrx.apply_rotary_pos_emb, transformers.models.jetmoe.modeling_jetmoe.apply_rotary_pos_emb, transformers.models.paddleocr_vl.modeling_paddleocr_vl.apply_rotary_pos_emb
transformers:  5.24.0
architectures: afmoe, apertus, apertus1p5, arcee, aria, audioflamingo3, axk2, bitnet, chameleon, cohere_compass, colpali, colqwen2, cosmos3_edge, cosmos3_omni, cwm, dbrx, deepseek_ocr2, deepseek_v32, deepseek_vl, deepseek_vl_hybrid, dia, diffllama, doge, dory, dots1, embedding_gemma2, esmc, eurobert, exaone4, exaone4_5, exaone_moe, falcon, falcon_h1, flint, fun_asr_nano, fuyu, gemma, gemma2, gemma3, glmasr, got_ocr2, gpt_neox_japanese, gradium_phonon_tts, granite, granite4_vision, granite_docling, granite_speech, granite_speech_plus, granite_swa, granitemoe, granitemoe_swa, granitemoeshared, gte, higgs_audio_v2, hrm_text, hunyuan_v1_dense, hunyuan_v1_moe, hy_v3, hy_v4, hyperclovax, hyperclovax_vision_v2, idefics, idefics2, idefics3, internvl, jais2, jetmoe, jina_embeddings_v3, kolibri1, kyutai_speech_to_text, lara_mini, lasr_ctc, lasr_encoder, lfm2, lfm2_moe, lfm2_vl, lighton_ocr, llama, llava, llava_next, llava_next_video, llava_onevision, mellum, mimi, minicpm3, minimax, ministral, ministral3, mistral, mistral3, mistral_large4, mixtral, mllama, moshi, moss_transcribe_diarize, muse_glimmer, muse_glimmer_assistant, musicflamingo, neucodec, nomic_bert, olmoe, omniasr, ovis2, paddleocr_vl, paligemma, persimmon, phi, phimoe, pixtral, pocket_tts, pocket_tts_audio_tokenizer, pp_chart2table, qianfan_ocr, qwen2, qwen2_5_vl, qwen2_audio, qwen2_moe, qwen2_vl, qwen3, qwen3_asr, qwen3_moe, qwen3_vl, qwen3_vl_moe, seed_oss, shieldgemma2, smollm3, smolvlm, solar_open, stablelm, starcoder2, t5gemma, t5gemma2, timesfm2_5, ultrabert, ultravbert, unlimited_ocr, vaultgemma, vibevoice_asr, video_llama_3, video_llava, vipllava, voxtral, voxtral_realtime, xcodec2
cases:         64 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.models.afmoe.configuration_afmoe import AfmoeConfig
from transformers.models.apertus.configuration_apertus import ApertusConfig
from transformers.models.arcee.configuration_arcee import ArceeConfig
from transformers.models.axk2.configuration_axk2 import AXK2Config
from transformers.models.bitnet.configuration_bitnet import BitNetConfig
from transformers.models.cohere_compass.configuration_cohere_compass import CohereCompassTextConfig
from transformers.models.cosmos3_edge.configuration_cosmos3_edge import Cosmos3EdgeTextConfig
from transformers.models.cwm.configuration_cwm import CwmConfig
from transformers.models.dbrx.configuration_dbrx import DbrxConfig
from transformers.models.deepseek_ocr2.configuration_deepseek_ocr2 import DeepseekOcr2VisionEncoderConfig
from transformers.models.deepseek_v32.configuration_deepseek_v32 import DeepseekV32Config
from transformers.models.dia.configuration_dia import DiaDecoderConfig
from transformers.models.diffllama.configuration_diffllama import DiffLlamaConfig
from transformers.models.doge.configuration_doge import DogeConfig
from transformers.models.dory.configuration_dory import DoryConfig
from transformers.models.dots1.configuration_dots1 import Dots1Config
from transformers.models.embedding_gemma2.configuration_embedding_gemma2 import EmbeddingGemma2TextConfig
from transformers.models.esmc.configuration_esmc import EsmcConfig
from transformers.models.eurobert.configuration_eurobert import EuroBertConfig
from transformers.models.falcon.configuration_falcon import FalconConfig
from transformers.models.falcon_h1.configuration_falcon_h1 import FalconH1Config
from transformers.models.flint.configuration_flint import FlintConfig
from transformers.models.gemma.configuration_gemma import GemmaConfig
from transformers.models.gemma2.configuration_gemma2 import Gemma2Config
from transformers.models.granite_docling.configuration_granite_docling import GraniteDoclingTextConfig
from transformers.models.higgs_audio_v2.configuration_higgs_audio_v2 import HiggsAudioV2Config
from transformers.models.hrm_text.configuration_hrm_text import HrmTextConfig
from transformers.models.hy_v3.configuration_hy_v3 import HYV3Config
from transformers.models.hy_v4.configuration_hy_v4 import HYV4Config
from transformers.models.jais2.configuration_jais2 import Jais2Config
from transformers.models.jetmoe.configuration_jetmoe import JetMoeConfig
from transformers.models.kolibri1.configuration_kolibri1 import Kolibri1Config
from transformers.models.lasr.configuration_lasr import LasrEncoderConfig
from transformers.models.lfm2.configuration_lfm2 import Lfm2Config
from transformers.models.lfm2_moe.configuration_lfm2_moe import Lfm2MoeConfig
from transformers.models.llama.configuration_llama import LlamaConfig
from transformers.models.llama.modeling_llama import apply_rotary_pos_emb
from transformers.models.mimi.configuration_mimi import MimiDecoderConfig
from transformers.models.mimi.configuration_mimi import MimiEncoderConfig
from transformers.models.minicpm3.configuration_minicpm3 import MiniCPM3Config
from transformers.models.muse_glimmer.configuration_muse_glimmer import MuseGlimmerTextConfig
from transformers.models.muse_glimmer_assistant.configuration_muse_glimmer_assistant import MuseGlimmerAssistantConfig
from transformers.models.neucodec.configuration_neucodec import NeuCodecConfig
from transformers.models.paddleocr_vl.configuration_paddleocr_vl import PaddleOCRTextConfig
from transformers.models.persimmon.configuration_persimmon import PersimmonConfig
from transformers.models.phi.configuration_phi import PhiConfig
from transformers.models.pixtral.configuration_pixtral import PixtralVisionConfig
from transformers.models.pocket_tts_audio_tokenizer.configuration_pocket_tts_audio_tokenizer import PocketTTSAudioTokenizerDecoderConfig
from transformers.models.pocket_tts_audio_tokenizer.configuration_pocket_tts_audio_tokenizer import PocketTTSAudioTokenizerEncoderConfig
from transformers.models.qwen2.configuration_qwen2 import Qwen2Config
from transformers.models.qwen2_vl.configuration_qwen2_vl import Qwen2VLTextConfig
from transformers.models.qwen3.configuration_qwen3 import Qwen3Config
from transformers.models.qwen3_moe.configuration_qwen3_moe import Qwen3MoeConfig
from transformers.models.qwen3_vl.configuration_qwen3_vl import Qwen3VLTextConfig
from transformers.models.qwen3_vl_moe.configuration_qwen3_vl_moe import Qwen3VLMoeTextConfig
from transformers.models.seed_oss.configuration_seed_oss import SeedOssConfig
from transformers.models.stablelm.configuration_stablelm import StableLmConfig
from transformers.models.starcoder2.configuration_starcoder2 import Starcoder2Config
from transformers.models.timesfm2_5.configuration_timesfm2_5 import TimesFm2_5Config
from transformers.models.unlimited_ocr.configuration_unlimited_ocr import UnlimitedOcrTextConfig
from transformers.models.voxtral_realtime.configuration_voxtral_realtime import VoxtralRealtimeEncoderConfig
from transformers.models.xcodec2.configuration_xcodec2 import Xcodec2Config
import importlib


class Model(nn.Module):
    """`apply_rotary_pos_emb` from transformers, unchanged, as a module: forward calls it with the same arguments."""

    def __init__(self) -> None:
        super().__init__()
        self.eval()  # as every task's Model: built ready for inference

    def forward(self, q, k, cos, sin, unsqueeze_dim=1):
        return apply_rotary_pos_emb(q, k, cos, sin, unsqueeze_dim)


class ModelNew(nn.Module):
    """A rotary position embedding, a leaf kernel: `apply_rotary_pos_emb` as transformers runs it.

    Candidate stub: same constructor and forward signature as Model.
    Model holds no parameters or buffers in its state dict: neither may ModelNew.
    """

    def __init__(self) -> None:
        super().__init__()
        raise NotImplementedError("write the kernel: a rotary position embedding (apply_rotary_pos_emb)")

    def forward(self, q, k, cos, sin, unsqueeze_dim=1):
        raise NotImplementedError("write the kernel: a rotary position embedding (apply_rotary_pos_emb)")


KERNEL = {"id": "b566ae2974c435d4", "name": "llama_apply_rotary_pos_emb", "level": 1, "label": "rotary", "qualname": "transformers.models.llama.modeling_llama.apply_rotary_pos_emb", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 32, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 32, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 0, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 33618432,
     "flops": 37527552,
     "architectures": ["apertus", "apertus1p5", "aria", "audioflamingo3", "chameleon", "cosmos3_omni", "deepseek_ocr2", "deepseek_vl", "deepseek_vl_hybrid", "exaone4", "exaone4_5", "exaone_moe", "granite", "granite4_vision", "granite_speech", "granite_speech_plus", "granitemoe", "granitemoe_swa", "granitemoeshared", "hunyuan_v1_dense", "hunyuan_v1_moe", "hyperclovax", "hyperclovax_vision_v2", "idefics", "idefics3", "internvl", "llama", "llava", "llava_next", "llava_next_video", "llava_onevision", "moshi", "musicflamingo", "ovis2", "qianfan_ocr", "qwen2", "qwen2_audio", "qwen3", "qwen3_vl", "smolvlm", "ultrabert", "ultravbert", "video_llama_3", "video_llava", "vipllava"],
     "qualname": "transformers.models.apertus.modeling_apertus.apply_rotary_pos_emb",
     "path": "layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 32, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 8, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 1, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 1, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 21109248,
     "flops": 23454720,
     "architectures": ["falcon_h1", "idefics2", "minimax", "ministral", "ministral3", "mistral", "mistral3", "mixtral", "mllama", "phimoe", "voxtral", "voxtral_realtime"],
     "qualname": "transformers.models.falcon_h1.modeling_falcon_h1.apply_rotary_pos_emb",
     "path": "layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 8, 509, 256], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 4, 509, 256], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 2, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 2, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 13030400,
     "flops": 14072832,
     "architectures": ["gemma2", "gemma3", "shieldgemma2", "t5gemma", "t5gemma2", "vaultgemma"],
     "qualname": "transformers.models.gemma2.modeling_gemma2.apply_rotary_pos_emb",
     "path": "layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 16, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 4, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 3, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 3, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 10684928,
     "flops": 11727360,
     "architectures": ["dia", "glmasr", "lara_mini", "smollm3"],
     "qualname": "transformers.models.dia.modeling_dia.apply_rotary_pos_emb",
     "path": "decoder.layers.0.self_attention"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 16, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 8, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 4, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 4, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 12769792,
     "flops": 14072832,
     "architectures": ["cosmos3_edge", "fun_asr_nano", "lighton_ocr", "moss_transcribe_diarize", "qwen3_asr"],
     "qualname": "transformers.models.qwen3.modeling_qwen3.apply_rotary_pos_emb",
     "path": "language_model.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 16, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 16, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 5, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 5, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8469760,
     "flops": 9381888,
     "architectures": ["got_ocr2", "jina_embeddings_v3", "pocket_tts", "pp_chart2table"],
     "qualname": "transformers.models.qwen2.modeling_qwen2.apply_rotary_pos_emb",
     "path": "language_model.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 16, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 16, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 6, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 6, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 16939520,
     "flops": 18763776,
     "architectures": ["afmoe", "dia", "olmoe", "qwen2_moe", "qwen3_vl_moe"],
     "qualname": "transformers.models.afmoe.modeling_afmoe.apply_rotary_pos_emb",
     "path": "layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 12, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 12, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 7, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 7, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 6384896,
     "flops": 7036416,
     "architectures": ["eurobert", "gradium_phonon_tts", "gte", "nomic_bert"],
     "qualname": "transformers.models.eurobert.modeling_eurobert.apply_rotary_pos_emb",
     "path": "layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 64, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 8, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 8, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 8, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 38048768,
     "flops": 42218496,
     "architectures": ["colqwen2", "hy_v3", "qwen2_5_vl", "qwen2_vl", "solar_open"],
     "qualname": "transformers.models.qwen2_vl.modeling_qwen2_vl.apply_rotary_pos_emb",
     "path": "vlm.language_model.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 64, 509, 32], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 64, 509, 32], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 9, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 9, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 16744064,
     "flops": 18763776,
     "architectures": ["fuyu", "persimmon"],
     "qualname": "transformers.models.persimmon.modeling_persimmon.apply_rotary_pos_emb",
     "path": "language_model.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 32, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 32, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 10, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 10, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 16809216,
     "flops": 18763776,
     "architectures": ["diffllama", "kyutai_speech_to_text"],
     "qualname": "transformers.models.diffllama.modeling_diffllama.apply_rotary_pos_emb",
     "path": "layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 32, 509, 80], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 32, 509, 80], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 11, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 11, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 21011520,
     "flops": 23454720,
     "architectures": ["arcee", "gpt_neox_japanese"],
     "qualname": "transformers.models.arcee.modeling_arcee.apply_rotary_pos_emb",
     "path": "layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 32, 509, 80], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 8, 509, 80], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 12, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 12, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 13193280,
     "flops": 14659200,
     "architectures": ["lfm2", "lfm2_vl"],
     "qualname": "transformers.models.lfm2.modeling_lfm2.apply_rotary_pos_emb",
     "path": "layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 32, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 4, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 13, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 13, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 19024384,
     "flops": 21109248,
     "architectures": ["flint", "mellum"],
     "qualname": "transformers.models.flint.modeling_flint.apply_rotary_pos_emb",
     "path": "layers.2.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [1, 16, 24200, 64], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [1, 16, 24200, 64], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 14, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 14, "outputs": [1]},
        {"name": "unsqueeze_dim", "kind": "int", "value": 0}],
     "dims": {},
     "bytes": 204441600,
     "flops": 223027200,
     "architectures": ["lighton_ocr", "mistral3"],
     "qualname": "transformers.models.pixtral.modeling_pixtral.apply_rotary_pos_emb",
     "path": "vision_encoder.transformer.layers.0.attention"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 8, 509, 256], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 1, 509, 256], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 15, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 15, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 9903104,
     "flops": 10554624,
     "architectures": ["colpali", "paligemma"],
     "qualname": "transformers.models.gemma.modeling_gemma.apply_rotary_pos_emb",
     "path": "vlm.language_model.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 8, 125, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 8, 125, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 16, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 16, "outputs": [1]}],
     "dims": {"batch": 2},
     "bytes": 1056000,
     "flops": 1152000,
     "architectures": ["lasr_ctc", "lasr_encoder"],
     "qualname": "transformers.models.lasr.modeling_lasr.apply_rotary_pos_emb",
     "path": "encoder.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 12, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 12, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 17, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 17, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 12769792,
     "flops": 14072832,
     "architectures": ["hrm_text"],
     "qualname": "transformers.models.hrm_text.modeling_hrm_text.apply_rotary_pos_emb",
     "path": "L_module.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 40, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 40, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 18, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 18, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20978944,
     "flops": 23454720,
     "architectures": ["esmc"],
     "qualname": "transformers.models.esmc.modeling_esmc.apply_rotary_pos_emb",
     "path": "layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 48, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 8, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 19, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 19, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 29448704,
     "flops": 32836608,
     "architectures": ["cwm"],
     "qualname": "transformers.models.cwm.modeling_cwm.apply_rotary_pos_emb",
     "path": "layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 80, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 8, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 20, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 20, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 46127616,
     "flops": 51600384,
     "architectures": ["seed_oss"],
     "qualname": "transformers.models.seed_oss.modeling_seed_oss.apply_rotary_pos_emb",
     "path": "layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 32, 509, 144], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 32, 509, 144], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 21, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 21, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 37820736,
     "flops": 42218496,
     "architectures": ["dots1"],
     "qualname": "transformers.models.dots1.modeling_dots1.apply_rotary_pos_emb",
     "path": "layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 40, 509, 32], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 1, 509, 32], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 22, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 22, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 5407616,
     "flops": 6010272,
     "architectures": ["minicpm3"],
     "qualname": "transformers.models.minicpm3.modeling_minicpm3.apply_rotary_pos_emb",
     "path": "layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 509, 64, 64], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 509, 1, 64], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 23, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 23, "outputs": [1]},
        {"name": "unsqueeze_dim", "kind": "int", "value": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 17069824,
     "flops": 19056960,
     "architectures": ["deepseek_v32"],
     "qualname": "transformers.models.deepseek_v32.modeling_deepseek_v32.apply_rotary_pos_emb",
     "path": "layers.0.self_attn.indexer"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 16, 509, 256], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 4, 509, 256], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 24, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 24, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 21369856,
     "flops": 23454720,
     "architectures": ["dory"],
     "qualname": "transformers.models.dory.modeling_dory.apply_rotary_pos_emb",
     "path": "layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 509, 16, 32], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 509, 1, 32], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 25, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 25, "outputs": [1]},
        {"name": "unsqueeze_dim", "kind": "int", "value": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 2280320,
     "flops": 2492064,
     "architectures": ["axk2"],
     "qualname": "transformers.models.axk2.modeling_axk2.apply_rotary_pos_emb",
     "path": "layers.0.self_attn.indexer"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 48, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 4, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 26, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 26, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 27363840,
     "flops": 30491136,
     "architectures": ["kolibri1"],
     "qualname": "transformers.models.kolibri1.modeling_kolibri1.apply_rotary_pos_emb",
     "path": "layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 64, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 64, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 27, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 27, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 67236864,
     "flops": 75055104,
     "architectures": ["cohere_compass"],
     "qualname": "transformers.models.cohere_compass.modeling_cohere_compass.apply_rotary_pos_emb",
     "path": "language_model.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 32, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 2, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 28, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 28, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 17981952,
     "flops": 19936512,
     "architectures": ["muse_glimmer"],
     "qualname": "transformers.models.muse_glimmer.modeling_muse_glimmer.apply_rotary_pos_emb",
     "path": "language_model.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 32, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 1, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 29, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 29, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8730368,
     "flops": 9675072,
     "architectures": ["hy_v4"],
     "qualname": "transformers.models.hy_v4.modeling_hy_v4.apply_rotary_pos_emb",
     "path": "layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 14, 160, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 2, 160, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 30, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 30, "outputs": [1]}],
     "dims": {"batch": 2},
     "bytes": 1351680,
     "flops": 1474560,
     "architectures": ["deepseek_ocr2"],
     "qualname": "transformers.models.deepseek_ocr2.modeling_deepseek_ocr2.apply_rotary_pos_emb",
     "path": "vision_tower.vision_encoder.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 32, 2036, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 32, 2036, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 31, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 31, "outputs": [1]}],
     "dims": {"batch": 2},
     "bytes": 67236864,
     "flops": 75055104,
     "architectures": ["voxtral_realtime"],
     "qualname": "transformers.models.voxtral_realtime.modeling_voxtral_realtime.apply_rotary_pos_emb",
     "path": "audio_tower.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 32, 450, 128], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 32, 450, 128], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 32, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 32, "outputs": [1]}],
     "dims": {"batch": 2},
     "bytes": 29721600,
     "flops": 33177600,
     "architectures": ["vibevoice_asr"],
     "qualname": "transformers.models.qwen2.modeling_qwen2.apply_rotary_pos_emb",
     "path": "language_model.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 26, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 26, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 33, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 33, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 27363840,
     "flops": 30491136,
     "architectures": ["jais2"],
     "qualname": "transformers.models.jais2.modeling_jais2.apply_rotary_pos_emb",
     "path": "layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 32, 509, 20], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 32, 509, 20], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 34, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 34, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 5252880,
     "flops": 5863680,
     "architectures": ["stablelm"],
     "qualname": "transformers.models.stablelm.modeling_stablelm.apply_rotary_pos_emb",
     "path": "layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 32, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 8, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 35, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 35, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 10554624,
     "flops": 11727360,
     "architectures": ["lfm2_moe"],
     "qualname": "transformers.models.lfm2_moe.modeling_lfm2_moe.apply_rotary_pos_emb",
     "path": "layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 71, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 1, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 36, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 36, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 18894080,
     "flops": 21109248,
     "architectures": ["falcon"],
     "qualname": "transformers.models.falcon.modeling_falcon.apply_rotary_pos_emb",
     "path": "h.0.self_attention"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 8, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 8, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 37, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 37, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8600064,
     "flops": 9381888,
     "architectures": ["doge"],
     "qualname": "transformers.models.doge.modeling_doge.apply_rotary_pos_emb",
     "path": "layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 20, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 5, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 38, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 38, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 13291008,
     "flops": 14659200,
     "architectures": ["bitnet"],
     "qualname": "transformers.models.bitnet.modeling_bitnet.apply_rotary_pos_emb",
     "path": "layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 24, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 2, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 39, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 39, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 13812224,
     "flops": 15245568,
     "architectures": ["starcoder2"],
     "qualname": "transformers.models.starcoder2.modeling_starcoder2.apply_rotary_pos_emb",
     "path": "layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [1, 16, 24200, 128], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [1, 16, 24200, 128], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 40, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 40, "outputs": [1]},
        {"name": "unsqueeze_dim", "kind": "int", "value": 0}],
     "dims": {},
     "bytes": 408883200,
     "flops": 446054400,
     "architectures": ["mistral_large4"],
     "qualname": "transformers.models.pixtral.modeling_pixtral.apply_rotary_pos_emb",
     "path": "vision_tower.transformer.layers.0.attention"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 16, 509, 256], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 16, 509, 256], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 41, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 41, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 33879040,
     "flops": 37527552,
     "architectures": ["gemma"],
     "qualname": "transformers.models.gemma.modeling_gemma.apply_rotary_pos_emb",
     "path": "layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 16, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 4, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 42, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 42, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 5342464,
     "flops": 5863680,
     "architectures": ["granite_docling"],
     "qualname": "transformers.models.granite_docling.modeling_granite_docling.apply_rotary_pos_emb",
     "path": "text_model.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 24, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 8, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 43, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 43, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 16939520,
     "flops": 18763776,
     "architectures": ["higgs_audio_v2"],
     "qualname": "transformers.models.higgs_audio_v2.modeling_higgs_audio_v2.apply_rotary_pos_emb",
     "path": "model.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 20, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 4, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "tensor", "shape": [1, 509, 128], "roles": ["fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "sin", "kind": "tensor", "shape": [1, 509, 128], "roles": ["fixed", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 12769792,
     "flops": 14072832,
     "architectures": ["granite_swa"],
     "qualname": "transformers.models.granite_swa.modeling_granite_swa.apply_rotary_pos_emb",
     "path": "layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 32, 509, 32], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 32, 509, 32], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 44, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 44, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8404608,
     "flops": 9381888,
     "architectures": ["phi"],
     "qualname": "transformers.models.phi.modeling_phi.apply_rotary_pos_emb",
     "path": "layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 32, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 4, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 45, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 45, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 9512192,
     "flops": 10554624,
     "architectures": ["qwen3_moe"],
     "qualname": "transformers.models.qwen3_moe.modeling_qwen3_moe.apply_rotary_pos_emb",
     "path": "layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [1, 16, 8192, 64], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [1, 16, 8192, 64], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 46, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 46, "outputs": [1]},
        {"name": "unsqueeze_dim", "kind": "int", "value": 0}],
     "dims": {},
     "bytes": 69206016,
     "flops": 75497472,
     "architectures": ["pixtral"],
     "qualname": "transformers.models.pixtral.modeling_pixtral.apply_rotary_pos_emb",
     "path": "transformer.layers.0.attention"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 16, 512, 80], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 16, 512, 80], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 47, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 47, "outputs": [1]}],
     "dims": {"batch": 2},
     "bytes": 10813440,
     "flops": 11796480,
     "architectures": ["timesfm2_5"],
     "qualname": "transformers.models.timesfm2_5.modeling_timesfm2_5.apply_rotary_pos_emb",
     "path": "layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 4, 509, 256], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 2, 509, 256], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 48, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 48, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 6775808,
     "flops": 7036416,
     "architectures": ["embedding_gemma2"],
     "qualname": "transformers.models.embedding_gemma2.modeling_embedding_gemma2.apply_rotary_pos_emb",
     "path": "language_model.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 16, 50, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 16, 50, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 49, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 49, "outputs": [1]},
        {"name": "unsqueeze_dim", "kind": "int", "value": 2}],
     "dims": {"batch": 2},
     "bytes": 823296,
     "flops": 921600,
     "architectures": ["neucodec"],
     "qualname": "transformers.models.neucodec.modeling_neucodec.apply_rotary_pos_emb",
     "path": "acoustic_decoder.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 10, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 10, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 50, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 50, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 10684928,
     "flops": 11727360,
     "architectures": ["unlimited_ocr"],
     "qualname": "transformers.models.unlimited_ocr.modeling_unlimited_ocr.apply_rotary_pos_emb",
     "path": "language_model.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 16, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 16, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 51, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 51, "outputs": [1]},
        {"name": "unsqueeze_dim", "kind": "int", "value": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8343552,
     "flops": 9381888,
     "architectures": ["xcodec2"],
     "qualname": "transformers.models.xcodec2.modeling_xcodec2.apply_rotary_pos_emb",
     "path": "acoustic_decoder.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 8, 509, 512], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 8, 509, 512], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 52, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 52, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 34400256,
     "flops": 37527552,
     "architectures": ["omniasr"],
     "qualname": "transformers.models.llama.modeling_llama.apply_rotary_pos_emb",
     "path": "language_model.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 509, 16, 64], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 509, 1, 64], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 29, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 29, "outputs": [1]},
        {"name": "unsqueeze_dim", "kind": "int", "value": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 4560640,
     "flops": 4984128,
     "architectures": ["hy_v4"],
     "qualname": "transformers.models.hy_v4.modeling_hy_v4.apply_rotary_pos_emb",
     "path": "layers.0.self_attn.indexer"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 8, 17, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 8, 17, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 53, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 53, "outputs": [1]}],
     "dims": {"batch": 2},
     "bytes": 143616,
     "flops": 156672,
     "architectures": ["mimi"],
     "qualname": "transformers.models.mimi.modeling_mimi.apply_rotary_pos_emb",
     "path": "encoder.encoder_transformer.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 8, 18, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 8, 18, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 54, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 54, "outputs": [1]}],
     "dims": {"batch": 2},
     "bytes": 152064,
     "flops": 165888,
     "architectures": ["mimi"],
     "qualname": "transformers.models.mimi.modeling_mimi.apply_rotary_pos_emb",
     "path": "decoder.decoder_transformer.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 32, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 8, 1018, 128], "roles": ["batch", "fixed", "batch*seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 55, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 55, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 25539584,
     "flops": 28145664,
     "architectures": ["muse_glimmer_assistant"],
     "qualname": "transformers.models.muse_glimmer_assistant.modeling_muse_glimmer_assistant.apply_rotary_pos_emb",
     "path": "layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 4, 509, 512], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 1, 509, 512], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 56, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 56, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 11466752,
     "flops": 11727360,
     "architectures": ["embedding_gemma2"],
     "qualname": "transformers.models.embedding_gemma2.modeling_embedding_gemma2.apply_rotary_pos_emb",
     "path": "language_model.layers.5.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 8, 134, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 8, 134, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 57, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 57, "outputs": [1]}],
     "dims": {"batch": 2},
     "bytes": 1132032,
     "flops": 1234944,
     "architectures": ["pocket_tts_audio_tokenizer"],
     "qualname": "transformers.models.pocket_tts_audio_tokenizer.modeling_pocket_tts_audio_tokenizer.apply_rotary_pos_emb",
     "path": "encoder.encoder_transformer.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 8, 144, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 8, 144, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 58, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 58, "outputs": [1]}],
     "dims": {"batch": 2},
     "bytes": 1216512,
     "flops": 1327104,
     "architectures": ["pocket_tts_audio_tokenizer"],
     "qualname": "transformers.models.pocket_tts_audio_tokenizer.modeling_pocket_tts_audio_tokenizer.apply_rotary_pos_emb",
     "path": "decoder.decoder_transformer.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 16, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 1, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 59, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 59, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 9121280,
     "flops": 9968256,
     "architectures": ["dbrx"],
     "qualname": "transformers.models.dbrx.modeling_dbrx.apply_rotary_pos_emb",
     "path": "blocks.0.norm_attn_norm.attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 16, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 2, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 60, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 60, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 9903104,
     "flops": 10554624,
     "architectures": ["paddleocr_vl"],
     "qualname": "transformers.models.paddleocr_vl.modeling_paddleocr_vl.apply_rotary_pos_emb",
     "path": "language_model.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 32, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 16, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 61, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 61, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 25278976,
     "flops": 28145664,
     "architectures": ["jetmoe"],
     "qualname": "transformers.models.jetmoe.modeling_jetmoe.apply_rotary_pos_emb",
     "path": "layers.0.self_attention"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = []


# Calls that make an input in production (a rotary table, a mask, a router's choice), run by
# get_inputs on drawn inputs of their own: an input {"kind": "produced"} takes their outputs.
PRODUCERS = [
    {"qualname": "transformers.models.apertus.modeling_apertus.ApertusRotaryEmbedding",
     "init": {"config": {"config_class": "ApertusConfig", "fields": {"default_rope_type": "default", "hidden_size": 4096, "max_position_embeddings": 65536, "num_attention_heads": 32, "rope_parameters": {"rope_type": "llama3", "rope_theta": 12000000.0, "factor": 8.0, "original_max_position_embeddings": 8192, "low_freq_factor": 1.0, "high_freq_factor": 4.0}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.falcon_h1.modeling_falcon_h1.FalconH1RotaryEmbedding",
     "init": {"config": {"config_class": "FalconH1Config", "fields": {"hidden_size": 4096, "max_position_embeddings": 8192, "num_attention_heads": 32, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.gemma2.modeling_gemma2.Gemma2RotaryEmbedding",
     "init": {"config": {"config_class": "Gemma2Config", "fields": {"head_dim": 256, "max_position_embeddings": 8192, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "eager"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 2304], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.dia.modeling_dia.DiaRotaryEmbedding",
     "init": {"config": {"config_class": "DiaDecoderConfig", "fields": {"head_dim": 128, "max_position_embeddings": 3072, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.qwen3.modeling_qwen3.Qwen3RotaryEmbedding",
     "init": {"config": {"config_class": "Qwen3Config", "fields": {"head_dim": 128, "max_position_embeddings": 40960, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 1024], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.qwen2.modeling_qwen2.Qwen2RotaryEmbedding",
     "init": {"config": {"config_class": "Qwen2Config", "fields": {"hidden_size": 1024, "max_position_embeddings": 32768, "num_attention_heads": 16, "rope_parameters": {"rope_theta": 1000000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 1024], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.afmoe.modeling_afmoe.AfmoeRotaryEmbedding",
     "init": {"config": {"config_class": "AfmoeConfig", "fields": {"head_dim": 128, "max_position_embeddings": 16384, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.eurobert.modeling_eurobert.EuroBertRotaryEmbedding",
     "init": {"config": {"config_class": "EuroBertConfig", "fields": {"head_dim": 64, "max_position_embeddings": 8192, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.qwen2_vl.modeling_qwen2_vl.Qwen2VLRotaryEmbedding",
     "init": {"config": {"config_class": "Qwen2VLTextConfig", "fields": {"hidden_size": 8192, "max_position_embeddings": 32768, "num_attention_heads": 64, "rope_parameters": {"rope_theta": 1000000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 8192], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [3, 2, 509], "roles": ["fixed", "fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.persimmon.modeling_persimmon.PersimmonRotaryEmbedding",
     "init": {"config": {"config_class": "PersimmonConfig", "fields": {"hidden_size": 4096, "max_position_embeddings": 16384, "num_attention_heads": 64, "rope_parameters": {"rope_theta": 10000.0, "partial_rotary_factor": 0.5, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.diffllama.modeling_diffllama.DiffLlamaRotaryEmbedding",
     "init": {"config": {"config_class": "DiffLlamaConfig", "fields": {"head_dim": 64, "max_position_embeddings": 2048, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.arcee.modeling_arcee.ArceeRotaryEmbedding",
     "init": {"config": {"config_class": "ArceeConfig", "fields": {"head_dim": 80, "max_position_embeddings": 4096, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.lfm2.modeling_lfm2.Lfm2RotaryEmbedding",
     "init": {"config": {"config_class": "Lfm2Config", "fields": {"hidden_size": 2560, "max_position_embeddings": 128000, "num_attention_heads": 32, "rope_parameters": {"rope_theta": 1000000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.flint.modeling_flint.FlintRotaryEmbedding",
     "init": {"config": {"config_class": "FlintConfig", "fields": {"head_dim": 128, "max_position_embeddings": 262144, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "eager"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.pixtral.modeling_pixtral.PixtralVisionRotaryEmbedding",
     "init": {"config": {"config_class": "PixtralVisionConfig", "fields": {"head_dim": 64, "rope_parameters": {"rope_type": "axial", "rope_theta": 10000}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [1, 24200, 1024], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [24200, 2], "roles": ["fixed", "fixed"], "dtype": "int64", "high": 24200}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.gemma.modeling_gemma.GemmaRotaryEmbedding",
     "init": {"config": {"config_class": "GemmaConfig", "fields": {"head_dim": 256, "max_position_embeddings": 8192, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.lasr.modeling_lasr.LasrEncoderRotaryEmbedding",
     "init": {"config": {"config_class": "LasrEncoderConfig", "fields": {"hidden_size": 512, "max_position_embeddings": 10000, "num_attention_heads": 8, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 125, 512], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 125], "roles": ["fixed", "fixed"], "dtype": "int64", "high": 125}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.hrm_text.modeling_hrm_text.HrmTextRotaryEmbedding",
     "init": {"config": {"config_class": "HrmTextConfig", "fields": {"head_dim": 128, "max_position_embeddings": 2048, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 1536], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.esmc.modeling_esmc.EsmcRotaryEmbedding",
     "init": {"config": {"config_class": "EsmcConfig", "fields": {"head_dim": 64, "max_position_embeddings": 2048, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.cwm.modeling_cwm.CwmRotaryEmbedding",
     "init": {"config": {"config_class": "CwmConfig", "fields": {"default_rope_type": "default", "head_dim": 128, "layer_types": ["full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention"], "max_position_embeddings": 131072, "rope_parameters": {"rope_theta": 1000000.0, "factor": 16.0, "high_freq_factor": 4.0, "low_freq_factor": 1.0, "original_max_position_embeddings": 8192, "rope_type": "llama3"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 6144], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.seed_oss.modeling_seed_oss.SeedOssRotaryEmbedding",
     "init": {"config": {"config_class": "SeedOssConfig", "fields": {"head_dim": 128, "max_position_embeddings": 524288, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.dots1.modeling_dots1.Dots1RotaryEmbedding",
     "init": {"config": {"config_class": "Dots1Config", "fields": {"hidden_size": 4608, "max_position_embeddings": 2048, "num_attention_heads": 32, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.minicpm3.modeling_minicpm3.MiniCPM3RotaryEmbedding",
     "init": {"config": {"config_class": "MiniCPM3Config", "fields": {"head_dim": 32, "max_position_embeddings": 32768, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.deepseek_v32.modeling_deepseek_v32.DeepseekV32RotaryEmbedding",
     "init": {"config": {"config_class": "DeepseekV32Config", "fields": {"head_dim": 64, "max_position_embeddings": 163840, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 7168], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.dory.modeling_dory.DoryRotaryEmbedding",
     "init": {"config": {"config_class": "DoryConfig", "fields": {"head_dim": 256, "layer_types": ["sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention"], "max_position_embeddings": 8192, "rope_parameters": {"full_attention": {"rope_type": "default", "rope_theta": 10000000.0}, "sliding_attention": {"rope_type": "default", "rope_theta": 10000.0}}, "attn_implementation": "sdpa"}}, "device": None},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "layer_type", "kind": "str", "value": "full_attention"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.axk2.modeling_axk2.AXK2RotaryEmbedding",
     "init": {"config": {"config_class": "AXK2Config", "fields": {"head_dim": 32, "max_position_embeddings": 131072, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.kolibri1.modeling_kolibri1.Kolibri1RotaryEmbedding",
     "init": {"config": {"config_class": "Kolibri1Config", "fields": {"head_dim": 128, "max_position_embeddings": 262144, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.cohere_compass.modeling_cohere_compass.CohereCompassRotaryEmbedding",
     "init": {"config": {"config_class": "CohereCompassTextConfig", "fields": {"head_dim": 128, "layer_types": ["full_attention", "full_attention", "full_attention", "full_attention", "full_attention", "full_attention", "full_attention", "full_attention", "full_attention", "full_attention", "full_attention", "full_attention", "full_attention", "full_attention", "full_attention", "full_attention", "full_attention", "full_attention", "full_attention", "full_attention", "full_attention", "full_attention", "full_attention", "full_attention", "full_attention", "full_attention", "full_attention", "full_attention", "full_attention", "full_attention", "full_attention", "full_attention", "full_attention", "full_attention", "full_attention", "full_attention", "full_attention", "full_attention", "full_attention", "full_attention"], "max_position_embeddings": 8192, "rope_parameters": {"full_attention": {"rope_type": "default", "rope_theta": 10000.0}}, "attn_implementation": "sdpa"}}, "device": None},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 8192], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [3, 2, 509], "roles": ["fixed", "fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "layer_type", "kind": "str", "value": "full_attention"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.muse_glimmer.modeling_muse_glimmer.MuseGlimmerTextRotaryEmbedding",
     "init": {"config": {"config_class": "MuseGlimmerTextConfig", "fields": {"head_dim": 128, "max_position_embeddings": 131072, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 6656], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.hy_v4.modeling_hy_v4.HYV4RotaryEmbedding",
     "init": {"config": {"config_class": "HYV4Config", "fields": {"head_dim": 64, "max_position_embeddings": 262144, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "eager"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 2816], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.deepseek_ocr2.modeling_deepseek_ocr2.DeepseekOcr2VisionRotaryEmbedding",
     "init": {"config": {"config_class": "DeepseekOcr2VisionEncoderConfig", "fields": {"hidden_size": 896, "max_position_embeddings": 32768, "num_attention_heads": 14, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 160, 896], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 160], "roles": ["fixed", "fixed"], "dtype": "int64", "high": 160}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.voxtral_realtime.modeling_voxtral_realtime.VoxtralRealtimeRotaryEmbedding",
     "init": {"config": {"config_class": "VoxtralRealtimeEncoderConfig", "fields": {"head_dim": 64, "max_position_embeddings": 1500, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 2036, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 2036], "roles": ["fixed", "fixed"], "dtype": "int64", "high": 2036}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.qwen2.modeling_qwen2.Qwen2RotaryEmbedding",
     "init": {"config": {"config_class": "Qwen2Config", "fields": {"hidden_size": 4096, "max_position_embeddings": 32768, "num_attention_heads": 32, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 450, 4096], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 450], "roles": ["fixed", "fixed"], "dtype": "int64", "high": 450}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.jais2.modeling_jais2.Jais2RotaryEmbedding",
     "init": {"config": {"config_class": "Jais2Config", "fields": {"head_dim": 128, "max_position_embeddings": 8192, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 3328], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.stablelm.modeling_stablelm.StableLmRotaryEmbedding",
     "init": {"config": {"config_class": "StableLmConfig", "fields": {"hidden_size": 2560, "max_position_embeddings": 4096, "num_attention_heads": 32, "rope_parameters": {"rope_theta": 10000.0, "partial_rotary_factor": 0.25, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.lfm2_moe.modeling_lfm2_moe.Lfm2MoeRotaryEmbedding",
     "init": {"config": {"config_class": "Lfm2MoeConfig", "fields": {"hidden_size": 2048, "max_position_embeddings": 128000, "num_attention_heads": 32, "rope_parameters": {"rope_theta": 1000000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.falcon.modeling_falcon.FalconRotaryEmbedding",
     "init": {"config": {"config_class": "FalconConfig", "fields": {"hidden_size": 4544, "max_position_embeddings": 2048, "num_attention_heads": 71, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 4544], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.doge.modeling_doge.DogeRotaryEmbedding",
     "init": {"config": {"config_class": "DogeConfig", "fields": {"hidden_size": 1024, "max_position_embeddings": 2048, "num_attention_heads": 8, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 1024], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.bitnet.modeling_bitnet.BitNetRotaryEmbedding",
     "init": {"config": {"config_class": "BitNetConfig", "fields": {"hidden_size": 2560, "max_position_embeddings": 2048, "num_attention_heads": 20, "rope_parameters": {"rope_theta": 500000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.starcoder2.modeling_starcoder2.Starcoder2RotaryEmbedding",
     "init": {"config": {"config_class": "Starcoder2Config", "fields": {"hidden_size": 3072, "max_position_embeddings": 4096, "num_attention_heads": 24, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 3072], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.pixtral.modeling_pixtral.PixtralVisionRotaryEmbedding",
     "init": {"config": {"config_class": "PixtralVisionConfig", "fields": {"head_dim": 128, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "axial"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [1, 24200, 2048], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [24200, 2], "roles": ["fixed", "fixed"], "dtype": "int64", "high": 24200}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.gemma.modeling_gemma.GemmaRotaryEmbedding",
     "init": {"config": {"config_class": "GemmaConfig", "fields": {"head_dim": 256, "max_position_embeddings": 8192, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 3072], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.granite_docling.modeling_granite_docling.GraniteDoclingTextRotaryEmbedding",
     "init": {"config": {"config_class": "GraniteDoclingTextConfig", "fields": {"hidden_size": 1024, "max_position_embeddings": 32768, "num_attention_heads": 16, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 1024], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.higgs_audio_v2.modeling_higgs_audio_v2.HiggsAudioV2RotaryEmbedding",
     "init": {"config": {"config_class": "HiggsAudioV2Config", "fields": {"default_rope_type": "default", "head_dim": 128, "max_position_embeddings": 2048, "rope_parameters": {"factor": 32.0, "rope_theta": 500000.0, "high_freq_factor": 0.5, "low_freq_factor": 0.125, "original_max_position_embeddings": 1024, "rope_type": "llama3"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 3072], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.phi.modeling_phi.PhiRotaryEmbedding",
     "init": {"config": {"config_class": "PhiConfig", "fields": {"hidden_size": 2048, "max_position_embeddings": 2048, "num_attention_heads": 32, "rope_parameters": {"rope_theta": 10000.0, "partial_rotary_factor": 0.5, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.qwen3_moe.modeling_qwen3_moe.Qwen3MoeRotaryEmbedding",
     "init": {"config": {"config_class": "Qwen3MoeConfig", "fields": {"hidden_size": 2048, "max_position_embeddings": 32768, "num_attention_heads": 32, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.pixtral.modeling_pixtral.PixtralVisionRotaryEmbedding",
     "init": {"config": {"config_class": "PixtralVisionConfig", "fields": {"head_dim": 64, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "axial"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [1, 8192, 1024], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [8192, 2], "roles": ["fixed", "fixed"], "dtype": "int64", "high": 8192}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.timesfm2_5.modeling_timesfm2_5.TimesFm2_5RotaryEmbedding",
     "init": {"config": {"config_class": "TimesFm2_5Config", "fields": {"head_dim": 80, "max_position_embeddings": 16384, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 512, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [2, 512], "roles": ["batch", "fixed"], "dtype": "int64", "high": 512}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.embedding_gemma2.modeling_embedding_gemma2.EmbeddingGemma2RotaryEmbedding",
     "init": {"config": {"config_class": "EmbeddingGemma2TextConfig", "fields": {"head_dim": 256, "layer_types": ["sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention"], "max_position_embeddings": 262144, "rope_parameters": {"sliding_attention": {"rope_type": "default", "rope_theta": 10000.0}, "full_attention": {"rope_type": "default", "rope_theta": 1000000.0}}, "attn_implementation": "sdpa"}}, "device": None},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 512], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "layer_type", "kind": "str", "value": "sliding_attention"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.neucodec.modeling_neucodec.NeuCodecRotaryEmbedding",
     "init": {"config": {"config_class": "NeuCodecConfig", "fields": {"head_dim": 64, "max_position_embeddings": 4096, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 50, 1024], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 16], "roles": ["fixed", "fixed"], "dtype": "int64", "high": 16}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.unlimited_ocr.modeling_unlimited_ocr.UnlimitedOcrTextRotaryEmbedding",
     "init": {"config": {"config_class": "UnlimitedOcrTextConfig", "fields": {"head_dim": 128, "max_position_embeddings": 32768, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 1280], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.xcodec2.modeling_xcodec2.Xcodec2RotaryEmbedding",
     "init": {"config": {"config_class": "Xcodec2Config", "fields": {"head_dim": 64, "max_position_embeddings": 4096, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 1024], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 16], "roles": ["fixed", "fixed"], "dtype": "int64", "high": 16}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.llama.modeling_llama.LlamaRotaryEmbedding",
     "init": {"config": {"config_class": "LlamaConfig", "fields": {"head_dim": 512, "max_position_embeddings": 8192, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.mimi.modeling_mimi.MimiRotaryEmbedding",
     "init": {"config": {"config_class": "MimiEncoderConfig", "fields": {"head_dim": 64, "max_position_embeddings": 8000, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 17, 512], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 17], "roles": ["fixed", "fixed"], "dtype": "int64", "high": 17}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.mimi.modeling_mimi.MimiRotaryEmbedding",
     "init": {"config": {"config_class": "MimiDecoderConfig", "fields": {"head_dim": 64, "max_position_embeddings": 8000, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 18, 512], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 18], "roles": ["fixed", "fixed"], "dtype": "int64", "high": 18}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.muse_glimmer_assistant.modeling_muse_glimmer_assistant.MuseGlimmerAssistantRotaryEmbedding",
     "init": {"config": {"config_class": "MuseGlimmerAssistantConfig", "fields": {"head_dim": 128, "max_position_embeddings": 131072, "rope_parameters": {"rope_theta": 500000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 6656], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 1018], "roles": ["fixed", "batch*seq"], "dtype": "int64", "high": "batch*seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.embedding_gemma2.modeling_embedding_gemma2.EmbeddingGemma2RotaryEmbedding",
     "init": {"config": {"config_class": "EmbeddingGemma2TextConfig", "fields": {"head_dim": 256, "layer_types": ["sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention"], "max_position_embeddings": 262144, "rope_parameters": {"sliding_attention": {"rope_type": "default", "rope_theta": 10000.0}, "full_attention": {"rope_type": "default", "rope_theta": 1000000.0}}, "attn_implementation": "sdpa"}}, "device": None},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 512], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "layer_type", "kind": "str", "value": "full_attention"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.pocket_tts_audio_tokenizer.modeling_pocket_tts_audio_tokenizer.PocketTTSAudioTokenizerRotaryEmbedding",
     "init": {"config": {"config_class": "PocketTTSAudioTokenizerEncoderConfig", "fields": {"head_dim": 64, "max_position_embeddings": 8000, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 134, 512], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 134], "roles": ["fixed", "fixed"], "dtype": "int64", "high": 134}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.pocket_tts_audio_tokenizer.modeling_pocket_tts_audio_tokenizer.PocketTTSAudioTokenizerRotaryEmbedding",
     "init": {"config": {"config_class": "PocketTTSAudioTokenizerDecoderConfig", "fields": {"head_dim": 64, "max_position_embeddings": 8000, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 144, 512], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 144], "roles": ["fixed", "fixed"], "dtype": "int64", "high": 144}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.dbrx.modeling_dbrx.DbrxRotaryEmbedding",
     "init": {"config": {"config_class": "DbrxConfig", "fields": {"hidden_size": 2048, "max_position_embeddings": 2048, "num_attention_heads": 16, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.paddleocr_vl.modeling_paddleocr_vl.PaddleOCRRotaryEmbedding",
     "init": {"config": {"config_class": "PaddleOCRTextConfig", "fields": {"head_dim": 128, "max_position_embeddings": 131072, "rope_parameters": {"rope_theta": 500000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 1024], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [3, 2, 509], "roles": ["fixed", "fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.jetmoe.modeling_jetmoe.JetMoeRotaryEmbedding",
     "init": {"config": {"config_class": "JetMoeConfig", "fields": {"head_dim": 128, "max_position_embeddings": 4096, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
]


_CONFIGS = {"AXK2Config": AXK2Config, "AfmoeConfig": AfmoeConfig, "ApertusConfig": ApertusConfig, "ArceeConfig": ArceeConfig, "BitNetConfig": BitNetConfig, "CohereCompassTextConfig": CohereCompassTextConfig, "Cosmos3EdgeTextConfig": Cosmos3EdgeTextConfig, "CwmConfig": CwmConfig, "DbrxConfig": DbrxConfig, "DeepseekOcr2VisionEncoderConfig": DeepseekOcr2VisionEncoderConfig, "DeepseekV32Config": DeepseekV32Config, "DiaDecoderConfig": DiaDecoderConfig, "DiffLlamaConfig": DiffLlamaConfig, "DogeConfig": DogeConfig, "DoryConfig": DoryConfig, "Dots1Config": Dots1Config, "EmbeddingGemma2TextConfig": EmbeddingGemma2TextConfig, "EsmcConfig": EsmcConfig, "EuroBertConfig": EuroBertConfig, "FalconConfig": FalconConfig, "FalconH1Config": FalconH1Config, "FlintConfig": FlintConfig, "Gemma2Config": Gemma2Config, "GemmaConfig": GemmaConfig, "GraniteDoclingTextConfig": GraniteDoclingTextConfig, "HYV3Config": HYV3Config, "HYV4Config": HYV4Config, "HiggsAudioV2Config": HiggsAudioV2Config, "HrmTextConfig": HrmTextConfig, "Jais2Config": Jais2Config, "JetMoeConfig": JetMoeConfig, "Kolibri1Config": Kolibri1Config, "LasrEncoderConfig": LasrEncoderConfig, "Lfm2Config": Lfm2Config, "Lfm2MoeConfig": Lfm2MoeConfig, "LlamaConfig": LlamaConfig, "MimiDecoderConfig": MimiDecoderConfig, "MimiEncoderConfig": MimiEncoderConfig, "MiniCPM3Config": MiniCPM3Config, "MuseGlimmerAssistantConfig": MuseGlimmerAssistantConfig, "MuseGlimmerTextConfig": MuseGlimmerTextConfig, "NeuCodecConfig": NeuCodecConfig, "PaddleOCRTextConfig": PaddleOCRTextConfig, "PersimmonConfig": PersimmonConfig, "PhiConfig": PhiConfig, "PixtralVisionConfig": PixtralVisionConfig, "PocketTTSAudioTokenizerDecoderConfig": PocketTTSAudioTokenizerDecoderConfig, "PocketTTSAudioTokenizerEncoderConfig": PocketTTSAudioTokenizerEncoderConfig, "Qwen2Config": Qwen2Config, "Qwen2VLTextConfig": Qwen2VLTextConfig, "Qwen3Config": Qwen3Config, "Qwen3MoeConfig": Qwen3MoeConfig, "Qwen3VLMoeTextConfig": Qwen3VLMoeTextConfig, "Qwen3VLTextConfig": Qwen3VLTextConfig, "SeedOssConfig": SeedOssConfig, "StableLmConfig": StableLmConfig, "Starcoder2Config": Starcoder2Config, "TimesFm2_5Config": TimesFm2_5Config, "UnlimitedOcrTextConfig": UnlimitedOcrTextConfig, "VoxtralRealtimeEncoderConfig": VoxtralRealtimeEncoderConfig, "Xcodec2Config": Xcodec2Config}


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


def _produced(spec, dims, produced):
    """An input made by its producer, which runs once per get_inputs call."""
    if spec["producer"] not in produced:
        produced[spec["producer"]] = _produce(PRODUCERS[spec["producer"]], dims)
    outputs = [produced[spec["producer"]][i] for i in spec["outputs"]]
    return tuple(outputs) if spec.get("tuple") else outputs[0]


def _produce(producer, dims):
    """Run the call that makes an input in production on drawn inputs: its output leaves."""
    module_name, name = producer["qualname"].rsplit(".", 1)
    target = getattr(importlib.import_module(module_name), name)
    inputs = [_input(spec, dims, producer, {}) for spec in producer["inputs"]]
    if isinstance(target, type):
        target = target(*[_config(v) if isinstance(v, dict) else v for v in producer["init"].values()])
        target.eval()
        if "param_dtype" in producer:
            target.to(getattr(torch, producer["param_dtype"]))
    with torch.no_grad():
        outputs = target(*inputs)
    return _leaves(outputs)


def _leaves(value):
    if isinstance(value, (list, tuple)):
        return [leaf for item in value for leaf in _leaves(item)]
    return [value]


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
