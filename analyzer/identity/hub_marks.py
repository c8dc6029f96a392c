"""Upstream's own kernel boundaries, read from ``@use_kernel_forward_from_hub("Name")``.

transformers marks the modules that production swaps for hub kernels. The decorator is a
no-op when the ``kernels`` package is absent, so the marks are read from the modeling
sources. They are a label and a cross-check of the analyzer's identity, never the identity.
"""

from __future__ import annotations

import ast
import re
from functools import lru_cache
from pathlib import Path

_DECORATOR = "use_kernel_forward_from_hub"
# A top-level decorator line naming the mark, down to the first top-level def or class line.
_MARKED = re.compile(rf"^@[^\n]*{_DECORATOR}.*?^(?:class|def|async def) [^\n]*", re.MULTILINE | re.DOTALL)


@lru_cache(maxsize=1)
def hub_marks() -> dict[str, str]:
    """Upstream class qualname -> the hub kernel name it is marked with."""
    import transformers

    root = Path(transformers.__file__).parent
    marks = {}
    for path in sorted(root.glob("models/*/modeling_*.py")):
        module = "transformers." + ".".join(path.relative_to(root).with_suffix("").parts)
        for node in _marked_classes(path.read_text()):
            for decorator in node.decorator_list:
                if (
                    isinstance(decorator, ast.Call)
                    and getattr(decorator.func, "id", getattr(decorator.func, "attr", None)) == _DECORATOR
                    and decorator.args
                    and isinstance(decorator.args[0], ast.Constant)
                ):
                    marks[f"{module}.{node.name}"] = decorator.args[0].value
    return marks


def _marked_classes(text: str) -> list[ast.ClassDef]:
    """The top-level classes of a modeling file that may carry the mark. Only the marked
    headers are parsed (from the mark down to the ``class`` line, body cut to ``pass``):
    parsing every modeling file whole would dominate a coverage run. A header the cut
    breaks sends the whole file to the parser instead."""
    classes = []
    for match in _MARKED.finditer(text):
        try:
            tree = ast.parse(match.group(0) + "\n    pass\n")
        except SyntaxError:
            return [node for node in ast.parse(text).body if isinstance(node, ast.ClassDef)]
        classes += [node for node in tree.body if isinstance(node, ast.ClassDef)]
    return classes


def cross_check(kernels: dict) -> dict:
    """How the marks line up with kernel ids (exact granularity, one kernel table).

    For each mark: the traced classes that carry it and the distinct kernel ids they map
    to. One id per mark means upstream and the analyzer draw the same boundary; several
    ids mean the analyzer splits what upstream serves with one hub kernel (a flag, a
    dtype, an offset); an id shared by several marks means the opposite.
    """
    marks = hub_marks()
    by_mark: dict[str, dict] = {}
    marks_of_id: dict[str, set] = {}
    for kernel in kernels.values():
        for qualname in kernel.qualnames:
            mark = marks.get(qualname)
            if mark is None:
                continue
            entry = by_mark.setdefault(mark, {"classes": set(), "kernel_ids": set()})
            entry["classes"].add(qualname)
            entry["kernel_ids"].add(kernel.id)
            marks_of_id.setdefault(kernel.id, set()).add(mark)
    rows = {
        mark: {"classes": len(entry["classes"]), "kernel_ids": sorted(entry["kernel_ids"])}
        for mark, entry in sorted(by_mark.items())
    }
    return {
        "marked_classes": len(marks),
        "marked_classes_traced": sum(row["classes"] for row in rows.values()),
        "marks": rows,
        "marks_with_one_kernel": sorted(m for m, row in rows.items() if len(row["kernel_ids"]) == 1),
        "kernels_with_several_marks": {k: sorted(v) for k, v in sorted(marks_of_id.items()) if len(v) > 1},
    }
