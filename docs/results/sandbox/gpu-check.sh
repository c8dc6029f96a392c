#!/usr/bin/env bash
# Containment on a CUDA machine, inside the sandbox: the hack suite with --device cuda (the
# in-process hacks of tests/engine/test_candidates.py and the adversaries of
# test_containment.py, the sandbox's own tests, then the CUDA-only tests alone), and the
# self-check of the ten tasks of docs/results/ten-tasks.txt. Each stage under `timeout`,
# about 3 minutes in all (at most 240 s); logs under $OUT/contain2/.
#   bash docs/results/sandbox/gpu-check.sh      (from any directory; this checkout's code)
set -uo pipefail
. "$(dirname "$0")/device-env.sh"
out="$OUT/contain2"; logs=/tmp/contain2-check; mkdir -p "$out" "$logs"
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader
stage probe
timeout 60 python3 -c "
from fastkernels.engine.sandbox import probe
import os; sandbox, reason = probe(os.environ.get("FK_DEVICE", "cuda"))
print('sandbox:', sandbox if sandbox else 'none (' + reason + ')')" 2>&1 | tee "$logs/probe.log"
dev=${FK_DEVICE:-cuda}  # cpu: to try the script itself on a host without a GPU
export FK_TEST_SANDBOX=1 FK_TEST_DEVICE=$dev
tests="python3 -m pytest -q -p no:cacheprovider -m 'not slow' -o addopts="
stage "hack suite, adversaries, ten-task self-check (side by side)"
(FK_TEST_JOBS=6 timeout -k 10 150 bash -c "$tests tests/engine/test_candidates.py" > "$logs/candidates.log" 2>&1; echo "rc=$?" >> "$logs/candidates.log") &
(timeout -k 10 150 bash -c "$tests tests/engine/test_containment.py tests/engine/test_sandbox.py" > "$logs/containment.log" 2>&1; echo "rc=$?" >> "$logs/containment.log") &
mapfile -t ten < docs/results/ten-tasks.txt
(timeout -k 10 150 $bench run --task "${ten[@]}" --device "$dev" --max-cases 1 --rounds 2 --iters 20 --baselines eager --no-production \
   --jobs 2 --fresh --results /tmp/contain2-ten --json "$logs/ten.json" --markdown "$logs/ten.md" > "$logs/ten.log" 2>&1; echo "rc=$?" >> "$logs/ten.log") &
wait
stage "CUDA-only tests, alone (timing)"
timeout -k 10 75 bash -c "$tests -m gpu tests/engine/test_gpu.py" > "$logs/gpu.log" 2>&1; echo "rc=$?" >> "$logs/gpu.log"
stage summary
for log in candidates containment gpu; do echo "$log: $(grep -E '(passed|failed|error)' "$logs/$log.log" | tail -1) $(tail -1 "$logs/$log.log")"; done
grep -h -E "^(FAILED|ERROR) " "$logs"/*.log | cut -c1-240 | head -20
echo "ten tasks: $(grep -E 'benched' "$logs/ten.log" | tail -1) $(tail -1 "$logs/ten.log")"
grep -E "sandbox|PASSED|FAILED|INCORRECT|ERROR|TIMEOUT" "$logs/ten.log" | grep -v "^│" | cut -c1-200 | head -14
tar czf "$out/check.tgz" -C /tmp contain2-check
stage done
