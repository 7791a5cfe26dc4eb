-- A few comments with replies deleted the site's way: kept in the thread as "[deleted]".
update comments c set content = '', deleted_at = c.created_at + interval '1 day'
 where c.parent_id is null and abs(hashtext(c.id::text)) % 100 = 0
   and exists (select 1 from comments r where r.parent_id = c.id and r.post_id = c.post_id);

alter table post_categories enable trigger post_categories_fill_listed_at;
alter table post_categories enable trigger post_categories_count;
alter table post_tags enable trigger post_tags_fill_listed_at;
alter table post_tags enable trigger post_tags_count;
alter table comments enable trigger comments_assign_path;

-- The counters the disabled triggers would have kept, recomputed in one pass each.
update categories c
   set post_count = (select count(*) from post_categories pc where pc.category_id = c.id and pc.listed_at is not null);
update tags t
   set post_count = n.listed
  from (select tag_id, count(*) as listed from post_tags where listed_at is not null group by tag_id) n
 where n.tag_id = t.id;

-- Comments readers see per post (placeholders above left out; all generated comments are approved), which
-- the disabled triggers would have kept, counted in one pass; the triggers are on again for whatever the
-- site writes later.
alter table comments enable trigger comments_count_insert;
alter table comments enable trigger comments_count_delete;
alter table comments enable trigger comments_count_update;
truncate post_comment_counts;
insert into post_comment_counts (post_id, comments)
select post_id, count(*) from comments
 where deleted_at is null and status = 'approved' and waiting_on_id is null and hidden_root_id is null
 group by post_id;

-- The comments context's own record of the posts that take comments (V031), which its PostPublished
-- reaction keeps on the site: every published post is open.
insert into post_threads (post_id, takes_comments, post_version)
select id, true, version from posts where status = 'published'
on conflict (post_id) do nothing;
