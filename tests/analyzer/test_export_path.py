"""The export path and the dispatch path give one kernel id for one module, at every granularity."""

from __future__ import annotations

import pytest
import torch
from torch._subclasses.fake_tensor import FakeTensorMode

from fastkernels.analyzer.trace.record import Trace
from fastkernels.analyzer.identity.signature import GRANULARITIES, architecture_kernels
from fastkernels.analyzer.trace.sweep import SweepOptions, _reusable
from fastkernels.analyzer.trace.forward import trace_callable


def kernel_uses(module: torch.nn.Module, inputs: dict, path: str) -> list[tuple]:
    """Every kernel call of the module: (level, qualname, path, ids at each granularity)."""
    trace = trace_callable(module, inputs, path=path)
    assert trace.path == path
    return sorted((u.level, u.qualname, u.path, tuple(u.ids[g] for g in GRANULARITIES)) for u in architecture_kernels(trace))


def assert_paths_agree(module: torch.nn.Module, inputs: dict) -> list[tuple]:
    dispatch = kernel_uses(module, inputs, "dispatch")
    assert kernel_uses(module, inputs, "export") == dispatch
    return dispatch


def hidden(size: int = 64) -> torch.Tensor:
    return torch.randn(2, 7, size, dtype=torch.bfloat16)


def llama_config(**overrides):
    from transformers import LlamaConfig

    config = LlamaConfig(hidden_size=64, num_attention_heads=4, num_key_value_heads=2, intermediate_size=128, **overrides)
    config._attn_implementation = "sdpa"
    return config


def test_llama_and_gemma_rms_norms():
    from transformers import GemmaConfig
    from transformers.models.gemma.modeling_gemma import GemmaRMSNorm
    from transformers.models.llama.modeling_llama import LlamaRMSNorm

    config, gemma_config = llama_config(), GemmaConfig(hidden_size=64)
    llama = assert_paths_agree(LlamaRMSNorm(config.hidden_size, eps=config.rms_norm_eps).to(torch.bfloat16), {"hidden_states": hidden()})
    gemma = assert_paths_agree(GemmaRMSNorm(gemma_config.hidden_size, eps=gemma_config.rms_norm_eps).to(torch.bfloat16), {"x": hidden()})
    assert llama != gemma


def test_llama_mlp():
    from transformers.models.llama.modeling_llama import LlamaMLP

    uses = assert_paths_agree(LlamaMLP(llama_config()).to(torch.bfloat16), {"x": hidden()})
    assert [u[0] for u in uses].count(2) == 1


def test_llama_attention_with_its_rotary_and_sdpa_functions():
    """Upstream functions are nodes on both paths: export keeps them from its stack traces."""
    from transformers.models.llama.modeling_llama import LlamaAttention, LlamaRotaryEmbedding

    config = llama_config()
    x = hidden()
    cos, sin = LlamaRotaryEmbedding(config)(x, torch.arange(7)[None])
    inputs = {"hidden_states": x, "position_embeddings": (cos.bfloat16(), sin.bfloat16()), "attention_mask": None}
    uses = assert_paths_agree(LlamaAttention(config, layer_idx=0).to(torch.bfloat16).eval(), inputs)
    functions = {qualname.rsplit(".", 1)[-1] for level, qualname, _, _ in uses if level == 1}
    assert {"apply_rotary_pos_emb", "sdpa_attention_forward"} <= functions


def test_rotary_embedding_reads_its_buffer_on_both_paths():
    from transformers.models.llama.modeling_llama import LlamaRotaryEmbedding

    rotary = LlamaRotaryEmbedding(llama_config())
    assert_paths_agree(rotary, {"x": hidden(), "position_ids": torch.arange(7)[None]})
    trace = trace_callable(rotary, {"x": hidden(), "position_ids": torch.arange(7)[None]}, path="export")
    assert any(origin == "param:kernel.inv_freq" for _, _, origin in trace.tensors)


def test_vision_convolution_layer_norm_and_eval_dropout():
    """ConvNeXt: a depthwise conv and a channels-last layer norm; ViT: a patch conv and a
    dropout that eval mode makes the identity on both paths."""
    from transformers import ConvNextConfig, ViTConfig
    from transformers.models.convnext.modeling_convnext import ConvNextLayer
    from transformers.models.vit.modeling_vit import ViTEmbeddings

    convnext = ConvNextLayer(ConvNextConfig(), dim=32).to(torch.bfloat16).eval()
    uses = assert_paths_agree(convnext, {"features": torch.randn(2, 32, 14, 14, dtype=torch.bfloat16)})
    assert {"torch.nn.modules.conv.Conv2d", "transformers.models.convnext.modeling_convnext.ConvNextLayerNorm"} <= {u[1] for u in uses}
    vit = ViTEmbeddings(ViTConfig(hidden_size=64, image_size=32, patch_size=8)).to(torch.bfloat16).eval()
    assert_paths_agree(vit, {"pixel_values": torch.randn(2, 3, 32, 32, dtype=torch.bfloat16)})


