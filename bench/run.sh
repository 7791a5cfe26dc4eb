#!/usr/bin/env bash
# Benchmarks the site on the data set of one scale (made first with bench/generate.sh POSTS).
#
#   bench/run.sh 10000          # 20 s per route at 32 connections, after a 5 s warm-up
#   bench/run.sh 10000 --ci     # 3 s per route; asserts HTTP 200 and the statement budgets
#   BENCH_ROUTES='long-tail|signed in' bench/run.sh 10000   # only the routes whose names match (grep -E)
#   BENCH_COMMON_WORD=content BENCH_RARE_WORD=prepare bench/run.sh 10000   # the search words, not picked from the data
#   BENCH_WARM_MIN=120 bench/run.sh 10000   # warm each route at least 120 s, not only the first 3,000 requests
#
# Besides fixed URLs it measures the long-tail route (each request a different published post, Zipf-distributed
# over all of them: bench/long-tail.lua over the slugs exported to bench/out/slugs-POSTS.txt) and signed-in
# variants of /, a post page and a search, with the session of a reader account whose password this run sets
# (bcrypt through pgcrypto; the generated accounts have none), which the page cache never serves.
#
# Starts the site's jar (web-app/target/inkwell.jar, or BENCH_JAR) in its production
# configuration on 127.0.0.1:${BENCH_APP_PORT:-18080} (operations port ${BENCH_MANAGEMENT_PORT:-18081}) with
# -Xmx512m against the benchmark
# database (the throwaway cluster, or SPRING_DATASOURCE_URL), drives each route with wrk, and
# writes bench/out/results-POSTS.md and bench/out/explain-POSTS.txt (results-POSTS-uncached.md with
# INKWELL_PAGE_CACHE_TTL=0, every request rendering). Stops all it started.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

SCALE="${1:?usage: bench/run.sh POSTS [--ci]}"
MODE="${2:-full}"
APP_PORT="${BENCH_APP_PORT:-18080}"
MANAGEMENT_PORT="${BENCH_MANAGEMENT_PORT:-18081}"
BASE="http://127.0.0.1:$APP_PORT"
MANAGEMENT="http://127.0.0.1:$MANAGEMENT_PORT"
if [ "$MODE" = --ci ]; then WARM=1; WARM_MAX=1; WARM_REQUESTS=0; DURATION=3; SQL_SAMPLE=5
else WARM=5; WARM_MAX=60; WARM_REQUESTS=3000; DURATION=20; fi
# At least this many seconds of warm-up per route: the default stops after 3,000 requests (10-20 s on a rendered
# page), while the JIT may still be compiling the page's code; BENCH_WARM_MIN=120 warms longer.
WARM_MIN="${BENCH_WARM_MIN:-0}"
[ "$WARM_MIN" -gt "$WARM_MAX" ] && WARM_MAX="$WARM_MIN"
SQL_SAMPLE="${SQL_SAMPLE:-20}"
LISTING_BUDGET=6
POST_BUDGET=8
# A signed-in page also reads its session by primary key, once (web-app's StoredSessions answers Spring Session's
# second read of a request from memory), and writes its time of last access at most once a minute.
SESSION_STATEMENTS=1
# Serving a stored image is one primary-key read of its bytes.
IMAGE_BUDGET=1
# The admin the site makes at start-up, who uploads the image route's photo (a fresh password each run).
BENCH_ADMIN_EMAIL="bench-admin@example.com"
BENCH_ADMIN_PASSWORD="bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"

APP_PID=""
cleanup() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"
    for _ in $(seq 1 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$APP_PID" 2>/dev/null || true
  fi
  stop_pg
}
trap cleanup EXIT

command -v wrk >/dev/null || {
  [ "$(id -u)" = 0 ] || die "wrk is missing: apt-get install wrk"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
}

if ! external_db && [ ! -s "$(pgdata_for "$SCALE")/PG_VERSION" ]; then
  die "no data set of $SCALE posts: run bench/generate.sh $SCALE first"
fi
snapshot_jar "$SCALE"
open_db "$SCALE"
[ "$(psql_q -c "select count(*) from posts")" -gt 0 ] || die "the benchmark database holds no posts"
HAVE_PGSS=$(psql_q -c "select count(*) from pg_extension where extname = 'pg_stat_statements'")

