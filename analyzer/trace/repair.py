"""Generic repairs for default configs that cannot build their own model.

Some config classes ship defaults their model rejects: ``head_dim`` left ``None`` where the
attention reads it as a number, a tuple where the model concatenates a list. Each rule here
fills such a field the way the config's own documentation (or a config loaded from its saved
JSON) defines it, so that no architecture needs a recipe for it. Repairs run only after the
default config failed to build, so every model that builds from its defaults keeps them;
the record lists what was repaired.
"""

from __future__ import annotations

from fastkernels.analyzer.trace.configs import all_configs


def _unset_attention_shape(config) -> list[str]:
    """Documented defaults of attention fields left ``None``: ``head_dim`` is
    ``hidden_size // num_attention_heads``, and without ``num_key_value_heads`` every query
    head has its own key/value head."""
    fields = vars(config)
    heads = getattr(config, "num_attention_heads", None)
    if not isinstance(heads, int) or heads <= 0:
        return []
    changed = []
    if "num_key_value_heads" in fields and fields["num_key_value_heads"] is None:
        config.num_key_value_heads = heads
        changed.append(f"{type(config).__name__}.num_key_value_heads={heads}")
    width = getattr(config, "hidden_size", None)
    if "head_dim" in fields and fields["head_dim"] is None and isinstance(width, int):
        config.head_dim = width // heads
        changed.append(f"{type(config).__name__}.head_dim={config.head_dim}")
    return changed


def _unset_layer_types(config) -> list[str]:
    """``layer_types`` left ``None`` where the model indexes it per layer: every layer full
    attention, what the configs that fill it themselves default to."""
    layers = getattr(config, "num_hidden_layers", None)
    if "layer_types" not in vars(config) or config.layer_types is not None or not isinstance(layers, int):
        return []
    config.layer_types = ["full_attention"] * layers
    return [f"{type(config).__name__}.layer_types=full_attention*{layers}"]


def _tuples_to_lists(config) -> list[str]:
    """A config read back from its JSON has lists where the class default is a tuple."""
    changed = []
    for name, value in list(vars(config).items()):
        if isinstance(value, tuple) and not name.startswith("_"):
            setattr(config, name, list(value))
            changed.append(f"{type(config).__name__}.{name}=list")
    return changed


def _missing_field(config, name: str) -> str | None:
    """A field the model reads but the config class never defines, where its meaning fixes
    the value: a dropout or layer-drop probability (no effect on inference) is 0, and grouped-query
    attention without a key/value head count is multi-head attention."""
    if hasattr(config, name):
        return None
    if "dropout" in name or name.endswith("layerdrop"):
        value = 0.0
    elif name == "num_key_value_heads" and isinstance(getattr(config, "num_attention_heads", None), int):
        value = config.num_attention_heads
    else:
        return None
    setattr(config, name, value)
    return f"{type(config).__name__}.{name}={value}"


def repair(config, errors: list[BaseException]) -> list[str]:
    """Apply every rule to the config and its sub-configs, in place; ``errors`` are what
    building it raised so far (an ``AttributeError`` names the field it lacked). Returns
    what changed."""
    changed = []
    for current in all_configs(config):
        changed.extend(_unset_attention_shape(current))
        changed.extend(_unset_layer_types(current))
        changed.extend(_tuples_to_lists(current))
        for error in errors:
            if isinstance(error, AttributeError) and type(error.obj) is type(current) and error.name:
                missing = _missing_field(current, error.name)
                if missing:
                    changed.append(missing)
    return changed
