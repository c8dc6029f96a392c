"""The degenerate-reference check refuses a reference that cannot be built, at any case size:
UDOP's relative biases take `num_heads` through **kwargs, which the trace does not record, so
rebuilt from their recorded arguments they raise in the constructor."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import torch
from transformers.models.udop.modeling_udop import RelativePositionBiasHorizontal

from fastkernels.taskgen.degenerate import SMALL_BYTES, build_problem, problem

MANIFEST = Path(__file__).resolve().parents[2] / "tasks_generated" / "MANIFEST.json"
UDOP = ("RelativePositionBias1D", "RelativePositionBiasHorizontal")


class _WithHeads(RelativePositionBiasHorizontal):
    """The same bias given the head count production passes through **kwargs."""

    def __init__(self, scaling_factor=100, max_distance=100, num_heads=16):
        super().__init__(scaling_factor, max_distance, num_heads=num_heads)


def _task(model_class, init):
    """A task module's interface over a case too large to run at its own shape (batch 2, 705
    tokens: the traced one), so the check runs it at batch 1."""
    case = {"init": init, "dims": {"batch": 2}, "bytes": 16 * SMALL_BYTES}

    def get_inputs(case=0, dims=None):
        batch = {**CASES[0]["dims"], **(dims or {})}["batch"]
        return [torch.ones(batch, 705), torch.rand(batch, 705, 4)]

    CASES = [case]
    return SimpleNamespace(Model=model_class, CASES=CASES, get_inputs=get_inputs,
                           get_init_inputs=lambda case=0: list(CASES[case]["init"].values()))


def test_a_reference_that_cannot_be_built_is_refused_at_a_shrunk_shape():
    found = problem(_task(RelativePositionBiasHorizontal, {"scaling_factor": 100, "max_distance": 100}), 0)
    assert found is not None and found.startswith("the reference cannot be built: TypeError")
    assert "**kwargs, which the trace does not record" in found


def test_the_build_check_of_class_tasks_refuses_it_and_passes_it_given_its_heads():
    found = build_problem(_task(RelativePositionBiasHorizontal, {"scaling_factor": 100, "max_distance": 100}), 0)
    assert found is not None and found.startswith("the reference cannot be built: TypeError")
    assert build_problem(_task(_WithHeads, {"scaling_factor": 100, "max_distance": 100, "num_heads": 16}), 0) is None


def test_the_same_reference_given_its_heads_builds_and_computes():
    assert problem(_task(_WithHeads, {"scaling_factor": 100, "max_distance": 100, "num_heads": 16}), 0) is None


def test_udop_relative_biases_are_left_out_with_the_reason():
    manifest = json.loads(MANIFEST.read_text())
    assert not [t for t in manifest["tasks"] if t["qualname"].rsplit(".", 1)[-1] in UDOP]
    reasons = {e["qualname"].rsplit(".", 1)[-1]: e["reason"] for e in manifest["left_out"] if e["qualname"].rsplit(".", 1)[-1] in UDOP}
    assert set(reasons) == set(UDOP)
    assert all("cannot be built" in why and "**kwargs" in why for why in reasons.values())
