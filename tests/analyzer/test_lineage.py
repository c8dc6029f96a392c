"""Lineages read from the installed transformers, and the cover's preference for their roots on
real kernel sets."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

from fastkernels.analyzer.cover import lineage, roots
from fastkernels.analyzer.cover.analysis import arch_kernel_sets
from fastkernels.analyzer.cover.cover import min_representatives
from fastkernels.analyzer.cover.coverage import canonical_preference, reasons

ANALYSIS = Path(__file__).resolve().parents[2] / "tasks_generated" / "analysis"


@pytest.fixture(scope="module")
def records() -> dict:
    if not (ANALYSIS / "architectures.json").is_file():
        pytest.skip("no committed analysis")
    return {"architectures": json.loads((ANALYSIS / "architectures.json").read_text())["architectures"]}


def test_edges_come_from_modular_imports_and_copied_from_marks():
    models = lineage._models_root()
    graph = lineage.lineage_graph()
    assert "from ..mistral.modeling_mistral import" in (models / "mixtral" / "modular_mixtral.py").read_text()
    assert graph.has_edge("mixtral", "mistral")
    assert "# Copied from transformers.models.mbart.modeling_mbart" in (models / "whisper" / "modeling_whisper.py").read_text()
    assert graph.has_edge("whisper", "mbart")
    assert "from ..auto import" in (models / "aria" / "modular_aria.py").read_text()
    assert "auto" not in graph  # the Auto* factories hold no modeling code to inherit
    assert {"mixtral", "mistral", "qwen2"} <= nx.ancestors(graph, "llama")  # Mixtral counts for Llama through Mistral
    weights = lineage.canonical_weights({"llama": "llama", "mistral": "mistral", "mixtral": "mixtral"}, graph)
    assert weights["llama"] > weights["mistral"] > weights["mixtral"] > 0
    heads = lineage.roots(graph)
    assert {"llama", "bert", "clip", "vit", "t5"} <= set(heads)
    assert "mistral" not in heads and "whisper" not in heads  # both come from others
    assert heads[0] == "llama"


def test_the_canonical_architecture_beats_name_order_on_real_kernel_sets(records):
    # Architectures sorting before a root (Llama, ViT, ...) with exactly its family kernels:
    # name order keeps those, the second objective keeps the roots, at the same proven size.
    sets = arch_kernel_sets(records, "family", (1, 2))
    twins = {root: sorted(a for a in sets if a < root and sets[a] == sets[root])
             for root in ("llama", "bert", "clip", "vit", "t5")}
    twins = {root: found for root, found in twins.items() if found}
    assert "llama" in twins  # Llama-shaped models that sort first (cwm, granite, ...)
    instance = {name: sets[name] for root, found in twins.items() for name in (root, *found)}
    by_name = min_representatives(instance, 1.0)
    assert by_name.representatives == sorted(found[0] for found in twins.values())
    weights = canonical_preference()
    chosen = min_representatives(instance, 1.0, preference=weights)
    assert chosen.representatives == sorted(twins) and chosen.objective == by_name.objective == len(twins)
    tier = chosen.tiers[1]
    assert tier.objective == "canonical weight" and tier.optimal and tier.value == sum(weights[r] for r in twins)


def test_a_root_no_minimal_cover_can_hold_is_shown_with_the_milp(records):
    # An architecture holding every exact kernel of Llama and more must be chosen, and then
    # choosing Llama too is one representative more: the required solve proves it.
    sets = arch_kernel_sets(records, "exact", (1, 2))
    wider = sorted(a for a in sets if sets[a] > sets["llama"])
    assert wider
    instance = {"llama": sets["llama"], wider[0]: sets[wider[0]]}
    weights = canonical_preference()
    result = min_representatives(instance, 1.0, preference=weights)
    assert result.representatives == [wider[0]] and result.optimal
    why = reasons(instance, result.representatives, weights)
    [row] = roots.explain(instance, result, 1.0, weights, why, [("llama", weights["llama"])], 10.0)
    assert row["extra"] == 1 and row["required_optimal"] and row["required_representatives"] == 2
    assert row["held_by_forced"] == row["kernels"] == len(sets["llama"])
    assert row["verdict"].startswith("no minimal cover contains it")
    [kept] = roots.explain(instance, result, 1.0, weights, why, [(wider[0], 0)], 10.0)
    assert kept["representative"] and kept["verdict"] == "representative (forced)"
