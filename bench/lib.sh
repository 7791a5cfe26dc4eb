# Shared by generate.sh, run.sh and ci.sh: which PostgreSQL to use, how to reach it, the app jar.
# Sourced, not executed.

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$BENCH_DIR/.." && pwd)"
OUT_DIR="$BENCH_DIR/out"
mkdir -p "$OUT_DIR"

BENCH_PG_PORT="${BENCH_PG_PORT:-55432}"
PG_STARTED=""

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# With SPRING_DATASOURCE_URL set we use that server as it is; otherwise a throwaway cluster of
# Debian's PostgreSQL (the same major version the issue's figures were measured on, and it ships
# pg_stat_statements and auto_explain, which the statement counts and plans need).
external_db() { [ -n "${SPRING_DATASOURCE_URL:-}" ]; }

pg_bindir() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$d" ]; then
    [ "$(id -u)" = 0 ] || die "no PostgreSQL server found; install Debian's postgresql package"
    log "installing Debian's postgresql package"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    d=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  echo "$d"
}

# Runs a server binary as the postgres account when we are root (PostgreSQL refuses to run as root).
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# The cluster lives in bench/out unless the postgres account cannot reach it (a clone under a
# private home directory, as root): then under /var/tmp, one directory per clone.
pg_home() {
  if [ "$(id -u)" = 0 ] && ! runuser -u postgres -- test -x "$OUT_DIR" 2>/dev/null; then
    echo "/var/tmp/inkwell-bench-$(echo "$REPO_DIR" | md5sum | cut -c1-8)"
  else
    echo "$OUT_DIR"
  fi
}
pgdata_for() { echo "${BENCH_PGDATA:-$(pg_home)/pgdata-$1}"; }

# Starts (initialising on first use) the throwaway cluster of one scale; stopped by stop_pg.
start_pg() {
  local scale="$1" bindir data
  bindir=$(pg_bindir)
  data=$(pgdata_for "$scale")
  if [ ! -s "$data/PG_VERSION" ]; then
    log "initialising a throwaway PostgreSQL cluster in $data"
    mkdir -p "$data"
    [ "$(id -u)" = 0 ] && chown postgres: "$data"
    chmod 700 "$data"
    as_pg "$bindir/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
    cat >>"$data/postgresql.conf" <<'CONF'
# Added by bench/lib.sh. Loopback only; otherwise PostgreSQL's defaults, as the issue's figures.
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
max_connections = 50
shared_preload_libraries = 'pg_stat_statements,auto_explain'
pg_stat_statements.track = top
# BEGIN/COMMIT/SET are not statements in the sense of the budgets.
pg_stat_statements.track_utility = off
# auto_explain stays off (-1) until run.sh switches it on for one request per route.
auto_explain.log_min_duration = -1
auto_explain.log_analyze = on
auto_explain.log_buffers = on
auto_explain.log_timing = on
auto_explain.log_nested_statements = on
max_wal_size = 4GB
CONF
  fi
  # An earlier run that was killed may have left its server behind: stop it first.
  if [ -f "$data/postmaster.pid" ]; then as_pg "$bindir/pg_ctl" -D "$data" -m fast stop >/dev/null 2>&1 || true; fi
  PG_LOG="$(dirname "$data")/postgres-$scale.log"
  : >"$PG_LOG"
  [ "$(id -u)" = 0 ] && chown postgres: "$PG_LOG"
  as_pg "$bindir/pg_ctl" -D "$data" -l "$PG_LOG" -o "-p $BENCH_PG_PORT" -w -t 120 start >/dev/null
  PG_STARTED="$data"
  PG_BINDIR="$bindir"
  export PGHOST=127.0.0.1 PGPORT="$BENCH_PG_PORT" PGUSER=postgres PGDATABASE=postgres
  unset PGPASSWORD
  export BENCH_JDBC_URL="jdbc:postgresql://127.0.0.1:$BENCH_PG_PORT/inkwell"
  export BENCH_JDBC_USER=postgres BENCH_JDBC_PASSWORD=""
  if ! psql -XAtqc "select 1 from pg_database where datname = 'inkwell'" | grep -q 1; then
    psql -Xqc "create database inkwell" >/dev/null
  fi
  export PGDATABASE=inkwell
  psql -Xq -c "set client_min_messages = warning" -c "create extension if not exists pg_stat_statements" >/dev/null
}

