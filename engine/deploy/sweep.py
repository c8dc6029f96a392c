"""The self-swap sweep: every traced architecture, each kernel replaced by a fresh copy of its
own reference, built through the deployment's mapping, and the model compared.

A fresh copy computes exactly what the instance computed, so any difference is the
deployment's: an instance the mapping cannot rebuild, a strict weight load that fails, a
module whose constructor was not the one recorded. Each architecture is built tiny on the
CPU (``model.build_model``), identified once, then deployed one level at a time (every L1
instance, then every L2, then every L3: the outermost instance wins within a deployment, so
one pass per level reaches every kernel) and compared; the model is restored between levels.

Each architecture runs in its own process, killed past a time limit or a memory limit (its
resident set, polled); a result is written per architecture as it finishes, and a rerun
skips those already written.
"""
from __future__ import annotations

import json
import os
import signal
import multiprocessing
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

LEVELS = (1, 2, 3)
STEPS = 8  # greedy tokens compared per decoder on the CPU sweep
_POLL_S = 0.5
_context = None


@dataclass
class SweepOptions:
    results: Path
    timeout_s: float = 600.0
    memory_bytes: int = 3 * 10**9
    tasks: Path = Path("tasks_generated")


def traced_architectures(analysis_dir: Path = Path("tasks_generated") / "analysis") -> list[str]:
    """Every architecture the committed analysis traced (fully or partly), by name."""
    table = json.loads((Path(analysis_dir) / "architectures.json").read_text())["architectures"]
    return sorted(name for name, record in table.items() if record["status"] in ("traced", "partial"))


def sweep(archs: list[str], options: SweepOptions, progress: Callable[[str, dict], None] | None = None) -> list[dict]:
    """Each architecture's result, from the results folder where one is there already."""
    options.results.mkdir(parents=True, exist_ok=True)
    results = []
    for arch in archs:
        path = options.results / f"{arch}.json"
        if not path.is_file():
            path.write_text(json.dumps(_run_one(arch, path, options), indent=1, sort_keys=True) + "\n")
        result = json.loads(path.read_text())
        results.append(result)
        if progress:
            progress(arch, result)
    return results


def stored(archs: list[str], options: SweepOptions) -> list[dict]:
    """The results already written, in the architectures' order: a long sweep's table so far."""
    paths = [options.results / f"{arch}.json" for arch in archs]
    return [json.loads(path.read_text()) for path in paths if path.is_file()]


def _run_one(arch: str, path: Path, options: SweepOptions) -> dict:
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    started = time.monotonic()
    process = _server().Process(target=_child, args=(arch, str(partial), str(options.tasks)))
    process.start()
    peak, failure = 0, None
    while process.is_alive():
        time.sleep(_POLL_S)
        peak = max(peak, _rss(process.pid))
        if peak > options.memory_bytes:
            failure = f"memory: over {options.memory_bytes / 1e9:.1f} GB"
        elif time.monotonic() - started > options.timeout_s:
            failure = f"timeout: over {options.timeout_s:.0f} s"
        if failure:
            os.killpg(process.pid, signal.SIGKILL)
            process.join()
    process.join()
    seconds = round(time.monotonic() - started, 1)
    if failure is None and partial.is_file():
        result = json.loads(partial.read_text())
        partial.unlink()
    else:
        result = {"arch": arch, "status": "failed", "reason": failure or f"crash: exit code {process.exitcode}"}
    return {**result, "seconds": seconds, "peak_rss_gb": round(peak / 1e9, 2)}


def _server():
    """Processes forked from a server that imported torch, transformers and the deployment
    once: an architecture's process then starts in a fraction of a second, not in the ten
    seconds the imports take."""
    global _context
    if _context is None:
        _context = multiprocessing.get_context("forkserver")
        _context.set_forkserver_preload(["torch", "transformers", "fastkernels.engine.deploy.deployment",
                                         "fastkernels.engine.deploy.model"])
    return _context


def _child(arch: str, partial: str, tasks: str) -> None:
    os.setsid()
    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
    os.dup2(os.open(os.devnull, os.O_WRONLY), 2)
    Path(partial).write_text(json.dumps(self_swap(arch, Path(tasks))))