def test_full_size_decoder_layer_under_fake_tensors():
    """The sweep's setting: built on meta at the default size, materialized as fake tensors."""
    from transformers import LlamaConfig
    from transformers.models.llama.modeling_llama import LlamaDecoderLayer, LlamaRotaryEmbedding

    config = LlamaConfig()
    config._attn_implementation = "sdpa"
    with torch.device("meta"):
        layer = LlamaDecoderLayer(config, layer_idx=0).to(torch.bfloat16).eval()
    with FakeTensorMode(allow_non_fake_inputs=True):
        layer = layer.to_empty(device="cpu")
        x = torch.empty(2, 509, config.hidden_size, dtype=torch.bfloat16)
        rotary = LlamaRotaryEmbedding(config)
        cos, sin = rotary(x, torch.arange(509)[None])
        inputs = {"hidden_states": x, "position_embeddings": (cos.bfloat16(), sin.bfloat16()), "attention_mask": None}
        assert_paths_agree(layer, inputs)
        trace = trace_callable(layer, inputs, path="export")
    assert any(shape == [2, 509, 4096] for shape, _, _ in trace.tensors)


class _Attention(torch.nn.Module):
    """One fused attention op, called as the CPU or a CUDA sdpa backend calls it."""

    def __init__(self, op, *scalars, **keywords) -> None:
        super().__init__()
        self.op, self.scalars, self.keywords = op, scalars, keywords

    def forward(self, query, key, value):
        return self.op(query, key, value, *self.scalars, **self.keywords)[0]


def test_cpu_and_cuda_sdpa_forms_are_one_kernel():
    """Each backend's own op, with the arguments the backend passes and the outputs it returns
    (the CUDA ones add RNG state and debug buffers), recorded on fake tensors of its device."""
    aten = torch.ops.aten
    forms = [
        ("cpu", _Attention(aten._scaled_dot_product_flash_attention_for_cpu.default, 0.0, True, scale=0.125)),
        ("cuda", _Attention(aten._scaled_dot_product_flash_attention.default, 0.0, True, False, scale=0.125)),
        ("cuda", _Attention(aten._scaled_dot_product_efficient_attention.default, None, True, 0.0, True, scale=0.125)),
        ("cuda", _Attention(aten._scaled_dot_product_cudnn_attention.default, None, True, 0.0, True, False, scale=0.125)),
    ]
    ids = set()
    with FakeTensorMode(allow_non_fake_inputs=True):
        for device, module in forms:
            q, k, v = (torch.empty(2, 4, 7, 16, dtype=torch.bfloat16, device=device) for _ in range(3))
            trace = trace_callable(module, {"query": q, "key": k, "value": v})
            assert len(trace.ops[0][2]) >= 2
            ids |= {tuple(u.ids[g] for g in GRANULARITIES) for u in architecture_kernels(trace) if u.path == "kernel"}
    assert len(ids) == 1


def test_records_state_their_path_and_old_records_load():
    from transformers.models.llama.modeling_llama import LlamaRMSNorm

    exported = trace_callable(LlamaRMSNorm(64).to(torch.bfloat16), {"hidden_states": hidden()}, path="export")
    data = exported.to_json()
    assert Trace.from_json(data).path == "export"
    del data["path_fallback"]  # a record written before the field existed
    assert Trace.from_json(data).path_fallback == ""


@pytest.mark.parametrize(
    ("asked", "cached_path", "ok", "reused"),
    [
        ("dispatch", "dispatch", True, True),
        ("export", "dispatch", True, False),
        ("dispatch", "export", True, False),
        ("auto", "dispatch", True, True),
        ("export", "dispatch", False, True),  # a failure is retraced only with --retry-untraced
    ],
)
def test_a_cached_record_serves_only_the_path_asked_for(asked, cached_path, ok, reused):
    cached = Trace(arch="llama", status="traced" if ok else "failed", path=cached_path)
    assert _reusable(cached, SweepOptions(path=asked)) is reused


class _ValueBranch(torch.nn.Module):
    """A forward that branches on a tensor's value, which export cannot follow."""

    def forward(self, x):
        return x * 2 if x.sum() > 0 else x - 1


def test_auto_falls_back_to_dispatch_where_export_fails():
    from fastkernels.analyzer.trace.architecture import _record

    trace = Trace(arch="standalone", status="traced")
    _record(_ValueBranch(), {"x": torch.ones(4)}, "auto", trace).finish(trace)
    assert trace.path == "dispatch" and trace.path_fallback
    _record(torch.nn.LayerNorm(4), {"input": torch.ones(2, 4)}, "auto", trace).finish(trace)
    assert trace.path == "export" and not trace.path_fallback
