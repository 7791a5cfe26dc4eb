create table post_categories (
  post_id     uuid not null references posts (id) on delete cascade,
  category_id uuid not null references categories (id) on delete cascade,
  -- The post's published_at while it is published, else null: a category page then reads
  -- (category_id, listed_at) in index order instead of joining and sorting every post of the category.
  listed_at   timestamptz,
  primary key (post_id, category_id)
);

create index post_categories_category_listed_idx on post_categories (category_id, listed_at desc, post_id desc);

create function post_categories_fill_listed_at() returns trigger
language plpgsql as $$
begin
  select case when p.status = 'published' then p.published_at end
    into new.listed_at
    from posts p
   where p.id = new.post_id;
  return new;
end
$$;

create trigger post_categories_fill_listed_at before insert on post_categories
  for each row execute function post_categories_fill_listed_at();

-- categories.post_count follows every change of a listed link. Row locks on the category rows make
-- concurrent publishing exact; links are visited in (post_id, category_id) order, so two
-- transactions lock shared categories in the same order.
create function post_categories_count() returns trigger
language plpgsql as $$
begin
  if tg_op in ('DELETE', 'UPDATE') and old.listed_at is not null then
    update categories set post_count = post_count - 1 where id = old.category_id;
  end if;
  if tg_op in ('INSERT', 'UPDATE') and new.listed_at is not null then
    update categories set post_count = post_count + 1 where id = new.category_id;
  end if;
  return null;
end
$$;

create trigger post_categories_count after insert or delete or update on post_categories
  for each row execute function post_categories_count();

create function posts_sync_listing() returns trigger
language plpgsql as $$
begin
  update post_categories
     set listed_at = case when new.status = 'published' then new.published_at end
   where post_id = new.id
     and listed_at is distinct from case when new.status = 'published' then new.published_at end;
  return null;
end
$$;

create trigger posts_sync_listing after update of status, published_at on posts
  for each row execute function posts_sync_listing();
