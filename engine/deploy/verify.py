"""Did the swap change what the model computes? Outputs, greedy tokens, and who diverged.

* Outputs: every floating output of the model's forward within the bench's tolerance of the
  unswapped model's, element by element (``engine.correctness.compare_outputs``: the same
  per-dtype tolerances a task is judged by).
* Greedy tokens, for a decoder-only model that generates: the same tokens for ``steps``
  steps of greedy decoding.
* On a mismatch, the layer-by-layer check: during the unswapped run, forward hooks keep
  every to-be-swapped instance's inputs and output; each replacement is then called on its
  instance's own inputs and compared with its output, in call order. The first that differs
  is named; a replacement correct on its inputs cannot be blamed for an error that reached
  it from upstream. Where none differs alone, the first whose output differs in the swapped
  run is named instead.
"""
from __future__ import annotations

import contextlib
from dataclasses import dataclass, field

import torch
from torch.utils._pytree import tree_flatten, tree_map

from fastkernels.engine.correctness import Mismatch, compare_outputs


@dataclass
class Verdict:
    outputs_match: bool
    outputs_detail: str = ""
    max_abs_error: float = 0.0
    tokens_match: bool | None = None  # None: not a decoder that generates
    tokens_steps: int = 0
    tokens_detail: str = ""
    diverging_module: str | None = None
    diverging_detail: str = ""

    @property
    def ok(self) -> bool:
        return self.outputs_match and self.tokens_match is not False

    def to_json(self) -> dict:
        return {**vars(self), "ok": self.ok}


@dataclass
class Capture:
    """What each hooked module saw and returned on its first call, in call order."""

    order: list[str] = field(default_factory=list)
    inputs: dict[str, tuple] = field(default_factory=dict)
    outputs: dict[str, list] = field(default_factory=dict)


def tensors(output) -> list[torch.Tensor]:
    """The tensors of a model or module output (a ModelOutput, a tuple, a tensor)."""
    if hasattr(output, "to_tuple"):
        output = output.to_tuple()
    leaves, _ = tree_flatten(output)
    return [leaf for leaf in leaves if isinstance(leaf, torch.Tensor)]


def _detached(value):
    return tree_map(lambda v: v.detach().clone() if isinstance(v, torch.Tensor) else v, value)


@contextlib.contextmanager
def captured(model: torch.nn.Module, paths: list[str], keep_inputs: bool):
    capture = Capture()
    handles = []
    for path in paths:
        def hook(module, args, kwargs, output, path=path):
            if path in capture.outputs:
                return
            capture.order.append(path)
            capture.outputs[path] = [t.detach().clone() for t in tensors(output)]
            if keep_inputs:
                capture.inputs[path] = _detached((args, kwargs))
        handles.append(model.get_submodule(path).register_forward_hook(hook, with_kwargs=True))
    try:
        yield capture
    finally:
        for handle in handles:
            handle.remove()


def forward(model: torch.nn.Module, inputs: dict):
    with torch.no_grad():
        return model(**inputs)


def compare_forward(got, expected) -> tuple[Mismatch | None, float]:
    return compare_outputs(tensors(got), tensors(expected), "model")


def isolated_divergence(model: torch.nn.Module, reference: Capture, swapped: Capture) -> tuple[str | None, str]:
    """The first swapped module, in call order, that differs from its instance on the
    instance's own inputs; else the first whose output differs in the swapped run."""
    for path in reference.order:
        args, kwargs = reference.inputs[path]
        with torch.no_grad():
            got = tensors(model.get_submodule(path)(*args, **kwargs))
        mismatch, _ = compare_outputs(got, reference.outputs[path], path)
        if mismatch:
            return path, f"on its own inputs: {mismatch.summary()}"
    for path in reference.order:
        if path in swapped.outputs:
            mismatch, _ = compare_outputs(swapped.outputs[path], reference.outputs[path], path)
            if mismatch:
                return path, f"in the swapped run (correct on its own inputs): {mismatch.summary()}"
    return None, ""


def greedy_tokens(model: torch.nn.Module, input_ids: torch.Tensor, steps: int) -> torch.Tensor:
    with torch.no_grad():
        return model.generate(input_ids=input_ids, max_new_tokens=steps, min_new_tokens=steps, do_sample=False,
                              pad_token_id=0, attention_mask=torch.ones_like(input_ids))[:, input_ids.shape[1]:]


def compare_tokens(got: torch.Tensor, expected: torch.Tensor) -> str:
    """'' where equal, else the first step that differs."""
    if got.shape == expected.shape and torch.equal(got, expected):
        return ""
    steps = min(got.shape[1], expected.shape[1])
    differ = (got[:, :steps] != expected[:, :steps]).any(dim=0).nonzero()
    step = int(differ[0]) if len(differ) else steps
    return f"greedy tokens differ from step {step} of {expected.shape[1]}"


def is_generating_decoder(model: torch.nn.Module) -> bool:
    config = getattr(model, "config", None)
    can = getattr(model, "can_generate", None)
    return bool(can and can() and config is not None and not getattr(config, "is_encoder_decoder", False))
