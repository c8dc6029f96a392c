"""Importing a candidate file and checking that it answers its task: a class `ModelNew`
with the constructor and forward signatures of the task's `Model`."""
from __future__ import annotations

import inspect
from pathlib import Path

from torch import nn

from fastkernels.engine.task import load_module


class Failure(Exception):
    """A candidate that cannot be benched, with its status and a one-line reason."""

    def __init__(self, status: str, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


def one_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return f"{type(error).__name__}: {text[0] if text else ''}".rstrip(": ")[:300]


def load_candidate(path: Path) -> type:
    """The candidate's `ModelNew` class; a file that does not import raises `Failure`."""
    try:
        module = load_module(path, "fk_candidate")
    except SyntaxError as error:
        raise Failure("RUNTIME_ERROR", f"syntax error at line {error.lineno}: {error.msg}") from None
    except ImportError as error:
        raise Failure("RUNTIME_ERROR", f"import error: {one_line(error)}") from None
    except SystemExit:
        raise Failure("REWARD_HACK", "tried to exit the process while being imported") from None
    except Exception as error:
        raise Failure("RUNTIME_ERROR", f"error while importing: {one_line(error)}") from None
    candidate = getattr(module, "ModelNew", None)
    if not (isinstance(candidate, type) and issubclass(candidate, nn.Module)):
        raise Failure("RUNTIME_ERROR", "the file defines no nn.Module subclass named ModelNew")
    return candidate


def _parameters(function) -> list[tuple]:
    """Name, kind and default of each parameter; annotations may differ."""
    return [(p.name, p.kind, repr(p.default)) for p in inspect.signature(function).parameters.values()]


def check_signature(candidate: type, model: type) -> None:
    """ModelNew must be constructible and callable exactly as Model is."""
    for method in ("__init__", "forward"):
        got, expected = getattr(candidate, method), getattr(model, method)
        if _parameters(got) != _parameters(expected):
            raise Failure("RUNTIME_ERROR", f"ModelNew.{method}{inspect.signature(got)} does not match "
                                           f"Model.{method}{inspect.signature(expected)}")
