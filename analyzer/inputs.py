"""Synthesize valid forward inputs from a model's signature, ``main_input_name`` and config.

Inputs are made of a few known kinds (token ids, pixel values, audio features, waveforms,
video frames, boxes); each builder reads the sizes it needs from the config or its
sub-configs. Batch and sequence take values no config uses (``BATCH``, ``SEQ``) so that the
analyzer can tell, in every traced shape, which dimensions vary with the input.

Several layouts are tried where upstream disagrees (audio features are (B, mel, T) in one
family and (B, T, mel) in another): ``candidate_inputs`` yields the variants in order and the
tracer keeps the first that runs.
"""

from __future__ import annotations

import inspect
from typing import Callable, Iterator

import torch

BATCH = 2
SEQ = 509  # prime, so products with it (B*S = 1018) are recognizable too


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


def _vision_config(config):
    for name in ("vision_config", "image_config", "backbone_config"):
        sub = getattr(config, name, None)
        if sub is not None and hasattr(sub, "to_dict"):
            return sub
    return config


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
    vocab = config_value(config, "vocab_size", default=1000)
    high = max(2, min(int(vocab), 1000))
    return torch.randint(3, high, (BATCH, sequence_length(config)))


def pixel_values(config) -> torch.Tensor:
    vision = _vision_config(config)
    channels = config_value(vision, "num_channels", "in_channels", "in_chans", default=3)
    height, width = _pair(config_value(vision, "image_size", "img_size", "input_size", "crop_size", default=224))
    return torch.randn(BATCH, int(channels), height, width)


def pixel_values_videos(config) -> torch.Tensor:
    vision = _vision_config(config)
    frames = int(config_value(vision, "num_frames", "frames_per_clip", default=8))
    channels = int(config_value(vision, "num_channels", "in_chans", default=3))
    height, width = _pair(config_value(vision, "image_size", "crop_size", default=224))
    return torch.randn(BATCH, frames, channels, height, width)


def _mel_bins(config) -> int:
    return int(config_value(config, "num_mel_bins", "feature_size", "input_feat_per_channel", "n_mels", default=80))


def audio_features_channels_first(config) -> torch.Tensor:
    frames = 2 * int(config_value(config, "max_source_positions", default=SEQ))
    return torch.randn(BATCH, _mel_bins(config), min(frames, 3000))


def audio_features_time_first(config) -> torch.Tensor:
    return torch.randn(BATCH, SEQ, _mel_bins(config))


def waveform(config) -> torch.Tensor:
    return torch.randn(BATCH, 16000)


def boxes(config) -> torch.Tensor:
    corner = torch.randint(0, 500, (BATCH, sequence_length(config), 2))
    return torch.cat([corner, corner + 10], dim=-1)


def ones_mask(config) -> torch.Tensor:
    return torch.ones(BATCH, sequence_length(config), dtype=torch.long)


# name -> builders, tried in order when a forward rejects the first.
BUILDERS: dict[str, tuple[Callable, ...]] = {
    "input_ids": (token_ids,),
    "decoder_input_ids": (token_ids,),
    "pixel_values": (pixel_values,),
    "pixel_values_videos": (pixel_values_videos,),
    "input_features": (audio_features_channels_first, audio_features_time_first),
    "input_values": (waveform,),
    "audio_values": (waveform,),
    "bbox": (boxes,),
    "attention_mask": (ones_mask,),
}

# Inputs passed even when optional, because they switch on a tower of the model.
TOWER_INPUTS = {"pixel_values", "pixel_values_videos", "input_features", "decoder_input_ids", "input_values"}


def forward_parameters(model: torch.nn.Module) -> dict[str, inspect.Parameter]:
    parameters = inspect.signature(model.forward).parameters
    return {n: p for n, p in parameters.items() if p.kind not in (p.VAR_KEYWORD, p.VAR_POSITIONAL)}


def wanted_inputs(model: torch.nn.Module) -> list[str]:
    """The forward arguments to fill: required ones, the main input, and tower inputs."""
    main = getattr(model, "main_input_name", "input_ids")
    wanted = []
    for name, parameter in forward_parameters(model).items():
        required = parameter.default is inspect.Parameter.empty
        if name in BUILDERS and (required or name == main or name in TOWER_INPUTS):
            wanted.append(name)
        elif required:
            wanted.append(name)
    if main not in wanted and main in BUILDERS:
        wanted.insert(0, main)
    return wanted


def candidate_inputs(model: torch.nn.Module, config) -> Iterator[dict[str, torch.Tensor]]:
    """Input dicts to try, the most likely first: every layout variant of every input."""
    names = wanted_inputs(model)
    unknown = [n for n in names if n not in BUILDERS]
    if unknown:
        raise InputSynthesisError(f"no generic builder for required input(s) {', '.join(unknown)}")
    variants = max(len(BUILDERS[n]) for n in names) if names else 1
    for variant in range(variants):
        yield {n: BUILDERS[n][min(variant, len(BUILDERS[n]) - 1)](config) for n in names}


class InputSynthesisError(ValueError):
    """The forward needs an input that generic synthesis cannot build."""
