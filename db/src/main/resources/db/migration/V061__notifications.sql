-- Notifications by mail: a reply to one's comment, a comment on one's post. The comments context announces
-- each new comment with an event; the mail context's listener writes one item per person to tell, and a
-- person gets at most one mail per post every 15 minutes: items that arrive meanwhile wait and go out
-- together in the next mail (a digest, not a flood).

-- Each person's choices (no row: every kind on) and the secret of their one-click unsubscribe links. The
-- token is kept as it is, since every notification mail carries it; all it can do is turn mails off.
create table notification_preferences (
  user_id           uuid        primary key references users (id) on delete cascade,
  replies           boolean     not null default true,
  comments_on_posts boolean     not null default true,
  unsubscribe_token text        not null,
  updated_at        timestamptz not null default now(),
  constraint notification_preferences_token_ck check (unsubscribe_token ~ '^[A-Za-z0-9_-]{43}$')
);
create unique index notification_preferences_token_uk on notification_preferences (unsubscribe_token);

-- What is still to tell a person about a post's comments; deleted when mailed. post_id and comment_id
-- name the other contexts' rows without a foreign key: a post or comment gone by then is left out.
create table notification_items (
  id         uuid        primary key default uuid_generate_v7(),
  user_id    uuid        not null references users (id) on delete cascade,
  post_id    uuid        not null,
  comment_id uuid        not null,
  kind       text        not null,
  author_id  uuid        not null,
  excerpt    text        not null,
  created_at timestamptz not null default now(),
  constraint notification_items_kind_ck    check (kind in ('reply', 'comment_on_post')),
  constraint notification_items_excerpt_ck check (char_length(excerpt) <= 300),
  constraint notification_items_once_uk    unique (user_id, comment_id)
);
-- Items of one person and post, oldest first: what one mail gathers.
create index notification_items_user_post_idx on notification_items (user_id, post_id, created_at);

-- When a person was last mailed about a post: the next mail about it waits until 15 minutes after.
create table notification_threads (
  user_id        uuid        not null references users (id) on delete cascade,
  post_id        uuid        not null,
  last_mailed_at timestamptz not null,
  primary key (user_id, post_id)
);
-- The periodic digest looks for threads whose wait is over.
create index notification_threads_mailed_idx on notification_threads (last_mailed_at);
