"""Input synthesis and config recipes, checked by tracing real architectures under fake tensors."""

from __future__ import annotations

import pytest
import torch

from fastkernels.analyzer.trace import (
    build, input_builders, input_fields, input_placeholders, input_variants, inputs, recipes,
)
from fastkernels.analyzer.trace.architecture import trace_architecture
from fastkernels.analyzer.trace.materialize import construct_on_meta
from fastkernels.analyzer.trace.registry import resolve


def _trace(name: str):
    return trace_architecture(resolve([name])[0], ("fake-full",))


@pytest.mark.parametrize(
    "name, main_input, shape",
    [
        ("audio-spectrogram-transformer", "input_values", [2, 1024, 128]),  # a spectrogram, not a waveform
        ("dac", "input_values", [2, 1, 16000]),  # a codec keeps its channel axis
        ("bros", "bbox", [2, 509, 4]),  # required although optional in the signature
        ("informer", "past_values", [2, 24 + 7]),  # context plus the largest lag, after its recipe
        ("patchtst", "past_values", [2, 32, 1]),  # one column per channel of the series
        ("videomae", "pixel_values", [2, 16, 3, 224, 224]),  # a video model's pixel values are frames
        ("wav2vec2-bert", "input_features", [2, 509, 160]),  # features of two stacked frames
    ],
)
def test_layout_variants_find_the_input_the_model_takes(name, main_input, shape):
    trace = _trace(name)
    assert trace.status == "traced", trace.failure
    assert trace.inputs[main_input]["shape"] == shape


def test_vlm_with_unset_placeholder_id_runs_every_tower():
    trace = _trace("blip-2")
    assert trace.status == "traced", trace.failure
    assert all(trace.coverage["towers"].values())


def test_timm_backbone_is_replaced_when_timm_is_missing():
    trace = _trace("detr")
    assert trace.status == "traced", trace.failure


def test_recipe_fixes_a_default_config_that_cannot_build_its_model():
    trace = _trace("gemma3")
    assert trace.status == "traced", trace.failure
    assert trace.inputs["pixel_values"]["shape"] == [2, 3, 896, 896]
    assert trace.coverage["towers"]["vision_tower"]


def test_every_recipe_states_its_reason():
    assert recipes.recipe_count() == len(recipes.RECIPES) > 0
    assert all(recipe.reason and recipe.overrides for recipe in recipes.RECIPES.values())


def test_grid_models_get_flattened_patches_grids_and_matching_image_tokens():
    arch = resolve(["qwen2_vl"])[0]
    config = build.default_config(arch.config_class)
    model, _ = build.construct(build.model_class(arch.model_class), config, "sdpa", "meta", torch.bfloat16)
    batch = next(inputs.candidate_inputs(model, config))
    grid = batch["image_grid_thw"]
    assert batch["pixel_values"].shape[0] == int(grid.prod(-1).sum())
    per_image = int(grid[0].prod()) // config.vision_config.spatial_merge_size**2
    assert (batch["input_ids"] == config.image_token_id).sum(-1).tolist() == [per_image] * input_fields.BATCH
    assert torch.equal(batch["mm_token_type_ids"].bool(), batch["input_ids"] == config.image_token_id)


def test_multimodal_rope_positions_come_from_the_models_own_index_after_every_layout():
    arch = resolve(["qwen2_vl"])[0]
    config = build.default_config(arch.config_class)
    model, _ = build.construct(build.model_class(arch.model_class), config, "sdpa", "meta", torch.bfloat16)
    assert all("position_ids" not in batch for batch in inputs.candidate_inputs(model, config))
    candidates = list(inputs.candidate_inputs(model, config, model_positions=True))
    flat = [i for i, batch in enumerate(candidates) if batch["pixel_values"].dim() == 2]
    positioned = candidates[flat[-1]]  # only images laid out otherwise come after it
    assert all("position_ids" not in candidates[i] for i in flat[:-1])
    assert positioned["position_ids"].shape == (3, input_fields.BATCH, input_fields.SEQ)
    assert positioned["position_ids"][1].max() < input_fields.SEQ - 1  # image tokens share positions


