"""Synthesize valid forward inputs from a model's signature, ``main_input_name`` and config.

Inputs are made of a few known kinds (token ids, pixel values, audio features, waveforms,
video frames, boxes, time-series history and horizon, offline-RL trajectories, task prompts,
inputs already embedded (hidden states another model handed in), audio codes per codebook, entities, protein residues, the key and value
states a main model hands its draft model, a decision prompt's questions); each builder reads the sizes it needs from the
config or its sub-configs. Batch and sequence take values
no config uses (``BATCH``, ``SEQ``) so that the analyzer can tell, in every traced shape,
which dimensions vary with the input.

Several layouts are tried where upstream disagrees (audio features are (B, mel, T) in one
family and (B, T, mel) in another): ``candidate_inputs`` yields the variants in order and the
tracer keeps the first that runs. Inputs that only make sense next to another one (an image
grid next to flattened patches, a feature mask next to audio features, image placeholder
tokens in the text) are added by ``_companions`` from what the signature accepts.
"""

from __future__ import annotations

import inspect
import math
from typing import Callable, Iterator

import torch

from fastkernels.analyzer.trace.configs import all_configs

BATCH = 2
SEQ = 509  # prime, so products with it (B*S = 1018) are recognizable too
_GRID_PATCHES = 16  # patches per side of one synthesized image in the flattened-patch layout
_PADDED_FRAMES = 3000  # mel frames in the 30 s window audio feature extractors pad to
_FEATURE_MASKS = ("input_features_mask", "feature_attention_mask")
_HOP_LENGTH = 160  # waveform samples per feature frame: 10 ms at 16 kHz, what audio feature extractors use


def config_value(config, *names, default=None):
    """The first of ``names`` set on the config or on one of its sub-configs."""
    stack = [config]
    seen = set()
    while stack:
        current = stack.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        for name in names:
            value = getattr(current, name, None)
            if value is not None and not callable(value):
                return value
        for sub in ("text_config", "decoder", "encoder", "vision_config", "audio_config", "backbone_config"):
            sub_config = getattr(current, sub, None)
            if sub_config is not None and hasattr(sub_config, "to_dict"):
                stack.append(sub_config)
    return default


def _sub_config(config, *names):
    for name in names:
        sub = getattr(config, name, None)
        if sub is not None and hasattr(sub, "to_dict"):
            return sub
    return config


def _vision_config(config):
    """The vision sub-config; a retrieval model that wraps a whole VLM (ColQwen2) has it
    under ``vlm_config``."""
    vision = _sub_config(config, "vision_config", "image_config", "backbone_config")
    wrapped = getattr(config, "vlm_config", None)
    if vision is config and wrapped is not None and hasattr(wrapped, "to_dict"):
        return _vision_config(wrapped)
    return vision


def _channels(vision) -> int:
    """Colour channels of the images a vision config takes."""
    return int(config_value(vision, "num_channels", "in_channels", "in_chans", default=3))


def _audio_config(config):
    return _sub_config(config, "audio_config", "encoder_config", "encoder")


def _pair(value) -> tuple[int, int]:
    if isinstance(value, (list, tuple)):
        return (int(value[0]), int(value[-1]))
    if isinstance(value, dict):
        return (int(value.get("height", 224)), int(value.get("width", 224)))
    return (int(value), int(value))


def sequence_length(config) -> int:
    limit = config_value(config, "max_position_embeddings", "n_positions", "max_seq_len", "context_length")
    if isinstance(limit, int) and 0 < limit < SEQ:
        return limit
    return SEQ


def token_ids(config) -> torch.Tensor:
    """Ordinary text: random ids from the low vocabulary, none of them a special token. A random
    image placeholder among the text would ask for image features nobody gave (Cosmos3-Edge's
    image token is 11); the placeholders a modality needs are placed by `_place_image_tokens`."""
    vocab = config_value(config, "vocab_size", default=1000)
    high = max(4, min(int(vocab), 1000))
    special = special_token_ids(config)
    if not any(3 <= token < high for token in special):
        return torch.randint(3, high, (BATCH, sequence_length(config)))
    ordinary = torch.tensor([token for token in range(3, high) if token not in special])
    return ordinary[torch.randint(0, len(ordinary), (BATCH, sequence_length(config)))]


