"""What every input builder reads: the batch and sequence no config uses, config fields looked up
under their several names and in sub-configs, token ids and the ids a model keeps for itself."""

from __future__ import annotations

import torch


BATCH = 2
SEQ = 509  # prime, so products with it (B*S = 1018) are recognizable too
GRID_PATCHES = 16  # patches per side of one synthesized image in the flattened-patch layout
PADDED_FRAMES = 3000  # mel frames in the 30 s window audio feature extractors pad to
FEATURE_MASKS = ("input_features_mask", "feature_attention_mask")  # names of the mask beside audio features
HOP_LENGTH = 160  # waveform samples per feature frame: 10 ms at 16 kHz, what audio feature extractors use


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


def first_sub_config(config, *names):
    """The first of the named sub-configs the config has, else the config itself: a builder
    sizes its input from the tower that reads it."""
    for name in names:
        sub = getattr(config, name, None)
        if sub is not None and hasattr(sub, "to_dict"):
            return sub
    return config


def vision_sub_config(config):
    """The vision sub-config; a retrieval model that wraps a whole VLM (ColQwen2) has it
    under ``vlm_config``."""
    vision = first_sub_config(config, "vision_config", "image_config", "backbone_config")
    wrapped = getattr(config, "vlm_config", None)
    if vision is config and wrapped is not None and hasattr(wrapped, "to_dict"):
        return vision_sub_config(wrapped)
    return vision


def image_channels(vision) -> int:
    """Colour channels of the images a vision config takes."""
    return int(config_value(vision, "num_channels", "in_channels", "in_chans", default=3))


def audio_sub_config(config):
    """The audio tower's sub-config (an encoder's, in speech encoder-decoders), else the config."""
    return first_sub_config(config, "audio_config", "encoder_config", "encoder")


def size_pair(value) -> tuple[int, int]:
    """(height, width) of a size a config gives as one number, a pair or a dict."""
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
    image token is 11); the placeholders a modality needs are placed by `place_image_tokens`."""
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
    return first_sub_config(config, "decoder_config", "decoder")


# Where a model's inputs are audio codes, how many codebooks one frame holds; a decoder of
# codes may call them channels (Dia).
CODEBOOK_FIELDS = {"input_ids": ("num_codebooks",), "decoder_input_ids": ("num_codebooks", "num_channels")}


def codebook_count(config, name: str) -> int | None:
    """The codebooks of the codes ``name`` holds; None where the config counts none."""
    owner = _decoder_config(config) if name == "decoder_input_ids" else config
    return next((int(v) for f in CODEBOOK_FIELDS[name] if isinstance(v := getattr(owner, f, None), int)), None)


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
