"""Per-architecture trace cache, keyed by everything that can change a trace.

A record is reused only when the transformers and torch versions, the analyzer's own
revision, and a hash of the source that computes (the architecture's modeling files plus
transformers' shared computing modules) are all unchanged. A corrupt or stale entry is
treated as missing and retraced, never trusted.
"""

from __future__ import annotations

import dataclasses
import gzip
import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path

from fastkernels.analyzer.trace.record import SCHEMA, Trace

# Bump when the tracer records something differently; every cached trace is then stale.
# 2: fake-valued is tried before real-shallow; 3: inputs and recipes for 35 more models;
# 4: entities, global attention, audio codebooks, waveform padding masks, recounted placeholders,
# and a variant that leaves a tower idle no longer hides a later one that runs it;
# 5: real-tensor GEMMs and convolutions computed in float32 (see arithmetic.py), and
# ``num_blocks`` stacks made shallow; 6: the fake strategies stop at a budget of ops, not of
# CPU seconds, and real tensors are not tried after a fake-valued forward that ran partial;
# 7: a forward whose layers project well past the op budget stops early, and more inputs
# and recipes
ANALYZER_REVISION = 7

_SHARED_SOURCES = (
    "masking_utils.py",
    "modeling_rope_utils.py",
    "activations.py",
    "pytorch_utils.py",
    "modeling_utils.py",
    "modeling_layers.py",
    "integrations/sdpa_attention.py",
    "integrations/flex_attention.py",
    "integrations/moe.py",
)


class CacheError(RuntimeError):
    """The cache folder cannot be used (not writable, disk full)."""


def cache_dir() -> Path:
    """``FASTKERNELS_CACHE_DIR``, else the user's cache folder; never the working directory."""
    explicit = os.environ.get("FASTKERNELS_CACHE_DIR")
    if explicit:
        return Path(explicit).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "fastkernels"


def versions() -> dict:
    import torch
    import transformers

    from fastkernels import __version__

    return {
        "transformers": transformers.__version__,
        "torch": torch.__version__,
        "fastkernels": __version__,
        "analyzer_revision": ANALYZER_REVISION,
        "schema": SCHEMA,
    }


@lru_cache(maxsize=None)
def _file_digest(path: str) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def source_files(module: str) -> list[Path]:
    """The files whose change can change this architecture's trace."""
    import transformers

    root = Path(transformers.__file__).parent
    if not module:  # the registry: its rules and every config default
        from fastkernels.analyzer.trace import categories

        return [Path(categories.__file__), *sorted(root.glob("models/*/configuration_*.py"))]
    own = sorted((root / "models" / module).glob("modeling_*.py")) + sorted((root / "models" / module).glob("configuration_*.py"))
    shared = [root / name for name in _SHARED_SOURCES if (root / name).exists()]
    return own + shared


def cache_key(module: str) -> str:
    digest = hashlib.sha256(json.dumps(versions(), sort_keys=True).encode())
    for path in source_files(module):
        digest.update(path.name.encode())
        digest.update(_file_digest(str(path)).encode())
    return digest.hexdigest()


def entry_path(arch: str) -> Path:
    import transformers

    return cache_dir() / "traces" / f"transformers-{transformers.__version__}" / f"{arch}.json.gz"


def load(arch: str, module: str) -> Trace | None:
    """The cached record, or None when missing, stale or unreadable."""
    path = entry_path(arch)
    try:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            data = json.load(handle)
        if data.get("cache_key") != cache_key(module):
            return None
        return Trace.from_json(data["trace"])
    except (OSError, ValueError, KeyError, TypeError, EOFError):
        return None


def _summary_path(arch: str) -> Path:
    return entry_path(arch).with_name(f"{arch}.summary.json")


def call_count(trace: Trace) -> int:
    """Calls in the record's tree, or the count its summary kept."""
    return sum(1 for _ in trace.root.walk()) if trace.root else trace.coverage.get("calls", 0)


def summary(trace: Trace) -> Trace:
    """The record without its call tree, tensors, ops and modules, with the call count
    kept in ``coverage["calls"]``: all that a status listing reads."""
    return dataclasses.replace(trace, root=None, tensors=[], ops=[], modules={},
                               coverage={**trace.coverage, "calls": call_count(trace)})


def load_summary(arch: str, module: str) -> Trace | None:
    """The cached record's summary, or None when missing or stale. Reading it costs about a
    millisecond where the whole record costs a tenth of a second; a record stored without a
    summary gets one now."""
    key = cache_key(module)
    try:
        data = json.loads(_summary_path(arch).read_text(encoding="utf-8"))
        if data.get("cache_key") == key:
            return Trace.from_json(data["trace"])
    except (OSError, ValueError, KeyError, TypeError):
        pass
    trace = load(arch, module)
    if trace is None:
        return None
    light = summary(trace)
    _write_atomically(_summary_path(arch), lambda handle: json.dump({"cache_key": key, "trace": light.to_json()}, handle), text=True)
    return light


DERIVED = ("kernels",)  # files computed from a record, beside it: a new record removes them


def derived_path(arch: str, name: str) -> Path:
    """A file computed from the architecture's record (its kernel uses). Its key is the
    record's cache key, which a retrace of the same source (``--retry-untraced``) keeps, so a
    new record must remove it rather than leave it to describe the old one."""
    return entry_path(arch).with_name(f"{arch}.{name}.json.gz")


def collected_path() -> Path:
    """The last analysis collected from this cache, whole: a warm run whose inputs are
    unchanged reads this one file instead of every architecture's kernel uses."""
    return entry_path("_").with_name("_collected.json.gz")


def write_collected(document: dict) -> None:
    _write_atomically(collected_path(), lambda handle: json.dump(document, handle, separators=(",", ":")))


def store(trace: Trace, module: str) -> Path:
    """Write the record and its summary atomically, so an interrupted sweep never leaves a
    half-written entry; remove what was computed from the record it replaces."""
    key = cache_key(module)
    path = entry_path(trace.arch)
    for name in DERIVED:
        derived_path(trace.arch, name).unlink(missing_ok=True)
    # one write of the whole text: json.dump would hand gzip thousands of small pieces
    _write_atomically(path, lambda handle: handle.write(json.dumps({"cache_key": key, "trace": trace.to_json()}, separators=(",", ":"))))
    _write_atomically(_summary_path(trace.arch), lambda handle: json.dump({"cache_key": key, "trace": summary(trace).to_json()}, handle), text=True)
    return path


def _write_atomically(path: Path, write, text: bool = False) -> None:
    temporary = path.with_suffix(f".tmp{os.getpid()}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        opener = open(temporary, "w", encoding="utf-8") if text else gzip.open(temporary, "wt", encoding="utf-8", compresslevel=3)
        with opener as handle:
            write(handle)
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise CacheError(
            f"cannot write the trace cache at {path.parent} ({error.strerror or error}); "
            "free disk space or set FASTKERNELS_CACHE_DIR to a writable folder"
        ) from error
