"""The committed tasks as a production kernel meets them: stubs the bench accepts, inputs made by
their producers, serving shapes, the state dict named, no reference that computes nothing.

Every task's stub is checked against the bench's signature check in test_tasks.py; here a
sample, the stub command's own output, and wrong signatures that must still be rejected. The
degenerate-reference sweep over every L1 task at every case is `slow` (`pytest -m slow`)."""
from __future__ import annotations

import ast
import importlib.util
import json
import re
from pathlib import Path

import pytest
import torch

from fastkernels.engine.loader import Failure, check_signature
from fastkernels.taskgen.degenerate import problem
from fastkernels.taskgen.serving_shapes import DECODE_TOKENS, PREFILL_TOKENS
from fastkernels.taskgen.stub import candidate_text

TASKS = Path(__file__).resolve().parents[2] / "tasks_generated"
MANIFEST = json.loads((TASKS / "MANIFEST.json").read_text())
ALL = [t["path"] for t in MANIFEST["tasks"]]
FUNCTIONS = [p for p in ALL if p.startswith("L1/") and "unchanged, as a module" in (TASKS / p).read_text()]
SAMPLE = ["L1/llama_rms_norm.py", "L1/layer_norm.py", "L1/llama_apply_rotary_pos_emb.py", "L2/llama_attention.py",
          "L2/llama_mlp.py", "L3/llama_decoder_layer.py"]


