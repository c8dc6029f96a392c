"""Every ``fk-*`` command and sub-command says in its ``--help`` what it reads, what it writes,
and gives one example of itself."""

from __future__ import annotations

import argparse

import pytest

from fastkernels.cli import analyze, bench, taskgen


def _commands():
    for module, program in ((analyze, "fk-analyze"), (taskgen, "fk-taskgen"), (bench, "fk-bench")):
        parser = module._parser()
        yield program, parser
        (choices,) = [action.choices for action in parser._actions if isinstance(action, argparse._SubParsersAction)]
        for name, sub in choices.items():
            yield f"{program} {name}", sub


@pytest.mark.parametrize("command,parser", list(_commands()), ids=lambda value: value if isinstance(value, str) else "")
def test_help_names_reads_writes_and_an_example(command, parser):
    text = parser.format_help()
    lines = {line.split(":", 1)[0]: line for line in text.splitlines() if line.startswith(("reads:", "writes:", "example:"))}
    assert set(lines) == {"reads", "writes", "example"}, text
    program = command.split()[0]
    assert lines["example"].split(None, 1)[1].startswith(command if " " in command else program), lines["example"]
