"""Each project Triton kernel against the upstream module it replaces, on many shapes and
dtypes, with the bench's tolerances. CUDA tests (``pytest -m gpu``); on a CPU machine they
run under Triton's interpreter with ``TRITON_INTERPRET=1`` (slow, for development)."""
from __future__ import annotations

import copy
import importlib
import json
import os
from pathlib import Path

import pytest
import torch
from torch import nn
from transformers import activations
from transformers.models.d_fine.modeling_d_fine import DFineFrozenBatchNorm2d
from transformers.models.kyutai_speech_to_text.configuration_kyutai_speech_to_text import KyutaiSpeechToTextConfig
from transformers.models.kyutai_speech_to_text.modeling_kyutai_speech_to_text import KyutaiSpeechToTextRotaryEmbedding
from transformers.models.llama.modeling_llama import LlamaRMSNorm
from transformers.models.qwen3_5.modeling_qwen3_5 import Qwen3_5RMSNorm

from fastkernels.baselines import kernels
from fastkernels.engine.correctness import compare_outputs
from fastkernels.engine.envelope import allowed, envelopes
from fastkernels.engine.task import load_module

pytestmark = pytest.mark.gpu
triton_kernels = pytest.importorskip("fastkernels.baselines.triton")
if not triton_kernels.AVAILABLE:
    pytest.skip(triton_kernels.MISSING, allow_module_level=True)
from fastkernels.baselines.triton import (activation, apply_rotary, batch_norm, embedding, group_norm,  # noqa: E402
                                         rms_norm, rotary_embedding)

DEVICE = "cuda" if torch.cuda.is_available() else "cpu"
if DEVICE == "cpu" and os.environ.get("TRITON_INTERPRET") != "1":
    pytest.skip("no CUDA device (set TRITON_INTERPRET=1 to run the kernels on the CPU)", allow_module_level=True)
DTYPES = [torch.bfloat16, torch.float16, torch.float32]
# Small on the interpreter, production-sized on a GPU.
ROWS = [1, 7, 1018] + ([16384] if DEVICE == "cuda" else [])


def _same(got, expected, where: str) -> None:
    got = [t.cpu() for t in (got if isinstance(got, tuple) else (got,))]
    expected = [t.cpu() for t in (expected if isinstance(expected, tuple) else (expected,))]
    assert all(g.dtype == e.dtype and g.shape == e.shape for g, e in zip(got, expected)), where
    mismatch, _ = compare_outputs(got, expected, where)
    assert mismatch is None, mismatch.summary()


ACTIVATIONS = [(activations.GELUActivation(), "gelu"), (activations.GELUTanh(), "gelu_tanh"),
               (activations.SiLUActivation(), "silu"), (nn.SiLU(), "silu"), (nn.ReLU(), "relu"), (nn.Tanh(), "tanh"),
               (activations.QuickGELUActivation(), "quick_gelu"), (activations.ReLUSquaredActivation(), "relu_squared")]


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", [(3,), (2, 509, 3072), (4097, 5), (1, 1, 11008)])
@pytest.mark.parametrize("module,op", ACTIVATIONS, ids=[op + "-" + type(m).__name__ for m, op in ACTIVATIONS])
def test_activation_matches_transformers(module, op, shape, dtype):
    x = torch.randn(shape, dtype=dtype, device=DEVICE) * 3
    _same(activation.for_module(module, op)(x), module(x), f"{op} {shape} {dtype}")


