-- Which posts take comments, as the comments context itself knows it. It learns it from the posts
-- context's events, each handled after the post's transaction commits: PostPublished opens a post's
-- thread, PostUnpublished (archived, or back to draft) closes it, PostDeleted closes it for good and
-- removes its comments and counter. Comment writes read this row instead of asking the posts context.
-- post_version is the post's version the event carried: a late or repeated event with an older one
-- changes nothing, so events handled out of order (two status changes committed moments apart, or an
-- event delivered again at start-up) cannot reopen a closed thread.
create table post_threads (
  post_id        uuid        primary key,
  takes_comments boolean     not null,
  post_version   integer     not null,
  changed_at     timestamptz not null default now(),
  constraint post_threads_post_version_ck check (post_version >= 0)
);

-- Filled once from the posts of today: published posts are open; every other post with comments gets a
-- closed row, so that each comment's post has one (comment deletions lock it, see CommentService).
insert into post_threads (post_id, takes_comments, post_version)
select p.id, p.status = 'published', p.version
  from posts p
 where p.status = 'published' or exists (select 1 from comments c where c.post_id = p.id);

-- Comments and their counters used to leave with their post by a cascade from posts. The PostDeleted
-- reaction removes them now, so the comments context no longer depends on the posts table: a comment's
-- post is an id, as it is for the other contexts.
alter table comments drop constraint comments_post_id_fkey;
alter table post_comment_counts drop constraint post_comment_counts_post_id_fkey;
