"""Tensor plumbing shared by the workers and the judge: moving nested arguments, flattening
outputs, drawing weights, and telling whether two tensors share memory."""
from __future__ import annotations

import importlib
import json

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


def redraw_weights(model: nn.Module, seed: int) -> dict[str, torch.Tensor]:
    """Re-draw every floating entry of the state dict at random, in place, and return the state
    dict on CPU (what the candidate will load)."""
    generator = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for tensor in model.state_dict().values():
            if not tensor.is_floating_point() or tensor.numel() == 0:
                continue
            init = tensor.float().cpu()
            std = max(init.std().item() if init.numel() > 1 else 0.0, MIN_WEIGHT_STD)
            drawn = torch.randn(tensor.shape, generator=generator) * std + init.mean()
            tensor.copy_(drawn.to(tensor.dtype))
    return {name: t.detach().cpu().clone() for name, t in model.state_dict().items()}


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
