-- The invariants the triggers keep, checked on the loaded data: every line must say 0.
select 'categories whose post_count differs from their listed posts: ' || count(*)
  from categories c
 where c.post_count <> (select count(*) from post_categories pc where pc.category_id = c.id and pc.listed_at is not null);
select 'post_categories whose listed_at differs from the post''s: ' || count(*)
  from post_categories pc join posts p on p.id = pc.post_id
 where pc.listed_at is distinct from case when p.status = 'published' then p.published_at end;
select 'tags whose post_count differs from their listed posts: ' || count(*)
  from tags t
 where t.post_count <> (select count(*) from post_tags pt where pt.tag_id = t.id and pt.listed_at is not null);
select 'post_tags whose listed_at differs from the post''s: ' || count(*)
  from post_tags pt join posts p on p.id = pt.post_id
 where pt.listed_at is distinct from case when p.status = 'published' then p.published_at end;
select 'posts with more tags than the site allows (10): ' || count(*)
  from (select post_id from post_tags group by post_id having count(*) > 10) over_limit;
select 'replies whose path is not parent path + one segment: ' || count(*)
  from comments c join comments p on p.id = c.parent_id
 where length(c.path) <> length(p.path) + 7 or left(c.path, length(p.path)) <> p.path;
select 'top-level comments whose path is not one segment: ' || count(*)
  from comments where parent_id is null and length(path) <> 7;
select 'path segments the sequence has not yet passed: ' || count(*)
  from comments where right(path, 7) > comment_path_segment((select last_value from comments_path_seq));
select 'comments on unpublished posts: ' || count(*)
  from comments c join posts p on p.id = c.post_id where p.status <> 'published';
select 'posts whose post_comment_counts differs from the comments readers see: ' || count(*)
  from posts p
  left join post_comment_counts pc on pc.post_id = p.id
  left join (select post_id, count(*) as live from comments
              where deleted_at is null and status = 'approved' and waiting_on_id is null and hidden_root_id is null
              group by post_id) c on c.post_id = p.id
 where coalesce(pc.comments, 0) <> coalesce(c.live, 0);
select 'published posts the comments context does not know as open: ' || count(*)
  from posts p
  left join post_threads t on t.post_id = p.id
 where p.status = 'published' and t.takes_comments is not true;
select 'posts whose revision numbers do not run 1, 2, 3… without a gap: ' || count(*)
  from (select post_id from revisions where post_id is not null group by post_id
         having min(number) <> 1 or max(number) <> count(*)) gaps;
select 'posts whose newest revision is not their text: ' || count(*)
  from posts p
  join revisions r on r.post_id = p.id
 where r.number = (select max(n.number) from revisions n where n.post_id = p.id)
   and (r.content <> p.content or r.title <> p.title);
select 'public posts whose text was never marked published: ' || count(*)
  from posts p
 where p.status in ('published', 'archived')
   and not exists (select 1 from revisions r where r.post_id = p.id and r.published);
