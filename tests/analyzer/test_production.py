"""The production granularity: classes upstream marks with one hub kernel are one kernel."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from fastkernels.analyzer.identity import production
from fastkernels.analyzer.identity.hub_marks import hub_marks
from fastkernels.analyzer.identity.kernels import Kernel

ANALYSIS = Path(__file__).resolve().parents[2] / "tasks_generated" / "analysis"
LLAMA = "transformers.models.llama.modeling_llama.LlamaRMSNorm"
QWEN3_NEXT = "transformers.models.qwen3_next.modeling_qwen3_next.Qwen3NextRMSNorm"


def _kernel(kernel_id: str, level: int, qualname: str, archs: list[str]) -> Kernel:
    return Kernel(id=kernel_id, name=kernel_id, level=level, label="norm", qualnames={qualname: 1}, architectures=archs)


def test_classes_with_one_hub_mark_are_one_kernel_and_others_keep_their_family():
    marks = hub_marks()
    assert marks[LLAMA] == "RMSNorm"
    other_rms = next(q for q, m in sorted(marks.items()) if m == "RMSNorm" and q != LLAMA)
    family = {
        "f_llama": _kernel("f_llama", 1, LLAMA, ["llama"]),
        "f_other": _kernel("f_other", 1, other_rms, ["other"]),
        "f_layer_norm": _kernel("f_layer_norm", 1, "torch.nn.modules.normalization.LayerNorm", ["bert"]),
        "f_block": _kernel("f_block", 2, LLAMA, ["llama"]),  # a mark at another level never merges
    }
    table, of = production.production_table(family)
    assert of["f_llama"] == of["f_other"] != "f_llama"
    assert of["f_layer_norm"] == "f_layer_norm"
    assert of["f_block"] != of["f_llama"]
    merged = table[of["f_llama"]]
    assert merged.architectures == ["llama", "other"] and set(merged.qualnames) == {LLAMA, other_rms}
    assert len(table) == 3


@pytest.mark.skipif(not (ANALYSIS / "kernels.json.gz").is_file(), reason="no committed analysis")
def test_on_the_committed_analysis_production_is_never_finer_than_family():
    with gzip.open(ANALYSIS / "kernels.json.gz", "rt") as handle:
        family = {i: Kernel(**k) for i, k in json.load(handle)["kernels"]["family"].items()}
    table, of = production.production_table(family)
    assert set(of) == set(family) and len(table) < len(family)
    rms = {of[k.id] for k in family.values() if any(hub_marks().get(q) == "RMSNorm" for q in k.qualnames)}
    assert len(rms) == 1  # every family upstream serves with its RMSNorm hub kernel is one kernel
    for names, ids in production.groups(family):
        assert len({family[i].level for i in ids}) == 1
