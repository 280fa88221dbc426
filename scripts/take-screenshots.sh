#!/usr/bin/env bash
# Takes the README's screenshots (docs/screenshot-*.png) under Xvfb: the full set at 1600x1000
# in Russian, and the card, the skill, the validation and the comments at 1024x700, 1366x768 and
# 1600x1000 in Russian and Kazakh, and at 1024x700 in English (the user guide shows those of its
# language at 1024x700, a small laptop's screen). Each run has a home of its own, so the user's preferences play no part.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${KASIBI_BUILD_DIR:-$root/build}"
cmake --build "$build" -j "$(nproc)" --target kasibi-screenshots
sample="$root/resources/sample/mining-b07102012.json"
shoot() { # LANGUAGE [SIZE]
  local home
  home="$(mktemp -d)"
  HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
    LANG="$1" LC_ALL="$1" xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$build/app/kasibi-screenshots" "$root/docs" "$sample" "${@:2}"
  rm -rf "$home"
}
shoot ru_RU.UTF-8
for language in ru_RU.UTF-8 kk_KZ.UTF-8; do
  shoot "$language" reading
done
for size in 1024x700 1366x768 1600x1000; do
  shoot ru_RU.UTF-8 "$size"
  shoot kk_KZ.UTF-8 "$size"
done
shoot C.UTF-8 1024x700
