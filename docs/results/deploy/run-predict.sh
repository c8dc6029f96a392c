#!/usr/bin/env bash
# The deploy prediction check on one CUDA GPU, one model and one stage per command, results
# under $OUT:
#   run-predict.sh MODEL ladder   MODEL: llama-3.1-8b | qwen3-30b-a3b (24 of its 48 layers)
#   run-predict.sh MODEL serve
#   run-predict.sh MODEL check
# ladder: the ladder, on this card, of the model's norm, rotary, activation, MLP or router and
#   experts tasks at their serving-shaped cases (entries stored for this card are kept): the
#   production rungs and both predictions read this card's entries only.
# serve: for the model served by the engine (fk-serve bench, CUDA graphs, a fixed workload),
#   three deployments, each in its own engine and each timed three times on it (--repeats 3:
#   medians of 3 with their spread): the reference (with the per-module profile of an eager
#   pass), (a) the production baseline rungs of this card (exported from
#   tasks_generated/baselines.json) and (b) a mixed set that wins some kernels and loses others
#   (the project's Triton RMSNorm, with, for Llama, an MLP that concatenates its weights at
#   every call, for the MoE model dense experts). Then (a)'s prediction from the reference's profile and the stored ladder
#   (fk-bench baselines --weights: no GPU work).
# check: (b)'s prediction, benching the mixed set at the shapes and config the profile saw
#   (fk-bench run --weights --phases profile, reading serve's profile from $OUT), and the greedy-token check of (a) against
#   the unswapped model (fk-bench e2e).
# Each stage has a time limit (environment: LADDER_S, WARM_S, SERVE_S, PREDICT_S, E2E_S seconds);
# SIDES (default "reference production mixed") picks serve's deployments, to finish a stage cut short;
# PROFILE points check at the reference profile of a serve run in another call. $OUT gets at
# most 8 files: the JSON documents and one log ($MODEL-STAGE.log).
set -uo pipefail
OUT=${OUT:-gpu-out}
mkdir -p "$OUT"
model=${1:-llama-3.1-8b}
stage=${2:-serve}
case "$stage" in ladder|serve|check) ;; *) echo "unknown stage $stage: ladder, serve or check"; exit 2 ;; esac
case "$model" in
  llama-3.1-8b) arch=llama; shape=(); e2e_shape=(--config engine/serving/configs/llama-3.1-8b.json)
                mixed_tasks=(L1/llama_rms_norm L2/llama_mlp)
                ladder_tasks=(L1/llama_rms_norm L1/kyutai_speech_to_text_rotary_embedding L1/silu_activation L2/llama_mlp)
                mixed_second=tests/fixtures/deploy/candidates/L2/llama_mlp.py ;;  # concatenates its weights at every call
  qwen3-30b-a3b) arch=qwen3_moe; shape=(--layers 24); e2e_shape=(--config engine/serving/configs/qwen3-30b-a3b.json --layers 24)
                 mixed_tasks=(L1/llama_rms_norm L2/inkling_experts)  # Qwen3-MoE's experts are Inkling's kernel
                 ladder_tasks=(L1/llama_rms_norm L1/kyutai_speech_to_text_rotary_embedding L1/silu_activation
                               L1/qwen3_next_top_k_router L2/inkling_experts)
                 mixed_second=tests/fixtures/deploy/candidates/L2/cohere2_moe_experts.py ;;  # dense experts, any config's names
  *) echo "unknown model $model: llama-3.1-8b or qwen3-30b-a3b"; exit 2 ;;
esac
serve="python3 -m fastkernels.cli.serve"
bench="python3 -m fastkernels.cli.bench"
workload=(--requests 64 --input-len 128 --output-len 64 --batch1 128:64 --repeats 3 ${SERVE_ARGS:-})
card=$(python3 -c "import torch; print(torch.cuda.get_device_name() if torch.cuda.is_available() else 'cpu')")
rungs=/tmp/fk-production mixed=/tmp/fk-mixed
rm -rf "$rungs" "$mixed" && mkdir -p "$mixed/L1" "$mixed/L2"
cp docs/examples/triton/L1/llama_rms_norm.py "$mixed/L1/"
cp "$mixed_second" "$mixed/${mixed_tasks[1]}.py"
[ "$stage" = ladder ] || $bench baselines --card "$card" --export "$rungs" | tail -n 1  # the ladder stage writes the entries
profile=${PROFILE:-$OUT/$model-profile.json}  # check: PROFILE reads a reference profile of an earlier serve
log="$OUT/$model-$stage.log"
case "$stage" in
ladder)
  timeout ${LADDER_S:-540} $bench baselines --task "${ladder_tasks[@]}" --phases decode,prefill --max-cases 1 --check-cases 3 \
    --rounds 2 --held-out-rounds 1 --placements 8 --warm-jobs 8 --warm-s ${WARM_S:-150} --budget-s $(( ${LADDER_S:-540} - 60 )) \
    --json "$OUT/$model-ladder.json" > "$log" 2>&1
  echo "ladder: exit $?"; cp tasks_generated/baselines.json "$OUT/baselines.json"; grep -E "compiled ahead:|not measured" "$log"
  ;;
serve)
  for side in ${SIDES:-reference production mixed}; do
    case $side in
      reference) swap=(--profile "$profile") ;;
      production) swap=(--rung "$rungs") ;;
      mixed) swap=(--candidates "$mixed") ;;
    esac
    timeout ${SERVE_S:-170} $serve bench "$model" "${shape[@]}" "${workload[@]}" "${swap[@]}" \
      --json "$OUT/$model-$side.json" > /tmp/fk-side.log 2>&1
    echo "$side: exit $?"; cat /tmp/fk-side.log >> "$log"; grep -E "swapped|tok/s|TTFT|runs|error" /tmp/fk-side.log | head -n 6
  done
  timeout ${PREDICT_S:-60} $bench baselines --card "$card" --weights "$profile" --json "$OUT/$model-predicted-production.json" \
    2>&1 | grep -E "predicted|error"
  ;;
check)
  timeout ${PREDICT_S:-150} $bench run --candidates "$mixed" --task "${mixed_tasks[@]}" \
    --phases profile --max-cases 5 --no-production --unsafe --weights "$profile" \
    --json "$OUT/$model-predicted-mixed.json" >> "$log" 2>&1
  tail -n 30 "$log" | grep -E "predicted|PASSED|INCORRECT|ERROR|error" | cut -c1-200
  timeout ${E2E_S:-200} $bench e2e "$arch" "${e2e_shape[@]}" --rung "$rungs" --steps 64 --repeats 1 \
    --json "$OUT/$model-e2e-production.json" >> "$log" 2>&1
  tail -n 30 "$log" | grep -E "greedy|outputs|instances swapped"
  ;;
esac
