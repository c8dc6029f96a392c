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
tokens in the text) are added by ``add_companions`` from what the signature accepts.

The parts: ``input_fields`` (config lookups, batch and sequence), ``input_builders`` (one
builder per kind of input), ``input_placeholders`` (which inputs a forward wants, and their
companions), ``input_variants`` (the layouts tried); this module orders the candidates.
"""

from __future__ import annotations

from typing import Iterator

import torch

from fastkernels.analyzer.trace.input_builders import builders_for, named_tensors
from fastkernels.analyzer.trace.input_fields import FEATURE_MASKS
from fastkernels.analyzer.trace.input_placeholders import (
    forward_parameters, sample_image_count, wanted_inputs,
)
from fastkernels.analyzer.trace.input_variants import (
    fallbacks, layouts, reshaped_images, with_audio_codes, with_audio_per_text_token,
    with_frame_codes, with_padding_mask, with_patches, with_real_tiles, with_rope_positions,
    with_short_clip, with_token_ids, with_waveform_per_frame,
)


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
    yield from (with_audio_codes(batch, config) for batch in tried if "audio_input_ids" not in batch)


def _variants(model: torch.nn.Module, config, model_positions: bool) -> Iterator[dict[str, torch.Tensor]]:
    """Every layout variant of every input, each distinct layout once, then the fallbacks of
    the first layout; with ``model_positions``, the first layout with the rope positions the
    model computes from it; then the images of each layout laid out otherwise
    (``reshaped_images``), and as flattened patches; then the other layouts with token ids,
    as the fallbacks give the first; last, each layout without its optional audio feature
    mask, which some models read as a mask over the audio tokens their projector outputs
    (Granite Speech), not over the frames; each layout with a waveform, with the waveform's
    padding mask; each layout with images per sample, with the mask of its real tiles. Then
    what audio models pair otherwise: a clip shorter than its padded window
    (``with_short_clip``), audio codes grouped by frame, features as long as the text (a
    streaming model) and a waveform as long as its features (a codec that joins the two frame
    by frame)."""
    names = wanted_inputs(model, config)
    unknown = [n for n in names if builders_for(n) is None]
    if unknown:
        raise InputSynthesisError(f"no generic builder for required input(s) {', '.join(unknown)}")
    params = forward_parameters(model)
    seen = set()
    distinct = []
    for batch in layouts(names, params, config):
        layout = tuple((k, tuple(v.shape), v.dtype) for k, v in named_tensors(batch))
        if layout not in seen:
            seen.add(layout)
            distinct.append(batch)
            yield batch
    first = next(layouts(names, params, config))
    yield from fallbacks(first, params, config)
    positioned = with_rope_positions(model, first, params) if model_positions else None
    if positioned is not None:
        yield positioned
    for batch in distinct:
        yield from reshaped_images(batch, config)
    if "pixel_values" in first and "image_grid_thw" not in first:
        yield with_patches(first, params, config)
    if "input_ids" in params and "input_ids" not in first:  # text the forward needs beside videos (InstructBLIP-Video)
        yield from (with_token_ids(batch, config) for batch in distinct[1:])
    for batch in distinct:
        if any(mask in batch for mask in FEATURE_MASKS):
            yield {k: v for k, v in batch.items() if k not in FEATURE_MASKS}
    if "padding_mask" in params:
        yield from (with_padding_mask(batch) for batch in distinct if "input_values" in batch)
    yield from (short for batch in distinct if (short := with_short_clip(model, batch, config)) is not None)
    yield from with_frame_codes(first, config)
    if "input_features" in first and "input_ids" in first:
        yield from with_audio_per_text_token(first, config)
    yield from (aligned for batch in distinct if (aligned := with_waveform_per_frame(batch, config)) is not None)
    if "pixel_attention_mask" in params:
        yield from (with_real_tiles(batch, config) for batch in distinct if sample_image_count(batch) is not None)


class InputSynthesisError(ValueError):
    """The forward needs an input that generic synthesis cannot build."""