def test_in_place_relu_is_not_served():
    assert activation.for_module(nn.ReLU(inplace=True), "relu") is None


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("rows", ROWS)
@pytest.mark.parametrize("vocab,dim", [(2, 768), (30522, 768), (512, 1000), (50, 4096)])
def test_embedding_matches_torch(vocab, dim, rows, dtype):
    module = nn.Embedding(vocab, dim, padding_idx=0).to(DEVICE, dtype)
    ids = torch.randint(0, vocab, (rows, 3), device=DEVICE)
    _same(embedding.for_module(module)(ids), module(ids), f"embedding {vocab}x{dim} {rows} {dtype}")


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("rows", ROWS)
@pytest.mark.parametrize("hidden", [64, 128, 1000, 4096])
def test_llama_rms_norm_matches_transformers(hidden, rows, dtype):
    if DEVICE == "cpu" and dtype == torch.bfloat16:
        pytest.skip("Triton's interpreter truncates casts to bfloat16, and this form rounds twice")
    module = LlamaRMSNorm(hidden, eps=1e-5).to(DEVICE, dtype)
    # Around 1, as trained norms and the bench's redrawn weights are: the normalized row is
    # rounded before the scale, so a weight of 4 turns a one-ulp difference into four.
    nn.init.normal_(module.weight, 1.0, 0.2)
    x = torch.randn(rows, hidden, dtype=dtype, device=DEVICE)
    _same(rms_norm.for_module(module, "llama")(x), module(x), f"rms_norm {hidden} {rows} {dtype}")


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("rows", ROWS)
@pytest.mark.parametrize("hidden", [128, 2560, 5120])
def test_zero_centred_rms_norm_matches_transformers(hidden, rows, dtype):
    module = Qwen3_5RMSNorm(hidden, eps=1e-6).to(DEVICE, dtype)
    nn.init.normal_(module.weight, 0.0, 0.2)
    x = torch.randn(rows, 2, hidden, dtype=dtype, device=DEVICE)
    _same(rms_norm.for_module(module, "zero_centred")(x), module(x), f"zero-centred rms_norm {hidden} {rows} {dtype}")


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("seq", [1, 509, 4096])
@pytest.mark.parametrize("head_dim", [64, 80, 128])
def test_rotary_embedding_matches_transformers(head_dim, seq, dtype):
    config = KyutaiSpeechToTextConfig(head_dim=head_dim, max_position_embeddings=8192,
                                      rope_parameters={"rope_theta": 10000.0, "rope_type": "default"})
    module = KyutaiSpeechToTextRotaryEmbedding(config).to(DEVICE)
    x = torch.randn(2, 1, seq, head_dim, dtype=dtype, device=DEVICE)
    positions = torch.randint(0, seq, (2, seq), device=DEVICE)
    _same(rotary_embedding.for_module(module)(x, positions), module(x, positions), f"rotary {head_dim} {seq} {dtype}")


def _trained_statistics(module: nn.Module) -> nn.Module:
    """Running statistics and affine parameters away from their initial 0 and 1."""
    with torch.no_grad():
        module.running_mean.normal_(0.0, 0.5)
        module.running_var.uniform_(0.5, 2.0)
        for name in ("weight", "bias"):
            if getattr(module, name, None) is not None:
                getattr(module, name).normal_(1.0 if name == "weight" else 0.0, 0.2)
    return module


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("affine", [True, False])
@pytest.mark.parametrize("module_type,shape", [(nn.BatchNorm2d, (2, 64, 14, 14)), (nn.BatchNorm2d, (1, 3, 7, 5)),
                                                (nn.BatchNorm1d, (4, 96)), (nn.BatchNorm1d, (2, 80, 37))])
def test_batch_norm_at_inference_matches_torch(module_type, shape, affine, dtype):
    module = _trained_statistics(module_type(shape[1], eps=1e-3, affine=affine)).to(DEVICE, dtype).eval()
    x = torch.randn(shape, dtype=dtype, device=DEVICE) * 2 + 0.5
    _same(batch_norm.for_module(module, "eval")(x), module(x), f"batch_norm {shape} {dtype}")


