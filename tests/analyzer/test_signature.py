"""Kernel identity on real upstream modules, at the exact granularity."""

from __future__ import annotations

import inspect
import subprocess
import sys

import pytest
import torch

from fastkernels.analyzer.identity.signature import architecture_kernels
from fastkernels.analyzer.trace.forward import trace_callable


def kernel_id(module: torch.nn.Module, inputs, granularity: str = "exact") -> str:
    if isinstance(inputs, torch.Tensor):  # passed as the forward's first parameter, whatever its name
        first = next(iter(inspect.signature(module.forward).parameters))
        inputs = {first: inputs}
    uses = [u for u in architecture_kernels(trace_callable(module, inputs)) if u.path == "kernel"]
    assert len(uses) == 1
    return uses[0].ids[granularity]


def hidden(size: int = 64) -> torch.Tensor:
    return torch.randn(2, 7, size, dtype=torch.bfloat16)


def rms_norm(cls_path: str, size: int = 64, eps: float = 1e-6) -> torch.nn.Module:
    module_name, cls_name = cls_path.rsplit(".", 1)
    cls = getattr(__import__(module_name, fromlist=[cls_name]), cls_name)
    return cls(size, eps=eps).to(torch.bfloat16)


LLAMA = "transformers.models.llama.modeling_llama.LlamaRMSNorm"
MISTRAL = "transformers.models.mistral.modeling_mistral.MistralRMSNorm"
QWEN2 = "transformers.models.qwen2.modeling_qwen2.Qwen2RMSNorm"
GEMMA = "transformers.models.gemma.modeling_gemma.GemmaRMSNorm"


def test_llama_mistral_qwen2_rms_norms_are_one_kernel():
    ids = {kernel_id(rms_norm(path), hidden()) for path in (LLAMA, MISTRAL, QWEN2)}
    assert len(ids) == 1


def test_gemma_offset_norm_and_layer_norm_are_other_kernels():
    llama = kernel_id(rms_norm(LLAMA), hidden())
    gemma = kernel_id(rms_norm(GEMMA), hidden())
    layer_norm = kernel_id(torch.nn.LayerNorm(64).to(torch.bfloat16), hidden())
    assert len({llama, gemma, layer_norm}) == 3


def test_id_does_not_change_with_hidden_size_or_eps():
    base = kernel_id(rms_norm(LLAMA, 64, 1e-6), hidden(64))
    assert kernel_id(rms_norm(LLAMA, 4096, 1e-5), hidden(4096)) == base


def test_id_does_not_change_with_class_name_or_module_path():
    from transformers.models.llama.modeling_llama import LlamaRMSNorm

    renamed = type("SomeOtherNorm", (LlamaRMSNorm,), {"__module__": "somewhere.else"})
    assert kernel_id(renamed(64).to(torch.bfloat16), hidden()) == kernel_id(rms_norm(LLAMA), hidden())


def test_changed_computation_gets_a_new_id(monkeypatch):
    from transformers.models.llama.modeling_llama import LlamaRMSNorm

    before = kernel_id(rms_norm(LLAMA), hidden())
    original = LlamaRMSNorm.forward

    def forward_with_offset(self, hidden_states):
        return original(self, hidden_states) * 2.0 + 1.0

    monkeypatch.setattr(LlamaRMSNorm, "forward", forward_with_offset)
    assert kernel_id(rms_norm(LLAMA), hidden()) != before


def test_upcast_is_part_of_the_identity():
    """Same ops, different math dtype: a bf16 norm and an fp32 one are different kernels."""
    fp32 = rms_norm(LLAMA).float()
    assert kernel_id(fp32, torch.randn(2, 7, 64)) != kernel_id(rms_norm(LLAMA), hidden())


@pytest.mark.parametrize("granularity", ["structural", "family"])
def test_coarser_granularities_merge_at_least_as_much(granularity):
    llama = kernel_id(rms_norm(LLAMA), hidden(), granularity)
    assert kernel_id(rms_norm(MISTRAL), hidden(), granularity) == llama


def test_ids_are_identical_across_processes():
    code = (
        "import torch;"
        "from transformers.models.llama.modeling_llama import LlamaRMSNorm;"
        "from fastkernels.analyzer.trace.forward import trace_callable;"
        "from fastkernels.analyzer.identity.signature import architecture_kernels;"
        "t = trace_callable(LlamaRMSNorm(64).to(torch.bfloat16), {'hidden_states': torch.randn(2, 7, 64, dtype=torch.bfloat16)});"
        "print([u.ids['exact'] for u in architecture_kernels(t) if u.path == 'kernel'][0])"
    )
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True) for _ in range(2)]
    assert all(run.returncode == 0 for run in runs), runs[0].stderr[-2000:]
    assert {run.stdout.strip().splitlines()[-1] for run in runs} == {kernel_id(rms_norm(LLAMA), hidden())}


def test_attention_blocks_differing_in_one_child_differ_only_there():
    """Llama and Qwen2 attention differ in q/k/v bias: the L1 linear kernels differ, the rest is shared."""
    from transformers import LlamaConfig, Qwen2Config
    from transformers.models.llama.modeling_llama import LlamaAttention, LlamaRotaryEmbedding
    from transformers.models.qwen2.modeling_qwen2 import Qwen2Attention

    def uses(cls, config_cls):
        config = config_cls(hidden_size=64, num_attention_heads=4, num_key_value_heads=2, intermediate_size=128)
        config._attn_implementation = "sdpa"
        attention = cls(config, layer_idx=0).to(torch.bfloat16).eval()
        x = torch.randn(2, 7, 64, dtype=torch.bfloat16)
        cos, sin = LlamaRotaryEmbedding(config)(x, torch.arange(7)[None])
        trace = trace_callable(attention, {"hidden_states": x, "position_embeddings": (cos.bfloat16(), sin.bfloat16()), "attention_mask": None})
        return {(u.level, u.label, u.path.rsplit(".", 1)[-1]): u.ids["exact"] for u in architecture_kernels(trace) if u.path.startswith("kernel")}

    llama, qwen = uses(LlamaAttention, LlamaConfig), uses(Qwen2Attention, Qwen2Config)
    assert llama[(1, "gemm", "o_proj")] == qwen[(1, "gemm", "o_proj")]
    assert llama[(1, "gemm", "q_proj")] != qwen[(1, "gemm", "q_proj")]
    assert llama[(2, "attention", "kernel")] != qwen[(2, "attention", "kernel")]
    shared = {k for k in llama if "proj" not in k[2] and k[0] == 1}
    assert shared and all(llama[k] == qwen[k] for k in shared)


def test_an_embedding_moves_the_rows_it_gathers_not_its_whole_table():
    table = torch.nn.Embedding(50000, 64).to(torch.bfloat16)
    ids = torch.randint(0, 50000, (2, 7))
    [use] = [u for u in architecture_kernels(trace_callable(table, {"input": ids})) if u.path == "kernel"]
    gathered, indices = 2 * 7 * 64 * 2, 2 * 7 * 8
    assert use.case["bytes"] == indices + 2 * gathered  # read the rows and the ids, write the rows
