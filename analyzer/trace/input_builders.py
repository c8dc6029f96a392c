"""One builder per kind of input (images, audio features, waveforms, boxes, time series,
entities, trajectories, decision prompts ...), each sized from the config, and the table that
names which builders an input of a given name tries."""

from __future__ import annotations

import math
from typing import Callable, Iterator

import torch

from fastkernels.analyzer.trace.configs import all_configs
from fastkernels.analyzer.trace.input_fields import (
    audio_sub_config, BATCH, codebook_token_ids, config_value, first_sub_config, GRID_PATCHES,
    image_channels, PADDED_FRAMES, SEQ, sequence_length, size_pair, token_ids, vision_sub_config,
)


def _image(vision, batch_shape: tuple[int, ...], owner=None) -> torch.Tensor:
    """Random images of the vision config's size; where it sets none (a backbone's config, as
    TVP's ResNet), of the size its ``owner``, the model's config, fixes for it."""
    size = config_value(vision, "image_size", "img_size", "input_size", "crop_size")
    height, width = size_pair(size if size is not None else _own_field(owner, "image_size", "max_img_size", default=224))
    side = _smallest_scaled_side(vision)
    return torch.randn(*batch_shape, image_channels(vision), max(height, side), max(width, side))


def _own_field(config, *names, default=None):
    """The first of ``names`` set on the config itself, not on its sub-configs."""
    return next((getattr(config, name) for name in names if getattr(config, name, None) is not None), default)


def _smallest_scaled_side(vision) -> int:
    """The least image side of a model that cuts ``patch_size`` patches out of its image scaled
    down by each of ``scaled_images_ratios`` (DepthPro: 384 px patches of the image at a quarter
    size need a 1536 px image); 0 where the config scales no image."""
    ratios = config_value(vision, "scaled_images_ratios")
    patch = config_value(vision, "patch_size")
    if not ratios or not isinstance(patch, int):
        return 0
    return math.ceil(patch / min(ratios))


def pixel_values(config) -> torch.Tensor:
    return _image(vision_sub_config(config), (BATCH,), config)


def pixel_values_per_image(config) -> torch.Tensor:
    """(B, images, C, H, W): one image per sample, for models that take several."""
    return _image(vision_sub_config(config), (BATCH, 1), config)


def pixel_values_pairs(config) -> torch.Tensor:
    """(B, 2, C, H, W): two images per sample, for keypoint matchers."""
    return _image(vision_sub_config(config), (BATCH, 2), config)


def pixel_patches(config) -> torch.Tensor:
    """(B, patches, C * P * P): each image cut into flattened patches (SigLIP2's NaFlex);
    ``add_companions`` adds the patch grid and mask where the signature takes them."""
    vision = vision_sub_config(config)
    patch = size_pair(config_value(vision, "patch_size", default=16))[0]
    return torch.randn(BATCH, patch_side(config) ** 2, image_channels(vision) * patch * patch)


def patch_side(config) -> int:
    """Patches per side of one image in the vision config's patch grid: what flattened patches,
    tiles of patches and patch grids are all sized by."""
    vision = vision_sub_config(config)
    count = config_value(vision, "num_patches", "max_num_patches")
    if isinstance(count, int) and int(count**0.5) ** 2 == count:
        return int(count**0.5)
    size = size_pair(config_value(vision, "image_size", default=224))[0]
    return size // size_pair(config_value(vision, "patch_size", default=16))[0]


def high_res_pixel_values(config) -> torch.Tensor:
    return _image(first_sub_config(config, "high_res_vision_config"), (BATCH,))


def pixel_values_videos(config) -> torch.Tensor:
    vision = vision_sub_config(config)
    frames = config_value(vision, "num_frames", "frames_per_clip")
    frames = int(frames if frames is not None else _own_field(config, "num_frames", default=8))
    return _image(vision, (BATCH, frames), config)


_MEL_FIELDS = ("feature_projection_input_dim", "num_mel_bins", "feature_size", "input_feat_per_channel", "n_mels", "input_dim", "feature_dim")


