"""Tensor plumbing shared by the workers and the judge: moving nested arguments, flattening
outputs, drawing weights, and telling whether two tensors share memory."""
from __future__ import annotations

import importlib
import json
import zlib

import torch
from torch import nn
from transformers import PreTrainedConfig

DTYPES = {"float32": torch.float32, "bfloat16": torch.bfloat16, "float16": torch.float16,
          "float64": torch.float64}

# Re-drawn weights: normal around the initial mean with at least this spread, so that
# constant inits (RMSNorm's ones, zero biases) become informative and a candidate that
# ignores a weight cannot pass.
MIN_WEIGHT_STD = 0.1


def to_device(value, device: str):
    """Move every tensor (and module argument) inside lists/tuples/dicts to `device`, keeping
    the structure."""
    if isinstance(value, (torch.Tensor, nn.Module)):  # a module argument's weights go along
        return value.to(device)
    if isinstance(value, (list, tuple)):
        return type(value)(to_device(v, device) for v in value)
    if isinstance(value, dict):
        return {k: to_device(v, device) for k, v in value.items()}
    return value


def clone(value):
    """Deep copy of every tensor in a nested argument (new storage, same data)."""
    if isinstance(value, torch.Tensor):
        return value.clone()
    if isinstance(value, (list, tuple)):
        return type(value)(clone(v) for v in value)
    return value


_MODULE_KEY = "fastkernels-module-argument"
_CONFIG_KEY = "fastkernels-config-argument"


def portable(value):
    """Arguments as data that a weights-only load accepts, each kept as one leaf by `leaves` so
    that every tensor argument keeps its position:
    - a module argument (the attention module whose flags and weights, such as attention sinks,
      an attention function reads) becomes a marked dict of its public attributes and its
      parameters;
    - a config argument (a mask builder reads the attention implementation and the sliding
      window from it) becomes a marked dict of its class, its saved fields and its private
      settings, which the saved fields leave out (`_attn_implementation_internal`); a private
      object that is not plain data (Step 3.7's per-layer `_HeterogeneitySpec`) is derived
      from the fields, and the class derives it again when the config is rebuilt."""
    if isinstance(value, nn.Module):
        attributes = {k: v for k, v in vars(value).items() if not k.startswith("_")}
        weights = {name: p.detach().cpu() for name, p in value.named_parameters(recurse=False)}
        return {_MODULE_KEY: {"attributes": json.dumps(attributes, sort_keys=True), "weights": weights}}
    if isinstance(value, PreTrainedConfig):
        private = {k: v for k, v in vars(value).items() if k.startswith("_") and _plain_data(v)}
        return {_CONFIG_KEY: {"class": f"{type(value).__module__}:{type(value).__qualname__}",
                              "fields": value.to_json_string(use_diff=False), "private": json.dumps(private, sort_keys=True)}}
    if isinstance(value, (list, tuple)):
        return type(value)(portable(v) for v in value)
    if isinstance(value, dict):
        return {k: portable(v) for k, v in value.items()}
    return value


def _plain_data(value) -> bool:
    try:
        json.dumps(value)
    except TypeError:
        return False
    return True


def restore(value):
    """The inverse of `portable`: module arguments rebuilt as plain modules, config arguments
    as instances of their class (only a transformers config class is imported)."""
    if isinstance(value, dict) and _MODULE_KEY in value:
        module = nn.Module()
        for name, attribute in json.loads(value[_MODULE_KEY]["attributes"]).items():
            setattr(module, name, attribute)
        for name, weight in value[_MODULE_KEY]["weights"].items():
            setattr(module, name, nn.Parameter(weight, requires_grad=False))
        return module
    if isinstance(value, dict) and _CONFIG_KEY in value:
        saved = value[_CONFIG_KEY]
        module_name, _, qualname = saved["class"].partition(":")
        cls = getattr(importlib.import_module(module_name), qualname)
        if not (isinstance(cls, type) and issubclass(cls, PreTrainedConfig)):
            raise TypeError(f"{saved['class']} is not a transformers config class")
        config = cls.from_dict(json.loads(saved["fields"]))
        for name, setting in json.loads(saved["private"]).items():
            setattr(config, name, setting)
        return config
    if isinstance(value, (list, tuple)):
        return type(value)(restore(v) for v in value)
    if isinstance(value, dict):
        return {k: restore(v) for k, v in value.items()}
    return value


def leaves(value) -> list:
    """Flatten a nested output into its leaves, in order."""
    if isinstance(value, (list, tuple)):
        return [leaf for v in value for leaf in leaves(v)]
    if isinstance(value, dict) and _MODULE_KEY not in value and _CONFIG_KEY not in value:
        return [leaf for k in sorted(value) for leaf in leaves(value[k])]
    return [value]


def tensor_bytes(value) -> int:
    """Bytes held by the tensors of a nested argument."""
    return sum(t.numel() * t.element_size() for t in tensor_leaves(value))


def tensor_leaves(value) -> list[torch.Tensor]:
    return [leaf for leaf in leaves(value) if isinstance(leaf, torch.Tensor)]


