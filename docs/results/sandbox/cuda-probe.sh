#!/usr/bin/env bash
# Which part of the bench's sandbox keeps CUDA from starting: one line per variant (the host,
# the full sandbox, the sandbox less one limit, namespace or step), in under 40 s.
# Runs from any directory; uses this checkout's code and the torch on PYTHONPATH.
#   bash docs/results/sandbox/cuda-probe.sh
set -uo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd -P)
# This checkout's code: as installed (editable), or through fastkernels/* links made here.
if [ "$(python3 -c 'import fastkernels.engine, os; print(os.path.realpath(fastkernels.engine.__path__[0]))' 2>/dev/null)" != "$root/engine" ]; then
  for d in analyzer taskgen engine baselines cli; do [ -e "$root/fastkernels/$d" ] || ln -sfn "../$d" "$root/fastkernels/$d"; done
  export PYTHONPATH="$root${PYTHONPATH:+:$PYTHONPATH}"
fi
export PYTHONUNBUFFERED=1
cd "$root"
timeout -k 3 38 python3 docs/results/sandbox/cuda_probe.py --jobs "${JOBS:-24}" --seconds "${SECONDS_EACH:-12}"
