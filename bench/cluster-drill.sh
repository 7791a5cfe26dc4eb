#!/usr/bin/env bash
# Cluster drill: does a reader notice an instance or the replica dying while the site runs as a cluster?
#
#   bench/cluster-drill.sh
#
# On this machine, all on 127.0.0.1: a PostgreSQL primary (Debian's) and a streaming replica made from it with
# pg_basebackup -R, three instances of the site's jar (small heaps) with the replica configured
# (INKWELL_READ_REPLICA_URLS), and Debian's nginx in front with deploy/nginx-inkwell.conf. Then 90 s of load through
# nginx (bench/ClusterDrill.java, built on bench/FaultDrill.java): anonymous readers on every public route and
# signed-in writers who post comments and read their page right after. The timeline, from the start of the load:
#    20 s  instance 1 killed (SIGKILL)        40 s  instance 1 started again
#    55 s  the replica stopped                70 s  the replica started again
#    80 s  instance 2 stopped (SIGTERM), then started again
# It prints per phase: requests by status, failed GETs, failed POSTs, acknowledged comments missing from the
# primary at the end, own comments not seen right after, the stale window (a post page showing fewer comments
# than an earlier answer had), sessions lost. Exit status 1 if a GET failed, an acknowledged write is missing, a
# writer did not see their own comment or lost their session; 2 if the drill could not run. Everything it
# started is stopped on exit, and its clusters removed.
#
# Needs: a JDK 17, Debian's postgresql and nginx (installed with apt-get when missing and run as root).
# Knobs: BENCH_JAR (default: build web-app/target/inkwell.jar), BENCH_PG_PORT (55452; the replica takes the next
# port), BENCH_CLUSTER_PORTS ("8081 8082 8083"), BENCH_NGINX_PORT (8080), BENCH_DRILL_SECONDS (90),
# BENCH_DRILL_READERS (6), BENCH_DRILL_WRITERS (4), BENCH_DRILL_HEAP (384m).
set -euo pipefail
BENCH_PG_PORT="${BENCH_PG_PORT:-55452}"
source "$(dirname "$0")/lib.sh"
die() { log "ERROR: $*"; exit 2; }

