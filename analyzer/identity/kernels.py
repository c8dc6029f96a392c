"""The kernel database: every distinct kernel, who uses it, and every real case it saw.

Per architecture the record is small (its kernel ids per granularity and level) and is the
input of the set cover; per kernel the record keeps a readable name, its level and label,
every upstream qualname seen, its symbolic parameters and every case (shapes, dtypes,
bytes, FLOPs) with the architectures that produced it — what taskgen and the bench need —
and, at the exact granularity, the normalized graph its id hashes (``graph.graph_record``),
so that two ids can be compared without retracing (``graph_diff``).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field

from fastkernels.analyzer.identity.signature import GRANULARITIES, KernelUse

ANALYSIS_SCHEMA = 2  # 2: exact kernels keep their graph


@dataclass
class Kernel:
    id: str
    name: str
    level: int
    label: str
    qualnames: dict[str, int]
    architectures: list[str]
    children: list[str] = field(default_factory=list)
    bookkeeping: bool = False
    cases: list[dict] = field(default_factory=list)
    graph: list = field(default_factory=list)

    def __post_init__(self) -> None:
        self.qualnames = most_common_first(self.qualnames)  # JSON written with sorted keys has them by name

    def to_json(self) -> dict:
        """The kernel as a dict, sharing its values: a kernel is not changed once built, and
        ``asdict``'s deep copy of every case and graph node made writing a table slow."""
        return dict(vars(self))


# Mixed-case acronyms, read as one word: a capital, one lowercase letter, capitals (SiLU, MoE,
# ViT, RoPE; the capital that starts the next word or a V2 version stays out), or capitals
# with a version (DINOv3, LayoutLMv3).
_MIXED_ACRONYM = re.compile(r"[A-Z][a-z](?:(?!V[0-9])[A-Z])+?(?=[A-Z][a-z]|V[0-9]|[^A-Za-z]|$)|[A-Z]{2,}v[0-9]+")


def most_common_first(counts: dict[str, int]) -> dict[str, int]:
    """Qualname -> calls, most common first and ties by name: the first names the task."""
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def snake(name: str) -> str:
    """``LlamaRMSNorm`` -> ``llama_rms_norm``; ``Qwen2_5OmniMLP`` -> ``qwen2_5_omni_mlp``;
    ``SiLUActivation`` -> ``silu_activation``; ``MobileViTV2Layer`` -> ``mobile_vit_v2_layer``."""
    name = _MIXED_ACRONYM.sub(lambda match: match.group(0).capitalize(), name)
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return re.sub(r"_+", "_", name).lower().strip("_")


def readable_name(qualname: str) -> str:
    """A stable name from an upstream qualname; functions get their model's prefix."""
    parts = qualname.split(".")
    last = parts[-1]
    if last[:1].islower() and "models" in parts:
        model = parts[parts.index("models") + 1]
        return f"{model}_{last}" if not last.startswith(model) else last
    return snake(last)


def use_to_json(use: KernelUse) -> dict:
    """The use as a dict, sharing its values: a use is not changed once made, and
    ``asdict``'s deep copy took 40% of the time of deriving an architecture's kernels."""
    return dict(vars(use))


def case_key(case: dict) -> str:
    """What makes two cases of a kernel one case."""
    kept = {k: case[k] for k in ("inputs", "outputs", "params", "init") if k in case}
    return json.dumps(kept, sort_keys=True)


def build(uses_by_arch: dict[str, list[dict]]) -> dict[str, dict[str, Kernel]]:
    """granularity -> kernel id -> Kernel, from every architecture's kernel uses."""
    kernels: dict[str, dict[str, Kernel]] = {g: {} for g in GRANULARITIES}
    qualname_counts: dict[str, dict[str, Counter]] = {g: {} for g in GRANULARITIES}
    cases: dict[str, dict[str, dict]] = {}
    for arch in sorted(uses_by_arch):
        for use in uses_by_arch[arch]:
            for granularity in GRANULARITIES:
                kernel_id = use["ids"][granularity]
                kernel = kernels[granularity].get(kernel_id)
                if kernel is None:
                    kernel = kernels[granularity][kernel_id] = Kernel(
                        id=kernel_id, name="", level=use["level"], label=use["label"], qualnames={},
                        architectures=[], children=use["children"][granularity], bookkeeping=use["bookkeeping"],
                    )
                    qualname_counts[granularity][kernel_id] = Counter()
                qualname_counts[granularity][kernel_id][use["qualname"]] += 1
                if arch not in kernel.architectures:
                    kernel.architectures.append(arch)
            exact_id = use["ids"]["exact"]
            if use.get("graph") and not kernels["exact"][exact_id].graph:
                kernels["exact"][exact_id].graph = use["graph"]
            by_key = cases.setdefault(exact_id, {})
            key = case_key(use["case"])
            if key not in by_key:
                by_key[key] = {**use["case"], "architectures": [], "calls": 0, "qualname": use["qualname"]}
                del by_key[key]["arch"]
            entry = by_key[key]
            entry["calls"] += 1
            if arch not in entry["architectures"]:
                entry["architectures"].append(arch)
    for granularity in GRANULARITIES:
        for kernel_id, kernel in kernels[granularity].items():
            counts = qualname_counts[granularity][kernel_id]
            kernel.qualnames = most_common_first(counts)
            kernel.name = readable_name(next(iter(kernel.qualnames)))
            kernel.architectures.sort()
    for kernel_id, kernel in kernels["exact"].items():
        kernel.cases = sorted(cases.get(kernel_id, {}).values(), key=case_order)
    return kernels


def case_order(case: dict) -> tuple:
    """Cases most shared first, then most called; the first is a task's default."""
    return -len(case["architectures"]), -case["calls"], json.dumps(case["inputs"], sort_keys=True)


class KernelNotFound(LookupError):
    """No kernel, or more than one, answers to a query; the message says which and what to do."""


def find_kernel(table: dict[str, Kernel], query: str, granularity: str) -> Kernel:
    """The kernel whose id is ``query``, starts with it, or whose name it is."""
    matches = [k for k in table.values() if k.id.startswith(query) or k.name == query]
    exact = [k for k in matches if k.id == query]
    if exact:
        return exact[0]
    if not matches:
        raise KernelNotFound(f"no kernel {query!r} at granularity {granularity}; `fk-analyze kernels ARCH` lists ids")
    if len(matches) > 1:
        ids = ", ".join(f"{k.id} ({k.name})" for k in matches[:6])
        raise KernelNotFound(f"{query!r} matches {len(matches)} kernels: {ids}; give a longer id prefix")
    return matches[0]


def architecture_kernel_ids(uses: list[dict]) -> dict[str, dict[str, list[str]]]:
    """granularity -> level (as a string, for JSON) -> sorted kernel ids, bookkeeping excluded."""
    ids: dict[str, dict[str, set[str]]] = {g: {} for g in GRANULARITIES}
    for use in uses:
        if use["bookkeeping"]:
            continue
        for granularity in GRANULARITIES:
            ids[granularity].setdefault(str(use["level"]), set()).add(use["ids"][granularity])
    return {g: {level: sorted(found) for level, found in sorted(by_level.items())} for g, by_level in ids.items()}