def test_batch_norm_in_training_or_without_statistics_is_not_served():
    assert batch_norm.for_module(nn.BatchNorm2d(8).train(), "eval") is None
    assert batch_norm.for_module(nn.BatchNorm2d(8, track_running_stats=False).eval(), "eval") is None


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", [(2, 256, 20, 20), (1, 3, 5, 7)])
def test_frozen_batch_norm_matches_transformers(shape, dtype):
    """Judged as the bench judges it: the reference rounds its scale and shift to the buffers'
    dtype before applying them, the kernel does not, so the tolerance widens by the reference's
    own error against float64 (``engine.envelope``)."""
    module = _trained_statistics(DFineFrozenBatchNorm2d(shape[1])).to(DEVICE, dtype)
    x = torch.randn(shape, dtype=dtype, device=DEVICE)
    _within_envelope(batch_norm.for_module(module, "frozen")(x), module(x), copy.deepcopy(module).double()(x.double()),
                     f"frozen batch_norm {shape} {dtype}")


def _within_envelope(got, expected, exact, where: str) -> None:
    """The bench's rule for a kernel that rounds less often than its reference: the tolerance
    widens by the reference's own error against float64 (``engine.envelope``)."""
    got, expected, exact = ([t.cpu() for t in (v if isinstance(v, tuple) else (v,))] for v in (got, expected, exact))
    assert all(g.dtype == e.dtype and g.shape == e.shape for g, e in zip(got, expected)), where
    scales = [allowed(e) for e in envelopes(expected, exact)]
    mismatch, _ = compare_outputs(got, expected, where, scales=scales)
    assert mismatch is None, mismatch.summary()


def _rope_tables(positions: int, dim: int, dtype, batch: int | None = 2):
    """cos and sin as transformers builds them: two equal halves of position x frequency."""
    freqs = torch.arange(positions, device=DEVICE)[:, None] / 10000 ** (torch.arange(0, dim, 2, device=DEVICE) / dim)
    angles = torch.cat([freqs, freqs], dim=-1)
    shape = (batch, positions, dim) if batch else (positions, dim)
    return angles.cos().to(dtype).expand(shape), angles.sin().to(dtype).expand(shape)


def _double(values):
    return [v.double() if isinstance(v, torch.Tensor) and v.is_floating_point() else v for v in values]


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("seq", [1, 37])
@pytest.mark.parametrize("unsqueeze_dim", [1, 2])
def test_llama_apply_rotary_matches_transformers(seq, unsqueeze_dim, dtype):
    from transformers.models.llama.modeling_llama import apply_rotary_pos_emb

    q = torch.randn(2, seq, 8, 64, dtype=dtype, device=DEVICE)
    k = torch.randn(2, seq, 2, 64, dtype=dtype, device=DEVICE)
    if unsqueeze_dim == 1:  # [batch, heads, seq, dim], the transposed view attention hands over
        q, k = q.transpose(1, 2), k.transpose(1, 2)
    cos, sin = _rope_tables(seq, 64, dtype)
    args = (q, k, cos, sin, unsqueeze_dim)
    _within_envelope(apply_rotary.for_module(None, "half")(*args), apply_rotary_pos_emb(*args),
                     apply_rotary_pos_emb(*_double(args)), f"apply_rotary {seq} {unsqueeze_dim} {dtype}")


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("head_dim,rotary_dim", [(64, 32), (80, 40), (128, 128)])
def test_partial_apply_rotary_matches_transformers(head_dim, rotary_dim, dtype):
    from transformers.models.nemotron3_5_transcribe.modeling_nemotron3_5_transcribe import apply_rotary_pos_emb

    q = torch.randn(2, 4, 19, head_dim, dtype=dtype, device=DEVICE)
    k = torch.randn(2, 4, 19, head_dim, dtype=dtype, device=DEVICE)
    cos, sin = _rope_tables(19, rotary_dim, dtype)
    args = (q, k, cos, sin, None, 1)
    _within_envelope(apply_rotary.for_module(None, "half_positions")(*args), apply_rotary_pos_emb(*args),
                     apply_rotary_pos_emb(*_double(args)), f"partial apply_rotary {head_dim}/{rotary_dim} {dtype}")


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("tokens,heads,head_dim", [(100, 16, 80), (7, 12, 64)])
def test_vision_apply_rotary_matches_transformers(tokens, heads, head_dim, dtype):
    from transformers.models.qwen2_5_vl.modeling_qwen2_5_vl import apply_rotary_pos_emb_vision

    q = torch.randn(tokens, heads, head_dim, dtype=dtype, device=DEVICE)
    k = torch.randn(tokens, heads, head_dim, dtype=dtype, device=DEVICE)
    cos, sin = _rope_tables(tokens, head_dim, torch.float32, batch=None)
    _same(apply_rotary.for_module(None, "vision")(q, k, cos, sin), apply_rotary_pos_emb_vision(q, k, cos, sin),
          f"vision apply_rotary {tokens}x{heads}x{head_dim} {dtype}")


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("groups,shape", [(32, (2, 256, 7, 7)), (8, (2, 64, 3199)), (1, (1, 12, 5, 5)), (4, (3, 8))])
@pytest.mark.parametrize("affine", [True, False])
def test_group_norm_matches_torch(groups, shape, affine, dtype):
    module = nn.GroupNorm(groups, shape[1], eps=1e-5, affine=affine).to(DEVICE, dtype)
    if affine:
        with torch.no_grad():
            module.weight.normal_(1.0, 0.2)
            module.bias.normal_(0.0, 0.2)
    x = torch.randn(shape, dtype=dtype, device=DEVICE) * 2 + 3  # a mean the variance must not cancel
    _same(group_norm.for_module(module)(x), module(x), f"group_norm {groups} {shape} {dtype}")


