#!/usr/bin/env bash
# Fault drill: does the site survive its database crashing under load?
#
#   bench/fault-drill.sh
#
# Starts the site's jar on a throwaway PostgreSQL cluster of its own, sets up a few accounts, categories and
# posts through the site's forms, then runs 60 s of mixed load (bench/FaultDrill.java: anonymous readers on
# every public route, signed-in writers posting comments and saving drafts through the real forms) and
# kills every PostgreSQL process with SIGKILL at 20 s and starts the server again at 30 s. Prints requests
# by status per phase, the longest outage a client saw, the slowest request per phase and the acknowledged
# writes missing from the database. Exit status 1 if a write the site acknowledged is lost, a request
# answered 500, a request hung past the pool's connection timeout + margin while the database was down,
# or the site did not recover by itself; 2 if the drill could not run.
#
# Knobs: BENCH_JAR (default: build web-app/target/inkwell.jar with ./mvnw), BENCH_PG_PORT (55442),
# BENCH_APP_PORT (18090), BENCH_DRILL_SECONDS (60), BENCH_DRILL_KILL_AT (20), BENCH_DRILL_RESTART_AT (30),
# BENCH_DRILL_READERS (4), BENCH_DRILL_WRITERS (4), BENCH_DRILL_MARGIN_MS (2000). The ports differ from
# the benchmark's, so both can run at once. Everything started is stopped on exit, and the cluster removed.
set -euo pipefail
# Defaults apart from bench/run.sh's (55432, 18080): a drill must never kill the benchmark's server.
BENCH_PG_PORT="${BENCH_PG_PORT:-55442}"
source "$(dirname "$0")/lib.sh"
# Exit status 1 is the site's failure (the load's verdict); the drill's own trouble is 2.
die() { log "ERROR: $*"; exit 2; }

APP_PORT="${BENCH_APP_PORT:-18090}"
BASE="http://127.0.0.1:$APP_PORT"
SECONDS_OF_LOAD="${BENCH_DRILL_SECONDS:-60}"
KILL_AT="${BENCH_DRILL_KILL_AT:-20}"
RESTART_AT="${BENCH_DRILL_RESTART_AT:-30}"
MARGIN_MS="${BENCH_DRILL_MARGIN_MS:-2000}"
NAME=fault-drill
APP_LOG="$OUT_DIR/app-$NAME.log"
EVENTS="$OUT_DIR/events-$NAME.txt"
ADMIN_EMAIL="drill-admin@inkwell.example"
ADMIN_PASSWORD="drill-admin-$(date +%s)"

# The drill kills the server it runs on: only ever its own throwaway cluster (BENCH_PGDATA is not
# honoured either, since the drill deletes the cluster afterwards).
external_db && die "the fault drill kills its own PostgreSQL; unset SPRING_DATASOURCE_URL"
BENCH_PGDATA="$(pg_home)/pgdata-$NAME"
(( KILL_AT < RESTART_AT && RESTART_AT < SECONDS_OF_LOAD )) || die "need BENCH_DRILL_KILL_AT < _RESTART_AT < _SECONDS"

