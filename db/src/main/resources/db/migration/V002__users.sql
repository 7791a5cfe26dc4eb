create table users (
  id             uuid        primary key default uuid_generate_v7(),
  email          text        not null,
  password_hash  text        not null,
  name           text        not null,
  role           text        not null default 'user',
  status         text        not null default 'active',
  avatar_url     text,
  email_verified boolean     not null default false,
  last_login_at  timestamptz,
  created_at     timestamptz not null default now(),
  updated_at     timestamptz not null default now(),
  -- Stored lower-case, so a plain unique index is a case-insensitive one.
  constraint users_email_lower_ck   check (email = lower(email)),
  constraint users_email_shape_ck   check (char_length(email) between 3 and 255 and strpos(email, '@') > 1),
  constraint users_name_length_ck   check (char_length(name) between 1 and 100 and name = btrim(name)),
  constraint users_role_ck          check (role in ('admin', 'user', 'guest')),
  constraint users_status_ck        check (status in ('active', 'suspended', 'deleted')),
  constraint users_avatar_url_ck    check (avatar_url is null
                                           or (char_length(avatar_url) <= 500 and avatar_url ~* '^https?://[^\s]+$')),
  constraint users_password_hash_ck check (char_length(password_hash) between 20 and 500)
);

create unique index users_email_uk on users (email);
create index users_role_idx on users (role);
create index users_status_idx on users (status);
-- "Active users, newest first" reads this index in order and stops after one page.
create index users_active_created_idx on users (created_at desc, id desc) where status = 'active';

create trigger users_set_updated_at before update on users
  for each row execute function set_updated_at();
