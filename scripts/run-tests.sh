#!/usr/bin/env bash
# Installs what is missing, checks the sources' formatting, builds, and runs every test. Needs no
# display: UI tests run on Qt's offscreen platform.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${KASIBI_BUILD_DIR:-$root/build}"
bash "$root/scripts/install-dependencies.sh"
bash "$root/scripts/check-format.sh"
bash "$root/scripts/build.sh"
cd "$build"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 600
