-- 100 users per 1,000 posts: one admin, about 60% authors (role user), the rest guests who only
-- comment; 3% suspended or deleted (their posts stay readable). The password hash is a
-- well-formed bcrypt string of no known password: benchmark accounts cannot log in.
insert into users (id, email, password_hash, name, role, status, email_verified, created_at, updated_at)
select bench.uuid7(t.at), lower(t.first) || '.' || lower(t.last) || g || '@example.com',
       '$2a$10$' || rpad(md5(g::text), 53, 'x'),
       t.first || ' ' || t.last,
       case when g = 1 then 'admin' when bench.u(g, 11) < 0.6 then 'user' else 'guest' end,
       case when g = 1 then 'active' when bench.u(g, 12) < 0.97 then 'active'
            when bench.u(g, 12) < 0.99 then 'suspended' else 'deleted' end,
       bench.u(g, 13) < 0.8, t.at, t.at
  from generate_series(1, :users) g
 cross join lateral (
   select initcap(w1.w) as first, initcap(w2.w) as last,
          now() - interval '7 years' + (g::float8 / :users) * interval '6 years' as at
     from bench.words w1, bench.words w2
    where w1.i = 1 + floor(bench.u(g, 14) * :nwords)::int
      and w2.i = 1 + floor(bench.u(g, 15) * :nwords)::int) t
 order by g;

create table bench.authors as
select row_number() over (order by created_at, id)::int as i, id from users where role in ('user', 'admin');
alter table bench.authors add primary key (i);
create table bench.commenters as
select row_number() over (order by created_at, id)::int as i, id from users where status = 'active';
alter table bench.commenters add primary key (i);

-- 50 categories named after distinct words of the middle frequencies.
insert into categories (id, name, slug, description)
select bench.uuid7(now() - interval '7 years'), initcap(w.w), w.w,
       'Posts about ' || w.w || ' and everything around it.'
  from bench.words w where w.i between 201 and 250;

create table bench.cats as
select row_number() over (order by slug)::int - 1 as i, id from categories;
alter table bench.cats add primary key (i);