def _rss(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def self_swap(arch: str, tasks: Path) -> dict:
    """One architecture, in this process: build, identify, deploy each level, compare. A
    tiny model that the twin or the synthesized inputs cannot run is built again at full
    width and depth 2; a level whose deployment raises is recorded and the next one runs."""
    import torch

    from fastkernels.engine.deploy.catalog import Catalog
    from fastkernels.engine.deploy.deployment import deploy, model_inputs
    from fastkernels.engine.deploy.identify import identify
    from fastkernels.engine.deploy.model import build_model
    from fastkernels.engine.deploy.swap import builtin_source, restore
    from fastkernels.engine.deploy.verify import one_line

    result = {"arch": arch, "status": "failed"}
    for tiny in (True, False):
        try:
            result["stage"] = "build"
            built = build_model(arch, "cpu", torch.float32, layers=None if tiny else 2, tiny=tiny)
            result.update(size=built.size, stage="identify")
            identification = identify(built.model, arch)
            result.update(identified_by=identification.strategy, stage="inputs")
            inputs = model_inputs(built.model, torch.device("cpu"), torch.float32)
            break
        except Exception as error:  # recorded with the stage it stopped at; the shallow build may run
            result["reason"] = one_line(error)
            built = None
    if built is None:
        return result
    result.pop("reason", None)
    catalog = Catalog(tasks)
    source = builtin_source(catalog, "eager", {i.kernel_id for i in identification.instances})
    result["levels"] = {}
    for level in LEVELS:
        if not any(i.level == level and i.kind == "module" and i.path and i.kernel_id in source.classes
                   for i in identification.instances):
            continue
        try:
            deployment = deploy(built.model, source, catalog, inputs, arch, STEPS, (level,), identification)
        except Exception as error:  # a deployment that raised outside the compared forward (a generate): this level fails
            result["levels"][str(level)] = {"instances": {}, "reasons": {}, "ok": False, "detail": one_line(error)}
            continue
        restore(built.model, deployment.swap)
        result["levels"][str(level)] = _level_summary(deployment)
    kernels = {i.kernel_id for i in identification.instances if i.path and not i.bookkeeping}
    result.update(kernels=len(kernels), kernels_with_task=len(kernels & catalog.by_id.keys()))
    result["status"] = "compared" if all(v["ok"] for v in result["levels"].values()) else "mismatch"
    del result["stage"]
    return result


def _level_summary(deployment) -> dict:
    reasons: dict[str, int] = {}
    for record in deployment.swap.records:
        if record.reason:
            reasons[f"{record.status}: {record.reason[:120]}"] = reasons.get(f"{record.status}: {record.reason[:120]}", 0) + 1
    verdict = deployment.verdict
    return {"instances": deployment.swap.counts(), "reasons": reasons, "ok": verdict.ok,
            "detail": "; ".join(x for x in (verdict.outputs_detail, verdict.tokens_detail, verdict.diverging_module or "") if x)}


def table_markdown(results: list[dict], total: int) -> str:
    """The sweep as a Markdown table: a count line, then one row per architecture."""
    counts: dict[str, int] = {}
    for result in results:
        counts[result["status"]] = counts.get(result["status"], 0) + 1
    instances: dict[str, int] = {}
    for result in results:
        for level in result.get("levels", {}).values():
            for status, n in level["instances"].items():
                instances[status] = instances.get(status, 0) + n
    head = (f"{len(results)} of {total} traced architectures run: "
            + ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
            + "; module instances: " + ", ".join(f"{n} {status}" for status, n in sorted(instances.items())))
    rows = ["| architecture | status | size | L1 swapped | L2 swapped | L3 swapped | not swapped | kernels with a task | reason |",
            "|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        levels = r.get("levels", {})
        swapped = [str(levels.get(str(level), {}).get("instances", {}).get("swapped", 0)) for level in LEVELS]
        other = sum(n for level in levels.values() for status, n in level["instances"].items() if status != "swapped")
        reason = r.get("reason") or "; ".join(v["detail"] for v in levels.values() if v["detail"])
        kernels = f"{r['kernels_with_task']}/{r['kernels']}" if "kernels" in r else ""
        rows.append(f"| {r['arch']} | {r['status']} | {r.get('size', '')} | {' | '.join(swapped)} | {other} | {kernels} | "
                    f"{reason.replace('|', '/')[:160]} |")
    reasons: dict[str, list] = {}
    for r in results:
        for level in r.get("levels", {}).values():
            for reason, n in level.get("reasons", {}).items():
                entry = reasons.setdefault(reason, [0, []])
                entry[0] += n
                entry[1].append(r["arch"])
    why = ["", "Why instances were not swapped (instances, architectures):", "", "| reason | instances | architectures |",
           "|---|---|---|"]
    why += [f"| {reason.replace('|', '/')} | {n} | {', '.join(sorted(set(archs))[:6])}{' ...' if len(set(archs)) > 6 else ''} |"
            for reason, (n, archs) in sorted(reasons.items(), key=lambda item: -item[1][0])]
    return "\n".join([head, "", *rows, *why]) + "\n"