# --- what to request: the heaviest category and tag, posts with ~200 and the most comments, the most
# prolific author, a word in ~10% of published posts and one in a few hundred per million.
CATEGORY=$(psql_q -c "select slug from categories order by post_count desc, slug limit 1")
TAG=$(psql_q -c "select slug from tags order by post_count desc, slug limit 1")
POST_200=$(psql_q -c "select p.slug from posts p join (select post_id, count(*) n from comments group by post_id) c
                        on c.post_id = p.id where p.status = 'published' order by abs(c.n - 200), p.slug limit 1")
POST_MAX=$(psql_q -c "select p.slug || ' ' || c.n from posts p join (select post_id, count(*) n from comments group by post_id) c
                        on c.post_id = p.id where p.status = 'published' order by c.n desc limit 1")
POST_MAX_COMMENTS=${POST_MAX##* }; POST_MAX=${POST_MAX%% *}
AUTHOR=$(psql_q -c "select author_id from posts where status = 'published' group by author_id order by count(*) desc, author_id limit 1")
PUBLISHED=$(psql_q -c "select count(*) from posts where status = 'published'")
read -r COMMON RARE < <(psql -X -v ON_ERROR_STOP=1 -Atq -F ' ' \
  -c "create temp table w (w text)" -c "\\copy w from '$BENCH_DIR/words.txt'" -c "
  with sample as (select * from ts_stat(\$\$select search_vector from post_search tablesample bernoulli
                    ($(( SCALE > 20000 ? 2000000 / SCALE : 100 ))) repeatable (7)\$\$)),
       total as (select count(*)::float8 n from posts tablesample bernoulli
                    ($(( SCALE > 20000 ? 2000000 / SCALE : 100 ))) repeatable (7) where status = 'published'),
       words as (select distinct on (l) l, w.w from w, lateral unnest(tsvector_to_array(to_tsvector('english', w.w))) l
                  order by l, length(w.w))
  select (select words.w from sample join words on words.l = sample.word, total
           order by abs(ndoc / total.n - 0.10), words.w limit 1),
         (select words.w from sample join words on words.l = sample.word, total
           order by abs(ndoc - greatest(2, 0.00045 * total.n)), words.w limit 1)")
# The picks drift between runs (scheduled posts go out and the sample changes): to compare builds on the same
# words, name them.
COMMON="${BENCH_COMMON_WORD:-$COMMON}"; RARE="${BENCH_RARE_WORD:-$RARE}"
log "category $CATEGORY, tag $TAG, posts $POST_200 (~200 comments) and $POST_MAX ($POST_MAX_COMMENTS comments), author $AUTHOR, words '$COMMON' and '$RARE'"

# --- the long tail: every published post's slug, newest first (the Zipf ranks); the statements and the plan
# are sampled on the post at rank 1,000.
SLUGS="$OUT_DIR/slugs-$SCALE.txt"
psql_q -c "\\copy (select slug from posts where status = 'published' order by published_at desc, id desc) to '$SLUGS'"
LONG_TAIL_SAMPLE=$(sed -n "$(( PUBLISHED < 1000 ? PUBLISHED : 1000 ))p" "$SLUGS")

# --- a reader to sign in as: an active, confirmed account of role user, given a password for this run.
READER_PASSWORD="reader-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
READER_EMAIL=$(psql_q -c "create extension if not exists pgcrypto" -c "
  update users set password_hash = '{bcrypt}' || crypt('$READER_PASSWORD', gen_salt('bf', 10))
   where id = (select id from users where role = 'user' and status = 'active' and email_verified
                order by created_at, id limit 1)
  returning email" 2>/dev/null | tail -n 1 || true)
# The site makes its admin only on a database without one: on a data set used before, give that admin this run's
# password, or the image route's upload cannot sign in.
psql_q -c "update users set password_hash = '{bcrypt}' || crypt('$BENCH_ADMIN_PASSWORD', gen_salt('bf', 10))
           where email = '$BENCH_ADMIN_EMAIL'" 2>/dev/null || true
log "long tail over $(wc -l <"$SLUGS") slugs (statements sampled on $LONG_TAIL_SAMPLE); signed-in routes as ${READER_EMAIL:-nobody (pgcrypto missing)}"

# --- the site
APP_LOG="$OUT_DIR/app-$SCALE.log"
log "starting the site (log: $APP_LOG)"
SPRING_DATASOURCE_URL="$BENCH_JDBC_URL" SPRING_DATASOURCE_USERNAME="$BENCH_JDBC_USER" \
SPRING_DATASOURCE_PASSWORD="$BENCH_JDBC_PASSWORD" INKWELL_DEMO=false SERVER_PORT="$APP_PORT" \
INKWELL_MANAGEMENT_PORT="$MANAGEMENT_PORT" INKWELL_BASE_URL="$BASE" \
INKWELL_ADMIN_EMAIL="$BENCH_ADMIN_EMAIL" INKWELL_ADMIN_PASSWORD="$BENCH_ADMIN_PASSWORD" \
  java -Xmx512m -jar "$JAR_DIR/inkwell.jar" --server.address=127.0.0.1 >"$APP_LOG" 2>&1 &
APP_PID=$!
wait_for_site "$APP_PID" "$APP_LOG" "$BASE"
log "site up after ${SITE_UP_AFTER} s"

# Empties the site's page cache through the operations port, so that the next request of a page renders it.
empty_page_cache() {
  local code
  code=$(curl -s -o /dev/null -w '%{http_code}' -X DELETE "$MANAGEMENT/actuator/pagecache" || true)
  [ "$code" = 204 ] || die "emptying the page cache at $MANAGEMENT/actuator/pagecache answered HTTP $code"
}
for i in $(seq 1 30); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$MANAGEMENT/actuator/health" || true)" = 200 ] && break
  [ "$i" = 30 ] && die "the operations port $MANAGEMENT_PORT did not answer within 30 s"
  sleep 1
done
empty_page_cache

# --- the listing at depth: the site's own next link of page 1, moved to the row at that depth.
DEPTH=$(( PUBLISHED - 20 < 100000 ? PUBLISHED - 20 : 100000 ))
DEEP_PAGE=$(( DEPTH / 20 > 1 ? DEPTH / 20 : 1 ))
NEXT=$(curl -s "$BASE/" | grep -o '<a [^>]*rel="next"[^>]*>' | head -n 1 | sed -n 's/.*href="\([^"]*\)".*/\1/p' | sed 's/&amp;/\&/g')
DEEP_URL="${BENCH_DEEP_URL:-}"
DEEP_NOTE=""
if [ -z "$DEEP_URL" ]; then
  if [ -z "$NEXT" ] || [[ "$NEXT" =~ ^/?\?page=[0-9]+$ ]]; then
    DEEP_URL="/?page=$DEEP_PAGE"; DEEP_NOTE="offset paging"
  else
    # The row the link continues after: the id it names, else the last row of a 20-post page.
    LINK_ID=$(grep -oE '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}' <<<"$NEXT" | head -n 1 || true)
    if [ -n "$LINK_ID" ]; then
      read -r US1 ID1 < <(psql_q -F ' ' -c "select (extract(epoch from published_at) * 1000000)::bigint, id from posts
                            where id = '$LINK_ID'")
    else
      read -r US1 ID1 < <(psql_q -F ' ' -c "select (extract(epoch from published_at) * 1000000)::bigint, id from posts
                            where status = 'published' order by published_at desc, id desc offset 19 limit 1")
    fi
    read -r US2 ID2 < <(psql_q -F ' ' -c "select (extract(epoch from published_at) * 1000000)::bigint, id from posts
                          where status = 'published' order by published_at desc, id desc offset $(( DEPTH - 1 )) limit 1")
    DEEP_URL=$(python3 "$BENCH_DIR/deep_url.py" "$NEXT" "$US1" "$ID1" "$US2" "$ID2" 2>/dev/null || true)
    if [ -n "$DEEP_URL" ]; then DEEP_NOTE="keyset"; else
      DEEP_URL="/?page=$DEEP_PAGE"; DEEP_NOTE="next link $NEXT not understood: set BENCH_DEEP_URL"
    fi
  fi
fi
log "listing at depth $DEPTH: $DEEP_URL ($DEEP_NOTE)"

# Signs in through the login form with cookie jar JAR (made afresh).
sign_in() {
  local email="$1" password="$2" jar="$3" token
  rm -f "$jar"
  token=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "email=$email" \
    --data-urlencode "password=$password" --data-urlencode "_csrf=$token" "$BASE/login"
}

# --- the image route: one photo uploaded through the library as an admin would, its 960-pixel size served.
# The admin is made by the site at start-up (INKWELL_ADMIN_EMAIL); a photo already stored is found again.
upload_photo() {
  local jar="$OUT_DIR/cookies-$SCALE.txt" photo="$OUT_DIR/bench-photo.jpg" token location
  [ -f "$photo" ] || java "$BENCH_DIR/MakePhoto.java" "$photo" 2400 1600
  sign_in "$BENCH_ADMIN_EMAIL" "$BENCH_ADMIN_PASSWORD" "$jar"
  token=$(curl -s -c "$jar" -b "$jar" "$BASE/admin/media" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
  location=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" -H 'Accept: text/html' \
    -F "image=@$photo;type=image/jpeg" -F "altText=A harbour at dusk" -F "_csrf=$token" "$BASE/admin/media")
  [ -n "$location" ] || return 0
  curl -s -b "$jar" "$location" | grep -o '/media/[0-9a-f]\{64\}/960/[a-z0-9.-]*' | head -n 1
}
IMAGE_URL=$(upload_photo || true)
[ -n "$IMAGE_URL" ] || IMAGE_URL="/media/upload-failed/960/photo.jpg"
log "image route: $IMAGE_URL"

# The reader's cookies as one Cookie header (curl's jar marks HttpOnly cookies with a #HttpOnly_ prefix).
READER_COOKIE=""
if [ -n "$READER_EMAIL" ]; then
  sign_in "$READER_EMAIL" "$READER_PASSWORD" "$OUT_DIR/reader-cookies-$SCALE.txt"
  READER_COOKIE=$(sed 's/^#HttpOnly_//' "$OUT_DIR/reader-cookies-$SCALE.txt" | awk -F '\t' 'NF == 7 && $1 !~ /^#/ { printf "%s%s=%s", sep, $6, $7; sep = "; " }')
  [ "$(curl -s -H "Cookie: $READER_COOKIE" "$BASE/account" -o /dev/null -w '%{http_code}')" = 200 ] || READER_COOKIE=""
fi
[ -n "$READER_COOKIE" ] || log "the reader could not sign in: the signed-in routes will fail"

# name|budget|path|how: "" a plain GET, "signed-in" with the reader's session, "long-tail" a Zipf-drawn post per request
# (path is then the post the statements are sampled on)
ROUTES=(
  "/ page 1|$LISTING_BUDGET|/"
  "/ at depth $DEPTH (page $DEEP_PAGE)|$LISTING_BUDGET|$DEEP_URL"
  "category page|$LISTING_BUDGET|/categories/$CATEGORY"
  "tag page|$LISTING_BUDGET|/tags/$TAG"
  "/tags|$LISTING_BUDGET|/tags"
  "post, ~200 comments|$POST_BUDGET|/posts/$POST_200"
  "post, $POST_MAX_COMMENTS comments|$POST_BUDGET|/posts/$POST_MAX"
  "search common word ($COMMON)|$LISTING_BUDGET|/search?q=$COMMON"
  "search rare word ($RARE)|$LISTING_BUDGET|/search?q=$RARE"
  "/trending|$LISTING_BUDGET|/trending"
  "author page|$LISTING_BUDGET|/authors/$AUTHOR"
  "/feed.xml|$LISTING_BUDGET|/feed.xml"
  "image, 960 px variant|$IMAGE_BUDGET|$IMAGE_URL"
  "long-tail post (Zipf over $PUBLISHED)|$POST_BUDGET|/posts/$LONG_TAIL_SAMPLE|long-tail"
  "signed in: / page 1|$(( LISTING_BUDGET + SESSION_STATEMENTS ))|/|signed-in"
  "signed in: post, ~200 comments|$(( POST_BUDGET + SESSION_STATEMENTS ))|/posts/$POST_200|signed-in"
  "signed in: search common word ($COMMON)|$(( LISTING_BUDGET + SESSION_STATEMENTS ))|/search?q=$COMMON|signed-in"
)
if [ -n "${BENCH_ROUTES:-}" ]; then
  CHOSEN=()
  for route in "${ROUTES[@]}"; do grep -qE "$BENCH_ROUTES" <<<"${route%%|*}" && CHOSEN+=("$route"); done
  ROUTES=("${CHOSEN[@]}")
fi

TICK=$(getconf CLK_TCK)
LOAD=$(cut -d ' ' -f 1-3 /proc/loadavg)
to_ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) print v / 1000; else if (v ~ /ms$/) print v + 0;
                                 else if (v ~ /m$/) print v * 60000; else print v * 1000 }'; }
# The app's background work (view-count flush, scheduled publishing, mail and webhook workers) marks its SQL
# "background work": not a request's; nor is Spring Session's minutely removal of expired sessions.
statements() {
  psql_q -c "select coalesce(sum(calls), 0) from pg_stat_statements
             where dbid = (select oid from pg_database where datname = current_database())
               and query not like '%pg_stat_statements%' and query not like '%background work%'
               and query not like 'DELETE FROM SPRING_SESSION WHERE EXPIRY_TIME%'"
}
explain_once() {
  local name="$1" url="$2" size
  [ -n "${PG_LOG:-}" ] || return 0
  psql_q -c "alter system set auto_explain.log_min_duration = 0" -c "select pg_reload_conf()" >/dev/null
  sleep 1
  size=$(stat -c %s "$PG_LOG")
  empty_page_cache
  curl -s -o /dev/null "${CURL_AS[@]}" "$BASE$url"
  sleep 1
  psql_q -c "alter system reset auto_explain.log_min_duration" -c "select pg_reload_conf()" >/dev/null
  # One block per statement; the blocks of our own reload calls are left out.
  { echo "=== $name: GET $url"
    tail -c +$(( size + 1 )) "$PG_LOG" | awk '
      /^[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] / { if (b != "" && b !~ /pg_reload_conf|received SIGHUP|auto_explain.log_min_duration/) printf "%s", b; b = "" }
      { b = b $0 "\n" }
      END { if (b != "" && b !~ /pg_reload_conf|received SIGHUP|auto_explain.log_min_duration/) printf "%s", b }'
    echo; } >>"$EXPLAIN"
}

# INKWELL_PAGE_CACHE_TTL=0 measures every request rendering; its results go to files of their own.
RUN_NAME="$SCALE"; [ "${INKWELL_PAGE_CACHE_TTL:-}" = 0 ] && RUN_NAME="$SCALE-uncached"
EXPLAIN="$OUT_DIR/explain-$RUN_NAME.txt"
RESULTS="$OUT_DIR/results-$RUN_NAME.md"
: >"$EXPLAIN"
PASSED=0; FAILED=0
check() { if [ "$1" = ok ]; then PASSED=$(( PASSED + 1 )); else FAILED=$(( FAILED + 1 )); log "FAILED: $2"; fi; }
TABLE="| route | URL | status | requests/s | p50 ms | p99 ms | SQL statements/request | app+PostgreSQL CPU ms/request |
|---|---|---|---:|---:|---:|---:|---:|"

for route in "${ROUTES[@]}"; do
  IFS='|' read -r name budget url how <<<"$route"
  CURL_AS=(); WRK_AS=()
  case "$how" in
    signed-in) CURL_AS=(-H "Cookie: $READER_COOKIE"); WRK_AS=(-H "Cookie: $READER_COOKIE") ;;
    long-tail) WRK_AS=(-s "$BENCH_DIR/long-tail.lua") ;;
  esac
  wrk_route() { if [ "$how" = long-tail ]; then wrk "${WRK_AS[@]}" "$@" "$BASE" -- "$SLUGS"; else wrk "${WRK_AS[@]}" "$@" "$BASE$url"; fi; }
  code=$(curl -s -o /dev/null -w '%{http_code}' "${CURL_AS[@]}" "$BASE$url") || true
  if [ "$code" != 200 ]; then
    check fail "$name answers HTTP $code"
    TABLE+=$'\n'"| $name | \`$url\` | HTTP $code | | | | | |"
    continue
  fi
  check ok
  log "$name: warm-up, then ${DURATION} s at 32 connections"
  # The JIT needs thousands of requests, not seconds: on a busy machine warm up longer (up to 60 s).
  warmed=0; rounds=0
  for _ in $(seq 1 $(( WARM_MAX / WARM ))); do
    warmed=$(( warmed + $(wrk_route -t2 -c32 -d"${WARM}s" | awk '/requests in/ { print $1 }') ))
    rounds=$(( rounds + 1 ))
    [ "$warmed" -ge "$WARM_REQUESTS" ] && [ $(( rounds * WARM )) -ge "$WARM_MIN" ] && break
  done
  explain_once "$name" "$url"
  before=$(cpu_ticks "$APP_PID" $(pg_pids))
  out=$(wrk_route -t2 -c32 -d"${DURATION}s" --latency)
  after=$(cpu_ticks "$APP_PID" $(pg_pids))
  requests=$(echo "$out" | awk '/requests in/ { print $1 }')
  rps=$(echo "$out" | awk '/Requests\/sec/ { print $2 }')
  p50=$(to_ms "$(echo "$out" | awk '$1 == "50%" { print $2 }')")
  p99=$(to_ms "$(echo "$out" | awk '$1 == "99%" { print $2 }')")
  errors=$(echo "$out" | awk '/Non-2xx/ { print $NF }')
  cpu=$(awk -v t=$(( after - before )) -v hz="$TICK" -v n="$requests" 'BEGIN { printf "%.2f", t * 1000 / hz / n }')
  # Statements are counted over sequential requests after the load: under wrk, requests still in
  # flight when it stops have run their statements but are not in its count. Those requests go on running
  # on the server after wrk has gone (32 searches of a common word take a third of a second), so the count
  # starts once the database has no active statement left, or after 10 s.
  if [ "$HAVE_PGSS" = 1 ]; then
    for _ in $(seq 1 100); do
      [ "$(psql_q -c "select count(*) from pg_stat_activity where state = 'active' and backend_type = 'client backend' and pid <> pg_backend_pid()")" = 0 ] && break
      sleep 0.1
    done
    psql_q -c "select pg_stat_statements_reset()" >/dev/null
    # The page cache is emptied before each request, so each one renders: these are the statements
    # of rendering the page, not of serving a kept copy (none). Emptying it runs no SQL.
    for _ in $(seq 1 "$SQL_SAMPLE"); do empty_page_cache; curl -s -o /dev/null "${CURL_AS[@]}" "$BASE$url"; done
    sql=$(awk -v s="$(statements)" -v n="$SQL_SAMPLE" 'BEGIN { printf "%.1f", s / n }')
    { echo "--- $name: statements per request over $SQL_SAMPLE sequential requests"
      psql_q -F ' | ' -c "select round(calls::numeric / $SQL_SAMPLE, 2), left(regexp_replace(query, '\s+', ' ', 'g'), 160)
                           from pg_stat_statements where query not like '%pg_stat_statements%' order by calls desc limit 10"
      echo; } >>"$EXPLAIN"
    if awk -v s="$sql" -v b="$budget" 'BEGIN { exit !(s <= b + 0.05) }'; then check ok; else
      check fail "$name issues $sql statements per request, budget $budget"; fi
  else sql="n/a"; fi
  status=200; [ -n "$errors" ] && status="200, $errors non-2xx under load"
  log "$name: $rps req/s, p50 $p50 ms, p99 $p99 ms, $sql statements, $cpu CPU ms per request"
  TABLE+=$'\n'"| $name | \`$url\` | $status | $rps | $p50 | $p99 | $sql (budget $budget) | $cpu |"
done

RSS=$(awk '/VmHWM/ { printf "%.0f MB", $2 / 1024 }' "/proc/$APP_PID/status")
{
  echo "# Inkwell benchmark: $SCALE posts ($(date -u +%Y-%m-%dT%H:%MZ), mode ${MODE#--})"
  echo
  echo "wrk -t2 -c32 -d${DURATION}s --latency per route after a warm-up (${WARM} s rounds until $WARM_REQUESTS requests and at least $WARM_MIN s, at most $WARM_MAX s); app -Xmx512m; $(nproc) cores shared by app, PostgreSQL and wrk (load average before the run: $LOAD)."
  echo "Anonymous page cache (INKWELL_PAGE_CACHE_TTL): ${INKWELL_PAGE_CACHE_TTL:-5s, the default}; anonymous readers of the same URL are served a kept copy (0 = every request renders)."
  echo "Statements: pg_stat_statements calls (utility statements such as BEGIN/COMMIT not counted) over $SQL_SAMPLE sequential requests after the load, each after emptying the page cache (DELETE /actuator/pagecache on the operations port) so that it renders, / $SQL_SAMPLE."
  echo "CPU: utime+stime of the app and all PostgreSQL processes (with the PostgreSQL children that ended meanwhile) from /proc, before/after, / requests."
  echo
  echo "$TABLE"
  echo
  echo "App peak RSS (VmHWM): $RSS. Plans of one request per route: bench/out/explain-$RUN_NAME.txt"
} | tee "$RESULTS"

if [ "$MODE" = --ci ]; then
  [ -n "${BENCH_T0:-}" ] && log "CI benchmark took $(( $(date +%s) - BENCH_T0 )) s in all"
  echo "$PASSED passed, $FAILED failed"
  [ "$FAILED" = 0 ]
fi
