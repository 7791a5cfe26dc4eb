-- Every save of a post or a static page keeps what was saved, so no paragraph is ever lost and any two saves
-- can be compared: the texts, the categories and tags, who saved and when. A row belongs to a post or to a
-- page (exactly one), is numbered 1, 2, 3… per post or page under that row's lock, and goes with it when it
-- is deleted. Restoring a revision is a new save: rows are never changed but for the two flags below.
create table revisions (
  id           uuid        primary key default uuid_generate_v7(),
  post_id      uuid        references posts (id) on delete cascade,
  page_id      uuid        references pages (id) on delete cascade,
  number       integer     not null,
  title        text        not null,
  -- The excerpt as the author typed it (null: the start of the text); pages have none.
  excerpt      text,
  content      text        not null,
  -- The post's categories (sorted ids: a category deleted since is left out when the revision is shown or
  -- restored) and its tags by name, as a restore types them again; empty for pages.
  category_ids uuid[]      not null default '{}',
  tag_names    text[]      not null default '{}',
  -- Accounts are never deleted (a deletion is a status), so no foreign key; names come from the users context.
  saved_by     uuid        not null,
  saved_at     timestamptz not null default now(),
  -- This text was public at some time (saved while published, or the newest revision when the post or page
  -- was published). Published revisions are kept for good.
  published    boolean     not null default false,
  -- Fifty newer saves exist and it was never published: the background pruning deletes it.
  prunable     boolean     not null default false,
  constraint revisions_subject_ck        check (num_nonnulls(post_id, page_id) = 1),
  constraint revisions_number_ck         check (number >= 1),
  constraint revisions_title_length_ck   check (char_length(title) between 1 and 255),
  constraint revisions_excerpt_length_ck check (excerpt is null or char_length(excerpt) <= 1000),
  constraint revisions_content_length_ck check (char_length(content) <= 200000),
  constraint revisions_prunable_ck       check (not (published and prunable))
);

-- A post's revisions newest first (the list, the newest one, the one fifty back), one revision by number.
create unique index revisions_post_number_uk on revisions (post_id, number);
create unique index revisions_page_number_uk on revisions (page_id, number);
-- What the background pruning deletes, found without reading the table.
create index revisions_prunable_idx on revisions (id) where prunable;

-- Revisions are written once and read rarely: compress texts from ~256 bytes rather than the default ~2 KB, so
-- the Markdown of most revisions is stored compressed in the row (word text: about half its size).
alter table revisions set (toast_tuple_target = 256);
