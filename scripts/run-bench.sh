#!/usr/bin/env bash
# Builds and runs the benchmark: import, open, edit, export, validation on a typical and a
# large standard.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${KASIBI_BUILD_DIR:-$root/build}"
bash "$root/scripts/install-dependencies.sh"
bash "$root/scripts/build.sh" --target kasibi-bench kasibi-editor-bench kasibi-classifier-bench \
  kasibi-import-bench
"$build/bench/kasibi-bench"
"$build/bench/kasibi-editor-bench"
"$build/bench/kasibi-classifier-bench"
"$build/bench/kasibi-import-bench"