def mel_bins(config) -> int:
    """The width of one feature frame: the mel bins of the audio config, else of any
    sub-config under it (Nemotron 3.5 Transcribe's audio config holds them in ``asr_config``),
    else 80; times ``num_stacked_frames`` where low-frame-rate extraction stacks that many
    consecutive frames into one (Fun-ASR-Nano's 7 x 80)."""
    audio = audio_sub_config(config)
    for current in all_configs(audio):
        found = config_value(current, *_MEL_FIELDS)
        if found is not None:
            return int(found) * int(getattr(current, "num_stacked_frames", None) or 1)
    return 80


def audio_features_channels_first(config) -> torch.Tensor:
    frames = 2 * int(config_value(config, "max_source_positions", default=SEQ))
    return torch.randn(BATCH, mel_bins(config), min(frames, PADDED_FRAMES))


def audio_features_time_first(config) -> torch.Tensor:
    frames = config_value(audio_sub_config(config), "max_length", default=SEQ)
    return torch.randn(BATCH, int(frames), mel_bins(config))


def tiled_images(config) -> dict[str, torch.Tensor]:
    """(B, 1 image, tiles, C, H, W): one image cut into the most tiles the vision tower takes
    (Mllama's ``max_num_tiles``, which its tile embeddings are sized for), with what describes
    the tiling: the id of the supported aspect ratio (1-based, 0 is padding) that uses every
    tile, and a mask with every tile real."""
    vision = vision_sub_config(config)
    tiles = int(config_value(vision, "max_num_tiles", default=1))
    ratios = config_value(vision, "supported_aspect_ratios", default=[[1, tiles]])
    ratio_id = next((i + 1 for i, (rows, cols) in enumerate(ratios) if rows * cols == tiles), 1)
    return {
        "pixel_values": _image(vision, (BATCH, 1, tiles)),
        "aspect_ratio_ids": torch.full((BATCH, 1), ratio_id),
        "aspect_ratio_mask": torch.ones(BATCH, 1, tiles, dtype=torch.long),
    }


_REGIONS = 36  # detected objects per image, as LXMERT's Faster R-CNN features come


def region_features(config) -> torch.Tensor:
    """(B, regions, visual_feat_dim): pooled features of detected objects, the image input of
    models that take no pixels (LXMERT)."""
    return torch.randn(BATCH, _REGIONS, int(config_value(config, "visual_feat_dim", default=2048)))


def region_boxes(config) -> torch.Tensor:
    """(B, regions, visual_pos_dim): each region's box, normalized to [0, 1]."""
    return torch.rand(BATCH, _REGIONS, int(config_value(config, "visual_pos_dim", default=4)))


def audio_features_30s_channels_first(config) -> torch.Tensor:
    """(B, mel, 3000): the 30 s of 10 ms frames feature extractors pad to, for encoders that
    group frames (by 4 after a stride-2 conv, by 8, in windows of 100) which ``2 * SEQ`` does not divide."""
    return torch.randn(BATCH, mel_bins(config), PADDED_FRAMES)


def audio_features_30s_time_first(config) -> torch.Tensor:
    return torch.randn(BATCH, PADDED_FRAMES, mel_bins(config))


def audio_features_one_channel(config) -> torch.Tensor:
    """(B, 1, T, mel): a spectrogram as a one-channel image, for audio towers built as vision
    transformers (CLAP's Swin)."""
    return audio_features_time_first(config).unsqueeze(1)


def waveform(config) -> torch.Tensor:
    return torch.randn(BATCH, 16000)


def waveform_channel_count(config) -> int:
    """Channels of a codec's waveform (1 where the config names none), in every layout tried."""
    return int(config_value(config, "audio_channels", "num_channels", "channels", default=1))


def waveform_channels(config) -> torch.Tensor:
    """(B, channels, samples), for codecs that keep a channel axis."""
    return torch.randn(BATCH, waveform_channel_count(config), 16000)


def boxes(config) -> torch.Tensor:
    corner = torch.randint(0, 500, (BATCH, sequence_length(config), 2))
    return torch.cat([corner, corner + 10], dim=-1)


def boxes_normalized(config) -> torch.Tensor:
    """Boxes as fractions of the page, for models that embed coordinates as floats."""
    return boxes(config).float() / 1000


