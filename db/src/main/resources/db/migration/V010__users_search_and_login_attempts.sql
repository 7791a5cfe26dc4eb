-- The admin user search is a case-insensitive substring match on name or email; trigram GIN indexes
-- answer "contains" patterns without reading every row (patterns shorter than 3 characters cannot use them).
create index users_name_trgm_idx on users using gin (name gin_trgm_ops);
-- Emails are stored lower-case, so a plain LIKE on a lower-cased pattern is already case-insensitive.
create index users_email_trgm_idx on users using gin (email gin_trgm_ops);

-- Failed logins per account, kept in the database so that a lock survives restarts and holds across
-- several app instances. One row per account that has failed recently; a successful login deletes it.
create table login_attempts (
  user_id           uuid        primary key references users (id) on delete cascade,
  failed_count      integer     not null,
  window_started_at timestamptz not null,
  locked_until      timestamptz,
  constraint login_attempts_failed_count_ck check (failed_count >= 1)
);
