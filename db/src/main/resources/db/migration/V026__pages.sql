-- Static pages (About, Contact, Colophon…) that admins write in Markdown, rendered and sanitised at save
-- time like posts. A published page answers at /{slug}, so page slugs are their own uniqueness space
-- (a page and a post may share one) and the site's own route names are refused by the service.
-- Pages are not in listings or feeds; search reads them through their own vector, at most a few per query.
create table pages (
  id            uuid        primary key default uuid_generate_v7(),
  title         text        not null,
  slug          text        not null,
  content       text        not null default '',
  -- Sanitised HTML rendered from content when the page is saved, never per request.
  content_html  text        not null default '',
  -- The start of the text, made at save time: the page's meta description.
  excerpt       text,
  status        text        not null default 'draft',
  published_at  timestamptz,
  -- Incremented by every change; a form carrying an older version is a stale edit.
  version       integer     not null default 0,
  created_at    timestamptz not null default now(),
  updated_at    timestamptz not null default now(),
  search_vector tsvector generated always as (
                  setweight(to_tsvector('english', title), 'A')
                  || setweight(to_tsvector('english', content), 'C')) stored,
  constraint pages_title_length_ck   check (char_length(title) between 1 and 255),
  constraint pages_slug_shape_ck     check (char_length(slug) between 1 and 300
                                            and slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  constraint pages_content_length_ck check (char_length(content) <= 200000),
  constraint pages_excerpt_length_ck check (excerpt is null or char_length(excerpt) <= 1000),
  constraint pages_status_ck         check (status in ('draft', 'published')),
  constraint pages_version_ck        check (version >= 0),
  constraint pages_published_dated_ck check (status <> 'published' or published_at is not null)
);

create unique index pages_slug_uk on pages (slug);
-- Finding the free "-N" suffix for a new slug: a range scan on "base-", as for posts (V020).
create index pages_slug_prefix_idx on pages (slug text_pattern_ops);
-- The admin list, by title, paged.
create index pages_title_idx on pages (lower(title), id);
-- The sitemap's read of published pages, newest first, stopped after its limit.
create index pages_published_idx on pages (published_at desc, id desc) where status = 'published';
create index pages_search_idx on pages using gin (search_vector);

create trigger pages_set_updated_at before update on pages
  for each row
  when ((old.title, old.slug, old.content, old.content_html, old.status, old.published_at)
        is distinct from
        (new.title, new.slug, new.content, new.content_html, new.status, new.published_at))
  execute function set_updated_at();

-- Slugs a published page had before it was renamed: their URLs answer 301 to the current slug.
create table page_slug_history (
  old_slug   text        primary key,
  page_id    uuid        not null references pages (id) on delete cascade,
  created_at timestamptz not null default now(),
  constraint page_slug_history_slug_shape_ck check (char_length(old_slug) between 1 and 300
                                                    and old_slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);

create index page_slug_history_page_idx on page_slug_history (page_id);
create index page_slug_history_prefix_idx on page_slug_history (old_slug text_pattern_ops);
