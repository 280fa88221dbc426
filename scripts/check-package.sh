#!/usr/bin/env bash
# Checks the Debian package of Kasibi.
#
#   scripts/check-package.sh kasibi_VERSION_amd64.deb
#       what the package holds: every file an installed Kasibi needs, nothing from the build
#       tree, and dependencies on Debian's packages only;
#   scripts/check-package.sh --installed [SCREENSHOT.png]
#       the package once installed: kasibi-cli --version from PATH, the MIME type of a .kasibi
#       file (by name, and by content when renamed), the manual page, and the editor started
#       from its .desktop file on Xvfb (a screenshot of it when a file name is given).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
version=$(sed -n 's/^project(Kasibi VERSION \([0-9.]*\).*/\1/p' "$root/CMakeLists.txt")
failures=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}
pass() { echo "ok: $*"; }

check_deb() {
  local deb="$1"
  [[ "$(basename "$deb")" == "kasibi_${version}_amd64.deb" ]] ||
    fail "the package is named $(basename "$deb"), not kasibi_${version}_amd64.deb"
  local files
  files=$(dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' | grep -v '/$' | sort)
  local expected=(
    /usr/bin/kasibi
    /usr/bin/kasibi-cli
    /usr/share/applications/kasibi.desktop
    /usr/share/mime/packages/kasibi.xml
    /usr/share/man/man1/kasibi.1.gz
    /usr/share/man/man1/kasibi-cli.1.gz
    /usr/share/icons/hicolor/scalable/apps/kasibi.svg
    /usr/share/doc/kasibi/NOTICE.spelling
  )
  for size in 16 22 24 32 48 64 128 256; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/kasibi.png")
  done
  for file in "${expected[@]}"; do
    grep -qx "$file" <<<"$files" && pass "holds $file" || fail "$file is missing"
  done
  local unexpected
  unexpected=$(comm -23 <(echo "$files") <(printf '%s\n' "${expected[@]}" | sort))
  [[ -z "$unexpected" ]] && pass "holds nothing else" || fail "unexpected files: $unexpected"

  local control
  control=$(dpkg-deb -f "$deb" Package Version Architecture Depends)
  grep -q "^Version: ${version}$" <<<"$control" && pass "version $version" ||
    fail "the package's version is not $version"
  local depends
  depends=$(dpkg-deb -f "$deb" Depends)
  for package in libqt6widgets6 libqt6sql6-sqlite libquazip1-qt6-1 libhunspell-1.7-0 \
    libsqlite3-0 fonts-liberation2 hunspell-ru hunspell-kk; do
    grep -qE "(^|, )$package( |,|$)" <<<"$depends" && pass "depends on $package" ||
      fail "does not depend on $package"
  done
  # Every dependency must be a package Debian's archive knows.
  local name
  for name in $(tr ',' '\n' <<<"$depends" | sed 's/(.*)//; s/|.*//' | tr -d ' '); do
    apt-cache show "$name" >/dev/null 2>&1 || fail "depends on $name, which apt does not know"
  done
  # The .desktop file opens the MIME type the package defines, with the icon it installs.
  local desktop mime
  desktop=$(dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/share/applications/kasibi.desktop)
  mime=$(dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/share/mime/packages/kasibi.xml)
  grep -q '^MimeType=application/x-kasibi;$' <<<"$desktop" && grep -q '^Icon=kasibi$' <<<"$desktop" &&
    grep -q '<mime-type type="application/x-kasibi">' <<<"$mime" &&
    pass ".desktop file and MIME type agree" || fail ".desktop file and MIME type disagree"
  if command -v desktop-file-validate >/dev/null; then
    local folder
    folder=$(mktemp -d)
    echo "$desktop" >"$folder/kasibi.desktop"
    desktop-file-validate "$folder/kasibi.desktop" && pass ".desktop file valid" ||
      fail ".desktop file invalid"
    rm -rf "$folder"
  fi
}

check_installed() {
  local screenshot="${1:-}"
  local scratch
  scratch=$(mktemp -d)
  trap 'rm -rf "$scratch"' RETURN
  [[ "$(kasibi-cli --version)" == "kasibi-cli $version" ]] && pass "kasibi-cli --version" ||
    fail "kasibi-cli --version says $(kasibi-cli --version)"
  [[ "$(QT_QPA_PLATFORM=offscreen kasibi --version 2>/dev/null)" == "Kasibi $version" ]] &&
    pass "kasibi --version" || fail "kasibi --version"
  kasibi-cli import "$root/resources/sample/mining-b07102012.json" -o "$scratch/sample.kasibi"
  cp "$scratch/sample.kasibi" "$scratch/renamed"
  [[ "$(xdg-mime query filetype "$scratch/sample.kasibi")" == application/x-kasibi ]] &&
    pass "a .kasibi file is application/x-kasibi" || fail "a .kasibi file is not recognised"
  [[ "$(xdg-mime query filetype "$scratch/renamed")" == application/x-kasibi ]] &&
    pass "renamed without its extension, still application/x-kasibi" ||
    fail "a renamed .kasibi file is not recognised by its content"
  [[ "$(xdg-mime query default application/x-kasibi)" == kasibi.desktop ]] &&
    pass "Kasibi opens .kasibi files" || fail "no default application for .kasibi"
  man -P cat kasibi-cli 2>/dev/null | grep -q "EXIT STATUS" && pass "man kasibi-cli" ||
    fail "man kasibi-cli shows no page"

  # The editor as the desktop starts it: gtk-launch reads Exec= from the installed .desktop.
  cat >"$scratch/launch.sh" <<'LAUNCH'
#!/usr/bin/env bash
set -u
gtk-launch kasibi "$1" >/dev/null 2>&1
pid=""
for _ in $(seq 60); do
  sleep 1
  for candidate in $(pgrep -x kasibi); do
    tr '\0' '\n' <"/proc/$candidate/environ" 2>/dev/null | grep -qx "DISPLAY=$DISPLAY" &&
      pid=$candidate
  done
  [[ -n "$pid" ]] && break
done
[[ -z "$pid" ]] && exit 1
sleep 8
kill -0 "$pid" || exit 1
if [[ -n "$2" ]]; then xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng >"$2"; fi
kill "$pid"
LAUNCH
  if xvfb-run -a -s "-screen 0 1600x1000x24" bash "$scratch/launch.sh" "$scratch/sample.kasibi" \
    "$screenshot"; then
    pass "the editor starts from its .desktop file${screenshot:+ (screenshot $screenshot)}"
  else
    fail "the editor did not start from its .desktop file"
  fi
}

if [[ "${1:-}" == --installed ]]; then
  check_installed "${2:-}"
elif [[ -n "${1:-}" && -f "$1" ]]; then
  check_deb "$1"
else
  echo "usage: $0 kasibi_VERSION_amd64.deb | --installed [SCREENSHOT.png]" >&2
  exit 2
fi
((failures == 0)) || {
  echo "$failures check(s) failed"
  exit 1
}
echo "all checks passed"
