"""Deployment into real Transformers models, tiny and on the CPU: plain-PyTorch candidates keep
greedy tokens identical, a candidate wrong off its task's listed shapes is caught and named,
encoder models deploy and compare, and each bad input is one line and a non-zero exit."""
import json
from pathlib import Path

import pytest
import torch
from transformers import (GPTNeoXConfig, GPTNeoXModel, LlamaConfig, LlamaForCausalLM, Qwen3MoeConfig,
                          Qwen3MoeForCausalLM, ViTConfig, ViTModel, WhisperConfig, WhisperModel)

from fastkernels.cli import bench
from fastkernels.engine.deploy.catalog import Catalog
from fastkernels.engine.deploy.deployment import deploy, model_inputs
from fastkernels.engine.deploy.identify import identify
from fastkernels.engine.deploy.swap import SWAPPED, builtin_source, source_from_folder

FIXTURES = Path(__file__).parent.parent / "fixtures" / "deploy"
CPU = torch.device("cpu")


@pytest.fixture(scope="module")
def catalog():
    return Catalog()


def _randomized_norms(model):
    """Norm weights away from one, so that a candidate that drops the weight computes otherwise."""
    torch.manual_seed(1)
    with torch.no_grad():
        for name, parameter in model.named_parameters():
            if "norm" in name and parameter.dim() == 1:
                parameter.normal_(1.0, 0.2)
    return model.eval()


def _llama(hidden=64):
    torch.manual_seed(0)
    config = LlamaConfig(hidden_size=hidden, intermediate_size=128, num_hidden_layers=2, num_attention_heads=4,
                         num_key_value_heads=2, vocab_size=256, max_position_embeddings=1024)
    return _randomized_norms(LlamaForCausalLM(config))


def _deployed(model, catalog, folder, steps):
    source = source_from_folder(catalog, folder, folder.name)
    return deploy(model, source, catalog, model_inputs(model, CPU, torch.float32), "test", steps)


def test_llama_candidates_keep_greedy_tokens(catalog):
    model = _llama()
    deployment = _deployed(model, catalog, FIXTURES / "candidates", steps=64)
    summary = deployment.summary(catalog)
    assert summary["swapped_by_task"] == {"L1/llama_rms_norm": 5, "L2/llama_mlp": 2}
    assert deployment.verdict.outputs_match and deployment.verdict.tokens_match and deployment.verdict.tokens_steps == 64
    assert type(model.model.layers[1].mlp).__module__.startswith("fk_replacement")  # left swapped


def test_moe_candidates_keep_greedy_tokens(catalog):
    torch.manual_seed(0)
    config = Qwen3MoeConfig(hidden_size=64, intermediate_size=128, moe_intermediate_size=32, num_hidden_layers=2,
                            num_attention_heads=4, num_key_value_heads=2, head_dim=16, vocab_size=256, num_experts=8,
                            num_experts_per_tok=2, mlp_only_layers=[1])
    model = _randomized_norms(Qwen3MoeForCausalLM(config))
    deployment = _deployed(model, catalog, FIXTURES / "candidates", steps=32)
    swapped = deployment.summary(catalog)["swapped_by_task"]
    # 2 layers x (input, post-attention, q and k head norms) + the final norm: the per-head
    # norms on a 4-D activation are the Llama RMSNorm too
    assert swapped["L2/cohere2_moe_experts"] == 1 and swapped["L2/llama_mlp"] == 1 and swapped["L1/llama_rms_norm"] == 9
    assert deployment.verdict.ok, deployment.verdict


def test_wrong_candidate_is_named_by_the_layer_check(catalog):
    """Right at every width the task lists (64 among them), wrong at 48: the bench's cases
    cannot see it, the deployment does, and names the first instance that diverges."""
    assert _deployed(_llama(64), catalog, FIXTURES / "wrong", steps=8).verdict.ok
    verdict = _deployed(_llama(48), catalog, FIXTURES / "wrong", steps=8).verdict
    assert not verdict.outputs_match
    assert verdict.diverging_module == "model.layers.0.input_layernorm"
    assert verdict.diverging_detail.startswith("on its own inputs")


