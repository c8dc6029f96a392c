"""An elementwise activation, a leaf kernel: `SiLUActivation` as transformers runs it.

kernel:        40accfa258a7fc15
level:         1
label:         activation
qualnames:     transformers.activations.SiLUActivation, torch.nn.modules.activation.SiLU
transformers:  5.24.0
architectures: afmoe, aimv2, aria, audioflamingo3, axk1, axk2, aya_vision, bailing_hybrid, bamba, canary, chameleon, cohere, cohere2, cohere2_vision, cohere_asr, cohere_compass, colqwen2, cosmos3_omni, cwm, deepseek_ocr2, deepseek_v2, deepseek_v3, deepseek_v32, deepseek_v4, deepseek_vl, deepseek_vl_hybrid, deimv2, dia, diffllama, doge, dory, dots1, dots3_note, ernie4_5, ernie4_5_moe, ernie4_5_vl_moe, esmc, eurobert, evolla, exaone4, exaone4_5, exaone_moe, falcon_h1, flint, fun_asr_nano, glm, glm4, glm46v, glm4_moe, glm4_moe_lite, glm4v, glm4v_moe, glm_image, glm_moe_dsa, glm_ocr, glmasr, got_ocr2, granite, granite4_vision, granite_docling, granite_speech, granite_speech5_ctc, granite_speech5_encoder, granite_speech_plus, granite_swa, granitemoehybrid, helium, hrm_text, hunyuan_v1_dense, hunyuan_v1_moe, hunyuan_vl, hy_v3, hy_v4, hy_v4_vl, hyperclovax, hyperclovax_vision_v2, idefics, idefics2, idefics3, inkling_mm_model, inkling_text, internvl, jev, kimi_k25, kimi_linear, kolibri1, kyutai_speech_to_text, laguna, lasr_ctc, lasr_encoder, lighton_ocr, llama, llava, llava_next, llava_next_video, llava_onevision, mimo_v2_flash, minicpm3, minicpm_ocr, minicpmv4_6, minicpmv4_7, minimax, ministral, ministral3, mistral, mistral3, mistral4, mistral_large4, mllama, mobilevit, moonshine, moonshine_streaming, moshi, moss_transcribe_diarize, muse_glimmer, muse_glimmer_assistant, musicflamingo, nemotron3_5_asr, nemotron_asr_streaming, neucodec, nomic_bert, olmo, olmo2, olmo3, olmo_hybrid, omniasr, ovis2, paddleocr_vl, parakeet_ctc, parakeet_encoder, parakeet_rnnt, parakeet_tdt, pe_audio, phi3, pp_chart2table, qianfan_ocr, qwen2, qwen2_5_vl, qwen2_audio, qwen2_vl, qwen3, qwen3_5, qwen3_asr, qwen3_vl, sapiens2, seed_oss, smollm3, smolvlm, solar_open, stablelm, step3p7, timesfm2_5, ultrabert, ultravbert, unlimited_ocr, vibevoice_asr, video_llama_3, video_llava, vipllava, voxtral, voxtral_realtime, wav2vec2-bert, xcodec2, youtu
cases:         68 real cases, default first (the most common that fits in 8 GB); 8 unmapped
"""

import torch
from torch import nn
from torch import Tensor
from transformers.activations import SiLUActivation
from typing import Any


class Model(SiLUActivation):
    """`SiLUActivation` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """An elementwise activation, a leaf kernel: `SiLUActivation` as transformers runs it.

    Candidate stub: same constructor and forward signature as Model.
    Model holds no parameters or buffers in its state dict: neither may ModelNew.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__()
        raise NotImplementedError("write the kernel: an elementwise activation (SiLUActivation)")

    def forward(self, input: Tensor) -> Tensor:
        raise NotImplementedError("write the kernel: an elementwise activation (SiLUActivation)")


