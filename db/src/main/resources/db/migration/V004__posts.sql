create table posts (
  id                 uuid        primary key default uuid_generate_v7(),
  -- Users are only ever soft-deleted, so an author row outlives their posts: no cascade.
  author_id          uuid        not null references users (id),
  title              text        not null,
  slug               text        not null,
  content            text        not null default '',
  -- Sanitised HTML rendered from content when the post is saved, never per request.
  content_html       text        not null default '',
  excerpt            text,
  featured_image_url text,
  status             text        not null default 'draft',
  view_count         bigint      not null default 0,
  published_at       timestamptz,
  -- Incremented by every update; a form carrying an older version is a stale edit.
  version            integer     not null default 0,
  created_at         timestamptz not null default now(),
  updated_at         timestamptz not null default now(),
  search_vector      tsvector generated always as (
                       setweight(to_tsvector('english', title), 'A')
                       || setweight(to_tsvector('english', coalesce(excerpt, '')), 'B')
                       || setweight(to_tsvector('english', content), 'C')) stored,
  constraint posts_title_length_ck      check (char_length(title) between 1 and 255),
  constraint posts_slug_shape_ck        check (char_length(slug) between 1 and 300
                                               and slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  constraint posts_content_length_ck    check (char_length(content) <= 200000),
  constraint posts_excerpt_length_ck    check (excerpt is null or char_length(excerpt) <= 1000),
  constraint posts_featured_image_ck    check (featured_image_url is null
                                               or (char_length(featured_image_url) <= 500
                                                   and featured_image_url ~* '^https?://[^\s]+$')),
  constraint posts_status_ck            check (status in ('draft', 'published', 'archived')),
  constraint posts_view_count_ck        check (view_count >= 0),
  constraint posts_version_ck           check (version >= 0),
  constraint posts_published_dated_ck   check (status <> 'published' or published_at is not null)
);

create unique index posts_slug_uk on posts (slug);
-- Each listing reads one of these in order and stops after a page (keyset on the trailing id).
create index posts_published_idx on posts (published_at desc, id desc) where status = 'published';
create index posts_author_published_idx on posts (author_id, published_at desc, id desc) where status = 'published';
create index posts_author_created_idx on posts (author_id, created_at desc, id desc);
create index posts_status_created_idx on posts (status, created_at desc, id desc);
create index posts_trending_idx on posts (view_count desc, published_at desc, id desc) where status = 'published';
create index posts_search_idx on posts using gin (search_vector);

create trigger posts_set_updated_at before update on posts
  for each row execute function set_updated_at();
