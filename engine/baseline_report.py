"""Tables of measured ladders: one row per task and timed case, one column per rung family
(the family's fastest passing rung), the winner, and a summary: how often each family wins
and the geometric mean of the production baseline's speedup over eager."""
from __future__ import annotations

from fastkernels.baselines.ladder import family
from fastkernels.engine.baseline_store import PASSED
from fastkernels.engine.results import geometric_mean

FAMILIES = ("eager", "compile", "library", "triton")


def rows(entries: list[dict]) -> list[dict]:
    """Per task and timed case: the best passing rung of each family, the rungs that failed a
    check of the task (of this case or any other checked), the winner."""
    out = []
    for entry in entries:
        for key, case in entry["cases"].items():
            cells, failed = {}, []
            for name, rung in case["rungs"].items():
                if rung.get("status") != PASSED:
                    failed.append(name)
                    continue
                best = cells.get(family(name))
                if best is None or rung["ms"] < best["ms"]:
                    cells[family(name)] = {"rung": name, **{k: rung.get(k) for k in
                                           ("ms", "speedup_vs_eager", "sol_fraction", "copy_fraction", "compile_s")}}
            winner = case.get("winner")
            out.append({"task": entry["task"], "case": key, "derived": "+" in key, "mb": (case.get("bytes") or 0) / 2**20,
                        "cells": cells, "failed": sorted(set(failed) | set(entry.get("failed") or {})), "winner": winner,
                        "winner_family": family(winner) if winner else None,
                        "production_vs_eager": case["rungs"][winner].get("speedup_vs_eager") if winner else None})
    return out


def summary(table: list[dict]) -> dict:
    """Over the listed (not derived) cases: wins per family and the production baseline's
    geomean speedup over eager."""
    listed = [r for r in table if not r["derived"] and r["winner"]]
    wins = {f: sum(r["winner_family"] == f for r in listed) for f in FAMILIES}
    return {"cases": len(listed), "tasks": len({r["task"] for r in listed}), "wins": wins,
            "geomean_production_vs_eager": geometric_mean([r["production_vs_eager"] for r in listed
                                                          if r["production_vs_eager"]])}


def cell_text(cell: dict | None) -> str:
    if not cell:
        return "-"
    text = f"{cell['ms'] * 1e3:.1f} µs"
    if cell.get("speedup_vs_eager"):
        text += f" {cell['speedup_vs_eager']:.2f}x"
    if cell.get("sol_fraction"):
        text += f" {cell['sol_fraction']:.0%}"
    if cell.get("copy_fraction"):
        text += f" ({cell['copy_fraction']:.0%} of copy)"
    return text


def markdown(table: list[dict], header: str) -> str:
    lines = [header, "", "| task | case | MB | " + " | ".join(FAMILIES) + " | winner | failed |",
             "|---|---|---:|" + "---|" * len(FAMILIES) + "---|---|"]
    for r in table:
        cells = " | ".join(cell_text(r["cells"].get(f)) for f in FAMILIES)
        lines.append(f"| {r['task']} | {r['case']} | {r['mb']:.1f} | {cells} | {r['winner'] or '-'} | "
                     f"{', '.join(r['failed']) or ''} |")
    s = summary(table)
    wins = ", ".join(f"{f} {n}" for f, n in s["wins"].items())
    geomean = s["geomean_production_vs_eager"]
    lines += ["", f"{s['cases']} listed cases of {s['tasks']} tasks; wins: {wins}; production baseline over eager "
                  f"(geomean): {geomean:.2f}x" if geomean else "no timed case"]
    return "\n".join(lines) + "\n"
