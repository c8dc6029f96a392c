#!/usr/bin/env bash
# Batch-1 decode without and with fused projections, in one command on one card (the decode
# kernel writes the KV cache itself in both). Run from the root of a checkout; the pinned
# transformers from .whl/site.tar.xz (or .whl2/) when carried; results under $OUT.
#   docs/results/serving/fused/run.sh 1b     --no-fuse, fused: Llama-3.2-1B-shaped (~2 min, at most 300 s)
#   docs/results/serving/fused/run.sh 8b     --no-fuse, fused: Llama-3.1-8B-shaped (~2.5 min, at most 300 s)
#   docs/results/serving/fused/run.sh tests  the CUDA tests of the fused path (~100 s)
# Each bench serves one sequence at a time (--max-seqs 1: one graph, batch 1 compiled with
# coordinate-descent tuning), measures batch-1 decode (128 in, 128 out) against the copy
# bandwidth measured in the same process, and records the step profile (kernels per step).
set -uo pipefail
OUT=${OUT:-gpu-out}
mkdir -p "$OUT" /tmp/site
for archive in .whl/site.tar.xz .whl2/site.tar.xz; do
  [ -f /tmp/site/.fk-site ] || [ ! -f $archive ] || { tar xJf $archive -C /tmp/site && touch /tmp/site/.fk-site; }
done
ROOT=$PWD
for d in analyzer taskgen engine baselines cli; do ln -sfn "../$d" "$ROOT/fastkernels/$d"; done
export PYTHONUNBUFFERED=1
python3 -c "import torch, transformers; print(torch.cuda.get_device_name(), torch.__version__)" 2>/dev/null

bench() {  # bench NAME MODEL [ARGS...]: one fk-serve bench under a time limit
  local root=$ROOT name=$1 model=$2
  shift 2
  (cd "$root" && PYTHONPATH="$root:/tmp/site" timeout 150 python3 -m fastkernels.cli.serve bench "$model" \
    --max-seqs 1 --requests 4 --input-len 128:256 --output-len 16 --json "$OUT/$name.json" "$@" \
    > "$OUT/$name.log" 2>&1) || echo "$name: exit $?"
  python3 - "$OUT/$name.json" "$name" <<'PY'
import json, sys
try:
    doc = json.load(open(sys.argv[1]))
except (OSError, ValueError):
    sys.exit(print(f"{sys.argv[2]}: no result"))
b, s = doc["batch1_decode"], doc["batch1_decode"].get("step") or {}
pct = lambda x: "-" if x is None else f"{100 * x:.1f}%"
num = lambda x, d=1: "-" if x is None else f"{x:.{d}f}"
print(f"{sys.argv[2]:<11} {doc['device']}: {b['tokens_per_s']:.1f} tok/s = {pct(b['fraction_of_limit'])} of "
      f"{num(b['limit_tokens_per_s'])}; step {num(s.get('graph_replay_ms'), 3)} ms replay, "
      f"{s.get('kernels_per_step')} kernels; {doc.get('fused_projections', 0)} fused groups")
PY
}

case "${1:-1b}" in
1b)
  bench 1b-no-fuse llama-3.2-1b --no-fuse
  bench 1b-fused llama-3.2-1b
  ;;
8b)
  bench 8b-no-fuse llama-3.1-8b --no-fuse
  bench 8b-fused llama-3.1-8b
  ;;
tests)
  (cd "$ROOT" && PYTHONPATH="$ROOT:/tmp/site" timeout 280 python3 -m pytest -q -m gpu -p no:cacheprovider \
    tests/engine/serving/test_triton_kv_write.py tests/engine/serving/test_serve_gpu.py 2>&1 | tail -15)
  ;;
esac
