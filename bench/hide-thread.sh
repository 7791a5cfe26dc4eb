#!/usr/bin/env bash
# Times "Hide thread" (and "Show thread") of one thread of 2,000 comments on a benchmark data set: the one
# statement the site runs over the thread's path prefix, with the trigger that keeps the post's comment count.
#
#   bench/generate.sh 1000000      # the data set, once
#   bench/hide-thread.sh 1000000   # writes bench/out/hide-thread-1000000.md
#
# The thread is made once per data set (bench/sql/hide-thread-setup.sql: a top-level comment and 1,999 replies
# beneath it, on the published post with the most comments, written through the site's triggers) and reused.
# Each run hides the thread and shows it again, each in a transaction of its own as the site's moderation command
# runs it (the thread's first comment locked FOR UPDATE, then the UPDATE as a prepared statement: the JDBC driver
# prepares on the server after five executions), committed, so the data set ends as it began. EXPLAIN (ANALYZE,
# BUFFERS) times each UPDATE, the statement trigger that keeps the post's comment count included. (Both in one
# transaction would time the show with foreign-key checks a real show never makes: PostgreSQL re-checks the keys
# of rows the same transaction wrote.) Knobs:
# BENCH_HIDE_THREAD_SIZE (2000), BENCH_HIDE_RUNS (11), and those of lib.sh (SPRING_DATASOURCE_URL, BENCH_PG_PORT).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

SCALE="${1:?usage: bench/hide-thread.sh POSTS}"
SIZE="${BENCH_HIDE_THREAD_SIZE:-2000}"
RUNS="${BENCH_HIDE_RUNS:-11}"
RESULT="$OUT_DIR/hide-thread-$SCALE.md"
PLANS="$OUT_DIR/hide-thread-$SCALE-plans.txt"

trap stop_pg EXIT
if ! external_db && [ ! -s "$(pgdata_for "$SCALE")/PG_VERSION" ]; then
  die "no data set of $SCALE posts: run bench/generate.sh $SCALE first"
fi
open_db "$SCALE"

log "making (or finding) a thread of $SIZE comments"
read -r POST ROOT ROOT_PATH THREAD DEPTH < <(psql -X -v ON_ERROR_STOP=1 -Atq -F ' ' -v thread_size="$SIZE" \
  -f "$BENCH_DIR/sql/hide-thread-setup.sql" | tail -n 1)
[ -n "${ROOT:-}" ] || die "no thread was made (is there a published post with comments?)"
log "thread $ROOT on post $POST: $THREAD comments, $DEPTH levels below its first"

# The statements of ModerationMapper.xml (hideThread, showThread): keep them in step.
PREPARE="
prepare hide_thread(uuid, text, uuid) as
  update comments set hidden_root_id = \$3
   where post_id = \$1 and path >= \$2 and path < \$2 || '~' and path like \$2 || '%' and hidden_root_id is null;
prepare show_thread(uuid, text, uuid) as
  update comments set hidden_root_id = null
   where post_id = \$1 and path >= \$2 and path < \$2 || '~' and path like \$2 || '%' and hidden_root_id = \$3;"
ARGS="'$POST', '$ROOT_PATH', '$ROOT'"
SCRIPT="$PREPARE"
for i in $(seq 1 "$RUNS"); do
  for statement in hide show; do
    SCRIPT+="
begin;
select 1 from comments where id = '$ROOT' for update;
\\echo $statement $i
explain (analyze, buffers) execute ${statement}_thread($ARGS);
commit;"
  done
done

log "$RUNS runs of hide and show, each in a transaction of its own"
printf '%s\n' "$SCRIPT" | psql -X -v ON_ERROR_STOP=1 -Atq -f - >"$PLANS"
COUNTED_BEFORE=$(psql_q -c "select comments from post_comment_counts where post_id = '$POST'")

# Execution times in ms, per statement, in run order.
times() { awk -v what="$1" '$1 == "hide" || $1 == "show" { current = $1 } /Execution Time:/ && current == what { print $3 }' "$PLANS"; }
stats() { sort -n | awk '{ v[NR] = $1 } END { printf "%.2f | %.2f | %.2f", v[1], v[int((NR + 1) / 2)], v[NR] }'; }
HIDE=$(times hide | stats)
SHOW=$(times show | stats)

{
  echo "# Hiding a thread of $THREAD comments, $SCALE posts"
  echo
  echo "$(date -u +%Y-%m-%dT%H:%M:%SZ), PostgreSQL $(psql_q -c 'show server_version'), $(nproc) cores;"
  echo "post $POST ($COUNTED_BEFORE comments counted), thread $ROOT ($THREAD comments, $DEPTH levels deep)."
  echo
  echo "| statement | min ms | median ms | max ms |"
  echo "|---|---|---|---|"
  echo "| Hide thread (one UPDATE over the path prefix, count trigger included) | $HIDE |"
  echo "| Show thread | $SHOW |"
  echo
  echo "$RUNS runs of hide, then show, each committed in a transaction of its own after the root's FOR UPDATE;"
  echo "times are EXPLAIN (ANALYZE, BUFFERS) execution times of the prepared statements (plans: $(basename "$PLANS"))."
} >"$RESULT"
cat "$RESULT" >&2
