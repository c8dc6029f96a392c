#!/usr/bin/env bash
# The tasks on a CUDA machine. 1. Liger-Kernel's RMSNorm, LayerNorm, rotary and SwiGLU MLP as
# candidates (docs/examples/liger/), benched in the sandbox: each must PASS. 2. The self-check of
# every L1/L2 task (each reference against itself), stopped after SELFCHECK_S seconds (150) and
# resumable: results in .fk-bench/selfcheck (carry the folder back in and the bench goes on
# with the tasks not yet run), packed to $OUT/contain2/selfcheck.tgz, with a summary (ran, not
# yet run, references whose own rounding exceeds the old fixed tolerance). About 4.5 minutes.
#   bash docs/results/tasks/gpu-tasks.sh      (from any directory; this checkout's code)
set -uo pipefail
. "$(dirname "$0")/../sandbox/device-env.sh"
out="$OUT/contain2"; logs=/tmp/contain2-tasks; mkdir -p "$out" "$logs"
dev=${FK_DEVICE:-cuda}  # cpu: to try the script itself on a host without a GPU
stage liger
liger=(run --device "$dev" --candidates docs/examples/liger --task L1/llama_rms_norm L1/layer_norm L1/llama_apply_rotary_pos_emb
       L2/llama_mlp --max-cases 3 --no-production --fresh --results /tmp/contain2-liger --json "$logs/liger.json"
       --markdown "$logs/liger.md")
echo "fk-bench ${liger[*]}" > "$logs/liger.log"
timeout -k 10 ${LIGER_S:-100} $bench "${liger[@]}" >> "$logs/liger.log" 2>&1; echo "rc=$?" | tee -a "$logs/liger.log"
grep -v "^\s*$" "$logs/liger.log" | tail -n 14 | cut -c1-200
stage selfcheck
results=.fk-bench/selfcheck; mkdir -p "$results"
mapfile -t names < <(python3 docs/results/tasks/selfcheck.py select)
jobs=${SELFCHECK_JOBS:-4}
export OMP_NUM_THREADS=$(( $(nproc) / jobs > 1 ? $(nproc) / jobs : 1 ))
# References only (trusted code): forked from the fork server, not sandboxed, to check more tasks per second.
command="fk-bench run --task <${#names[@]} L1/L2 tasks, docs/results/tasks/selfcheck.py select> --device $dev --unsafe --jobs $jobs --rounds 2 --max-cases 1 --iters 20 --baselines eager --no-production --results $results"
timeout -s INT -k 20 ${SELFCHECK_S:-150} $bench run --task "${names[@]}" --device "$dev" --unsafe --jobs "$jobs" --rounds 2 \
  --max-cases 1 --iters 20 --baselines eager --no-production --results "$results" > "$logs/selfcheck.log" 2>&1
echo "rc=$?"
python3 docs/results/tasks/selfcheck.py summary "$results" "$command" > "$logs/selfcheck-summary.json"
python3 -c "
import json, sys; s = json.load(open(sys.argv[1]))
print({k: s[k] for k in ('tasks', 'ran', 'not_run', 'statuses', 'with_envelope', 'envelope_over_old_tolerance')})
print('over:', ' '.join(s['over'][:20])); print('\n'.join(f'{n}: {w[:180]}' for n, w in list(s['failures'].items())[:12]))" "$logs/selfcheck-summary.json"
tar czf "$out/tasks.tgz" -C /tmp contain2-tasks
tar czf "$out/selfcheck.tgz" -C .fk-bench selfcheck
stage done
