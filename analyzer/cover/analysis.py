"""The analysis database: per-architecture kernel records plus the kernel table.

Where the records come from, per architecture, in order:

1. a trace in the local cache (its kernel uses are cached beside it);
2. the analysis committed under ``tasks_generated/analysis/`` when it was made on the same
   transformers release and analyzer revisions (so a fresh checkout answers in seconds);
3. a new trace (sweep), for everything else — another release traces afresh.

The kernel table is the committed one with each locally recorded architecture's entries
replaced by its own (``merge``), so that a local trace of one architecture changes nothing
that other architectures contribute.

Only ``traced`` architectures carry kernels; ``partial`` and ``failed`` ones are kept with
their failure and reported as not analysed.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path
from typing import Callable

from fastkernels.analyzer.trace import cache
from fastkernels.analyzer.identity import kernels as kernel_table
from fastkernels.analyzer.trace.record import Trace
from fastkernels.analyzer.trace.registry import Architecture
from fastkernels.analyzer.identity.signature import SIGNATURE_REVISION, architecture_kernels
from fastkernels.analyzer.cover.merge import merge_tables

COMMITTED_DIR = Path("tasks_generated") / "analysis"


def revisions() -> dict:
    return {**cache.versions(), "signature_revision": SIGNATURE_REVISION, "analysis_schema": kernel_table.ANALYSIS_SCHEMA}


def _uses_path(arch: str) -> Path:
    return cache.derived_path(arch, "kernels")


def _summary(trace: Trace) -> dict:
    """What an architecture's record keeps of its trace."""
    return {
        "status": trace.status,
        "strategy": trace.strategy,
        "failure": trace.failure,
        "executed_fraction": trace.coverage.get("executed_fraction"),
    }


def _uses_key(module: str, trace_path: str) -> str:
    key = f"{cache.cache_key(module)}:{SIGNATURE_REVISION}"
    return key + ":export" if trace_path == "export" else key  # dispatch keys predate export records


def _read_uses(arch: str, module: str, trace_path: str) -> list[dict] | None:
    """The stored uses when they were made from a trace of this key by ``trace_path``."""
    try:
        with gzip.open(_uses_path(arch), "rt", encoding="utf-8") as handle:
            data = json.load(handle)
        if data["key"] == _uses_key(module, trace_path):
            return data["uses"]
    except (OSError, ValueError, KeyError, EOFError):
        pass
    return None


def kernel_uses(trace: Trace, module: str) -> list[dict]:
    """The architecture's kernel uses, cached beside its trace (same key plus our revision)."""
    uses = _read_uses(trace.arch, module, trace.path)
    if uses is not None:
        return uses
    uses = [kernel_table.use_to_json(use) for use in architecture_kernels(trace)]
    path = _uses_path(trace.arch)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with gzip.open(path, "wt", encoding="utf-8", compresslevel=3) as handle:
            handle.write(json.dumps({"key": _uses_key(module, trace.path), "uses": uses}, separators=(",", ":")))  # one write, not thousands
    except OSError:
        pass  # recomputing next time is the only cost
    return uses


def cached_record(arch: Architecture) -> tuple[dict, list[dict] | None] | None:
    """A cached architecture's record and kernel uses (None when untraced), from the trace's
    summary and the uses kept beside it: the trace itself is many times larger, and decoding
    every one would dominate a warm run."""
    summary = cache.load_summary(arch.name, arch.module)
    if summary is None:
        return None
    uses = _read_uses(arch.name, arch.module, summary.path) if summary.ok else None
    if summary.ok and uses is None:
        return None
    return architecture_record(arch, _summary(summary), uses), uses


def architecture_record(arch: Architecture, summary: dict, uses: list[dict] | None) -> dict:
    return {
        "name": arch.name,
        "category": arch.category,
        "modality": arch.modality,
        "model_class": arch.model_class,
        **summary,
        "kernels": kernel_table.architecture_kernel_ids(uses) if uses is not None else {},
    }


def load_committed(root: Path = COMMITTED_DIR) -> dict | None:
    """The committed analysis when it was made with this release and these revisions."""
    try:
        data = json.loads((root / "architectures.json").read_text())
    except (OSError, ValueError):
        return None
    if not (root / "kernels.json.gz").is_file():
        return None
    return data if data.get("revisions") == revisions() else None


