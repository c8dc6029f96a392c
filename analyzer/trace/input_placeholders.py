"""Which inputs a forward wants, and the inputs that only make sense beside another: image
placeholder tokens in the text, grids beside flattened patches, masks beside features."""

from __future__ import annotations

import inspect

import torch

from fastkernels.analyzer.trace.input_builders import (
    BUILDERS, drafter_embeddings, mel_bins, tiled_images, trajectory,
)
from fastkernels.analyzer.trace.input_fields import (
    audio_sub_config, BATCH, config_value, FEATURE_MASKS, GRID_PATCHES, HOP_LENGTH, image_channels,
    sequence_length, size_pair, special_token_ids, token_ids, vision_sub_config,
)


# Inputs passed even when optional: they switch on a tower, or the forward raises without them.
TOWER_INPUTS = {
    "pixel_values", "pixel_values_videos", "high_res_pixel_values", "input_features", "decoder_input_ids",
    "input_values", "decoder_input_values", "bbox", "future_values", "future_time_features", "visual_feats", "visual_pos", "flattened_patches",
    "global_attention_mask", "entity_ids", "entity_position_ids", "entity_attention_mask",
    "protein_input_ids", "protein_attention_mask", "shared_kv_states",
}

# A tower input is left out when the config disables the sub-config that would consume it.
_TOWER_CONFIG = {
    "pixel_values": "vision_config", "high_res_pixel_values": "high_res_vision_config",
    "pixel_values_videos": "vision_config", "input_features": "audio_config",
}

# Config fields that state how many placeholder tokens one image becomes in the text.
_IMAGE_TOKEN_COUNT_FIELDS = ("image_seq_length", "mm_tokens_per_image", "num_query_tokens", "num_image_tokens", "image_token_count")


def forward_parameters(model: torch.nn.Module) -> dict[str, inspect.Parameter]:
    parameters = inspect.signature(model.forward).parameters
    return {n: p for n, p in parameters.items() if p.kind not in (p.VAR_KEYWORD, p.VAR_POSITIONAL)}


def _decoder_inputs(model: torch.nn.Module) -> set[str]:
    """A model built as a decoder (``is_decoder``, which TrOCR's causal LM sets on itself, or
    from a decoder's own config class, as MusicGen's base model is) has cross-attention
    layers that run only on an encoder's output."""
    config = getattr(model, "config", None)
    decoder = getattr(config, "is_decoder", False) or type(config).__name__.endswith("DecoderConfig")
    return {"encoder_hidden_states"} if decoder else set()


def _disabled(config, name: str) -> bool:
    sub = _TOWER_CONFIG.get(name)
    return sub is not None and sub in getattr(config, "__dict__", {}) and getattr(config, sub) is None


def _main_inputs(model: torch.nn.Module) -> list[str]:
    """``main_input_name``, a list where a model has two (OneFormer's image and task)."""
    main = getattr(model, "main_input_name", "input_ids")
    return list(main) if isinstance(main, (list, tuple)) else [main]


def wanted_inputs(model: torch.nn.Module, config=None) -> list[str]:
    """The forward arguments to fill: required ones, the main input, and tower inputs.

    A main input named ``inputs`` is a generic alias where the forward also takes the tower
    input it stands for (a speech encoder-decoder's waveform or features): that one is filled."""
    params = forward_parameters(model)
    towers = TOWER_INPUTS | _decoder_inputs(model)
    mains = [m for m in _main_inputs(model) if m != "inputs" or not towers & params.keys()]
    wanted = []
    for name, parameter in params.items():
        required = parameter.default is inspect.Parameter.empty
        if name in BUILDERS and (required or name in mains or name in towers):
            if required or not _disabled(config, name):
                wanted.append(name)
        elif required:
            wanted.append(name)
    for main in reversed(mains):
        if main not in wanted and main in BUILDERS:
            wanted.insert(0, main)
    return wanted


def _flat_patches(config) -> tuple[torch.Tensor, torch.Tensor]:
    """Qwen2-VL layout: every patch flattened to one row, plus each image's (t, h, w) grid."""
    vision = vision_sub_config(config)
    channels = int(config_value(vision, "in_channels", "num_channels", "in_chans", default=3))
    patch = size_pair(config_value(vision, "patch_size", default=14))[0]
    temporal = size_pair(config_value(vision, "temporal_patch_size", "patch_temporal", default=1))[0]
    grid = torch.tensor([[1, GRID_PATCHES, GRID_PATCHES]] * BATCH)
    return torch.randn(BATCH * GRID_PATCHES**2, channels * temporal * patch * patch), grid


