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
    lines = ["| task | status | cases checked | baseline ms (sum over timed cases) | candidate ms (sum over timed cases) "
             "| speedup (geomean over timed cases) | SOL score (mean over timed cases) | note |",
             "|---|---|---:|---:|---:|---:|---:|---|"]
    for r in results:
        base = sum(c.baseline_ms for c in r.cases) if r.cases else None
        cand = sum(c.candidate_ms for c in r.cases) if r.cases else None
        note = r.reason.replace("|", "\\|")
        checked = f"{r.checked_cases}/{r.listed_cases}" if r.listed_cases else ""
        lines.append(f"| {r.task} | {r.status} | {checked} | {_fmt(base, '.4f')} | {_fmt(cand, '.4f')} | "
                     f"{_fmt(r.speedup, '.2f')} | {_fmt(r.sol_score, '.2f')} | {note} |")
    fast = ", ".join(f"fast_{p} {v:.0%}" for p, v in summary.fast_p.items())
    passed = summary.statuses.get("PASSED", 0)
    speedup = (f"geometric-mean speedup over the {passed} passed task(s) {summary.geomean_speedup:.3f}x"
               if summary.geomean_speedup else "no speedup: no task passed")
    lines += ["", f"{summary.tasks} tasks benched, {summary.skipped} skipped; {speedup}; {fast}."]
    return "\n".join(lines) + "\n"
