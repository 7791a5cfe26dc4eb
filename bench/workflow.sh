#!/usr/bin/env bash
# What the publishing workflow adds to a data set, measured without the site running:
#   - the size of the revisions table (heap, compressed texts in TOAST, indexes) and its rows per post;
#   - the related-posts statement of the post page, taken from the site's jar (RelatedPostMapper.xml), run with
#     EXPLAIN (ANALYZE, BUFFERS) for 200 published posts picked by a hash of their ids, the post carrying the most
#     tags among those with the most used tag, and a published post without tags.
#
#   bench/generate.sh 1000000 && bench/workflow.sh 1000000   # writes bench/out/workflow-1000000.md
#
# The post page's own timing, with the related posts in it, is run.sh's (its explain file holds the statement's
# plan per post route). Same database rules as run.sh: the throwaway cluster, or SPRING_DATASOURCE_URL.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

SCALE="${1:?usage: bench/workflow.sh POSTS}"
trap stop_pg EXIT
snapshot_jar "$SCALE"
open_db "$SCALE"
[ "$(psql_q -c "select count(*) from pg_tables where tablename = 'revisions'")" = 1 ] ||
  die "no revisions table: generate the data set with this version first (bench/generate.sh $SCALE)"

# The statement as the site runs it: its <select> with the mapper's parameters as a prepared statement's.
POSTS_JAR=$(ls "$JAR_DIR"/lib/inkwell-posts-*.jar | head -n 1)
STATEMENT="$OUT_DIR/related-posts-$SCALE.sql"
unzip -p "$POSTS_JAR" io/inkwell/posts/internal/RelatedPostMapper.xml | python3 -c '
import re, sys, html
xml = sys.stdin.read()
body = re.search(r"<select id=\"selectRelated\"[^>]*>(.*?)</select>", xml, re.S).group(1)
body = re.sub(r"<!--.*?-->", "", body, flags=re.S)
body = body.replace("#{postId}", "$1").replace("#{near}", "10").replace("#{limit}", "3")
print("prepare related(uuid) as " + html.unescape(body).strip() + ";")
' >"$STATEMENT"

explain_ms() {
  psql_q -f "$STATEMENT" -c "explain (analyze, buffers) execute related('$1')" |
    sed -n 's/^Execution Time: \([0-9.]*\) ms$/\1/p'
}

REPORT="$OUT_DIR/workflow-$SCALE.md"
{
  echo "# Publishing workflow at $SCALE posts"
  echo
  echo "## The revisions table"
  echo
  psql -X -q -P footer=off -P format=aligned -c "
    select count(*) as revisions,
           round(count(*)::numeric / greatest(1, (select count(*) from posts)), 2) as per_post,
           count(*) filter (where published) as published,
           count(*) filter (where prunable) as prunable,
           pg_size_pretty(pg_relation_size('revisions')) as heap,
           pg_size_pretty(pg_total_relation_size('revisions') - pg_relation_size('revisions')
                          - pg_indexes_size('revisions')) as toast,
           pg_size_pretty(pg_indexes_size('revisions')) as indexes,
           pg_size_pretty(pg_total_relation_size('revisions')) as total,
           pg_size_pretty(pg_total_relation_size('posts')) as posts_total
      from revisions" | sed 's/^/    /'
  echo
  echo "## The related-posts statement (RelatedPostMapper.selectRelated)"
  echo
  echo "Execution times of EXPLAIN ANALYZE, ms, each post asked twice (the second, warm, is reported):"
  echo
} >"$REPORT"

sample=$(psql_q -c "select id from posts where status = 'published' order by hashtext(id::text) limit 200")
times=()
for id in $sample; do
  explain_ms "$id" >/dev/null
  times+=("$(explain_ms "$id")")
done
printf '%s\n' "${times[@]}" | sort -n | awk '
  { t[NR] = $1; s += $1 }
  END { printf "    200 posts: min %.2f, median %.2f, p95 %.2f, max %.2f, mean %.2f\n",
               t[1], t[int(NR / 2) + 1], t[int(NR * 0.95)], t[NR], s / NR }' >>"$REPORT"

busiest=$(psql_q -c "
  select pt.post_id from post_tags pt
   where pt.tag_id = (select id from tags order by post_count desc limit 1) and pt.listed_at is not null
   order by (select count(*) from post_tags o where o.post_id = pt.post_id) desc, pt.post_id limit 1")
untagged=$(psql_q -c "
  select p.id from posts p where p.status = 'published'
     and not exists (select 1 from post_tags pt where pt.post_id = p.id) order by p.id limit 1")
for pair in "most used tag, most tags:$busiest" "no tags:$untagged"; do
  [ -n "${pair#*:}" ] || continue
  explain_ms "${pair#*:}" >/dev/null
  echo "    ${pair%%:*} (${pair#*:}): $(explain_ms "${pair#*:}") ms" >>"$REPORT"
done
{
  echo
  echo "The plan for the post with the most used tag:"
  echo
  psql_q -f "$STATEMENT" -c "explain (analyze, buffers) execute related('$busiest')" | sed 's/^/    /'
} >>"$REPORT"
cat "$REPORT"
log "written to $REPORT"
