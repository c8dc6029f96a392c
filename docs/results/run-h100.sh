#!/usr/bin/env bash
# The bench on a CUDA machine without network: the pinned transformers from carried wheels
# (.whl/), the project from this checkout, results under $OUT (or ./gpu-out).
#   docs/results/run-h100.sh timing   # ten named tasks twice, alone; the two RMSNorm candidates
#   docs/results/run-h100.sh selfcheck LEVEL SHARDS   # every reference of a level against itself
set -euo pipefail
OUT=${OUT:-gpu-out}
mkdir -p "$OUT"
python3 -m pip install -q --no-index --no-deps --no-compile --target /tmp/site .whl/*.whl
# The editable install's mapping, by hand: fastkernels.<stage> -> ./<stage> (this copy only).
for d in analyzer taskgen engine baselines cli; do ln -sfn "../$d" "fastkernels/$d"; done
export PYTHONPATH="$PWD:/tmp/site" PYTHONUNBUFFERED=1
bench="python3 -m fastkernels.cli.bench run --device cuda"
python3 -c "import torch, transformers, triton; print(torch.cuda.get_device_name(), torch.__version__, transformers.__version__, triton.__version__)"

case "${1:-timing}" in
timing)
  rms=$(grep -l "LlamaRMSNorm as Model" tasks_generated/L1/*.py | head -1)
  name=$(basename "$rms" .py)
  for kind in compile triton; do
    mkdir -p "/tmp/cand-$kind/L1"
    cp "docs/examples/$kind/L1/llama_rms_norm.py" "/tmp/cand-$kind/L1/$name.py"
    $bench --task "L1/$name" --max-cases 3 --candidates "/tmp/cand-$kind" --fresh --results ".fk-bench/$kind" \
      --json "$OUT/rms-$kind.json" --markdown "$OUT/rms-$kind.md" > "$OUT/rms-$kind.log" 2>&1 || true
    tail -8 "$OUT/rms-$kind.log"
  done
  mapfile -t ten < docs/results/ten-tasks.txt
  for run in 1 2; do
    $bench --task "${ten[@]}" --max-cases 1 --rounds 3 --fresh --results ".fk-bench/timing$run" \
      --json "$OUT/ten-run$run.json" --markdown "$OUT/ten-run$run.md" > "$OUT/ten-run$run.log" 2>&1 || true
    tail -18 "$OUT/ten-run$run.log"
  done
  ;;
selfcheck)
  level=$2; shards=$3
  python3 - "$level" "$shards" <<'PY'
import json, sys
level, shards = int(sys.argv[1]), int(sys.argv[2])
tasks = [t["path"][:-3] for t in json.load(open("tasks_generated/MANIFEST.json"))["tasks"] if t["level"] == level]
for k in range(shards):
    open(f"/tmp/shard{k}", "w").write("\n".join(tasks[k::shards]))
PY
  for k in $(seq 0 $((shards - 1))); do
    mapfile -t names < "/tmp/shard$k"
    [ ${#names[@]} -gt 0 ] || continue
    $bench --task "${names[@]}" --rounds 2 --max-cases 1 --results ".fk-bench/self-L$level" --json "$OUT/self-L$level-$k.json" > "/tmp/shard$k.log" 2>&1 &
  done
  wait
  python3 - "$level" <<'PY'
import collections, glob, json, os, sys
level = sys.argv[1]
statuses, failures = collections.Counter(), []
for path in glob.glob(f".fk-bench/self-L{level}/L{level}/*.json"):
    result = json.load(open(path))
    statuses[result["status"]] += 1
    if result["status"] != "PASSED":
        failures.append(f"{result['task']}: {result['status']} {result.get('reason', '')[:160]}")
summary = {"level": int(level), "statuses": dict(statuses), "failures": sorted(failures)}
json.dump(summary, open(os.path.join(os.environ.get("OUT", "gpu-out"), f"selfcheck-L{level}.json"), "w"), indent=1)
print(json.dumps(summary["statuses"]), len(failures), "not passed")
print("\n".join(sorted(failures)[:60]))
PY
  ;;
esac
