"""What every ``fk-*`` command shares: consoles, JSON output, one-line errors."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any, Callable

from rich.console import Console


class UserError(Exception):
    """Bad input from the user: printed as one line that says what to do, exit code 2."""


# Piped output (a file, a pager, another program) is not wrapped: kernel ids and table rows
# stay whole on one line each, at most this wide.
PIPED_WIDTH = 1000


def consoles(json_target: str | None) -> Console:
    """Tables and progress go to stderr when the JSON document goes to stdout."""
    return make_console(stderr=json_target == "-")


def make_console(stderr: bool = False) -> Console:
    """A terminal's own width; a pipe's lines whole."""
    stream = sys.stderr if stderr else sys.stdout
    return Console(stderr=stderr, width=None if stream.isatty() else PIPED_WIDTH)


def write_json(target: str | None, document: Any) -> None:
    """One JSON document to FILE, or to stdout for ``-``; keys sorted, stable bytes."""
    if not target:
        return
    text = json.dumps(document, indent=2, sort_keys=True) + "\n"
    if target == "-":
        sys.stdout.write(text)
        return
    path = Path(target)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    except OSError as error:
        raise UserError(f"cannot write {path}: {error.strerror or error}; choose a writable path") from error


def io_help(reads: str, writes: str, example: str) -> dict:
    """Parser arguments that end a command's ``--help`` with what it reads, what it writes and
    one example, laid out as written."""
    text = f"reads:   {reads}\nwrites:  {writes}\nexample: {example}"
    return {"epilog": text, "formatter_class": argparse.RawDescriptionHelpFormatter}


HASH_SEED = "0"


def _with_fixed_hash_seed() -> None:
    """Run this command again under a fixed ``PYTHONHASHSEED`` unless it already is. Upstream
    models iterate over sets of strings (gemma3 computes one rotary embedding per layer type in
    ``set(layer_types)`` order), so the order of the calls a trace records, and every file made
    from it, would otherwise follow the interpreter's random seed."""
    if os.environ.get("PYTHONHASHSEED") == HASH_SEED:
        return
    os.environ["PYTHONHASHSEED"] = HASH_SEED
    os.execv(sys.executable, sys.orig_argv)


def run_cli(main: Callable[[list[str] | None], int], argv: list[str] | None = None) -> int:
    """Run a command, turning user errors and interrupts into one line and an exit code; from
    the command line (no ``argv``), under a fixed hash seed."""
    if argv is None:
        _with_fixed_hash_seed()
    from fastkernels.analyzer.trace.cache import CacheError
    from fastkernels.analyzer.trace.registry import UnknownArchitecture

    from transformers.utils import logging as transformers_logging

    transformers_logging.set_verbosity_error()  # config warnings of default configs are noise here
    console = make_console(stderr=True)
    try:
        return main(argv)
    except (UserError, UnknownArchitecture, CacheError) as error:
        console.print(f"[bold red]error:[/] {error}", highlight=False)
        return 2
    except KeyboardInterrupt:
        console.print("[yellow]interrupted[/]: finished results are kept; rerun the same command to resume")
        return 130


def phases_arg(text: str) -> tuple[str, ...]:
    """``--phases``: comma-separated case phases (traced, decode, prefill, profile)."""
    from fastkernels.engine.plan import PHASES

    names = tuple(name.strip() for name in text.split(",") if name.strip())
    unknown = sorted(set(names) - set(PHASES))
    if unknown or not names:
        raise argparse.ArgumentTypeError(f"unknown phase {', '.join(unknown) or text!r}: choose among {', '.join(PHASES)}")
    return names
