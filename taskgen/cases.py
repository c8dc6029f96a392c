"""Real cases of a kernel, mapped onto its task's single upstream interface.

A traced case records the constructor arguments, the config fields each module read while
it was built, and every forward argument by kind. A case *maps* onto the interface when the
interface's constructor and forward accept those arguments positionally (the bench calls
``Model(*get_init_inputs())`` and ``model(*get_inputs())``); the rest are listed as unmapped,
with the reason.

Config objects are rebuilt from the fields read under the module (its own reads and those
of the modules built inside it, since reads are attributed to the innermost module). The
trace used the config class's defaults, so the fields left out take the values they had.
"""

from __future__ import annotations

import ast
import contextlib
import importlib
import inspect
import json
import math
import re
import sys
import textwrap
from dataclasses import dataclass, field
from functools import lru_cache

import torch
from torch import nn
from transformers.utils import logging as transformers_logging

from fastkernels.analyzer.inputs import SEQ
from fastkernels.taskgen import producers
from fastkernels.taskgen.upstream import Interface, interface, resolve

FIT_BYTES = 8 * 2**30  # the default case is the most common one whose tensors fit in 8 GB
_LITERAL_KINDS = {"int", "float", "flag", "str", "none", "list"}
_DROPPED_FIELDS = ("name_or_path", "transformers_version", "architectures", "dtype", "torch_dtype", "use_cache")
_EXPERT_COUNT_FIELDS = ("num_local_experts", "num_experts", "n_routed_experts", "moe_num_experts", "num_routed_experts")
_TOKEN_NAMES = ("input_ids", "decoder_input_ids", "input")
_FLOATING = {"float16", "bfloat16", "float32", "float64", "complex64", "complex128"}


class Unmapped(ValueError):
    """A case whose arguments the task's interface cannot take positionally."""


@dataclass
class MappedCases:
    cases: list[dict]  # as emitted into CASES, the default first
    unmapped: list[dict]  # {"qualname", "architectures", "reason"}
    config_classes: dict[str, str]  # class name -> module to import it from
    producers: list[dict] = field(default_factory=list)  # calls that make inputs (`producers`)


def subtree_fields_index(exact_kernels: dict) -> dict[str, list[tuple[str, dict]]]:
    """Architecture -> (module path, a case recorded there), sorted: where config reads are found."""
    found: dict[tuple[str, str], dict] = {}
    for kernel_id in sorted(exact_kernels):
        for case in exact_kernels[kernel_id].cases:
            if case.get("config_fields") and case.get("architectures"):
                found.setdefault((case["architectures"][0], case["path"]), case)
    index: dict[str, list[tuple[str, dict]]] = {}
    for (arch, path), case in sorted(found.items()):
        index.setdefault(arch, []).append((path, case))
    return index


def _subtree_fields(case: dict, config_class: str, index: dict, near: str) -> dict:
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


def _as_run(fields: dict, class_name: str, near: str) -> dict:
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


def _rebuilt_config(class_name: str, fields: dict, near: str, classes: dict) -> dict:
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
def _as_built(class_name: str, fields_json: str, near: str) -> dict:
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


