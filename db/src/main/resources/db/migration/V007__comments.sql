-- Materialized path: each comment appends a fixed-width segment to its parent's path. Segments come
-- from a sequence (creation order) and are written in an order-preserving base-62 alphabet, so under
-- the "C" collation the text order of paths is the thread's reply order, and a subtree is a prefix.
create sequence comments_path_seq;

create function comment_path_segment(n bigint) returns text
language plpgsql immutable strict parallel safe as $$
declare
  alphabet constant text := '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  segment text := '';
  remaining bigint := n;
begin
  for i in 1..7 loop
    segment := substr(alphabet, (remaining % 62)::int + 1, 1) || segment;
    remaining := remaining / 62;
  end loop;
  if remaining <> 0 then
    raise exception 'comment path segment overflow for %', n;
  end if;
  return segment;
end
$$;

create table comments (
  id          uuid        primary key default uuid_generate_v7(),
  post_id     uuid        not null references posts (id) on delete cascade,
  -- Users are only soft-deleted; their comments stay.
  author_id   uuid        not null references users (id),
  parent_id   uuid,
  path        text        collate "C" not null,
  content     text        not null,
  is_edited   boolean     not null default false,
  -- Set when a comment with replies is deleted: it keeps its place as "[deleted]", its text erased.
  deleted_at  timestamptz,
  created_at  timestamptz not null default now(),
  updated_at  timestamptz not null default now(),
  constraint comments_id_post_uk unique (id, post_id),
  -- A reply's parent must be a comment of the same post: the database itself refuses anything else.
  constraint comments_parent_fk foreign key (parent_id, post_id)
    references comments (id, post_id) on delete cascade,
  constraint comments_parent_not_self_ck check (parent_id is null or parent_id <> id),
  constraint comments_content_length_ck check (
    (deleted_at is null and char_length(content) between 1 and 5000)
    or (deleted_at is not null and content = '')),
  constraint comments_path_shape_ck check (char_length(path) > 0 and char_length(path) % 7 = 0)
);

-- A post's thread in reply order, and a subtree by path prefix.
create index comments_thread_idx on comments (post_id, path);
-- Latest comments across the site (moderation, dashboard).
create index comments_latest_idx on comments (created_at desc, id desc);
create index comments_author_idx on comments (author_id, created_at desc);
create index comments_parent_idx on comments (parent_id, post_id);

create function comments_assign_path() returns trigger
language plpgsql as $$
declare
  parent_path text;
begin
  if new.parent_id is null then
    new.path := comment_path_segment(nextval('comments_path_seq'));
  else
    select c.path into parent_path
      from comments c
     where c.id = new.parent_id and c.post_id = new.post_id;
    if parent_path is null then
      raise foreign_key_violation using
        message = 'comments_parent_fk: the parent of a reply must be a comment of the same post',
        constraint = 'comments_parent_fk';
    end if;
    new.path := parent_path || comment_path_segment(nextval('comments_path_seq'));
  end if;
  return new;
end
$$;

create trigger comments_assign_path before insert on comments
  for each row execute function comments_assign_path();

create function comments_keep_path() returns trigger
language plpgsql as $$
begin
  if new.path is distinct from old.path or new.parent_id is distinct from old.parent_id
     or new.post_id is distinct from old.post_id then
    raise check_violation using message = 'a comment cannot move within or between threads';
  end if;
  return new;
end
$$;

create trigger comments_keep_path before update on comments
  for each row execute function comments_keep_path();

create trigger comments_set_updated_at before update on comments
  for each row execute function set_updated_at();
