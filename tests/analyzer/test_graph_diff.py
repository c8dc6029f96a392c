"""Each exact kernel keeps its graph; two graphs diff to the ops and arguments that split them."""

from __future__ import annotations

import inspect

import pytest

from fastkernels.analyzer.identity.graph_diff import graph_diff, graph_lines
from fastkernels.analyzer.identity.kernels import KernelNotFound, build, find_kernel, use_to_json
from fastkernels.analyzer.identity.signature import architecture_kernels
from fastkernels.analyzer.trace.forward import trace_callable

from test_signature import GEMMA, LLAMA, hidden, rms_norm


def _table(**modules) -> dict:
    uses = {}
    for arch, module in modules.items():
        first = next(iter(inspect.signature(module.forward).parameters))
        uses[arch] = [use_to_json(u) for u in architecture_kernels(trace_callable(module, {first: hidden()}))]
    return build(uses)["exact"]


@pytest.fixture(scope="module")
def norms() -> dict:
    table = _table(llama=rms_norm(LLAMA), gemma=rms_norm(GEMMA), mistral=rms_norm(LLAMA))
    by_arch = {arch: next(k for k in table.values() if k.level == 1 and arch in k.architectures) for arch in ("llama", "gemma")}
    return {"table": table, **by_arch}


def test_every_exact_kernel_keeps_its_graph(norms):
    assert all(kernel.graph for kernel in norms["table"].values())
    assert norms["llama"].architectures == ["llama", "mistral"]


def test_the_diff_of_the_llama_and_the_one_plus_weight_norm_is_the_offset(norms):
    lines = graph_diff(norms["llama"].graph, norms["gemma"].graph)
    added = [line for line in lines if line.startswith("+ ")]
    assert any(line.startswith("+ add|") and "other=1.0" in line for line in added), lines
    assert len(lines) < len(graph_lines(norms["gemma"].graph)) * 2  # the shared ops are not listed
    assert graph_diff(norms["llama"].graph, norms["llama"].graph) == []


def test_a_child_kernel_is_named_in_the_lines():
    child = "0123456789abcdef"
    assert graph_lines([["in:bfloat16", []], [child, [[0, "0"]]]], {child: "llama_rms_norm"}) == [
        "llama_rms_norm (0123456789abcdef) <- in:bfloat16 [0]"]


def test_a_kernel_is_found_by_id_prefix_or_name_and_never_guessed(norms):
    table, llama = norms["table"], norms["llama"]
    assert find_kernel(table, llama.id[:6], "exact") is llama
    assert find_kernel(table, llama.name, "exact") is llama
    with pytest.raises(KernelNotFound, match="no kernel 'zzzz'"):
        find_kernel(table, "zzzz", "exact")
    with pytest.raises(KernelNotFound, match=r"matches [0-9]+ kernels: .*give a longer id prefix"):
        find_kernel(table, "", "exact")  # every id starts with the empty prefix
