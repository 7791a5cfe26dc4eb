#!/usr/bin/env bash
# Fills a PostgreSQL with the benchmark data set at a chosen scale (number of posts).
#
#   bench/generate.sh 10000            # a throwaway cluster in bench/out/pgdata-10000 (recreated)
#   SPRING_DATASOURCE_URL=jdbc:postgresql://host:5432/db SPRING_DATASOURCE_USERNAME=u \
#   SPRING_DATASOURCE_PASSWORD=p bench/generate.sh 10000 [--reset]   # an existing database
#
# Per 1,000 posts: 100 users, ~5,000 comments, 2 tags (at least 100 in all), ~2,400 revisions; always 50 categories.
# The schema comes from the Flyway migrations inside web-app/target/inkwell.jar (BENCH_JAR to use another jar).
# An external database must be empty, or is wiped (schema public dropped) with --reset.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

SCALE="${1:?usage: bench/generate.sh POSTS [--reset]}"
RESET="${2:-}"
[[ "$SCALE" =~ ^[0-9]+$ ]] && [ "$SCALE" -ge 100 ] || die "POSTS must be a number >= 100"
USERS=$(( SCALE / 10 ))
TAGS=$(( SCALE / 500 > 100 ? SCALE / 500 : 100 ))

trap stop_pg EXIT
T0=$(date +%s.%N)
snapshot_jar "$SCALE"

if external_db; then
  use_external_pg
  if [ "$(psql_q -c "select count(*) from pg_tables where schemaname = 'public' and tablename = 'posts'")" = 1 ] &&
     [ "$(psql_q -c "select exists (select 1 from posts) or exists (select 1 from users)")" = t ]; then
    [ "$RESET" = --reset ] || die "the database already holds data; pass --reset to wipe it"
    log "wiping schema public of the configured database"
    psql_q -c "drop schema public cascade" -c "create schema public"
  fi
else
  # Our own cluster: start from a new database every time, so a failed run leaves nothing behind.
  start_pg "$SCALE"
  psql_q -d postgres -c "drop database if exists inkwell" -c "create database inkwell"
  psql_q -c "set client_min_messages = warning" -c "create extension if not exists pg_stat_statements"
fi
migrate

PSQL=(psql -X -v ON_ERROR_STOP=1 -v posts="$SCALE" -v users="$USERS" -v tags="$TAGS" -v nwords="$(wc -l <"$BENCH_DIR/words.txt")"
      -c "set synchronous_commit = off" -c "set maintenance_work_mem = '512MB'" -c "set work_mem = '64MB'")

# Runs one SQL file (extra psql -v settings after it), printing its time and rows per second.
step() {
  local name="$1" file="$2"; shift 2
  local t0 t1 out rows secs
  t0=$(date +%s.%N)
  out=$("${PSQL[@]}" -f "$BENCH_DIR/sql/$file" "$@" 2>&1) || { echo "$out" >&2; die "step $name failed"; }
  t1=$(date +%s.%N)
  rows=$(echo "$out" | awk '/^(INSERT|UPDATE|COPY|SELECT) [0-9]/{ n += $NF } END { print n + 0 }')
  awk -v n="$name" -v r="$rows" -v s="$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')" \
    'BEGIN { printf "[bench] %-28s %10d rows %8.1f s %10.0f rows/s\n", n, r, s, (s > 0 ? r / s : 0) }' >&2
}

