"""Inputs a module checks are described so that the task's builders draw them valid."""

from __future__ import annotations

import pytest
import torch
from torch import nn

from fastkernels.taskgen.cases import (
    Unmapped,
    _attribute_uses,
    _int_high,
    _module_stand_in,
    _param_dtype,
    _patches_in_images,
    _read_from_kwargs,
    _recurrent_init,
    _tensor,
)
from fastkernels.taskgen.case_configs import rebuilt_config, subtree_fields
from fastkernels.taskgen.emit import _BUILDERS

BUILDERS: dict = {"torch": torch, "nn": nn}
exec(_BUILDERS, BUILDERS)  # the builder functions every task file carries

HIDDEN = {"name": "hidden_states", "kind": "tensor", "shape": [512, 64], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}


def _drawn(name: str, shape: list, fields: dict | None = None) -> torch.Tensor:
    case = {"inputs": [HIDDEN]}
    spec = {"shape": shape, "roles": ["fixed"] * len(shape), "dtype": "int64"}
    spec.update(_int_high(name, case, fields or {}, {}, 2, shape))
    return BUILDERS["_tensor"](spec, {})


def test_cu_seqlens_are_cumulative_lengths_of_the_tokens():
    lengths = _drawn("cu_seqlens", [3])
    assert lengths.tolist() == [0, 256, 512]


def test_patch_grids_cover_the_tokens():
    grid = _drawn("image_grid_thw", [2, 3])
    assert grid.prod(dim=-1).sum().item() == 512 and grid.shape == (2, 3)


def test_patch_grids_cover_a_stack_of_patch_images():
    """[patches, channels, height, width] (Kimi-K2.5's vision input) is one token per patch."""
    patches = {"name": "pixel_values", "kind": "tensor", "shape": [1, 512, 3, 14, 14], "roles": ["fixed"] * 5, "dtype": "bfloat16"}
    spec = {"shape": [2, 3], "roles": ["fixed", "fixed"], "dtype": "int64", **_int_high("grid_thw", {"inputs": [patches]}, {}, {}, 2, [2, 3])}
    assert BUILDERS["_tensor"](spec, {}).prod(dim=-1).sum().item() == 512


