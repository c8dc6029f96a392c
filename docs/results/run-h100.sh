#!/usr/bin/env bash
# The bench on a CUDA machine without network: the pinned transformers from carried wheels
# (.whl/), the project from this checkout, results under $OUT (or ./gpu-out).
#   docs/results/run-h100.sh timing [GPU]
#       the two RMSNorm candidates; ten named tasks twice, alone on one GPU, and their agreement
#   docs/results/run-h100.sh selfcheck LEVELS JOBS SECONDS [GPU,GPU...]
#       every reference of the levels (e.g. 1,2) against itself (20 timed calls a side): one bench
#       per GPU (default: all), each over its share of the tasks, JOBS tasks at a time, stopped
#       after SECONDS (killed 20 s later: running tasks finish first); results go to
#       .fk-bench/selfcheck (carry it back in: the bench resumes from it and benches only what is
#       missing) and come back packed as $OUT/selfcheck.tgz. A task that ran out of memory beside
#       the others (host or GPU, cuBLAS's ALLOC_FAILED included) is benched again alone by its
#       bench once the others are done. ONLY (environment) names a file of tasks to check, the
#       others of the levels are left out. On a cluster with Ray, `fk-bench run --ray` does the
#       same across hosts (docs/bench.md).
#   docs/results/run-h100.sh gputests [GPU]
#       the test suite's CUDA-only tests (pytest -m gpu)
#   docs/results/run-h100.sh setup
#       only install the wheels and print the versions
# Modes may run side by side on different GPUs once one has installed the wheels (setup first).
set -euo pipefail
OUT=${OUT:-gpu-out}
mkdir -p "$OUT"
[ -f /tmp/site/.installed ] || { python3 -m pip install -q --no-index --no-deps --no-compile --target /tmp/site .whl/*.whl \
  && touch /tmp/site/.installed; }
# The editable install's mapping, by hand: fastkernels.<stage> -> ./<stage> (this copy only).
for d in analyzer taskgen engine baselines cli; do ln -sfn "../$d" "fastkernels/$d"; done
export PYTHONPATH="$PWD:/tmp/site" PYTHONUNBUFFERED=1
bench="python3 -m fastkernels.cli.bench"
python3 -c "import torch, transformers, triton; print(torch.cuda.get_device_name(), torch.cuda.device_count(), torch.__version__, transformers.__version__, triton.__version__)"

case "${1:-timing}" in
setup)
  ;;
timing)
  export CUDA_VISIBLE_DEVICES=${2:-0}
  rms=$(grep -l "LlamaRMSNorm as Model" tasks_generated/L1/*.py | head -1)
  name=$(basename "$rms" .py)
  for kind in compile triton; do
    mkdir -p "/tmp/cand-$kind/L1"
    cp "docs/examples/$kind/L1/llama_rms_norm.py" "/tmp/cand-$kind/L1/$name.py"
    $bench run --task "L1/$name" --max-cases 3 --candidates "/tmp/cand-$kind" --fresh --results ".fk-bench/$kind" \
      --json "$OUT/rms-$kind.json" --markdown "$OUT/rms-$kind.md" > "$OUT/rms-$kind.log" 2>&1 || true
    tail -8 "$OUT/rms-$kind.log"
  done
  mapfile -t ten < docs/results/ten-tasks.txt
  for run in 1 2; do
    $bench run --task "${ten[@]}" --max-cases 1 --rounds 3 --baselines eager --fresh --results ".fk-bench/timing$run" \
      --json "/tmp/ten-run$run.json" --markdown "/tmp/ten-run$run.md" > "/tmp/ten-run$run.log" 2>&1 || true
  done
  $bench compare /tmp/ten-run1.json /tmp/ten-run2.json --json /tmp/ten-agreement.json > /tmp/ten-agreement.log 2>&1 || true
  cat /tmp/ten-run1.log /tmp/ten-run2.log /tmp/ten-agreement.log > "$OUT/ten.log"
  tar czf "$OUT/ten.tgz" -C /tmp ten-run1.json ten-run2.json ten-run1.md ten-run2.md ten-agreement.json
  tail -30 "$OUT/ten.log"
  ;;
selfcheck)
  levels=$2; jobs=$3; seconds=$4
  IFS=, read -r -a gpus <<< "${5:-$(seq -s, 0 $(($(nvidia-smi -L | wc -l) - 1)))}"
  results=.fk-bench/selfcheck
  mkdir -p "$results"
  # Host-side work (drawing inputs, comparing outputs) of many jobs must not oversubscribe the cores.
  export OMP_NUM_THREADS=$(( $(nproc) / (jobs * ${#gpus[@]}) > 1 ? $(nproc) / (jobs * ${#gpus[@]}) : 1 ))
  python3 - "$levels" "${#gpus[@]}" <<'PY'
import json, os, pathlib, random, sys
levels, gpus = {int(l) for l in sys.argv[1].split(",")}, int(sys.argv[2])
tasks = [t["path"][:-3] for t in json.load(open("tasks_generated/MANIFEST.json"))["tasks"] if t["level"] in levels]
if os.environ.get("ONLY"):  # a file of task names: only those (the tasks a regenerate changed)
    only = set(pathlib.Path(os.environ["ONLY"]).read_text().split())
    tasks = [name for name in tasks if name in only]
# Neighbours by name are alike (a family's experts, its attention): shuffled, the big ones
# rarely run at the same moment, and the tasks still to check spread evenly over the GPUs.
random.Random(0).shuffle(tasks)
for k in range(gpus):
    open(f"/tmp/share{k}", "w").write("\n".join(tasks[k::gpus]))
PY
  for k in "${!gpus[@]}"; do
    mapfile -t names < "/tmp/share$k"
    [ ${#names[@]} -gt 0 ] || continue
    CUDA_VISIBLE_DEVICES=${gpus[$k]} timeout -s INT -k 20 "$seconds" $bench run --task "${names[@]}" --jobs "$jobs" \
      --rounds 2 --max-cases 1 --iters 20 --baselines eager --results "$results" > "/tmp/share$k.log" 2>&1 &
  done
  wait || true
  tar czf "$OUT/selfcheck.tgz" -C .fk-bench selfcheck
  python3 - "$levels" "$results" "$OUT/selfcheck-L${levels//,/-L}.json" "$*" <<'PY'
import collections, json, pathlib, sys
import torch, transformers, triton
from fastkernels.engine.runner import PROTOCOL
from fastkernels.engine.task import file_hash
levels, results = {int(l) for l in sys.argv[1].split(",")}, pathlib.Path(sys.argv[2])
wanted = {t["path"][:-3]: t for t in json.load(open("tasks_generated/MANIFEST.json"))["tasks"] if t["level"] in levels}
statuses, failures, settings = collections.Counter(), {}, None
for name in sorted(wanted):
    path = results / f"{name}.json"
    result = json.loads(path.read_text()) if path.exists() else None
    if result and result["task_hash"] != file_hash(pathlib.Path("tasks_generated") / f"{name}.py"):
        result = None  # the result of an earlier version of the task
    # A result of an earlier bench protocol is counted apart, under its status.
    protocol = result["settings"].get("protocol", 1) if result else PROTOCOL
    status = (result["status"] if result else "NOT_RUN") + ("" if protocol == PROTOCOL else f" (protocol {protocol})")
    statuses[status] += 1
    if protocol == PROTOCOL:
        settings = settings or (result or {}).get("settings")
    if result and result["status"] != "PASSED":
        failures[name] = f"{status}: {result.get('reason', '')[:300]}"
summary = {
    "card": f"{torch.cuda.get_device_name()} (torch {torch.__version__}, Triton {triton.__version__}, transformers {transformers.__version__})",
    "command": f"docs/results/run-h100.sh {sys.argv[4]}",
    "levels": sorted(levels), "protocol": PROTOCOL, "settings": settings, "tasks": len(wanted),
    "statuses": dict(sorted(statuses.items())), "failures": failures,
}
pathlib.Path(sys.argv[3]).write_text(json.dumps(summary, indent=1) + "\n")
print(json.dumps(summary["statuses"]), len(failures), "failed")
print("\n".join(f"{name}: {why}" for name, why in failures.items()))
PY
  ;;
gputests)
  CUDA_VISIBLE_DEVICES=${2:-0} python3 -m pytest -q -p no:cacheprovider -m gpu tests/engine/test_gpu.py 2>&1 | tee "$OUT/gputests.log" || true
  ;;
esac
