#!/usr/bin/env bash
# The primary's write rate: how many comments a second the site writes, and what one costs PostgreSQL.
#
#   bench/write-rate.sh 10000      # on the data set of 10000 posts (made first with bench/generate.sh 10000)
#
# Starts the site's jar on the data set's PostgreSQL cluster, signs up BENCH_WRITERS writers through the site's
# forms and has them post comments as fast as they get answers (bench/WriteRate.java, built on
# bench/FaultDrill.java): each write is the post page (a signed-in page, rendered for its writer) and then its
# comment form's POST, on published posts picked at random. A warm-up of BENCH_WRITE_WARMUP seconds, then
# BENCH_WRITE_SECONDS timed, then as long again of the same writers only reading post pages, to tell what the page
# read before each write costs. Prints and writes bench/out/write-rate-POSTS.md: acknowledged writes/s, p50/p99 of
# the POST, failed writes, app and PostgreSQL CPU ms per write (utime+stime from /proc, the app's process and all
# the cluster's, before/after), WAL bytes per write, and writes per second per core of the primary.
#
# Every virtual writer comes from 127.0.0.1 and comments far faster than a person: the rate limits and the spam
# rule's minimum form time are moved out of the way (as the drills do), so that every write takes the path of a
# person's comment. New accounts' comments may be held by the site's comment policy; a held comment is written all
# the same, and the report says how many were shown and how many held.
#
# Knobs: BENCH_JAR (default web-app/target/inkwell.jar), BENCH_PGDATA (default bench/out/pgdata-POSTS),
# BENCH_PG_PORT (55452), BENCH_APP_PORT (18100), BENCH_WRITERS (8), BENCH_WRITE_SECONDS (20), BENCH_WRITE_WARMUP (10),
# BENCH_WRITE_POSTS (1000, how many posts the comments spread over). The ports differ from bench/run.sh's, so both
# can run at once (on shared cores, which the figures then show). The data set keeps the writers' accounts and
# comments; everything started is stopped on exit, the cluster too.
set -euo pipefail
# Defaults apart from bench/run.sh's (55432, 18080/18081) and the fault drill's (55442, 18090).
BENCH_PG_PORT="${BENCH_PG_PORT:-55452}"
source "$(dirname "$0")/lib.sh"

SCALE="${1:?usage: bench/write-rate.sh POSTS}"
APP_PORT="${BENCH_APP_PORT:-18100}"
BASE="http://127.0.0.1:$APP_PORT"
WRITERS="${BENCH_WRITERS:-8}"
SECONDS_TIMED="${BENCH_WRITE_SECONDS:-20}"
WARMUP="${BENCH_WRITE_WARMUP:-10}"
NAME="write-rate-$SCALE"
APP_LOG="$OUT_DIR/app-$NAME.log"
EVENTS="$OUT_DIR/events-$NAME.txt"
RESULTS="$OUT_DIR/$NAME.md"

# CPU is read from /proc of the cluster's own processes: only the throwaway cluster will do.
external_db && die "the write rate is measured on the data set's own cluster; unset SPRING_DATASOURCE_URL"
[ -s "$(pgdata_for "$SCALE")/PG_VERSION" ] || die "no data set of $SCALE posts: run bench/generate.sh $SCALE first"

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
}
trap cleanup EXIT

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port_free "$BENCH_PG_PORT" || die "port $BENCH_PG_PORT is taken: set BENCH_PG_PORT"
port_free "$APP_PORT" || die "port $APP_PORT is taken: set BENCH_APP_PORT"

snapshot_jar "$NAME"
PG_DRIVER=$(ls "$JAR_DIR"/lib/postgresql-*.jar | head -n 1)
start_pg "$SCALE"
LOAD=$(cut -d ' ' -f 1-3 /proc/loadavg)

log "starting the site on $BASE (log: $APP_LOG)"
mkdir -p "$OUT_DIR/$NAME-data"
INKWELL_LIMIT_POSTING=100000/1h INKWELL_LIMIT_POSTING_PER_ADDRESS=100000/1h INKWELL_LIMIT_COMMENTS=100000/1m \
INKWELL_LIMIT_COMMENTS_PER_ADDRESS=100000/1m INKWELL_LIMIT_REGISTRATION=1000/1h INKWELL_COMMENT_MIN_FORM_TIME=0s \
INKWELL_MANAGEMENT_PORT=-1 INKWELL_DATA_DIR="$OUT_DIR/$NAME-data" \
SPRING_DATASOURCE_URL="$BENCH_JDBC_URL" SPRING_DATASOURCE_USERNAME="$BENCH_JDBC_USER" \
SPRING_DATASOURCE_PASSWORD="$BENCH_JDBC_PASSWORD" INKWELL_DEMO=false SERVER_PORT="$APP_PORT" INKWELL_BASE_URL="$BASE" \
  java -Xmx512m -jar "$JAR_DIR/inkwell.jar" --server.address=127.0.0.1 >"$APP_LOG" 2>&1 &
