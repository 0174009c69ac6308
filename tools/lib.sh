# Shared shell functions of the tools: dependencies, build, the private PostgreSQL cluster
# and the server process. Source it; it changes nothing by itself.
# shellcheck shell=bash

EB_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
EB_VAR="$EB_ROOT/var"
EB_PG_BIN=/usr/lib/postgresql/15/bin

eb_say() { printf '==> %s\n' "$*" >&2; }
eb_die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Debian packages the build, the server and the tests need.
EB_PACKAGES=(cmake ninja-build gcc pkg-config libgrpc-dev libprotobuf-c-dev protobuf-c-compiler
  protobuf-compiler libprotobuf-dev grpc-proto libpq-dev libsodium-dev libjansson-dev
  libcunit1-dev libmicrohttpd-dev libssl-dev zlib1g-dev postgresql-15 postgresql-client-15 python3
  python3-grpcio python3-protobuf ca-certificates curl nodejs
  python3-venv openjdk-17-jdk-headless maven)
# npm comes with NodeSource's nodejs; Debian's nodejs needs Debian's npm package.
command -v npm >/dev/null || EB_PACKAGES+=(npm)

# Installs the missing Debian packages (as root), or says which to install.
eb_install_dependencies() {
  local missing=() p
  for p in "${EB_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    eb_die "missing Debian packages: ${missing[*]} (install them with apt-get as root)"
  fi
  eb_say "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Configures and builds into build/ (or build-asan/ with --sanitize).
eb_build() {
  local dir="$EB_ROOT/build" flags=()
  if [ "${1:-}" = --sanitize ]; then
    dir="$EB_ROOT/build-asan"
    flags=(-DEDUBADGES_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug)
  fi
  if [ ! -f "$dir/build.ninja" ]; then
    cmake -S "$EB_ROOT" -B "$dir" -G Ninja "${flags[@]}" >/dev/null
  fi
  cmake --build "$dir" -j "$(nproc)" >/dev/null || cmake --build "$dir" -j 1
  EB_BUILD="$dir"
}

# ---- the private PostgreSQL cluster ----

# PostgreSQL refuses to run as root: then the cluster belongs to the postgres user. Its
# directory is ./var/pg unless that user cannot reach it (a checkout under /root), then
# a directory under /tmp named after the checkout, linked from ./var/pg.
eb_pg_user() { if [ "$(id -u)" -eq 0 ]; then echo postgres; else id -un; fi; }

eb_pg_as() {
  local user; user=$(eb_pg_user)
  if [ "$user" = "$(id -un)" ]; then "$@"; else runuser -u "$user" -- "$@"; fi
}

eb_pg_dir() {
  mkdir -p "$EB_VAR"
  if [ -L "$EB_VAR/pg" ] || [ -d "$EB_VAR/pg" ]; then
    readlink -f "$EB_VAR/pg"
    return
  fi
  local dir="$EB_VAR/pg"
  if [ "$(id -u)" -eq 0 ] && ! runuser -u postgres -- test -x "$EB_VAR"; then
    dir="/tmp/edubadges-pg-$(printf '%s' "$EB_ROOT" | sha256sum | cut -c1-12)"
    mkdir -p "$dir"
    ln -s "$dir" "$EB_VAR/pg"
  else
    mkdir -p "$dir"
  fi
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"
  chmod 700 "$dir"
  echo "$dir"
}

# Starts the cluster (initialising it on first use) and exports EDUBADGES_DATABASE_URL.
eb_db_start() {
  local dir; dir=$(eb_pg_dir)
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    eb_say "initialising a private PostgreSQL cluster in $dir"
    eb_pg_as "$EB_PG_BIN/initdb" -D "$dir/data" -U edubadges --auth=trust -E UTF8 \
      --locale=C.UTF-8 >/dev/null
    mkdir -p "$dir/run"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir/run"
    cat >>"$dir/data/postgresql.conf" <<CONF
listen_addresses = ''
unix_socket_directories = '$dir/run'
max_connections = 200
shared_buffers = 512MB
work_mem = 16MB
maintenance_work_mem = 256MB
fsync = on
synchronous_commit = off
wal_level = minimal
max_wal_senders = 0
max_wal_size = 4GB
checkpoint_timeout = 15min
random_page_cost = 1.1
log_min_messages = warning
CONF
  fi
  if ! eb_pg_as "$EB_PG_BIN/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    eb_pg_as "$EB_PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 start >/dev/null ||
      eb_die "PostgreSQL did not start; see $dir/postgres.log"
  fi
  local db="${EB_DB_NAME:-edubadges}"
  if ! psql -h "$dir/run" -U edubadges -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1; then
    psql -h "$dir/run" -U edubadges -d postgres -qc "CREATE DATABASE \"$db\"" >/dev/null
  fi
  export EDUBADGES_DATABASE_URL="postgresql:///$db?host=$dir/run&user=edubadges"
  export EB_PG_SOCKET_DIR="$dir/run"
}

eb_db_stop() {
  local dir; dir=$(readlink -f "$EB_VAR/pg" 2>/dev/null) || return 0
  [ -f "$dir/data/PG_VERSION" ] || return 0
  eb_pg_as "$EB_PG_BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
}

# Creates a fresh database (dropping an old one of that name) and prints its URL.
eb_db_fresh() {
  local name=$1
  PGOPTIONS='-c client_min_messages=warning' psql -h "$EB_PG_SOCKET_DIR" -U edubadges -d postgres -qc "DROP DATABASE IF EXISTS \"$name\" WITH (FORCE)" >/dev/null
  psql -h "$EB_PG_SOCKET_DIR" -U edubadges -d postgres -qc "CREATE DATABASE \"$name\"" >/dev/null
  echo "postgresql:///$name?host=$EB_PG_SOCKET_DIR&user=edubadges"
}

# ---- the server ----

# Exports EDUBADGES_MASTER_KEY_FILE (the key that seals issuer signing keys), making
# ./var/master.key (32 random bytes as hex, mode 600) for local runs when none is set.
eb_master_key() {
  if [ -n "${EDUBADGES_MASTER_KEY_FILE:-}" ]; then return 0; fi
  mkdir -p "$EB_VAR"
  if [ ! -s "$EB_VAR/master.key" ]; then
    (umask 077; od -An -vtx1 -N32 /dev/urandom | tr -d ' \n' >"$EB_VAR/master.key")
    eb_say "made a master key for local runs: var/master.key (keep it: it opens the stored signing keys)"
  fi
  export EDUBADGES_MASTER_KEY_FILE="$EB_VAR/master.key"
}

# Starts edubadges-server in the background on free ports (gRPC and public HTTP); sets
# EB_SERVER_PID, EB_SERVER (host:port) and EB_HTTP (the public base URL, http://127.0.0.1:port
# unless EDUBADGES_PUBLIC_BASE_URL is given). Extra environment can be given as arguments.
eb_server_start() {
  eb_master_key
  local port_file="$EB_VAR/server.port" http_port_file="$EB_VAR/server.http-port"
  rm -f "$port_file" "$http_port_file"
  env EDUBADGES_LISTEN=127.0.0.1:0 EDUBADGES_PORT_FILE="$port_file" \
    EDUBADGES_HTTP_LISTEN=127.0.0.1:0 EDUBADGES_HTTP_PORT_FILE="$http_port_file" "$@" \
    "$EB_BUILD/server/edubadges-server" serve 2>>"$EB_VAR/server.log" &
  EB_SERVER_PID=$!
  local i
  for i in $(seq 1 200); do
    [ -s "$port_file" ] && break
    kill -0 "$EB_SERVER_PID" 2>/dev/null || { tail -5 "$EB_VAR/server.log" >&2; eb_die "the server did not start"; }
    sleep 0.05
  done
  [ -s "$port_file" ] || eb_die "the server did not report its port"
  EB_SERVER="127.0.0.1:$(cat "$port_file")"
  local base="${EDUBADGES_PUBLIC_BASE_URL:-}" arg
  for arg in "$@"; do case $arg in EDUBADGES_PUBLIC_BASE_URL=*) base=${arg#*=} ;; esac; done
  EB_HTTP="${base:-http://127.0.0.1:$(cat "$http_port_file")}"
  export EB_SERVER EB_HTTP
}

eb_server_stop() {
  [ -n "${EB_SERVER_PID:-}" ] || return 0
  kill -TERM "$EB_SERVER_PID" 2>/dev/null || true
  wait "$EB_SERVER_PID" 2>/dev/null || true
  EB_SERVER_PID=
}
