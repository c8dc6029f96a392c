"""Tracing real architectures from their default configs, on CPU, at full size under fake tensors."""

from __future__ import annotations

import dataclasses
import gc
import os
import time

import pytest
import torch
from torch._subclasses.fake_tensor import FakeTensorMode

from fastkernels.analyzer.trace import architecture, build, cache, fake_values, inputs, materialize
from fastkernels.analyzer.trace.architecture import trace_architecture
from fastkernels.analyzer.trace.registry import resolve
from fastkernels.analyzer.trace.forward import record_forward
from fastkernels.analyzer.trace.sweep import SweepOptions, sweep

DIVERSE = ["llama", "mixtral", "gemma3", "mamba2", "bert", "t5", "whisper", "vit", "convnext", "llava"]


@pytest.fixture(scope="module")
def traces(tmp_path_factory):
    """One sweep over ten diverse architectures into a private cache."""
    mp = pytest.MonkeyPatch()
    mp.setenv("FASTKERNELS_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    results = sweep(resolve(DIVERSE), SweepOptions(jobs=2))
    yield results
    mp.undo()


def _calls(trace, class_name):
    return [node for node in trace.root.walk() if node.name == class_name]


def test_every_diverse_architecture_traces(traces):
    not_traced = {name: t.failure for name, t in traces.items() if t.status != "traced"}
    assert not not_traced


def test_llama_records_full_size_rms_norm_calls(traces):
    llama = traces["llama"]
    norms = _calls(llama, "LlamaRMSNorm")
    assert len(norms) == 2 * 32 + 1
    shapes = {tuple(llama.tensors[a["tensor"]][0]) for n in norms for a in n.args if a["kind"] == "tensor"}
    assert all(shape[-1] == 4096 for shape in shapes)
    assert llama.strategy == "fake-full" and llama.attn_implementation == "sdpa" and llama.dtype == "bfloat16"


def test_llama_records_upstream_functions_and_constructor_fields(traces):
    llama = traces["llama"]
    functions = {n.name for n in llama.root.walk() if n.kind == "function"}
    assert {"apply_rotary_pos_emb", "sdpa_attention_forward"} <= functions
    attention = llama.modules["layers.0.self_attn"]
    assert attention["config_fields"]["hidden_size"] == 4096
    assert attention["init"]["layer_idx"]["value"] == 0


def test_llava_runs_its_vision_tower(traces):
    llava = traces["llava"]
    assert llava.coverage["towers"]["vision_tower"]
    assert any(n.path.startswith("vision_tower.") for n in llava.root.walk())


def test_moe_and_state_space_models_record_their_specific_ops(traces):
    mixtral_ops = {op[0] for op in traces["mixtral"].ops}
    assert any("topk" in op for op in mixtral_ops)
    mamba_modules = {n.name for n in traces["mamba2"].root.walk()}
    assert "Mamba2Mixer" in mamba_modules


def test_aten_ops_reference_recorded_tensors(traces):
    bert = traces["bert"]
    for name, inputs, outputs, _ in bert.ops:
        assert all(0 <= t < len(bert.tensors) for t in inputs + outputs), name


def test_broken_config_gives_a_failure_record():
    llama = resolve(["llama"])[0]
    broken = dataclasses.replace(llama, model_class="BertModel")
    trace = trace_architecture(broken)
    assert trace.status == "failed"
    assert trace.failure["category"] in {"config-invalid", "input-synthesis"}
    assert trace.failure["message"]


def test_second_run_is_a_cache_hit_and_a_source_change_invalidates(tmp_path, monkeypatch):
    monkeypatch.setenv("FASTKERNELS_CACHE_DIR", str(tmp_path))
    arch = resolve(["bert"])[0]
    first = sweep([arch], SweepOptions(jobs=1))
    seen = []
    sweep([arch], SweepOptions(jobs=1), on_result=lambda trace, cached: seen.append(cached))
    assert seen == [True]
    assert cache.load("bert", arch.module).to_json() == first["bert"].to_json()

    source = tmp_path / "modeling_fake.py"
    source.write_text("x = 1\n")
    monkeypatch.setattr(cache, "source_files", lambda module: [source])
    cache.store(first["bert"], arch.module)
    assert cache.load("bert", arch.module) is not None
    source.write_text("x = 2\n")
    cache._file_digest.cache_clear()
    assert cache.load("bert", arch.module) is None


def test_corrupt_cache_entry_is_retraced(tmp_path, monkeypatch):
    monkeypatch.setenv("FASTKERNELS_CACHE_DIR", str(tmp_path))
    arch = resolve(["bert"])[0]
    path = cache.entry_path("bert")
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not gzip")
    assert cache.load("bert", arch.module) is None
    assert sweep([arch], SweepOptions(jobs=1))["bert"].status == "traced"


def test_model_without_bfloat16_support_traces_in_float32():
    fnet = trace_architecture(resolve(["fnet"])[0], ("fake-full",))
    assert fnet.status == "traced" and fnet.dtype == "float32"
    assert [a["dtype"] for a in fnet.attempts] == ["bfloat16", "float32"]


def test_default_config_with_unset_head_dim_builds_after_repair():
    ministral = trace_architecture(resolve(["ministral"])[0], ("fake-full",))
    assert ministral.status == "traced"
    assert any(r.startswith("MinistralConfig.head_dim=") for r in ministral.config_repairs)


def test_small_integer_inputs_stay_readable_under_fake_tensors():
    sizes, tokens = torch.tensor([[336, 336], [224, 448]]), torch.zeros(2, 509, dtype=torch.long)
    with FakeTensorMode(allow_non_fake_inputs=True) as mode, fake_values.constants_up_to(4096):
        sizes, tokens = fake_values.fake_input(mode, sizes, 64), fake_values.fake_input(mode, tokens, 64)
        assert (sizes * 2).tolist() == [[672, 672], [448, 896]]
        assert tokens.constant is None


def test_token_ids_keep_their_values_when_the_fallback_asks():
    tokens = torch.zeros(2, 509, dtype=torch.long)
    tokens[:, :7] = 5
    with FakeTensorMode(allow_non_fake_inputs=True) as mode, fake_values.constants_up_to(4096):
        tokens = fake_values.fake_input(mode, tokens, 4096)
        assert tokens[(tokens == 5)].shape == (14,)  # a data-dependent nonzero, known from the values


def test_valued_fake_tensors_know_what_the_model_builds_from_numbers_and_its_inputs():
    grid, images = torch.tensor([[1, 16, 16]] * 2), torch.zeros(2, 3, 4, 4)
    images[0] = 1.0
    with fake_values.ValuedFakeTensorMode(allow_non_fake_inputs=True) as mode, fake_values.constants_up_to(4096):
        grid, images = fake_values.fake_input(mode, grid, 4096, True), fake_values.fake_input(mode, images, 4096, True)
        index = torch.arange(int(grid[0].prod()))  # a window index, as Qwen2.5-VL builds it
        assert index[index % 3 != 0].shape == (170,)
        assert images[images.sum(dim=(1, 2, 3)) != 0].shape == (1, 3, 4, 4)  # padding images dropped
        assert torch.randn(3).constant is None


def test_buffers_computed_at_construction_keep_their_values_for_fake_valued():
    class Padded(torch.nn.Module):  # a codec's convolution: its padding is a buffer
        def __init__(self):
            super().__init__()
            self.padding = torch.nn.Buffer(torch.tensor(7) - torch.tensor(2), persistent=False)
            self.weight = torch.nn.Parameter(torch.empty(4096, 4096))

    with torch.device("meta"), build._SmallTensorsOnCpu(4096):
        twin = Padded()
    assert twin.weight.is_meta and not twin.padding.is_meta
    with torch.device("meta"):
        module = Padded()
    with fake_values.ValuedFakeTensorMode(allow_non_fake_inputs=True) as mode:
        module = materialize.materialize(module, mode, dict(twin.named_buffers()))
        assert int(module.padding) == 5 and module.weight.constant is None


def test_a_model_may_convert_its_own_fake_parameters():
    with torch.device("meta"):
        layer = torch.nn.Sequential(torch.nn.Linear(4, 4, dtype=torch.bfloat16))
    with FakeTensorMode(allow_non_fake_inputs=True), fake_values.replaceable_fake_parameters():
        layer = materialize.materialize(layer)
        layer.to(torch.float32)  # a router kept in float32
        assert layer(torch.randn(2, 4)).dtype == torch.float32


def test_values_are_retried_only_where_fake_tensors_needed_them():
    def first(category):
        return architecture.Trace(arch="x", status="failed").failed(category, "")

    def helps(strategy, earlier, last=None):
        return architecture._may_help(strategy, earlier, last or earlier)

    assert helps("fake-valued", first("fake-unsupported"))
    assert helps("real-shallow", first("timeout"))
    assert helps("real-shallow", first("fake-unsupported"), first("fake-unsupported"))
    assert not helps("fake-valued", first("timeout"))
    assert not helps("real-shallow", first("input-synthesis"))
    assert not helps("fake-valued", architecture.Trace(arch="x", status="traced"))
    # a fake-valued forward that ran, leaving a tower idle, without a fake-tensor error
    idle = architecture.Trace(arch="x", status="partial", strategy="fake-valued")
    assert not helps("real-shallow", first("fake-unsupported"), idle)


def test_a_forward_past_its_op_budget_stops_with_a_timeout():
    layer = torch.nn.Linear(4, 4)
    with architecture.op_budget(3):
        with pytest.raises(architecture.StrategyTimeout, match="3 aten ops") as stopped:
            record_forward(torch.nn.Sequential(layer, torch.nn.ReLU(), layer, torch.nn.ReLU()), {"input": torch.randn(2, 4)})
        assert len(record_forward(layer, {"input": torch.randn(2, 4)}).ops) < 3  # one linear: under it
    assert architecture.classify_failure(stopped.value, "run") == "timeout"
    assert len(record_forward(torch.nn.Sequential(*[layer] * 4), {"input": torch.randn(2, 4)}).ops) > 3  # no budget outside


class _Stack(torch.nn.Module):
    """Ten identical layers run in turn, as a decoder's ModuleList is."""

    def __init__(self) -> None:
        super().__init__()
        self.layers = torch.nn.ModuleList(torch.nn.Sequential(torch.nn.Linear(4, 4), torch.nn.ReLU()) for _ in range(10))

    def forward(self, hidden):
        for layer in self.layers:
            hidden = layer(hidden)
        return hidden


def test_a_forward_whose_layers_project_well_past_its_budget_stops_in_the_first_layer(monkeypatch):
    monkeypatch.setattr("fastkernels.analyzer.trace.trace._PROJECTION_EVERY", 1)
    ops = len(record_forward(_Stack(), {"hidden": torch.randn(2, 4)}).ops)
    with architecture.op_budget(ops // 3):  # ten layers project three budgets
        with pytest.raises(architecture.StrategyTimeout, match="1 of 10 layers project") as stopped:
            record_forward(_Stack(), {"hidden": torch.randn(2, 4)})
    assert architecture.classify_failure(stopped.value, "run") == "timeout"
    with architecture.op_budget(ops * 9 // 10):  # ten layers project 1.1 budgets: run up to the budget
        with pytest.raises(architecture.StrategyTimeout, match="after .* aten ops \\(its op budget\\)"):
            record_forward(_Stack(), {"hidden": torch.randn(2, 4)})
    with architecture.op_budget(ops + 1):
        assert len(record_forward(_Stack(), {"hidden": torch.randn(2, 4)}).ops) == ops


def test_reading_a_fake_tensors_data_counts_as_unsupported_under_fake_tensors():
    # what indexing with a tuple of a fake tensor's rows raises (UDOP's ``zip(*ind)``)
    error = RuntimeError("The tensor has a non-zero number of elements, but its data is not allocated yet.")
    assert architecture.classify_failure(error, "run") == "fake-unsupported"


def test_a_strategy_past_its_budget_stops_with_a_timeout():
    with pytest.raises(architecture.StrategyTimeout) as stopped:
        with architecture._time_limit(0.2):
            deadline = time.process_time() + 5
            while time.process_time() < deadline:
                pass
    assert architecture.classify_failure(stopped.value, "run") == "timeout"


def test_a_strategy_budget_counts_cpu_time_not_waiting():
    """A worker starved by other work on the machine is not charged for the wait."""
    with architecture._time_limit(0.2):
        time.sleep(0.5)


def test_summary_is_stored_with_the_record_and_read_without_the_call_tree(tmp_path, monkeypatch):
    monkeypatch.setenv("FASTKERNELS_CACHE_DIR", str(tmp_path))
    arch = resolve(["bert"])[0]
    full = sweep([arch], SweepOptions(jobs=1))["bert"]
    light = sweep([arch], SweepOptions(jobs=1, summaries_only=True))["bert"]
    assert light.root is None and light.status == full.status == "traced"
    assert light.coverage["calls"] == sum(1 for _ in full.root.walk())


def test_a_module_dropped_during_construction_does_not_lend_its_record():
    from fastkernels.analyzer.trace.build import ConstructionWatcher

    class Swapping(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.norms = torch.nn.ModuleList()
            for _ in range(50):
                torch.nn.BatchNorm2d(3, affine=False)  # built and dropped, as a model swapping a norm does
                gc.collect()  # freed now, so that its id can be handed out again
                self.norms.append(torch.nn.BatchNorm2d(3))

    with ConstructionWatcher().watching() as watcher:
        model = Swapping()
    table = watcher.modules_table(model)
    assert all(table[f"norms.{i}"]["init"]["affine"]["value"] is True for i in range(50))


def test_a_new_record_removes_the_kernel_uses_made_from_the_old(tmp_path, monkeypatch):
    monkeypatch.setenv("FASTKERNELS_CACHE_DIR", str(tmp_path))
    arch = resolve(["bert"])[0]
    trace = sweep([arch], SweepOptions(jobs=1))["bert"]
    uses = cache.derived_path("bert", "kernels")
    uses.write_text("made from an earlier record")
    cache.store(trace, arch.module)
    assert not uses.exists()


def test_an_idle_sub_network_makes_a_trace_partial_but_an_idle_head_does_not():
    """A tower is a sub-network holding a stack of layers; a lone projection is a head."""

    class Layer(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.proj = torch.nn.Linear(4, 4)

    class Encoder(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.layers = torch.nn.ModuleList([Layer(), Layer()])

    model = torch.nn.Module()
    model.encoder = Encoder()
    model.head = torch.nn.Linear(4, 4)
    model.heads = torch.nn.ModuleList([torch.nn.Linear(4, 4)])

    def ran_all_but(*idle):
        return {"executed_fraction": 0.95, "towers": {n: n not in idle for n in ("encoder", "head", "heads")}}

    assert architecture._towers_missed(model, ran_all_but("head", "heads")) == []
    assert architecture._towers_missed(model, ran_all_but("encoder")) == ["encoder"]
    assert architecture._status(ran_all_but("head"), []) == "traced"
    assert architecture._status(ran_all_but("encoder"), ["encoder"]) == "partial"


def test_every_attempt_draws_from_the_same_random_state(monkeypatch):
    """Real-tensor values decide data-dependent shapes (tokens per expert) that the record
    keeps: each attempt starts from one seed, so a retrace records the same shapes."""
    drawn = []

    def build(*args):
        drawn.append(torch.rand(4))
        raise RuntimeError("stop after the draw")

    monkeypatch.setattr(architecture, "build_on_meta", build)
    for _ in range(2):
        torch.rand(7)  # whatever ran before
        architecture.attempt(resolve(["bert"])[0], "real-shallow")
    assert torch.equal(drawn[0], drawn[1])


def test_transformers_checks_are_turned_on_for_a_second_run_and_back_off_after(monkeypatch):
    from transformers.utils.import_utils import torch_compilable_check

    monkeypatch.setenv("TRANSFORMERS_DISABLE_TORCH_CHECK", "1")  # as the sweep sets it
    with architecture._model_checks():
        with pytest.raises(ValueError, match="features"):
            torch_compilable_check(False, "features: 144")
    torch_compilable_check(False, "features: 144")  # off again


def test_the_checked_second_run_follows_only_an_error_fake_tensors_did_not_cause(monkeypatch):
    """With the checks on, a second run may name a placeholder count; after an op fake
    tensors cannot follow, the inputs had passed every count, and the second run would only
    repeat the first."""
    from torch._subclasses.fake_tensor import DynamicOutputShapeException

    runs = []

    def run(*args):
        runs.append(os.environ.get("TRANSFORMERS_DISABLE_TORCH_CHECK"))
        raise error

    monkeypatch.setattr(architecture, "trace_run", run)
    monkeypatch.setenv("TRANSFORMERS_DISABLE_TORCH_CHECK", "1")
    for error, expected in ((DynamicOutputShapeException(torch.ops.aten.nonzero.default), ["1"]),
                            (RuntimeError("Number of elements of source < number of ones in mask"), ["1", "0"])):
        runs.clear()
        with pytest.raises(type(error)) as raised:
            architecture.trace_run_checked(architecture.Trace(arch="x", status="failed"), None, None, None, "dispatch")
        assert raised.value is error and runs == expected


def test_a_failed_variant_keeps_its_error_but_not_its_activations():
    """Errors are kept to choose the one a record reports; their frames' tensors are not."""
    import weakref

    activations = []

    class Rejecting(torch.nn.Module):
        def forward(self, x):
            activation = x * 2
            activations.append(weakref.ref(activation))
            raise RuntimeError("a layout the model rejects")

    errors: list = []
    trace = architecture.Trace(arch="x", status="failed")
    assert architecture._try(Rejecting(), {"x": torch.randn(4)}, "dispatch", trace, errors, []) is None
    assert activations[0]() is None
    assert "rejects" in str(errors[0]) and architecture._innermost_frame(errors[0]).startswith("test_trace.py:")


def test_recounted_placeholders_also_come_with_the_rope_positions_the_models_index_gives():
    config = build.default_config("Qwen2VLConfig")
    model, _ = build.construct(build.model_class("Qwen2VLModel"), config, "sdpa", "meta", torch.bfloat16)
    candidate = next(inputs.candidate_inputs(model, config))
    merged = int(candidate["image_grid_thw"].prod(-1).sum()) // config.vision_config.spatial_merge_size**2  # 64 an image
    error = ValueError(f"Image features and image tokens do not match, tokens: 3, features: {merged}")
    plain, positioned = architecture._with_counted_placeholders(model, candidate, error, config, torch.bfloat16, None, False)
    assert (plain["input_ids"] == config.image_token_id).sum() == merged and "position_ids" not in plain
    assert positioned["position_ids"].shape == (3, *candidate["input_ids"].shape)  # one row per rope axis
    assert torch.equal(positioned["input_ids"], plain["input_ids"])


def test_random_weights_leave_batch_norm_statistics_as_a_fresh_layer_holds_them():
    model = torch.nn.Sequential(torch.nn.Conv1d(4, 8, 3), torch.nn.BatchNorm1d(8))
    materialize.randomize(model)
    norm = model[1]
    assert torch.equal(norm.running_var, torch.ones(8)) and torch.equal(norm.running_mean, torch.zeros(8))
    assert model[0].weight.std() < 0.1  # the weights are still drawn small
    assert not model.eval()(torch.randn(2, 4, 16)).isnan().any()