def test_a_candidate_that_raises_in_the_model_is_named_not_a_crash(catalog):
    """A replacement that cannot take its instance's calls fails the check with the module
    named, as a wrong one does (it raised out of the check, and a sweep's next level ran on
    the model left swapped)."""
    verdict = _deployed(_llama(48), catalog, FIXTURES / "raising", steps=8).verdict
    assert not verdict.ok and verdict.outputs_detail.startswith("the swapped model raised ValueError: width 48")
    assert verdict.diverging_module == "model.layers.0.input_layernorm"
    assert verdict.diverging_detail.startswith("on its own inputs it raised ValueError") and verdict.raised


def test_instances_not_swapped_are_reported_once_per_reason(catalog, tmp_path):
    """A file under a task's name whose forward is another kernel's (dense experts saved as
    the Llama MLP): every layer's instance is left in place, one row says why."""
    (tmp_path / "L2").mkdir()
    (tmp_path / "L2" / "llama_mlp.py").write_text((FIXTURES / "candidates" / "L2" / "cohere2_moe_experts.py").read_text())
    rows = _deployed(_llama(), catalog, tmp_path, steps=0).summary(catalog)["not_swapped"]
    assert [(r["task"], r["status"], r["instances"], r["first"]) for r in rows] == [
        ("L2/llama_mlp", "unmapped", 2, "model.layers.0.mlp")]
    assert "forward" in rows[0]["reason"]


def _self_swap(model, catalog):
    identification = identify(model)
    source = builtin_source(catalog, "eager", {i.kernel_id for i in identification.instances})
    return deploy(model, source, catalog, model_inputs(model, CPU, torch.float32), "test", 0,
                  levels=(1,), identification=identification)


def test_vit_deploys_and_compares(catalog):
    torch.manual_seed(0)
    model = ViTModel(ViTConfig(hidden_size=64, num_hidden_layers=2, num_attention_heads=4, intermediate_size=128,
                               image_size=32, patch_size=8)).eval()
    deployment = _self_swap(model, catalog)
    assert deployment.verdict.outputs_match and deployment.verdict.tokens_match is None
    assert sum(r.status == SWAPPED for r in deployment.swap.records) >= 10


def test_whisper_encoder_decoder_deploys_and_compares(catalog):
    torch.manual_seed(0)
    config = WhisperConfig(d_model=64, encoder_layers=2, decoder_layers=2, encoder_attention_heads=4,
                           decoder_attention_heads=4, encoder_ffn_dim=128, decoder_ffn_dim=128)
    model = WhisperModel(config).eval()
    deployment = _self_swap(model, catalog)
    swapped = {r.path.split(".")[0] for r in deployment.swap.records if r.status == SWAPPED}
    assert swapped >= {"encoder", "decoder"}
    assert deployment.verdict.outputs_match, deployment.verdict


def test_a_computed_buffer_the_replacement_computes_otherwise_fails_the_load(catalog):
    """GPT-NeoX's rotary rotates a quarter of each head; its kernel's task (another rotary
    class, given GPT-NeoX's config) computes inverse frequencies for the whole head. The
    instance's computed buffers are taken over like its weights, so a buffer of another shape
    is a load failure, named, and the instance stays (the swapped model had differed)."""
    torch.manual_seed(0)
    model = GPTNeoXModel(GPTNeoXConfig(hidden_size=64, num_hidden_layers=2, num_attention_heads=4, intermediate_size=128,
                                       vocab_size=256, rotary_pct=0.25)).eval()
    deployment = _self_swap(model, catalog)
    rotary = next(r for r in deployment.swap.records if r.path == "rotary_emb")
    assert rotary.status == "load-failed" and "buffer inv_freq" in rotary.reason and "[2]" in rotary.reason
    assert deployment.verdict.outputs_match, deployment.verdict


