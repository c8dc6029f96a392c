"""The upstream interface of a kernel: the production class or function, and its signatures.

Signatures are read with libcst from the upstream source, not rebuilt from
``inspect.signature``: the emitted stub then carries the very annotations and defaults the
upstream author wrote, and every name they use is imported from where upstream found it, so
``inspect.signature`` of the stub equals that of the upstream callable.
"""

from __future__ import annotations

import ast
import builtins
import hashlib
import importlib
import inspect
import re
import sys
import textwrap
from dataclasses import dataclass, field
from functools import lru_cache

import libcst as cst

_HOMES = ("torch", "transformers", "typing", "collections")


class UpstreamError(LookupError):
    """The qualname does not resolve to a class or function with readable source."""


@dataclass
class Signature:
    """One ``def`` header: its parameters rendered one per entry, its return annotation."""

    name: str
    params: list[str]  # "hidden_states: torch.Tensor", "*", "**kwargs: Unpack[TransformersKwargs]"
    returns: str | None
    call: list[str]  # how a wrapper passes each parameter on: "q", "*args", "unsqueeze_dim=unsqueeze_dim"
    keyword_defaults: dict[str, str] = field(default_factory=dict)  # keyword-only parameter -> its default's source
    names: set[str] = field(default_factory=set)  # free names its annotations and defaults use
    module: str = ""  # where those names resolve
    future_annotations: bool = False
    namespace: dict = field(default_factory=dict, repr=False, compare=False)

    def header(self, indent: str = "    ") -> str:
        returns = f" -> {self.returns}" if self.returns else ""
        one_line = f"{indent}def {self.name}({', '.join(self.params)}){returns}:"
        if len(one_line) <= 110:
            return one_line
        inner = "".join(f"{indent}    {param},\n" for param in self.params)
        return f"{indent}def {self.name}(\n{inner}{indent}){returns}:"


@dataclass
class Interface:
    qualname: str
    kind: str  # "class" | "function"
    module: str  # import Model from here
    name: str
    init: Signature | None
    forward: Signature
    config_classes: dict[str, str] = field(default_factory=dict)  # name -> module to import it from

    @property
    def digest(self) -> str:
        """Hash of what a candidate must match: the constructor and forward headers."""
        text = "\n".join(s.header() for s in (self.init, self.forward) if s)
        return hashlib.sha256(text.encode()).hexdigest()[:16]


@lru_cache(maxsize=None)
def resolve(qualname: str):
    """The object named by a dotted upstream qualname (module path, then attributes)."""
    parts = qualname.split(".")
    for split in range(len(parts) - 1, 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:split]))
        except ImportError:
            continue
        try:
            for attr in parts[split:]:
                obj = getattr(obj, attr)
        except AttributeError:
            break
        return obj
    raise UpstreamError(f"{qualname} does not resolve in the installed transformers")


def _defining_class(cls: type, method: str) -> type:
    for klass in cls.__mro__:
        if method in vars(klass):
            return klass
    raise UpstreamError(f"{cls.__qualname__} has no {method}")


@lru_cache(maxsize=None)
def _parsed(obj) -> cst.Module:
    try:
        source = textwrap.dedent(inspect.getsource(obj))
    except (OSError, TypeError) as error:
        raise UpstreamError(f"no source for {obj!r}: {error}") from error
    try:
        return cst.parse_module(_header_only(source))
    except cst.ParserSyntaxError:
        return cst.parse_module(source)


def _header_only(source: str) -> str:
    """The source of a def with its body cut to ``pass``: only headers are read, and libcst
    takes many times longer on a long forward body than ``ast`` takes to find where it starts.
    A cut through the header (a body on the header's own line) does not parse; the caller
    then parses the whole source."""
    try:
        node = ast.parse(source).body[0]
    except (SyntaxError, IndexError):
        return source
    if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return source
    first = node.body[0]
    lines = source.splitlines(keepends=True)[: first.lineno - 1]
    return "".join(lines) + " " * first.col_offset + "pass\n"


def _function_def(obj, name: str) -> cst.FunctionDef:
    """The ``def name`` of a function's own source."""
    for statement in _parsed(obj).body:
        if isinstance(statement, cst.FunctionDef) and statement.name.value == name:
            return statement
    raise UpstreamError(f"no def {name} in the source of {obj!r}")


_EMPTY = cst.Module(body=[])


def _code(node: cst.CSTNode) -> str:
    """One line of source for an annotation, default or parameter, comments dropped."""
    text = _EMPTY.code_for_node(node)
    text = re.sub(r"#[^\n]*", "", text)
    text = re.sub(r"\s*\n\s*", " ", text)
    text = re.sub(r"([\[(]) ", r"\1", text)
    text = re.sub(r" ([\])])", r"\1", text)
    return text.strip()


