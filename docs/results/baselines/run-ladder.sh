#!/usr/bin/env bash
# The baseline ladder on one CUDA GPU, results under $OUT (or ./gpu-out). Two steps, each
# one command under the 10-minute limit:
#   run-ladder.sh ladder   the ladder of the L1 tasks of the 40 kernels used by the most
#                          architectures: the tasks not yet in tasks_generated/baselines.json are
#                          compiled ahead by 8 processes side by side (Inductor's caches), then
#                          measured in one process alone on the GPU, which loads those caches:
#                          first case timed, first 3 cases checked (2 rounds and held-out shapes);
#                          baselines.json is written after every task (copied to $OUT) and no task
#                          is started after BUDGET_S seconds, so a second run resumes
#   run-ladder.sh triton   the project Triton rungs of those tasks: every case checked, every
#                          case moving >= 32 MB and a 256 MB many-token case timed (against
#                          compile too) beside a device copy of the same bytes; then the two
#                          RMSNorm example candidates scored against the stored production
#                          baseline, and the Triton kernels' GPU tests
# Time limits (environment, seconds): WARM_S (compiling ahead), BUDGET_S (no task started
# after it), LADDER_S (the ladder command's hard limit), TRITON_S, RUN_S, TESTS_S.
set -uo pipefail
OUT=${OUT:-gpu-out}
mkdir -p "$OUT"
bench="python3 -m fastkernels.cli.bench"
case "${1:-ladder}" in
ladder)
  timeout ${LADDER_S:-520} $bench baselines --level 1 --top 40 --max-cases 1 --check-cases 3 --rounds 2 --held-out-rounds 1 \
    --placements 8 --warm-jobs 8 --warm-s ${WARM_S:-190} --budget-s ${BUDGET_S:-470} \
    --json "$OUT/ladder-top40.json" --markdown "$OUT/ladder-top40.md" > "$OUT/ladder.log" 2>&1
  echo "ladder exit $?"
  cp tasks_generated/baselines.json "$OUT/baselines.json"
  grep -E "compiled ahead:|not measured" "$OUT/ladder.log"
  tail -n 2 "$OUT/ladder.log"
  ;;
triton)
  python3 -c "import torch, triton, transformers, liger_kernel, fla; print(torch.cuda.get_device_name(), torch.__version__, triton.__version__, transformers.__version__)"
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
