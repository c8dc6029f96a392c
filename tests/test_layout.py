"""The package's shape: no import cycle between its modules, no module past 600 lines, and no
module using another's underscore names (they would hide the real interface between them)."""

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


def _private_uses(name: str, tree: ast.AST, known: set[str]) -> list[str]:
    """Another project module's underscore names that this module imports or reads as an
    attribute of that module (``from m import _x``, ``m._x``); dunders are not private."""
    private = lambda n: n.startswith("_") and not n.startswith("__")  # noqa: E731
    found, aliases = [], {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module in known and node.module != name:
            found += [f"{node.module}.{a.name}" for a in node.names if private(a.name)]
        if isinstance(node, ast.ImportFrom) and node.module:
            aliases.update({a.asname or a.name: f"{node.module}.{a.name}" for a in node.names})
        elif isinstance(node, ast.Import):
            aliases.update({a.asname: a.name for a in node.names if a.asname})
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and private(node.attr) and isinstance(node.value, ast.Name):
            module = aliases.get(node.value.id)
            if module in known and module != name:
                found.append(f"{module}.{node.attr}")
    return sorted(set(found))


def test_private_uses_are_seen_in_both_forms():
    known = {"fastkernels.engine.worker", "fastkernels.engine.ladder_run"}
    source = "from fastkernels.engine.worker import _seed, public\nfrom fastkernels.engine import worker\nworker._draw()\n"
    assert _private_uses("fastkernels.engine.ladder_run", ast.parse(source), known) == [
        "fastkernels.engine.worker._draw", "fastkernels.engine.worker._seed"]
    assert _private_uses("fastkernels.engine.worker", ast.parse(source), known) == []


def test_no_module_uses_another_modules_private_names():
    modules = _modules()
    uses = {name: _private_uses(name, ast.parse(path.read_text()), set(modules)) for name, path in modules.items()}
    uses = {name: found for name, found in uses.items() if found}
    assert not uses, "private names used across modules (make them public with a docstring, or use a public one): " + \
        "; ".join(f"{name} uses {', '.join(found)}" for name, found in sorted(uses.items()))
