#!/usr/bin/env bash
# Fails when a source file differs from what clang-format makes of it (the root .clang-format),
# naming the file and line, so the style stays applied. Fix with: clang-format -i FILE...
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
find core ui app tests bench \( -name '*.cpp' -o -name '*.h' \) -print0 |
  xargs -0 clang-format --dry-run -Werror
