"""What a candidate must hold: the parameters and buffers of the task's `Model`.

The bench loads the reference's weights into `ModelNew` with a strict `load_state_dict`, so a
candidate must register exactly the entries of `Model`'s state dict, by name and shape. The
stub lists them, read from `Model` built for the default case on the meta device (no memory,
no values). Entries of repeated blocks (``layers.0.`` ... ``layers.31.``) of one shape are
listed once, with the index range.
"""

from __future__ import annotations

import re
from collections import OrderedDict

import torch

MAX_LINES = 40  # beyond this many, the list says how many more there are
_INDEX = re.compile(r"\.(\d+)\.")


def state_entries(model_class: type, init_values: list) -> list[tuple[str, list[int]]] | None:
    """(name, shape) of every entry of ``model_class(*init_values).state_dict()``, built on the
    meta device; None when the module cannot be built there."""
    try:
        with torch.device("meta"):
            model = model_class(*init_values)
        return [(name, list(tensor.shape)) for name, tensor in model.state_dict().items()]
    except Exception:  # noqa: BLE001 - a constructor that needs real values: no list
        return None


def _collapsed(entries: list[tuple[str, list[int]]]) -> list[tuple[str, list[int]]]:
    """Entries that differ only in one block index, with one shape, as ``layers.{0..31}.x``."""
    groups: OrderedDict = OrderedDict()
    for name, shape in entries:
        match = _INDEX.search(name)
        key = (_INDEX.sub(".{}.", name, count=1), tuple(shape)) if match else (name, tuple(shape))
        groups.setdefault(key, []).append(int(match.group(1)) if match else None)
    made = []
    for (pattern, shape), indices in groups.items():
        if indices == [None] or len(indices) == 1:
            made.append((pattern.replace("{}", str(indices[0])) if indices[0] is not None else pattern, list(shape)))
        elif indices == list(range(indices[0], indices[0] + len(indices))):
            made.append((pattern.replace("{}", f"{{{indices[0]}..{indices[-1]}}}"), list(shape)))
        else:
            made += [(pattern.replace("{}", str(i)), list(shape)) for i in indices]
    return made


def docstring_lines(entries: list[tuple[str, list[int]]] | None) -> list[str]:
    """The stub docstring's paragraph on the state dict (indented for a class body)."""
    if entries is None:
        return ["    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold",
                "    the entries of Model(*get_init_inputs()).state_dict(), by name and shape."]
    if not entries:
        return ["    Model holds no parameters or buffers in its state dict: neither may ModelNew."]
    lines = ["    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold",
             "    exactly these parameters and buffers (shapes of the default case):"]
    collapsed = _collapsed(entries)
    for name, shape in collapsed[:MAX_LINES]:
        lines.append(f"        {name} {shape}")
    if len(collapsed) > MAX_LINES:
        lines.append(f"        ... and {len(collapsed) - MAX_LINES} more: Model(*get_init_inputs()).state_dict() lists them")
    return lines


def default_init_values(case: dict, config_classes: dict[str, str]) -> list:
    """The positional constructor arguments of a task case, configs rebuilt as the task does."""
    import importlib

    values = []
    for value in case["init"].values():
        if isinstance(value, dict) and "config_class" in value:
            cls = getattr(importlib.import_module(config_classes[value["config_class"]]), value["config_class"])
            value = cls(**value["fields"])
        values.append(value)
    return values
