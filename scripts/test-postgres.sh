#!/usr/bin/env bash
# A throw-away PostgreSQL cluster on loopback for the review store tests (Debian `postgresql`).
#   scripts/test-postgres.sh start DIR   -> initdb into DIR, start on port ${CXR_PG_PORT:-55432}, create
#                                           database cxr_test, print its JDBC URL on stdout
#   scripts/test-postgres.sh stop DIR    -> stop the cluster and remove DIR
# Root-safe: as root the server runs as the `postgres` user (PostgreSQL refuses to run as root).
set -euo pipefail
cmd=${1:?start|stop}
dir=${2:?cluster directory}
port=${CXR_PG_PORT:-55432}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[[ -x $bin/initdb ]] || { echo "PostgreSQL server binaries not found under /usr/lib/postgresql" >&2; exit 1; }

as_owner() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case $cmd in
  start)
    mkdir -p "$dir"
    if [[ $(id -u) -eq 0 ]]; then chown postgres: "$dir"; fi
    as_owner "$bin/initdb" -D "$dir/data" -A trust -U cxr -E UTF8 >"$dir/initdb.log" 2>&1
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1" start >/dev/null
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U cxr cxr_test
    echo "jdbc:postgresql://127.0.0.1:$port/cxr_test?user=cxr"
    ;;
  stop)
    if [[ -d $dir/data ]]; then as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true; fi
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
