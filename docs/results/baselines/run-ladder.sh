#!/usr/bin/env bash
# The baseline ladder on one CUDA GPU, results under $OUT (or ./gpu-out):
#   1. compile caches warmed by 6 processes side by side (their timings are thrown away), so that
#      the measuring pass below compiles from Inductor's cache (its compile_s is then a cache hit);
#   2. the ladder of the L1 tasks of the 40 kernels used by the most architectures, one process,
#      alone on the GPU: first case timed, first 3 cases checked (2 rounds, held-out shapes);
#   3. the project Triton rungs: every case checked, every case moving >= 32 MB and a 256 MB
#      many-token case timed beside a device-to-device copy of the same bytes;
#   4. the two RMSNorm example candidates scored against the stored production baseline;
#   5. the Triton kernels' GPU tests, when TESTS_S (seconds) is set.
set -uo pipefail
OUT=${OUT:-gpu-out}
mkdir -p "$OUT"
bench="python3 -m fastkernels.cli.bench"
python3 -c "import torch, triton, transformers, liger_kernel, fla; print(torch.cuda.get_device_name(), torch.__version__, triton.__version__, transformers.__version__)"
mapfile -t top < <(python3 - <<'PY'
import json
tasks = [t for t in json.load(open("tasks_generated/MANIFEST.json"))["tasks"] if t["level"] == 1]
tasks.sort(key=lambda t: (-len(t["architectures"]), t["path"]))
print("\n".join(t["path"][:-3] for t in tasks[:40]))
PY
)
for k in 0 1 2 3 4 5; do
  timeout ${WARM_S:-110} $bench baselines --task $(printf '%s\n' "${top[@]}" | awk "NR % 6 == $k") --max-cases 1 --check-cases 1 \
    --rounds 1 --held-out-rounds 0 --iters 3 --out "/tmp/warm$k.json" > "/tmp/warm$k.log" 2>&1 &
done
wait
tail -n 3 /tmp/warm*.log
timeout ${LADDER_S:-130} $bench baselines --level 1 --top 40 --max-cases 1 --check-cases 3 --rounds 2 --held-out-rounds 1 \
  --json "$OUT/ladder-top40.json" --markdown "$OUT/ladder-top40.md" > "$OUT/ladder.log" 2>&1
cp tasks_generated/baselines.json "$OUT/baselines.json"
tail -n 4 "$OUT/ladder.log"
timeout ${TRITON_S:-70} $bench baselines --level 1 --top 40 --offered --rungs triton --max-cases 1 --time-from-mb 32 --large-mb 256 \
  --rounds 2 --held-out-rounds 1 --out /tmp/triton.json --json "$OUT/triton-bandwidth.json" --markdown "$OUT/triton-bandwidth.md" \
  > "$OUT/triton.log" 2>&1
tail -n 2 "$OUT/triton.log"
for kind in compile triton; do
  mkdir -p "/tmp/cand-$kind/L1" && cp "docs/examples/$kind/L1/llama_rms_norm.py" "/tmp/cand-$kind/L1/"
  timeout ${RUN_S:-30} $bench run --task L1/llama_rms_norm --max-cases 1 --candidates "/tmp/cand-$kind" --fresh --results "/tmp/r-$kind" \
    --json "$OUT/rms-$kind.json" --markdown "$OUT/rms-$kind.md" > "/tmp/rms-$kind.log" 2>&1
  tail -n 3 "/tmp/rms-$kind.log"
done
[ "${TESTS_S:-0}" -gt 0 ] && timeout "$TESTS_S" python3 -m pytest -q -p no:cacheprovider -m gpu tests/baselines/test_triton_kernels.py -x 2>&1 | tail -n 5 | tee "$OUT/gputests.log"
