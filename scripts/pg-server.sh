#!/usr/bin/env bash
# A throwaway PostgreSQL server for tests (docs/team-mode.md).
#
#   scripts/pg-server.sh start DIR   initdb a cluster in DIR/data (UTF8; collation C,
#                                    character classes C.UTF-8 so pg_trgm sees Persian letters), start it on
#                                    127.0.0.1 on a free port, print the connection URL
#   scripts/pg-server.sh url DIR     print the URL of the server started in DIR
#   scripts/pg-server.sh stop DIR    stop the server (fast shutdown) and remove DIR
#   scripts/pg-server.sh restart DIR [SECONDS]
#                                    stop the server of DIR (fast shutdown: sessions are ended),
#                                    wait SECONDS (default 0), start it again on the same port, so
#                                    its URL stays valid (the load test's restart); the data is kept
#   scripts/pg-server.sh pause DIR   / resume DIR: the two halves of restart
#   scripts/pg-server.sh exec DIR CMD [ARG...]
#                                    run CMD with PEYVAND_TEST_PG_URL set to the URL of DIR
#                                    (unset when no server was started there: CMD then decides)
#
# The superuser is `postgres` with a random password; loopback TCP needs the password
# (scram-sha-256), so a test can check a wrong one. PostgreSQL refuses to run as root: as
# root, initdb and pg_ctl run as the `postgres` system user, which owns DIR/data (or, when it
# cannot reach DIR, a directory under /tmp that `stop` removes too).
# PG_BINDIR overrides where initdb/pg_ctl are found (default: the newest /usr/lib/postgresql/*/bin).
set -euo pipefail

die() {
  echo "pg-server: $*" >&2
  exit 1
}

usage() {
  die "usage: $0 start|stop|url|pause|resume DIR, $0 restart DIR [SECONDS], or $0 exec DIR COMMAND [ARG...]"
}