def codebook_token_ids(config) -> torch.Tensor:
    """Audio codes: one row of ids per codebook of each sample, (B * codebooks, S), the
    layout of MusicGen's decoder."""
    return torch.cat([token_ids(config) for _ in range(int(config_value(config, "num_codebooks", default=1)))])


def _decoder_config(config):
    """The decoder's sub-config of an encoder-decoder, else the config itself."""
    return _sub_config(config, "decoder_config", "decoder")


# Where a model's inputs are audio codes, how many codebooks one frame holds; a decoder of
# codes may call them channels (Dia).
_CODEBOOK_FIELDS = {"input_ids": ("num_codebooks",), "decoder_input_ids": ("num_codebooks", "num_channels")}


def _codebook_count(config, name: str) -> int | None:
    """The codebooks of the codes ``name`` holds; None where the config counts none."""
    owner = _decoder_config(config) if name == "decoder_input_ids" else config
    return next((int(v) for f in _CODEBOOK_FIELDS[name] if isinstance(v := getattr(owner, f, None), int)), None)


def codes_per_position(config, streams: int) -> torch.Tensor:
    """(B, S, streams): each position one audio frame's codes, one id per stream."""
    return torch.stack([token_ids(config) for _ in range(streams)], dim=-1)


def special_token_ids(config) -> set[int]:
    """Every id a config names, at any depth: ``*_token_id``, ``*_token_index``, ``*_token_ids``."""
    found: set[int] = set()
    stack = [config.to_dict() if hasattr(config, "to_dict") else {}]
    while stack:
        for key, value in stack.pop().items():
            if isinstance(value, dict):
                stack.append(value)
            elif str(key).endswith(("_token_id", "_token_index", "_token_ids")):
                values = value if isinstance(value, (list, tuple)) else [value]
                found.update(v for v in values if isinstance(v, int) and not isinstance(v, bool))
    return found


def _image(vision, batch_shape: tuple[int, ...], owner=None) -> torch.Tensor:
    """Random images of the vision config's size; where it sets none (a backbone's config, as
    TVP's ResNet), of the size its ``owner``, the model's config, fixes for it."""
    size = config_value(vision, "image_size", "img_size", "input_size", "crop_size")
    height, width = _pair(size if size is not None else _own_field(owner, "image_size", "max_img_size", default=224))
    side = _smallest_scaled_side(vision)
    return torch.randn(*batch_shape, _channels(vision), max(height, side), max(width, side))


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
    return _image(_vision_config(config), (BATCH,), config)


def pixel_values_per_image(config) -> torch.Tensor:
    """(B, images, C, H, W): one image per sample, for models that take several."""
    return _image(_vision_config(config), (BATCH, 1), config)


def pixel_values_pairs(config) -> torch.Tensor:
    """(B, 2, C, H, W): two images per sample, for keypoint matchers."""
    return _image(_vision_config(config), (BATCH, 2), config)


def pixel_patches(config) -> torch.Tensor:
    """(B, patches, C * P * P): each image cut into flattened patches (SigLIP2's NaFlex);
    ``_companions`` adds the patch grid and mask where the signature takes them."""
    vision = _vision_config(config)
    patch = _pair(config_value(vision, "patch_size", default=16))[0]
    return torch.randn(BATCH, _patch_side(config) ** 2, _channels(vision) * patch * patch)


def _patch_side(config) -> int:
    vision = _vision_config(config)
    count = config_value(vision, "num_patches", "max_num_patches")
    if isinstance(count, int) and int(count**0.5) ** 2 == count:
        return int(count**0.5)
    size = _pair(config_value(vision, "image_size", default=224))[0]
    return size // _pair(config_value(vision, "patch_size", default=16))[0]


def high_res_pixel_values(config) -> torch.Tensor:
    return _image(_sub_config(config, "high_res_vision_config"), (BATCH,))


