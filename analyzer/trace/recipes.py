"""Config changes that let a default config build and run, generic rules first.

Most architectures trace from their config class's defaults. Where they do not, a change is
made here, never in the tracer:

* generic rules that read the config: a timm backbone is replaced by the transformers-native
  one when timm is not installed (``config_overrides``); an image placeholder id left
  ``None`` becomes the text vocabulary's last id (``apply_after_build``);
* per-architecture ``RECIPES``, only where a default config cannot build its own model (a
  field left ``None``, a head count that does not divide the width). Each entry carries its
  reason; ``recipe_count()`` is the number the README reports.

A key without a dot is a constructor argument (so fields derived from it follow); a dotted
key (``vision_config.num_attention_heads``) is set on the built config's sub-config.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import inspect


def _dense_then_sparse(config) -> list[str]:
    return ["dense"] + ["sparse"] * (config.num_hidden_layers - 1)


# PaddleOCR's intra-class block: 1x1 channel convolutions, then vertical, horizontal and
# square kernels of three lengths (kernel, stride, padding each).
_INTRACLASS_BLOCK = {
    "reduce_channel": [1, 1, 0],
    "return_channel": [1, 1, 0],
    "vertical_long_to_small_conv_longratio": [[7, 1], 1, [3, 0]],
    "vertical_long_to_small_conv_midratio": [[5, 1], 1, [2, 0]],
    "vertical_long_to_small_conv_shortratio": [[3, 1], 1, [1, 0]],
    "horizontal_small_to_long_conv_longratio": [[1, 7], 1, [0, 3]],
    "horizontal_small_to_long_conv_midratio": [[1, 5], 1, [0, 2]],
    "horizontal_small_to_long_conv_shortratio": [[1, 3], 1, [0, 1]],
    "symmetric_conv_long_longratio": [7, 1, 3],
    "symmetric_conv_long_midratio": [5, 1, 2],
    "symmetric_conv_long_shortratio": [3, 1, 1],
}

# PaddleOCR's DB text detector: the neck upsamples its four levels to the first one's size,
# the head's three convolutions take these kernels (its documented default).
_DB_NECK_AND_HEAD = {"intraclass_block_config": _INTRACLASS_BLOCK, "scale_factor_list": [1, 2, 4, 8], "kernel_list": [3, 2, 2]}


def _detection_strides(backbone) -> list:
    """PP-LCNetV4's default blocks are its text-line recognition layout: stage 2 keeps stage 1's
    size and stages 3 and 4 halve the height only. As a detector's backbone each stage after
    the first halves both sides in its first block, so that the neck can upsample every stage
    by 2 onto the one before it; the blocks' widths and kernels stay the defaults."""
    return [
        [[kernel, inputs, outputs, 2 if stage and not index else 1, squeeze] for index, (kernel, inputs, outputs, _, squeeze) in enumerate(blocks)]
        for stage, blocks in enumerate(backbone.block_configs)
    ]


# PP-OCRv6's detectors: the four PP-LCNetV4 stages in the detection layout, all fed to the neck.
_LCNET_V4_DETECTION = {
    "backbone_config.block_configs": _detection_strides,
    "backbone_config.out_features": ["stage1", "stage2", "stage3", "stage4"],
}


def _chameleon_vocabulary(codes: int = 8192, first_id: int = 4, image_id: int = 8711) -> dict[str, int]:
    """Chameleon's tokenizer names VQ code ``i`` ``IMGIMG<i's digits as the letters A-J>Z``,
    the names the model parses back into codes. The ids are this project's choice inside the
    default vocabulary (the codes from id 4, ``<image>`` after them): only their distinctness
    matters to the computation. The map travels inline in the L4 task's config fields."""
    def name(code: int) -> str:
        return "IMGIMG" + "".join(chr(ord("A") + int(digit)) for digit in str(code)) + "Z"

    return {"<image>": image_id, **{name(code): first_id + code for code in range(codes)}}


def _emu3_vocabulary(vocab_size: int = 184622, codes: int = 32768) -> dict[str, int]:
    """Emu3's tokenizer names VQ code ``i`` ``<|visual token i:06d|>``, the names the model parses
    back into codes, and ends each image row with ``<|extra_200|>``. The codes take the top of
    the default vocabulary (151854 on, exactly its 184622 ids); the row end and ``<image>`` are
    this project's choice below them: only their distinctness matters to the computation."""
    first_code = vocab_size - codes
    return {"<|extra_200|>": first_code - 8, "<image>": first_code - 1, **{f"<|visual token {code:06d}|>": first_code + code for code in range(codes)}}


@dataclasses.dataclass(frozen=True)
class Recipe:
    overrides: dict
    reason: str


