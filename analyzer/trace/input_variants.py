"""The layouts tried where upstream disagrees: audio per frame or per text token, images
reshaped or as patches, hidden states refitted to the layer that reads them, rope positions
the model computes itself."""

from __future__ import annotations

import inspect
from typing import Iterator

import torch

from fastkernels.analyzer.trace.input_builders import (
    builders_for, EMBEDDED_SUFFIXES, mel_bins, patch_side, pixel_patches, waveform_channel_count,
)
from fastkernels.analyzer.trace.input_fields import (
    audio_sub_config, BATCH, codebook_count, CODEBOOK_FIELDS, codes_per_position, config_value,
    FEATURE_MASKS, image_channels, SEQ, token_ids, vision_sub_config,
)
from fastkernels.analyzer.trace.input_placeholders import (
    add_companions, feature_frames, place_image_tokens, sample_image_count, with_placeholders,
)


_CLIP_FRAMES = SEQ // 2  # real frames of a short clip: even one audio token a frame fits the text


def with_short_clip(model: torch.nn.Module, batch: dict, config) -> dict | None:
    """The batch with a clip shorter than the features it is padded to: the feature mask
    marks only its first ``_CLIP_FRAMES`` frames real, for audio-language models whose clip
    of a whole 30 s window becomes more audio tokens than the text holds (Qwen2-Audio's 750).
    The text holds as many audio placeholders, one run a sample, as the audio tower's own
    ``_get_feat_extract_output_lengths`` says the clip becomes, where it has that method (its
    processor's arithmetic); elsewhere none, and the model's count of the features it made
    places them (``with_placeholders``). None where the batch has no feature mask or text."""
    mask_name = next((name for name in FEATURE_MASKS if name in batch), None)
    if mask_name is None or "input_ids" not in batch or batch[mask_name].shape[-1] <= _CLIP_FRAMES:
        return None
    mask = torch.zeros_like(batch[mask_name])
    mask[:, :_CLIP_FRAMES] = 1
    short = {**batch, mask_name: mask}
    tokens = _audio_tokens_per_clip(model, _CLIP_FRAMES)
    if tokens is None:
        return short
    return with_placeholders(short, config, "audio", tokens * BATCH)


def _audio_tokens_per_clip(model: torch.nn.Module, frames: int) -> int | None:
    """How many audio tokens a clip of ``frames`` feature frames becomes, by the model's own
    ``_get_feat_extract_output_lengths`` (the last length it returns: after the encoder's
    pooling); None where no module has that method."""
    owner = _method_owner(model, "_get_feat_extract_output_lengths")
    if owner is None:
        return None
    lengths = owner._get_feat_extract_output_lengths(torch.tensor([frames]))
    return int((lengths[-1] if isinstance(lengths, tuple) else lengths)[0])


def with_audio_per_text_token(batch: dict, config) -> Iterator[dict[str, torch.Tensor]]:
    """Where the config states how many feature frames go with each text token
    (``audio_length_per_tok``: a streaming model that adds one audio embedding to every text
    token, Voxtral Realtime), features as long as the whole text, channels first."""
    frames_per_token = config_value(config, "audio_length_per_tok")
    if isinstance(frames_per_token, int):
        frames = batch["input_ids"].shape[-1] * frames_per_token
        yield {**batch, "input_features": torch.randn(BATCH, mel_bins(config), frames)}


def with_waveform_per_frame(batch: dict, config) -> dict | None:
    """The batch's waveform as long as its features, ``hop_length`` samples a frame, with its
    channel axis, where the config states that hop: a codec that encodes the waveform and its
    features side by side and joins the two frame by frame (X-Codec2's acoustic and semantic
    encoders). None where the batch lacks either."""
    hop = config_value(config, "hop_length")
    if not isinstance(hop, int) or "input_values" not in batch or "input_features" not in batch:
        return None
    samples = feature_frames(batch["input_features"], config) * hop
    return {**batch, "input_values": torch.randn(BATCH, waveform_channel_count(config), samples)}


def with_frame_codes(batch: dict, config) -> Iterator[dict[str, torch.Tensor]]:
    """Token ids as audio codes grouped by frame, (B, S, codebooks), where the config
    counts codebooks: models that embed one frame's codes together (CSM's backbone, Dia's
    decoder); then with one stream more, the text token each frame carries in front of its
    codes (Kyutai's speech-to-text)."""
    for name in CODEBOOK_FIELDS:
        count = codebook_count(config, name)
        if name in batch and count is not None:
            for streams in (count, count + 1):
                yield {**batch, name: codes_per_position(config, streams)}


def with_real_tiles(batch: dict, config) -> dict[str, torch.Tensor]:
    """The batch with a mask of its real tiles, (B, tiles), every one real: optional in the
    signature, but a model that keeps only the real tiles before its vision tower (Granite
    Docling) needs it. Each tile's patches, pixel-shuffled by the config's ``scale_factor``,
    become its placeholders in the text."""
    tiles = sample_image_count(batch)
    masked = {**batch, "pixel_attention_mask": torch.ones(BATCH, tiles, dtype=torch.bool)}
    per_tile = patch_side(config) ** 2 // int(config_value(config, "scale_factor", default=1)) ** 2
    return with_placeholders(masked, config, "image", BATCH * tiles * per_tile) or masked


