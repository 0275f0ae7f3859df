#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the test suite and print the URL to use as
# ACCORD_TEST_POSTGRES_URL. Needs the PostgreSQL server binaries (Debian: apt-get install
# postgresql). Runs the server as the `postgres` user when started by root.
#   export ACCORD_TEST_POSTGRES_URL=$(scripts/start-test-postgres.sh)
set -euo pipefail

port="${ACCORD_TEST_POSTGRES_PORT:-54329}"
data="${ACCORD_TEST_POSTGRES_DIR:-/tmp/accord-test-postgres}"
bin="$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1)")"
if [ ! -x "$bin/initdb" ]; then
  bin="$(dirname "$(command -v initdb || true)")"
fi
if [ ! -x "$bin/initdb" ]; then
  echo "start-test-postgres: no initdb found; install the PostgreSQL server (apt-get install postgresql)" >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if ! as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
  rm -rf "$data"
  mkdir -p "$data"
  [ "$(id -u)" = "0" ] && chown postgres "$data"
  as_owner "$bin/initdb" -D "$data" -U accord --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  as_owner "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w \
    -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
fi
as_owner "$bin/psql" -h 127.0.0.1 -p "$port" -U accord -d postgres -tAc \
  "SELECT 1 FROM pg_database WHERE datname = 'accord_test'" | grep -q 1 \
  || as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U accord accord_test
echo "postgresql+psycopg://accord@127.0.0.1:$port/accord_test"