def _init(case: dict, interface: Interface, index: dict, classes: dict, composite: bool = False) -> dict:
    """Constructor arguments in order; `composite`: the kernel is built from child kernels."""
    if interface.kind == "function":
        return {}
    if issubclass(resolve(interface.qualname), (torch.nn.LSTM, torch.nn.GRU)):
        return _recurrent_init(case)
    parameters = _parameters(interface, "__init__")
    takes_parts = any(p.kind == p.VAR_POSITIONAL for p in parameters.values())
    if takes_parts and not case.get("init") and (composite or case.get("weights")):
        # nn.Sequential(*modules): rebuilt with no arguments it is an empty container, whose
        # forward returns its input, a task that computes nothing
        raise Unmapped("its parts are constructor *args (a container), which the trace does not record")
    names = [n for n, p in parameters.items() if n != "self" and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    recorded = case.get("init", {})
    init: dict = {}
    for name, spec in recorded.items():
        if name not in parameters:
            raise Unmapped(f"constructor argument {name!r} is not in {interface.name}.__init__")
        parameter = parameters[name]
        if spec["kind"] == "config":
            if case["qualname"] != interface.qualname:
                # another class reads other fields of its own config class
                raise Unmapped(f"built by {case['qualname'].rsplit('.', 1)[-1]} from a {spec['type']}")
            fields = _subtree_fields(case, spec["type"], index, interface.module)
            value = _rebuilt_config(spec["type"], _as_run(fields, spec["type"], interface.module), interface.module, classes)
        elif spec["kind"] in _LITERAL_KINDS:
            value = spec.get("value")
        elif spec["kind"] == "object" and spec.get("type") in ("dtype", "device") and parameter.default is None:
            value = None  # the bench moves the module to the case's device and dtype
        else:
            raise Unmapped(f"constructor argument {name!r} is a {spec['kind']}")
        if name not in names:
            if parameter.default is inspect.Parameter.empty or parameter.default != value:
                raise Unmapped(f"keyword-only constructor argument {name!r} differs from its default")
            continue
        init[name] = value
    ordered = {}
    for name in names:
        if name in init:
            ordered[name] = init[name]
        elif any(n in init for n in names[names.index(name) + 1 :]) or parameters[name].default is inspect.Parameter.empty:
            default = parameters[name].default
            if default is inspect.Parameter.empty or not isinstance(default, (int, float, str, bool, type(None))):
                raise Unmapped(f"constructor argument {name!r} was not recorded")
            ordered[name] = default
    return ordered


def _recurrent_init(case: dict) -> dict:
    """torch's LSTM and GRU take their sizes through ``*args``, which the trace cannot name; the
    weights it recorded fix them, in RNNBase's order after the mode (dropout is inert in eval)."""
    prefix = f"{case['path']}." if case.get("path") else ""
    shapes = {path[len(prefix):]: shape for path, (shape, _) in case.get("weights", {}).items() if path.startswith(prefix)}
    if "weight_ih_l0" not in shapes:
        raise Unmapped("recurrent module without recorded weights")
    projection = shapes.get("weight_hr_l0")
    first = next(spec for spec in case["inputs"] if spec["kind"] == "tensor")
    return {
        "input_size": shapes["weight_ih_l0"][1],
        "hidden_size": projection[1] if projection else shapes["weight_hh_l0"][1],
        "num_layers": sum(1 for name in shapes if name.startswith("weight_ih_l") and not name.endswith("_reverse")),
        "bias": "bias_ih_l0" in shapes,
        "batch_first": len(first["shape"]) == 3 and first["roles"][0] == "batch",
        "dropout": 0.0,
        "bidirectional": "weight_ih_l0_reverse" in shapes,
        "proj_size": projection[0] if projection else 0,
    }


@lru_cache(maxsize=None)
def _signature_of(obj) -> inspect.Signature:
    return inspect.signature(obj)


def _parameters(interface: Interface, method: str):
    obj = resolve(interface.qualname)
    if interface.kind == "function":
        return _signature_of(obj).parameters
    return _signature_of(getattr(obj, method)).parameters


def _int_high(name: str, case: dict, fields: dict, init: dict, size: int | str, shape: list) -> dict:
    """Valid values for an integer tensor: token ids below the vocabulary, masks all ones,
    relative-position buckets below the bucket count; cumulative sequence lengths (``cu_seqlens``),
    per-part lengths, grouped-GEMM group ends (``offs``), patch grids (``grid_thw``) and image
    sizes that partition the case's tokens; per-image patch grids (``spatial_shapes``) of exactly
    each image's patches; boxes with x0 <= x1, y0 <= y1; expert indices below the expert count."""
    if "mask" in name:
        return {"fill": 1}
    if name in _TOKEN_NAMES:
        vocab = init.get("num_embeddings") or fields.get("vocab_size")
        if isinstance(vocab, int):
            return {"high": vocab}
    if "token_type" in name:
        return {"high": int(fields.get("type_vocab_size") or 2)}
    tokens = _tokens(case)
    if tokens is not None:  # what lengths, group ends, grids and sizes partition
        if name.startswith("cu_seqlens") and len(shape) == 1:
            return {"draw": "cumulative", "total": tokens}
        if name in ("lengths", "seq_lens", "seqlens") and len(shape) == 1:
            return {"draw": "segments", "total": tokens}
        if name in ("offs", "offsets") and len(shape) == 1:
            return {"draw": "ends", "total": tokens}
        if name.endswith(("grid_thw", "image_shapes")) and len(shape) == 2 and shape[1] == 3:
            return {"draw": "grid", "total": _patches_in_images(case, fields) or tokens}
        if name == "image_sizes" and len(shape) == 2 and shape[1] == 2:
            return _image_sizes(case, fields, tokens)
    if name.endswith("spatial_shapes") and len(shape) == 2 and shape[1] == 2:
        patches = _patches_per_image(case)
        if patches:
            return {"draw": "rows", "row": _grid_side(patches)}
    if "box" in name and shape[-1:] == [4]:
        return {"draw": "boxes", "high": int(fields.get("max_2d_position_embeddings") or 2)}
    buckets = next((v for k, v in sorted(fields.items()) if k.endswith("num_buckets") and isinstance(v, int)), None)
    if "bucket" in name and buckets:
        return {"high": buckets}
    experts = next((fields[k] for k in _EXPERT_COUNT_FIELDS if isinstance(fields.get(k), int)), None)
    if experts and (name == "top_k_index" or any(word in name for word in ("expert", "router"))):
        return {"high": experts}  # a router's choice: every expert gets tokens, as in production
    if "position" in name:
        return {"high": size}
    return {"high": 2}


def _image_sizes(case: dict, fields: dict, tokens: int | str) -> dict:
    """(height, width) in pixels per image: the pixel input's own size where the case has one,
    else a patch grid that covers the features' tokens, times the patch size."""
    pixels = next((s for s in case["inputs"] if s["kind"] == "tensor" and s["dtype"] in _FLOATING and len(s["shape"]) >= 4), None)
    if pixels:
        return {"draw": "rows", "row": pixels["shape"][-2:]}
    nested = [fields, *(v for _, v in sorted(fields.items()) if isinstance(v, dict))]
    patch = next((f["patch_size"] for f in nested if isinstance(f.get("patch_size"), int)), 1)
    return {"draw": "grid", "total": tokens, "scale": patch}


def _patches_in_images(case: dict, fields: dict) -> int | None:
    """The patches a stack of images holds, channels first or last, where the config names the
    patch size: what a patch grid counts. Inkling 2's pixels come as [128, 40, 40, 3], each a
    2x2 block of 20-pixel patches: 512 patches, where one token per image would count 128."""
    spec = _first_floating(case)
    patch, channels = fields.get("patch_size"), fields.get("num_channels", 3)
    if spec is None or len(spec["shape"]) < 4 or not isinstance(patch, int) or not isinstance(channels, int):
        return None
    shape = spec["shape"]
    if channels not in (shape[1], shape[-1]) or any(not isinstance(size, int) for size in shape):
        return None
    pixels = math.prod(shape) // channels
    return pixels // patch**2 if pixels % patch**2 == 0 else None


def _first_floating(case: dict) -> dict | None:
    """The case's first floating tensor input: the activations whose tokens other inputs index."""
    return next((s for s in case["inputs"] if s["kind"] == "tensor" and s["dtype"] in _FLOATING), None)


def _patches_per_image(case: dict) -> int | None:
    """Patches per image where the case's first floating input is [batch, patches, features]
    (NaFlex's padded patch sequences), else None."""
    spec = _first_floating(case)
    if spec and len(spec["shape"]) == 3 and spec["roles"][0] == "batch" and spec["roles"][1] == "fixed":
        return spec["shape"][1]
    return None


def _grid_side(patches: int) -> list[int]:
    """(height, width) of the squarest grid of exactly `patches` patches."""
    height = next(h for h in range(math.isqrt(patches), 0, -1) if patches % h == 0)
    return [height, patches // height]


def _tokens(case: dict) -> int | str | None:
    """The token count of the case's first floating tensor (all dims but the feature one, or
    but the channels and pixels of a stack of patch images): what cumulative lengths and patch
    grids partition; named by its role when it varies. None when the case has no floating
    tensor (a rope index computed from token ids alone)."""
    spec = _first_floating(case)
    if spec is None:
        return None
    # A stack of (patch) images, channels first, is one token per image; else one per row.
    features = 3 if len(spec["shape"]) >= 4 else 1
    shape, roles = spec["shape"][:-features], spec["roles"][:-features]
    if len(roles) == 1 and roles[0] != "fixed":
        return roles[0]
    if roles == ["batch", "seq"]:
        return "batch*seq"
    return math.prod(shape)


def _position_high(spec: dict) -> int | str:
    """Positions run below the longest dimension; named by its role when that one varies, so
    that positions stay in range when `get_inputs(dims=...)` changes the length."""
    sizes = [(s, r) for s, r in zip(spec["shape"], spec["roles"]) if isinstance(s, int)]
    size, role = max(sizes, key=lambda item: item[0], default=(2, "fixed"))
    return role if role in ("seq", "batch*seq") else size


def _tensor(spec: dict, name: str, case: dict, fields: dict, init: dict) -> dict:
    entry = {"shape": spec["shape"], "roles": spec["roles"], "dtype": spec["dtype"]}
    if spec["dtype"] == "bool":
        entry["fill"] = 1 if "mask" in name else 0
    elif spec["dtype"] not in _FLOATING:
        entry.update(_int_high(name, case, fields, init, _position_high(spec), spec["shape"]))
        if isinstance(entry.get("total"), int):
            entry["roles"] = ["fixed"] * len(entry["roles"])  # a fixed token count fixes how many parts it splits into
    elif name == "pixel_mask":
        entry["fill"] = 1  # the model sizes each image from its mask: a random one sizes none
    return entry


def _module_stand_in(spec: dict, case: dict) -> dict:
    """The attention module an attention function reads flags from: its flags, the module's own
    weights the trace saw (attention sinks) as random tensors of their shape, and None for the
    other attributes the function reads. A function that calls a sub-module of it (a distance
    embedding) cannot run on a stand-in: such a case is unmapped."""
    inputs = case["inputs"]
    by_name = {i["name"]: i for i in inputs}
    attributes = {"training": False}
    query, key = by_name.get("query"), by_name.get("key")
    if query and key and query.get("shape") and key.get("shape") and len(query["shape"]) == 4:
        attributes["num_key_value_groups"] = max(1, query["shape"][1] // max(1, key["shape"][1]))
    owner = _find_class(spec.get("type", ""))
    causal = getattr(owner, "is_causal", None) if owner else None
    attributes["is_causal"] = causal if isinstance(causal, bool) else True
    stand_in = {"name": spec["name"], "kind": "module", "attributes": attributes}
    prefix = f"{case['path']}." if case.get("path") else ""
    weights = {
        path[len(prefix):]: {"shape": shape, "roles": ["fixed"] * len(shape), "dtype": dtype}
        for path, (shape, dtype) in sorted(case.get("weights", {}).items())
        if path.startswith(prefix) and "." not in path[len(prefix):]
    }
    if weights:
        stand_in["weights"] = weights
    read, called = _attribute_uses(case["qualname"], spec["name"])
    for name in called:
        if not hasattr(torch.nn.Module, name):  # .parameters() and the like the stand-in has
            raise Unmapped(f"the function calls {spec['name']}.{name}(...), a sub-module the stand-in module cannot hold")
    for name in read:
        if name not in attributes and name not in weights:
            attributes[name] = None  # read, yet no weight here: an optional one (sinks) this layer left None
    return stand_in


@lru_cache(maxsize=None)
def _attribute_uses(qualname: str, parameter: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The attributes a function reads off one of its parameters (``module.sinks``), and those
    of them it calls (``module.distance_embedding(...)``)."""
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(resolve(qualname))))
    except (OSError, TypeError, SyntaxError, LookupError):
        return (), ()

    def on_parameter(node) -> bool:
        return isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == parameter

    nodes = list(ast.walk(tree))
    read = {node.attr for node in nodes if on_parameter(node) and isinstance(node.ctx, ast.Load)}
    called = {node.func.attr for node in nodes if isinstance(node, ast.Call) and on_parameter(node.func)}
    return tuple(sorted(read)), tuple(sorted(called))


@lru_cache(maxsize=None)
def _find_class(name: str):
    for module_name, module in sorted(sys.modules.items()):
        if module_name.startswith("transformers.models.") and inspect.isclass(getattr(module, name, None)):
            return getattr(module, name)
    return None


# Inputs whose values carry structure the task builders do not draw: random floats where a
# reference looks up rows by them, constant marks where a recorded flag says which tokens are
# special. Until the builders draw such layouts, their tasks are left out with the reason.
_STRUCTURED_VALUES = {
    "flattened_patches": "holds each patch's row and column as its first two features (the Pix2Struct layout), embedding indices",
    "is_index_global_attn": "marks Longformer's global tokens, whose count must agree with the recorded is_global_attn flag",
    "is_index_masked": "marks Longformer's padding tokens, which a constant fill makes all or none",
}
_POSITIONS_FROM_IDS = "create_position_ids_from_input_ids"


def _positions_past_table(interface: Interface, spec: dict, fields: dict) -> bool:
    """Whether RoBERTa-style positions (``create_position_ids_from_input_ids``: the count of
    non-padding ids so far, plus ``pad_token_id``) of random ids this long exceed the table:
    the recorded length includes the padding the model added, which random ids lack."""
    limit, pad = fields.get("max_position_embeddings"), fields.get("pad_token_id")
    if not isinstance(limit, int) or not isinstance(pad, int) or interface.kind != "class":
        return False
    return _POSITIONS_FROM_IDS in _source(resolve(interface.qualname).forward) and spec["shape"][-1] + pad + 1 > limit


def _inputs(case: dict, interface: Interface, init: dict, fields: dict, classes: dict) -> list[dict]:
    parameters = _parameters(interface, "forward")
    skip = "self" if interface.kind == "class" else None
    positional = [n for n, p in parameters.items() if n != skip and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    recorded = {spec["name"]: spec for spec in case["inputs"]}
    for name in recorded:
        if name not in positional and not any(p.kind == p.VAR_KEYWORD for p in parameters.values()):
            raise Unmapped(f"forward argument {name!r} is not in the interface")
        if name not in positional and _read_from_kwargs(interface, name):
            raise Unmapped(f"forward reads {name!r} from its **kwargs, which a task's positional inputs do not pass")
    last = max((positional.index(n) for n in recorded if n in positional), default=-1)
    inputs = []
    for name in positional[: last + 1]:
        spec = recorded.get(name)
        if spec is None:
            default = parameters[name].default
            if default is inspect.Parameter.empty or not isinstance(default, (int, float, str, bool, type(None))):
                raise Unmapped(f"forward argument {name!r} was not recorded")
            inputs.append({"name": name, "kind": "default", "value": default})
            continue
        kind = spec["kind"]
        if kind == "tensor" and name in _STRUCTURED_VALUES:
            raise Unmapped(f"forward argument {name!r} {_STRUCTURED_VALUES[name]}, which random draws do not make valid")
        if kind == "tensor" and name == "input_ids" and _positions_past_table(interface, spec, fields):
            raise Unmapped("its positions count the non-padding ids from pad_token_id + 1: random ids of the recorded "
                           "length (the model padded them) reach past max_position_embeddings")
        if kind == "tensor":
            inputs.append({"name": name, "kind": "tensor", **_tensor(spec, name, case, fields, init)})
        elif kind == "tensors":
            inputs.append({"name": name, "kind": "tensors", "tensors": [_tensor(t, name, case, fields, init) for t in spec["tensors"]]})
        elif kind in ("none", "cache"):
            inputs.append({"name": name, "kind": "none"})
        elif kind in ("int", "float", "flag", "str"):
            inputs.append({"name": name, "kind": kind, "value": spec.get("value")})
        elif kind == "callable" and name == "module":
            inputs.append(_module_stand_in(spec, case))
        elif kind == "config":
            inputs.append({"name": name, "kind": "config", **_rebuilt_config(spec["type"], {}, interface.module, classes)})
        elif kind == "object" and spec.get("type") in ("device", "dtype"):
            inputs.append({"name": name, "kind": spec["type"]})
        else:
            raise Unmapped(f"forward argument {name!r} is a {kind}{' ' + spec['type'] if spec.get('type') else ''}")
    return inputs


def _read_from_kwargs(interface: Interface, name: str) -> bool:
    """Whether the forward, or that of a module class its constructor names, indexes its
    ``**kwargs`` by ``name`` (Inkling 2's attention reads ``kwargs["position_ids"]``, which its
    decoder layer passes on in its own kwargs): a keyword the task cannot run without. Most
    modules only pass theirs on, or read them with ``kwargs.get`` and a default that serves a
    prefill (MiniMax-M3-VL's indexer counts positions itself)."""
    obj = resolve(interface.qualname)
    if interface.kind == "function":
        return _indexes_kwargs(_source(obj), name)
    return _module_reads_kwarg(obj, name, set())


def _module_reads_kwarg(cls: type, name: str, seen: set) -> bool:
    seen.add(cls)
    if _indexes_kwargs(_source(getattr(cls, "forward", None)), name):
        return True
    namespace = vars(sys.modules.get(cls.__module__, object))
    for called in re.findall(r"\b([A-Z]\w*)\(", _source(getattr(cls, "__init__", None))):
        part = namespace.get(called)
        if inspect.isclass(part) and issubclass(part, nn.Module) and part not in seen and _module_reads_kwarg(part, name, seen):
            return True
    return False


def _indexes_kwargs(source: str, name: str) -> bool:
    return f'kwargs["{name}"]' in source or f"kwargs['{name}']" in source


@lru_cache(maxsize=None)
def _source(obj) -> str:
    """An object's source ("" where there is none); cached, as every case of a kernel asks."""
    try:
        return inspect.getsource(obj)
    except (OSError, TypeError):
        return ""


def _param_dtype(case: dict) -> tuple[str | None, bool]:
    """The dtype the module is built in, and whether its half-precision inputs widen with it.

    That of most of its weight elements (a block keeps a small bias in float32 beside its
    bfloat16 experts), widened to float32 when the weights are half precision and every
    floating input is float32, or a float32 input meets half inputs and the result is float32
    (a float32 rotary table or mask promotes the activations that then reach bfloat16
    projections). The trace's tensors carry no data, so it records such a mix that a real run
    rejects (``linear`` and ``layer_norm`` want one dtype); in the second case the half inputs
    are widened too. Weights kept in float32 under half-precision inputs (routers, rotary
    tables) are real and kept."""
    elements: dict[str, int] = {}
    for _, (shape, dtype) in sorted(case.get("weights", {}).items()):
        if dtype in _FLOATING:
            elements[dtype] = elements.get(dtype, 0) + math.prod(shape)
    weight = max(elements, key=elements.get) if elements else None
    floating = {
        tensor["dtype"]
        for spec in case["inputs"]
        for tensor in (spec["tensors"] if spec["kind"] == "tensors" else [spec] if spec["kind"] == "tensor" else [])
        if tensor.get("dtype") in _FLOATING
    }
    if weight not in ("bfloat16", "float16") or "float32" not in floating:
        return weight, False
    if floating == {"float32"}:
        return "float32", False
    if "float32" in _output_dtypes(case["outputs"]):
        return "float32", True
    return weight, False


def _output_dtypes(outputs) -> set[str]:
    """The dtypes of a recorded output structure: [shape, dtype] pairs, nested in lists."""
    if isinstance(outputs, list) and len(outputs) == 2 and isinstance(outputs[1], str):
        return {outputs[1]}
    return set().union(*(_output_dtypes(o) for o in outputs)) if isinstance(outputs, list) else set()


def _widened(inputs: list[dict]) -> list[dict]:
    """The inputs with their half-precision tensors as float32."""
    def widen(tensor: dict) -> dict:
        return {**tensor, "dtype": "float32"} if tensor.get("dtype") in ("bfloat16", "float16") else tensor
    return [
        {**spec, "tensors": [widen(t) for t in spec["tensors"]]} if spec["kind"] == "tensors" else widen(spec)
        for spec in inputs
    ]


def _mapped_call(case: dict, interface: Interface, index: dict, classes: dict, composite: bool) -> tuple[dict, list[dict]]:
    """A recorded call's constructor arguments and forward inputs as the task builds them."""
    init = _init(case, interface, index, classes, composite)
    config = next((v for v in init.values() if isinstance(v, dict) and "config_class" in v), None)
    fields = config["fields"] if config else {}
    if config and any(s["kind"] == "tensor" and s["dtype"] not in _FLOATING | {"bool"} for s in case["inputs"]):
        fields = _as_built(config["config_class"], json.dumps(fields, sort_keys=True), interface.module)
    init_values = {k: v for k, v in init.items() if not isinstance(v, dict)}
    return init, _inputs(case, interface, init_values, fields, classes)


def _producer_call(call: dict, index: dict, classes: dict) -> dict:
    """A producer's recorded call in the form a task builds and runs it (`producers`)."""
    upstream = interface(call["qualname"])
    init, inputs = _mapped_call(call, upstream, index, classes, False)
    made = {"qualname": upstream.qualname, "init": init, "inputs": inputs}
    dtype, widen = _param_dtype(call)
    if widen:
        made["inputs"] = _widened(inputs)
    if dtype:
        made["param_dtype"] = dtype
    return made


def map_cases(kernel, interface: Interface, index: dict, calls: dict | None = None) -> MappedCases:
    """Every case of the kernel that the interface takes, the default (fits in 8 GB) first;
    `calls` (`producers.calls_index`) lets inputs be made by their producers."""
    mapped, unmapped, classes = [], [], {}
    for case in kernel.cases:
        try:
            init, inputs = _mapped_call(case, interface, index, classes, bool(kernel.children))
        except Unmapped as reason:
            unmapped.append({"qualname": case["qualname"], "architectures": case["architectures"], "reason": str(reason)})
            continue
        entry = {
            "init": init,
            "inputs": inputs,
            "dims": {"batch": 2, "seq": 509} if _has_role(inputs, "seq") else ({"batch": 2} if _has_role(inputs, "batch") else {}),
            "bytes": case["bytes"],
            "flops": case["flops"],
            "architectures": case["architectures"],
            "qualname": case["qualname"],
            "path": case["path"],
        }
        dtype, widen = _param_dtype(case)
        if widen:
            entry["inputs"] = _widened(inputs)
        if dtype:
            entry["param_dtype"] = dtype
        if calls:
            producers.attach(entry, case, calls, lambda call: _producer_call(call, index, classes))
        same = next((m for m in mapped if (m["init"], m["inputs"]) == (entry["init"], entry["inputs"])), None)
        if same is None:
            mapped.append(entry)
        else:  # the same call at another module path: one case, every architecture that made it
            same["architectures"] = sorted(set(same["architectures"]) | set(entry["architectures"]))
    fitting = next((i for i, c in enumerate(mapped) if c["bytes"] <= FIT_BYTES), 0)
    if mapped:
        mapped.insert(0, mapped.pop(fitting))
    made = producers.hoist(mapped)
    return MappedCases(mapped, unmapped, dict(sorted(classes.items())), made)


def _has_role(inputs: list[dict], role: str) -> bool:
    for spec in inputs:
        for tensor in spec.get("tensors", [spec]):
            if role in tensor.get("roles", ()) or (role != "batch*seq" and "batch*seq" in tensor.get("roles", ())):
                return True
    return False