_CODE_FRAMES = 50  # frames of discrete audio codes per clip: their placeholders fit in SEQ beside an image's


def with_audio_codes(batch: dict, config) -> dict[str, torch.Tensor]:
    """The batch with one clip of audio codes per sample, (B, frames, codebooks) ids below
    the codebook size (Inkling's quantized mel bins), every frame valid, and one audio
    placeholder per frame in the text."""
    audio = audio_sub_config(config)
    codebooks = int(config_value(audio, "num_codebooks", default=1))
    size = int(config_value(audio, "codebook_size", default=2))
    coded = {
        **batch,
        "audio_input_ids": torch.randint(0, size, (BATCH, _CODE_FRAMES, codebooks)),
        "audio_input_ids_mask": torch.ones(BATCH, _CODE_FRAMES, dtype=torch.bool),
    }
    return with_placeholders(coded, config, "audio", BATCH * _CODE_FRAMES) or coded


def with_padding_mask(batch: dict) -> dict[str, torch.Tensor]:
    """The batch with its waveform's padding mask, every sample valid: optional in the
    signature, but a tokenizer that measures each clip by it (VibeVoice, Apertus) needs it."""
    return {**batch, "padding_mask": torch.ones(BATCH, batch["input_values"].shape[-1], dtype=torch.long)}


def layouts(names: list[str], params: dict, config) -> Iterator[dict[str, torch.Tensor]]:
    """Each layout of the wanted inputs, the i-th builder of each name (its last where it has
    fewer), companions added; where one has ``image_sizes``, first without them."""
    builders = {n: builders_for(n) for n in names}
    variants = max(len(b) for b in builders.values()) if names else 1
    for variant in range(variants):
        batch = {n: b[min(variant, len(b) - 1)](config) for n, b in builders.items()}
        add_companions(batch, params, config)
        if "image_sizes" in batch:  # optional in most signatures, and a different path when given (pixtral)
            yield {k: v for k, v in batch.items() if k != "image_sizes"}
        yield batch


def fallbacks(batch: dict, params: dict, config) -> Iterator[dict[str, torch.Tensor]]:
    """Where every layout failed: one input instead of two alternatives (images or videos,
    a waveform or its features, text or the features that stand in for its embeddings, as
    Pop2Piano's do), and token ids next to a non-text main input (a model
    whose text is optional in the signature but not in the forward)."""
    for one, other in (("pixel_values", "pixel_values_videos"), ("input_values", "input_features"), ("input_ids", "input_features")):
        if one in batch and other in batch:
            yield {k: v for k, v in batch.items() if k != other}
            yield {k: v for k, v in batch.items() if k != one}
    if "input_ids" in params and "input_ids" not in batch:
        yield with_token_ids(batch, config)


def with_token_ids(batch: dict, config) -> dict[str, torch.Tensor]:
    """The batch with token ids added, the image placeholders among them."""
    with_text = {**batch, "input_ids": token_ids(config)}
    if "pixel_values" in with_text:
        place_image_tokens(config, with_text)
    return with_text


def with_patches(batch: dict, params: dict, config) -> dict[str, torch.Tensor]:
    """The batch with its images as flattened patches, and their grid and mask where the
    signature takes them (SigLIP2's NaFlex)."""
    side = patch_side(config)
    batch = {**batch, "pixel_values": pixel_patches(config)}
    if "spatial_shapes" in params:
        batch["spatial_shapes"] = torch.tensor([[side, side]] * BATCH)
    if "pixel_attention_mask" in params:
        batch["pixel_attention_mask"] = torch.ones(BATCH, side * side, dtype=torch.long)
    return batch