def test_a_class_whose_calls_the_task_raises_on_is_not_swapped(catalog):
    """PatchTST's BatchNorm1d shares BatchNorm2d's kernel id; the batch_norm2d task left its
    rank-3 cases out (its BatchNorm2d raises on them), so the instances stay, with the reason,
    and the swapped model computes what it did (it had raised)."""
    from transformers import PatchTSTConfig, PatchTSTModel

    torch.manual_seed(0)
    model = PatchTSTModel(PatchTSTConfig(d_model=64, num_hidden_layers=2, num_attention_heads=4, ffn_dim=128,
                                         norm_type="batchnorm", context_length=64, patch_length=8, patch_stride=8)).eval()
    deployment = _self_swap(model, catalog)
    norms = [r for r in deployment.swap.records if r.qualname.endswith("BatchNorm1d")]
    assert norms and all(r.status == "unmapped" for r in norms)
    assert norms[0].reason.startswith("its task lists no call of BatchNorm1d: the reference raises ValueError: expected 4D input")
    assert deployment.verdict.ok, deployment.verdict


@pytest.mark.parametrize("arch", ["hunyuan_v1_dense", "ministral"])
def test_a_config_that_leaves_head_dim_unset_is_repaired_and_builds_tiny(arch):
    """Their configs leave ``head_dim`` None; the analyzer's repair fills it from the shrunk
    width (the sweep had fallen back to a full-width model and run out of memory)."""
    from fastkernels.engine.deploy.model import build_model

    built = build_model(arch, "cpu", torch.float32, tiny=True)
    assert built.size == "tiny" and sum(p.numel() for p in built.model.parameters()) < 5e6


@pytest.mark.parametrize("argv, expected", [
    (["e2e", "llamma", "--rung", "eager"], ["unknown architecture 'llamma'", "did you mean llama"]),
    (["e2e", "llama", "--candidates", str(FIXTURES / "bad_load")],
     ["L1/llama_rms_norm does not load", 'Missing key(s) in state_dict: "scale"', 'Unexpected key(s) in state_dict: "weight"']),
    (["e2e", "llama", "--candidates", str(FIXTURES / "unused")], ["1 candidate(s) match no kernel of llama: L1/layer_norm"]),
    (["e2e", "llama", "--candidates", str(FIXTURES / "misnamed")],
     ["name no task: L1/llama_rmsnorm", "did you mean L1/llama_rms_norm?"]),
    (["e2e", "llama", "--rung", "no-such-rung"], ["unknown rung 'no-such-rung'"]),
])
def test_bad_input_is_one_error(argv, expected, capsys):
    code = bench.main(argv + ["--device", "cpu"])
    err = " ".join(capsys.readouterr().err.split())  # the console wraps long lines
    assert code == 2 and err.count("error:") == 1
    for text in expected:
        assert text in err, err


def test_an_encoder_deploys_and_times_its_forward_from_the_command_line(tmp_path):
    """A vision model has no vocabulary: fk-bench e2e times its forward alone (the prompt for
    the decode timing was drawn from a vocabulary first, and the command failed there)."""
    out = tmp_path / "vit.json"
    assert bench.main(["e2e", "vit", "--rung", "eager", "--device", "cpu", "--repeats", "1", "--json", str(out)]) == 0
    document = json.loads(out.read_text())
    assert document["verdict"]["outputs_match"] and document["times"]["forward_speedup"] > 0
    assert "decode_speedup" not in document["times"]


@pytest.mark.parametrize("arch", ["llama", "whisper"])
def test_identify_reproduces_the_committed_analysis(arch):
    """A full-size model on the meta device: its L1+L2 kernel ids are the committed analysis's."""
    import json

    from fastkernels.analyzer.trace import build
    from fastkernels.engine.deploy.model import architecture, config

    entry = architecture(arch)
    with torch.device("meta"):
        model = build.model_class(entry.model_class)._from_config(config(entry))
    found = {i.kernel_id for i in identify(model, arch).instances if not i.bookkeeping and i.level in (1, 2)}
    committed = json.loads(Path("tasks_generated/analysis/architectures.json").read_text())["architectures"][arch]
    assert found == set(committed["kernels"]["exact"]["1"] + committed["kernels"]["exact"]["2"])
