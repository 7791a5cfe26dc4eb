-- Everything about a post except its body, small enough to sort: status (90% published, 5%
-- drafts, 5% archived), dates spread over six years in id order, a prolific-author skew, a
-- title and a unique slug made the site's way (a clash gets -2, -3, ...), a view count with a
-- long tail for /trending, and how many comments the post will get.
create table bench.post_meta as
select g, st.status, t.title, t.heading,
       case when st.status = 'draft' then null else ts.at end as published_at,
       ts.at - bench.u(g, 22) * interval '3 days' as created_at,
       (select a.id from bench.authors a
         where a.i = 1 + floor(bench.u(g, 23) ^ 2 * (select count(*) from bench.authors))::int) as author_id,
       case when st.status = 'published' then floor(100000 * bench.u(g, 24) ^ 12)::bigint else 0 end as view_count,
       lower(replace(t.title, ' ', '-')) as slug_base
  from generate_series(1, :posts) g
 cross join lateral (select case when bench.u(g, 20) < 0.90 then 'published'
                                 when bench.u(g, 20) < 0.95 then 'draft' else 'archived' end as status) st
 cross join lateral (select now() - interval '6 years' + ((g - 1)::float8 / :posts) * interval '6 years'
                            - interval '1 hour' as at) ts
 cross join lateral (
   select upper(left(string_agg(w.w, ' ' order by k) filter (where k <= nt), 1))
            || substr(string_agg(w.w, ' ' order by k) filter (where k <= nt), 2) as title,
          upper(left(string_agg(w.w, ' ' order by k) filter (where k > 8), 1))
            || substr(string_agg(w.w, ' ' order by k) filter (where k > 8), 2) as heading
     from (select 3 + floor(bench.u(g, 25) * 6)::int as nt) n
    cross join generate_series(1, 12) k
     -- Titles from the common words; the heading's last words from a steep tail, so that some
     -- words occur in only a few hundred posts of a million (the "rare word" searches).
     join bench.words w on w.i = case when k <= 10 then 50 + bench.zipf(bench.u(g * 16 + k, 26), :nwords / 2 - 50)
                                      else :nwords / 2 + least(:nwords / 2,
                                           floor(1 / (1 - bench.u(g * 16 + k, 27) * 0.9995))::int) end
    where k <= nt or k > 8
    group by n.nt) t;

-- Comment counts: three posts with 2,000+ comments, five with 200, the rest exponential so that
-- the whole data set averages five comments per post (comments go to published posts only).
alter table bench.post_meta add column id uuid, add column slug text, add column ncom int not null default 0;
update bench.post_meta m set id = bench.uuid7(m.created_at), slug = s.slug
  from (select g, case when rn = 1 then slug_base else slug_base || '-' || rn end as slug
          from (select g, slug_base, row_number() over (partition by slug_base order by g) as rn
                  from bench.post_meta) r) s
 where s.g = m.g;
with ranked as (
  select g, row_number() over (order by bench.u(g, 28)) as r from bench.post_meta where status = 'published'),
budget as (
  -- 1.2: small threads lose replies whose level above came out empty; calibrated at 10k posts.
  select 1.2 * greatest(0, 5 * :posts - 3 * 2300 - 5 * 200)::float8 / greatest(1, count(*) - 8) as mean from ranked)
update bench.post_meta m
   set ncom = case when r.r <= 3 then 2000 + floor(bench.u(m.g, 29) * 600)::int
                   when r.r <= 8 then 200
                   else floor(-b.mean * ln(1 - bench.u(m.g, 29)))::int end
  from ranked r, budget b
 where r.g = m.g;
create unique index on bench.post_meta (g);
analyze bench.post_meta;
