#!/usr/bin/env bash
# On a CUDA machine, in one go (about 4 minutes, at most 5; each stage under `timeout`):
#  1. which part of the sandbox keeps CUDA from starting, if any (sandbox/cuda-probe.sh), and
#     the sandbox the bench builds here (`probe`: the strongest the driver starts in);
#  2. side by side, in that sandbox: the hack suite with --device cuda (the in-process hacks of
#     tests/engine/test_candidates.py, the adversaries of test_containment.py, test_sandbox.py);
#     the self-check of the ten tasks of ten-tasks.txt; Liger-Kernel's RMSNorm, LayerNorm,
#     rotary and SwiGLU MLP as candidates (examples/liger/), each to PASS; and, forked from the
#     fork server (references only), the self-check of every L1/L2 task for SELFCHECK_S seconds,
#     resumable: results in .fk-bench/selfcheck (carry the folder back in to go on);
#  3. the CUDA-only tests (tests/engine/test_gpu.py), alone, since they time kernels.
# Runs from any directory with this checkout's code; the pinned transformers from the site
# archive (.whl/site.tar.xz here or two folders up) when the image's is another; this
# checkout's tasks from tasks.tar.xz when carried without them. Results under $OUT/gpu-check/.
#   bash docs/results/gpu-check.sh      (FK_DEVICE=cpu tries the script itself on a CPU host)
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd -P)
# This checkout's code: as installed (editable), or through fastkernels/* links made here.
if [ "$(python3 -c 'import fastkernels.engine, os; print(os.path.realpath(fastkernels.engine.__path__[0]))' 2>/dev/null)" != "$root/engine" ]; then
  for d in analyzer taskgen engine baselines cli; do [ -e "$root/fastkernels/$d" ] || ln -sfn "../$d" "$root/fastkernels/$d"; done
  export PYTHONPATH="$root${PYTHONPATH:+:$PYTHONPATH}"
fi
export PYTHONUNBUFFERED=1
if ! python3 -c "import transformers, sys; sys.exit(transformers.__version__ != '5.24.0')" 2>/dev/null; then
  for archive in "$root/.whl/site.tar.xz" "$root/../../.whl/site.tar.xz"; do
    if [ -f "$archive" ]; then mkdir -p /opt/fk-site && tar xJf "$archive" -C /opt/fk-site && export PYTHONPATH="$PYTHONPATH:/opt/fk-site"; break; fi
  done
fi
if [ -f "$root/tasks.tar.xz" ] && [ ! -f "$root/tasks_generated/MANIFEST.json" ]; then tar xJf "$root/tasks.tar.xz" -C "$root"; fi
cd "$root"
OUT=${OUT:-$root/gpu-out}; out="$OUT/gpu-check"; logs=/tmp/gpu-check; mkdir -p "$out" "$logs"
bench="python3 -m fastkernels.cli.bench"
dev=${FK_DEVICE:-cuda}
stage() { echo "=== $1 $(date +%T)"; }
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader 2>&1 | head -2

stage "1. CUDA in the sandbox, part by part"
timeout -k 5 42 bash docs/results/sandbox/cuda-probe.sh > "$logs/cuda-probe.log" 2>&1; echo "rc=$?" >> "$logs/cuda-probe.log"
cut -c1-160 "$logs/cuda-probe.log"
FK_DEVICE=$dev timeout -k 5 60 python3 -c "
import os
from fastkernels.engine.sandbox import probe
sandbox, reason = probe(os.environ['FK_DEVICE'])
print('the bench builds:', (f'the sandbox, without its {sandbox.dropped}' if sandbox.dropped else 'the whole sandbox') if sandbox else 'no sandbox (' + reason + ')')
print('sandboxed' if sandbox else 'unsandboxed', file=open('/tmp/gpu-check/mode', 'w'))" 2>&1 | tee "$logs/probe.log"
unsafe=(); sandboxed=1
if [ "$(cat "$logs/mode" 2>/dev/null)" != sandboxed ]; then unsafe=(--unsafe); sandboxed=0; echo "NO SANDBOX on $dev: what follows runs uncontained"; fi