def test_alternative_inputs_are_also_tried_one_at_a_time():
    arch = resolve(["speech-encoder-decoder"])[0]
    config = build.default_config(arch.config_class)
    model, _ = build.construct(build.model_class(arch.model_class), config, "eager", "meta", torch.bfloat16)
    layouts = [set(batch) for batch in inputs.candidate_inputs(model, config)]
    assert {"input_values", "input_features"} <= layouts[0]
    assert any("input_values" in names and "input_features" not in names for names in layouts)
    assert any("input_features" in names and "input_values" not in names for names in layouts)


def _candidates(name):
    arch = resolve([name])[0]
    config = build.default_config(arch.config_class)
    model, _ = build.construct(build.model_class(arch.model_class), config, "sdpa", "meta", torch.bfloat16)
    return config, list(inputs.candidate_inputs(model, config))


def test_a_wrapped_vlm_gets_its_vision_layout_and_patches_padded_per_sample():
    config, candidates = _candidates("colqwen2")
    vision = config.vlm_config.vision_config
    width = vision.in_channels * vision.temporal_patch_size * vision.patch_size**2
    assert candidates[0]["pixel_values"].shape[-1] == width
    assert any(batch["pixel_values"].shape[:2] == (input_fields.BATCH, 256) for batch in candidates)