APP_PID=$!
wait_for_site "$APP_PID" "$APP_LOG" "$BASE"
log "site up after ${SITE_UP_AFTER} s; $WRITERS writers sign up, then ${WARMUP} s warm-up, ${SECONDS_TIMED} s timed writes, ${SECONDS_TIMED} s page reads"

CLASSES="$OUT_DIR/$NAME-classes"
rm -rf "$CLASSES" && mkdir -p "$CLASSES"
javac -d "$CLASSES" "$BENCH_DIR/FaultDrill.java" "$BENCH_DIR/WriteRate.java"
: >"$EVENTS"
rm -f "$OUT_DIR/$NAME.results"
java -cp "$CLASSES:$PG_DRIVER" WriteRate base="$BASE" events="$EVENTS" results="$OUT_DIR/$NAME.results" \
  writers="$WRITERS" seconds="$SECONDS_TIMED" warmup-seconds="$WARMUP" read-seconds="$SECONDS_TIMED" \
  posts="${BENCH_WRITE_POSTS:-1000}" jdbc="$BENCH_JDBC_URL" jdbc-user="$BENCH_JDBC_USER" \
  jdbc-password="$BENCH_JDBC_PASSWORD" &
LOAD_PID=$!

record() { echo "$1 $(date +%s%3N)" >>"$EVENTS"; }
wait_event() {
  until grep -q "^$1 " "$EVENTS"; do
    kill -0 "$LOAD_PID" 2>/dev/null || { wait "$LOAD_PID" || true; LOAD_PID=""; die "the load ended before $1 (see above)"; }
    sleep 0.02
  done
}
lsn() { psql_q -c "select pg_current_wal_lsn()"; }
# One measured phase of the load: CPU ticks of the app and of the cluster, and the WAL position, before and after.
# The WAL position is read outside the CPU readings, so that psql's own backend is not counted.
measure() {
  local phase="$1"
  wait_event "$phase-ready"
  LSN_BEFORE=$(lsn)
  APP_BEFORE=$(cpu_ticks "$APP_PID"); PG_BEFORE=$(cpu_ticks $(pg_pids))
  record "$phase-go"
  wait_event "$phase-done"
  APP_TICKS=$(( $(cpu_ticks "$APP_PID") - APP_BEFORE )); PG_TICKS=$(( $(cpu_ticks $(pg_pids)) - PG_BEFORE ))
  WAL_BYTES=$(psql_q -c "select pg_wal_lsn_diff(pg_current_wal_lsn(), '$LSN_BEFORE')")
  record "$phase-measured"
}
# The timed writes' statements (pg_stat_statements, which lib.sh's cluster loads): reset as the writes begin.
wait_event writes-ready
psql_q -c "select pg_stat_statements_reset()" >/dev/null
measure writes
W_APP_TICKS=$APP_TICKS; W_PG_TICKS=$PG_TICKS; W_WAL=$WAL_BYTES
STATEMENTS="$OUT_DIR/$NAME-statements.txt"
psql -X -v ON_ERROR_STOP=1 -Atq -F ' | ' -c "select sum(calls), round(sum(total_exec_time)::numeric, 1) from pg_stat_statements
  where query not like '%pg_stat_statements%'" >"$STATEMENTS"
psql -X -v ON_ERROR_STOP=1 -Atq -F ' | ' -c "select calls, round(total_exec_time::numeric, 1), rows,
  left(regexp_replace(query, '\s+', ' ', 'g'), 200) from pg_stat_statements where query not like '%pg_stat_statements%'
  order by total_exec_time desc limit 25" >>"$STATEMENTS"
log "timed writes done; the writers read post pages for ${SECONDS_TIMED} s"
measure reads
R_APP_TICKS=$APP_TICKS; R_PG_TICKS=$PG_TICKS
STATUS=0
wait "$LOAD_PID" || STATUS=$?
LOAD_PID=""
[ "$STATUS" = 0 ] && [ -s "$OUT_DIR/$NAME.results" ] || die "the load failed (exit status $STATUS)"

