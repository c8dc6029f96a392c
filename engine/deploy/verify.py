"""Did the swap change what the model computes? Outputs, greedy tokens, and who diverged.

* Outputs: every floating output of the model's forward within the bench's tolerance of the
  unswapped model's, element by element (``engine.correctness.compare_outputs``), widened by
  the unswapped model's own rounding as a task's is (``engine.envelope``): the model run again
  in float64 (float32 where float64 does not fit the device's free memory), in place, and
  put back bit for bit. Through 32 bf16 layers the reference's own error exceeds the per-dtype
  tolerance, and a swap cannot be asked to be closer to it than exact arithmetic is.
* Greedy tokens, for a decoder-only model that generates: the same tokens for ``steps``
  steps of greedy decoding. Random weights give near-uniform logits, so two correct kernels
  that round differently pick different tokens at near-ties, and from there the sequences
  share nothing. Where the tokens differ, both models are fed the reference's tokens and their
  picks compared at every step: each step where they pick differently must be a tie, the
  reference's margin between the two tokens within twice the tolerance at that logit (two
  logits each within tolerance of the reference's can reverse no more). A wrong kernel moves
  logits by far more and fails.
* On a mismatch, the layer-by-layer check: during the unswapped run, forward hooks keep
  every to-be-swapped instance's inputs and output; each replacement is then called on its
  instance's own inputs and compared with its output, in call order. The first that differs
  is named; a replacement correct on its inputs cannot be blamed for an error that reached
  it from upstream. Where none differs alone, the first whose output differs in the swapped
  run is named instead.
"""
from __future__ import annotations

import contextlib
import itertools
from dataclasses import dataclass, field

import torch
from torch.utils._pytree import tree_flatten, tree_map

from fastkernels.engine.correctness import TOLERANCES, Mismatch, compare_outputs
from fastkernels.engine.envelope import WIDE_DTYPES, envelopes, widen
from fastkernels.engine.memory import free_bytes

FREE_SHARE = 0.9  # of the device's free memory the widened weights may add


@dataclass
class Verdict:
    outputs_match: bool
    outputs_detail: str = ""
    max_abs_error: float = 0.0
    envelope: float | None = None  # the unswapped model's own rounding, in units of the fixed tolerance
    envelope_precision: str = ""  # what it was measured in, or why it was not
    tokens_match: bool | None = None  # None: not a decoder that generates
    tokens_steps: int = 0
    tokens_detail: str = ""
    tokens_ties: int = 0  # steps, fed the reference's tokens, where the picks differ at a tie
    diverging_module: str | None = None
    diverging_detail: str = ""
    raised: bool = False  # the swapped model's forward raised: nothing of it to time

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


def compare_forward(got, expected, scales: list[float] | None = None) -> tuple[Mismatch | None, float]:
    return compare_outputs(tensors(got), tensors(expected), "model", scales=scales)


@contextlib.contextmanager
def widened(model: torch.nn.Module, dtype: torch.dtype):
    """The model's narrower floating parameters and buffers in ``dtype``, in place; on exit each
    is put back in its own dtype, which a narrow-wide-narrow round trip does bit for bit."""
    saved = []
    for tensor in itertools.chain(model.parameters(), model.buffers()):
        if tensor.is_floating_point() and tensor.dtype.itemsize < dtype.itemsize:
            saved.append((tensor, tensor.dtype))
            tensor.data = tensor.data.to(dtype)
    try:
        yield
    finally:
        for tensor, original in saved:
            tensor.data = tensor.data.to(original)


def reference_rounding(model: torch.nn.Module, inputs: dict, expected) -> tuple[list[float] | None, str]:
    """Per output leaf, the unswapped model's own rounding on ``inputs`` (``engine.envelope``'s
    units), with the precision it was measured in; None with the reason where no wider run fits."""
    floating = [t for t in itertools.chain(model.parameters(), model.buffers()) if t.is_floating_point()]
    device = str(floating[0].device) if floating else "cpu"
    free, reason = free_bytes(device), "the model is already in float64"
    for dtype in WIDE_DTYPES:
        # converted one at a time, each narrow tensor freed as its wide copy is made
        needed = sum(t.numel() * (dtype.itemsize - t.dtype.itemsize) for t in floating if t.dtype.itemsize < dtype.itemsize)
        if not needed:
            continue
        name = str(dtype).removeprefix("torch.")
        if free is not None and needed > FREE_SHARE * free:
            reason = f"{name} weights would take {needed / 2**30:.1f} GiB more than the {free / 2**30:.1f} GiB free"
            continue
        try:
            with widened(model, dtype):
                exact = forward(model, widen(inputs, dtype))
        except Exception as error:  # out of memory, or an op with no kernel in this dtype (grouped GEMMs)
            reason = f"the {name} run raised {type(error).__name__}: {str(error).splitlines()[0][:120] if str(error) else ''}"
            continue
        return envelopes(tensors(expected), tensors(exact)), name
    return None, f"none: {reason}"


def forced_logits(model: torch.nn.Module, sequence: torch.Tensor, steps: int) -> torch.Tensor:
    """The logits that pick each of the last ``steps`` tokens of ``sequence``, from one forward
    over it (the model fed those tokens, whatever it would have picked)."""
    with torch.no_grad():
        logits = model(input_ids=sequence, attention_mask=torch.ones_like(sequence), use_cache=False).logits
    return logits[:, -steps - 1:-1].detach().clone()


def tie_check(expected: torch.Tensor, got: torch.Tensor, scale: float) -> tuple[int, str]:
    """Fed the same tokens, where the swapped model's pick differs from the reference's: the
    number of such steps, and '' if each is a tie (the reference's margin between the two
    tokens within twice its tolerance at that logit, scaled as the outputs' is), else the first
    that is not."""
    atol, rtol = TOLERANCES.get(expected.dtype, TOLERANCES[torch.float32])
    picked, wanted = got.argmax(-1), expected.argmax(-1)
    differ = (picked != wanted).nonzero().tolist()
    for row, step in differ:
        logits = expected[row, step].double()
        want, pick = int(wanted[row, step]), int(picked[row, step])
        margin, tie = float(logits[want] - logits[pick]), 2 * scale * (atol + rtol * float(logits[want].abs()))
        if margin > tie:
            return len(differ), (f"fed the reference's tokens, the swapped model picks token {pick} over {want} at step "
                                 f"{step}, a margin of {margin:.3g} where the reference's rounding allows {tie:.3g}")
    return len(differ), ""


def isolated_divergence(model: torch.nn.Module, reference: Capture, swapped: Capture) -> tuple[str | None, str]:
    """The first swapped module, in call order, that differs from its instance on the
    instance's own inputs; else the first whose output differs in the swapped run."""
    for path in reference.order:
        args, kwargs = reference.inputs[path]
        try:
            with torch.no_grad():
                got = tensors(model.get_submodule(path)(*args, **kwargs))
        except Exception as error:
            return path, f"on its own inputs it raised {one_line(error)}"
        mismatch, _ = compare_outputs(got, reference.outputs[path], path)
        if mismatch:
            return path, f"on its own inputs: {mismatch.summary()}"
    for path in reference.order:
        if path in swapped.outputs:
            mismatch, _ = compare_outputs(swapped.outputs[path], reference.outputs[path], path)
            if mismatch:
                return path, f"in the swapped run (correct on its own inputs): {mismatch.summary()}"
    return None, ""


def one_line(error: BaseException) -> str:
    """An error as one line of a report: its type and the first line of its message."""
    text = str(error).strip().splitlines()
    return f"{type(error).__name__}: {text[0] if text else ''}"[:300]


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
