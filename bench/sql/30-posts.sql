-- Bodies: a heading and 3-8 paragraphs (1-3 KB) of Markdown simple enough that its CommonMark
-- HTML can be written here alongside (rendering real CommonMark for a million posts in SQL is
-- not possible; words are plain letters, so nothing needs escaping). Rows go in in time order.
insert into posts (id, author_id, title, slug, content, content_html, excerpt, status, view_count,
                   published_at, created_at, updated_at)
select m.id, m.author_id, m.title, m.slug,
       '## ' || m.heading || E'\n\n' || b.md,
       '<h2>' || m.heading || E'</h2>\n' || b.html || E'\n',
       case when length(b.first) <= 200 then b.first
            else regexp_replace(left(b.first, 201), '\s+\S*$', '') end,
       m.status, m.view_count, m.published_at, m.created_at, coalesce(m.published_at, m.created_at)
  from bench.post_meta m
 cross join lateral (
   select string_agg(p.txt, E'\n\n' order by k) as md,
          string_agg('<p>' || p.txt || '</p>', E'\n' order by k) as html,
          min(p.txt) filter (where k = 1) as first
     from generate_series(1, 3 + floor(bench.u(m.g, 30) * 6)::int) k
     join bench.paragraphs p on p.i = 1 + floor(bench.u(m.g * 16 + k, 31) * 50000)::int) b
 where m.g between :lo and :hi
 order by m.g;
