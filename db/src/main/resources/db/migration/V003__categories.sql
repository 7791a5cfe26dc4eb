create table categories (
  id          uuid        primary key default uuid_generate_v7(),
  name        text        not null,
  slug        text        not null,
  description text,
  -- Number of published posts in the category, kept exact by the triggers of post_categories.
  post_count  integer     not null default 0,
  created_at  timestamptz not null default now(),
  updated_at  timestamptz not null default now(),
  constraint categories_name_length_ck        check (char_length(name) between 1 and 100 and name = btrim(name)),
  constraint categories_slug_shape_ck         check (char_length(slug) between 1 and 120
                                                     and slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  constraint categories_description_length_ck check (description is null or char_length(description) <= 2000),
  constraint categories_post_count_ck         check (post_count >= 0)
);

create unique index categories_name_uk on categories (lower(name));
create unique index categories_slug_uk on categories (slug);

create trigger categories_set_updated_at before update on categories
  for each row execute function set_updated_at();