class _FreeNames(cst.CSTVisitor):
    """Root names of expressions: ``torch`` of ``torch.Tensor``, ``Optional`` of ``Optional[X]``."""

    def __init__(self) -> None:
        self.names: set[str] = set()

    def visit_Attribute(self, node: cst.Attribute) -> bool:
        node.value.visit(self)
        return False

    def visit_Name(self, node: cst.Name) -> None:
        self.names.add(node.value)

    def visit_SimpleString(self, node: cst.SimpleString) -> None:
        return None

    def visit_Lambda(self, node: cst.Lambda) -> bool:
        return False


def _free_names(*nodes) -> set[str]:
    visitor = _FreeNames()
    for node in nodes:
        if node is not None:
            node.visit(visitor)
    return visitor.names


def header(node: cst.FunctionDef, drop_first: bool = False) -> tuple[list[str], str | None, list[str], set[str]]:
    """Parameters (one line each), return annotation, call forwarding and free names of a def."""
    params = node.params
    rendered: list[str] = []
    call: list[str] = []
    names: set[str] = set()

    def clean(param: cst.Param) -> str:
        bare = param.with_changes(comma=cst.MaybeSentinel.DEFAULT, whitespace_after_param=cst.SimpleWhitespace(""))
        names.update(_free_names(param.annotation, param.default))
        return _code(bare)

    for param in params.posonly_params:
        rendered.append(clean(param))
        call.append(param.name.value)
    if params.posonly_params:
        rendered.append("/")
    for param in params.params:
        rendered.append(clean(param))
        call.append(param.name.value)
    if isinstance(params.star_arg, cst.Param):
        rendered.append(clean(params.star_arg))
        call.append(f"*{params.star_arg.name.value}")
    elif params.kwonly_params:
        rendered.append("*")
    for param in params.kwonly_params:
        rendered.append(clean(param))
        call.append(f"{param.name.value}={param.name.value}")
    if params.star_kwarg is not None:
        rendered.append(clean(params.star_kwarg))
        call.append(f"**{params.star_kwarg.name.value}")
    returns = node.returns.annotation if node.returns else None
    names.update(_free_names(returns))
    return rendered, (_code(returns) if returns is not None else None), (call[1:] if drop_first else call), names


def signature(function, is_method: bool, name: str | None = None) -> Signature:
    """The header of a function or method, read from its own source (a patched method's too)."""
    function = inspect.unwrap(function)
    node = _function_def(function, function.__name__)
    rendered, returns, call, names = header(node, drop_first=is_method)
    namespace = function.__globals__
    future = getattr(namespace.get("annotations"), "compiler_flag", 0) != 0
    keyword_defaults = {p.name.value: _code(p.default) for p in node.params.kwonly_params if p.default is not None}
    return Signature(
        name=name or node.name.value, params=rendered, returns=returns, call=call, names=names,
        keyword_defaults=keyword_defaults, module=function.__module__, future_annotations=future, namespace=namespace,
    )


def interface(qualname: str) -> Interface:
    obj = resolve(qualname)
    if inspect.isclass(obj):
        init = signature(vars(_defining_class(obj, "__init__"))["__init__"], True, "__init__")
        forward = signature(vars(_defining_class(obj, "forward"))["forward"], True, "forward")
        return Interface(qualname, "class", obj.__module__, obj.__name__, init, forward)
    if inspect.isfunction(obj):
        forward = signature(obj, False)
        forward = Signature(
            name="forward", params=["self", *forward.params], returns=forward.returns, call=forward.call,
            names=forward.names, module=forward.module, future_annotations=forward.future_annotations,
            namespace=forward.namespace,
        )
        return Interface(qualname, "function", obj.__module__, obj.__name__, None, forward)
    raise UpstreamError(f"{qualname} is neither a class nor a function")


def _import_line(name: str, value, module: str) -> str:
    if inspect.ismodule(value):
        full = value.__name__
        if full == name:
            return f"import {name}"
        parent, _, leaf = full.rpartition(".")
        return f"from {parent} import {leaf}" if leaf == name and parent else f"import {full} as {name}"
    home = getattr(value, "__module__", None)
    if (
        isinstance(home, str)
        and home.split(".")[0] in _HOMES
        and getattr(sys.modules.get(home), name, None) is value
    ):
        return f"from {home} import {name}"
    return f"from {module} import {name}"


def imports(signatures: list[Signature], taken: set[str]) -> list[str]:
    """Import lines for every free name of these headers that is not a builtin or taken."""
    lines = set()
    for sig in signatures:
        namespace = sig.namespace
        for name in sorted(sig.names):
            if name in taken:
                continue
            if name not in namespace:
                if hasattr(builtins, name) or sig.future_annotations:
                    continue
                raise UpstreamError(f"{name} used in {sig.module}.{sig.name} does not resolve")
            lines.add(_import_line(name, namespace[name], sig.module))
    return sorted(lines)
