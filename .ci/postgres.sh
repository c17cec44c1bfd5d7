#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster on a free loopback port for the server's tests.
# Prints "export KIOSK_TEST_POSTGRES_URL=...; export KIOSK_TEST_POSTGRES_DIR=..." for eval;
# stop it with: .ci/postgres.sh stop DIR
set -euo pipefail
if [ "${1:-}" = "stop" ]; then
  dir=$2
  as_owner=()
  [ "$(id -u)" = 0 ] && as_owner=(runuser -u "$(stat -c %U "$dir")" --)
  "${as_owner[@]}" pg_ctl -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
  exit 0
fi
if ! command -v initdb >/dev/null 2>&1; then
  for bin in /usr/lib/postgresql/*/bin; do [ -x "$bin/initdb" ] && PATH="$bin:$PATH"; done
fi
if ! command -v initdb >/dev/null 2>&1; then
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  for bin in /usr/lib/postgresql/*/bin; do [ -x "$bin/initdb" ] && PATH="$bin:$PATH"; done
fi
dir=$(mktemp -d /tmp/kiosk-pg.XXXXXX)
chmod 755 "$dir"
as_owner=()
if [ "$(id -u)" = 0 ]; then
  # initdb refuses to run as root: the cluster belongs to an unprivileged account.
  owner=postgres
  id "$owner" >/dev/null 2>&1 || useradd --system --no-create-home "$owner"
  chown "$owner" "$dir"
  as_owner=(runuser -u "$owner" --)
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"${as_owner[@]}" initdb -D "$dir/data" -U kiosk --auth=trust -E UTF8 >/dev/null
"${as_owner[@]}" pg_ctl -D "$dir/data" -l "$dir/log" -w \
  -o "-h 127.0.0.1 -p $port -k $dir -F" start >/dev/null
echo "export PATH='$PATH'"
echo "export KIOSK_TEST_POSTGRES_URL='postgresql+psycopg://kiosk@127.0.0.1:$port/postgres'"
echo "export KIOSK_TEST_POSTGRES_DIR='$dir'"
