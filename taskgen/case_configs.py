"""Config objects of a case, rebuilt from the fields read under its module (its own reads and
those of the modules built inside it), checked to build as the trace saw them."""

from __future__ import annotations

import contextlib
import importlib
import inspect
import json
import sys
from functools import lru_cache

from transformers.utils import logging as transformers_logging

from fastkernels.analyzer.trace.input_fields import SEQ


_DROPPED_FIELDS = ("name_or_path", "transformers_version", "architectures", "dtype", "torch_dtype", "use_cache")


class Unmapped(ValueError):
    """A case whose arguments the task's interface cannot take positionally."""


def subtree_fields(case: dict, config_class: str, index: dict, near: str) -> dict:
    """The config fields a module and the modules it builds read, its own reads winning: a
    block rebuilt from a config builds its attention from that config too."""
    arch, path = case["architectures"][0], case["path"]
    fields: dict = {}
    for other_path, other in index.get(arch, []):
        if other_path == path or not path or other_path.startswith(path + "."):
            fields = _merged(_read_fields(other, config_class, near), fields)  # the first read wins
    fields = _merged(fields, _read_fields(case, config_class, near))
    return {
        k: v for k, v in sorted(fields.items())
        if not k.startswith(("base_model_", "_")) and k not in _DROPPED_FIELDS
        and not (isinstance(v, str) and v.startswith("<") and v.endswith(">"))
    }


def _merged(earlier: dict, later: dict) -> dict:
    """`later` over `earlier`, sub-config fields merged one by one."""
    merged = dict(earlier)
    for key, value in later.items():
        both = isinstance(value, dict) and isinstance(merged.get(key), dict)
        merged[key] = {**merged[key], **value} if both else value
    return merged


def _read_fields(case: dict, config_class: str, near: str) -> dict:
    """The fields a recorded module read from a config of class `config_class` (the classes it
    read are sorted by name: the parent is not necessarily first)."""
    read = case.get("config_class", [])
    if read in ([config_class], []):
        return case.get("config_fields", {})
    if config_class in read:
        return _sub_config_fields(case["config_fields"], config_class, [c for c in read if c != config_class], near)
    return {}


def _sub_config_fields(fields: dict, parent: str, read_classes: list[str], near: str) -> dict:
    """A composite config's sub-config reads, each under its sub-config. A module built from a
    composite config (a projector between a vision tower and a text model) also reads its
    sub-configs' fields (``config.vision_config.image_size``); they are recorded flat, with the
    sub-configs read as ``"<SiglipVisionConfig>"``. A field only the parent class has is the
    parent's; a field the parent class lacks goes into the one read sub-config whose class has
    it (where two have it, or the parent and a sub-config, the flat record cannot say whose it
    is, and it is left out), so the rebuilt config fixes what the trace's did. A field no
    default has was set on the trace's config beyond its class's fields (DBRX's attention
    sub-config lacks the rope_theta its module reads); it goes into the read sub-config when
    there is only one. Where the parent cannot take them so (a backbone config that needs its
    model type), none is placed."""
    try:
        parent_class = config_class(parent, near)
        parent_default = parent_class()
        subs = {
            key: config_class(value[1:-1], near)()
            for key, value in sorted(fields.items())
            if isinstance(value, str) and value.startswith("<") and value[1:-1] in read_classes
        }
    except Exception:  # a config that cannot build by default: its fields stay out, as before
        return {}
    placed: dict = {}
    for key, value in sorted(fields.items()):
        if key in subs or (isinstance(value, str) and value.startswith("<") and value.endswith(">")):
            continue  # a sub-config read as a whole, not a field
        homes = [sub for sub, default in subs.items() if hasattr(default, key)]
        if hasattr(parent_default, key):
            if not homes and not _derived(parent_class, key):
                placed[key] = value
        elif len(homes or subs) == 1:
            placed.setdefault((homes or list(subs))[0], {})[key] = value
    try:
        parent_class(**placed)
    except Exception:
        return {}
    return placed


def fields_as_run(fields: dict, class_name: str, near: str) -> dict:
    """The fields as the traced forward saw them, where a model rewrites its modules' config
    before running them: BigBird-style models switch block-sparse attention to full attention
    when the sequence is no longer than the tokens block-sparse attends to, which the traced
    length (509) is, so the module ran (and the task is) full attention."""
    if fields.get("attention_type") != "block_sparse":
        return fields
    default = config_class(class_name, near)()
    block = fields.get("block_size", default.block_size)
    random_blocks = fields.get("num_random_blocks", default.num_random_blocks)
    if SEQ <= (5 + 2 * random_blocks) * block:
        return {**fields, "attention_type": "original_full"}
    return fields


