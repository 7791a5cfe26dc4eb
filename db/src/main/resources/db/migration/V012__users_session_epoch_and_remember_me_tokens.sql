-- The generation of an account's sessions. A session remembers the generation it signed in with and
-- ends when the account's has moved on: a password change, a suspension or a deletion adds one, in the
-- same transaction, so every session of that account ends on every app instance.
-- A constant default: PostgreSQL adds the column without rewriting the table.
alter table users add column session_epoch integer not null default 0;

-- "Remember me" logins: the cookie carries a series (the lookup key) and a secret token; only the token's
-- SHA-256 is kept, so a copy of this table cannot sign anybody in. Every use replaces the token; a known
-- series presented with an old token means the cookie was copied, and every token of that account goes.
create table remember_me_tokens (
  series       text        primary key,
  user_id      uuid        not null references users (id) on delete cascade,
  token_hash   bytea       not null,
  created_at   timestamptz not null default now(),
  last_used_at timestamptz not null default now(),
  expires_at   timestamptz not null,
  constraint remember_me_tokens_series_ck check (char_length(series) between 16 and 64),
  constraint remember_me_tokens_token_hash_ck check (octet_length(token_hash) = 32)
);

-- Logout everywhere (password change, suspension, deletion, a stolen cookie) deletes by account.
create index remember_me_tokens_user_idx on remember_me_tokens (user_id);
-- The clean-up of expired tokens reads only those.
create index remember_me_tokens_expires_idx on remember_me_tokens (expires_at);