def test_spatial_shapes_are_a_grid_of_each_images_patches():
    """NaFlex (SigLIP 2): [batch, patches, features] with each image's (height, width) in patches."""
    patches = {"name": "pixel_values", "kind": "tensor", "shape": [2, 252, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}
    spec = {"shape": [2, 2], "roles": ["batch", "fixed"], "dtype": "int64", **_int_high("spatial_shapes", {"inputs": [patches]}, {}, {}, 2, [2, 2])}
    assert BUILDERS["_tensor"](spec, {"batch": 3}).tolist() == [[14, 18]] * 3


def test_part_lengths_and_group_ends_add_up_to_the_tokens():
    assert _drawn("lengths", [3]).tolist() == [170, 171, 171]
    assert _drawn("offs", [4]).tolist() == [128, 256, 384, 512]


def test_image_sizes_are_patch_grids_in_pixels_or_the_pixel_input_size():
    sizes = _drawn("image_sizes", [2, 2], {"vision_config": {"patch_size": 16}})
    assert (sizes % 16 == 0).all() and (sizes // 16).prod(dim=-1).sum().item() == 512
    pixels = {"name": "pixel_values", "kind": "tensor", "shape": [2, 3, 336, 448], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "float32"}
    spec = {"shape": [2, 2], "roles": ["batch", "fixed"], "dtype": "int64", **_int_high("image_sizes", {"inputs": [pixels]}, {}, {}, 2, [2, 2])}
    assert BUILDERS["_tensor"](spec, {}).tolist() == [[336, 448], [336, 448]]


def test_a_pixel_mask_selects_every_pixel():
    spec = _tensor({"shape": [2, 384, 384], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"}, "pixel_mask", {"inputs": []}, {}, {})
    assert (BUILDERS["_tensor"](spec, {"batch": 2}) == 1).all()


def test_boxes_have_ordered_corners_below_the_table_size():
    boxes = _drawn("bbox", [2, 50, 4], {"max_2d_position_embeddings": 1024})
    assert (boxes[..., 0] <= boxes[..., 2]).all() and (boxes[..., 1] <= boxes[..., 3]).all()
    assert boxes.max().item() < 1024


def test_relative_position_buckets_stay_below_the_bucket_count():
    assert _drawn("main_relative_position_buckets", [2, 9, 9], {"num_buckets": 32}).max().item() < 32


def test_lstm_sizes_come_from_its_weights():
    weights = {f"rnn.{kind}_l{layer}": ([2560, 640], "bfloat16") for kind in ("weight_ih", "weight_hh") for layer in (0, 1)}
    weights.update({f"rnn.{kind}_l{layer}": ([2560], "bfloat16") for kind in ("bias_ih", "bias_hh") for layer in (0, 1)})
    case = {"path": "rnn", "weights": weights, "inputs": [{"name": "input", "kind": "tensor", "shape": [2, 9, 640], "roles": ["batch", "seq", "fixed"]}]}
    init = _recurrent_init(case)
    lstm = nn.LSTM(*init.values())
    assert {k: tuple(v.shape) for k, v in lstm.named_parameters()} == {k[4:]: tuple(s) for k, (s, _) in weights.items()}
    assert lstm.batch_first and lstm.num_layers == 2


def test_a_float32_mix_that_reaches_bfloat16_weights_runs_in_float32():
    case = {
        "weights": {"proj.weight": ([8, 8], "bfloat16")},
        "inputs": [HIDDEN, {"name": "rotary", "kind": "tensor", "shape": [8], "dtype": "float32"}],
        "outputs": [[[512, 8], "float32"]],
    }
    assert _param_dtype(case) == ("float32", True)
    assert _param_dtype({**case, "outputs": [[[512, 8], "bfloat16"]]}) == ("bfloat16", False)


def test_expert_indices_reach_every_expert():
    torch.manual_seed(0)
    indices = _drawn("top_k_index", [1018, 6], {"num_local_experts": 256, "num_experts_per_tok": 6})
    assert indices.max().item() < 256 and indices.unique().numel() > 200


def test_a_container_built_from_starred_parts_is_left_out():
    from fastkernels.taskgen.cases import Unmapped, case_init
    from fastkernels.taskgen.upstream import interface

    sequential = interface("torch.nn.modules.container.Sequential")
    case = {"init": {}, "weights": {"0.weight": [[8, 8], "float32"]}, "qualname": sequential.qualname}
    with pytest.raises(Unmapped, match="container"):
        case_init(case, sequential, {}, {}, composite=True)


def test_a_composite_configs_reads_are_rebuilt_where_they_were_read():
    """DBRX's attention reads d_model from its config and rope_theta from an attention
    sub-config whose class lacks that field (the trace's config set it); the classes read are
    recorded sorted by name, so the parent is not the first."""
    near = "transformers.models.dbrx.modeling_dbrx"
    attention = {
        "architectures": ["dbrx"], "path": "blocks.0.norm_attn_norm.attn",
        "config_fields": {"attn_config": "<DbrxAttentionConfig>", "clip_qkv": 8.0, "d_model": 2048, "rope_theta": 500000.0},
        "config_class": ["DbrxAttentionConfig", "DbrxConfig"],
    }
    rebuilt = {"attn_config": {"clip_qkv": 8.0, "rope_theta": 500000.0}, "d_model": 2048}
    assert subtree_fields(attention, "DbrxConfig", {}, near) == rebuilt
    block = {**attention, "path": "blocks.0.norm_attn_norm", "config_fields": {"d_model": 2048}, "config_class": ["DbrxConfig"]}
    index = {"dbrx": [(attention["path"], attention)]}
    assert subtree_fields(block, "DbrxConfig", index, near) == rebuilt


def test_a_config_read_through_one_layers_view_is_rebuilt_with_that_layers_values():
    """DOTS.3 Note's vision routers are built from ``per_layer_config[i]`` (4 to 64 experts by
    depth): the rebuilt config holds the recorded layer's values for every layer, so that the
    router's constructor reads them instead of raising on a field that varies."""
    near = "transformers.models.dots3_note.modeling_dots3_note"
    fields = {"hidden_size": 1536, "num_experts_per_tok": 2, "num_local_experts": 12, "router_scaling_factor": 1.0}
    spec = rebuilt_config("Dots3NoteVisionConfig", fields, near, {})
    assert spec["fields"]["per_layer_config"] == {}
    from transformers.models.dots3_note.modeling_dots3_note import Dots3NoteVisionConfig, Dots3NoteVisionTopKRouter

    config = Dots3NoteVisionConfig(**spec["fields"])  # as the task's builder does
    assert Dots3NoteVisionTopKRouter(config).weight.shape[0] == 12
    assert "per_layer_config" not in rebuilt_config("LlamaConfig", {"hidden_size": 64}, "transformers.models.llama.modeling_llama", {})["fields"]


def test_a_patch_grid_counts_the_patches_of_a_stack_of_images_channels_first_or_last():
    """Inkling 2's pixels come as 2x2 blocks of 20-pixel patches, channels last: the grid
    counts 512 patches, not one per block."""
    def case(shape):
        return {"inputs": [{"name": "pixel_values", "kind": "tensor", "shape": shape, "roles": ["fixed"] * len(shape), "dtype": "bfloat16"}]}

    assert _patches_in_images(case([128, 40, 40, 3]), {"patch_size": 20}) == 512
    assert _patches_in_images(case([96, 3, 14, 14]), {"patch_size": 14, "num_channels": 3}) == 96
    assert _patches_in_images(case([512, 1176]), {"patch_size": 14}) is None  # flattened patches: one a row
    assert _patches_in_images(case([2, 3, 30, 30]), {"patch_size": 14}) is None  # no whole number of patches


def test_a_keyword_the_module_or_a_part_it_builds_indexes_in_its_kwargs_is_required():
    """Inkling 2's attention reads ``kwargs["position_ids"]`` and its decoder layer hands its
    kwargs on: neither can run from positional inputs; SDPA's ``kwargs.get("output_attentions")``
    has a default."""
    from fastkernels.taskgen.upstream import interface

    inkling = "transformers.models.inkling2.modeling_inkling2"
    assert _read_from_kwargs(interface(f"{inkling}.Inkling2FullAttention"), "position_ids")
    assert _read_from_kwargs(interface(f"{inkling}.Inkling2FullDecoderLayer"), "position_ids")
    assert not _read_from_kwargs(interface(f"{inkling}.Inkling2FullDecoderLayer"), "cu_seq_lens_q")
    assert not _read_from_kwargs(interface("transformers.integrations.sdpa_attention.sdpa_attention_forward"), "output_attentions")


def test_a_function_calling_a_sub_module_of_its_module_argument_is_unmapped():
    """Wav2Vec2-BERT's relative-key encoding calls ``module.distance_embedding(...)``: a
    stand-in module of flags and weights cannot answer that."""
    qualname = "transformers.models.wav2vec2_bert.modeling_wav2vec2_bert._apply_relative_key_position_encoding"
    read, called = _attribute_uses(qualname, "module")
    assert called == ("distance_embedding",) and "left_max_position_embeddings" in read
    case = {"qualname": qualname, "inputs": [], "path": "encoder.layers.0.self_attn"}
    with pytest.raises(Unmapped, match="distance_embedding"):
        _module_stand_in({"name": "module", "kind": "module"}, case)


def test_a_floating_input_that_carries_indices_is_left_out():
    """Kosmos-2.5's vision embeddings read each patch's row and column from the first two
    features of ``flattened_patches`` and look them up: random floats there index nothing."""
    from fastkernels.taskgen.cases import _inputs
    from fastkernels.taskgen.upstream import interface

    embeddings = interface("transformers.models.kosmos2_5.modeling_kosmos2_5.Kosmos2_5VisionEmbeddings")
    patches = {"name": "flattened_patches", "kind": "tensor", "shape": [2, 256, 770], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}
    with pytest.raises(Unmapped, match="row and column"):
        _inputs({"inputs": [patches]}, embeddings, {}, {}, {})


def test_random_ids_as_long_as_a_padded_input_would_count_positions_past_the_table():
    """Longformer pads 509 tokens to 512 with pad ids; random ids of that length count 512
    positions from pad_token_id + 1, past its 512-row table, where 509 stay inside."""
    from fastkernels.taskgen.cases import _positions_past_table
    from fastkernels.taskgen.upstream import interface

    embeddings = interface("transformers.models.longformer.modeling_longformer.LongformerEmbeddings")
    fields = {"max_position_embeddings": 512, "pad_token_id": 1}
    assert _positions_past_table(embeddings, {"shape": [2, 512]}, fields)
    assert not _positions_past_table(embeddings, {"shape": [2, 509]}, fields)
