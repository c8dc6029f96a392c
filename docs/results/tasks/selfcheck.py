"""The GPU self-check of the L1/L2 tasks, across runs: which tasks to bench, and what the
results folder holds so far.

Every L1/L2 task changed in the round that gave tasks their producers' inputs, stubs the bench
accepts and the tolerance from the reference's own rounding (bench protocol 4 changed every
task's tolerance), so every L1/L2 task is to be self-checked again. A result counts when it was
benched on the task file as it is now and under the current protocol; the envelope is the
reference's own rounding in units of the old fixed tolerance, so a maximum above 1 is a
reference that the old tolerance would have failed against float64.

    python3 docs/results/tasks/selfcheck.py select            # the task names, shuffled
    python3 docs/results/tasks/selfcheck.py summary RESULTS DEVICE "COMMAND" > summary.json
"""
from __future__ import annotations

import collections
import json
import random
import sys
from pathlib import Path

from fastkernels.engine.runner import PROTOCOL
from fastkernels.engine.task import file_hash

TASKS = Path("tasks_generated")
LEVELS = (1, 2)


def names() -> list[str]:
    """The L1/L2 tasks, in a fixed shuffled order: neighbours by name are alike (a family's
    experts), so a run stopped early has checked an even sample, and large tasks rarely meet."""
    tasks = [t["path"][:-3] for t in json.loads((TASKS / "MANIFEST.json").read_text())["tasks"] if t["level"] in LEVELS]
    random.Random(0).shuffle(tasks)
    return tasks


def summary(results: Path, device: str, command: str) -> dict:
    statuses, failures, over, envelopes = collections.Counter(), {}, [], 0
    for name in sorted(names()):
        path = results / f"{name}.json"
        result = json.loads(path.read_text()) if path.exists() else None
        if result and (result["task_hash"] != file_hash(TASKS / f"{name}.py") or result["device"] != device
                       or result["settings"].get("protocol") != PROTOCOL):
            result = None  # an earlier version of the task or of the bench, or another device
        statuses[result["status"] if result else "NOT_RUN"] += 1
        if not result:
            continue
        if result["status"] != "PASSED":
            failures[name] = f"{result['status']}: {result.get('reason', '')[:240]}"
        envelope = (result.get("envelope") or {}).get("max")
        if envelope is not None:
            envelopes += 1
            if envelope > 1:
                over.append(f"{name} {envelope:.2f}")
    ran = sum(n for status, n in statuses.items() if status != "NOT_RUN")
    return {"card": _card(), "command": command, "protocol": PROTOCOL, "levels": list(LEVELS), "tasks": sum(statuses.values()),
            "ran": ran, "not_run": statuses["NOT_RUN"], "statuses": dict(sorted(statuses.items())),
            "with_envelope": envelopes, "envelope_over_old_tolerance": len(over), "over": over, "failures": failures}


def _card() -> str:
    import torch
    import transformers

    name = torch.cuda.get_device_name() if torch.cuda.is_available() else "CPU"
    return f"{name} (torch {torch.__version__}, transformers {transformers.__version__})"


def main(argv: list[str]) -> int:
    if argv[:1] == ["select"]:
        print("\n".join(names()))
        return 0
    if argv[:1] == ["summary"] and len(argv) == 4:
        print(json.dumps(summary(Path(argv[1]), argv[2], argv[3]), indent=1))
        return 0
    print(__doc__.strip().splitlines()[-2:], file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
