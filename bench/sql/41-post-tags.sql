-- Tags: ~2,000 per million posts (:tags, at least 100), named after the words that follow the
-- categories' in the list (a number is added once the list runs out), created over the site's first
-- six years like the users. 0-5 distinct tags per post, each drawn by a Zipf rank, so a few tags
-- are on a large share of the posts and most on a handful. listed_at is written as the
-- post_tags_fill_listed_at trigger would (that trigger and the counting one are disabled for the
-- load; 90-finish.sql recounts set-based and 95-check.sql checks the invariants).
insert into tags (id, name, slug, created_at)
select bench.uuid7(t.at), t.name, replace(t.name, ' ', '-'), t.at
  from generate_series(1, :tags) g
 cross join lateral (
   select w.w || case when g > :nwords - 250 then ' ' || ((g - 1) / (:nwords - 250) + 1) else '' end as name,
          now() - interval '7 years' + (g::float8 / :tags) * interval '6 years' as at
     from bench.words w
    where w.i = 251 + (g - 1) % (:nwords - 250)) t
 order by g;

-- Rank 1 is the most used tag: the g-th tag made above.
create table bench.tags as
select row_number() over (order by created_at, id)::int as i, id from tags;
alter table bench.tags add primary key (i);

insert into post_tags (post_id, tag_id, listed_at)
select m.id, t.id, case when m.status = 'published' then m.published_at end
  from bench.post_meta m
 cross join lateral (select distinct bench.zipf(bench.u(m.g * 8 + j, 43), :tags) as rank
                       from generate_series(1, floor(bench.u(m.g, 44) * 6)::int) j) k
  join bench.tags t on t.i = k.rank
 order by m.id, t.id;
