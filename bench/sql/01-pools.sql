-- Sentences of 6-18 words drawn by word frequency from the commoner half of the list (the rarer
-- half only appears in headings, see 20-post-meta.sql), then paragraphs of 3-6 sentences: posts and
-- comments are assembled from these pools, which keeps 1M bodies cheap to build.
create table bench.sentences as
select s.i, upper(left(t.txt, 1)) || substr(t.txt, 2) || '.' as s
  from generate_series(1, 20000) s(i)
 cross join lateral (
   select string_agg(w.w, ' ' order by k) as txt
     from generate_series(1, 6 + floor(bench.u(s.i, 1) * 13)::int) k
     join bench.words w on w.i = bench.zipf(bench.u(s.i * 32 + k, 2), :nwords / 2)) t;
alter table bench.sentences add primary key (i);

create table bench.paragraphs as
select p.i, t.txt
  from generate_series(1, 50000) p(i)
 cross join lateral (
   select string_agg(s.s, ' ' order by k) as txt
     from generate_series(1, 3 + floor(bench.u(p.i, 3) * 4)::int) k
     join bench.sentences s on s.i = 1 + floor(bench.u(p.i * 8 + k, 4) * 20000)::int) t;
alter table bench.paragraphs add primary key (i);
