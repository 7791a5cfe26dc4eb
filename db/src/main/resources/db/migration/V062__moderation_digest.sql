-- The moderators' digest of held comments. The comments context announces a comment held for moderation; the mail
-- context's listener notes it for every editor and admin who wants the digest, and each of them gets at most one
-- mail of what was noted every 15 minutes. A comment a moderator approved or marked as spam before the mail went
-- out is left out of it (the comments context is asked which are still held when the mail is made).

-- The staff's choice; no row of theirs: on, as every kind.
alter table notification_preferences add column held_comments boolean not null default true;

-- Held comments still to tell a moderator of; deleted when their digest is made. comment_id and post_id name the
-- comments and posts contexts' rows without a foreign key: a comment gone by then is left out.
create table moderation_digest_items (
  user_id    uuid        not null references users (id) on delete cascade,
  comment_id uuid        not null,
  post_id    uuid        not null,
  held_at    timestamptz not null,
  primary key (user_id, comment_id)
);

-- When a moderator was last sent a digest: the next one waits until 15 minutes after. The row is locked while a
-- digest is made, so two workers (or instances) never send one twice.
create table moderation_digests (
  user_id        uuid        primary key references users (id) on delete cascade,
  last_mailed_at timestamptz not null
);
