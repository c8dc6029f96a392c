"""Which causal LMs the engine serves, and the one-line reason for each it does not.

The test is read from the config and the modeling file's text, without building anything,
so listing every causal LM of the registry costs seconds. A model is served when its
attention goes through transformers' attention interface (where the paged function is
registered) with one cache per layer: full or sliding-window attention, optionally with
softcapping or sinks, and keys and values of one head size.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache

from transformers import PretrainedConfig
from transformers.models.auto.modeling_auto import MODEL_FOR_CAUSAL_LM_MAPPING_NAMES

SERVED_LAYER_TYPES = {"full_attention", "sliding_attention"}
# Compared token for token with HF generate in the test suite (tiny configs, CPU); the other
# served architectures pass the rules below but are not compared.
TESTED = ("llama", "qwen3", "mistral", "phi3", "gemma2", "gemma3", "mixtral", "qwen3_moe", "gpt_oss")


@lru_cache(maxsize=None)
def _modeling_source(model_type: str) -> str:
    from transformers.models.auto.configuration_auto import SPECIAL_MODEL_TYPE_TO_MODULE_NAME

    module = SPECIAL_MODEL_TYPE_TO_MODULE_NAME.get(model_type, model_type.replace("-", "_"))
    spec = importlib.util.find_spec(f"transformers.models.{module}.modeling_{module}")
    if spec is None or spec.origin is None:
        return ""
    with open(spec.origin) as handle:
        return handle.read()


def text_config(config: PretrainedConfig) -> PretrainedConfig:
    """The decoder's config: a multimodal wrapper (gemma3) serves its text model."""
    inner = getattr(config, "text_config", None)
    if inner is not None and getattr(inner, "model_type", None) in MODEL_FOR_CAUSAL_LM_MAPPING_NAMES:
        return inner
    return config


def unsupported_reason(config: PretrainedConfig) -> str | None:
    """None when the engine serves this config, else why not (one line)."""
    if getattr(config, "is_encoder_decoder", False):
        return "encoder-decoder: the engine serves decoder-only models"
    layer_types = set(getattr(config, "layer_types", None) or ())
    other = sorted(layer_types - SERVED_LAYER_TYPES)
    if other:
        return f"{', '.join(other)} layers: the paged cache serves full and sliding-window attention layers only"
    if getattr(config, "attention_chunk_size", None):
        return "chunked local attention is not implemented by the paged kernels"
    if getattr(config, "alibi", False) or getattr(config, "use_alibi", False):
        return "ALiBi position bias is not implemented by the paged kernels"
    if getattr(config, "v_head_dim", None) and getattr(config, "qk_head_dim", config.v_head_dim) != config.v_head_dim:
        return "keys and values of different head sizes (MLA) are not implemented by the paged kernels"
    source = _modeling_source(config.model_type)
    if "ALL_ATTENTION_FUNCTIONS" not in source:
        return "its attention does not go through transformers' attention interface (SSM, RNN or fixed kernel)"
    if "self.layer_idx" not in source:
        return "its attention modules carry no layer_idx to pick a cache layer"
    return None


def causal_lm_support() -> list[tuple[str, str | None]]:
    """Every decoder-only causal LM architecture of the registry with its reason (None: served)."""
    from transformers.models.auto.configuration_auto import CONFIG_MAPPING

    from fastkernels.analyzer.trace.registry import load_registry

    registry = load_registry()
    rows = []
    for model_type in sorted(MODEL_FOR_CAUSAL_LM_MAPPING_NAMES):
        if model_type not in registry:
            continue
        try:
            config = text_config(CONFIG_MAPPING[model_type]())
        except Exception as error:  # a default config that upstream cannot build is a reason too
            rows.append((model_type, f"its default config does not build ({type(error).__name__})"))
            continue
        rows.append((model_type, unsupported_reason(config)))
    return rows
