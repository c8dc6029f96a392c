"""Predicted against measured end-to-end speedup, from the files `run-predict.sh MODEL serve`
and `... check` write: per deployment, the prediction (Amdahl over the reference's profile)
beside the engine's measured change, each a ratio of medians of three runs on one engine,
with the range of the three.

    python docs/results/deploy/compare.py DIR MODEL [--json FILE] [--markdown FILE]

The check is the one `docs/deploy.md` states: |measured - predicted| <= max(0.2 |predicted - 1|,
0.02), on the workload's output tokens/s (the profile's pass runs the same workload's
requests), for the prediction that matches the engine that ran: over an eager model where it
ran uncompiled (`--no-compile`), over an engine that compiles it otherwise (the other is listed,
not checked);
batch-1 decode and TTFT p50 are reported beside it.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

DEPLOYMENTS = {"production": "predicted-production", "mixed": "predicted-mixed"}


def _load(folder: Path, name: str) -> dict | None:
    path = folder / f"{name}.json"
    return json.loads(path.read_text()) if path.is_file() else None


def _runs(doc: dict) -> dict[str, list[float]]:
    """The three figures of every run (a run without repeats counts as one)."""
    repeats = doc.get("repeats") or {"output_tokens_per_s": [doc["engine"]["output_tokens_per_s"]],
                                     "batch1_tokens_per_s": [doc["batch1_decode"]["tokens_per_s"]],
                                     "ttft_p50_s": [doc["engine"]["ttft_s"]["p50"]]}
    return {"output tok/s": repeats["output_tokens_per_s"], "batch-1 tok/s": repeats["batch1_tokens_per_s"],
            "TTFT p50 s": repeats["ttft_p50_s"]}


def _ratio(reference: list[float], deployed: list[float], faster_is_smaller: bool) -> dict:
    """Median over median as a speedup, and the range of ratios that the runs allow."""
    speedup = (lambda ref, new: ref / new) if faster_is_smaller else (lambda ref, new: new / ref)
    return {"speedup": speedup(statistics.median(reference), statistics.median(deployed)),
            "low": min(speedup(r, d) for r in reference for d in deployed),
            "high": max(speedup(r, d) for r in reference for d in deployed)}


def compare(folder: Path, model: str) -> dict:
    reference = _load(folder, f"{model}-reference")
    if reference is None:
        raise SystemExit(f"error: no {model}-reference.json in {folder}: run run-predict.sh {model} serve first")
    ref_runs = _runs(reference)
    engine = "compiled" if (reference.get("decode_startup") or {}).get("compiled") else "eager"
    rows = []
    for side, predicted_name in DEPLOYMENTS.items():
        doc, predicted = _load(folder, f"{model}-{side}"), _load(folder, f"{model}-{predicted_name}")
        if doc is None:
            continue
        runs = _runs(doc)
        measured = {name: _ratio(ref_runs[name], runs[name], name.startswith("TTFT")) for name in runs}
        row = {"deployment": side, "swapped_tasks": doc.get("swap", {}).get("swapped_tasks", []),
               "instances": doc.get("swap", {}).get("instances", {}), "measured": measured,
               "output_tokens_per_s": runs["output tok/s"], "ttft_p50_s": runs["TTFT p50 s"],
               "predicted": {}}
        prediction = (predicted or {}).get("prediction")
        if prediction:
            row["counted_share"] = prediction["counted_ms"] / prediction["total_ms"]
            for name, key in (("eager", "predicted_speedup"), ("compiled", "compiled_speedup")):
                p = prediction.get(key)
                if p is not None:
                    tolerance = max(0.2 * abs(p - 1), 0.02)
                    row["predicted"][name] = {"speedup": p, "tolerance": tolerance, "checked": name == engine,
                                              "within": abs(measured["output tok/s"]["speedup"] - p) <= tolerance}
        rows.append(row)
    return {"model": model, "device": reference["device"], "workload": reference["workload"], "engine": engine,
            "reference": {"output_tokens_per_s": ref_runs["output tok/s"], "ttft_p50_s": ref_runs["TTFT p50 s"],
                          "batch1_tokens_per_s": ref_runs["batch-1 tok/s"]}, "rows": rows}


def markdown(result: dict) -> str:
    lines = [f"{result['model']} on {result['device']}: speedups over the unswapped engine ({result['engine']} model), "
             "medians of 3 runs (range over the runs' pairs); the prediction for the other engine is listed, not checked", "",
             "| deployment | tasks swapped | predicted, eager model | predicted, compiled engine | "
             "measured output tok/s | batch-1 tok/s | TTFT p50 |",
             "|---|---|---:|---:|---:|---:|---:|"]
    for row in result["rows"]:
        m = row["measured"]
        cell = lambda r: f"{r['speedup']:.3f}x ({r['low']:.3f}–{r['high']:.3f})"

        def predicted(name: str) -> str:
            p = row["predicted"].get(name)
            if p is None:
                return "-"
            verdict = ("within" if p["within"] else "miss") if p["checked"] else "not this engine"
            return f"{p['speedup']:.3f}x ± {p['tolerance']:.3f} ({verdict})"

        lines.append(f"| {row['deployment']} | {', '.join(row['swapped_tasks']) or 'none'} | {predicted('eager')} | "
                     f"{predicted('compiled')} | {cell(m['output tok/s'])} | {cell(m['batch-1 tok/s'])} | "
                     f"{cell(m['TTFT p50 s'])} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("model")
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--markdown", type=Path, default=None)
    args = parser.parse_args(argv)
    result = compare(args.folder, args.model)
    text = markdown(result)
    print(text, end="")
    if args.json:
        args.json.write_text(json.dumps(result, indent=1, sort_keys=True) + "\n")
    if args.markdown:
        args.markdown.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
