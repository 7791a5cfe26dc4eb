-- Comment moderation: held and spam comments, hidden and locked threads, reports, bans, comments
-- without an account, and each post's own switch. Every existing comment stays approved and visible.

alter table comments
  -- A comment without an account has no author_id but a guest_name and guest_email.
  alter column author_id drop not null,
  -- approved: shown (unless hidden or waiting); held: waits for a moderator; spam: kept out for good.
  add column status         text        not null default 'approved',
  -- Which rule held it or made it spam (null while approved).
  add column held_reason    text,
  -- When a moderator approved it; null for a comment that appeared when it was written. Readers see
  -- this time: an approved comment counts as posted then.
  add column approved_at    timestamptz,
  -- The nearest ancestor that is not approved: replies wait with it. Null when every ancestor is.
  add column waiting_on_id  uuid,
  -- The comment whose thread a moderator hid ("Hide thread"), on it and on every reply beneath it.
  add column hidden_root_id uuid,
  -- The comment whose thread a moderator locked ("Lock thread"): no new replies beneath it.
  add column locked_root_id uuid,
  -- Readers' reports since a moderator last reviewed it (comment_reports holds who reported).
  add column report_count   integer     not null default 0,
  -- A keyed hash of the writer's address, so moderators can tell comments from one address apart.
  add column address_hash   text,
  add column guest_name     text,
  -- Never shown: recognises a returning guest (held the first time) and a banned one. Lower case.
  add column guest_email    text,
  add constraint comments_status_ck check (status in ('approved', 'held', 'spam')),
  add constraint comments_held_reason_ck check (
    (status = 'approved') = (held_reason is null)
    and (held_reason is null or held_reason in ('first_comment', 'all_held', 'links', 'blocked_word', 'duplicate',
                                                'honeypot', 'too_fast', 'no_form', 'moderator', 'banned'))),
  add constraint comments_author_or_guest_ck check (
    (author_id is null) = (guest_name is not null) and (guest_name is null) = (guest_email is null)),
  add constraint comments_guest_name_ck check (
    guest_name is null or (char_length(guest_name) between 1 and 60 and guest_name = btrim(guest_name))),
  add constraint comments_guest_email_ck check (
    guest_email is null or (char_length(guest_email) <= 254 and guest_email = lower(guest_email)
                            and guest_email ~ '^[^@\s]+@[^@\s]+$')),
  add constraint comments_report_count_ck check (report_count >= 0),
  -- Holding a comment or making it spam reviews its reports: only approved comments have any.
  add constraint comments_reports_approved_ck check (report_count = 0 or status = 'approved'),
  add constraint comments_address_hash_ck check (address_hash is null or address_hash ~ '^[0-9a-f]{16}$');

-- The moderation queue's tabs, newest first, each over its own rows only.
drop index comments_latest_idx;
create index comments_approved_idx on comments (created_at desc, id desc) where status = 'approved';
create index comments_held_idx on comments (created_at desc, id desc) where status = 'held';
create index comments_spam_idx on comments (created_at desc, id desc) where status = 'spam';
create index comments_reported_idx on comments (created_at desc, id desc) where report_count > 0;

-- What readers see of a thread, in reply order: spam, held, waiting and hidden comments are not in it, so
-- a page of a thread reads only rows it shows however many a moderator has yet to clear.
create index comments_visible_thread_idx on comments (post_id, path)
  where status = 'approved' and waiting_on_id is null and hidden_root_id is null;
-- What moderators see besides: held, waiting and hidden comments (spam stays in the queue).
create index comments_withheld_thread_idx on comments (post_id, path)
  where status = 'held' or (status = 'approved' and (waiting_on_id is not null or hidden_root_id is not null));
-- What an author sees of their own besides: comments still held or waiting ("Awaiting moderation").
create index comments_author_withheld_idx on comments (author_id, post_id, path)
  where status <> 'approved' or waiting_on_id is not null;
-- A returning guest: an approved comment under this email, and the same text within the hour.
create index comments_guest_email_idx on comments (guest_email, created_at desc) where guest_email is not null;

-- A reply takes over its parent's state: it waits with a parent that is not approved (or with what the
-- parent waits for), and belongs to a hidden or locked thread when its parent does.
create or replace function comments_assign_path() returns trigger
language plpgsql as $$
declare
  parent record;
