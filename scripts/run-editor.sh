#!/usr/bin/env bash
# Installs what is missing, builds, and starts the editor on the bundled sample standard
# (imported once into build/sample/ so that the sample in the source tree stays as it is).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${KASIBI_BUILD_DIR:-$root/build}"
bash "$root/scripts/install-dependencies.sh"
bash "$root/scripts/build.sh" --target kasibi kasibi-cli
mkdir -p "$build/sample"
document="$build/sample/mining-b07102012.kasibi"
[ -f "$document" ] || "$build/app/kasibi-cli" import "$root/resources/sample/mining-b07102012.json" -o "$document"
exec "$build/app/kasibi" "$document"
