"""What two kernels' graphs differ in: the ops and arguments that split their ids.

Each op of a stored graph (``graph.graph_record``) becomes one line, its label followed by
its operands, each named by the op that made it (or ``in:dtype`` for a tensor from outside)
and the edge's label (argument position, ``c`` for an unordered operand, ``/b`` for a
broadcast one). Lines name producers rather than numbers, so an op added
early does not renumber every line after it, and a line-by-line diff shows only what differs.
"""

from __future__ import annotations

import difflib


def graph_lines(graph: list, names: dict[str, str] | None = None) -> list[str]:
    """One line per op or child kernel, in the graph's order; ``names`` turns a child's
    kernel id into a readable name."""
    names = names or {}

    def label(index: int) -> str:
        text = graph[index][0]
        return f"{names[text]} ({text})" if text in names else text

    lines = []
    for index, (text, operands) in enumerate(graph):
        if not operands and text.startswith("in:"):
            continue  # a tensor from outside is shown where it is read
        reads = ", ".join(f"{label(source)} [{edge}]" for source, edge in operands)
        lines.append(f"{label(index)} <- {reads}" if reads else label(index))
    return lines


def graph_diff(first: list, second: list, names: dict[str, str] | None = None) -> list[str]:
    """The lines only one graph has, ``- `` for the first and ``+ `` for the second, with
    ``? `` hints under a changed line marking the characters that differ; empty when the
    two graphs read alike."""
    return [
        line.rstrip("\n")
        for line in difflib.ndiff(graph_lines(first, names), graph_lines(second, names))
        if line[:1] in "-+?"
    ]
