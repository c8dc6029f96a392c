"""Fake tensors that keep values where a model reads them: small integer inputs and tensors
built from Python numbers stay constants (``fake-valued``), and a model may convert its own
fake parameters."""

from __future__ import annotations

import contextlib

import torch
from torch._subclasses import fake_tensor
from torch._subclasses.fake_impls import _is_tensor_constructor
from torch.utils._mode_utils import no_dispatch


@contextlib.contextmanager
def constants_up_to(numel: int):
    """Let fake tensors carry values through ops on constants up to ``numel`` elements (one
    by default), so that sizes computed from an image grid stay known."""
    previous = fake_tensor.CONSTANT_NUMEL_LIMIT
    fake_tensor.CONSTANT_NUMEL_LIMIT = numel
    try:
        yield
    finally:
        fake_tensor.CONSTANT_NUMEL_LIMIT = previous


class ValuedFakeTensorMode(fake_tensor.FakeTensorMode):
    """Fake tensors where a tensor the model builds from Python numbers alone (``arange`` of
    a patch grid, ``full`` of a fill value) is a constant too, so that masks and indices
    computed from it (Qwen2.5-VL's attention windows) keep their values."""

    def dispatch(self, func, types, args=(), kwargs=None):
        kwargs = kwargs or {}
        if _built_from_numbers(func, kwargs):
            with no_dispatch():
                real = func(*args, **kwargs)
            if real.numel() <= fake_tensor.CONSTANT_NUMEL_LIMIT:
                return self.fake_tensor_converter.from_real_tensor(self, real, make_constant=True)
        return super().dispatch(func, types, args, kwargs)


def _built_from_numbers(func, kwargs: dict) -> bool:
    """A deterministic constructor with no tensor argument, on the CPU, whose values are
    defined (not ``empty``)."""
    return (
        isinstance(func, torch._ops.OpOverload)
        and _is_tensor_constructor(func)
        and torch.Tag.nondeterministic_seeded not in func.tags
        and not func.__name__.startswith("empty")
        and kwargs.get("device") in (None, torch.device("cpu"), "cpu")
    )


@contextlib.contextmanager
def replaceable_fake_parameters():
    """Let a model convert its own fake parameters (``self.classifier.to(float32)`` in
    Switch Transformers' router): PyTorch swaps a fake parameter in place, which the fake
    tensor's weak references refuse; where it does, the converted parameter replaces it."""
    original = torch.nn.Module._apply

    def apply(module, fn, recurse=True):
        try:
            return original(module, fn, recurse)
        except RuntimeError as error:
            if "Couldn't swap" not in str(error):
                raise
        with torch.no_grad():
            for child in module.children() if recurse else ():
                apply(child, fn)
            for key, param in module._parameters.items():
                if param is not None:
                    module._parameters[key] = torch.nn.Parameter(fn(param), param.requires_grad)
            for key, buffer in module._buffers.items():
                if buffer is not None:
                    module._buffers[key] = fn(buffer)
        return module

    torch.nn.Module._apply = apply
    try:
        yield
    finally:
        torch.nn.Module._apply = original


def fake_input(fake_mode, tensor: torch.Tensor, constant_numel: int, valued: bool = False) -> torch.Tensor:
    """A fake input; a small integer one (image sizes, patch grids) keeps its values as a
    constant, so that a model may read them (``image_sizes.tolist()``) under fake tensors.
    With ``valued``, float inputs too: a model that drops all-zero padding images
    (Idefics3) or pads a waveform by its length reads them before any weight does."""
    constant = (valued or not tensor.is_floating_point()) and tensor.numel() <= constant_numel
    return fake_mode.fake_tensor_converter.from_real_tensor(fake_mode, tensor, make_constant=constant)
