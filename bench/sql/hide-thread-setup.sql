-- A thread of :thread_size comments to hide and show again (bench/hide-thread.sh): a top-level comment on the
-- published post with the most comments, and replies beneath it, each under one of the first 250 comments of
-- the thread (so it is ~8 levels deep, like the data set's threads). Written through the real triggers, as the
-- site writes comments. Made once per data set: a run finds it by its text and reuses it.
select set_config('bench.thread_size', :'thread_size', false);

do $$
declare
  size  int := current_setting('bench.thread_size')::int;
  post  uuid;
  who   uuid;
  ids   uuid[];
  id    uuid;
begin
  if exists (select 1 from comments where content = 'bench: a thread to hide' and parent_id is null) then
    return;
  end if;
  select c.post_id into post from comments c join posts p on p.id = c.post_id and p.status = 'published'
   group by c.post_id order by count(*) desc, c.post_id limit 1;
  select u.id into who from users u where u.status = 'active' order by u.created_at, u.id limit 1;
  insert into comments (post_id, author_id, content) values (post, who, 'bench: a thread to hide') returning comments.id into id;
  ids := array[id];
  for i in 2..size loop
    insert into comments (post_id, author_id, parent_id, content)
    values (post, who, ids[1 + abs(hashtext('bench-hide-' || i)) % least(i - 1, 250)], 'bench: reply ' || i)
    returning comments.id into id;
    ids := ids || id;
  end loop;
end
$$;

analyze comments;

-- What the script needs: the post, the root's id and path, and the size of the thread (the subtree of the root).
select r.post_id, r.id, r.path,
       (select count(*) from comments c where c.post_id = r.post_id and c.path like r.path || '%'),
       (select max(length(c.path) / 7) - 1 from comments c where c.post_id = r.post_id and c.path like r.path || '%')
  from comments r
 where r.content = 'bench: a thread to hide' and r.parent_id is null;