def collect(
    registry: dict[str, Architecture],
    use_cache: bool,
    trace_missing: Callable[[list[Architecture]], dict[str, Trace]],
    committed_root: Path = COMMITTED_DIR,
) -> dict:
    """Every architecture's record, and the kernel table of those whose uses are at hand."""
    digest = _inputs_digest(registry, committed_root) if use_cache else None
    collected = _load_collected(digest) if digest else None
    if collected is not None:
        return collected
    committed = load_committed(committed_root) if use_cache else None
    committed_archs = committed["architectures"] if committed else {}
    records: dict[str, dict] = {}
    uses_by_arch: dict[str, list[dict]] = {}
    missing: list[Architecture] = []
    local: set[str] = set()  # architectures whose record is this machine's, not the committed one

    def add(arch: Architecture, trace: Trace) -> None:
        uses = kernel_uses(trace, arch.module) if trace.ok else None
        records[arch.name] = architecture_record(arch, _summary(trace), uses)
        local.add(arch.name)
        if uses is not None:
            uses_by_arch[arch.name] = uses

    for arch in registry.values():
        found = cached_record(arch) if use_cache else None
        if found is not None:
            records[arch.name], uses = found
            local.add(arch.name)
            if uses is not None:
                uses_by_arch[arch.name] = uses
            continue
        trace = cache.load(arch.name, arch.module) if use_cache else None
        if trace is not None:
            add(arch, trace)
        elif arch.name in committed_archs:
            records[arch.name] = committed_archs[arch.name]
        else:
            missing.append(arch)
    for name, trace in trace_missing(missing).items():
        add(registry[name], trace)
    if committed:
        with gzip.open(committed_root / "kernels.json.gz", "rt", encoding="utf-8") as handle:
            committed_kernels = json.load(handle)["kernels"]
        table = merge_tables(committed_kernels, uses_by_arch, local)
    else:
        table = kernel_table.build(uses_by_arch)
    analysis = {"revisions": revisions(), "architectures": dict(sorted(records.items())), "kernels": table}
    digest = _inputs_digest(registry, committed_root) if use_cache else None
    if digest:  # after the run: uses recomputed or traced above are inputs too
        kernels = {g: {i: kernel.to_json() for i, kernel in by_id.items()} for g, by_id in table.items()}  # in build order
        cache.write_collected({"digest": digest, **analysis, "kernels": kernels})
    return analysis


def _inputs_digest(registry: dict[str, Architecture], committed_root: Path) -> str | None:
    """A digest of all that ``collect`` reads: the analyzer's source, every architecture's
    registry entry, record summary and kernel-use bytes (with the key they must carry), and the
    committed analysis. None while an architecture has no cached record (it must be traced)."""
    digest = hashlib.sha256(json.dumps(revisions(), sort_keys=True).encode())
    for source in sorted(Path(__file__).parents[1].rglob("*.py")):  # every stage of the analyzer
        digest.update(source.read_bytes())
    for name in ("architectures.json", "kernels.json.gz"):
        path = committed_root / name
        digest.update(path.read_bytes() if path.is_file() else b"-")
    for name in sorted(registry):
        arch = registry[name]
        summary = cache.load_summary(arch.name, arch.module)
        if summary is None:
            return None
        digest.update(json.dumps([name, arch.category, arch.modality, arch.model_class, _summary(summary)], sort_keys=True).encode())
        if summary.ok:
            try:
                uses = _uses_path(arch.name).read_bytes()
            except OSError:
                return None
            digest.update(_uses_key(arch.module, summary.path).encode())
            digest.update(hashlib.sha256(uses).digest())
    return digest.hexdigest()


def _load_collected(digest: str) -> dict | None:
    try:
        with gzip.open(cache.collected_path(), "rt", encoding="utf-8") as handle:
            document = json.load(handle)
    except (OSError, ValueError, EOFError):
        return None
    if document.get("digest") != digest:
        return None
    kernels = {g: {i: kernel_table.Kernel(**k) for i, k in by_id.items()} for g, by_id in document["kernels"].items()}
    return {"revisions": document["revisions"], "architectures": document["architectures"], "kernels": kernels}


def _kernels_json(table: dict) -> dict:
    return {granularity: {kernel_id: kernel.to_json() for kernel_id, kernel in sorted(by_id.items())} for granularity, by_id in table.items()}


def write_committed(analysis: dict, root: Path = COMMITTED_DIR) -> None:
    """The per-architecture records and the kernel table, as the release's analysis."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "architectures.json").write_text(
        json.dumps({"revisions": analysis["revisions"], "architectures": analysis["architectures"]}, indent=1, sort_keys=True) + "\n"
    )
    # Keys in their built order, not sorted: a case's config fields are emitted in that order,
    # so a task regenerated from this file matches one regenerated from the local cache.
    text = json.dumps({"revisions": analysis["revisions"], "kernels": _kernels_json(analysis["kernels"])}) + "\n"
    with open(root / "kernels.json.gz", "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as handle:
        handle.write(text.encode())  # mtime 0 and no name: the same table gives the same bytes


def arch_kernel_sets(analysis: dict, granularity: str, levels: tuple[int, ...]) -> dict[str, frozenset[str]]:
    """Traced architecture -> its kernel ids at these levels: the set-cover instance."""
    sets = {}
    for name, record in analysis["architectures"].items():
        if record["status"] != "traced":
            continue
        by_level = record["kernels"].get(granularity, {})
        sets[name] = frozenset(k for level in levels for k in by_level.get(str(level), []))
    return sets
