-- What an open editor saves every 30 seconds for the person typing, one row per post and person, never the
-- post itself. base_version is the post's version the editor loaded: an autosave is stored only while the post
-- still has that version, and never replaces one made on a newer version, so a tab left open on an old
-- version cannot overwrite newer text. Saving the post deletes the saver's autosave.
create table post_autosaves (
  post_id      uuid        not null references posts (id) on delete cascade,
  -- Accounts are never deleted, so no foreign key (as revisions.saved_by).
  user_id      uuid        not null,
  -- As typed: a title may still be empty, the tags are the field's text.
  title        text        not null,
  excerpt      text,
  content      text        not null,
  tags         text        not null default '',
  category_ids uuid[]      not null default '{}',
  base_version integer     not null,
  saved_at     timestamptz not null default now(),
  primary key (post_id, user_id),
  constraint post_autosaves_title_length_ck   check (char_length(title) <= 255),
  constraint post_autosaves_excerpt_length_ck check (excerpt is null or char_length(excerpt) <= 1000),
  constraint post_autosaves_content_length_ck check (char_length(content) <= 200000),
  constraint post_autosaves_tags_length_ck    check (char_length(tags) <= 1000),
  constraint post_autosaves_base_version_ck   check (base_version >= 0)
);

-- Who has a post's editor open: written when the editor opens and by its autosave script every 30 seconds,
-- read to tell two people editing one post about each other. Rows older than a day are deleted in the
-- background.
create table post_editors (
  post_id uuid        not null references posts (id) on delete cascade,
  user_id uuid        not null,
  seen_at timestamptz not null default now(),
  primary key (post_id, user_id)
);

create index post_editors_seen_idx on post_editors (seen_at);
