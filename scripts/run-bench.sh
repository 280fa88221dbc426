#!/usr/bin/env bash
# Builds and runs the benchmark: import, open, edit, export, validation on a typical and a
# large standard.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${KASIBI_BUILD_DIR:-$root/build}"
bash "$root/scripts/install-dependencies.sh"
bash "$root/scripts/build.sh" --target kasibi-bench kasibi-editor-bench kasibi-classifier-bench \
  kasibi-import-bench kasibi-spelling-bench
# Each bench exits 1 when a figure misses its target: all of them run, and the run fails after.
missed=()
for bench in kasibi-bench kasibi-editor-bench kasibi-classifier-bench kasibi-import-bench \
  kasibi-spelling-bench; do
  "$build/bench/$bench" || missed+=("$bench")
done
if ((${#missed[@]})); then
  echo "Targets missed in: ${missed[*]}"
  exit 1
fi
