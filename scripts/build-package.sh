#!/usr/bin/env bash
# Builds the Debian package of Kasibi into build/ (or $KASIBI_BUILD_DIR) and checks what it
# holds: build/kasibi_VERSION_amd64.deb, installed with `apt-get install ./kasibi_*.deb`.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${KASIBI_BUILD_DIR:-$root/build}"
bash "$root/scripts/install-dependencies.sh"
bash "$root/scripts/build.sh" --target kasibi kasibi-cli kasibi_icons kasibi_man_pages
(cd "$build" && cpack -G DEB)
deb=$(ls -t "$build"/kasibi_*_amd64.deb | head -n 1)
bash "$root/scripts/check-package.sh" "$deb"
