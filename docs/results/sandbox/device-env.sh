# Sourced by the GPU stage scripts: this checkout's code on PYTHONPATH (its fastkernels/* links
# made here), the pinned transformers from the carried site archive when the image's is another,
# this checkout's tasks unpacked from tasks.tar.xz when it was carried without them, and $OUT.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
for d in analyzer taskgen engine baselines cli; do [ -e "$root/fastkernels/$d" ] || ln -sfn "../$d" "$root/fastkernels/$d"; done
export PYTHONPATH="$root${PYTHONPATH:+:$PYTHONPATH}" PYTHONUNBUFFERED=1
if ! python3 -c "import transformers, sys; sys.exit(transformers.__version__ != '5.24.0')" 2>/dev/null; then
  for archive in "$root/.whl/site.tar.xz" "$root/../../.whl/site.tar.xz"; do
    if [ -f "$archive" ]; then mkdir -p /opt/fk-site && tar xJf "$archive" -C /opt/fk-site && export PYTHONPATH="$PYTHONPATH:/opt/fk-site"; break; fi
  done
fi
if [ -f "$root/tasks.tar.xz" ] && [ ! -f "$root/tasks_generated/MANIFEST.json" ]; then tar xJf "$root/tasks.tar.xz" -C "$root"; fi
OUT=${OUT:-$root/gpu-out}
cd "$root"
bench="python3 -m fastkernels.cli.bench"
stage() { echo "=== $1 $(date +%T)"; }
