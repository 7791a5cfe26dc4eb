-- A published post's search vector moves to a narrow table of its own, kept inline.
--
-- Why. The search reads the newest matches first (posts in order of publication, each tested against the
-- query) and ranks them. In posts the vector (~2 KB for a post of 1-3 KB) was the widest column but one, so
-- PostgreSQL stored it out of line in the TOAST table: every post tested cost a lookup in the TOAST index and
-- a read of two chunks. At 1M posts a common word tested ~3,900 posts to find its 401 candidates: 20 ms
-- there, 4.5 ms here (EXPLAIN ANALYZE, warm). Here the row is the vector, the post's id and its date, and toast_tuple_target (the row size
-- past which PostgreSQL compresses and moves columns out) is set to the most a page holds, so a vector
-- shorter than ~8 KB is read where the row is, neither compressed nor out of line.
--
-- What it holds. Published posts only: the one search readers have reads nothing else, and a draft saved
-- every few seconds by the editor no longer computes a vector. The trigger below is the only writer.
--
-- What it costs at 1M posts: one pass copying the published posts' vectors (no vector computed again), the
-- two indexes built once, and dropping posts.search_vector, which is a change of the catalogue (the space is
-- reclaimed as rows are next written, or by VACUUM FULL). 80 s at 1M posts on 2 cores.

-- Writes to posts wait until this migration ends (reads go on): a post published during the copy would
-- otherwise be left out of the search.
lock table posts in share mode;

create table post_search (
  post_id       uuid        primary key references posts (id) on delete cascade,
  published_at  timestamptz not null,
  search_vector tsvector    not null
) with (toast_tuple_target = 8160);

-- The search reads the newest first and stops after 401 matches; a rare word goes through the GIN index.
create index post_search_newest_idx on post_search (published_at desc, post_id desc);

-- In order of publication, so a walk of the newest reads neighbouring rows from neighbouring pages.
insert into post_search (post_id, published_at, search_vector)
select id, published_at, search_vector from posts where status = 'published' order by published_at, id;

create index post_search_words_idx on post_search using gin (search_vector);

drop trigger posts_set_search_vector on posts;
drop function posts_set_search_vector();
alter table posts drop column search_vector;

-- A post enters the search when it is published (or its text, language or date changes while it is), and
-- leaves it when it is unpublished, archived or deleted (the foreign key's cascade). An update that changes
-- none of these columns (a view-count flush, a scheduled time) does nothing here. The weights are V129's.
create function posts_keep_search() returns trigger
language plpgsql as $$
declare
  configuration regconfig := text_search_configuration(new.language);
begin
  if new.status = 'published' then
    insert into post_search (post_id, published_at, search_vector)
    values (new.id, new.published_at,
            setweight(to_tsvector(configuration, new.title), 'A')
            || setweight(to_tsvector(configuration, coalesce(new.excerpt, '')), 'B')
            || setweight(to_tsvector(configuration, new.content), 'C'))
    on conflict (post_id) do update
      set published_at = excluded.published_at, search_vector = excluded.search_vector;
  elsif tg_op = 'UPDATE' and old.status = 'published' then
    delete from post_search where post_id = new.id;
  end if;
  return null;
end
$$;

create trigger posts_keep_search after insert on posts
  for each row when (new.status = 'published') execute function posts_keep_search();

create trigger posts_keep_search_on_update after update of status, published_at, title, excerpt, content, language
  on posts for each row
  when (new.status = 'published' or old.status = 'published')
  execute function posts_keep_search();