def pixel_values_videos(config) -> torch.Tensor:
    vision = _vision_config(config)
    frames = config_value(vision, "num_frames", "frames_per_clip")
    frames = int(frames if frames is not None else _own_field(config, "num_frames", default=8))
    return _image(vision, (BATCH, frames), config)


_MEL_FIELDS = ("feature_projection_input_dim", "num_mel_bins", "feature_size", "input_feat_per_channel", "n_mels", "input_dim", "feature_dim")


def _mel_bins(config) -> int:
    """The width of one feature frame: the mel bins of the audio config, else of any
    sub-config under it (Nemotron 3.5 Transcribe's audio config holds them in ``asr_config``),
    else 80; times ``num_stacked_frames`` where low-frame-rate extraction stacks that many
    consecutive frames into one (Fun-ASR-Nano's 7 x 80)."""
    audio = _audio_config(config)
    for current in all_configs(audio):
        found = config_value(current, *_MEL_FIELDS)
        if found is not None:
            return int(found) * int(getattr(current, "num_stacked_frames", None) or 1)
    return 80


def audio_features_channels_first(config) -> torch.Tensor:
    frames = 2 * int(config_value(config, "max_source_positions", default=SEQ))
    return torch.randn(BATCH, _mel_bins(config), min(frames, _PADDED_FRAMES))


def audio_features_time_first(config) -> torch.Tensor:
    frames = config_value(_audio_config(config), "max_length", default=SEQ)
    return torch.randn(BATCH, int(frames), _mel_bins(config))


def _tiled_images(config) -> dict[str, torch.Tensor]:
    """(B, 1 image, tiles, C, H, W): one image cut into the most tiles the vision tower takes
    (Mllama's ``max_num_tiles``, which its tile embeddings are sized for), with what describes
    the tiling: the id of the supported aspect ratio (1-based, 0 is padding) that uses every
    tile, and a mask with every tile real."""
    vision = _vision_config(config)
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
    return torch.randn(BATCH, _mel_bins(config), _PADDED_FRAMES)


def audio_features_30s_time_first(config) -> torch.Tensor:
    return torch.randn(BATCH, _PADDED_FRAMES, _mel_bins(config))


def audio_features_one_channel(config) -> torch.Tensor:
    """(B, 1, T, mel): a spectrogram as a one-channel image, for audio towers built as vision
    transformers (CLAP's Swin)."""
    return audio_features_time_first(config).unsqueeze(1)


def waveform(config) -> torch.Tensor:
    return torch.randn(BATCH, 16000)


def _waveform_channels(config) -> int:
    return int(config_value(config, "audio_channels", "num_channels", "channels", default=1))


def waveform_channels(config) -> torch.Tensor:
    """(B, channels, samples), for codecs that keep a channel axis."""
    return torch.randn(BATCH, _waveform_channels(config), 16000)


def boxes(config) -> torch.Tensor:
    corner = torch.randint(0, 500, (BATCH, sequence_length(config), 2))
    return torch.cat([corner, corner + 10], dim=-1)


def boxes_normalized(config) -> torch.Tensor:
    """Boxes as fractions of the page, for models that embed coordinates as floats."""
    return boxes(config).float() / 1000


def protein_ids(config) -> torch.Tensor:
    """Residue ids of a protein sequence below the protein encoder's own vocabulary (Evolla's
    SaProt), not the text model's."""
    encoder = _sub_config(config, "protein_encoder_config")
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
    width = int(config_value(_vision_config(config), "patch_embed_hidden_size", default=768))
    index = torch.arange(_GRID_PATCHES**2)
    rows, columns = index // _GRID_PATCHES + 1, index % _GRID_PATCHES + 1
    positions = torch.stack([rows, columns], dim=-1).float().expand(BATCH, -1, -1)
    return torch.cat([positions, torch.randn(BATCH, _GRID_PATCHES**2, width)], dim=-1)


