-- Top-level comments of the posts :lo..:hi (see 49-comments-setup.sql).
with ins as (
  insert into comments (id, post_id, author_id, parent_id, path, content, is_edited, created_at, updated_at)
  select bench.uuid7(x.at), m.id, c.id, null, comment_path_segment(nextval('comments_path_seq')),
         s.s || case when bench.u(x.key, 52) < 0.5 then ' ' || s2.s else '' end,
         bench.u(x.key, 53) < 0.03, x.at, x.at
    from bench.post_meta m
   cross join lateral generate_series(1, greatest(1, floor(m.ncom * 0.40 + bench.u(m.g, 50))::int)) k
   cross join lateral (select (m.g::bigint * 16 + 1) * 4096 + k as key,
                              least(now(), m.published_at + bench.u((m.g::bigint * 16 + 1) * 4096 + k, 51)
                                                            * interval '20 days') as at) x
    join bench.commenters c on c.i = 1 + floor(bench.u(x.key, 54) * (select count(*) from bench.commenters))::int
    join bench.sentences s on s.i = 1 + floor(bench.u(x.key, 55) * 20000)::int
    join bench.sentences s2 on s2.i = 1 + floor(bench.u(x.key, 56) * 20000)::int
   where m.status = 'published' and m.ncom > 0 and m.g between :lo and :hi
   order by m.g, k
  returning post_id, id, path, created_at)
insert into bench.level (depth, post_id, rn, id, path, created_at)
select 1, post_id, row_number() over (partition by post_id order by path), id, path, created_at from ins;