APP_PID=""
LOAD_PID=""
cleanup() {
  if [ -n "$LOAD_PID" ] && kill -0 "$LOAD_PID" 2>/dev/null; then kill "$LOAD_PID" 2>/dev/null || true; fi
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"
    for _ in $(seq 1 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$APP_PID" 2>/dev/null || true
  fi
  stop_pg
  rm -rf "$BENCH_PGDATA"
}
trap cleanup EXIT

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port_free "$BENCH_PG_PORT" || die "port $BENCH_PG_PORT is taken: set BENCH_PG_PORT"
port_free "$APP_PORT" || die "port $APP_PORT is taken: set BENCH_APP_PORT"

if [ -z "${BENCH_JAR:-}" ]; then
  log "building the site's jar (./mvnw -q package -DskipTests)"
  (cd "$REPO_DIR" && ./mvnw -q -B package -DskipTests) || die "the build failed"
fi
snapshot_jar "$NAME"
PG_DRIVER=$(ls "$JAR_DIR"/lib/postgresql-*.jar | head -n 1)
# The limit a request may wait for a connection: the site's own setting, read from its jar.
POOL_TIMEOUT_MS=$(unzip -p "$JAR_DIR/inkwell.jar" BOOT-INF/classes/application.properties |
  sed -n 's/^spring\.datasource\.hikari\.connection-timeout=\([0-9]*\).*/\1/p' | tail -n 1)
POOL_TIMEOUT_MS="${POOL_TIMEOUT_MS:-30000}"  # Hikari's own default when the site sets none

# A fresh cluster every time; a killed earlier drill may have left its server running.
if [ -f "$BENCH_PGDATA/postmaster.pid" ]; then
  as_pg "$(pg_bindir)/pg_ctl" -D "$BENCH_PGDATA" -m immediate stop >/dev/null 2>&1 || true
fi
rm -rf "$BENCH_PGDATA"
start_pg "$NAME"

log "starting the site on $BASE (log: $APP_LOG)"
# Every virtual user comes from 127.0.0.1 and writes far faster than a person: the drill is about the
# database going away, so the rate limits are raised out of its way, and the operations port is off.
INKWELL_LIMIT_POSTING=100000/1h INKWELL_LIMIT_POSTING_PER_ADDRESS=100000/1h \
INKWELL_LIMIT_COMMENTS_PER_ADDRESS=100000/1m INKWELL_LIMIT_REGISTRATION=1000/1h INKWELL_MANAGEMENT_PORT=-1 \
SPRING_DATASOURCE_URL="$BENCH_JDBC_URL" SPRING_DATASOURCE_USERNAME="$BENCH_JDBC_USER" \
SPRING_DATASOURCE_PASSWORD="$BENCH_JDBC_PASSWORD" INKWELL_DEMO=false SERVER_PORT="$APP_PORT" \
INKWELL_ADMIN_EMAIL="$ADMIN_EMAIL" INKWELL_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
  java -Xmx512m -jar "$JAR_DIR/inkwell.jar" --server.address=127.0.0.1 >"$APP_LOG" 2>&1 &
APP_PID=$!
wait_for_site "$APP_PID" "$APP_LOG" "$BASE"
log "site up after ${SITE_UP_AFTER} s; pool connection timeout ${POOL_TIMEOUT_MS} ms"

: >"$EVENTS"
java -cp "$PG_DRIVER" "$BENCH_DIR/FaultDrill.java" base="$BASE" events="$EVENTS" seconds="$SECONDS_OF_LOAD" \
  readers="${BENCH_DRILL_READERS:-4}" writers="${BENCH_DRILL_WRITERS:-4}" \
  connection-timeout-ms="$POOL_TIMEOUT_MS" margin-ms="$MARGIN_MS" \
  jdbc="$BENCH_JDBC_URL" jdbc-user="$BENCH_JDBC_USER" jdbc-password="$BENCH_JDBC_PASSWORD" \
  admin-email="$ADMIN_EMAIL" admin-password="$ADMIN_PASSWORD" requests-csv="$OUT_DIR/requests-$NAME.csv" &
LOAD_PID=$!

now_ms() { date +%s%3N; }
sleep_until_ms() {
  local left=$(( $1 - $(now_ms) ))
  if (( left > 0 )); then sleep "$(awk -v ms="$left" 'BEGIN { printf "%.3f", ms / 1000 }')"; fi
}
record() { echo "$1 $(now_ms)" >>"$EVENTS"; }

# The load writes "start <ms>" once its set-up is done; the faults are timed from there.
START_MS=""
for _ in $(seq 1 1200); do
  kill -0 "$LOAD_PID" 2>/dev/null || break
  START_MS=$(awk '$1 == "start" { print $2 }' "$EVENTS")
  [ -n "$START_MS" ] && break
  sleep 0.1
done
if [ -z "$START_MS" ]; then
  wait "$LOAD_PID" || true
  LOAD_PID=""
  die "the load never started (set-up failed, see above; the site's log: $APP_LOG)"
fi

sleep_until_ms $(( START_MS + KILL_AT * 1000 ))
# As a crash would: the postmaster and every backend at once, no shutdown, no checkpoint.
POSTMASTER=$(head -n 1 "$PG_STARTED/postmaster.pid")
PG_PIDS="$POSTMASTER $( (pgrep -P "$POSTMASTER" || true) | tr '\n' ' ')"
record kill
kill -KILL $PG_PIDS 2>/dev/null || true
log "killed PostgreSQL (SIGKILL to postmaster $POSTMASTER and its $(( $(wc -w <<<"$PG_PIDS") - 1 )) children)"

sleep_until_ms $(( START_MS + RESTART_AT * 1000 ))
record restart
# pg_ctl warns that "another server might be running" (the stale postmaster.pid of the crash): expected.
OUT=$(as_pg "$PG_BINDIR/pg_ctl" -D "$PG_STARTED" -l "$PG_LOG" -o "-p $BENCH_PG_PORT" -w -t 60 start 2>&1) ||
  { echo "$OUT" >&2; die "PostgreSQL did not start again"; }
record ready
log "PostgreSQL started again: $(grep -o 'redo done at [^ ]*\|database system was not properly shut down.*\|database system was interrupted.*' "$PG_LOG" | tail -n 1)"

STATUS=0
wait "$LOAD_PID" || STATUS=$?
LOAD_PID=""

# Where the site's 500s came from: exceptions no handler took, by the first and the outermost site frame.
UNCAUGHT=$(awk '
  open && (/^[0-9]{4}-[0-9]{2}-[0-9]{2}T/ || /^Caused by/) { print first " ... " outer; open = 0 }
  /ERROR .*Servlet.service\(\) for servlet/ { open = 1; first = ""; outer = ""; next }
  open && /^\tat io\.inkwell\./ && !/\$Proxy|\$\$SpringCGLIB/ { if (first == "") first = $2; outer = $2 }
  END { if (open) print first " ... " outer }' "$APP_LOG" | sort | uniq -c)
if [ -n "$UNCAUGHT" ]; then
  echo
  echo "Uncaught exceptions in the site's log ($APP_LOG), by innermost ... outermost frame of the site:"
  echo "$UNCAUGHT"
fi
exit "$STATUS"
