#!/usr/bin/env bash
# Installs what Kasibi needs to build, run and test on Debian 12, from Debian's archive only.
# Run as root. Does nothing when everything is there already.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6opengl6-dev libgl-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-pdf-dev qt6-translations-l10n
  libsqlite3-dev libquazip1-qt6-dev catch2
  libhunspell-dev hunspell-ru hunspell-kk
  # the registry: Qt's PostgreSQL driver, and PostgreSQL 15 for its tests and bench
  libqt6sql6-psql postgresql-15
  # the qualification map as SVG, and as PNG written by libpng itself
  qt6-svg-dev libpng-dev
  fonts-liberation2
  # compiles once what clones and worktrees share
  ccache
  # the format check of run-tests.sh
  clang-format
  # for tests and for looking at what the editor shows and exports
  xvfb xauth poppler-utils python3-docx libreoffice-writer-nogui e2fsprogs
  # the Debian package: shlibdeps for its dependencies; checking it installed (MIME type,
  # manual page, the editor started from its .desktop file and a screenshot of it)
  dpkg-dev xdg-utils man-db desktop-file-utils libgtk-3-bin x11-apps netpbm
  # exported JSON checked against the format's schema by an independent validator
  python3-jsonschema
  # the UI tests run once more in the locales of Kasibi's users
  locales
)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q "${missing[@]}"
fi

# The locales of Kasibi's users, for the UI tests' runs in them.
for locale in kk_KZ ru_RU; do
  locale -a 2>/dev/null | grep -qi "^${locale}\.utf-\?8$" || localedef -i "$locale" -f UTF-8 "$locale.UTF-8"
done