stage "2. side by side: hack suite, adversaries, ten tasks, Liger, L1/L2 self-check"
stage_s=${STAGE_S:-170}  # each stage of 2 runs under this timeout
export FK_TEST_SANDBOX=$sandboxed FK_TEST_DEVICE=$dev FK_TEST_JOBS=6
tests="python3 -m pytest -q -p no:cacheprovider -o addopts="
run() {  # name seconds command...: one stage in the background, its log and exit status in $logs
  local name=$1 seconds=$2; shift 2
  (echo "$*" > "$logs/$name.log"; timeout -k 10 "$seconds" "$@" >> "$logs/$name.log" 2>&1; echo "rc=$?" >> "$logs/$name.log") &
}
run candidates "$stage_s" $tests -m "not slow" tests/engine/test_candidates.py
run containment "$stage_s" $tests -m "not slow" tests/engine/test_containment.py
run sandbox "$stage_s" $tests -m "not slow" tests/engine/test_sandbox.py
mapfile -t ten < docs/results/ten-tasks.txt
run ten "$stage_s" $bench run --task "${ten[@]}" --device "$dev" --max-cases 1 --rounds 2 --iters 20 --baselines eager \
  --no-production --jobs 3 --fresh --results /tmp/gpu-check-ten --json "$logs/ten.json" --markdown "$logs/ten.md"
run liger "$stage_s" $bench run "${unsafe[@]}" --device "$dev" --jobs 2 --candidates docs/examples/liger --task L2/llama_mlp L1/llama_rms_norm \
  L1/layer_norm L1/llama_apply_rotary_pos_emb --max-cases 2 --baselines eager --no-production --fresh --results /tmp/gpu-check-liger \
  --json "$logs/liger.json" --markdown "$logs/liger.md"
mapfile -t names < <(python3 docs/results/tasks/selfcheck.py select)
selfcheck=(run --task "${names[@]}" --device "$dev" --unsafe --jobs 3 --rounds 2 --max-cases 1 --iters 20 --baselines eager
           --no-production --results .fk-bench/selfcheck)
(OMP_NUM_THREADS=2 timeout -s INT -k 15 "${SELFCHECK_S:-115}" $bench "${selfcheck[@]}" > "$logs/selfcheck.log" 2>&1; echo "rc=$?" >> "$logs/selfcheck.log") &
wait

stage "3. CUDA-only tests, alone (GPU_TESTS=0 skips them)"
if [ "${GPU_TESTS:-1}" = 1 ]; then
  timeout -k 5 60 $tests -m gpu tests/engine/test_gpu.py > "$logs/gpu.log" 2>&1; echo "rc=$?" >> "$logs/gpu.log"
else
  echo "skipped" > "$logs/gpu.log"
fi

stage summary
for log in candidates containment sandbox gpu; do echo "$log: $(grep -E '[0-9]+ (passed|failed|error)' "$logs/$log.log" | tail -1) $(tail -1 "$logs/$log.log")"; done
grep -h -E "^(FAILED|ERROR) " "$logs"/candidates.log "$logs"/containment.log "$logs"/sandbox.log "$logs"/gpu.log | cut -c1-220 | head -16
for log in ten liger; do
  echo "$log: $(grep -E 'benched' "$logs/$log.log" | tail -1) $(tail -1 "$logs/$log.log")"
  grep -E "^[A-Za-z0-9_/]+: [A-Z_]+|sandbox" "$logs/$log.log" | cut -c1-200 | head -12
done
grep -E "│ L[12]/" "$logs/liger.log" | cut -c1-200
python3 docs/results/tasks/selfcheck.py summary .fk-bench/selfcheck "$dev" "fk-bench ${selfcheck[*]:0:1} --task <the L1/L2 tasks, docs/results/tasks/selfcheck.py select> ${selfcheck[*]:$((${#names[@]} + 2))}" > "$logs/selfcheck-summary.json"
python3 -c "
import json, sys; s = json.load(open(sys.argv[1]))
print('selfcheck:', {k: s[k] for k in ('card', 'tasks', 'ran', 'not_run', 'statuses', 'with_envelope', 'envelope_over_old_tolerance')})
print('envelope over the old tolerance:', ' '.join(s['over'][:24]))
print('\n'.join(f'  {n}: {w[:170]}' for n, w in list(s['failures'].items())[:10]))" "$logs/selfcheck-summary.json"
tar czf "$out/logs.tgz" -C /tmp gpu-check
tar czf "$out/selfcheck.tgz" -C .fk-bench selfcheck
stage done
