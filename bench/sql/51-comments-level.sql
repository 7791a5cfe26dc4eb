-- One deeper level (:depth) of replies for the posts :lo..:hi, each to a random comment of the level above in the same post.
with ins as (
  insert into comments (id, post_id, author_id, parent_id, path, content, is_edited, created_at, updated_at)
  select bench.uuid7(x.at), m.id, c.id, p.id, p.path || comment_path_segment(nextval('comments_path_seq')),
         s.s, bench.u(x.key, 63) < 0.03, x.at, x.at
    from bench.post_meta m
    join bench.level_count lc on lc.depth = :depth - 1 and lc.post_id = m.id and m.g between :lo and :hi
   cross join lateral generate_series(1, floor(m.ncom * :share + bench.u(m.g * 16 + :depth, 60))::int) k
   cross join lateral (select (m.g::bigint * 16 + :depth) * 4096 + k as key) kk
    join bench.level p on p.depth = :depth - 1 and p.post_id = m.id
                      and p.rn = 1 + floor(bench.u(kk.key, 61) * lc.n)::int
   cross join lateral (select kk.key, least(now(), p.created_at + bench.u(kk.key, 62) * interval '2 days') as at) x
    join bench.commenters c on c.i = 1 + floor(bench.u(x.key, 64) * (select count(*) from bench.commenters))::int
    join bench.sentences s on s.i = 1 + floor(bench.u(x.key, 65) * 20000)::int
   order by m.g, k
  returning post_id, id, path, created_at)
insert into bench.level (depth, post_id, rn, id, path, created_at)
select :depth, post_id, row_number() over (partition by post_id order by path), id, path, created_at from ins;