KERNEL = {"id": "40accfa258a7fc15", "name": "silu_activation", "level": 1, "label": "activation", "qualname": "transformers.activations.SiLUActivation", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 11008], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 44824576,
     "flops": 11206144,
     "architectures": ["chameleon", "deepseek_ocr2", "deepseek_vl", "deepseek_vl_hybrid", "granite", "granite4_vision", "granite_speech", "granite_speech_plus", "hunyuan_v1_dense", "hunyuan_v1_moe", "hunyuan_vl", "hyperclovax", "hyperclovax_vision_v2", "idefics", "idefics3", "llama", "llava", "llava_next", "llava_next_video", "olmo", "olmo2", "olmo3", "olmo_hybrid", "smollm3", "smolvlm", "ultrabert", "ultravbert", "video_llava", "vipllava"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.0.mlp.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 22016], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 89649152,
     "flops": 22412288,
     "architectures": ["audioflamingo3", "cosmos3_omni", "internvl", "llava_onevision", "musicflamingo", "ovis2", "qianfan_ocr", "qwen2", "qwen2_audio", "qwen3", "qwen3_vl", "video_llama_3"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "language_model.layers.0.mlp.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8339456,
     "flops": 2084864,
     "architectures": ["axk1", "deepseek_v3", "deepseek_v32", "deepseek_v4", "doge", "glm_moe_dsa", "granite_docling", "hy_v4_vl", "kimi_k25", "mistral4"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.1.mlp.shared_experts.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 12288], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 50036736,
     "flops": 12509184,
     "architectures": ["ernie4_5_moe", "ernie4_5_vl_moe", "glm_moe_dsa", "jev", "minicpm_ocr", "minicpmv4_6", "minicpmv4_7", "minimax", "qwen3_5"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.0.mlp.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 14336], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 58376192,
     "flops": 14594048,
     "architectures": ["bamba", "evolla", "falcon_h1", "idefics2", "ministral", "ministral3", "mistral", "mllama"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.0.feed_forward.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 3072], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 12509184,
     "flops": 3127296,
     "architectures": ["ernie4_5", "ernie4_5_vl_moe", "eurobert", "fun_asr_nano", "lighton_ocr", "moss_transcribe_diarize", "nomic_bert", "paddleocr_vl"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.0.mlp.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 8192], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 33357824,
     "flops": 8339456,
     "architectures": ["aria", "dia", "diffllama", "granite_swa", "laguna", "phi3", "voxtral"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "language_model.layers.0.mlp.shared_experts.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 6144], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 25018368,
     "flops": 6254592,
     "architectures": ["afmoe", "bailing_hybrid", "flint", "glmasr", "mistral_large4", "qwen3_asr", "youtu"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.0.mlp.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 16678912,
     "flops": 4169728,
     "architectures": ["dia", "glm_ocr", "granite_speech5_ctc", "granite_speech5_encoder", "hrm_text", "xcodec2"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "encoder.layers.0.mlp.activation_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 4096], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2097152,
     "flops": 524288,
     "architectures": ["canary", "parakeet_ctc", "parakeet_encoder", "parakeet_rnnt", "parakeet_tdt"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "encoder.layers.0.feed_forward1.activation"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 13696], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 55770112,
     "flops": 13942528,
     "architectures": ["glm", "glm4", "glm46v", "glm4v", "glm_image"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.0.mlp.activation_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 22528], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 91734016,
     "flops": 22933504,
     "architectures": ["aya_vision", "cohere", "cohere2", "cohere2_vision", "cohere_compass"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "language_model.layers.0.mlp.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1024, 64], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 524288,
     "flops": 131072,
     "architectures": ["canary", "parakeet_ctc", "parakeet_encoder", "parakeet_rnnt", "parakeet_tdt"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "encoder.layers.0.conv.activation"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 2816], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 11466752,
     "flops": 2866688,
     "architectures": ["deepseek_ocr2", "deepseek_v2", "got_ocr2", "omniasr", "pp_chart2table"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "language_model.layers.1.mlp.shared_experts.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 18432], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 75055104,
     "flops": 18763776,
     "architectures": ["axk1", "deepseek_v3", "deepseek_v32", "hy_v4_vl", "kimi_k25"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.0.mlp.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 16384], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 66715648,
     "flops": 16678912,
     "architectures": ["exaone4", "exaone4_5", "exaone_moe", "mimo_v2_flash"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.0.mlp.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 29568], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 120400896,
     "flops": 30100224,
     "architectures": ["colqwen2", "qwen2_5_vl", "qwen2_vl"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "vlm.language_model.layers.0.mlp.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 1408], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 5733376,
     "flops": 1433344,
     "architectures": ["dots1", "glm4_moe", "glm4v_moe"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.0.mlp.shared_experts.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 6912], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 28145664,
     "flops": 7036416,
     "architectures": ["esmc", "hy_v4", "stablelm"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.0.mlp.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 1024], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 4169728,
     "flops": 1042432,
     "architectures": ["exaone_moe", "granitemoehybrid", "kimi_linear"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.1.mlp.shared_experts.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1018, 3072], "roles": ["batch", "batch*seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 25018368,
     "flops": 6254592,
     "architectures": ["inkling_mm_model", "inkling_text"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "language_model.layers.0.mlp.shared_experts.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 512], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 2084864,
     "flops": 521216,
     "architectures": ["axk2", "kolibri1"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.1.mlp.shared_experts.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 65, 4096], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2129920,
     "flops": 532480,
     "architectures": ["nemotron3_5_asr", "nemotron_asr_streaming"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "encoder.layers.0.feed_forward1.activation"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 1536], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 6254592,
     "flops": 1563648,
     "architectures": ["dots3_note", "glm4_moe_lite"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "language_model.layers.1.mlp.shared_experts.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 3127296,
     "flops": 781824,
     "architectures": ["bailing_hybrid", "hy_v4"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.2.mlp.shared_experts.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 125, 2048], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2048000,
     "flops": 512000,
     "architectures": ["lasr_ctc", "lasr_encoder"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "encoder.layers.0.feed_forward1.activation"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 127, 4096], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4161536,
     "flops": 1040384,
     "architectures": ["granite_speech5_ctc", "granite_speech5_encoder"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "encoder.layers.1.feed_forward2.activation"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 19968], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 81309696,
     "flops": 20327424,
     "architectures": ["muse_glimmer", "muse_glimmer_assistant"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "language_model.layers.0.mlp.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 1280], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 5212160,
     "flops": 1303040,
     "architectures": ["moonshine_streaming", "solar_open"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "decoder.layers.0.mlp.activation_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1024, 65], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 532480,
     "flops": 133120,
     "architectures": ["nemotron3_5_asr", "nemotron_asr_streaming"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "encoder.layers.0.conv.activation"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 2816], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5767168,
     "flops": 1441792,
     "architectures": ["aimv2", "ovis2"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "vision_model.encoder.layers.0.ffn.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 125], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 512000,
     "flops": 128000,
     "architectures": ["lasr_ctc", "lasr_encoder"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "encoder.layers.0.conv.activation"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 11264], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 45867008,
     "flops": 11466752,
     "architectures": ["moshi", "step3p7"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.0.mlp.activation_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 9216], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 37527552,
     "flops": 9381888,
     "architectures": ["kimi_linear", "voxtral_realtime"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.0.mlp.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 254, 4096], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 8323072,
     "flops": 2080768,
     "architectures": ["granite_speech5_ctc", "granite_speech5_encoder"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "encoder.layers.0.feed_forward2.activation"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 10944], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 44563968,
     "flops": 11140992,
     "architectures": ["glm4_moe", "glm4v_moe"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.0.mlp.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 5120], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2621440,
     "flops": 655360,
     "architectures": ["cohere_asr"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "encoder.layers.0.feed_forward1.activation"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 21504], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 87564288,
     "flops": 21891072,
     "architectures": ["cwm"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.0.mlp.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 27648], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 112582656,
     "flops": 28145664,
     "architectures": ["seed_oss"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.0.mlp.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 6400], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 26060800,
     "flops": 6515200,
     "architectures": ["minicpm3"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.0.mlp.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 7168], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 29188096,
     "flops": 7297024,
     "architectures": ["dory"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.0.mlp.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1280, 64], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 655360,
     "flops": 163840,
     "architectures": ["cohere_asr"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "encoder.layers.0.conv.activation"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 5632], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 22933504,
     "flops": 5733376,
     "architectures": ["kyutai_speech_to_text"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.0.mlp.activation_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 32768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 133431296,
     "flops": 33357824,
     "architectures": ["mistral3"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "language_model.layers.0.mlp.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 5120], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5242880,
     "flops": 1310720,
     "architectures": ["dots3_note"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "audio_tower.layers.0.mlp.activation_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 160, 4864], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 6225920,
     "flops": 1556480,
     "architectures": ["deepseek_ocr2"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "vision_tower.vision_encoder.layers.0.mlp.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 2036, 5120], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 83394560,
     "flops": 20848640,
     "architectures": ["voxtral_realtime"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "audio_tower.layers.0.mlp.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 450, 22016], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 79257600,
     "flops": 19814400,
     "architectures": ["vibevoice_asr"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "language_model.layers.0.mlp.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1, 24200, 6144], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 594739200,
     "flops": 148684800,
     "architectures": ["mistral_large4"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "vision_tower.transformer.layers.0.feed_forward.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 205, 4096], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 6717440,
     "flops": 1679360,
     "architectures": ["sapiens2"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "model.layer.0.mlp.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 7040], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 28666880,
     "flops": 7166720,
     "architectures": ["helium"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.0.mlp.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1, 24200, 4096], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 396492800,
     "flops": 99123200,
     "architectures": ["lighton_ocr"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "vision_encoder.transformer.layers.0.feed_forward.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 50, 4096], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1638400,
     "flops": 409600,
     "architectures": ["neucodec"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "acoustic_decoder.layers.0.mlp.activation_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 77, 2048], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1261568,
     "flops": 315392,
     "architectures": ["aimv2"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "text_model.encoder.layers.0.ffn.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 1792], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 7297024,
     "flops": 1824256,
     "architectures": ["unlimited_ocr"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "language_model.layers.1.mlp.shared_experts.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 9, 4800], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 345600,
     "flops": 86400,
     "architectures": ["pe_audio"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "audio_encoder.layers.0.mlp.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 1152], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 4690944,
     "flops": 1172736,
     "architectures": ["moonshine"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "decoder.layers.0.mlp.activation_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [8, 64, 384], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 786432,
     "flops": 196608,
     "architectures": ["mobilevit"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "encoder.layer.3.transformer.layer.0.intermediate.intermediate_act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 16384], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 8388608,
     "flops": 2097152,
     "architectures": ["idefics2"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "connector.perceiver_resampler.layers.0.mlp.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [8, 16, 480], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 245760,
     "flops": 61440,
     "architectures": ["mobilevit"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "encoder.layer.4.transformer.layer.0.intermediate.intermediate_act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [8, 256, 288], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 2359296,
     "flops": 589824,
     "architectures": ["mobilevit"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "encoder.layer.2.transformer.layer.0.intermediate.intermediate_act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 49, 14336], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5619712,
     "flops": 1404928,
     "architectures": ["idefics2"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "connector.modality_projection.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 10240], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 41697280,
     "flops": 10424320,
     "architectures": ["glm4_moe_lite"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.0.mlp.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 13312], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 54206464,
     "flops": 13551616,
     "architectures": ["hy_v3"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.0.mlp.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 13824], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 56291328,
     "flops": 14072832,
     "architectures": ["dots3_note"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "language_model.layers.0.mlp.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 24576], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 100073472,
     "flops": 25018368,
     "architectures": ["mistral_large4"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "language_model.layers.0.mlp.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 5120], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20848640,
     "flops": 5212160,
     "architectures": ["axk2"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "layers.0.mlp.act_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 6848], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 27885056,
     "flops": 6971264,
     "architectures": ["unlimited_ocr"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "language_model.layers.0.mlp.act_fn"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "torch.nn.modules.activation.SiLU",
     "architectures": ["granite_speech", "granite_speech_plus", "neucodec", "wav2vec2-bert", "xcodec2"],
     "reason": "constructor argument 'inplace' is not in SiLUActivation.__init__"},
    {"qualname": "torch.nn.modules.activation.SiLU",
     "architectures": ["neucodec", "wav2vec2-bert", "xcodec2"],
     "reason": "constructor argument 'inplace' is not in SiLUActivation.__init__"},
    {"qualname": "torch.nn.modules.activation.SiLU",
     "architectures": ["granite_speech", "granite_speech_plus"],
     "reason": "constructor argument 'inplace' is not in SiLUActivation.__init__"},
    {"qualname": "torch.nn.modules.activation.SiLU",
     "architectures": ["axk2"],
     "reason": "constructor argument 'inplace' is not in SiLUActivation.__init__"},
    {"qualname": "torch.nn.modules.activation.SiLU",
     "architectures": ["timesfm2_5"],
     "reason": "constructor argument 'inplace' is not in SiLUActivation.__init__"},
    {"qualname": "torch.nn.modules.activation.SiLU",
     "architectures": ["neucodec"],
     "reason": "constructor argument 'inplace' is not in SiLUActivation.__init__"},
    {"qualname": "torch.nn.modules.activation.SiLU",
     "architectures": ["deimv2"],
     "reason": "constructor argument 'inplace' is not in SiLUActivation.__init__"},
    {"qualname": "torch.nn.modules.activation.SiLU",
     "architectures": ["pe_audio"],
     "reason": "constructor argument 'inplace' is not in SiLUActivation.__init__"},
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