def _packed_patch_row(config) -> tuple[torch.Tensor, torch.Tensor]:
    """NaViT packing as MiniCPM-V's processor does it: every image's patches side by side in
    one row of pixels, (1, C, P, patches * P), plus each image's (height, width) in patches."""
    patch = size_pair(config_value(vision_sub_config(config), "patch_size", default=14))[0]
    grid = torch.tensor([[GRID_PATCHES, GRID_PATCHES]] * BATCH)
    return torch.randn(1, image_channels(vision_sub_config(config)), patch, BATCH * GRID_PATCHES**2 * patch), grid


def _packed_patches_per_token(config) -> int:
    """How many patches of a packed image become one text token: a window merge inside the
    vision tower (skipped in the ``4x`` downsample mode), then ``merger_times`` merges of
    ``merge_kernel_size`` patches each."""
    window = config_value(vision_sub_config(config), "window_kernel_size", default=(1, 1))
    merge = config_value(config, "merge_kernel_size", default=(1, 1))
    windowed = config_value(config, "downsample_mode", default="") != "4x"
    return (window[0] * window[1] if windowed else 1) * (merge[0] * merge[1]) ** int(config_value(config, "merger_times", default=1))


def _image_token_id(config):
    """The image placeholder; a model that takes videos only (InstructBLIP-Video) has a video one."""
    token = config_value(config, "image_token_id", "image_token_index")
    return config_value(config, "video_token_id") if token is None else token


def _tokens_per_image(config, batch: dict) -> int | None:
    if "image_grid_thw" in batch:
        merge = int(config_value(vision_sub_config(config), "spatial_merge_size", default=1))
        return int(batch["image_grid_thw"][0].prod()) // merge**2
    if "target_sizes" in batch:
        return int(batch["target_sizes"][0].prod()) // _packed_patches_per_token(config)
    count = config_value(config, *_IMAGE_TOKEN_COUNT_FIELDS)
    return int(count) if isinstance(count, int) else None


def place_image_tokens(config, batch: dict) -> None:
    """One image's placeholder tokens at the start of each sample, where they fit in ``SEQ``."""
    token = _image_token_id(config)
    count = _tokens_per_image(config, batch)
    ids = batch["input_ids"]
    if not isinstance(token, int) or count is None or count > ids.shape[1] // 2:
        return
    ids[:, :count] = token


def with_placeholders(batch: dict, config, modality: str, count: int) -> dict | None:
    """The batch with ``count`` placeholder tokens of ``modality`` (image, video, audio) in its
    text, for a model that reported how many features it made from the synthesized media (a
    count its processor would compute: audio cut into windows, images into crops). They are
    split over the samples, after the other modalities' placeholders. None where the config
    names no such token, the text is not given as one row per sample, or they do not fit."""
    token = config_value(config, f"{modality}_token_id", f"{modality}_token_index")
    ids = batch.get("input_ids")
    if not isinstance(token, int) or ids is None or ids.dim() != 2 or ids.shape[0] != BATCH:
        return None
    ids = torch.where(ids == token, token_ids(config)[:, : ids.shape[1]], ids)
    special = torch.tensor(sorted(special_token_ids(config) | {token}))
    for row in range(ids.shape[0]):
        wanted = count // ids.shape[0] + (row < count % ids.shape[0])
        free = (~torch.isin(ids[row], special)).nonzero().flatten()[1:]  # the first token stays text
        if len(free) < wanted:
            return None
        ids[row, free[:wanted]] = token
    amended = {**batch, "input_ids": ids}
    if "mm_token_type_ids" in batch and modality == "image":  # the image positions, as `add_companions` marks them
        amended["mm_token_type_ids"] = (ids == token).to(batch["mm_token_type_ids"].dtype)
    return amended


def feature_frames(features: torch.Tensor, config) -> int:
    """Frames of audio features in either layout, (B, mel, T) or (B, T, mel): what their masks
    and the waveform of the same clip are sized by."""
    return features.shape[-2] if features.shape[-1] == mel_bins(config) and features.dim() >= 3 else features.shape[-1]


