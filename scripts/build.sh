#!/usr/bin/env bash
# Configures and builds Kasibi into build/ (or $KASIBI_BUILD_DIR). Uses ccache when it is
# there, with paths taken relative to the checkout so that clones and worktrees share it.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${KASIBI_BUILD_DIR:-$root/build}"
launcher=()
if command -v ccache >/dev/null; then
  export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=ON "${launcher[@]}"
cmake --build "$build" -j "$(nproc)" "$@"