@lru_cache(maxsize=None)
def _attn_implementation(module_name: str) -> str:
    """The attention a rebuilt config asks for: sdpa where the family's pretrained-model base
    supports it, else eager, as the tracer chose. Forcing sdpa fails where a family has none
    (GPT-Neo) or where sdpa cannot compute what was traced (Gemma 2's softcapping)."""
    from transformers import PreTrainedModel

    module = importlib.import_module(module_name)
    bases = [
        value for name, value in vars(module).items()
        if name.endswith("PreTrainedModel") and inspect.isclass(value) and issubclass(value, PreTrainedModel)
        and value.__module__ == module_name
    ]
    return "eager" if bases and not all(getattr(base, "_supports_sdpa", False) for base in bases) else "sdpa"


def config_class(name: str, near: str) -> type:
    """A config class by name: from the interface's module, transformers, or a loaded module."""
    candidates = [sys.modules.get(near)]
    try:
        candidates.append(importlib.import_module("transformers"))
    except ImportError:
        pass
    for module in candidates:
        try:
            found = getattr(module, name, None) if module else None
        except Exception:  # transformers' lazy module raises on optional backends
            found = None
        if inspect.isclass(found):
            return found
    for module_name, module in sorted(sys.modules.items()):
        if module_name.startswith("transformers.models.") and inspect.isclass(getattr(module, name, None)):
            return getattr(module, name)
    raise Unmapped(f"config class {name} not found")


def rebuilt_config(class_name: str, fields: dict, near: str, classes: dict) -> dict:
    """A case's config argument as its task writes it: the class and the fields that build it
    (those the class derives itself left out), with the attention the tracer chose; `classes`
    gets the module the task imports the class from. Raises ``Unmapped`` where the class does
    not build from these fields."""
    fields = {**fields, "attn_implementation": _attn_implementation(near)}
    if _varies_per_layer(class_name, json.dumps(fields, sort_keys=True), near):
        fields["per_layer_config"] = {}
    module, failure, derived = _config_check(class_name, json.dumps(fields, sort_keys=True), near)
    if failure:
        raise Unmapped(failure)
    classes[class_name] = module
    return {"config_class": class_name, "fields": {k: v for k, v in fields.items() if k not in derived}}


@lru_cache(maxsize=None)
def _varies_per_layer(class_name: str, fields_json: str, near: str) -> bool:
    """Whether the config these fields build varies per layer in a field the module read.
    Such a module was built from one layer's view of its config (``per_layer_config[i]``:
    DOTS.3 Note's routers, 4 to 64 experts by depth) and read that layer's values; a config
    built from them keeps the class's default layer overrides, and reading a field that
    varies raises. ``per_layer_config={}`` (no layer overrides the fields) holds the layer's
    values for every layer."""
    fields = json.loads(fields_json)
    try:
        with quiet_config_builds():
            config = config_class(class_name, near)(**fields)
    except Exception:  # _config_check says why
        return False
    spec = config.__dict__.get("_heterogeneity_spec")
    return spec is not None and bool(spec.per_layer_attributes & fields.keys())


@lru_cache(maxsize=None)
def _config_check(class_name: str, fields_json: str, near: str) -> tuple[str, str | None, frozenset]:
    """(module of the class, None, derived fields) when ``Class(**fields)`` builds once the
    fields it derives itself (read-only properties) are left out; else ("", why not, ...)."""
    try:
        cls = config_class(class_name, near)
    except Unmapped as error:
        return "", str(error), frozenset()
    fields = json.loads(fields_json)
    derived = frozenset(k for k in fields if _derived(cls, k))
    with quiet_config_builds():
        try:
            cls(**{k: v for k, v in fields.items() if k not in derived})
        except Exception as error:
            return "", f"{class_name}(**fields) fails: {type(error).__name__}: {str(error).splitlines()[0][:80] if str(error) else ''}", derived
    return cls.__module__, None, derived


def _derived(cls: type, field: str) -> bool:
    """Whether a config class computes `field` itself (a read-only property): it cannot be passed."""
    attribute = getattr(cls, field, None)
    return isinstance(attribute, property) and attribute.fset is None


@lru_cache(maxsize=None)
def fields_as_built(class_name: str, fields_json: str, near: str) -> dict:
    """Every field of the config a task builds, sub-configs as dicts: the rules that draw valid
    inputs read the values the module will see, class defaults included (an image's patch size
    that the projector itself never read)."""
    with quiet_config_builds():
        return config_class(class_name, near)(**json.loads(fields_json)).to_dict()


@contextlib.contextmanager
def quiet_config_builds():
    """The generator's own config builds are not the user's concern: transformers' warnings off."""
    verbosity = transformers_logging.get_verbosity()
    transformers_logging.set_verbosity(transformers_logging.CRITICAL)
    try:
        yield
    finally:
        transformers_logging.set_verbosity(verbosity)
