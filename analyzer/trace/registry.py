"""Every architecture of the installed transformers, counted by one stated rule.

Counting rule: an architecture is a ``model_type`` of ``CONFIG_MAPPING_NAMES`` that has a
model class of its own (a base model, else a head model) and is neither a sub-part of
another architecture (``clip_text_model`` lives in ``clip``'s module) nor an alias of one
(``exaone`` builds ``LlamaModel``, whose module is ``llama``).

Everything here is read from upstream metadata (the auto-class mappings and the config
classes) without importing any modeling file, so the registry costs seconds.
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache

from fastkernels.analyzer.trace import categories

_EXCLUDED_MAPPINGS = {"CONFIG_MAPPING_NAMES", "MODEL_MAPPING_NAMES"}


@dataclasses.dataclass(frozen=True)
class Architecture:
    """One architecture: what to build and how it is classified."""

    name: str
    config_class: str
    model_class: str
    module: str
    tasks: tuple[str, ...]
    modality: str
    category: str
    category_reason: str

    def to_json(self) -> dict:
        return dataclasses.asdict(self)


def _auto_modules():
    from transformers.models.auto import configuration_auto, modeling_auto

    return configuration_auto, modeling_auto


def head_mappings() -> dict[str, list[tuple[str, str]]]:
    """model_type -> [(task mapping name, head class)] over every auto head mapping."""
    _, modeling_auto = _auto_modules()
    heads: dict[str, list[tuple[str, str]]] = {}
    for mapping_name in sorted(dir(modeling_auto)):
        if not mapping_name.endswith("_MAPPING_NAMES") or mapping_name in _EXCLUDED_MAPPINGS:
            continue
        task = mapping_name.removeprefix("MODEL_FOR_").removesuffix("_MAPPING_NAMES").lower()
        for model_type, cls in getattr(modeling_auto, mapping_name).items():
            cls = cls if isinstance(cls, str) else cls[0]
            heads.setdefault(model_type, []).append((task, cls))
    return heads


def _module_of(model_type: str) -> str:
    configuration_auto, _ = _auto_modules()
    special = configuration_auto.SPECIAL_MODEL_TYPE_TO_MODULE_NAME
    return special.get(model_type, model_type.replace("-", "_"))


def _most_basic_head(heads: list[tuple[str, str]]) -> str:
    """The head class that adds the least on top of the backbone: fewest words, then name."""
    return min((cls for _, cls in heads), key=lambda cls: (len(cls), cls))


def model_class_names() -> dict[str, str]:
    """model_type -> the class to trace, for every model type with a model class."""
    configuration_auto, modeling_auto = _auto_modules()
    heads = head_mappings()
    chosen = {}
    for model_type in configuration_auto.CONFIG_MAPPING_NAMES:
        base = modeling_auto.MODEL_MAPPING_NAMES.get(model_type)
        if base is not None:
            chosen[model_type] = base if isinstance(base, str) else base[0]
        elif model_type in heads:
            chosen[model_type] = _most_basic_head(heads[model_type])
    return chosen


def excluded_model_types() -> dict[str, str]:
    """model_type -> why it is not counted (sub-part or alias), for the counting rule."""
    classes = model_class_names()
    own_module = {mt: _module_of(mt) for mt in classes}
    module_owner = {}
    for model_type in sorted(classes):
        if own_module[model_type] == model_type.replace("-", "_"):
            module_owner.setdefault(own_module[model_type], model_type)
    excluded = {}
    for model_type in sorted(classes):
        owner = module_owner.get(own_module[model_type])
        if owner is not None and owner != model_type:
            excluded[model_type] = f"sub-part of {owner}"
    by_class: dict[str, list[str]] = {}
    for model_type in sorted(classes):
        if model_type not in excluded:
            by_class.setdefault(classes[model_type], []).append(model_type)
    for cls, model_types in by_class.items():
        if len(model_types) < 2:
            continue
        owner = _class_owner(cls, model_types)
        for model_type in model_types:
            if model_type != owner:
                excluded[model_type] = f"alias of {owner} (builds {cls})"
    return excluded


def _class_owner(cls: str, model_types: list[str]) -> str:
    """Among model types sharing a class, the one whose module defines it."""
    import transformers

    module = getattr(transformers, cls).__module__.split(".")[-2]
    for model_type in model_types:
        if _module_of(model_type) == module:
            return model_type
    return model_types[0]


@lru_cache(maxsize=1)
def load_registry() -> dict[str, Architecture]:
    """Every counted architecture, by name, in a stable (sorted) order.

    Building it instantiates every default config (about 10 s), so it is cached per
    transformers version and analyzer revision.
    """
    import json

    from fastkernels.analyzer.trace import cache

    path = cache.cache_dir() / "registry" / f"{cache.cache_key('')[:16]}.json"
    try:
        return {name: Architecture(**{**a, "tasks": tuple(a["tasks"])}) for name, a in json.loads(path.read_text()).items()}
    except (OSError, ValueError, TypeError):
        pass
    registry = _build_registry()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({n: a.to_json() for n, a in registry.items()}, sort_keys=True))
    except OSError:
        pass  # a read-only cache only costs the rebuild
    return registry


def _build_registry() -> dict[str, Architecture]:
    configuration_auto, _ = _auto_modules()
    classes = model_class_names()
    excluded = excluded_model_types()
    heads = head_mappings()
    registry = {}
    for model_type in sorted(classes):
        if model_type in excluded:
            continue
        tasks = tuple(sorted({task for task, _ in heads.get(model_type, [])}))
        config_class = configuration_auto.CONFIG_MAPPING_NAMES[model_type]
        config_fields = categories.default_config_fields(model_type)
        modality = categories.modality(tasks, config_fields)
        category, reason = categories.category(model_type, tasks, modality, config_fields)
        registry[model_type] = Architecture(
            name=model_type,
            config_class=config_class,
            model_class=classes[model_type],
            module=_module_of(model_type),
            tasks=tasks,
            modality=modality,
            category=category,
            category_reason=reason,
        )
    return registry


class UnknownArchitecture(ValueError):
    """An architecture name that the installed transformers does not ship."""


def resolve(names: list[str]) -> list[Architecture]:
    """Look names up, failing with a hint that names the closest architectures."""
    import difflib

    registry = load_registry()
    found = []
    for name in names:
        if name in registry:
            found.append(registry[name])
            continue
        excluded = excluded_model_types().get(name)
        if excluded:
            raise UnknownArchitecture(f"{name!r} is not counted as an architecture ({excluded}); trace that one instead")
        close = difflib.get_close_matches(name, list(registry), n=3)
        hint = f" — did you mean {', '.join(close)}?" if close else ""
        raise UnknownArchitecture(
            f"unknown architecture {name!r}{hint} (`fk-analyze list` shows all {len(registry)})"
        )
    return found
