"""A fresh candidate file for a task: its `ModelNew` stub, standalone."""

from __future__ import annotations

from pathlib import Path

import libcst as cst


def candidate_text(task_path: Path) -> str:
    """The task's imports and `ModelNew`, nothing else: the file a kernel author fills in."""
    tree = cst.parse_module(Path(task_path).read_text())
    reference = _model_bases(tree)
    kept = []
    for statement in tree.body:
        if isinstance(statement, cst.SimpleStatementLine) and isinstance(statement.body[0], (cst.Import, cst.ImportFrom)):
            if isinstance(statement.body[0], cst.ImportFrom) and any(
                isinstance(alias, cst.ImportAlias) and _name(alias.asname.name if alias.asname else alias.name) in reference
                for alias in (statement.body[0].names if not isinstance(statement.body[0].names, cst.ImportStar) else [])
            ):
                continue  # the candidate must not lean on the reference
            kept.append(statement)
        elif isinstance(statement, cst.ClassDef) and statement.name.value == "ModelNew":
            kept.append(statement.with_changes(leading_lines=[cst.EmptyLine(), cst.EmptyLine()]))
    header = cst.parse_statement(f'"""Candidate for {Path(task_path).parent.name}/{Path(task_path).stem}: fill in ModelNew."""\n')
    return tree.with_changes(body=[header, *kept]).code


def _model_bases(tree: cst.Module) -> set[str]:
    """The names `Model` stands for: the upstream class it derives from (a module task) or
    `Model` itself (a task that imports the class under that name)."""
    names = {"Model"}
    for statement in tree.body:
        if isinstance(statement, cst.ClassDef) and statement.name.value == "Model":
            names |= {_name(base.value) for base in statement.bases}
    return names - {"", "nn"}


def _name(node) -> str:
    return node.value if isinstance(node, cst.Name) else ""
