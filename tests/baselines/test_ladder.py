"""The ladder offers library and Triton rungs by kernel id, says why a rung is not offered,
and never lets a rung that failed the correctness check win."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch
from torch import nn
from transformers.models.llama.modeling_llama import LlamaRMSNorm

from fastkernels.baselines import kernels
from fastkernels.baselines.ladder import RUNGS, Rung, build_ladder
from fastkernels.engine import ladder_run
from fastkernels.engine.baseline_store import FAILED, PASSED
from fastkernels.engine.task import load_module
from fastkernels.engine.timing import TimingConfig

ROOT = Path(__file__).resolve().parents[2]
LLAMA_RMS_NORM, LAYER_NORM, GELU = "03fb3ef375bded40", "312fb63cb2a699d4", "a9673c7f07d887de"


def _offered(ladder) -> set[str]:
    return {r.name for r in ladder.rungs} | set(ladder.skipped)


def test_every_kernel_id_in_the_tables_is_a_task_of_the_manifest():
    manifest = json.loads((ROOT / "tasks_generated" / "MANIFEST.json").read_text())
    assert manifest["revisions"]["signature_revision"] == kernels.SIGNATURE_REVISION
    ids = {task["kernel_id"] for task in manifest["tasks"]}
    assert set(kernels.LIBRARY) - ids == set() and set(kernels.TRITON) - ids == set()


def test_rungs_are_chosen_by_kernel_id_not_by_class():
    module = LlamaRMSNorm(64)
    as_rms = _offered(build_ladder(LLAMA_RMS_NORM, module, "cpu"))
    assert {"liger.rms_norm", "triton.rms_norm.llama"} <= as_rms
    # The same class under another kernel's id is offered that kernel's rungs, not RMSNorm's.
    as_layer_norm = _offered(build_ladder(LAYER_NORM, module, "cpu"))
    assert "liger.layer_norm" in as_layer_norm and not any("rms_norm" in name for name in as_layer_norm)
    assert _offered(build_ladder("0000000000000000", module, "cpu")) == {"eager", "compile"}


def test_on_cpu_gpu_only_rungs_are_skipped_with_a_reason():
    ladder = build_ladder(GELU, nn.GELU(), "cpu", RUNGS)
    assert [r.name for r in ladder.rungs] == ["eager"]
    assert "CUDA" in ladder.skipped["compile"]
    why = ladder.skipped["triton.activation.gelu"]
    assert "\n" not in why and ("Triton" in why or "CUDA" in why)
    liger = build_ladder(LLAMA_RMS_NORM, LlamaRMSNorm(64), "cpu").skipped["liger.rms_norm"]
    assert "\n" not in liger and "Liger-Kernel" in liger
    sdpa = build_ladder("61de1100cdcfc188", nn.Identity(), "cpu")
    assert "CUDA" in sdpa.skipped["attention.sdpa_flash"]
    assert "attention.flex" in {r.name for r in sdpa.rungs}  # FlexAttention has a CPU path


def test_a_rung_that_fails_correctness_is_recorded_failed_and_never_wins():
    task = load_module(ROOT / "tests" / "fixtures" / "tasks" / "L1" / "llama_rms_norm.py", "fk_ladder_test_task")
    model = task.Model(*task.get_init_inputs(0)).to(torch.bfloat16).eval()
    wrong = Rung("wrong-but-fast", "library", lambda hidden_states: hidden_states)  # no work at all: the fastest
    config = ladder_run.LadderConfig(device="cpu", rounds=1, held_out_rounds=1, timing=TimingConfig(warmup=1, iters=3, graph=False))
    checks = [{"case": 0, "dims": None, "held_out": False, "timed": True, "seeds": [1]},
              {"case": 0, "dims": {"batch": 1, "seq": 7}, "held_out": True, "timed": False, "seeds": [2]}]
    with torch.no_grad():
        records = ladder_run._check_and_time(task, 0, model, [Rung("eager", "eager", model), wrong], checks, config, None)
    record = records["0"]
    untimed, failed = [dict(check, timed=False) for check in checks], {}
    with torch.no_grad():
        assert ladder_run._check_and_time(task, 0, model, [Rung("eager", "eager", model), wrong], untimed, config, None,
                                          failed=failed) == {}
    assert list(failed) == ["wrong-but-fast"]  # kept for the entry, though no case of it was timed
    assert record["rungs"]["wrong-but-fast"]["status"] == FAILED
    assert "wrong-but-fast case 0" in record["rungs"]["wrong-but-fast"]["reason"]
    assert record["rungs"]["eager"]["status"] == PASSED and record["winner"] == "eager"


@pytest.mark.parametrize("dims", [{"batch": 2, "seq": 509}, {"batch": 2}])
def test_the_many_token_case_grows_a_run_time_role_until_it_moves_enough(dims):
    moved = 2 * 1018 * 4096 * 2
    case = {"dims": dims, "bytes": moved}
    inputs, outputs = [torch.zeros(1018, 4096, dtype=torch.bfloat16)], torch.zeros(1018, 4096, dtype=torch.bfloat16)
    grown = ladder_run._many_token_dims(case, inputs, outputs, 256 * 2**20)
    assert set(grown) == ({"batch", "seq"} if "seq" in dims else {"batch"})
    listed, now = (509 * 2, grown["seq"]) if "seq" in dims else (2, grown["batch"])
    assert now * moved >= 256 * 2**20 * listed > (now - 1) * moved
    assert ladder_run._many_token_dims({"dims": {}, "bytes": 10}, inputs, outputs, 256 * 2**20) is None


def test_serving_phases_add_their_cases_to_the_checked_and_timed_ones():
    """--phases decode: the traced first case and every decode case, not the prefill one."""
    module = load_module(ROOT / "tasks_generated" / "L1" / "kyutai_speech_to_text_rotary_embedding.py", "fk_test_phases")
    phases = [case.get("phase") for case in module.CASES]
    decode = {i for i, phase in enumerate(phases) if phase == "decode"}
    assert decode and "prefill" in phases
    config = ladder_run.LadderConfig(device="cpu", max_cases=1, check_cases=1, phases=("decode",))
    assert ladder_run.checked_cases(module, config) == sorted({0} | decode)
    assert ladder_run.timed_cases(module, config) == {0} | decode
    plain = ladder_run.LadderConfig(device="cpu", max_cases=1, check_cases=1)
    assert ladder_run.checked_cases(module, plain) == [0] and ladder_run.timed_cases(module, plain) == {0}
    by_bytes = ladder_run.LadderConfig(device="cpu", max_cases=1, time_from_bytes=1)  # serving cases: no traced bytes
    assert ladder_run.timed_cases(module, by_bytes) == {i for i, case in enumerate(module.CASES) if case.get("bytes")}


def test_a_serving_case_without_traced_bytes_counts_its_inputs_outputs_and_weights():
    """Its % of speed-of-light is then a real figure, never overstated: a kernel moves at least these."""
    task = load_module(ROOT / "tests" / "fixtures" / "tasks" / "L1" / "llama_rms_norm.py", "fk_ladder_serving_bytes")
    model = task.Model(*task.get_init_inputs(0)).to(torch.bfloat16).eval()
    weights = sum(p.numel() * p.element_size() for p in model.parameters())
    assert weights > 0
    assert ladder_run._with_bytes({"bytes": None, "phase": "decode"}, 1000, model)["bytes"] == 1000 + weights
    assert ladder_run._with_bytes({"bytes": 77}, 1000, model) == {"bytes": 77}
    inputs = [torch.zeros(16, 4096, dtype=torch.bfloat16)]
    grown = ladder_run._many_token_dims({"dims": {"batch": 16, "seq": 1}, "bytes": None}, inputs, inputs[0], 2**20 * 256)
    assert grown["seq"] * 2 * 4096 * 2 >= 256 * 2**20
