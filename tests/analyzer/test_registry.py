"""The registry: counting rule, classes to trace, categories."""

from __future__ import annotations

import pytest

from fastkernels.analyzer.trace.categories import CATEGORIES, OVERRIDES
from fastkernels.analyzer.trace.registry import UnknownArchitecture, excluded_model_types, load_registry, resolve


def test_counting_rule_excludes_sub_parts_and_aliases():
    registry = load_registry()
    excluded = excluded_model_types()
    assert "clip" in registry and "clip_text_model" not in registry
    assert excluded["clip_text_model"].startswith("sub-part of clip")
    assert "llama" in registry and "exaone" not in registry
    assert excluded["exaone"].startswith("alias of llama")
    assert not set(registry) & set(excluded)


def test_base_model_first_else_most_basic_head():
    registry = load_registry()
    assert registry["llama"].model_class == "LlamaModel"
    assert registry["trocr"].model_class == "TrOCRForCausalLM"


def test_every_architecture_has_one_of_the_eight_categories():
    registry = load_registry()
    assert {a.category for a in registry.values()} <= set(CATEGORIES)
    assert len(OVERRIDES) <= 10


@pytest.mark.parametrize(
    "name, category",
    [
        ("llama", "Dense & MoE LLMs"),
        ("mixtral", "Dense & MoE LLMs"),
        ("mamba2", "Linear attention & new architectures"),
        ("qwen2_vl", "Multimodal & encoders"),
        ("whisper", "Vision/video/audio"),
        ("detr", "Edge & detection"),
        ("bert", "Recommendation & specialized"),
        ("vjepa2", "World models"),
    ],
)
def test_rules_place_known_families(name, category):
    assert load_registry()[name].category == category


def test_unknown_name_is_a_one_line_error_with_suggestions():
    with pytest.raises(UnknownArchitecture, match="did you mean llama"):
        resolve(["lama"])
