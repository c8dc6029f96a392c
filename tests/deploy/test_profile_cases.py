"""A prediction benched at the profile's own config: a tiny Qwen3-MoE's experts share Inkling's
kernel, whose task lists Inkling's config only (6,144 wide, 256 experts); the profile cases
rebuild them at the model's own width and expert count, and the run predicts from them."""
import json

import pytest
import torch
from transformers import Qwen3MoeConfig, Qwen3MoeForCausalLM

from fastkernels.cli import bench
from fastkernels.engine.deploy.catalog import Catalog
from fastkernels.engine.deploy.profile import record
from fastkernels.engine.deploy.profile_cases import write_profile_tasks
from fastkernels.engine.plan import PROFILE
from fastkernels.engine.task import load_module

from tests.deploy.test_deploy import FIXTURES

EXPERTS, HIDDEN = 12, 48  # eight experts a token, as Qwen3-MoE routes: Inkling's kernel


@pytest.fixture(scope="module")
def profile_file(tmp_path_factory):
    torch.manual_seed(0)
    config = Qwen3MoeConfig(hidden_size=HIDDEN, intermediate_size=96, moe_intermediate_size=32, num_hidden_layers=2,
                            num_attention_heads=4, num_key_value_heads=2, head_dim=16, vocab_size=256,
                            num_experts=EXPERTS, num_experts_per_tok=8)
    model = Qwen3MoeForCausalLM(config).eval()
    profile = record(model, "qwen3_moe", torch.randint(0, 256, (1, 12)), new_tokens=3)
    path = tmp_path_factory.mktemp("profile") / "qwen3-moe-tiny.json"
    path.write_text(json.dumps(profile))
    return path


def test_experts_are_benched_at_the_models_own_config(profile_file, tmp_path):
    catalog = Catalog()
    profile = json.loads(profile_file.read_text())
    names = {"L2/inkling_experts", "L1/llama_rms_norm", "L1/silu_activation"}
    made = write_profile_tasks(profile, catalog, names, tmp_path / "tasks")
    # each at the prompt's 12 tokens and at one; the norms over the hidden state and per head
    # (query and key), the activation only inside the experts, which count as a whole
    assert made.cases == {"L2/inkling_experts": 2, "L1/llama_rms_norm": 6}
    assert "L1/silu_activation" not in made.cases and (tmp_path / "tasks" / "L1" / "silu_activation.py").is_file()

    task = load_module(tmp_path / "tasks" / "L2" / "inkling_experts.py", "fk_test_profile_experts")
    own = [c for c in task.CASES if c.get("phase") != PROFILE]
    assert own[0]["init"]["config"]["fields"]["hidden_size"] == 6144  # the task's own cases stay first
    cases = [i for i, c in enumerate(task.CASES) if c.get("phase") == PROFILE]
    assert sorted(task.CASES[i]["dims"]["seq"] for i in cases) == [1, 12]
    times = [task.CASES[i]["gpu_ms"] for i in cases]
    assert times == sorted(times, reverse=True)  # the most time first: what --max-cases keeps
    for index in cases:
        (config,) = task.get_init_inputs(index)
        assert type(config).__name__ == "Qwen3MoeConfig" and config.hidden_size == HIDDEN
        assert config.n_routed_experts == config.num_experts == EXPERTS  # the name Inkling's class reads
        reference = task.Model(config).to(getattr(torch, task.CASES[index]["param_dtype"]))
        hidden, index_, weights = task.get_inputs(index)
        assert int(index_.max()) < EXPERTS  # a router's choice among the model's own experts
        assert reference(hidden, index_, weights).shape == hidden.shape
    again = write_profile_tasks(profile, catalog, names, tmp_path / "again")
    assert again.cases == made.cases
    for name in names:  # the same profile writes the same files
        level, stem = name.split("/")
        assert (tmp_path / "tasks" / level / f"{stem}.py").read_bytes() == (tmp_path / "again" / level / f"{stem}.py").read_bytes()


def test_the_run_predicts_from_the_profile_cases(profile_file, tmp_path):
    candidates = tmp_path / "candidates"
    (candidates / "L2").mkdir(parents=True)
    (candidates / "L2" / "inkling_experts.py").write_text((FIXTURES / "candidates" / "L2" / "cohere2_moe_experts.py").read_text())
    out = tmp_path / "run.json"
    code = bench.main(["run", "--device", "cpu", "--candidates", str(candidates), "--task", "L2/inkling_experts",
                       "--phases", PROFILE, "--weights", str(profile_file), "--unsafe", "--full", "--rounds", "1",
                       "--results", str(tmp_path / "results"), "--json", str(out)])
    assert code == 0
    document = json.loads(out.read_text())
    (result,) = document["tasks"]
    assert result["status"] == "PASSED" and len(result["cases"]) == 2
    rows = document["prediction"]["rows"]
    assert {row["path"] for row in rows} == {f"model.layers.{i}.mlp.experts" for i in range(2)}
    task = load_module(tmp_path / "profile-tasks" / "L2" / "inkling_experts.py", "fk_test_profile_run")
    assert all(task.CASES[row["case"]]["phase"] == PROFILE for row in rows)
    assert all(task.CASES[row["case"]]["inputs"][0]["shape"] == row["inputs"][0] for row in rows)  # each at its own shape


def test_the_profile_phase_needs_a_profile(capsys):
    code = bench.main(["run", "--device", "cpu", "--task", "L2/inkling_experts", "--phases", PROFILE])
    err = capsys.readouterr().err
    assert code == 2 and "--phases profile needs --weights" in err and err.count("error:") == 1
