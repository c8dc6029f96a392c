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

from fastkernels.taskgen import producers
from fastkernels.taskgen.case_configs import Unmapped, fields_as_built, fields_as_run, rebuilt_config, subtree_fields
from fastkernels.taskgen.upstream import Interface, interface, resolve

FIT_BYTES = 8 * 2**30  # the default case is the most common one whose tensors fit in 8 GB
_LITERAL_KINDS = {"int", "float", "flag", "str", "none", "list"}
_EXPERT_COUNT_FIELDS = ("num_local_experts", "num_experts", "n_routed_experts", "moe_num_experts", "num_routed_experts")
_SAME_QUANTITY = (_EXPERT_COUNT_FIELDS,)  # field names that hold one quantity in different configs
_TOKEN_NAMES = ("input_ids", "decoder_input_ids", "input")
_FLOATING = {"float16", "bfloat16", "float32", "float64", "complex64", "complex128"}


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


def case_init(case: dict, interface: Interface, index: dict, classes: dict, composite: bool = False) -> dict:
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
            fields = subtree_fields(case, spec["type"], index, interface.module)
            value = rebuilt_config(spec["type"], fields_as_run(fields, spec["type"], interface.module), interface.module, classes)
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
            inputs.append({"name": name, "kind": "config", **rebuilt_config(spec["type"], {}, interface.module, classes)})
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
    init = case_init(case, interface, index, classes, composite)
    config = next((v for v in init.values() if isinstance(v, dict) and "config_class" in v), None)
    fields = config["fields"] if config else {}
    if config and any(s["kind"] == "tensor" and s["dtype"] not in _FLOATING | {"bool"} for s in case["inputs"]):
        fields = fields_as_built(config["config_class"], json.dumps(fields, sort_keys=True), interface.module)
    init_values = {k: v for k, v in init.items() if not isinstance(v, dict)}
    return init, _inputs(case, interface, init_values, fields, classes)


def _producer_call(call: dict, index: dict, classes: dict) -> dict:
    """A producer's recorded call in the form a task builds and runs it (`producers`)."""
    upstream = interface(call["qualname"])
    init, inputs = _mapped_call(call, upstream, index, classes, False)
    return _with_weight_dtype({"qualname": upstream.qualname, "init": init, "inputs": inputs}, call)


def _with_weight_dtype(entry: dict, case: dict) -> dict:
    """`entry` (a case or a producer call) with the dtype the recorded module's weights held,
    its floating inputs widened where the weights were wider (`_param_dtype`)."""
    dtype, widen = _param_dtype(case)
    if widen:
        entry["inputs"] = _widened(entry["inputs"])
    if dtype:
        entry["param_dtype"] = dtype
    return entry


def map_cases(kernel, interface: Interface, index: dict, calls: dict | None = None) -> MappedCases:
    """Every case of the kernel that the interface takes, the default (fits in 8 GB) first;
    `calls` (`producers.calls_index`) lets inputs be made by their producers."""
    mapped, unmapped, classes = [], [], {}
    for case in kernel.cases:
        try:
            entry = task_case(case, interface, index, classes, bool(kernel.children))
        except Unmapped as reason:
            unmapped.append({"qualname": case["qualname"], "architectures": case["architectures"], "reason": str(reason)})
            continue
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


def task_case(case: dict, interface: Interface, index: dict, classes: dict, composite: bool) -> dict:
    """One recorded call as an entry of a task's ``CASES`` (without its producers); raises
    ``Unmapped`` with the reason the interface cannot take it."""
    init, inputs = _mapped_call(case, interface, index, classes, composite)
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
    return _with_weight_dtype(entry, case)


def same_quantity(fields: dict, wanted=None) -> dict:
    """The fields of `wanted` (every name of a quantity's group by default) that `fields`
    lacks, each given the value of a field that names the same quantity there: one kernel reads its expert count as ``n_routed_experts`` in
    Inkling's config and as ``num_experts`` in Qwen3-MoE's, so a module of the one built from
    the other's config needs both names."""
    found = {}
    for group in _SAME_QUANTITY:
        value = next((fields[name] for name in group if fields.get(name) is not None), None)
        if value is not None:
            found.update({name: value for name in group if (wanted is None or name in wanted) and fields.get(name) is None})
    return found


def _has_role(inputs: list[dict], role: str) -> bool:
    for spec in inputs:
        for tensor in spec.get("tensors", [spec]):
            if role in tensor.get("roles", ()) or (role != "batch*seq" and "batch*seq" in tensor.get("roles", ())):
                return True
    return False