def add_companions(batch: dict, params: dict, config) -> None:
    """Add the inputs that accompany ones already chosen, where the signature takes them."""
    if "pixel_values" in batch and "image_grid_thw" in params:
        batch["pixel_values"], batch["image_grid_thw"] = _flat_patches(config)
        batch.pop("pixel_values_videos", None)  # one pass through the shared vision tower is enough
        if "image_merge_sizes" in params:  # VideoLLaMA3 merges each image's patches by its own factor
            merge = int(config_value(vision_sub_config(config), "spatial_merge_size", default=1))
            batch["image_merge_sizes"] = torch.full((BATCH,), merge)
    if "image_grid_thw" in batch and "images_per_sample" in params:
        _add_target_grids(batch)
    if "pixel_values" in batch and "target_sizes" in params:
        batch["pixel_values"], batch["target_sizes"] = _packed_patch_row(config)
        batch.pop("pixel_values_videos", None)  # videos are packed frames through the same tower
    if "pixel_values" in batch and "aspect_ratio_ids" in params:
        batch.update(tiled_images(config))
    if "pixel_values" in batch and "image_sizes" in params:
        height, width = batch["pixel_values"].shape[-2:]
        batch["image_sizes"] = torch.tensor([[height, width]] * BATCH)
    if "input_ids" in batch and "pixel_values" in batch:
        place_image_tokens(config, batch)
        if "mm_token_type_ids" in params:
            token = _image_token_id(config)
            batch["mm_token_type_ids"] = (batch["input_ids"] == token).int() if isinstance(token, int) else torch.zeros_like(batch["input_ids"]).int()
    # the images each text token cross-attends to (Idefics): every image of its sample
    images = sample_image_count(batch)
    if "image_attention_mask" in params and "input_ids" in batch and images is not None:
        batch["image_attention_mask"] = torch.ones(BATCH, batch["input_ids"].shape[1], images, dtype=torch.long)
    if "states" in batch:
        batch.update({k: v for k, v in trajectory(config).items() if k in params})
    if "prompt_pixel_values" in batch:
        _stack_prompt(batch)
    if "image_embeds_position_mask" in params and ("pixel_values" in batch or "flattened_patches" in batch):
        batch["image_embeds_position_mask"] = _image_positions(config, batch)
    if "shared_kv_states" in batch and "inputs_embeds" in params:  # a draft model reads no token ids
        batch["inputs_embeds"] = drafter_embeddings(config)
    if "input_features" in batch:
        frames = feature_frames(batch["input_features"], config)
        for name in FEATURE_MASKS:
            if name in params:
                batch[name] = torch.ones(BATCH, frames, dtype=torch.bool)
        if "chunk_sample_lengths" in params:  # Dots.3 Note measures each clip in waveform samples
            hop = int(config_value(audio_sub_config(config), "hop_length", default=HOP_LENGTH))
            batch["chunk_sample_lengths"] = torch.full((batch["input_features"].shape[0],), frames * hop)


def _add_target_grids(batch: dict) -> None:
    """An image generator (GLM-Image) lists each sample's grids as its source images' and,
    last, that of the image it generates, and counts both in ``images_per_sample``: each
    sample's source image is followed by a target of its size."""
    grids = batch["image_grid_thw"]
    batch["image_grid_thw"] = grids.repeat_interleave(2, dim=0)
    batch["images_per_sample"] = torch.full((grids.shape[0],), 2)


def sample_image_count(batch: dict) -> int | None:
    """How many images each sample holds, where the images come as (B, images, C, H, W)."""
    images = batch.get("pixel_values")
    return images.shape[1] if images is not None and images.dim() == 5 else None


def _stack_prompt(batch: dict) -> None:
    """SegGPT stacks the prompt image above the query image, the two together the configured
    image size: each is half its height."""
    for name in ("pixel_values", "prompt_pixel_values", "prompt_masks"):
        if name in batch:
            batch[name] = batch[name][..., : batch[name].shape[-2] // 2, :].contiguous()


def _image_positions(config, batch: dict) -> torch.Tensor:
    """Where the image embeddings go in the text (Kosmos-2's ``latent_query_num`` of them),
    right after each sample's first token, where its processor puts them: 1 there, 0 elsewhere."""
    ids = batch.get("input_ids")
    length = ids.shape[1] if ids is not None else sequence_length(config)
    mask = torch.zeros(BATCH, length, dtype=torch.long)
    mask[:, 1 : 1 + int(config_value(config, "latent_query_num", default=64))] = 1
    return mask
