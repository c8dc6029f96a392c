"""Inputs made by the call that makes them in production.

A drawn input has the right shape and dtype but not always the values production gives it:
transformers builds a rotary table as ``cat(freqs, freqs)`` (two equal halves, which
production kernels read one of), a mask builder's mask is causal, a router's indices are a
top-k of its scores. Where the trace shows that such an input of a call was made by another
recorded call, the task makes it by running that producer, built from its recorded config and
arguments, on drawn upstream inputs.

The trace records calls, not dataflow, so the producer is found from the calls recorded in
the same architecture: a call whose outputs, in order, have exactly the shapes and dtypes of
a run of the consumer's inputs, made by the consumer's caller or one of its ancestors (a
module producer's caller is its parent module; a function's is the module it was called in),
and not inside the consumer. Of several, the one called nearest the consumer wins, then the
first by path. Only inputs whose values production builds with structure are made so (by
name: rotary tables, masks, positions, routing choices); activations stay drawn.
"""

from __future__ import annotations

import inspect
import re

from fastkernels.taskgen.upstream import UpstreamError, interface, resolve

# Inputs whose values carry structure, by name; an activation of the same shape stays drawn.
STRUCTURED = re.compile(r"^(cos|sin)$|position_embeddings|position_ids|freqs|rotary|rope|mask|top_k|routing|router|expert|selected")


def calls_index(exact_kernels: dict) -> dict[str, list[dict]]:
    """Architecture -> every recorded call there (any level, bookkeeping included), by path."""
    index: dict[str, list[dict]] = {}
    for kernel_id in sorted(exact_kernels):
        for case in exact_kernels[kernel_id].cases:
            for arch in case.get("architectures", [])[:1]:
                index.setdefault(arch, []).append(case)
    for calls in index.values():
        calls.sort(key=lambda c: (c["path"], c["qualname"]))
    return index


def _is_function(qualname: str) -> bool:
    try:
        return not inspect.isclass(resolve(qualname))
    except (UpstreamError, LookupError, ImportError, AttributeError):
        return False


def _caller(case: dict) -> str:
    """The module whose forward made the call: a function's own path, a module's parent."""
    path = case["path"]
    return path if _is_function(case["qualname"]) else path.rpartition(".")[0]


def _inside(path: str, ancestor: str) -> bool:
    return ancestor == "" or path == ancestor or path.startswith(ancestor + ".")


def _flat_outputs(outputs) -> list[tuple]:
    if isinstance(outputs, list) and len(outputs) == 2 and isinstance(outputs[1], str):
        return [(tuple(outputs[0]), outputs[1])]
    return [leaf for o in outputs for leaf in _flat_outputs(o)] if isinstance(outputs, list) else []


def _tensor_key(spec: dict) -> tuple:
    return tuple(spec.get("shape") or ()), spec.get("dtype")


def _runs(case: dict) -> list[tuple[int, list[tuple]]]:
    """(input position, shapes and dtypes) of each run of structured tensor inputs a producer
    could fill: one tensor, consecutive tensors, or the tensors of one tuple input."""
    inputs = case["inputs"]
    runs = []
    for i, spec in enumerate(inputs):
        if not STRUCTURED.search(spec["name"]):
            continue
        if spec["kind"] == "tensors":
            runs.append((i, [_tensor_key(t) for t in spec["tensors"]]))
        elif spec["kind"] == "tensor":
            keys = []
            for later in inputs[i:]:
                if later["kind"] != "tensor" or not STRUCTURED.search(later["name"]):
                    break
                keys.append(_tensor_key(later))
            runs.append((i, keys))
    return runs


def find(case: dict, calls: dict) -> list[tuple[list[str], dict]]:
    """(names of the inputs it makes, producer call) for each structured input run of a
    recorded call that another recorded call produced; see the module doc."""
    arch = (case.get("architectures") or [None])[0]
    path = case["path"]
    consumer_caller = _caller(case)
    found, taken = [], set()
    for start, keys in _runs(case):
        if start in taken:
            continue
        best = None
        for other in calls.get(arch, []):
            outputs = _flat_outputs(other["outputs"])
            if not outputs or other is case or other["qualname"] == case["qualname"] and other["path"] == path:
                continue
            if other["path"] and _inside(other["path"], path) and not _is_function(case["qualname"]):
                continue  # inside the consumer: it cannot make the consumer's arguments
            caller = _caller(other)
            if not _inside(consumer_caller, caller) or (caller == path and not _is_function(case["qualname"])):
                continue
            if keys[: len(outputs)] != outputs or (case["inputs"][start]["kind"] == "tensors" and len(outputs) != len(keys)):
                continue
            rank = (-len(outputs), -caller.count(".") - (caller != ""), other["path"], other["qualname"])
            if best is None or rank < best[0]:
                best = (rank, other, len(outputs))
        if best:
            count = 1 if case["inputs"][start]["kind"] == "tensors" else best[2]
            taken.update(range(start, start + count))
            found.append(([spec["name"] for spec in case["inputs"][start:start + count]], best[1]))
    return found


def attach(entry: dict, case: dict, calls: dict, map_call) -> None:
    """Replace the task case's structured inputs that a recorded call produced with a
    "produced" spec naming that call, mapped by `map_call(producer_case)` (its task-case
    form: init, inputs, param_dtype) into ``entry["producers"]``. A producer that does not map
    leaves the inputs drawn."""
    producers = []
    positions = {spec["name"]: i for i, spec in enumerate(entry["inputs"])}
    for names, producer in find(case, calls):
        if any(name not in positions or entry["inputs"][positions[name]]["kind"] not in ("tensor", "tensors") for name in names):
            continue
        try:
            made = map_call(producer)
            interface(producer["qualname"])
        except Exception:  # noqa: BLE001 - an unmappable producer leaves the input drawn
            continue
        if any(spec["kind"] == "produced" for spec in made["inputs"]):
            continue
        number = next((i for i, p in enumerate(producers) if p == made), None)
        if number is None:
            producers.append(made)
            number = len(producers) - 1
        position = 0
        for name in names:
            i = positions[name]
            spec = entry["inputs"][i]
            width = len(spec["tensors"]) if spec["kind"] == "tensors" else 1
            replaced = {"name": spec["name"], "kind": "produced", "producer": number,
                        "outputs": list(range(position, position + width))}
            if spec["kind"] == "tensors":
                replaced["tuple"] = True
            entry["inputs"][i] = replaced
            position += width
    if producers:
        entry["producers"] = producers


def hoist(cases: list[dict]) -> list[dict]:
    """Move each case's producers into one task-level list (`PRODUCERS`), each distinct producer
    once, and renumber the cases' "produced" inputs into it: most cases share one rotary table
    and one mask builder, and a copy per case would grow the task files by a quarter."""
    hoisted: list[dict] = []
    for case in cases:
        local = case.pop("producers", [])
        numbers = []
        for producer in local:
            if producer not in hoisted:
                hoisted.append(producer)
            numbers.append(hoisted.index(producer))
        for spec in case["inputs"]:
            if spec["kind"] == "produced":
                spec["producer"] = numbers[spec["producer"]]
    return hoisted
