#!/usr/bin/env bash
# The baseline ladder on one CUDA GPU, results under $OUT (or ./gpu-out). Two steps, each
# under the 10-minute limit of one command:
#   run-ladder.sh ladder   compile caches warmed by 8 processes side by side (their timings are
#                          thrown away), then the ladder of the L1 tasks of the 40 kernels used by
#                          the most architectures in one process alone on the GPU, compiling from
#                          Inductor's cache: first case timed, first 3 cases checked (2 rounds and
#                          held-out shapes); writes tasks_generated/baselines.json (copied to $OUT)
#   run-ladder.sh triton   the project Triton rungs of those tasks: every case checked, every
#                          case moving >= 32 MB and a 256 MB many-token case timed (against
#                          compile too) beside a device copy of the same bytes; then the two
#                          RMSNorm example candidates scored against the stored production
#                          baseline, and the Triton kernels' GPU tests
# Each stage has a time limit (environment: WARM_S, LADDER_S, TRITON_S, RUN_S, TESTS_S seconds);
# everything a stage finished is kept (baselines.json is written after every task).
set -uo pipefail
OUT=${OUT:-gpu-out}
mkdir -p "$OUT"
bench="python3 -m fastkernels.cli.bench"
python3 -c "import torch, triton, transformers, liger_kernel, fla; print(torch.cuda.get_device_name(), torch.__version__, triton.__version__, transformers.__version__)"
case "${1:-ladder}" in
ladder)
  mapfile -t top < <(python3 - <<'PY'
import json
tasks = [t for t in json.load(open("tasks_generated/MANIFEST.json"))["tasks"] if t["level"] == 1]
tasks.sort(key=lambda t: (-len(t["architectures"]), t["path"]))
print("\n".join(t["path"][:-3] for t in tasks[:40]))
PY
)
  for k in 0 1 2 3 4 5 6 7; do
    timeout ${WARM_S:-150} $bench baselines --task $(printf '%s\n' "${top[@]}" | awk "NR % 8 == $k") --max-cases 1 --check-cases 1 \
      --rounds 1 --held-out-rounds 0 --iters 3 --placements 1 --out "/tmp/warm$k.json" > "/tmp/warm$k.log" 2>&1 &
  done
  wait
  timeout ${LADDER_S:-400} $bench baselines --level 1 --top 40 --max-cases 1 --check-cases 3 --rounds 2 --held-out-rounds 1 \
    --placements 8 --json "$OUT/ladder-top40.json" --markdown "$OUT/ladder-top40.md" > "$OUT/ladder.log" 2>&1
  cp tasks_generated/baselines.json "$OUT/baselines.json"
  tail -n 4 "$OUT/ladder.log"
  ;;
triton)
  timeout ${TRITON_S:-300} $bench baselines --level 1 --top 40 --offered --rungs compile,triton --max-cases 1 --time-from-mb 32 \
    --large-mb 256 --rounds 2 --held-out-rounds 1 --placements 8 --out /tmp/triton.json \
    --json "$OUT/triton-bandwidth.json" --markdown "$OUT/triton-bandwidth.md" > "$OUT/triton.log" 2>&1
  tail -n 2 "$OUT/triton.log"
  for kind in compile triton; do
    mkdir -p "/tmp/cand-$kind/L1" && cp "docs/examples/$kind/L1/llama_rms_norm.py" "/tmp/cand-$kind/L1/"
    timeout ${RUN_S:-90} $bench run --task L1/llama_rms_norm --max-cases 1 --candidates "/tmp/cand-$kind" --fresh --results "/tmp/r-$kind" \
      --json "$OUT/rms-$kind.json" --markdown "$OUT/rms-$kind.md" > "/tmp/rms-$kind.log" 2>&1
    tail -n 3 "/tmp/rms-$kind.log"
  done
  timeout ${TESTS_S:-120} python3 -m pytest -q -p no:cacheprovider -m gpu tests/baselines/test_triton_kernels.py 2>&1 | tail -n 5 | tee "$OUT/gputests.log"
  ;;
esac
