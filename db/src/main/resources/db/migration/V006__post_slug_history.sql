-- Slugs a published post had before it was renamed: their URLs answer 301 to the current slug.
create table post_slug_history (
  old_slug   text        primary key,
  post_id    uuid        not null references posts (id) on delete cascade,
  created_at timestamptz not null default now(),
  constraint post_slug_history_slug_shape_ck check (char_length(old_slug) between 1 and 300
                                                    and old_slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);

create index post_slug_history_post_idx on post_slug_history (post_id);