log "generating $SCALE posts, $USERS users, 50 categories, $TAGS tags, ~$(( SCALE * 5 )) comments"
step "word list" 00-prepare.sql -c "\\copy bench.words (w) from '$BENCH_DIR/words.txt'"
step "sentence/paragraph pools" 01-pools.sql
step "drop secondary indexes" 05-drop-indexes.sql
step "users and categories" 10-users.sql
step "post titles, slugs, dates" 20-post-meta.sql
# The big steps run as batches of posts (by number), $JOBS sessions at a time: one core each.
JOBS="${BENCH_JOBS:-$(nproc)}"
batches() {
  local name="$1" file="$2" size="$3"; shift 3
  local t0 t1 lo hi rows=0 dir
  dir=$(mktemp -d)
  t0=$(date +%s.%N)
  for ((lo = 1; lo <= SCALE; lo += size)); do
    hi=$(( lo + size - 1 < SCALE ? lo + size - 1 : SCALE ))
    while [ "$(jobs -rp | wc -l)" -ge "$JOBS" ]; do sleep 0.2; done
    ( "${PSQL[@]}" -f "$BENCH_DIR/sql/$file" -v lo="$lo" -v hi="$hi" "$@" >"$dir/$lo.out" 2>&1 || touch "$dir/$lo.failed"
      [ "$size" -lt "$SCALE" ] && [ "$file" = 30-posts.sql ] && log "  posts $lo-$hi done" ) &
  done
  wait
  if ls "$dir"/*.failed >/dev/null 2>&1; then cat "$dir"/*.out >&2; die "step $name failed"; fi
  rows=$(cat "$dir"/*.out | awk '/^(INSERT|UPDATE|COPY|SELECT) [0-9]/{ n += $NF } END { print n + 0 }')
  rm -rf "$dir"
  t1=$(date +%s.%N)
  awk -v n="$name" -v r="$rows" -v s="$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')" \
    'BEGIN { printf "[bench] %-28s %10d rows %8.1f s %10.0f rows/s\n", n, r, s, (s > 0 ? r / s : 0) }' >&2
}
POST_BATCH=$(( SCALE < 200000 ? (SCALE + JOBS - 1) / JOBS : 100000 ))
batches "posts" 30-posts.sql "$POST_BATCH"
step "post categories" 40-post-categories.sql
step "tags and post tags" 41-post-tags.sql
step "comments setup" 49-comments-setup.sql
COMMENT_BATCH=$(( (SCALE + JOBS - 1) / JOBS ))
batches "comments depth 1" 50-comments-roots.sql "$COMMENT_BATCH"
step "  counted" 52-level-count.sql -v depth=1
SHARES=(0 0.40 0.25 0.15 0.08 0.05 0.03 0.02 0.02)
for depth in 2 3 4 5 6 7 8; do
  batches "comments depth $depth" 51-comments-level.sql "$COMMENT_BATCH" -v depth="$depth" -v share="${SHARES[$depth]}"
  [ "$depth" = 8 ] || step "  counted" 52-level-count.sql -v depth="$depth"
done
step "views of the last 7 days" 60-view-counts.sql
batches "revisions" 70-revisions.sql "$POST_BATCH"
step "pending and scheduled posts" 71-workflow-statuses.sql

log "rebuilding secondary indexes"
t0=$(date +%s)
psql_q -c "set maintenance_work_mem = '512MB'" -c "select def from bench.saved_indexes" | while read -r def; do
  psql_q -c "set maintenance_work_mem = '512MB'" -c "$def"
done
log "indexes rebuilt in $(( $(date +%s) - t0 )) s"
step "deleted comments, counters" 90-finish.sql
psql_q -c "set client_min_messages = warning" -c "drop schema bench cascade"

log "invariants (each must be 0):"
psql_q -f "$BENCH_DIR/sql/95-check.sql" | tee "$OUT_DIR/check-$SCALE.txt" >&2
if grep -qv ': 0$' "$OUT_DIR/check-$SCALE.txt"; then die "an invariant does not hold"; fi

log "vacuum analyze"
t0=$(date +%s)
psql_q -c "vacuum analyze"
log "vacuum analyze took $(( $(date +%s) - t0 )) s"

psql_q -c "select 'rows: ' || (select count(*) from users) || ' users, ' || (select count(*) from posts) || ' posts, '
  || (select count(*) from categories) || ' categories, ' || (select count(*) from post_categories) || ' post categories, '
  || (select count(*) from tags) || ' tags, ' || (select count(*) from post_tags) || ' post tags, '
  || (select count(*) from comments) || ' comments (max depth ' || (select max(length(path) / 7) from comments) || '), '
  || (select count(*) from revisions) || ' revisions (' || pg_size_pretty(pg_total_relation_size('revisions')) || '), '
  || pg_size_pretty(pg_database_size(current_database()))" >&2
# Tables other contexts add later and the generator does not fill: say so rather than hide it.
psql_q -c "select string_agg(relname, ', ') from pg_stat_user_tables
            where schemaname = 'public' and n_live_tup = 0
              and relname not in ('flyway_schema_history', 'post_slug_history', 'tag_slug_history')" |
  sed -n 's/^\(..*\)$/[bench] empty tables (not generated): \1/p' >&2
awk -v n="$SCALE" -v a="$T0" -v b="$(date +%s.%N)" 'BEGIN { printf "[bench] data set of %s posts generated in %.0f s\n", n, b - a }' >&2
