"""Results as documents: the JSON of a whole run and a Markdown table."""
from __future__ import annotations

from fastkernels.engine.results import SCHEMA_VERSION, Summary, TaskResult


def run_document(results: list[TaskResult], settings: dict) -> dict:
    return {"schema": SCHEMA_VERSION, "settings": settings, "summary": Summary.of(results).to_dict(),
            "tasks": [r.to_dict() for r in results]}


def _fmt(value, pattern: str) -> str:
    return "" if value is None else format(value, pattern)


def markdown(results: list[TaskResult]) -> str:
    summary = Summary.of(results)
    lines = ["| task | status | baseline ms | candidate ms | speedup | SOL score | note |",
             "|---|---|---:|---:|---:|---:|---|"]
    for r in results:
        base = sum(c.baseline_ms for c in r.cases) if r.cases else None
        cand = sum(c.candidate_ms for c in r.cases) if r.cases else None
        note = r.reason.replace("|", "\\|")
        lines.append(f"| {r.task} | {r.status} | {_fmt(base, '.4f')} | {_fmt(cand, '.4f')} | "
                     f"{_fmt(r.speedup, '.2f')} | {_fmt(r.sol_score, '.2f')} | {note} |")
    fast = ", ".join(f"fast_{p} {v:.0%}" for p, v in summary.fast_p.items())
    lines += ["", f"{summary.tasks} tasks benched, {summary.skipped} skipped; geometric-mean speedup "
                  f"{_fmt(summary.geomean_speedup, '.3f')}x; {fast}."]
    return "\n".join(lines) + "\n"