def protein_ids(config) -> torch.Tensor:
    """Residue ids of a protein sequence below the protein encoder's own vocabulary (Evolla's
    SaProt), not the text model's."""
    encoder = first_sub_config(config, "protein_encoder_config")
    return torch.randint(0, int(getattr(encoder, "vocab_size", 32)), (BATCH, sequence_length(config)))


def _history_length(config) -> int:
    """Time-series models read ``context_length`` steps plus the largest lag before them."""
    lags = config_value(config, "lags_sequence", default=[0]) or [0]
    return int(config_value(config, "context_length", default=SEQ)) + max(lags)


def _series(config, steps: int, features: int | None = None) -> torch.Tensor:
    size = int(config_value(config, "input_size", default=1))
    shape = (BATCH, steps) if size == 1 else (BATCH, steps, size)
    return torch.randn(*shape) if features is None else torch.randn(BATCH, steps, features)


def past_values(config) -> torch.Tensor:
    return _series(config, _history_length(config))


def past_time_features(config) -> torch.Tensor:
    return _series(config, _history_length(config), int(config_value(config, "num_time_features", default=1)))


def past_values_per_channel(config) -> torch.Tensor:
    """(B, steps, channels), for models that patch each channel of a multivariate series."""
    channels = int(config_value(config, "num_input_channels", "input_size", default=1))
    return torch.randn(BATCH, _history_length(config), channels)


def past_values_padding(config) -> torch.Tensor:
    """Padding flags of the history (TimesFM): no step padded."""
    return torch.zeros(BATCH, _history_length(config), dtype=torch.long)


def frequency_category(config) -> torch.Tensor:
    """(B, 1) frequency class of each series (TimesFM); 0, high frequency, is what the
    model assumes when none is given."""
    return torch.zeros(BATCH, 1, dtype=torch.long)


def past_observed_mask(config) -> torch.Tensor:
    return torch.ones_like(past_values(config), dtype=torch.bool)


def past_observed_mask_per_channel(config) -> torch.Tensor:
    return torch.ones_like(past_values_per_channel(config), dtype=torch.bool)


def future_values(config) -> torch.Tensor:
    return _series(config, int(config_value(config, "prediction_length", default=1)))


def future_time_features(config) -> torch.Tensor:
    steps = int(config_value(config, "prediction_length", default=1))
    return _series(config, steps, int(config_value(config, "num_time_features", default=1)))


def ones_mask(config) -> torch.Tensor:
    return torch.ones(BATCH, sequence_length(config), dtype=torch.long)


def task_tokens(config) -> torch.Tensor:
    """A task prompt's token ids, padded to the ``task_seq_len`` the task encoder reads (OneFormer)."""
    return token_ids(config)[:, : int(config_value(config, "task_seq_len", default=SEQ))]


def input_embeddings(config) -> torch.Tensor:
    """Inputs already embedded at the model width, for a model with no input preprocessor
    (Perceiver's bare model reads ``(B, M, d_model)``)."""
    return torch.randn(BATCH, SEQ, int(config_value(config, "d_model", "hidden_size", default=768)))


def encoder_states(config) -> torch.Tensor:
    """What a standalone decoder cross-attends to: an encoder's output, at the width its
    cross-attention takes (TrOCR's reads a ViT's)."""
    width = config_value(config, "cross_attention_hidden_size", "d_model", "hidden_size", default=768)
    return torch.randn(BATCH, SEQ, int(width))


def shared_key_values(config) -> dict[str, tuple[torch.Tensor, torch.Tensor]]:
    """The key and value states a main model hands a model that computes none of its own (Gemma
    4's assistant attends with them in every layer): for each attention type, those of the main
    model's last layer of that type, (B, key/value heads, SEQ, head width), at that layer's sizes."""
    text = config.get_text_config() if hasattr(config, "get_text_config") else config
    per_layer = getattr(text, "per_layer_config", None)
    last_of_kind = {kind: index for index, kind in enumerate(text.layer_types)}
    states = {}
    for kind, index in last_of_kind.items():
        layer = per_layer[index] if per_layer is not None else text
        shape = (BATCH, int(layer.num_key_value_heads), SEQ, int(layer.head_dim))
        states[kind] = (torch.randn(*shape), torch.randn(*shape))
    return states


