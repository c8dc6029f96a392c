"""Walking a composite config: a VLM's config holds a text, a vision and an audio config,
and those may hold more (a codec's encoder, an ASR config inside an audio one)."""

from __future__ import annotations


def is_config(value) -> bool:
    """Whether ``value`` is a (sub-)config object rather than a field's value."""
    return hasattr(value, "to_dict") and hasattr(value, "model_type")


def all_configs(config) -> list:
    """The config and every sub-config under it, each once, the config first."""
    found, stack, seen = [], [config], set()
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        found.append(current)
        stack.extend(value for value in vars(current).values() if is_config(value))
    return found


def config_for(model_class: type, config):
    """The config ``model_class`` is built from: ``config``, or where the class declares another
    config class, the sub-config of that class (MusicGen's base model is its decoder alone,
    built from the decoder's config, not the composite one of the text encoder and codec)."""
    wanted = getattr(model_class, "config_class", None)
    if wanted is None or isinstance(config, wanted):
        return config
    return next((sub for sub in all_configs(config) if isinstance(sub, wanted)), config)