result() { awk -v k="$1" '$1 == k { sub(/^[^ ]+ /, ""); print }' "$OUT_DIR/$NAME.results"; }
ACKED=$(result acknowledged); READS=$(result page_reads)
(( ACKED > 0 )) || die "no write was acknowledged: $(result failed_by_answer)"
TICK=$(getconf CLK_TCK)
per() { awk -v t="$1" -v hz="$TICK" -v n="$2" 'BEGIN { printf "%.2f", t * 1000 / hz / n }'; }
APP_MS=$(per "$W_APP_TICKS" "$ACKED"); PG_MS=$(per "$W_PG_TICKS" "$ACKED")
READ_APP_MS=$(per "$R_APP_TICKS" "$READS"); READ_PG_MS=$(per "$R_PG_TICKS" "$READS")
PG_WRITE_ONLY_MS=$(awk -v w="$PG_MS" -v r="$READ_PG_MS" 'BEGIN { printf "%.2f", w - r }')
PER_CORE=$(awk -v ms="$PG_MS" 'BEGIN { printf "%.0f", 1000 / ms }')
PER_CORE_WRITE_ONLY=$(awk -v ms="$PG_WRITE_ONLY_MS" 'BEGIN { if (ms > 0) printf "%.0f", 1000 / ms; else printf "n/a" }')
read -r SQL_CALLS SQL_MS < <(head -n 1 "$STATEMENTS" | tr -d '|')
SQL_PER_WRITE=$(awk -v c="$SQL_CALLS" -v n="$ACKED" 'BEGIN { printf "%.1f", c / n }')
SQL_MS_PER_WRITE=$(awk -v t="$SQL_MS" -v n="$ACKED" 'BEGIN { printf "%.2f", t / n }')
WAL_PER_WRITE=$(awk -v b="$W_WAL" -v n="$ACKED" 'BEGIN { printf "%.0f", b / n }')

{
  echo "# Inkwell write rate: $SCALE posts ($(date -u +%Y-%m-%dT%H:%MZ))"
  echo
  echo "$(result writers) signed-in writers post comments as fast as they get answers, spread over $(result posts) published posts picked at random; each write is the post page (GET, rendered for its writer) and then its comment form's POST. ${WARMUP} s warm-up, then $(result seconds) s timed. App -Xmx512m; $(nproc) cores shared by the app, PostgreSQL and the writers (load average before the run: $LOAD)."
  echo "Acknowledged: the POST redirected to the post's page at \`#comment-<id>\`, which the site sends for a shown and for a held comment alike. In the database, the timed writes are (status/why held): $(result stored)."
  echo "CPU: utime+stime from /proc before/after the timed part (the app's process; all the cluster's processes, with those that ended meanwhile), / acknowledged writes. WAL: pg_current_wal_lsn() difference / acknowledged writes; it includes the full-page image of every page first changed since the last checkpoint, so a short run over many pages shows more bytes per write than a long one."
  echo
  echo "| figure | value |"
  echo "|---|---:|"
  echo "| acknowledged comment writes/s | $(result rate) |"
  echo "| POST latency p50 / p99 / max, ms | $(result p50_ms) / $(result p99_ms) / $(result max_ms) |"
  echo "| writes tried / acknowledged / failed | $(result tried) / $ACKED / $(result failed) |"
  echo "| failed writes by answer | $(result failed_by_answer) |"
  echo "| app CPU ms per write (page + POST) | $APP_MS |"
  echo "| PostgreSQL CPU ms per write (page + POST) | $PG_MS |"
  echo "| SQL statements per write (page + POST and all else meanwhile) / their execution ms | $SQL_PER_WRITE / $SQL_MS_PER_WRITE |"
  echo "| WAL bytes per write | $WAL_PER_WRITE |"
  echo "| **writes per second per core of the primary** (1000 / PostgreSQL CPU ms per write) | **$PER_CORE** |"
  echo
  echo "The page read alone, the same writers for ${SECONDS_TIMED} s: $(result page_read_rate) pages/s, app $READ_APP_MS and PostgreSQL $READ_PG_MS CPU ms per page."
  echo "PostgreSQL CPU ms per write without its page read: $PG_WRITE_ONLY_MS, that is $PER_CORE_WRITE_ONLY writes per second per core of the primary when the page reads are served by replicas."
  echo "Statements of the timed writes by execution time (calls | ms | rows | statement): bench/out/$NAME-statements.txt"
} | tee "$RESULTS"
