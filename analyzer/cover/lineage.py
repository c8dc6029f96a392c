"""Which architecture is the canonical one of its lineage, read from transformers' own sources.

transformers says where a model's code comes from in two ways: a ``modular_X.py`` imports
the classes X inherits (``from ..llama.modeling_llama import LlamaAttention``), and older
modeling files mark copied code (``# Copied from transformers.models.bert.modeling_bert``).
A model directory whose code many others inherit or copy is the root a kernel engineer
would pick to stand for them (Llama over the Llama-shaped MoE that happens to sort first),
so the cover prefers it among equally small covers. The weight of an architecture is the
number of other model directories that descend from its directory, directly or through
others (Mixtral copies Mistral, which inherits Llama: both count for Llama). A root is a
model directory that inherits or copies from none and that others descend from: the head of a
lineage, the architecture a reader expects among the representatives.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import networkx as nx

_MODULAR_IMPORT = re.compile(r"^\s*from\s+(?:\.\.|transformers\.models\.)(\w+)\.modeling_\w+\s+import", re.MULTILINE)
_COPIED_FROM = re.compile(r"#\s*Copied from transformers\.models\.(\w+)\.")
# ``models/auto`` holds the Auto* factories: a modular file imports them to build a sub-model,
# never to inherit modeling code.
_NOT_A_MODEL = {"auto"}


def _models_root() -> Path:
    import transformers

    return Path(transformers.__file__).parent / "models"


@lru_cache(maxsize=1)
def lineage_graph() -> nx.DiGraph:
    """Model directory -> the model directories it inherits (modular imports) or copies from."""
    graph = nx.DiGraph()
    root = _models_root()
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and p.name not in _NOT_A_MODEL):
        graph.add_node(folder.name)
        for path in sorted(folder.glob("modular_*.py")):
            sources = set(_MODULAR_IMPORT.findall(path.read_text())) - _NOT_A_MODEL
            graph.add_edges_from((folder.name, source) for source in sources if source != folder.name)
        for path in sorted(folder.glob("modeling_*.py")):
            sources = set(_COPIED_FROM.findall(path.read_text()))
            graph.add_edges_from((folder.name, source) for source in sources if source != folder.name)
    return graph


def descendants(graph: nx.DiGraph, folder: str) -> int:
    """Model directories whose code comes, directly or through others, from ``folder``."""
    return len(nx.ancestors(graph, folder)) if folder in graph else 0


def canonical_weights(modules: dict[str, str], graph: nx.DiGraph | None = None) -> dict[str, int]:
    """Architecture -> how many model directories descend from its modeling directory."""
    graph = lineage_graph() if graph is None else graph
    memo: dict[str, int] = {}
    for module in set(modules.values()):
        memo[module] = descendants(graph, module)
    return {name: memo[module] for name, module in sorted(modules.items())}


def roots(graph: nx.DiGraph | None = None) -> list[str]:
    """Model directories that come from no other and that at least one other comes from,
    most descendants first (then by name)."""
    graph = lineage_graph() if graph is None else graph
    found = [n for n in graph if graph.out_degree(n) == 0 and graph.in_degree(n) > 0]
    return sorted(found, key=lambda n: (-descendants(graph, n), n))