# GLM's multimodal rope: its 32-frequency mrope_section covers half of each 128-wide head.
_HALF_WIDTH_ROTARY = Recipe(
    {"text_config.rope_parameters": {"rope_type": "default", "rope_theta": 10000.0, "partial_rotary_factor": 0.5}},
    "the default rope parameters omit the half-width rotary factor that the model's 32-frequency mrope_section assumes",
)


RECIPES: dict[str, Recipe] = {
    "autoformer": Recipe({"prediction_length": 24}, "prediction_length has no default"),
    "informer": Recipe({"prediction_length": 24}, "prediction_length has no default"),
    "time_series_transformer": Recipe({"prediction_length": 24}, "prediction_length has no default"),
    "aya_vision": Recipe(
        {"vision_config.num_attention_heads": 16, "vision_config.image_size": 364},
        "default SigLIP width 1152 is not divisible by its 14 heads, and pixel shuffle needs an even patch grid",
    ),
    "dbrx": Recipe(
        {"attn_config.rope_theta": 500000.0, "attn_config.clip_qkv": 8.0},
        "the attention sub-config lacks rope_theta, and the model clamps by clip_qkv even when it is None",
    ),
    "deepseek_v2": Recipe(
        {"num_experts_per_tok": 6, "moe_intermediate_size": 1408},
        "num_experts_per_tok has no default; grouped_mm needs 16-byte strides, the default 1407 is odd",
    ),
    "deepseek_ocr2": Recipe(
        {
            "text_config.num_experts_per_tok": 6, "text_config.mlp_layer_types": _dense_then_sparse, "text_config.moe_intermediate_size": 1408,
            "vision_config.encoder_config.hidden_size": 896, "vision_config.encoder_config.intermediate_size": 4864,
            "vision_config.encoder_config.num_attention_heads": 14, "vision_config.encoder_config.num_key_value_heads": 2,
        },
        "MoE routing fields have no default; grouped_mm needs 16-byte strides, the default 1407 is odd; the vision "
        "encoder defaults to a 4096-wide Qwen2 where the SAM neck gives 896-wide features (the checkpoint's is Qwen2-0.5B's width)",
    ),
    "gemma3": Recipe(
        {"vision_config.image_size": 896, "vision_config.patch_size": 14},
        "the default 224/16 vision grid has 14 patches a side, fewer than the 16 that mm_tokens_per_image pools to",
    ),
    "shieldgemma2": Recipe(
        {"vision_config.image_size": 896, "vision_config.patch_size": 14},
        "gemma3's vision tower: the default 224/16 grid has 14 patches a side, fewer than the 16 that mm_tokens_per_image pools to",
    ),
    "t5gemma2": Recipe(
        {"encoder.vision_config.image_size": 896, "encoder.vision_config.patch_size": 14},
        "gemma3's vision tower: the default 224/16 grid has 14 patches a side, fewer than the 16 that mm_tokens_per_image pools to",
    ),
    "cohere_compass": Recipe(
        {"text_config.rope_parameters": {"full_attention": {"rope_type": "default", "rope_theta": 10000.0}}, "vision_config.out_hidden_size": 8192},
        "the model reads RoPE parameters per layer type, the default config has none; the default vision merger outputs 3584 wide, the default text model is 8192 wide",
    ),
    "dots1": Recipe({"n_routed_experts": 128, "n_shared_experts": 1, "num_experts_per_tok": 6}, "MoE expert counts have no default"),
    "diffusion_gemma": Recipe({"text_config.num_experts": 8, "text_config.top_k_experts": 2, "text_config.moe_intermediate_size": 1024}, "MoE expert counts have no default"),
    "glm4v": _HALF_WIDTH_ROTARY,
    "glm46v": _HALF_WIDTH_ROTARY,
    "glm_image": _HALF_WIDTH_ROTARY,
    "glm4v_moe": Recipe(
        {"text_config.head_dim": 128},
        "head_dim has no default, and 4096 / 96 heads gives a rotary width the model's 32-frequency mrope_section does not fit",
    ),
    "aria": Recipe(
        {"vision_config.image_size": 980, "vision_config.patch_size": 14},
        "the default Idefics3 vision tower (224 px, 32 px patches) gives 49 patches, a count the projector has no queries for; Aria's tower is 980 px at 14 px (4900)",
    ),
    "qwen3_vl": Recipe(
        {"vision_config.out_hidden_size": 4096},
        "the default vision merger outputs 3584 wide, the default text model is 4096 wide",
    ),
    "pp_ocrv5_server_det": Recipe(_DB_NECK_AND_HEAD, "the intra-class blocks, neck upsampling and head kernels have no default"),
    "pp_ocrv6_medium_det": Recipe(
        {**_DB_NECK_AND_HEAD, **_LCNET_V4_DETECTION},
        "the intra-class blocks, neck upsampling and head kernels have no default; the default backbone is PP-LCNetV4's "
        "recognition layout with its last stage out, the neck upsamples each of four stages by 2 onto the one before",
    ),
    "pp_ocrv6_small_det": Recipe(
        {**_LCNET_V4_DETECTION, "layer_list_out_channels": [96, 96, 192, 384]},
        "the default backbone is PP-LCNetV4's recognition layout with its last stage out, the neck upsamples each of four "
        "stages by 2 onto the one before; the neck's default input widths are PP-LCNetV3's (PP-OCRv5), not the default PP-LCNetV4's",
    ),
    "lw_detr": Recipe(
        {"projector_scale_factors": [1.0], "group_detr": 1},
        "the default projector has no scale, so the decoder gets no feature level; of its 13 query groups"
        " inference runs the first alone (the other 12 train only): one group is the model inference runs",
    ),
    "rf_detr": Recipe(
        {"group_detr": 1},
        "of its 13 query groups inference runs the first alone (the other 12 train only): one group is the model inference runs",
    ),
    "uvdoc": Recipe(
        {"backbone_config.out_features": [f"stage{i}" for i in range(1, 7)]},
        "the default backbone outputs its last stage only, the head concatenates all six",
    ),
    "vitmatte": Recipe(
        {"hidden_size": 768},
        "the default ViTDet backbone is 768 wide (ViTMatte-base), the default matting head reads 384 (ViTMatte-small)",
    ),
    "superglue": Recipe(
        {"keypoint_detector_config.max_keypoints": 1024},
        "the default detector keeps every keypoint over its threshold, with random weights nearly every pixel, and the matcher pairs them all",
    ),
    "modernvbert": Recipe(
        {"vision_config.image_size": 512},
        "the default SigLIP vision tower's 224/16 = 14 patches a side cannot be pixel-shuffled by the default factor 4; 512 gives 32 patches a side",
    ),
    "colmodernvbert": Recipe(
        {"vlm_config.vision_config.image_size": 512},
        "modernvbert's vision tower: the default 14 patches a side cannot be pixel-shuffled by the default factor 4",
    ),
    "ultravbert": Recipe(
        {"vision_config.image_size": 512},
        "modernvbert's vision tower: the default 14 patches a side cannot be pixel-shuffled by the default factor 4",
    ),
    "hunyuan_vl": Recipe(
        {"text_config.rope_parameters": {"rope_type": "default", "rope_theta": 10000.0, "mrope_section": [16, 16, 16, 16]}},
        "the model needs multimodal rope sections and the default config has none; four axes of 16 split the 128-wide heads' 64 frequencies",
    ),
    "qwen3_vl_moe": Recipe(
        {"vision_config.out_hidden_size": 2048},
        "the default vision merger outputs 3584 wide, the default text model is 2048 wide",
    ),
    "cosmos3_omni": Recipe(
        {"vision_config.out_hidden_size": 4096},
        "the default vision merger outputs 3584 wide, the default text model is 4096 wide",
    ),
    "step3p7": Recipe(
        {"text_config.sliding_window": 512},
        "the model builds a sliding-window mask even where no layer slides, and the default config sets no window",
    ),
    "xmod": Recipe({"default_language": "en_XX"}, "the language adapters need a language; the default config lists en_XX but sets no default"),
    "instructblipvideo": Recipe(
        {"video_token_id": 32000}, "video_token_id has no default, so no text position takes the video features; 32000 is the released checkpoint's <video> token",
    ),
    "pp_doclayout_v2": Recipe(
        {"class_thresholds": [0.5, 0.5], "class_order": [0, 1]},
        "the per-class score thresholds and reading-order classes of its 2 default labels have no default",
    ),
    "granite_speech": Recipe(
        {"projector_config.encoder_hidden_size": 1024},
        "the default Q-Former projector cross-attends to BLIP-2's 1408-wide vision states, the default speech encoder is 1024 wide",
    ),
    "granite_speech_plus": Recipe(
        {"projector_config.encoder_hidden_size": 1024},
        "the default Q-Former projector cross-attends to BLIP-2's 1408-wide vision states, the default speech encoder is 1024 wide",
    ),
    "chameleon": Recipe(
        {"vocabulary_map": _chameleon_vocabulary()},
        "the map from VQ codes to token ids comes with the tokenizer and the default config has none",
    ),
    "emu3": Recipe(
        {"vocabulary_map": _emu3_vocabulary()},
        "the map from VQ codes to token ids comes with the tokenizer and the default config has none",
    ),
    "granite4_vision": Recipe(
        {
            "downsample_rate": "4/8", "deepstack_layer_map": [[-19, 9], [-13, 6], [-7, 3], [-1, 0]],
            "vision_config": {
                "model_type": "siglip_vision_model", "hidden_size": 1152, "intermediate_size": 4304, "num_attention_heads": 16,
                "num_hidden_layers": 27, "image_size": 384, "patch_size": 16, "hidden_act": "gelu_pytorch_tanh", "layer_norm_eps": 1e-6,
            },
            "vision_feature_select_strategy": "full", "image_grid_pinpoints": [[384, 384], [384, 768], [768, 384]],
        },
        "the Window Q-Former's downsample rate and the vision-to-text layer map have no default, and the released map reads "
        "vision layers the default 12-layer CLIP tower lacks: the released checkpoint's SigLIP tower (no class token, "
        "so every feature is kept) with its 384 px tiles",
    ),
    "qwen4_exp": Recipe(
        {"text_config": {
            "indexer_n_heads": 4, "indexer_kv_heads": 1, "indexer_head_dim": 128, "indexer_budget": 2048, "indexer_compress_ratio": 4,
            "rope_parameters": {"rope_type": "default", "rope_theta": 10000.0, "partial_rotary_factor": 0.25},
        }},
        "every default full-attention layer is indexed (QSA), and the indexer's heads, width, token budget and block size have "
        "no default; the default rope parameters omit the quarter-width rotary factor that the model's 32-frequency mrope_section assumes",
    ),
    "qwen3_omni_moe": Recipe(
        {"talker_config.text_config.shared_expert_intermediate_size": 768, "talker_config.spatial_merge_size": 2},
        "the talker builds a shared expert and merges vision patches by fields its config classes do not define; 768 and 2 are the released checkpoint's",
    ),
    "gemma4_assistant": Recipe(
        {"text_config": {"model_type": "gemma4_text", "hidden_size_per_layer_input": 0, "vocab_size_per_layer_input": 0}},
        "the default Gemma 4 text config has per-layer inputs, which the assistant's own validation rejects (it reads the main model's states instead)",
    ),
    "llama4": Recipe(
        {"vision_config.hidden_size": 1408, "vision_config.vision_output_dim": 4096},
        "the default vision tower is 768 wide, whose pixel shuffle by 0.5 gives 3072 features where its adapter takes "
        "intermediate_size 5632 (Scout's 1408-wide tower); the projector reads vision_output_dim 7680, the adapter outputs 4096",
    ),
    "esm": Recipe({"vocab_size": 33, "pad_token_id": 1, "mask_token_id": 32}, "vocab_size has no default"),
}


