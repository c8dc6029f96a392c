"""The stored ladder exported as a rung folder: each task's winning rung behind the task's
own interface, deployed into a real (tiny) Llama by kernel id, the same greedy tokens."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch
from transformers import LlamaConfig, LlamaForCausalLM

from fastkernels.baselines.export import export_rungs, rung_class, winning_rung
from fastkernels.engine.deploy.catalog import Catalog
from fastkernels.engine.deploy.deployment import deploy, model_inputs
from fastkernels.engine.deploy.swap import source_from_folder

ROOT = Path(__file__).resolve().parents[2]
TASKS = ROOT / "tasks_generated"


def _kernel_id(task: str) -> str:
    manifest = json.loads((TASKS / "MANIFEST.json").read_text())
    return next(t["kernel_id"] for t in manifest["tasks"] if t["path"] == f"{task}.py")


def _entry(kernel_id: str, winners: dict[str, str], revision: int = 3) -> dict:
    return {"task": "?", "kernel_id": kernel_id, "signature_revision": revision,
            "cases": {key: {"winner": rung, "rungs": {}} for key, rung in winners.items()}}


def test_the_exported_rung_is_the_one_that_won_most_listed_cases():
    assert winning_rung(_entry("k", {"0": "compile", "1": "triton.x", "2": "triton.x"})) == "triton.x"
    assert winning_rung(_entry("k", {"0": "compile", "1": "triton.x"})) == "compile"  # a tie: the first case's
    assert winning_rung(_entry("k", {"0": "eager", "0+seq=65536": "triton.x", "1+seq=9": "triton.x"})) == "eager"
    assert winning_rung(_entry("k", {"0": None})) is None


def test_exported_rungs_deploy_into_llama_by_kernel_id(tmp_path):
    norm, mlp = _kernel_id("L1/llama_rms_norm"), _kernel_id("L2/llama_mlp")
    section = {"card": "cpu", "entries": {f"{norm}@3": _entry(norm, {"0": "eager"}),
                                          f"{mlp}@3": _entry(mlp, {"0": "eager"}),
                                          "old@2": _entry(norm, {"0": "compile"}, revision=2)}}
    written = export_rungs(section, 3, TASKS, tmp_path / "production")
    assert [(w["task"], w["rung"]) for w in written] == [("L1/llama_rms_norm", "eager"), ("L2/llama_mlp", "eager")]
    torch.manual_seed(0)
    config = LlamaConfig(hidden_size=64, intermediate_size=128, num_hidden_layers=2, num_attention_heads=4,
                         num_key_value_heads=2, vocab_size=256, max_position_embeddings=1024)
    model = LlamaForCausalLM(config).eval()
    catalog = Catalog(TASKS)
    source = source_from_folder(catalog, tmp_path / "production", "production")
    deployment = deploy(model, source, catalog, model_inputs(model, torch.device("cpu"), torch.float32), "llama", 16)
    assert deployment.summary(catalog)["swapped_by_task"] == {"L1/llama_rms_norm": 5, "L2/llama_mlp": 2}
    assert deployment.verdict.ok, deployment.verdict
    assert type(model.model.norm).__name__ == "ModelNew" and "_fk_rung" in model.model.norm.__dict__


def test_a_rung_file_whose_kernel_is_gone_or_whose_rung_cannot_run_says_so():
    with pytest.raises(ImportError, match="export the rungs again"):
        rung_class("0000000000000000", "eager", TASKS)
    norm = rung_class(_kernel_id("L1/llama_rms_norm"), "triton.rms_norm.llama", TASKS)(64)
    with pytest.raises(RuntimeError, match="triton.rms_norm.llama cannot run kernel .* on cpu"):
        norm(torch.randn(2, 64))


def test_a_rung_that_failed_an_untimed_case_is_not_exported_for_the_kernel():
    from fastkernels.engine.timing import Measurement, Timing

    def timed(ms):
        return {"status": "passed", "ms": ms, "measurement": Measurement(launch=Timing(ms, 0.0, 5, "cuda-events")).to_dict()}

    entry = {"kernel_id": "k", "signature_revision": 3, "failed": {"triton.x": "triton.x case 2: outside atol"},
             "cases": {"0": {"winner": "triton.x", "rungs": {"eager": timed(3.0), "compile": timed(2.0), "triton.x": timed(1.0)}}}}
    assert winning_rung(entry) == "compile"


def test_a_rung_of_a_module_without_weights_is_built_for_its_inputs_device(monkeypatch):
    """An activation holds no tensor: its rung is built for the device of what it is called on
    (a compile rung built 'for cpu' refused a CUDA engine's SiLU)."""
    import fastkernels.baselines.export as export
    from fastkernels.baselines.ladder import Ladder, Rung

    asked = []

    def ladder(kernel_id, model, device, families):
        asked.append(device)
        return Ladder(rungs=[Rung("eager", "eager", model)], skipped={})

    monkeypatch.setattr(export, "build_ladder", ladder)
    silu = rung_class(_kernel_id("L1/silu_activation"), "eager", TASKS)()
    assert not list(silu.parameters()) and not list(silu.buffers())
    out = silu(torch.randn(3, 8, device="meta"))
    assert asked == ["meta"] and out.device.type == "meta"


def test_a_hook_on_the_deployed_module_fires_once_per_call_not_again_inside_its_rung():
    """The rung runs a copy of the module: a hook put on the module after the rung was built
    (the deploy check's capture) must not be shared by the copy (it fired twice, and a compiled
    rung compiled it in, once per hooked module)."""
    norm = rung_class(_kernel_id("L1/llama_rms_norm"), "eager", TASKS)(64)
    x = torch.randn(2, 64)
    norm(x)  # the rung is built at the first call
    calls = []
    norm.register_forward_hook(lambda module, args, output: calls.append(type(module).__name__))
    norm(x)
    assert calls == ["ModelNew"]