begin
  if new.parent_id is null then
    new.path := comment_path_segment(nextval('comments_path_seq'));
  else
    select c.id, c.path, c.status, c.waiting_on_id, c.hidden_root_id, c.locked_root_id into parent
      from comments c
     where c.id = new.parent_id and c.post_id = new.post_id;
    if parent.path is null then
      raise foreign_key_violation using
        message = 'comments_parent_fk: the parent of a reply must be a comment of the same post',
        constraint = 'comments_parent_fk';
    end if;
    new.path := parent.path || comment_path_segment(nextval('comments_path_seq'));
    new.waiting_on_id := case when parent.status <> 'approved' then parent.id else parent.waiting_on_id end;
    new.hidden_root_id := parent.hidden_root_id;
    new.locked_root_id := parent.locked_root_id;
  end if;
  return new;
end
$$;

-- post_comment_counts now counts what readers see: approved, not waiting, not hidden, not "[deleted]".
drop trigger comments_count_insert on comments;
drop trigger comments_count_delete on comments;
drop trigger comments_count_placeholder on comments;
drop trigger comments_count_restore on comments;

create trigger comments_count_insert after insert on comments
  for each row when (new.status = 'approved' and new.waiting_on_id is null and new.hidden_root_id is null
                     and new.deleted_at is null)
  execute function post_comment_counts_add();

create trigger comments_count_delete after delete on comments
  for each row when (old.status = 'approved' and old.waiting_on_id is null and old.hidden_root_id is null
                     and old.deleted_at is null)
  execute function post_comment_counts_remove();

-- Updates are counted once per statement: hiding a thread of 2,000 comments is one statement, and a row
-- trigger would update the post's one counter row 2,000 times in its transaction. The difference of
-- counted rows before and after, per post, is applied in one statement; a post's counter row is locked
-- by it, so concurrent approvals, hides and deletes of one thread take turns and the count stays exact.
create function post_comment_counts_apply_update() returns trigger
language plpgsql as $$
begin
  with changed as (
    select n.post_id,
           sum((n.status = 'approved' and n.waiting_on_id is null and n.hidden_root_id is null
                and n.deleted_at is null)::int
             - (o.status = 'approved' and o.waiting_on_id is null and o.hidden_root_id is null
                and o.deleted_at is null)::int)::int as delta
      from new_rows n
      join old_rows o on o.id = n.id
     group by n.post_id),
  fewer as (
    update post_comment_counts counted
       set comments = counted.comments + changed.delta
      from changed
     where changed.post_id = counted.post_id and changed.delta < 0)
  insert into post_comment_counts as counted (post_id, comments)
  select post_id, delta from changed where delta > 0
  on conflict (post_id) do update set comments = counted.comments + excluded.comments;
  return null;
end
$$;

create trigger comments_count_update after update on comments
  referencing old table as old_rows new table as new_rows
  for each statement execute function post_comment_counts_apply_update();

-- One row per reader and comment: a reader reports a comment once.
create table comment_reports (
  comment_id  uuid        not null references comments (id) on delete cascade,
  reporter_id uuid        not null references users (id),
  reported_at timestamptz not null default now(),
  constraint comment_reports_pk primary key (comment_id, reporter_id)
);
create index comment_reports_reporter_idx on comment_reports (reporter_id);

-- Authors who may no longer comment: an account, or a guest by email.
create table comment_bans (
  id          uuid        primary key default uuid_generate_v7(),
  user_id     uuid        references users (id),
  guest_email text,
  banned_by   uuid        not null references users (id),
  banned_at   timestamptz not null default now(),
  constraint comment_bans_user_uk unique (user_id),
  constraint comment_bans_guest_email_uk unique (guest_email),
  constraint comment_bans_one_author_ck check ((user_id is null) <> (guest_email is null)),
  constraint comment_bans_guest_email_ck check (guest_email is null or guest_email = lower(guest_email))
);
create index comment_bans_banned_by_idx on comment_bans (banned_by);

-- Posts whose author closed their comments in the editor ("Comments closed"). A row is a closed post;
-- a draft can have one, so it is kept apart from post_threads, which the posts context's events write.
create table post_comments_closed (
  post_id   uuid        primary key,
  closed_by uuid        not null references users (id),
  closed_at timestamptz not null default now()
);
create index post_comments_closed_by_idx on post_comments_closed (closed_by);

-- The key of the address hashes and of the comment forms' tokens: one row, written by the application the
-- first time it needs it (32 random bytes), so that every instance signs and hashes alike.
create table comment_secret (
  id     smallint primary key default 1,
  secret bytea    not null,
  constraint comment_secret_singleton_ck check (id = 1),
  constraint comment_secret_length_ck check (length(secret) = 32)
);