[ $# -ge 2 ] || usage
command=$1
dir=$2
shift 2

find_bindir() {
  local d=${PG_BINDIR:-}
  [ -n "$d" ] || d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$d" ] && [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] ||
    die "no PostgreSQL server binaries (initdb, pg_ctl) in ${d:-/usr/lib/postgresql/*/bin}; run scripts/install-deps.sh"
  echo "$d"
}

# Runs a server program as the cluster's owner: ourselves, or `postgres` when we are root.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Where the cluster of DIR lives: DIR/data, or (as root, when the `postgres` user cannot
# reach DIR, e.g. under a 0700 home directory) a directory under /tmp named in DIR/datadir.
data_dir() {
  if [ -f "$dir/datadir" ]; then cat "$dir/datadir"; else echo "$dir/data"; fi
}

stop_server() {
  local bindir data
  data=$(data_dir)
  if [ -f "$data/cluster/postmaster.pid" ]; then
    bindir=$(find_bindir)
    as_owner "$bindir/pg_ctl" -D "$data/cluster" -m fast -w -t 60 stop >/dev/null 2>&1 ||
      as_owner "$bindir/pg_ctl" -D "$data/cluster" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
  fi
  # The postmaster's pid, recorded at start: stop fails if it outlived pg_ctl.
  if [ -f "$dir/pid" ] && kill -0 "$(cat "$dir/pid")" 2>/dev/null &&
    grep -q postgres "/proc/$(cat "$dir/pid")/cmdline" 2>/dev/null; then
    die "the server of $dir (pid $(cat "$dir/pid")) did not stop"
  fi
  [ "$data" = "$dir/data" ] || rm -rf "$data"
}

# The server's settings, the same at start and after a restart: PORT, socket directory.
server_options() {
  echo "-p $1 -k $2 -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200"
}

start() {
  local bindir port password
  bindir=$(find_bindir)
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || die "running as root needs the 'postgres' system user (Debian's postgresql package creates it)"
  fi
  # A server left behind by an interrupted run is stopped and replaced.
  stop_server
  rm -rf "$dir"
  mkdir -p "$dir/data"
  chmod 700 "$dir/data"
  local data="$dir/data"
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$data"
    if ! as_owner test -w "$data"; then
      rmdir "$data"
      data=$(mktemp -d /tmp/peyvand-pg.XXXXXX)
      chown postgres: "$data"
      echo "$data" >"$dir/datadir"
    fi
  fi
  as_owner test -w "$data" ||
    die "$data is not writable by $( [ "$(id -u)" -eq 0 ] && echo postgres || id -un)"

  password=$(python3 -c 'import secrets; print(secrets.token_hex(16))')
  printf '%s\n' "$password" >"$data/pwfile"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$data/pwfile"
  if ! as_owner "$bindir/initdb" -D "$data/cluster" -U postgres --pwfile="$data/pwfile" \
    -E UTF8 --locale=C --lc-ctype=C.UTF-8 --auth-local=trust --auth-host=scram-sha-256 >"$dir/initdb.log" 2>&1; then
    cat "$dir/initdb.log" >&2
    die "initdb failed in $data/cluster (log above)"
  fi
  rm -f "$data/pwfile"

  # The port is free when chosen; another program may take it before the server binds it, so retry.
  local attempt
  for attempt in 1 2 3 4 5; do
    port=$(free_port)
    if as_owner "$bindir/pg_ctl" -D "$data/cluster" -l "$data/server.log" -w -t 60 \
      -o "$(server_options "$port" "$data")" start >/dev/null 2>&1; then
      head -n 1 "$data/cluster/postmaster.pid" >"$dir/pid"
      printf 'postgresql://postgres:%s@127.0.0.1:%s/postgres\n' "$password" "$port" >"$dir/url"
      cat "$dir/url"
      return 0
    fi
    grep -q "could not bind" "$data/server.log" 2>/dev/null || break
  done
  cat "$data/server.log" >&2 2>/dev/null || true
  die "PostgreSQL did not start in $dir (server log above)"
}

# Stops the server of DIR, keeping its data (the first half of restart).
pause() {
  local bindir data
  [ -f "$dir/url" ] || die "no server started in $dir"
  bindir=$(find_bindir)
  data=$(data_dir)
  as_owner "$bindir/pg_ctl" -D "$data/cluster" -m fast -w -t 60 stop >/dev/null 2>&1 ||
    as_owner "$bindir/pg_ctl" -D "$data/cluster" -m immediate -w -t 30 stop >/dev/null 2>&1 ||
    die "the server of $dir did not stop"
}

# Starts the server of DIR again on the port of its URL (the second half of restart).
resume() {
  local bindir data port
  [ -f "$dir/url" ] || die "no server started in $dir"
  bindir=$(find_bindir)
  data=$(data_dir)
  port=$(sed -E 's#.*:([0-9]+)/[^/]*$#\1#' "$dir/url")
  as_owner "$bindir/pg_ctl" -D "$data/cluster" -l "$data/server.log" -w -t 60 \
    -o "$(server_options "$port" "$data")" start >/dev/null 2>&1 || {
    tail -n 20 "$data/server.log" >&2 2>/dev/null || true
    die "the server of $dir did not start again on port $port (server log above)"
  }
  head -n 1 "$data/cluster/postmaster.pid" >"$dir/pid"
}

case "$command" in
  start) start ;;
  pause) pause ;;
  resume) resume ;;
  restart)
    pause
    sleep "${1:-0}"
    resume
    ;;
  url)
    [ -f "$dir/url" ] || die "no server started in $dir (run: $0 start $dir)"
    cat "$dir/url"
    ;;
  stop)
    stop_server
    rm -rf "$dir"
    ;;
  exec)
    [ $# -ge 1 ] || usage
    if [ -f "$dir/url" ]; then
      PEYVAND_TEST_PG_URL=$(cat "$dir/url")
      export PEYVAND_TEST_PG_URL
    fi
    exec "$@"
    ;;
  *) usage ;;
esac