TASKS = Path(__file__).resolve().parents[2] / "tasks_generated"
MANIFEST = json.loads((TASKS / "MANIFEST.json").read_text())
# Each task a Triton rung is offered to, with its (module, variant): the kernel-id table's offers
OFFERS = [(task, offer) for task in MANIFEST["tasks"] if task["kernel_id"] in kernels.TRITON
          for offer in kernels.TRITON[task["kernel_id"]]]
OFFER_LIMIT_BYTES = (1 << 30) if DEVICE == "cuda" else (16 << 20)  # the interpreter is slow


@pytest.mark.parametrize("task,offer", OFFERS, ids=[f"{t['name']}-{m}-{v}" for t, (m, v) in OFFERS])
def test_each_offered_rung_serves_its_task(task, offer):
    """Every offer of the kernel-id table takes the task's own module at its smallest traced
    case and computes its output, by the bench's rule (``engine.envelope``)."""
    module = load_module(TASKS / task["path"], f"fk_offer_{task['name']}")
    case = min((i for i, c in enumerate(module.CASES) if c.get("bytes")), key=lambda i: module.CASES[i]["bytes"])
    if module.CASES[case]["bytes"] > OFFER_LIMIT_BYTES:
        pytest.skip(f"smallest case moves {module.CASES[case]['bytes'] >> 20} MiB, over this device's test budget")
    torch.manual_seed(0)
    model = module.Model(*module.get_init_inputs(case)).to(DEVICE)
    dtype = module.CASES[case].get("param_dtype")
    with torch.no_grad():
        for parameter in model.parameters():
            parameter.uniform_(0.5, 1.5)
        if dtype:
            model.to(getattr(torch, dtype))
    inputs = [x.to(DEVICE) if isinstance(x, torch.Tensor) else x for x in module.get_inputs(case)]
    rung = importlib.import_module(f"fastkernels.baselines.triton.{offer[0]}").for_module(model, offer[1])
    assert rung is not None, f"{offer} does not take {type(model).__name__}"
    with torch.no_grad():
        expected = model(*inputs)
        exact = copy.deepcopy(model).double()(*_double(inputs))
        _within_envelope(rung(*inputs), expected, exact, f"{task['name']} case {case}")
