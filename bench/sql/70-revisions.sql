-- Revisions (V029), as the site keeps them: every save of a post. A post was saved 1-3 times while a draft
-- (drafts), or 1-6 times with fewer saves likelier (published and archived posts: ~2.5 on average), each save
-- holding the post's heading and first paragraphs as it grew, the last save exactly the post's text. The last
-- revision of a post that went public is marked published, and so is the one before it for a quarter of them (an
-- edit after publishing). Titles, categories and tags as the post has them; saved by its author between its
-- creation and its publication. Fewer than 50 per post, so none is prunable, as on a site whose background pruning
-- has run. Rows go in in (post, number) order.
insert into revisions (id, post_id, number, title, excerpt, content, category_ids, tag_names, saved_by, saved_at,
                       published)
select bench.uuid7(s.saved_at), p.id, s.k, p.title, null,
       array_to_string(parts.paragraphs[1:ceil(cardinality(parts.paragraphs) * s.k::float8 / n.saves)::int], E'\n\n'),
       coalesce((select array_agg(pc.category_id order by pc.category_id) from post_categories pc where pc.post_id = p.id),
                '{}'),
       coalesce((select array_agg(t.name order by lower(t.name)) from post_tags pt join tags t on t.id = pt.tag_id
                  where pt.post_id = p.id), '{}'),
       p.author_id, s.saved_at,
       m.status <> 'draft' and (s.k = n.saves or (s.k = n.saves - 1 and bench.u(m.g, 71) < 0.25))
  from bench.post_meta m
  join posts p on p.id = m.id
 cross join lateral (select case when m.status = 'draft' then 1 + floor(bench.u(m.g, 70) * 3)::int
                                 else 1 + floor(bench.u(m.g, 70) ^ 2 * 6)::int end as saves) n
 cross join lateral (select string_to_array(p.content, E'\n\n') as paragraphs) parts
 cross join lateral (
   select k, m.created_at + (k - 1)::float8 / greatest(n.saves - 1, 1)
                              * (coalesce(m.published_at, m.created_at + interval '1 day') - m.created_at) as saved_at
     from generate_series(1, n.saves) k) s
 where m.g between :lo and :hi
 order by p.id, s.k;