def _load(path: str):
    spec = importlib.util.spec_from_file_location("fk_task_" + re.sub(r"\W", "_", path), TASKS / path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _stub(path: str) -> type:
    namespace: dict = {}
    exec(compile(candidate_text(TASKS / path), path, "exec"), namespace)
    return namespace["ModelNew"]


def _check_stub(path: str) -> None:
    check_signature(_stub(path), _load(path).Model)


def _fast_stub(path: str, text: str | None = None) -> type:
    """`ModelNew` as the stub holds it, read with `ast` (libcst, which `fk-taskgen stub` uses, takes
    seconds on a task of a hundred cases): the file's imports and the class, nothing else."""
    tree = ast.parse(text or (TASKS / path).read_text())
    kept = [node for node in tree.body if isinstance(node, (ast.Import, ast.ImportFrom)) and not any(
        alias.asname == "Model" for alias in node.names)]
    kept += [node for node in tree.body if isinstance(node, ast.ClassDef) and node.name == "ModelNew"]
    namespace: dict = {}
    exec(compile(ast.Module(kept, []), path, "exec"), namespace)
    return namespace["ModelNew"]


# Every task's ModelNew passes the same check in test_tasks.py (which imports every task already).
@pytest.mark.parametrize("path", FUNCTIONS[:10] + SAMPLE[:1] + SAMPLE[3:])
def test_stub_passes_the_bench_signature_check(path):
    check_signature(_fast_stub(path), _load(path).Model)


@pytest.mark.parametrize("path", ["L1/llama_apply_rotary_pos_emb.py", "L2/llama_attention.py"])
def test_the_stub_command_writes_that_class(path):
    _check_stub(path)


@pytest.mark.parametrize("path, old, new", [
    ("L1/llama_apply_rotary_pos_emb.py", "def __init__(self) -> None:", "def __init__(self, scale=1.0) -> None:"),
    ("L1/llama_apply_rotary_pos_emb.py", "def forward(self, q, k, cos, sin, unsqueeze_dim=1):", "def forward(self, q, k, cos, sin, unsqueeze_dim=2):"),
    ("L1/llama_rms_norm.py", "def __init__(self, hidden_size, eps: float = 1e-6)", "def __init__(self, hidden_size, eps: float = 1e-5)"),
    ("L1/llama_rms_norm.py", "def forward(self, hidden_states: torch.Tensor)", "def forward(self, hidden_states: torch.Tensor, residual=None)"),
])
def test_a_wrong_signature_is_still_rejected(path, old, new):
    text = (TASKS / path).read_text()
    assert old in text
    with pytest.raises(Failure, match="does not match"):
        check_signature(_fast_stub(path, text.replace(old, new)), _load(path).Model)


def test_rotary_tables_come_from_their_producer_with_equal_halves():
    task = _load("L1/llama_apply_rotary_pos_emb.py")
    assert any(spec["kind"] == "produced" for spec in task.CASES[0]["inputs"])
    for case in (0, len(task.CASES) - 1):
        torch.manual_seed(case)
        _, _, cos, sin = task.get_inputs(case)[:4]
        half = cos.shape[-1] // 2
        assert torch.equal(cos[..., :half], cos[..., half:]) and torch.equal(sin[..., :half], sin[..., half:])
        assert not torch.equal(cos, sin)


def test_decoder_layer_gets_rotary_tables_and_mask_from_their_producers():
    task = _load("L3/llama_decoder_layer.py")
    produced = {spec["name"] for spec in task.CASES[0]["inputs"] if spec["kind"] == "produced"}
    assert "position_embeddings" in produced
    qualnames = {producer["qualname"].rsplit(".", 1)[1] for producer in task.PRODUCERS}
    assert "LlamaRotaryEmbedding" in qualnames


def test_serving_cases_follow_the_default_case_roles():
    task = _load("L1/llama_rms_norm.py")
    serving = [case for case in task.CASES if case.get("phase")]
    assert [c["dims"] for c in serving] == [{"batch": n, "seq": 1} for n in DECODE_TOKENS] + [{"batch": 1, "seq": PREFILL_TOKENS}]
    assert serving[3]["inputs"][0]["shape"] == [256, 1, 4096]
    assert list(task.get_inputs(task.CASES.index(serving[4]))[0].shape) == [1, PREFILL_TOKENS, 4096]
    assert all(case.get("phase") is None for case in task.CASES[: len(task.CASES) - len(serving)])
    entry = next(t for t in MANIFEST["tasks"] if t["path"] == "L1/llama_rms_norm.py")
    assert entry["serving_cases"] == 5


def test_tasks_without_a_sequence_axis_get_no_serving_cases():
    without = [t for t in MANIFEST["tasks"] if t["level"] in (1, 2) and t["serving_cases"] == 0]
    for entry in without[:5]:
        task = _load(entry["path"])
        assert "seq" not in (task.CASES[0].get("dims") or {})


@pytest.mark.parametrize("path", ["L1/llama_rms_norm.py", "L1/layer_norm.py", "L2/llama_attention.py", "L2/llama_mlp.py"])
def test_stub_names_the_state_dict(path):
    task = _load(path)
    listed = re.findall(r"^        (\S+) \[", _fast_stub(path).__doc__, re.M)
    model = task.Model(*task.get_init_inputs(0))
    assert listed == list(model.state_dict())


def test_mask_builders_that_compute_nothing_are_left_out_with_the_reason():
    left_out = {entry["qualname"] for entry in MANIFEST["left_out"] if "computes nothing" in entry["reason"]}
    assert "transformers.masking_utils.create_bidirectional_mask" in left_out


def _cases_compute(path: str, cases: list[int] | None = None) -> None:
    task = _load(path)
    for case in cases if cases is not None else range(len(task.CASES)):
        assert problem(task, case) is None, (path, case)


@pytest.mark.parametrize("path", SAMPLE[:3] + ["L1/create_causal_mask.py", "L1/sdpa_attention_forward.py"])
def test_references_compute_at_the_default_and_serving_cases(path):
    task = _load(path)
    _cases_compute(path, [0] + [i for i, case in enumerate(task.CASES) if case.get("phase")])


@pytest.mark.slow
@pytest.mark.parametrize("path", [p for p in ALL if p.startswith("L1/")])
def test_no_l1_reference_computes_nothing_at_any_case(path):
    _cases_compute(path)


@pytest.mark.parametrize("path", ["L1/axial_position_embeddings.py", "L2/bert_embeddings.py"])
def test_a_harness_that_never_calls_eval_gets_what_production_runs(path):
    """Loaded as KernelBench's harness loads a task (the source exec'd, `Model(*get_init_inputs())`,
    no eval()): the axial embeddings raise in training mode and BERT's embeddings drop out at
    random, unless the task builds its module ready for inference."""
    context = {}
    exec(compile((TASKS / path).read_text(), path, "exec"), context)
    outputs = []
    for _ in range(2):
        torch.manual_seed(0)
        model = context["Model"](*context["get_init_inputs"]())
        inputs = context["get_inputs"]()
        with torch.no_grad():
            outputs.append(model(*inputs))
    model.eval()
    with torch.no_grad():
        expected = model(*inputs)
    first = outputs[0][0] if isinstance(outputs[0], tuple) else outputs[0]
    assert torch.equal(first, expected[0] if isinstance(expected, tuple) else expected)
    assert torch.equal(first, outputs[1][0] if isinstance(outputs[1], tuple) else outputs[1])
