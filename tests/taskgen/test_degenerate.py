"""The degenerate-reference check refuses a reference that cannot be built, at any case size:
UDOP's relative biases take `num_heads` through **kwargs, which the trace does not record, so
rebuilt from their recorded arguments they raise in the constructor."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import torch
from transformers.models.udop.modeling_udop import RelativePositionBiasHorizontal

from fastkernels.taskgen.degenerate import SMALL_BYTES, build_problem, class_problem, problem

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


def _batch_norm_task(recorded_at: str, shape: list[int]):
    """The `batch_norm2d` task's interface (a `BatchNorm2d`), over one case recorded at
    `recorded_at` with an input of `shape` in bfloat16."""
    case = {"init": {"num_features": 8}, "inputs": [{"name": "input", "kind": "tensor", "shape": shape, "dtype": "bfloat16"}],
            "dims": {"batch": 2}, "bytes": 4096, "flops": 4096, "qualname": f"torch.nn.modules.batchnorm.{recorded_at}"}
    CASES = [case]
    return SimpleNamespace(Model=torch.nn.BatchNorm2d, CASES=CASES, KERNEL={"qualname": "torch.nn.modules.batchnorm.BatchNorm2d"},
                           get_inputs=lambda case=0, dims=None: [torch.randn(shape, dtype=torch.bfloat16)],
                           get_init_inputs=lambda case=0: [8])


def test_a_case_of_another_class_runs_and_a_rank_check_drops_it():
    """BatchNorm1d and BatchNorm2d share a kernel id; the 2-D module rejects the 1-D one's
    rank-3 input. Cases of the task's own class are only built; the bf16 weights run as cast."""
    found = class_problem(_batch_norm_task("BatchNorm1d", [2, 8, 5]), 0)
    assert found == "the reference raises ValueError: expected 4D input (got 3D input)"
    assert class_problem(_batch_norm_task("BatchNorm1d", [2, 8, 5, 5]), 0) is None  # a bf16 input, weights cast to it
    assert class_problem(_batch_norm_task("BatchNorm2d", [2, 8, 5]), 0) is None  # its own class: build check only


def test_a_case_of_another_class_that_computes_otherwise_is_found():
    """MaxPool2d takes MaxPool1d's rank-3 input without a raise, as one unbatched image, and
    pools over both of its last two dimensions: another computation, found by running the
    recorded class, built from the same arguments, beside it."""
    shape = [2, 8, 12]
    case = {"init": {"kernel_size": 2, "stride": 2}, "inputs": [{"name": "input", "kind": "tensor", "shape": shape, "dtype": "float32"}],
            "dims": {"batch": 2}, "bytes": 768, "flops": 96, "qualname": "torch.nn.modules.pooling.MaxPool1d"}
    task = SimpleNamespace(Model=torch.nn.MaxPool2d, CASES=[case], KERNEL={"qualname": "torch.nn.modules.pooling.MaxPool2d"},
                           get_inputs=lambda case=0, dims=None: [torch.randn(shape)], get_init_inputs=lambda case=0: [2, 2])
    assert class_problem(task, 0) == ("the reference computes otherwise than MaxPool1d on its calls: "
                                      "an output of [2, 4, 6] where MaxPool1d gives [2, 8, 6]")
    task.KERNEL = {"qualname": "torch.nn.modules.pooling.MaxPool1d"}  # recorded at the task's own class: built only
    assert class_problem(task, 0) is None
