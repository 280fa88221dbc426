#!/usr/bin/env bash
# Builds and runs the registry benchmark against a throwaway PostgreSQL 15 cluster: initdb into a
# fresh folder under /tmp (as the postgres user when run as root), listening only on a Unix socket
# in that folder, stopped and removed when the bench ends. Or give an empty database of your own:
#   bash scripts/run-registry-bench.sh --db "host=... dbname=..."
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${KASIBI_BUILD_DIR:-$root/build}"
bash "$root/scripts/install-dependencies.sh"
bash "$root/scripts/build.sh" --target kasibi-registry-bench
if [ "${1:-}" = "--db" ]; then
  exec "$build/bench/kasibi-registry-bench" "$@"
fi

bin=/usr/lib/postgresql/15/bin
folder="$(mktemp -d /tmp/kasibi-registry-bench-XXXXXX)"
as_postgres=()
if [ "$(id -u)" = 0 ]; then
  chown postgres: "$folder"
  as_postgres=(runuser -u postgres --)
fi
chmod 700 "$folder"
stop() {
  "${as_postgres[@]}" "$bin/pg_ctl" -D "$folder/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$folder"
}
trap stop EXIT
"${as_postgres[@]}" "$bin/initdb" -D "$folder/data" -U postgres -A trust -E UTF8 \
  --locale=C.UTF-8 --no-sync >/dev/null
"${as_postgres[@]}" "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w \
  -o "-c listen_addresses='' -c unix_socket_directories='$folder'" start >/dev/null
"${as_postgres[@]}" "$bin/createdb" -h "$folder" -U postgres registry
"$build/bench/kasibi-registry-bench" --db "host=$folder user=postgres dbname=registry" "$@"
