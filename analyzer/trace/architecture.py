"""Trace one architecture: build it, synthesize inputs, run once under the recorder.

Strategies, tried in order until one traces:

``fake-full``
    The default config at full size, built on the meta device and materialized as fake
    tensors: real shapes (Llama's hidden size is 4096), no memory, no arithmetic.
``fake-valued``
    Where ``fake-full`` stopped at an op whose result depends on values (``.tolist()`` of
    token types, ``nonzero`` of an image-token mask), the same again with every integer
    input kept as a constant: ops on constants alone compute real values, so such results
    are known, while the model's weights and activations stay fake. Float inputs, tensors
    the model builds from Python numbers (``arange``) and small buffers computed at
    construction (a codec's stride) are constants too. Its input candidate after the
    layouts carries the rope positions the model's own ``get_rope_index`` computed.
``real-shallow``
    Where fake tensors cannot follow the model (data-dependent routing, ``.item()``), real
    tensors at full width with at most two of each stack of repeated layers, when that fits
    in memory. Shapes stay real; only the depth shrinks, and the record says so. Its GEMMs
    and convolutions compute in float32 underneath the recorder (``arithmetic``), since a
    CPU without bfloat16 matrix instructions takes minutes over them otherwise.

Each runs in bfloat16; where a model only works in float32 (an FFT, a buffer cast to
float32) and the failure names bfloat16, the same strategy runs again in float32.

A strategy that raises is recorded as an attempt with its failure category; the best
attempt (traced > partial > failed) becomes the record.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import time
import traceback
from typing import Iterator

import torch
from torch._subclasses import fake_tensor
from torch._subclasses.fake_tensor import unset_fake_temporarily
from torch.utils._pytree import tree_map
from transformers import PreTrainedModel

from fastkernels.analyzer.trace import (
    build, input_builders, input_fields, input_placeholders, input_variants, inputs,
)
from fastkernels.analyzer.trace.arithmetic import Float32Arithmetic
from fastkernels.analyzer.trace.fake_values import (
    constants_up_to, fake_input, replaceable_fake_parameters, ValuedFakeTensorMode,
)
from fastkernels.analyzer.trace.forward import record_forward
from fastkernels.analyzer.trace.materialize import (
    build_on_meta, DEPTH_LIMIT, materialize, param_bytes, randomize,
)
from fastkernels.analyzer.trace.record import Trace
from fastkernels.analyzer.trace.registry import Architecture
from fastkernels.analyzer.trace.trace import StrategyTimeout, op_budget

EXECUTED_THRESHOLD = 0.9
REAL_PARAM_BYTES_LIMIT = 3 * 2**30
_CONSTANT_NUMEL = 64  # integer inputs this small (image sizes, patch grids) keep their values
_PROPAGATED_NUMEL = 4096  # and so do results computed from them alone, up to this size
_VALUED_NUMEL = 2**23  # with fake-valued: token ids, and a token mask broadcast over the hidden width
# Aten ops a forward under fake tensors may run: about three times the largest forward without
# a per-token Python loop (Bailing's hybrid, 53K). Beyond it a model scans token by token
# (Mamba's and RWKV's reference scans: 200K-500K ops at about 0.4 ms each under fake
# tensors), and real tensors at depth 2 run the same scan in seconds.
FAKE_OP_BUDGET = 150_000


@contextlib.contextmanager
def _time_limit(seconds: float | None):
    """Raise ``StrategyTimeout`` in this (main) thread after ``seconds`` of this process's
    CPU time; None: no limit.

    CPU time, not wall time: in a sweep sharing its cores with other work a worker may get
    a fraction of one, and a wall-clock budget then stops a strategy that would have
    finished, so that whether a model traces would depend on the machine's load.
    """
    if not seconds:
        yield
        return

    def expire(signum, frame):
        raise StrategyTimeout(f"strategy stopped after {seconds:.0f} s of CPU time")

    previous = signal.signal(signal.SIGPROF, expire)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def classify_failure(error: BaseException, stage: str) -> str:
    """A failure category from where it happened and what was raised."""
    if isinstance(error, StrategyTimeout):
        return "timeout"
    text = f"{type(error).__name__}: {error}"
    lowered = text.lower()
    if isinstance(error, ImportError) or "requires the" in lowered or "pip install" in lowered:
        return "optional-package"
    if isinstance(error, MemoryError) or "out of memory" in lowered:
        return "memory"
    if stage == "build":
        return "config-invalid"
    if isinstance(error, inputs.InputSynthesisError):
        return "input-synthesis"
    # "data is not allocated": Python iterated over a fake tensor's elements (UDOP's ``zip(*ind)``)
    fake_markers = ("dynamicoutputshape", "datadependent", "data-dependent", "fake", "meta tensor", "meta device", "symbolic", "unbacked", "item()", "data is not allocated")
    if any(marker in lowered for marker in fake_markers):
        return "fake-unsupported"
    return "input-synthesis"


def _one_line(error: BaseException) -> str:
    message = str(error).strip().splitlines()
    return f"{type(error).__name__}: {message[0] if message else ''}"[:300]


def _coverage(model: torch.nn.Module, executed: set[str], used_tensors: set[int]) -> dict:
    """Share of parameter-owning modules that ran, and which top-level parts ran.

    A module counts as run when its forward was called or when an op read one of its
    parameters (Mamba2's mixer reads ``conv1d.weight`` without calling ``conv1d``).
    """
    owners = [path for path, m in model.named_modules() if any(True for _ in m.parameters(recurse=False))]
    used = {
        path
        for path, m in model.named_modules()
        if path in executed or any(id(p) in used_tensors for p in m.parameters(recurse=False))
    }
    ran = [p for p in owners if p in used]
    towers = {}
    for name, child in model.named_children():
        if any(True for _ in child.parameters()):
            towers[name] = any(p == name or p.startswith(name + ".") for p in used)
    return {
        "executed_fraction": round(len(ran) / len(owners), 4) if owners else 1.0,
        "modules_with_params": len(owners),
        "modules_executed": len(ran),
        "towers": towers,
        "missed": sorted(p for p in owners if p not in used)[:20],
    }


def _is_tower(module: torch.nn.Module) -> bool:
    """A tower is a sub-network (a vision encoder, an audio encoder, a decoder): a model of
    its own, or a module that holds a stack of layers. A lone head, projection or embedding
    table is not one: DETR's training-only denoising queries stay idle at inference, and
    count against the executed fraction without making the trace partial."""
    if isinstance(module, PreTrainedModel):
        return True
    return any(
        isinstance(m, torch.nn.ModuleList) and any(not type(layer).__module__.startswith("torch.") for layer in m)
        for m in module.modules()
    )


def _towers_missed(model: torch.nn.Module, coverage: dict) -> list[str]:
    """The towers that did not run. ``coverage["towers"]`` records every top-level part
    that owns parameters; only the sub-networks among them decide the status."""
    return [name for name, ran in coverage["towers"].items() if not ran and _is_tower(model.get_submodule(name))]


def _status(coverage: dict, towers_missed: list[str]) -> str:
    if coverage["executed_fraction"] >= EXECUTED_THRESHOLD and not towers_missed:
        return "traced"
    return "partial"





def _candidates(model, config, dtype: torch.dtype, fake_mode, valued: bool = False) -> Iterator[dict]:
    """Input variants, synthesized as real tensors (synthesis may read its own tensors'
    values, an image grid's size) and then made fake when the model is fake, so that the
    model's own checks see fake inputs and skip what only a tracer could not follow.
    ``valued`` (the ``fake-valued`` strategy) keeps every integer input a constant and adds
    the candidate whose rope positions the model computed.

    Every variant is synthesized up front, so that the random inputs drawn do not depend on
    which variant ran; each is cast and made fake only when its turn comes, as the first
    one usually runs and the others (full-size images and videos) would be cast for nothing.
    """
    with unset_fake_temporarily():
        synthesized = list(inputs.candidate_inputs(model, config, valued))
    for candidate in synthesized:
        yield _model_inputs(candidate, dtype, fake_mode, valued)


def _model_inputs(batch: dict, dtype: torch.dtype, fake_mode, valued: bool) -> dict:
    """Synthesized real tensors as the model takes them: floats in its dtype, and fake
    (``fake_input``) where the model is."""
    with unset_fake_temporarily():
        batch = tree_map(lambda v: v.to(dtype) if v.is_floating_point() else v, batch)
    if fake_mode is None:
        return batch
    constant_numel = _VALUED_NUMEL if valued else _CONSTANT_NUMEL
    return tree_map(lambda v: fake_input(fake_mode, v, constant_numel, valued), batch)


def _record(model, candidate: dict, path: str, trace: Trace):
    """The forward recorded by ``path``; ``auto`` tries export and falls back to dispatch,
    noting why in ``trace.path_fallback``."""
    if path != "auto":
        return record_forward(model, candidate, path)
    try:
        recorded = record_forward(model, candidate, "export")
    except Exception as error:  # export cannot follow this model: the dispatch path can
        trace.path_fallback = _one_line(error)
        return record_forward(model, candidate, "dispatch")
    trace.path_fallback = ""
    return recorded


def trace_run(trace: Trace, model, config, watcher, path: str, fake_mode=None, valued: bool = False) -> Trace:
    """Run the forward under the recorder with the first input variant that runs every
    tower; where none does, the variants whose features the model's first layer rejected,
    refitted to the width that layer takes (``input_variants.fitted_to_layer``).

    A variant that runs but leaves a tower idle (text alone, where the audio layout failed)
    is kept only when no variant ran completely and fake tensors stopped none: where they
    stopped one, its error is raised, so that a strategy with values may run that layout.
    When none runs, the error raised is the first that fake tensors caused (the inputs were
    right, so real tensors may run), else the first variant's, the most likely layout.
    """
    errors: list[BaseException] = []
    rejected: list[tuple[dict, torch.nn.Module, list]] = []
    dtype = getattr(torch, trace.dtype)
    tried = set()
    incomplete = None
    recounted: list[tuple[dict, tuple]] = []

    def variants() -> Iterator[tuple[dict, list, tuple]]:
        """Each variant with the list its rejection is noted in; last, the variants whose
        placeholder tokens were recounted, as they come, each with the errors it answers."""
        for candidate in _candidates(model, config, dtype, fake_mode, valued):
            tried.add(_layout(candidate))
            yield candidate, rejected, ()
        for refitted in _refitted(rejected, tried, dtype, fake_mode, valued):
            yield refitted, [], ()
        while recounted and len(errors) < _MAX_VARIANTS:
            amended, answers = recounted.pop(0)
            yield amended, [], answers

    for candidate, rejections, answers in variants():
        recorder = _try(model, candidate, path, trace, errors, rejections)
        if recorder is None:
            recounted += [(amended, (*answers, errors[-1])) for amended in _with_counted_placeholders(model, candidate, errors[-1], config, dtype, fake_mode, valued)]
            continue
        # the recounts answered these: not failures of fake tensors
        errors[:] = [e for e in errors if not any(e is answered for answered in answers)]
        judgement = _judgement(model, recorder)
        if _status(*judgement) == "traced":
            return _finish(trace, model, watcher, candidate, recorder, judgement)
        incomplete = incomplete or candidate
    fake = [e for e in errors if classify_failure(e, "run") == "fake-unsupported"]
    if incomplete is not None and not fake:
        recorder = _try(model, incomplete, path, trace, errors, [])  # recorded again: each forward has its own recorder
        if recorder is not None:
            return _finish(trace, model, watcher, incomplete, recorder, _judgement(model, recorder))
    assert errors
    raise (fake or errors)[0]


# The model's own count of the features its placeholders must take: "Image features and image
# tokens do not match, tokens: ..., features: 392", "Number of image placeholder tokens (0) does
# not match number of image tokens from VQVAE (512)".
_PLACEHOLDER_MISMATCHES = (
    re.compile(r"(image|video|audio) features and \1 tokens do not match.*features:? (\d+)", re.IGNORECASE | re.DOTALL),
    re.compile(r"number of (image|video|audio) placeholder tokens \(\d+\) does not match number of \1 tokens from \w+ \((\d+)\)", re.IGNORECASE),
)
_MAX_VARIANTS = 64  # failed forwards, after which recounted variants are no longer tried


def _with_counted_placeholders(model, candidate: dict, error: BaseException, config, dtype: torch.dtype, fake_mode, valued: bool) -> list[dict]:
    """The candidate with as many placeholder tokens as the model said it made features, where
    a model with values (``fake-valued``, ``real-shallow``) counted both and they differed:
    how many tokens one clip or image becomes is its processor's arithmetic, which the model
    states in that error. Then the same with the multimodal rope positions the model's own
    index computes for the recounted text, for a model whose index reads token values
    (HunYuan-VL 4: a row of image tokens ends with a newline token)."""
    match = next((m for m in (pattern.search(str(error)) for pattern in _PLACEHOLDER_MISMATCHES) if m), None)
    real = {k: _real_value(candidate[k]) for k in ("input_ids", "mm_token_type_ids") if k in candidate}
    if match is None or "input_ids" not in real or any(v is None for v in real.values()):
        return []
    with unset_fake_temporarily():
        amended = input_placeholders.with_placeholders(real, config, match.group(1).lower(), int(match.group(2)))
        if amended is None:
            return []
        batch = {**{k: value for k, v in candidate.items() if (value := _real_value(v)) is not None}, **amended}
        positioned = input_variants.with_rope_positions(model, batch, input_placeholders.forward_parameters(model))
    variants = [amended] + ([{"position_ids": positioned["position_ids"], **amended}] if positioned else [])
    return [{**candidate, **_model_inputs(variant, dtype, fake_mode, valued)} for variant in variants]


def _real_value(value):
    """A candidate's input as a real tensor: a fake one's constant (None where it has none)."""
    return getattr(value, "constant", None) if isinstance(value, fake_tensor.FakeTensor) else value


def _judgement(model, recorder) -> tuple[dict, list[str]]:
    """What one recorded forward ran: its coverage and the towers it left idle."""
    coverage = _coverage(model, recorder.executed_paths, recorder.used_tensor_objects())
    return coverage, _towers_missed(model, coverage)


def _try(model, candidate: dict, path: str, trace: Trace, errors: list, rejected: list):
    """The recorder of one forward, or None with its error noted, and with the innermost
    module it stopped in and that module's input shapes."""
    entered: list[tuple[torch.nn.Module, list]] = []

    def enter(module, args):
        entered.append((module, [tuple(a.shape) for a in args if isinstance(a, torch.Tensor)]))

    def leave(module, args, output):
        if entered and entered[-1][0] is module:
            entered.pop()

    hooks = (torch.nn.modules.module.register_module_forward_pre_hook(enter), torch.nn.modules.module.register_module_forward_hook(leave))
    try:
        return _record(model, candidate, path, trace)
    except Exception as error:  # the next layout variant may work
        # A kept error would keep its frames' tensors, a failed forward's activations: GLM-5-Next's
        # twenty failed variants held 45 MB each. The frames' files and lines stay for the record.
        traceback.clear_frames(error.__traceback__)
        errors.append(error)
        if entered:
            rejected.append((candidate, *entered[-1]))
        return None
    finally:
        for hook in hooks:
            hook.remove()


def _layout(batch: dict) -> tuple:
    return tuple((k, tuple(v.shape)) for k, v in input_builders.named_tensors(batch))


def _refitted(rejected: list, tried: set, dtype: torch.dtype, fake_mode, valued: bool) -> list[dict]:
    """The rejected variants with their features refitted, each layout not yet tried once."""
    distinct = {}
    for candidate, module, shapes in rejected:
        with unset_fake_temporarily():
            refits = input_variants.fitted_to_layer(candidate, module, shapes)
        for fitted in refits:
            batch = {**candidate, **_model_inputs(fitted, dtype, fake_mode, valued)}
            if _layout(batch) not in tried:
                distinct.setdefault(_layout(batch), batch)
    return list(distinct.values())


def _finish(trace: Trace, model, watcher, candidate: dict, recorder, judgement: tuple[dict, list[str]]) -> Trace:
    recorder.finish(trace)
    trace.modules = watcher.modules_table(model)
    trace.inputs = {k: {"shape": list(v.shape), "dtype": str(v.dtype).removeprefix("torch.")} for k, v in input_builders.named_tensors(candidate)}
    trace.coverage, missed = judgement
    trace.status = _status(trace.coverage, missed)
    if trace.status == "partial":
        why = f"towers not run: {', '.join(missed)}" if missed else f"executed {trace.coverage['executed_fraction']:.0%} of parameterized modules"
        trace.failure = {"category": "partial", "message": why}
    return trace


def attempt(arch: Architecture, strategy: str, dtype: str = "bfloat16", budget_s: float | None = None,
            path: str = "dispatch") -> Trace:
    """One strategy on one architecture, recorded by ``path`` (a ``PATHS`` entry or ``auto``),
    stopped after ``budget_s``; never raises, returns a record. Each attempt starts from the
    same random state: with real tensors the values drawn decide data-dependent shapes (how
    many tokens each expert gets), which the record keeps."""
    from torch._subclasses.fake_tensor import FakeTensorMode

    torch.manual_seed(0)
    trace = Trace(arch=arch.name, status="failed", strategy=strategy, path=path, model_class=arch.model_class, dtype=dtype)
    trace.dims = {"batch": input_fields.BATCH, "seq": input_fields.SEQ}
    stage = "build"
    started = time.perf_counter()
    try:
        with _time_limit(budget_s), op_budget(FAKE_OP_BUDGET if strategy != "real-shallow" else None):
            config, model, watcher = build_on_meta(arch, strategy, getattr(torch, dtype), trace)
            stage = "run"
            if strategy in ("fake-full", "fake-valued"):
                valued = strategy == "fake-valued"
                mode_class = ValuedFakeTensorMode if valued else FakeTensorMode
                real = _real_buffers(model, config, getattr(torch, dtype), trace.attn_implementation) if valued else None
                with mode_class(allow_non_fake_inputs=True) as fake_mode, constants_up_to(_VALUED_NUMEL if valued else _PROPAGATED_NUMEL), replaceable_fake_parameters():
                    model = materialize(model, fake_mode, real)
                    (trace_run_checked if valued else trace_run)(trace, model, config, watcher, path, fake_mode, valued)
            else:
                if param_bytes(model) > REAL_PARAM_BYTES_LIMIT:
                    raise MemoryError(f"{param_bytes(model) / 2**30:.1f} GiB of parameters even at depth {DEPTH_LIMIT}")
                model = materialize(model)
                randomize(model)
                with Float32Arithmetic():
                    trace_run_checked(trace, model, config, watcher, path)
    except (Exception, StrategyTimeout) as error:
        trace.failed(classify_failure(error, stage), _one_line(error))
        trace.failure["where"] = _innermost_frame(error)
    trace.seconds = round(time.perf_counter() - started, 3)
    return trace


def trace_run_checked(trace: Trace, model, config, watcher, path: str, fake_mode=None, valued: bool = False) -> Trace:
    """``trace_run`` where values are known: first as under plain fake tensors, with transformers'
    own checks off (``TRANSFORMERS_DISABLE_TORCH_CHECK``, which the sweep sets: a check of a
    count cannot be decided without values), so a placeholder count that differs from the
    features passes; where no candidate runs so, again with the checks on: a failing check
    then names the count the model made, which a recounted candidate uses (Granite 4 Vision,
    HunYuan-VL). The first run's error is the one raised if both fail, and it is raised at
    once where fake tensors caused it: the inputs then passed every count the checks would
    make (GLM-5-Next spent a minute rerunning its vision tower to fail at the same op)."""
    try:
        return trace_run(trace, model, config, watcher, path, fake_mode, valued)
    except Exception as unchecked:
        if classify_failure(unchecked, "run") == "fake-unsupported":
            raise
        try:
            with _model_checks():
                return trace_run(trace, model, config, watcher, path, fake_mode, valued)
        except Exception:
            raise unchecked from None


@contextlib.contextmanager
def _model_checks():
    """Transformers' ``torch_compilable_check`` on, and back to how it was after."""
    previous = os.environ.get("TRANSFORMERS_DISABLE_TORCH_CHECK")
    os.environ["TRANSFORMERS_DISABLE_TORCH_CHECK"] = "0"
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop("TRANSFORMERS_DISABLE_TORCH_CHECK")
        else:
            os.environ["TRANSFORMERS_DISABLE_TORCH_CHECK"] = previous


def _real_buffers(model: torch.nn.Module, config, dtype: torch.dtype, attn: str) -> dict[str, torch.Tensor]:
    """The values of the model's small buffers (a codec's stride and kernel size), from a
    second build where tensors made from numbers stay on the CPU (``_SmallTensorsOnCpu``).
    The model itself stays the meta build, so what its record says of construction is
    unchanged; a model that cannot be built the second way keeps fake buffers."""
    try:
        twin, _ = build.construct(type(model), config, attn, "meta", dtype, _PROPAGATED_NUMEL)
    except Exception:  # a constructor that mixes them with meta tensors in a way not moved
        return {}
    return {name: b for name, b in twin.named_buffers() if not b.is_meta}


def _innermost_frame(error: BaseException) -> str:
    frames = traceback.extract_tb(error.__traceback__)
    for frame in reversed(frames):
        if "transformers" in frame.filename:
            return f"{os.path.basename(frame.filename)}:{frame.lineno} {frame.name}"
    return f"{os.path.basename(frames[-1].filename)}:{frames[-1].lineno}" if frames else ""


# Constant inputs before real tensors: where both trace, ``fake-valued`` keeps every layer at
# full size in seconds, while ``real-shallow`` computes two layers in bf16 on the CPU for
# minutes (a vision-language model: 20 s against 130 s).
STRATEGIES = ("fake-full", "fake-valued", "real-shallow")

def _attempt_summary(trace: Trace) -> dict:
    return {"strategy": trace.strategy, "dtype": trace.dtype, "status": trace.status, "failure": trace.failure, "seconds": trace.seconds}


def _bfloat16_unsupported(trace: Trace) -> bool:
    """An op or a hard-coded cast that only works in float32 (an FFT, a float32 buffer)."""
    return trace.status == "failed" and trace.dtype == "bfloat16" and "bfloat16" in trace.failure["message"].lower()


def _may_help(strategy: str, first: Trace, last: Trace) -> bool:
    """Whether ``strategy`` may trace what the first one (``fake-full``) failed to: real
    tensors where fake tensors could not follow the model or were slow, constant inputs
    only where an op needed values (a second fake run would be as slow). Real tensors add
    nothing after a ``fake-valued`` run that ended partial: it keeps a forward that left a
    tower idle only when fake tensors stopped none of its variants, and with every input
    a constant it already saw the values real tensors would (Qwen2-Audio's audio tower idle
    either way, after 30 s of real arithmetic)."""
    if first.status != "failed":
        return False
    if strategy == "fake-valued":
        return first.failure["category"] == "fake-unsupported"
    if last.strategy == "fake-valued" and last.status == "partial":
        return False
    return first.failure["category"] in ("fake-unsupported", "timeout")


_RANK = {"traced": 0, "partial": 1, "failed": 2}


def trace_architecture(arch: Architecture, strategies: tuple[str, ...] = STRATEGIES, budget_s: float | None = None,
                       path: str = "dispatch") -> Trace:
    """The best record over the strategies, each fake one stopped after ``budget_s`` or
    ``FAKE_OP_BUDGET`` ops (a fake-tensor forward that loops over every token, as Mamba's
    reference scan does, may take minutes where the shallow real one takes seconds, and
    ``real-shallow`` may use what is left); every attempt is summarized in ``attempts``."""
    os.environ.setdefault("TRANSFORMERS_DISABLE_TORCH_CHECK", "1")
    best: Trace | None = None
    first: Trace | None = None
    attempts = []
    for strategy in strategies:
        if first is not None and not _may_help(strategy, first, last):
            continue
        limit = None if strategy == "real-shallow" else budget_s
        trace = attempt(arch, strategy, budget_s=limit, path=path)
        if _bfloat16_unsupported(trace):
            attempts.append(_attempt_summary(trace))
            trace = attempt(arch, strategy, "float32", limit, path)
        attempts.append(_attempt_summary(trace))
        first, last = first or trace, trace
        if best is None or _RANK[trace.status] < _RANK[best.status]:
            best = trace
        if trace.status == "traced":
            break
    assert best is not None
    best.attempts = attempts
    return best