def test_an_odd_patch_grid_is_also_tried_one_patch_larger():
    config, candidates = _candidates("idefics3")
    patch = config.vision_config.patch_size
    sizes = [batch["pixel_values"].shape[-1] // patch for batch in candidates if batch["pixel_values"].dim() >= 4]
    assert sizes[0] % 2 == 1 and sizes[0] + 1 in sizes[1:]


def test_features_the_first_layer_rejects_are_refitted_to_its_width():
    batch = {"input_features": torch.randn(2, 80, 1018), "input_features_mask": torch.ones(2, 1018, dtype=torch.bool)}
    (fitted,) = input_variants.fitted_to_layer(batch, torch.nn.Linear(320, 8), [(2, 80, 1018)])
    assert fitted["input_features"].shape == (input_fields.BATCH, input_fields.SEQ, 320)  # four stacked mel frames
    assert fitted["input_features_mask"].shape == (input_fields.BATCH, input_fields.SEQ)
    (conv,) = input_variants.fitted_to_layer(batch, torch.nn.Conv1d(128, 8, 3), [(2, 80, 1018)])
    assert conv["input_features"].shape == (input_fields.BATCH, 128, input_fields.SEQ)
    assert input_variants.fitted_to_layer(batch, torch.nn.Linear(320, 8), [(2, 509, 64)]) == []  # not the features it met


def test_naflex_models_also_get_flattened_patches_with_their_grid_and_mask():
    config, candidates = _candidates("siglip2")
    patches = [batch for batch in candidates if batch["pixel_values"].dim() == 3]
    assert patches[0]["pixel_values"].shape == (input_fields.BATCH, 256, 3 * 16 * 16)
    assert patches[0]["spatial_shapes"].tolist() == [[16, 16]] * input_fields.BATCH
    assert patches[0]["pixel_attention_mask"].shape == (input_fields.BATCH, 256)


def test_grid_patches_come_with_each_images_merge_factor_where_the_model_takes_it():
    config, candidates = _candidates("video_llama_3")
    assert candidates[0]["image_merge_sizes"].shape == (input_fields.BATCH,)
    assert candidates[0]["image_grid_thw"].shape == (input_fields.BATCH, 3)


def test_text_never_holds_a_special_token():
    """Cosmos3-Edge's image token (11) lies inside the ids text is drawn from: a random one
    would ask for image features that were never given."""
    config = build.default_config("Cosmos3EdgeConfig")
    special = input_fields.special_token_ids(config)
    assert 11 in special
    torch.manual_seed(0)
    ids = input_fields.token_ids(config)
    assert not torch.isin(ids, torch.tensor(sorted(special))).any()
    assert ids.min().item() >= 3


def _first_candidate(name: str, holding: str | None = None) -> tuple[dict, object]:
    """The first input dict synthesized for ``name`` (that holds ``holding``), and its config."""
    arch = resolve([name])[0]
    config = build.default_config(arch.config_class, recipes.config_overrides(arch.name, arch.config_class))
    model, _ = build.construct(build.model_class(arch.model_class), config, "sdpa", "meta", torch.bfloat16)
    return next(b for b in inputs.candidate_inputs(model, config) if holding is None or holding in b), config


def test_flattened_patches_lead_with_their_row_and_column():
    trace = _trace("pix2struct")
    assert trace.status == "traced", trace.failure
    batch, config = _first_candidate("pix2struct")
    patches = batch["flattened_patches"]
    assert patches.shape[-1] == 2 + config.vision_config.patch_embed_hidden_size
    assert patches[0, 1, :2].tolist() == [1.0, 2.0]  # row 1, column 2


def test_a_trajectory_comes_with_its_actions_rewards_and_steps():
    trace = _trace("decision_transformer")
    assert trace.status == "traced", trace.failure
    batch, config = _first_candidate("decision_transformer")
    steps = batch["states"].shape[1]
    assert 3 * steps <= config.n_positions
    assert batch["actions"].shape == (input_fields.BATCH, steps, config.act_dim)
    assert batch["timesteps"][0].tolist() == list(range(steps))


def test_tiled_images_come_with_the_aspect_ratio_that_uses_every_tile():
    batch, config = _first_candidate("mllama")
    tiles = config.vision_config.max_num_tiles
    assert batch["pixel_values"].shape[:3] == (input_fields.BATCH, 1, tiles)
    rows, columns = config.vision_config.supported_aspect_ratios[int(batch["aspect_ratio_ids"][0, 0]) - 1]
    assert rows * columns == tiles and batch["aspect_ratio_mask"].sum() == input_fields.BATCH * tiles


def test_an_image_scaled_down_into_patches_is_large_enough_for_its_smallest_scale():
    batch, config = _first_candidate("depth_pro")
    side = batch["pixel_values"].shape[-1]
    assert min(config.scaled_images_ratios) * side >= config.patch_size
    assert _first_candidate("dinov2")[0]["pixel_values"].shape[-1] == 224  # a model that scales nothing keeps its size


def test_frames_a_backbone_config_leaves_unsized_take_the_models_own_size():
    config = build.default_config("TvpConfig", {})
    frames = input_builders.pixel_values_videos(config)
    assert frames.shape == (input_fields.BATCH, config.num_frames, 3, config.max_img_size, config.max_img_size)


def test_a_draft_model_gets_the_main_models_key_values_for_each_attention_type():
    batch, config = _first_candidate("gemma4_unified_assistant")
    text = config.get_text_config()
    states = batch["shared_kv_states"]
    assert set(states) == set(text.layer_types)
    last_full = text.per_layer_config[max(i for i, kind in enumerate(text.layer_types) if kind == "full_attention")]
    key, value = states["full_attention"]
    assert key.shape == value.shape == (input_fields.BATCH, last_full.num_key_value_heads, input_fields.SEQ, last_full.head_dim)
    assert batch["inputs_embeds"].shape == (input_fields.BATCH, 1, 2 * config.backbone_hidden_size)


def test_image_embedding_positions_follow_the_first_token():
    batch, config = _first_candidate("kosmos-2", holding="input_ids")
    mask = batch["image_embeds_position_mask"]
    assert mask.shape == batch["input_ids"].shape
    assert mask[0, 0] == 0 and mask[0, 1:1 + config.latent_query_num].all() and mask.sum() == input_fields.BATCH * config.latent_query_num


@pytest.mark.parametrize("name", ["timesfm", "trocr"])
def test_series_padding_and_a_standalone_decoders_encoder_states_are_synthesized(name):
    trace = _trace(name)  # timesfm takes padding flags and a frequency; trocr's decoder cross-attends
    assert trace.status == "traced", trace.failure
    assert {"timesfm": "past_values_padding", "trocr": "encoder_hidden_states"}[name] in trace.inputs


@pytest.mark.parametrize(
    "name, given",
    [
        ("speech-encoder-decoder", "input_values"),  # `inputs` is only an alias of the waveform here
        ("speecht5", "decoder_input_values"),  # a bare encoder-decoder: its decoder reads embedded values
        ("luke", "entity_ids"),  # the entity-aware attention runs only on entities
        ("nemotron3_5_transcribe_word_timestamp", "inputs_embeds"),  # required: the head has no embedding
    ],
)
def test_inputs_that_switch_on_a_path_are_given(name, given):
    trace = _trace(name)
    assert trace.status == "traced", trace.failure
    assert given in trace.inputs and "inputs" not in trace.inputs


def test_a_decoder_only_base_model_is_built_from_its_decoder_config_with_a_row_per_codebook():
    trace = _trace("musicgen")  # MusicgenModel is the decoder alone, read in (batch * codebooks) rows
    assert trace.status == "traced", trace.failure
    assert trace.inputs["input_ids"]["shape"][0] == input_fields.BATCH * 4
    assert "encoder_hidden_states" in trace.inputs  # its cross-attention runs


def test_longformer_global_attention_marks_the_first_token():
    mask = input_builders.global_attention(None)
    assert mask.shape == (input_fields.BATCH, input_fields.SEQ) and mask[:, 0].all() and mask.sum() == input_fields.BATCH


def test_text_and_the_features_that_replace_its_embeddings_are_also_tried_alone():
    batch = {"input_ids": torch.zeros(2, 3), "input_features": torch.zeros(2, 3, 4)}
    fallbacks = list(input_variants.fallbacks(batch, {"input_ids": None, "input_features": None}, None))
    assert {"input_ids"} in [set(b) for b in fallbacks] and {"input_features"} in [set(b) for b in fallbacks]


def test_placeholders_are_recounted_to_the_features_a_model_reports():
    config = build.default_config("LlavaConfig")
    batch = {"input_ids": input_fields.token_ids(config)}
    amended = input_placeholders.with_placeholders(batch, config, "image", 5)
    placed = amended["input_ids"] == config.image_token_id
    assert placed.sum(dim=1).tolist() == [3, 2] and not placed[:, 0].any()
    assert input_placeholders.with_placeholders(batch, config, "audio", 5) is None  # Llava names no audio token


def test_a_waveform_clip_measured_by_its_padding_mask_and_recounted_audio_tokens_trace():
    trace = trace_architecture(resolve(["apertus1p5"])[0])  # its tokenizer reads the mask; the model counts audio tokens
    assert trace.status == "traced", trace.failure
    assert trace.inputs["padding_mask"]["shape"] == [input_fields.BATCH, trace.inputs["input_values"]["shape"][-1]]


@pytest.mark.parametrize(
    "name, codes, streams",
    [
        ("dia", "decoder_input_ids", 9),  # its decoder embeds each frame's 9 codes together
        ("kyutai_speech_to_text", "input_ids", 32 + 1),  # each frame's text token, then its 32 codes
    ],
)
def test_audio_codes_grouped_by_frame_one_stream_per_codebook(name, codes, streams):
    trace = _trace(name)
    assert trace.status == "traced", trace.failure
    assert trace.inputs[codes]["shape"] == [input_fields.BATCH, input_fields.SEQ, streams]


def test_stacked_feature_frames_are_as_wide_as_the_stack():
    config = build.default_config("FunAsrNanoConfig")  # low-frame-rate features: 7 mel frames of 80 in one
    assert input_builders.audio_features_time_first(config).shape[-1] == 7 * 80


def test_a_short_clip_takes_as_many_placeholders_as_the_audio_tower_makes_tokens():
    config = build.default_config("Qwen2AudioConfig")
    model, _ = build.construct(build.model_class("Qwen2AudioModel"), config, "sdpa", "meta", torch.bfloat16)
    whole_window = next(b for b in inputs.candidate_inputs(model, config) if b["input_features"].shape[-1] == 3000)
    short = input_variants.with_short_clip(model, whole_window, config)
    assert short["feature_attention_mask"].sum(dim=1).tolist() == [input_fields.SEQ // 2] * input_fields.BATCH
    placed = short["input_ids"] == config.audio_token_id
    frames = input_fields.SEQ // 2
    tokens = ((frames - 1) // 2 + 1 - 2) // 2 + 1  # its encoder's stride-2 convolution, then a pooling by 2
    assert placed.sum(dim=1).tolist() == [tokens] * input_fields.BATCH and not placed[:, 0].any()
    assert (placed[:, :-1] & placed[:, 1:]).any()  # one run a sample, as its processor expands them


def test_a_streaming_models_features_give_each_text_token_its_frames():
    config = build.default_config("VoxtralRealtimeConfig")  # 8 feature frames a text token
    batch = {"input_ids": input_fields.token_ids(config), "input_features": input_builders.audio_features_channels_first(config)}
    (streamed,) = input_variants.with_audio_per_text_token(batch, config)
    assert streamed["input_features"].shape == (input_fields.BATCH, 128, 8 * batch["input_ids"].shape[1])
    assert list(input_variants.with_audio_per_text_token(batch, build.default_config("Qwen2AudioConfig"))) == []


def test_a_codec_reading_waveform_and_features_gets_a_waveform_as_long_as_its_features():
    config = build.default_config("Xcodec2Config")  # acoustic and semantic frames joined one to one
    batch = {"input_values": input_builders.waveform(config), "input_features": input_builders.audio_features_time_first(config)}
    aligned = input_variants.with_waveform_per_frame(batch, config)
    assert aligned["input_values"].shape == (input_fields.BATCH, 1, batch["input_features"].shape[1] * config.hop_length)
    assert input_variants.with_waveform_per_frame({"input_values": batch["input_values"]}, config) is None


def test_audio_features_come_with_the_waveform_samples_behind_each_clip_where_the_forward_takes_them():
    config = build.default_config("Dots3NoteConfig")
    model, _ = build.construct(build.model_class("Dots3NoteModel"), config, "sdpa", "meta", torch.bfloat16)
    batch = next(b for b in inputs.candidate_inputs(model, config) if "input_features" in b)
    frames = batch["input_features"].shape[-1]
    assert batch["chunk_sample_lengths"].tolist() == [frames * config.audio_config.hop_length] * batch["input_features"].shape[0]


def _built(name: str):
    """The model on meta and its config, as the tracer builds them (placeholder ids set)."""
    arch = resolve([name])[0]
    config = build.default_config(arch.config_class, recipes.config_overrides(arch.name, arch.config_class))
    recipes.apply_after_build(arch.name, config)
    model, _, _ = construct_on_meta(build.model_class(arch.model_class), config, torch.bfloat16)
    return model, config


def test_navit_packed_images_lie_in_one_row_with_their_grids_and_placeholders():
    model, config = _built("minicpmv4_6")
    batch = next(inputs.candidate_inputs(model, config))
    patch, grid = config.vision_config.patch_size, batch["target_sizes"]
    assert batch["pixel_values"].shape == (1, 3, patch, int(grid.prod(-1).sum()) * patch)
    assert "pixel_values_videos" not in batch
    per_image = int(grid[0].prod()) // 16  # its processor's divisor in the default "16x" mode
    assert (batch["input_ids"] == config.image_token_id).sum(-1).tolist() == [per_image] * input_fields.BATCH


def test_a_grid_is_also_tried_counted_in_tokens_with_one_square_of_pixels_per_token():
    model, config = _built("inkling2")
    vision = config.vision_config
    side = vision.patch_size * vision.spatial_merge_size
    squares = [b for b in inputs.candidate_inputs(model, config) if b["pixel_values"].shape[1:] == (side, side, vision.num_channels)]
    grid = squares[0]["image_grid_thw"]
    assert squares[0]["pixel_values"].shape[0] == int(grid.prod(-1).sum())
    per_image = int(grid[0].prod())  # the grid is already in tokens
    assert (squares[0]["input_ids"] == config.image_token_id).sum(-1).tolist() == [per_image] * input_fields.BATCH


def test_images_are_also_tried_as_patch_tokens_and_audio_codes_come_last():
    model, config = _built("inkling_mm_model")
    candidates = list(inputs.candidate_inputs(model, config))
    vision, audio = config.vision_config, config.audio_config
    patches = [b for b in candidates if b["pixel_values"].dim() == 5 and b["pixel_values"].shape[-1] == vision.num_channels]
    assert patches[0]["pixel_values"].shape[1:] == (vision.temporal_patch_size, vision.patch_size, vision.patch_size, vision.num_channels)
    assert (patches[0]["input_ids"] == config.image_token_id).sum() == patches[0]["pixel_values"].shape[0]
    coded = [i for i, b in enumerate(candidates) if "audio_input_ids" in b]
    assert coded and min(coded) > max(i for i, b in enumerate(candidates) if "audio_input_ids" not in b)
    codes = candidates[coded[-1]]["audio_input_ids"]
    assert codes.shape[-1] == audio.n_mel_bins and int(codes.max()) < audio.mel_vocab_size
    frames = int(candidates[coded[-1]]["audio_input_ids_mask"].sum())
    assert (candidates[coded[-1]]["input_ids"] == config.audio_token_id).sum() == frames


def test_tiles_per_sample_are_also_tried_with_the_mask_of_real_tiles_and_their_placeholders():
    model, config = _built("granite_docling")
    masked = [b for b in inputs.candidate_inputs(model, config) if "pixel_attention_mask" in b and b["pixel_values"].dim() == 5]
    tiles = masked[0]["pixel_values"].shape[1]
    assert masked[0]["pixel_attention_mask"].shape == (input_fields.BATCH, tiles) and masked[0]["pixel_attention_mask"].all()
    vision = config.vision_config
    per_tile = (vision.image_size // vision.patch_size) ** 2 // input_fields.config_value(config, "scale_factor") ** 2
    assert (masked[0]["input_ids"] == config.image_token_id).sum(-1).tolist() == [tiles * per_tile] * input_fields.BATCH


def test_an_image_generator_gets_a_target_grid_after_each_samples_source_image():
    model, config = _built("glm_image")
    batch = next(inputs.candidate_inputs(model, config))
    grids, counts = batch["image_grid_thw"], batch["images_per_sample"]
    assert counts.tolist() == [2] * input_fields.BATCH and grids.shape[0] == int(counts.sum())
    sources = torch.cat([sample[:-1] for sample in torch.split(grids, counts.tolist())])
    assert batch["pixel_values"].shape[0] == int(sources.prod(-1).sum())


def test_placeholders_are_recounted_to_the_image_tokens_a_vq_model_reports():
    from fastkernels.analyzer.trace.architecture import _with_counted_placeholders

    config = build.default_config("LlavaConfig")
    candidate = {"input_ids": input_fields.token_ids(config)}
    error = ValueError("Number of image placeholder tokens (0) does not match number of image tokens from VQVAE (512)")
    (amended,) = _with_counted_placeholders(torch.nn.Identity(), candidate, error, config, torch.bfloat16, None, True)  # no rope index
    assert (amended["input_ids"] == config.image_token_id).sum() == 512


def test_a_decision_prompt_asks_one_question_of_each_type_with_the_options_its_head_scores():
    from transformers.decision import Question

    batch, config = _first_candidate("jev")
    types = batch["question_type_ids"][0].tolist()
    assert sorted(types) == list(range(len(Question.questions_types)))
    starts = sorted(config.offsets.values()) + [config.num_verbalizers]
    rows = {kind: starts[starts.index(config.offsets[kind]) + 1] - config.offsets[kind] for kind in config.offsets}
    assert batch["num_options"][0].tolist() == [rows[Question.questions_types[kind]] for kind in types]
    marks = batch["marks"][0]
    assert marks.unique().numel() == marks.numel() and 0 < marks.min() and marks.max() == batch["input_ids"].shape[1]


def test_hidden_states_handed_in_are_embedded_and_refitted_to_the_layer_that_reads_them():
    batch, config = _first_candidate("muse_glimmer_assistant")
    width = (input_fields.BATCH, input_fields.SEQ, config.hidden_size)
    assert batch["noise_embeds"].shape == batch["context_hidden_states"].shape == width
    context_projection = torch.nn.Linear(len(config.target_layer_ids) * config.hidden_size, config.hidden_size, device="meta")
    refits = input_variants.fitted_to_layer(batch, context_projection, [width])
    assert [list(fitted) for fitted in refits] == [["noise_embeds"], ["context_hidden_states"]]  # one shape: each is tried
    assert refits[1]["context_hidden_states"].shape == (*width[:2], len(config.target_layer_ids) * config.hidden_size)