def drafter_embeddings(config) -> torch.Tensor:
    """What a draft model next to a main one reads instead of token ids: the main model's last
    hidden state beside the last token's embedding, ``2 * backbone_hidden_size`` wide, for the one
    position it drafts a step (as assisted generation calls it; the main model's ``SEQ`` positions
    are in its key and value states)."""
    return torch.randn(BATCH, 1, 2 * int(config_value(config, "backbone_hidden_size", default=768)))


def named_tensors(batch: dict) -> Iterator[tuple[str, torch.Tensor]]:
    """Every tensor of an input dict, by its input's name, dotted with its place where an input
    holds several (``shared_kv_states.full_attention.0``)."""
    for name, value in batch.items():
        leaves, _ = torch.utils._pytree.tree_flatten_with_path(value)
        for path, tensor in leaves:
            yield name + "".join(f".{getattr(key, 'key', getattr(key, 'idx', key))}" for key in path), tensor


def global_attention(config) -> torch.Tensor:
    """Longformer's global attention mask: the first token attends to all and all to it, as
    its classification heads set it, which runs the global query, key and value layers."""
    mask = torch.zeros(BATCH, SEQ, dtype=torch.long)
    mask[:, 0] = 1
    return mask


def _entity_count(config) -> int:
    return int(config_value(config, "max_entity_length", default=32))


def entity_ids(config) -> torch.Tensor:
    """LUKE's entity ids: ``max_entity_length`` (its processor's 32) entities a sample."""
    return torch.randint(0, int(config_value(config, "entity_vocab_size", default=2)), (BATCH, _entity_count(config)))


def entity_positions(config) -> torch.Tensor:
    """The token positions of each entity's mention, ``max_mention_length`` of them, -1 padded:
    mentions of one token here, the entity's own index."""
    mention = int(config_value(config, "max_mention_length", default=30))
    positions = torch.full((BATCH, _entity_count(config), mention), -1, dtype=torch.long)
    positions[:, :, 0] = torch.arange(_entity_count(config))
    return positions


def entity_mask(config) -> torch.Tensor:
    return torch.ones(BATCH, _entity_count(config), dtype=torch.long)


def flattened_patches(config) -> torch.Tensor:
    """Pix2Struct layout: each row a patch, its 1-based row and column indices first, then its
    flattened pixels (``patch_embed_hidden_size`` of them)."""
    width = int(config_value(vision_sub_config(config), "patch_embed_hidden_size", default=768))
    index = torch.arange(GRID_PATCHES**2)
    rows, columns = index // GRID_PATCHES + 1, index % GRID_PATCHES + 1
    positions = torch.stack([rows, columns], dim=-1).float().expand(BATCH, -1, -1)
    return torch.cat([positions, torch.randn(BATCH, GRID_PATCHES**2, width)], dim=-1)