def case_dtype(case: dict) -> torch.dtype:
    """The dtype the module's weights take for a case: `param_dtype` when the case names one,
    else the dtype of its first floating tensor input (a bf16 model is fed bf16 activations)."""
    if case.get("param_dtype"):
        return DTYPES[case["param_dtype"]]
    for spec in case["inputs"]:
        for tensor in spec.get("tensors", [spec]):
            if tensor.get("dtype") in DTYPES:
                return DTYPES[tensor["dtype"]]
    return torch.float32


# A weight of more than this many elements (8 GiB in bfloat16: a stack of MoE experts) is drawn
# where it lives, slice by slice, from a seed of its own, and travels to the candidate's
# process as that seed, not as values: drawn on the host, saved and loaded again, such weights
# took minutes and tens of GiB of disk per task. Smaller ones are drawn as before.
DEVICE_DRAWN_NUMEL = 2**32
_DRAWN_SLICE_NUMEL = 2**25  # float32 elements drawn at a time
_MOMENTS_SAMPLE_NUMEL = 2**24  # a large weight's initial mean and spread, from its first elements
_DRAWN_KEY = "fastkernels-drawn-weight"


def redraw_weights(model: nn.Module, seed: int) -> dict:
    """Re-draw every floating entry of the state dict at random, in place, and return the state
    dict on CPU (what the candidate will load), a weight above `DEVICE_DRAWN_NUMEL` elements as
    the recipe `load_weights` draws it again from."""
    generator = torch.Generator().manual_seed(seed)
    state, storages = {}, {}
    with torch.no_grad():
        for name, tensor in model.state_dict().items():
            if tensor.is_floating_point() and tensor.numel() > DEVICE_DRAWN_NUMEL:
                sample = tensor.reshape(-1)[:_MOMENTS_SAMPLE_NUMEL].float()
                recipe = {"seed": zlib.crc32(f"{seed}:{name}".encode()), "shape": list(tensor.shape),
                          "dtype": str(tensor.dtype).removeprefix("torch."), "mean": sample.mean().item(),
                          "std": max(sample.std().item(), MIN_WEIGHT_STD)}
                _draw(tensor, recipe)
                state[name] = {_DRAWN_KEY: recipe}
                storages.setdefault(tensor.untyped_storage().data_ptr(), []).append(name)
                continue
            if tensor.is_floating_point() and tensor.numel() > 0:
                init = tensor.float().cpu()
                std = max(init.std().item() if init.numel() > 1 else 0.0, MIN_WEIGHT_STD)
                drawn = torch.randn(tensor.shape, generator=generator) * std + init.mean()
                tensor.copy_(drawn.to(tensor.dtype))
            state[name] = tensor
    for names in storages.values():  # a tied weight holds its last draw, under every name
        for name in names:
            state[name] = state[names[-1]]
    return {name: value if isinstance(value, dict) else value.detach().cpu().clone() for name, value in state.items()}


def _draw(tensor: torch.Tensor, recipe: dict) -> None:
    """Fill `tensor` from its recipe, on its own device, a slice at a time; the same recipe
    gives the same values in another process on the same kind of device."""
    generator = torch.Generator(tensor.device).manual_seed(recipe["seed"])
    target = tensor if tensor.is_contiguous() else torch.empty_like(tensor, memory_format=torch.contiguous_format)
    flat = target.view(-1)
    for start in range(0, flat.numel(), _DRAWN_SLICE_NUMEL):
        part = flat[start:start + _DRAWN_SLICE_NUMEL]
        drawn = torch.randn(part.numel(), generator=generator, device=tensor.device)
        part.copy_(drawn * recipe["std"] + recipe["mean"])
    if target is not tensor:
        tensor.copy_(target)


def load_weights(model: nn.Module, state: dict, device: str) -> None:
    """`model.load_state_dict(state, strict=True)` on `device`, where a weight that came as a
    recipe is drawn again into the model's own tensor of that name (so a missing name or a
    different shape or dtype still fails the strict load, naming it)."""
    own = model.state_dict()
    loaded = {}
    for name, value in state.items():
        recipe = value.get(_DRAWN_KEY) if isinstance(value, dict) else None
        if recipe is None:
            loaded[name] = to_device(value, device)
            continue
        target = own.get(name)
        wanted = (recipe["shape"], recipe["dtype"])
        if target is None or (list(target.shape), str(target.dtype).removeprefix("torch.")) != wanted:
            have = "no such entry" if target is None else f"{list(target.shape)} {target.dtype}"
            raise RuntimeError(f"size mismatch for {name}: the reference has {wanted[0]} {wanted[1]}, ModelNew {have}")
        with torch.no_grad():
            _draw(target, recipe)
        loaded[name] = target
    model.load_state_dict(loaded, strict=True)


def _span(t: torch.Tensor) -> tuple[int, int]:
    storage = t.untyped_storage()
    return storage.data_ptr(), storage.data_ptr() + storage.nbytes()


def shares_memory(a: torch.Tensor, b: torch.Tensor) -> bool:
    """Whether the storages of two tensors overlap (a view, the same tensor, a slice)."""
    if a.device != b.device:
        return False
    (a0, a1), (b0, b1) = _span(a), _span(b)
    return a0 < b1 and b0 < a1 and a1 > a0 and b1 > b0


def aliased_input(output: torch.Tensor, args) -> int | None:
    """Index of the first tensor argument (leaf order) whose memory `output` shares."""
    for index, tensor in enumerate(tensor_leaves(args)):
        if shares_memory(output, tensor):
            return index
    return None
