-- Free-form tags besides categories. Authors create them by typing names in the editor, so the table
-- grows with the site's vocabulary (~2,000 per million posts), and every page that shows a tag reads
-- it by key. post_tags mirrors post_categories: listed_at and tags.post_count are kept by triggers.
create table tags (
  id         uuid        primary key default uuid_generate_v7(),
  -- Typed into a comma-separated field: never a comma, a line break or another control character (C0, DEL,
  -- C1, the line and paragraph separators; listed, not [[:cntrl:]], whose meaning follows the locale).
  name       text        not null,
  slug       text        not null,
  -- Number of published posts with the tag, kept exact by the triggers of post_tags.
  post_count integer     not null default 0,
  created_at timestamptz not null default now(),
  constraint tags_name_length_ck check (char_length(name) between 1 and 50 and name = btrim(name)
                                        and name !~ '[,\x01-\x1f\x7f-\x9f\u2028\u2029]'),
  constraint tags_slug_shape_ck  check (char_length(slug) between 1 and 120
                                        and slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  constraint tags_post_count_ck  check (post_count >= 0)
);

create unique index tags_name_uk on tags (lower(name));
create unique index tags_slug_uk on tags (slug);
-- /tags: the tags readers can see (those with published posts), most used first, alphabetical within,
-- read in index order and stopped after a page. Tags only on drafts stay out of it.
create index tags_popular_idx on tags (post_count desc, lower(name), id) where post_count > 0;

create table post_tags (
  post_id   uuid not null references posts (id) on delete cascade,
  tag_id    uuid not null references tags (id) on delete cascade,
  -- The post's published_at while it is published, else null: a tag page reads (tag_id, listed_at)
  -- in index order, as a category page reads post_categories.
  listed_at timestamptz,
  primary key (post_id, tag_id)
);

create index post_tags_tag_listed_idx on post_tags (tag_id, listed_at desc, post_id desc);

-- Slugs a tag had before it was renamed or merged into another: their URLs answer 301 to the tag now
-- answering them.
create table tag_slug_history (
  old_slug   text        primary key,
  tag_id     uuid        not null references tags (id) on delete cascade,
  created_at timestamptz not null default now(),
  constraint tag_slug_history_slug_shape_ck check (char_length(old_slug) between 1 and 120
                                                   and old_slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);

create index tag_slug_history_tag_idx on tag_slug_history (tag_id);

-- The categories' fill function reads only new.post_id and sets new.listed_at: it serves every link
-- table of posts, so it is renamed for what it does and shared rather than copied.
alter function post_categories_fill_listed_at() rename to links_fill_listed_at;

create trigger post_tags_fill_listed_at before insert on post_tags
  for each row execute function links_fill_listed_at();

-- tags.post_count follows every change of a listed link, as post_categories_count does for categories
-- (a function per table: the counter's table is not a parameter of a static statement). Row locks on the
-- tag rows make concurrent publishing exact; links are visited in (post_id, tag_id) order, so two
-- transactions lock shared tags in the same order.
create function post_tags_count() returns trigger
language plpgsql as $$
begin
  if tg_op in ('DELETE', 'UPDATE') and old.listed_at is not null then
    update tags set post_count = post_count - 1 where id = old.tag_id;
  end if;
  if tg_op in ('INSERT', 'UPDATE') and new.listed_at is not null then
    update tags set post_count = post_count + 1 where id = new.tag_id;
  end if;
  return null;
end
$$;

create trigger post_tags_count after insert or delete or update on post_tags
  for each row execute function post_tags_count();

-- A post's status and date now reach both link tables, categories first, then tags: every transaction
-- locks counter rows in that order.
create or replace function posts_sync_listing() returns trigger
language plpgsql as $$
declare
  listed timestamptz := case when new.status = 'published' then new.published_at end;
begin
  update post_categories set listed_at = listed where post_id = new.id and listed_at is distinct from listed;
  update post_tags set listed_at = listed where post_id = new.id and listed_at is distinct from listed;
  return null;
end
$$;