def reshaped_images(batch: dict, config) -> Iterator[dict[str, torch.Tensor]]:
    """Last, the batch's images laid out otherwise: flattened grid patches padded per sample
    (ColQwen2's processor output) or each patch an image (Kimi-K2.5's); images one patch
    larger a side where the default image has an odd number of patches a side, which a
    pixel shuffle (Idefics3's 224/32 = 7) cannot halve; images rounded up to a whole number
    of windows a side where the patch grid is cut into ``num_windows`` (RF-DETR's 518/14 =
    37 patches in 4 windows)."""
    images = batch.get("pixel_values")
    patch = config_value(vision_sub_config(config), "patch_size")
    if images is None or not isinstance(patch, int) or patch <= 1:
        return
    if "image_grid_thw" in batch and images.dim() == 2:
        yield {**batch, "pixel_values": images.reshape(BATCH, -1, images.shape[-1])}
        yield {**batch, "pixel_values": images.reshape(images.shape[0], -1, patch, patch)}
        yield _merged_token_squares(batch, config, patch)
        return
    if images.dim() == 4:
        yield _patch_tokens(batch, config, patch)
    height, width = images.shape[-2:]
    if images.dim() >= 4 and not height % patch and not width % patch and (height // patch) % 2:
        yield {**batch, "pixel_values": torch.randn(*images.shape[:-2], height + patch, width + patch)}
    windows = config_value(vision_sub_config(config), "num_windows")
    if images.dim() >= 4 and isinstance(windows, int) and windows > 1 and (height // patch) % windows:
        side = -(-height // (patch * windows)) * patch * windows
        yield {**batch, "pixel_values": torch.randn(*images.shape[:-2], side, side)}


def _merged_token_squares(batch: dict, config, patch: int) -> dict[str, torch.Tensor]:
    """The grid batch with one square of pixels per text token, channels last: the patches a
    token merges (``spatial_merge_size`` a side) before the tower embeds them, and the grid
    counted in tokens (Inkling 2's processor output)."""
    merge = int(config_value(vision_sub_config(config), "spatial_merge_size", default=1))
    grid = batch["image_grid_thw"] // torch.tensor([1, merge, merge])
    squares = torch.randn(int(grid.prod(-1).sum()), patch * merge, patch * merge, image_channels(vision_sub_config(config)))
    return {**batch, "pixel_values": squares, "image_grid_thw": grid}


def _patch_tokens(batch: dict, config, patch: int) -> dict[str, torch.Tensor]:
    """The batch with each image cut into patches that are text tokens of their own, channels
    last with a time axis, (patches, temporal_patch_size, P, P, C), and one placeholder per
    patch (Inkling's tower folds each patch down to one token)."""
    temporal = int(config_value(vision_sub_config(config), "temporal_patch_size", default=1))
    count = BATCH * patch_side(config) ** 2
    patches = {**batch, "pixel_values": torch.randn(count, temporal, patch, patch, image_channels(vision_sub_config(config)))}
    return with_placeholders(patches, config, "image", count) or patches


def fitted_to_layer(batch: dict, layer: torch.nn.Module, shapes: list[tuple]) -> list[dict]:
    """Inputs refitted to the layer that rejected them as they were, when that layer received
    them unchanged (``shapes``, its input shapes): audio frames of the width a first ``Linear``
    or ``LayerNorm`` takes (stacked mel frames, Granite Speech's 4 x 80), or channels a first
    ``Conv1d`` takes; else hidden states handed in already embedded, at the width a first
    ``Linear`` or ``LayerNorm`` takes (a drafter's context: several of its main model's layers
    side by side). Returns each way to replace them, none where no rule fits."""
    if isinstance(layer, torch.nn.Linear):
        width, time_first = layer.in_features, True
    elif isinstance(layer, torch.nn.LayerNorm):
        width, time_first = layer.normalized_shape[-1], True
    elif isinstance(layer, torch.nn.Conv1d):
        width, time_first = layer.in_channels, False
    else:
        return []
    for name in ("input_features", "input_values"):
        features = batch.get(name)
        if features is None or not features.is_floating_point() or tuple(features.shape) not in shapes:
            continue
        shape = (BATCH, SEQ, width) if time_first else (BATCH, width, SEQ)
        if shape == tuple(features.shape):
            return []
        fitted = {name: torch.randn(*shape)}
        for mask in FEATURE_MASKS:
            if mask in batch:
                fitted[mask] = torch.ones(BATCH, SEQ, dtype=batch[mask].dtype)
        return [fitted]
    return _embedded_fitted(batch, width, shapes) if time_first else []


def _embedded_fitted(batch: dict, width: int, shapes: list[tuple]) -> list[dict]:
    """Each already-embedded input the layer may have received, ``width`` wide: two of one shape
    (a drafter's noise and context) cannot be told apart by it, so each is tried."""
    return [
        {name: torch.randn(*tensor.shape[:-1], width)}
        for name, tensor in batch.items()
        if name.endswith(EMBEDDED_SUFFIXES) and tuple(tensor.shape) in shapes and tensor.shape[-1] != width
    ]


def _method_owner(model: torch.nn.Module, method: str):
    """The first module of the model with ``method`` (a processor's arithmetic it carries)."""
    return next((m for m in model.modules() if callable(getattr(m, method, None))), None)


def with_rope_positions(model: torch.nn.Module, batch: dict, params: dict) -> dict | None:
    """The batch with multimodal rope positions the model's own ``get_rope_index`` computed.

    Models that number text and image tokens apart (Qwen2-VL's 3D M-RoPE) compute those
    positions from the token ids with Python loops over their values, which fake tensors
    cannot follow. The method reads only the config and the inputs, so it runs here on the
    real synthesized tensors, and the forward receives ``position_ids`` ready-made.
    """
    owner = _method_owner(model, "get_rope_index")
    if owner is None or "position_ids" not in params or "input_ids" not in batch:
        return None
    accepted = inspect.signature(owner.get_rope_index).parameters
    arguments = {k: v for k, v in batch.items() if k in accepted and k != "input_ids"}
    try:
        positions = owner.get_rope_index(batch["input_ids"], **arguments)
    except Exception:  # a layout this method does not take: no such candidate
        return None
    return {**batch, "position_ids": positions[0] if isinstance(positions, tuple) else positions}