def _trajectory_steps(config) -> int:
    """Decision Transformer interleaves three tokens a step (return, state, action), all of
    which must fit its ``n_positions``."""
    return min(SEQ, int(config_value(config, "n_positions", default=3 * SEQ)) // 3)


def states(config) -> torch.Tensor:
    return torch.randn(BATCH, _trajectory_steps(config), int(config_value(config, "state_dim", default=1)))


def _trajectory(config) -> dict[str, torch.Tensor]:
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
_EMBEDDED_SUFFIXES = ("_embeds", "_hidden_states")


def builders_for(name: str) -> tuple[Callable, ...] | None:
    """The builders of an input: its own, else those of the kind its name says; None where none fits."""
    if name in BUILDERS:
        return BUILDERS[name]
    return (input_embeddings,) if name.endswith(_EMBEDDED_SUFFIXES) else None


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
    vision = _vision_config(config)
    channels = int(config_value(vision, "in_channels", "num_channels", "in_chans", default=3))
    patch = _pair(config_value(vision, "patch_size", default=14))[0]
    temporal = _pair(config_value(vision, "temporal_patch_size", "patch_temporal", default=1))[0]
    grid = torch.tensor([[1, _GRID_PATCHES, _GRID_PATCHES]] * BATCH)
    return torch.randn(BATCH * _GRID_PATCHES**2, channels * temporal * patch * patch), grid


def _packed_patch_row(config) -> tuple[torch.Tensor, torch.Tensor]:
    """NaViT packing as MiniCPM-V's processor does it: every image's patches side by side in
    one row of pixels, (1, C, P, patches * P), plus each image's (height, width) in patches."""
    patch = _pair(config_value(_vision_config(config), "patch_size", default=14))[0]
    grid = torch.tensor([[_GRID_PATCHES, _GRID_PATCHES]] * BATCH)
    return torch.randn(1, _channels(_vision_config(config)), patch, BATCH * _GRID_PATCHES**2 * patch), grid


def _packed_patches_per_token(config) -> int:
    """How many patches of a packed image become one text token: a window merge inside the
    vision tower (skipped in the ``4x`` downsample mode), then ``merger_times`` merges of
    ``merge_kernel_size`` patches each."""
    window = config_value(_vision_config(config), "window_kernel_size", default=(1, 1))
    merge = config_value(config, "merge_kernel_size", default=(1, 1))
    windowed = config_value(config, "downsample_mode", default="") != "4x"
    return (window[0] * window[1] if windowed else 1) * (merge[0] * merge[1]) ** int(config_value(config, "merger_times", default=1))


def _image_token_id(config):
    """The image placeholder; a model that takes videos only (InstructBLIP-Video) has a video one."""
    token = config_value(config, "image_token_id", "image_token_index")
    return config_value(config, "video_token_id") if token is None else token


def _tokens_per_image(config, batch: dict) -> int | None:
    if "image_grid_thw" in batch:
        merge = int(config_value(_vision_config(config), "spatial_merge_size", default=1))
        return int(batch["image_grid_thw"][0].prod()) // merge**2
    if "target_sizes" in batch:
        return int(batch["target_sizes"][0].prod()) // _packed_patches_per_token(config)
    count = config_value(config, *_IMAGE_TOKEN_COUNT_FIELDS)
    return int(count) if isinstance(count, int) else None


def _place_image_tokens(config, batch: dict) -> None:
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
    if "mm_token_type_ids" in batch and modality == "image":  # the image positions, as `_companions` marks them
        amended["mm_token_type_ids"] = (ids == token).to(batch["mm_token_type_ids"].dtype)
    return amended


def _feature_frames(features: torch.Tensor, config) -> int:
    return features.shape[-2] if features.shape[-1] == _mel_bins(config) and features.dim() >= 3 else features.shape[-1]


def _companions(batch: dict, params: dict, config) -> None:
    """Add the inputs that accompany ones already chosen, where the signature takes them."""
    if "pixel_values" in batch and "image_grid_thw" in params:
        batch["pixel_values"], batch["image_grid_thw"] = _flat_patches(config)
        batch.pop("pixel_values_videos", None)  # one pass through the shared vision tower is enough
        if "image_merge_sizes" in params:  # VideoLLaMA3 merges each image's patches by its own factor
            merge = int(config_value(_vision_config(config), "spatial_merge_size", default=1))
            batch["image_merge_sizes"] = torch.full((BATCH,), merge)
    if "image_grid_thw" in batch and "images_per_sample" in params:
        _add_target_grids(batch)
    if "pixel_values" in batch and "target_sizes" in params:
        batch["pixel_values"], batch["target_sizes"] = _packed_patch_row(config)
        batch.pop("pixel_values_videos", None)  # videos are packed frames through the same tower
    if "pixel_values" in batch and "aspect_ratio_ids" in params:
        batch.update(_tiled_images(config))
    if "pixel_values" in batch and "image_sizes" in params:
        height, width = batch["pixel_values"].shape[-2:]
        batch["image_sizes"] = torch.tensor([[height, width]] * BATCH)
    if "input_ids" in batch and "pixel_values" in batch:
        _place_image_tokens(config, batch)
        if "mm_token_type_ids" in params:
            token = _image_token_id(config)
            batch["mm_token_type_ids"] = (batch["input_ids"] == token).int() if isinstance(token, int) else torch.zeros_like(batch["input_ids"]).int()
    # the images each text token cross-attends to (Idefics): every image of its sample
    images = _images_per_sample(batch)
    if "image_attention_mask" in params and "input_ids" in batch and images is not None:
        batch["image_attention_mask"] = torch.ones(BATCH, batch["input_ids"].shape[1], images, dtype=torch.long)
    if "states" in batch:
        batch.update({k: v for k, v in _trajectory(config).items() if k in params})
    if "prompt_pixel_values" in batch:
        _stack_prompt(batch)
    if "image_embeds_position_mask" in params and ("pixel_values" in batch or "flattened_patches" in batch):
        batch["image_embeds_position_mask"] = _image_positions(config, batch)
    if "shared_kv_states" in batch and "inputs_embeds" in params:  # a draft model reads no token ids
        batch["inputs_embeds"] = drafter_embeddings(config)
    if "input_features" in batch:
        frames = _feature_frames(batch["input_features"], config)
        for name in _FEATURE_MASKS:
            if name in params:
                batch[name] = torch.ones(BATCH, frames, dtype=torch.bool)
        if "chunk_sample_lengths" in params:  # Dots.3 Note measures each clip in waveform samples
            hop = int(config_value(_audio_config(config), "hop_length", default=_HOP_LENGTH))
            batch["chunk_sample_lengths"] = torch.full((batch["input_features"].shape[0],), frames * hop)


def _add_target_grids(batch: dict) -> None:
    """An image generator (GLM-Image) lists each sample's grids as its source images' and,
    last, that of the image it generates, and counts both in ``images_per_sample``: each
    sample's source image is followed by a target of its size."""
    grids = batch["image_grid_thw"]
    batch["image_grid_thw"] = grids.repeat_interleave(2, dim=0)
    batch["images_per_sample"] = torch.full((grids.shape[0],), 2)


def _images_per_sample(batch: dict) -> int | None:
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


def candidate_inputs(model: torch.nn.Module, config, model_positions: bool = False) -> Iterator[dict[str, torch.Tensor]]:
    """Input dicts to try, the most likely first (``_variants``); where the forward takes
    discrete audio codes, every variant again with them, last: optional, they are given only
    where the variants without them leave a tower idle (Inkling's audio tower embeds nothing
    else), so a model whose forward runs every tower without them keeps its inputs."""
    if "audio_input_ids" not in forward_parameters(model):
        yield from _variants(model, config, model_positions)
        return
    tried = []
    for batch in _variants(model, config, model_positions):
        tried.append(batch)
        yield batch
    yield from (_with_audio_codes(batch, config) for batch in tried if "audio_input_ids" not in batch)


def _variants(model: torch.nn.Module, config, model_positions: bool) -> Iterator[dict[str, torch.Tensor]]:
    """Every layout variant of every input, each distinct layout once, then the fallbacks of
    the first layout; with ``model_positions``, the first layout with the rope positions the
    model computes from it; then the images of each layout laid out otherwise
    (``_reshaped_images``), and as flattened patches; then the other layouts with token ids,
    as the fallbacks give the first; last, each layout without its optional audio feature
    mask, which some models read as a mask over the audio tokens their projector outputs
    (Granite Speech), not over the frames; each layout with a waveform, with the waveform's
    padding mask; each layout with images per sample, with the mask of its real tiles. Then
    what audio models pair otherwise: a clip shorter than its padded window
    (``_with_short_clip``), audio codes grouped by frame, features as long as the text (a
    streaming model) and a waveform as long as its features (a codec that joins the two frame
    by frame)."""
    names = wanted_inputs(model, config)
    unknown = [n for n in names if builders_for(n) is None]
    if unknown:
        raise InputSynthesisError(f"no generic builder for required input(s) {', '.join(unknown)}")
    params = forward_parameters(model)
    seen = set()
    distinct = []
    for batch in _layouts(names, params, config):
        layout = tuple((k, tuple(v.shape), v.dtype) for k, v in named_tensors(batch))
        if layout not in seen:
            seen.add(layout)
            distinct.append(batch)
            yield batch
    first = next(_layouts(names, params, config))
    yield from _fallbacks(first, params, config)
    positioned = with_rope_positions(model, first, params) if model_positions else None
    if positioned is not None:
        yield positioned
    for batch in distinct:
        yield from _reshaped_images(batch, config)
    if "pixel_values" in first and "image_grid_thw" not in first:
        yield _with_patches(first, params, config)
    if "input_ids" in params and "input_ids" not in first:  # text the forward needs beside videos (InstructBLIP-Video)
        yield from (_with_text(batch, config) for batch in distinct[1:])
    for batch in distinct:
        if any(mask in batch for mask in _FEATURE_MASKS):
            yield {k: v for k, v in batch.items() if k not in _FEATURE_MASKS}
    if "padding_mask" in params:
        yield from (_with_padding_mask(batch) for batch in distinct if "input_values" in batch)
    yield from (short for batch in distinct if (short := _with_short_clip(model, batch, config)) is not None)
    yield from _with_frame_codes(first, config)
    if "input_features" in first and "input_ids" in first:
        yield from _with_audio_per_text_token(first, config)
    yield from (aligned for batch in distinct if (aligned := _with_waveform_per_frame(batch, config)) is not None)
    if "pixel_attention_mask" in params:
        yield from (_with_real_tiles(batch, config) for batch in distinct if _images_per_sample(batch) is not None)


_CLIP_FRAMES = SEQ // 2  # real frames of a short clip: even one audio token a frame fits the text


def _with_short_clip(model: torch.nn.Module, batch: dict, config) -> dict | None:
    """The batch with a clip shorter than the features it is padded to: the feature mask
    marks only its first ``_CLIP_FRAMES`` frames real, for audio-language models whose clip
    of a whole 30 s window becomes more audio tokens than the text holds (Qwen2-Audio's 750).
    The text holds as many audio placeholders, one run a sample, as the audio tower's own
    ``_get_feat_extract_output_lengths`` says the clip becomes, where it has that method (its
    processor's arithmetic); elsewhere none, and the model's count of the features it made
    places them (``with_placeholders``). None where the batch has no feature mask or text."""
    mask_name = next((name for name in _FEATURE_MASKS if name in batch), None)
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


def _with_audio_per_text_token(batch: dict, config) -> Iterator[dict[str, torch.Tensor]]:
    """Where the config states how many feature frames go with each text token
    (``audio_length_per_tok``: a streaming model that adds one audio embedding to every text
    token, Voxtral Realtime), features as long as the whole text, channels first."""
    frames_per_token = config_value(config, "audio_length_per_tok")
    if isinstance(frames_per_token, int):
        frames = batch["input_ids"].shape[-1] * frames_per_token
        yield {**batch, "input_features": torch.randn(BATCH, _mel_bins(config), frames)}


def _with_waveform_per_frame(batch: dict, config) -> dict | None:
    """The batch's waveform as long as its features, ``hop_length`` samples a frame, with its
    channel axis, where the config states that hop: a codec that encodes the waveform and its
    features side by side and joins the two frame by frame (X-Codec2's acoustic and semantic
    encoders). None where the batch lacks either."""
    hop = config_value(config, "hop_length")
    if not isinstance(hop, int) or "input_values" not in batch or "input_features" not in batch:
        return None
    samples = _feature_frames(batch["input_features"], config) * hop
    return {**batch, "input_values": torch.randn(BATCH, _waveform_channels(config), samples)}


def _with_frame_codes(batch: dict, config) -> Iterator[dict[str, torch.Tensor]]:
    """Token ids as audio codes grouped by frame, (B, S, codebooks), where the config
    counts codebooks: models that embed one frame's codes together (CSM's backbone, Dia's
    decoder); then with one stream more, the text token each frame carries in front of its
    codes (Kyutai's speech-to-text)."""
    for name in _CODEBOOK_FIELDS:
        count = _codebook_count(config, name)
        if name in batch and count is not None:
            for streams in (count, count + 1):
                yield {**batch, name: codes_per_position(config, streams)}


def _with_real_tiles(batch: dict, config) -> dict[str, torch.Tensor]:
    """The batch with a mask of its real tiles, (B, tiles), every one real: optional in the
    signature, but a model that keeps only the real tiles before its vision tower (Granite
    Docling) needs it. Each tile's patches, pixel-shuffled by the config's ``scale_factor``,
    become its placeholders in the text."""
    tiles = _images_per_sample(batch)
    masked = {**batch, "pixel_attention_mask": torch.ones(BATCH, tiles, dtype=torch.bool)}
    per_tile = _patch_side(config) ** 2 // int(config_value(config, "scale_factor", default=1)) ** 2
    return with_placeholders(masked, config, "image", BATCH * tiles * per_tile) or masked


_CODE_FRAMES = 50  # frames of discrete audio codes per clip: their placeholders fit in SEQ beside an image's


def _with_audio_codes(batch: dict, config) -> dict[str, torch.Tensor]:
    """The batch with one clip of audio codes per sample, (B, frames, codebooks) ids below
    the codebook size (Inkling's quantized mel bins), every frame valid, and one audio
    placeholder per frame in the text."""
    audio = _audio_config(config)
    codebooks = int(config_value(audio, "num_codebooks", default=1))
    size = int(config_value(audio, "codebook_size", default=2))
    coded = {
        **batch,
        "audio_input_ids": torch.randint(0, size, (BATCH, _CODE_FRAMES, codebooks)),
        "audio_input_ids_mask": torch.ones(BATCH, _CODE_FRAMES, dtype=torch.bool),
    }
    return with_placeholders(coded, config, "audio", BATCH * _CODE_FRAMES) or coded


def _with_padding_mask(batch: dict) -> dict[str, torch.Tensor]:
    """The batch with its waveform's padding mask, every sample valid: optional in the
    signature, but a tokenizer that measures each clip by it (VibeVoice, Apertus) needs it."""
    return {**batch, "padding_mask": torch.ones(BATCH, batch["input_values"].shape[-1], dtype=torch.long)}


def _layouts(names: list[str], params: dict, config) -> Iterator[dict[str, torch.Tensor]]:
    builders = {n: builders_for(n) for n in names}
    variants = max(len(b) for b in builders.values()) if names else 1
    for variant in range(variants):
        batch = {n: b[min(variant, len(b) - 1)](config) for n, b in builders.items()}
        _companions(batch, params, config)
        if "image_sizes" in batch:  # optional in most signatures, and a different path when given (pixtral)
            yield {k: v for k, v in batch.items() if k != "image_sizes"}
        yield batch


def _fallbacks(batch: dict, params: dict, config) -> Iterator[dict[str, torch.Tensor]]:
    """Where every layout failed: one input instead of two alternatives (images or videos,
    a waveform or its features, text or the features that stand in for its embeddings, as
    Pop2Piano's do), and token ids next to a non-text main input (a model
    whose text is optional in the signature but not in the forward)."""
    for one, other in (("pixel_values", "pixel_values_videos"), ("input_values", "input_features"), ("input_ids", "input_features")):
        if one in batch and other in batch:
            yield {k: v for k, v in batch.items() if k != other}
            yield {k: v for k, v in batch.items() if k != one}
    if "input_ids" in params and "input_ids" not in batch:
        yield _with_text(batch, config)


def _with_text(batch: dict, config) -> dict[str, torch.Tensor]:
    """The batch with token ids added, the image placeholders among them."""
    with_text = {**batch, "input_ids": token_ids(config)}
    if "pixel_values" in with_text:
        _place_image_tokens(config, with_text)
    return with_text


def _with_patches(batch: dict, params: dict, config) -> dict[str, torch.Tensor]:
    """The batch with its images as flattened patches, and their grid and mask where the
    signature takes them (SigLIP2's NaFlex)."""
    side = _patch_side(config)
    batch = {**batch, "pixel_values": pixel_patches(config)}
    if "spatial_shapes" in params:
        batch["spatial_shapes"] = torch.tensor([[side, side]] * BATCH)
    if "pixel_attention_mask" in params:
        batch["pixel_attention_mask"] = torch.ones(BATCH, side * side, dtype=torch.long)
    return batch


def _reshaped_images(batch: dict, config) -> Iterator[dict[str, torch.Tensor]]:
    """Last, the batch's images laid out otherwise: flattened grid patches padded per sample
    (ColQwen2's processor output) or each patch an image (Kimi-K2.5's); images one patch
    larger a side where the default image has an odd number of patches a side, which a
    pixel shuffle (Idefics3's 224/32 = 7) cannot halve; images rounded up to a whole number
    of windows a side where the patch grid is cut into ``num_windows`` (RF-DETR's 518/14 =
    37 patches in 4 windows)."""
    images = batch.get("pixel_values")
    patch = config_value(_vision_config(config), "patch_size")
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
    windows = config_value(_vision_config(config), "num_windows")
    if images.dim() >= 4 and isinstance(windows, int) and windows > 1 and (height // patch) % windows:
        side = -(-height // (patch * windows)) * patch * windows
        yield {**batch, "pixel_values": torch.randn(*images.shape[:-2], side, side)}


def _merged_token_squares(batch: dict, config, patch: int) -> dict[str, torch.Tensor]:
    """The grid batch with one square of pixels per text token, channels last: the patches a
    token merges (``spatial_merge_size`` a side) before the tower embeds them, and the grid
    counted in tokens (Inkling 2's processor output)."""
    merge = int(config_value(_vision_config(config), "spatial_merge_size", default=1))
    grid = batch["image_grid_thw"] // torch.tensor([1, merge, merge])
    squares = torch.randn(int(grid.prod(-1).sum()), patch * merge, patch * merge, _channels(_vision_config(config)))
    return {**batch, "pixel_values": squares, "image_grid_thw": grid}


def _patch_tokens(batch: dict, config, patch: int) -> dict[str, torch.Tensor]:
    """The batch with each image cut into patches that are text tokens of their own, channels
    last with a time axis, (patches, temporal_patch_size, P, P, C), and one placeholder per
    patch (Inkling's tower folds each patch down to one token)."""
    temporal = int(config_value(_vision_config(config), "temporal_patch_size", default=1))
    count = BATCH * _patch_side(config) ** 2
    patches = {**batch, "pixel_values": torch.randn(count, temporal, patch, patch, _channels(_vision_config(config)))}
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
        for mask in _FEATURE_MASKS:
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
        if name.endswith(_EMBEDDED_SUFFIXES) and tuple(tensor.shape) in shapes and tensor.shape[-1] != width
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


class InputSynthesisError(ValueError):
    """The forward needs an input that generic synthesis cannot build."""
