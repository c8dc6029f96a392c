"""The package's shape: no import cycle between its modules, and no module past 600 lines."""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx
import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("analyzer", "taskgen", "engine", "baselines", "cli")  # folders mapped into ``fastkernels``
MAX_LINES = 600


def _modules() -> dict[str, Path]:
    """``fastkernels.<dotted>`` -> its file, as pyproject's package-dir maps the folders."""
    modules = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            modules[".".join(("fastkernels", *parts))] = path
    return modules


def _imported(name: str, path: Path, tree: ast.AST, known: set[str]) -> set[str]:
    """The project modules one module imports, at any depth of its code (a function's own
    import counts: it runs whenever the function does)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            found.add(base)
            found |= {f"{base}.{alias.name}" for alias in node.names}
    return {module for module in found if module in known and module != name}


def _import_graph() -> nx.DiGraph:
    modules = _modules()
    graph = nx.DiGraph()
    graph.add_nodes_from(modules)
    for name, path in modules.items():
        tree = ast.parse(path.read_text(), filename=str(path))
        graph.add_edges_from((name, target) for target in _imported(name, path, tree, set(modules)))
    return graph


def test_the_walk_sees_the_stages():
    graph = _import_graph()
    assert "fastkernels.analyzer.trace.trace" in graph
    assert ("fastkernels.analyzer.cover.coverage", "fastkernels.analyzer.cover.cover") in graph.edges
    assert ("fastkernels.cli.analyze", "fastkernels.analyzer.trace.cache") in graph.edges  # a function's import


def test_no_import_cycle():
    cycles = list(nx.simple_cycles(_import_graph()))
    assert not cycles, "import cycles: " + "; ".join(" -> ".join(cycle + cycle[:1]) for cycle in cycles[:5])


@pytest.mark.parametrize("name", sorted(_modules()))
def test_module_size(name):
    lines = len(_modules()[name].read_text().splitlines())
    assert lines <= MAX_LINES, f"{name} has {lines} lines; split it where it has separable parts"