NAME=cluster-drill
REPLICA_PORT=$(( BENCH_PG_PORT + 1 ))
read -r -a PORTS <<<"${BENCH_CLUSTER_PORTS:-8081 8082 8083}"
NGINX_PORT="${BENCH_NGINX_PORT:-8080}"
BASE="http://127.0.0.1:$NGINX_PORT"
SECONDS_OF_LOAD="${BENCH_DRILL_SECONDS:-90}"
HEAP="${BENCH_DRILL_HEAP:-384m}"
EVENTS="$OUT_DIR/events-$NAME.txt"
ADMIN_EMAIL="drill-admin@inkwell.example"
ADMIN_PASSWORD="drill-admin-$(date +%s)"
(( ${#PORTS[@]} == 3 )) || die "BENCH_CLUSTER_PORTS must name three ports"
(( SECONDS_OF_LOAD >= 90 )) || die "the timeline needs BENCH_DRILL_SECONDS of 90 or more"

external_db && die "the cluster drill stops its own PostgreSQL servers; unset SPRING_DATASOURCE_URL"
PG_HOME="$(pg_home)"
BENCH_PGDATA="$PG_HOME/pgdata-$NAME"
REPLICA_DATA="$PG_HOME/pgdata-$NAME-replica"
REPLICA_LOG="$PG_HOME/postgres-$NAME-replica.log"
NGINX_DIR="$PG_HOME/nginx-$NAME"

declare -A APP_PIDS=()
LOAD_PID=""
NGINX_STARTED=""
REPLICA_STARTED=""
cleanup() {
  if [ -n "$LOAD_PID" ] && kill -0 "$LOAD_PID" 2>/dev/null; then kill "$LOAD_PID" 2>/dev/null || true; fi
  local n pid
  for n in "${!APP_PIDS[@]}"; do
    pid="${APP_PIDS[$n]}"
    if kill -0 "$pid" 2>/dev/null; then kill "$pid" 2>/dev/null || true; fi
  done
  for n in "${!APP_PIDS[@]}"; do
    pid="${APP_PIDS[$n]}"
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  if [ -n "$NGINX_STARTED" ] && [ -f "$NGINX_DIR/nginx.pid" ]; then
    kill "$(cat "$NGINX_DIR/nginx.pid")" 2>/dev/null || true
  fi
  if [ -n "$REPLICA_STARTED" ]; then
    as_pg "$PG_BINDIR/pg_ctl" -D "$REPLICA_DATA" -m fast -w stop >/dev/null 2>&1 || true
  fi
  stop_pg
  rm -rf "$BENCH_PGDATA" "$REPLICA_DATA" "$NGINX_DIR"
}
trap cleanup EXIT

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for port in "$BENCH_PG_PORT" "$REPLICA_PORT" "$NGINX_PORT" "${PORTS[@]}" $(for p in "${PORTS[@]}"; do echo $((p + 1000)); done); do
  port_free "$port" || die "port $port is taken (see the knobs at the top of $0)"
done

if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
  [ "$(id -u)" = 0 ] || die "nginx is not installed; install Debian's nginx package"
  log "installing Debian's nginx package"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

if [ -z "${BENCH_JAR:-}" ]; then
  log "building the site's jar (./mvnw -q package -DskipTests)"
  (cd "$REPO_DIR" && ./mvnw -q -B package -DskipTests -Djacoco.skip=true) || die "the build failed"
fi
snapshot_jar "$NAME"
PG_DRIVER=$(ls "$JAR_DIR"/lib/postgresql-*.jar | head -n 1)

# ---- PostgreSQL: a fresh primary, and a streaming replica cloned from it -------------------------------------
for data in "$BENCH_PGDATA" "$REPLICA_DATA"; do
  if [ -f "$data/postmaster.pid" ]; then as_pg "$(pg_bindir)/pg_ctl" -D "$data" -m immediate stop >/dev/null 2>&1 || true; fi
  rm -rf "$data"
done
start_pg "$NAME"
# Three instances' pools (8 each), their monitors, the replica's WAL sender: above lib.sh's 50.
psql_q -c "alter system set max_connections = 120" -c "alter system set wal_keep_size = '256MB'" >/dev/null
as_pg "$PG_BINDIR/pg_ctl" -D "$BENCH_PGDATA" -l "$PG_LOG" -o "-p $BENCH_PG_PORT" -w -t 120 restart >/dev/null
log "cloning the streaming replica (pg_basebackup -R) into $REPLICA_DATA"
mkdir -p "$REPLICA_DATA" && chmod 700 "$REPLICA_DATA"
[ "$(id -u)" = 0 ] && chown postgres: "$REPLICA_DATA"
as_pg "$PG_BINDIR/pg_basebackup" -h 127.0.0.1 -p "$BENCH_PG_PORT" -U postgres -D "$REPLICA_DATA" -R -X stream -c fast
: >"$REPLICA_LOG"
[ "$(id -u)" = 0 ] && chown postgres: "$REPLICA_LOG"
start_replica() {
  as_pg "$PG_BINDIR/pg_ctl" -D "$REPLICA_DATA" -l "$REPLICA_LOG" -o "-p $REPLICA_PORT" -w -t 120 start >/dev/null
  REPLICA_STARTED=1
}
start_replica
[ "$(psql_q -p "$REPLICA_PORT" -c 'select pg_is_in_recovery()')" = t ] || die "the replica is not in recovery"
log "replica streaming: $(psql_q -c "select client_addr || ' ' || state from pg_stat_replication")"

PRIMARY_URL="jdbc:postgresql://127.0.0.1:$BENCH_PG_PORT/inkwell"
REPLICA_URL="jdbc:postgresql://127.0.0.1:$REPLICA_PORT/inkwell"

# ---- three instances ------------------------------------------------------------------------------------------
# Every virtual user comes from 127.0.0.1 and writes far faster than a person: the drill is about nodes dying, so
# the rate limits and the spam rule's minimum form time are moved out of its way.
start_instance() {
  local n="$1" port="${PORTS[$(( $1 - 1 ))]}"
  local app_log="$OUT_DIR/app-$NAME-$n.log"
  mkdir -p "$OUT_DIR/$NAME-data-$n"
  INKWELL_LIMIT_POSTING=100000/1h INKWELL_LIMIT_POSTING_PER_ADDRESS=100000/1h INKWELL_LIMIT_COMMENTS=100000/1m \
  INKWELL_LIMIT_COMMENTS_PER_ADDRESS=100000/1m INKWELL_LIMIT_REGISTRATION=1000/1h INKWELL_COMMENT_MIN_FORM_TIME=0s \
  SPRING_DATASOURCE_URL="$PRIMARY_URL" SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD="" \
  INKWELL_READ_REPLICA_URLS="$REPLICA_URL" INKWELL_DB_POOL_SIZE=8 INKWELL_DEMO=false \
  INKWELL_BASE_URL="$BASE" INKWELL_TRUSTED_PROXIES=127.0.0.1 INKWELL_DATA_DIR="$OUT_DIR/$NAME-data-$n" \
  SERVER_PORT="$port" INKWELL_MANAGEMENT_PORT=$(( port + 1000 )) \
  INKWELL_ADMIN_EMAIL="$ADMIN_EMAIL" INKWELL_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    java -Xmx"$HEAP" -XX:+UseSerialGC -jar "$JAR_DIR/inkwell.jar" --server.address=127.0.0.1 >>"$app_log" 2>&1 &
  APP_PIDS[$n]=$!
  # Killed on purpose later: no "Killed" notice from the shell's job control.
  disown "${APP_PIDS[$n]}"
}
wait_instance() {
  local n="$1"
  wait_for_site "${APP_PIDS[$n]}" "$OUT_DIR/app-$NAME-$n.log" "http://127.0.0.1:${PORTS[$(( n - 1 ))]}"
  log "instance $n up after ${SITE_UP_AFTER} s"
}
for n in 1 2 3; do : >"$OUT_DIR/app-$NAME-$n.log"; done
log "starting instance 1 (it migrates the schema), then 2 and 3; logs: $OUT_DIR/app-$NAME-N.log"
start_instance 1 && wait_instance 1
start_instance 2 && start_instance 3
wait_instance 2 && wait_instance 3
log "replicas as instance 1 sees them: $(curl -s "http://127.0.0.1:$(( PORTS[0] + 1000 ))/actuator/health/replication")"

# ---- nginx, with the repository's configuration ----------------------------------------------------------------
mkdir -p "$NGINX_DIR/cache" "$NGINX_DIR/temp"
sed -e "s#listen 80;#listen 127.0.0.1:$NGINX_PORT;#" \
    -e "s#/var/cache/nginx/inkwell#$NGINX_DIR/cache#" \
    -e "s#127.0.0.1:8081#127.0.0.1:${PORTS[0]}#; s#127.0.0.1:8082#127.0.0.1:${PORTS[1]}#; s#127.0.0.1:8083#127.0.0.1:${PORTS[2]}#" \
    "$REPO_DIR/deploy/nginx-inkwell.conf" >"$NGINX_DIR/inkwell.conf"
cat >"$NGINX_DIR/nginx.conf" <<CONF
# Made by bench/cluster-drill.sh around deploy/nginx-inkwell.conf.
$( [ "$(id -u)" = 0 ] && echo "user root;" )
worker_processes 1;
pid $NGINX_DIR/nginx.pid;
error_log $NGINX_DIR/error.log warn;
events { worker_connections 1024; }
http {
    access_log $NGINX_DIR/access.log;
    client_body_temp_path $NGINX_DIR/temp/body;
    proxy_temp_path $NGINX_DIR/temp/proxy;
    fastcgi_temp_path $NGINX_DIR/temp/fastcgi;
    uwsgi_temp_path $NGINX_DIR/temp/uwsgi;
    scgi_temp_path $NGINX_DIR/temp/scgi;
    include $NGINX_DIR/inkwell.conf;
}
CONF
"$NGINX" -t -q -c "$NGINX_DIR/nginx.conf" -p "$NGINX_DIR" || die "nginx refused deploy/nginx-inkwell.conf"
"$NGINX" -c "$NGINX_DIR/nginx.conf" -p "$NGINX_DIR"
NGINX_STARTED=1
for _ in $(seq 1 20); do [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/" || true)" = 200 ] && break; sleep 0.5; done
log "nginx on $BASE in front of ${PORTS[*]}"

# ---- the load and the timeline --------------------------------------------------------------------------------
CLASSES="$OUT_DIR/$NAME-classes"
rm -rf "$CLASSES" && mkdir -p "$CLASSES"
javac -d "$CLASSES" "$BENCH_DIR/FaultDrill.java" "$BENCH_DIR/ClusterDrill.java"
: >"$EVENTS"
java -cp "$CLASSES:$PG_DRIVER" ClusterDrill base="$BASE" events="$EVENTS" seconds="$SECONDS_OF_LOAD" \
  readers="${BENCH_DRILL_READERS:-6}" writers="${BENCH_DRILL_WRITERS:-4}" \
  jdbc="$PRIMARY_URL" jdbc-user=postgres jdbc-password="" \
  admin-email="$ADMIN_EMAIL" admin-password="$ADMIN_PASSWORD" &
LOAD_PID=$!

now_ms() { date +%s%3N; }
sleep_until_ms() {
  local left=$(( $1 - $(now_ms) ))
  if (( left > 0 )); then sleep "$(awk -v ms="$left" 'BEGIN { printf "%.3f", ms / 1000 }')"; fi
}
record() { echo "$1 $(now_ms)" >>"$EVENTS"; }
at() { sleep_until_ms $(( START_MS + $1 * 1000 )); }

START_MS=""
for _ in $(seq 1 1800); do
  kill -0 "$LOAD_PID" 2>/dev/null || break
  START_MS=$(awk '$1 == "start" { print $2 }' "$EVENTS")
  [ -n "$START_MS" ] && break
  sleep 0.1
done
if [ -z "$START_MS" ]; then
  wait "$LOAD_PID" || true
  LOAD_PID=""
  die "the load never started (set-up failed, see above)"
fi

at 20; record instance1-killed
kill -KILL "${APP_PIDS[1]}"
log "instance 1 killed (SIGKILL)"
at 40; record instance1-restarted
start_instance 1
log "instance 1 starting again"
at 55; record replica-stopped
as_pg "$PG_BINDIR/pg_ctl" -D "$REPLICA_DATA" -m fast -w stop >/dev/null
log "replica stopped"
at 70; record replica-started
start_replica
log "replica started again"
at 80; record instance2-stopped
kill -TERM "${APP_PIDS[2]}"
for _ in $(seq 1 400); do kill -0 "${APP_PIDS[2]}" 2>/dev/null || break; sleep 0.1; done
log "instance 2 stopped (SIGTERM); starting it again"
start_instance 2

STATUS=0
wait "$LOAD_PID" || STATUS=$?
LOAD_PID=""
log "instance 1 answers after its restart: $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${PORTS[0]}/" || true);" \
  "replicas as instance 3 sees them: $(curl -s "http://127.0.0.1:$(( PORTS[2] + 1000 ))/actuator/health/replication")"
exit "$STATUS"