stop_pg() {
  if [ -n "$PG_STARTED" ]; then
    as_pg "$PG_BINDIR/pg_ctl" -D "$PG_STARTED" -m fast -w stop >/dev/null 2>&1 || true
    PG_STARTED=""
  fi
}

# The throwaway cluster's processes: its postmaster and every child (backends, WAL writer, autovacuum, ...).
pg_pids() {
  [ -n "$PG_STARTED" ] || return 0
  local pm; pm=$(head -n 1 "$PG_STARTED/postmaster.pid")
  echo "$pm"; pgrep -P "$pm" || true
}

# CPU of these processes in clock ticks (getconf CLK_TCK a second): utime + stime, plus cutime + cstime, the CPU of
# their children that ended and were reaped, so that a backend or autovacuum worker that exits between two readings
# still counts (with the postmaster's). Processes gone since are left out.
cpu_ticks() {
  local total=0 p f
  for p in "$@"; do
    f=$(cat "/proc/$p/stat" 2>/dev/null) || continue
    f=${f##*) }
    set -- $f
    total=$(( total + ${12} + ${13} + ${14} + ${15} ))
  done
  echo "$total"
}

# For an external server: psql takes the JDBC URL's host/port/database, user and password from
# the same variables the app reads.
use_external_pg() {
  local url="${SPRING_DATASOURCE_URL#jdbc:}"
  export PGUSER="${SPRING_DATASOURCE_USERNAME:-${PGUSER:-postgres}}"
  [ -n "${SPRING_DATASOURCE_PASSWORD:-}" ] && export PGPASSWORD="$SPRING_DATASOURCE_PASSWORD"
  PSQL_URL="${url%%\?*}"
  export PGDATABASE="$PSQL_URL"
  export BENCH_JDBC_URL="$SPRING_DATASOURCE_URL" BENCH_JDBC_USER="$PGUSER"
  export BENCH_JDBC_PASSWORD="${SPRING_DATASOURCE_PASSWORD:-}"
  PG_LOG=""
}

open_db() {
  if external_db; then use_external_pg; else start_pg "$1"; fi
}

psql_q() { psql -X -v ON_ERROR_STOP=1 -Atq "$@"; }

# A private copy of the site's jar per scale: other engineers rebuild web-app/target while we run,
# and runs of two scales may overlap.
snapshot_jar() {
  local src="${BENCH_JAR:-$REPO_DIR/web-app/target/inkwell.jar}"
  [ -f "$src" ] || die "$src is missing: build it with ./mvnw -o -q -pl web-app -am package -DskipTests"
  JAR_DIR="$OUT_DIR/jar-$1"
  rm -rf "$JAR_DIR" && mkdir -p "$JAR_DIR/lib"
  cp "$src" "$JAR_DIR/inkwell.jar"
  (cd "$JAR_DIR/lib" && unzip -qo ../inkwell.jar 'BOOT-INF/lib/*.jar' && mv BOOT-INF/lib/*.jar . && rm -rf BOOT-INF)
}

# Waits until the site started as PID (logging to LOG) answers its home page at BASE; sets SITE_UP_AFTER
# to the seconds it took. Fails with the log's end when the process dies or 180 s pass.
wait_for_site() {
  local pid="$1" app_log="$2" base="$3" i
  for i in $(seq 1 180); do
    kill -0 "$pid" 2>/dev/null || { tail -n 30 "$app_log" >&2; die "the site exited during start-up"; }
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/" || true)" = 200 ]; then
      SITE_UP_AFTER=$i
      return 0
    fi
    sleep 1
  done
  die "the site did not answer within 180 s"
}

# Flyway with the very migrations inside the site's jar, so the schema is exactly the app's.
migrate() {
  log "migrating the schema with the jar's Flyway migrations"
  java -cp "$JAR_DIR/lib/*" "$BENCH_DIR/Migrate.java" "$BENCH_JDBC_URL" "$BENCH_JDBC_USER" "$BENCH_JDBC_PASSWORD" 2>&1 | grep -v " INFO " >&2
}
