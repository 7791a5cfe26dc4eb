-- Live comments per post (deleted_at is null: a "[deleted]" placeholder does not count), so a listing
-- card or a post page reads one row per post instead of counting every comment of the thread.
-- Kept exact by the row triggers below: the row lock on a post's counter serialises concurrent
-- writers of one thread. Posts without a live comment may have no row (read as 0).
create table post_comment_counts (
  post_id  uuid    primary key references posts (id) on delete cascade,
  comments integer not null check (comments >= 0)
);

create function post_comment_counts_add() returns trigger
language plpgsql as $$
begin
  insert into post_comment_counts as counted (post_id, comments) values (new.post_id, 1)
  on conflict (post_id) do update set comments = counted.comments + 1;
  return null;
end
$$;

-- Only ever an update, never an upsert: when a post is deleted its comments go by cascade, and its
-- counter row may already be gone (nothing to update) — inserting one would point at a deleted post.
create function post_comment_counts_remove() returns trigger
language plpgsql as $$
begin
  update post_comment_counts set comments = comments - 1 where post_id = old.post_id;
  return null;
end
$$;

create trigger comments_count_insert after insert on comments
  for each row when (new.deleted_at is null)
  execute function post_comment_counts_add();

-- Deleting a comment, whether directly, through its parent (cascade) or its post (cascade).
create trigger comments_count_delete after delete on comments
  for each row when (old.deleted_at is null)
  execute function post_comment_counts_remove();

-- A comment with replies is deleted by becoming a "[deleted]" placeholder.
create trigger comments_count_placeholder after update of deleted_at on comments
  for each row when (old.deleted_at is null and new.deleted_at is not null)
  execute function post_comment_counts_remove();

-- And back, should a placeholder ever be restored.
create trigger comments_count_restore after update of deleted_at on comments
  for each row when (old.deleted_at is not null and new.deleted_at is null)
  execute function post_comment_counts_add();

-- Existing comments, counted in one pass (comments_thread_idx leads with post_id).
insert into post_comment_counts (post_id, comments)
select post_id, count(*) from comments where deleted_at is null group by post_id;
