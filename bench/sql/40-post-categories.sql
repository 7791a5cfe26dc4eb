-- 1-3 distinct categories per post, a few categories much larger than others. listed_at is
-- written as the post_categories_fill_listed_at trigger would (that trigger and the counting one
-- are disabled for the load; 90-finish.sql recounts set-based and checks the invariant).
insert into post_categories (post_id, category_id, listed_at)
select m.id, c.id, case when m.status = 'published' then m.published_at end
  from bench.post_meta m
 cross join lateral generate_series(0, floor(bench.u(m.g, 40) * 3)::int) j
  join bench.cats c on c.i = (floor(50 * bench.u(m.g, 41) ^ 2)::int
                              + j * (1 + floor(bench.u(m.g, 42) * 16)::int)) % 50
 order by m.id, c.id;
