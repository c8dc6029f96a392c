"""Generic repairs of default configs that cannot build their own model."""

from __future__ import annotations

import transformers

from fastkernels.analyzer.trace.repair import repair


def test_unset_head_dim_becomes_width_over_heads():
    config = transformers.MinistralConfig()
    assert config.head_dim is None
    changed = repair(config, [])
    assert config.head_dim == config.hidden_size // config.num_attention_heads
    assert any("head_dim" in c for c in changed)


def test_tuple_defaults_become_lists_as_in_a_saved_config():
    config = transformers.VitMatteConfig(use_timm_backbone=False)
    repair(config, [])
    assert isinstance(config.fusion_hidden_sizes, list)


def test_a_config_that_builds_needs_no_repair():
    assert repair(transformers.LlamaConfig(), []) == []


def test_a_field_the_model_lacked_is_filled_from_its_meaning():
    config = transformers.MoonshineStreamingConfig()
    lacking = AttributeError("no num_key_value_heads", name="num_key_value_heads", obj=config)
    assert repair(config, [lacking]) == [f"MoonshineStreamingConfig.num_key_value_heads={config.num_attention_heads}"]