def recipe_count() -> int:
    return len(RECIPES)


def _timm_missing() -> bool:
    return importlib.util.find_spec("timm") is None


def config_overrides(arch_name: str, config_class_name: str) -> dict:
    """Constructor arguments for the config: generic rules, then the architecture's recipe."""
    import transformers

    config_class = getattr(transformers, config_class_name)
    overrides = {}
    if _timm_missing() and "use_timm_backbone" in _documented_arguments(config_class):
        overrides["use_timm_backbone"] = False
    recipe = RECIPES.get(arch_name)
    if recipe:
        overrides.update({k: v for k, v in recipe.overrides.items() if "." not in k})
    return overrides


def _documented_arguments(config_class: type) -> str:
    """Config classes take ``use_timm_backbone`` through ``**kwargs``; their source names it."""
    try:
        return inspect.getsource(config_class)
    except (OSError, TypeError):
        return ""


def apply_after_build(arch_name: str, config) -> None:
    """Set a recipe's dotted fields on the built config's sub-configs (a callable value is
    computed from that sub-config), and give an unset image or audio placeholder id a real
    token: the text vocabulary's last id, and the one before it for audio."""
    for offset, field in enumerate(("image_token_id", "audio_token_id"), start=1):
        if field in _declared(config) and getattr(config, field, 0) is None:
            text = config.get_text_config() if hasattr(config, "get_text_config") else config
            setattr(config, field, int(getattr(text, "vocab_size", 1000)) - offset)
    recipe = RECIPES.get(arch_name)
    for key, value in (recipe.overrides if recipe else {}).items():
        if "." not in key:
            continue
        *path, field = key.split(".")
        target = config
        for part in path:
            target = getattr(target, part)
        setattr(target, field, value(target) if callable(value) else value)


def _declared(config) -> set[str]:
    return set(vars(config)) | set(getattr(config, "attribute_map", {}))