def _trajectory_steps(config) -> int:
    """Decision Transformer interleaves three tokens a step (return, state, action), all of
    which must fit its ``n_positions``."""
    return min(SEQ, int(config_value(config, "n_positions", default=3 * SEQ)) // 3)


def states(config) -> torch.Tensor:
    return torch.randn(BATCH, _trajectory_steps(config), int(config_value(config, "state_dim", default=1)))


def trajectory(config) -> dict[str, torch.Tensor]:
    """What an offline-RL policy reads next to its states: actions, rewards, returns to go
    and the episode step of each."""
    steps = _trajectory_steps(config)
    return {
        "actions": torch.randn(BATCH, steps, int(config_value(config, "act_dim", default=1))),
        "rewards": torch.randn(BATCH, steps, 1),
        "returns_to_go": torch.randn(BATCH, steps, 1),
        "timesteps": torch.arange(steps).expand(BATCH, -1).clone(),
    }


def _decision_questions(config) -> list[tuple[int, int]]:
    """One question of each type transformers' decision templates know, as (type id, options):
    each type with as many options as the head has verbalizer rows for it, from its ``offsets``
    row to the next type's (JEV: 2 yes/no, 6 score levels, 16 choices of 24 rows)."""
    from transformers.decision import Question

    rows = int(config_value(config, "num_verbalizers", default=len(Question.questions_types)))
    offsets = config_value(config, "offsets", default={}) or {}
    starts = [int(offsets.get(kind, 0)) for kind in Question.questions_types]
    ends = [min([s for s in starts if s > start], default=rows) for start in starts]
    return [(kind, max(end - start, 1)) for kind, (start, end) in enumerate(zip(starts, ends))]


def _per_prompt(values: list[int]) -> torch.Tensor:
    """(B, questions): a decision model reads one prompt's row of each; every sample gets it."""
    return torch.tensor(values).expand(BATCH, -1).clone()


def decision_marks(config) -> torch.Tensor:
    """Where each question's ``<|mark|>`` stands: the count of prompt tokens before it, the
    questions spread evenly over the text, the last one at its end, as templates close on it."""
    questions = len(_decision_questions(config))
    length = sequence_length(config)
    return _per_prompt([length * (index + 1) // questions for index in range(questions)])


def decision_options(config) -> torch.Tensor:
    return _per_prompt([options for _, options in _decision_questions(config)])


def decision_question_types(config) -> torch.Tensor:
    return _per_prompt([kind for kind, _ in _decision_questions(config)])


# name -> builders, tried in order when a forward rejects the first.
BUILDERS: dict[str, tuple[Callable, ...]] = {
    "input_ids": (token_ids, codebook_token_ids),
    "decoder_input_ids": (token_ids,),
    "qformer_input_ids": (token_ids,),  # the instruction, read by a Q-Former beside the vision tower
    "pixel_values": (pixel_values, pixel_values_per_image, pixel_values_videos, pixel_values_pairs),
    "high_res_pixel_values": (high_res_pixel_values,),
    "pixel_values_videos": (pixel_values_videos,),
    "input_features": (
        audio_features_channels_first, audio_features_time_first,
        audio_features_30s_channels_first, audio_features_30s_time_first, audio_features_one_channel,
    ),
    "input_values": (waveform, waveform_channels, audio_features_time_first),
    "audio_values": (waveform,),
    "bbox": (boxes, boxes_normalized),
    "attention_mask": (ones_mask,),
    "past_values": (past_values, past_values_per_channel),
    "past_time_features": (past_time_features,),
    "past_observed_mask": (past_observed_mask, past_observed_mask_per_channel),
    "past_values_padding": (past_values_padding,),
    "freq": (frequency_category,),
    "future_values": (future_values,),
    "future_time_features": (future_time_features,),
    "visual_feats": (region_features,),
    "visual_pos": (region_boxes,),
    "task_inputs": (task_tokens,),
    "inputs": (input_embeddings,),
    "decoder_input_values": (input_embeddings,),  # a bare encoder-decoder without pre-nets (SpeechT5)
    "inputs_embeds": (input_embeddings,),  # filled only where required: a head with no embedding of its own
    "encoder_hidden_states": (encoder_states,),
    "flattened_patches": (flattened_patches,),
    "global_attention_mask": (global_attention,),
    "shared_kv_states": (shared_key_values,),
    "protein_input_ids": (protein_ids,),
    "protein_attention_mask": (ones_mask,),
    "entity_ids": (entity_ids,),
    "entity_position_ids": (entity_positions,),
    "entity_attention_mask": (entity_mask,),
    "states": (states,),
    "prompt_pixel_values": (pixel_values,),
    "prompt_masks": (pixel_values,),
    "marks": (decision_marks,),  # a decision prompt's questions (transformers' DecisionMixin)
    "num_options": (decision_options,),
    "question_type_ids": (decision_question_types,),
}

# A required input so named holds hidden states another model computed (a drafter's context
# from its main model, a policy's embedded actions): ``(B, S, width)`` at the model's width,
# refitted where the first layer reading it takes another (``fitted_to_layer``).
EMBEDDED_SUFFIXES = ("_embeds", "_hidden_states")


def builders_for(name: str) -> tuple[Callable, ...] | None:
    """The builders of an input: its own, else those of the kind its name says; None where none fits."""
    if name in BUILDERS:
        return BUILDERS[name]
    return (input_embeddings,) if name.endswith(EMBEDDED_SUFFIXES) else None
