"""One deployment: identify, swap, verify, and the report of what happened.

``deploy`` is the entry point for any caller that holds a live model (``fk-bench e2e``, a
serving engine before it captures graphs): it leaves the model swapped when it returns.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import torch
from torch.utils._pytree import tree_map

# The analyzer's input synthesis, imported in one place.
from fastkernels.analyzer.trace.input_fields import SEQ
from fastkernels.analyzer.trace.input_placeholders import forward_parameters
from fastkernels.analyzer.trace.inputs import candidate_inputs
from fastkernels.engine.deploy import verify
from fastkernels.engine.deploy.catalog import BUILTIN_RUNGS, DEFAULT_TASKS, Catalog, rung_folder
from fastkernels.engine.deploy.identify import Identification, identify
from fastkernels.engine.deploy.swap import (Source, Swap, apply, builtin_source, reinstate, restore,
                                            source_from_folder)
from fastkernels.engine.envelope import allowed

DEFAULT_STEPS = 64
SHORT_SEQ = 64


@dataclass
class Deployment:
    """What was swapped and whether the model still computes the same thing."""

    arch: str
    source: str
    identification: Identification = field(repr=False)
    swap: Swap = field(repr=False)
    verdict: verify.Verdict | None = None

    def summary(self, catalog: Catalog | None = None) -> dict:
        """Counts by task: instances swapped; the model's kernels the source did not serve
        (those only found inside a swapped module are served by it), by task name where the
        kernel has a task; function kernels apart (not module instances)."""
        swapped = self.swap.swapped_by_task()
        inside = tuple(p + "." for p in self.swap.replacements)
        kernels = [i for i in self.identification.instances if not i.bookkeeping and (i.path or i.kind == "function")]
        served = {r.kernel_id for r in self.swap.records}
        left = Counter(i.kernel_id for i in kernels if i.kernel_id not in served
                       and not (i.path + ".").startswith(inside) and i.path not in self.swap.replacements)
        name = (lambda k: catalog.by_id[k].name if k in catalog.by_id else None) if catalog else (lambda k: None)
        functions = {i.kernel_id for i in kernels if i.kind == "function"}
        return {
            "swapped_instances": sum(swapped.values()),
            "swapped_by_task": swapped,
            "not_swapped": self.swap.not_swapped(),
            "kernels": len({i.kernel_id for i in kernels}),
            "kernels_without_replacement": [
                {"kernel_id": k, "task": name(k), "instances": n, "function": k in functions} for k, n in sorted(left.items())
            ],
        }

    def to_json(self, catalog: Catalog | None = None) -> dict:
        return {"arch": self.arch, "source": self.source, "identified_by": self.identification.strategy,
                **self.summary(catalog), "verdict": self.verdict.to_json() if self.verdict else None}


def model_inputs(model: torch.nn.Module, device: torch.device, dtype: torch.dtype, seq: int = SHORT_SEQ) -> dict:
    """The analyzer's synthesized inputs for the model (the first variant that runs), floats
    in ``dtype``, without a cache: one forward over the whole sequence. Each variant is
    tried first with its sequence dimension (the analyzer's ``SEQ``) cut to ``seq``: real
    tensors check positions that fake ones do not (Whisper's decoder holds 448), and a short
    sequence verifies as well in a fraction of the time; then as synthesized."""
    config = model.config
    error = None
    for batch in candidate_inputs(model, config):
        batch = tree_map(lambda v: v.to(device=device, dtype=dtype if v.is_floating_point() else v.dtype), batch)
        if "use_cache" in forward_parameters(model):
            batch["use_cache"] = False
        for variant in (_shortened(batch, seq), batch):
            try:
                verify.forward(model, variant)
            except Exception as failure:  # the next layout variant may be the one this model takes
                error = failure
                continue
            return variant
    raise RuntimeError(f"no synthesized input runs the model: {type(error).__name__}: {error}")


def _shortened(batch: dict, seq: int) -> dict:
    def cut(value):
        if not isinstance(value, torch.Tensor):
            return value
        for dim, size in enumerate(value.shape):
            if size == SEQ:
                value = value.narrow(dim, 0, seq)
        return value

    return tree_map(cut, batch)


def deploy(model: torch.nn.Module, source: Source, catalog: Catalog, inputs: dict, arch: str = "live",
           steps: int = DEFAULT_STEPS, levels: tuple[int, ...] | None = None,
           identification: Identification | None = None) -> Deployment:
    """Swap ``source``'s modules into ``model`` and verify on ``inputs`` (and, for a decoder,
    ``steps`` greedy tokens from its ``input_ids``). The model is left swapped."""
    # measured before the swap is built: the widened run converts weights in place, and a
    # replacement that already held them would keep the narrow copies alive
    rounding, precision = verify.reference_rounding(model, inputs, verify.forward(model, inputs))
    scales = [allowed(e) for e in rounding] if rounding else None
    identification = identification or identify(model, arch)
    probe = apply(model, identification, catalog, source, arch, levels)
    paths = list(probe.replaced)
    restore(model, probe)  # the unswapped run first, its instances hooked
    with verify.captured(model, paths, keep_inputs=True) as reference:
        expected = verify.forward(model, inputs)
    prompt, expected_tokens, untested = _prompt(model, inputs), None, ""
    if prompt is not None:
        try:
            expected_tokens = verify.greedy_tokens(model, prompt, steps)
        except Exception as error:  # the unswapped model does not generate: nothing to compare
            prompt, untested = None, f"not compared: the unswapped model's generate raised {type(error).__name__}: {str(error)[:150]}"
    if prompt is not None:
        sequence = torch.cat([prompt, expected_tokens], dim=1)
        expected_forced = verify.forced_logits(model, sequence, steps)
    reinstate(model, probe)
    with verify.captured(model, paths, keep_inputs=False) as swapped:
        try:
            got = verify.forward(model, inputs)
        except Exception as error:  # a replacement that cannot take its instance's calls: named below
            got, failure = None, f"the swapped model raised {verify.one_line(error)}"
    envelope = max(rounding) if rounding else None
    if got is None:
        verdict = verify.Verdict(False, failure, 0.0, envelope, precision, tokens_detail=untested, raised=True)
        verdict.diverging_module, verdict.diverging_detail = verify.isolated_divergence(model, reference, swapped)
        return Deployment(arch, source.name, identification, probe, verdict)
    mismatch, max_error = verify.compare_forward(got, expected, scales)
    verdict = verify.Verdict(mismatch is None, mismatch.summary() if mismatch else "", max_error, envelope, precision,
                             tokens_detail=untested)
    if prompt is not None:
        _compare_tokens(verdict, verify.greedy_tokens(model, prompt, steps), expected_tokens,
                        lambda: verify.forced_logits(model, sequence, steps), expected_forced, scales[0] if scales else 1.0)
    if not verdict.ok:
        verdict.diverging_module, verdict.diverging_detail = verify.isolated_divergence(model, reference, swapped)
    return Deployment(arch, source.name, identification, probe, verdict)


def _compare_tokens(verdict: verify.Verdict, got: torch.Tensor, expected: torch.Tensor, got_forced,
                    expected_forced: torch.Tensor, scale: float) -> None:
    """Free-running greedy tokens; where they part, the tie check on the reference's tokens."""
    verdict.tokens_steps = expected.shape[1]
    verdict.tokens_detail = verify.compare_tokens(got, expected)
    if not verdict.tokens_detail:
        verdict.tokens_match = True
        return
    verdict.tokens_ties, failure = verify.tie_check(expected_forced, got_forced(), scale)
    verdict.tokens_match = not failure
    verdict.tokens_detail += f"; {failure}" if failure else (
        f"; fed the reference's tokens, the picks differ at {verdict.tokens_ties} of {verdict.tokens_steps} steps, "
        "each a tie within the reference's rounding")


def swap_in(model: torch.nn.Module, folder=None, rung: str | None = None, tasks=DEFAULT_TASKS, arch: str = "live") -> Swap:
    """Swap a candidates folder (or a rung) into ``model`` without verifying: what a serving
    engine calls before it captures graphs. Raises ``DeployError`` on a folder with files
    that name no task; the returned records say what was swapped and what was not."""
    catalog = Catalog(tasks)
    identification = identify(model, arch)
    if folder is not None:
        source = source_from_folder(catalog, folder, str(folder))
    elif rung in BUILTIN_RUNGS:
        source = builtin_source(catalog, rung, {i.kernel_id for i in identification.instances})
    else:
        source = source_from_folder(catalog, rung_folder(rung), f"rung {rung}")
    return apply(model, identification, catalog, source, arch)


def _prompt(model: torch.nn.Module, inputs: dict) -> torch.Tensor | None:
    """The first sample's first tokens, where the model is a decoder that generates."""
    ids = inputs.get("input_ids")
    if ids is None or not verify.is_generating_decoder(model):
        return None
    return ids[:1, :16]
