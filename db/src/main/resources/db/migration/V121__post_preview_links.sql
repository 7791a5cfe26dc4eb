-- "Share preview": a secret link (/preview/{token}) that shows a post that is not public to whoever has it,
-- for seven days or until revoked. One link per post; sharing again replaces it. Only the token's SHA-256 is
-- kept, so a copy of this table opens no draft.
create table post_preview_links (
  post_id    uuid        primary key references posts (id) on delete cascade,
  token_hash bytea       not null,
  -- Accounts are never deleted, so no foreign key.
  created_by uuid        not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  constraint post_preview_links_token_hash_ck check (octet_length(token_hash) = 32),
  constraint post_preview_links_expiry_ck     check (expires_at > created_at)
);

-- A preview page finds its post by the token's hash.
create unique index post_preview_links_token_uk on post_preview_links (token_hash);
-- The background clean-up of expired links.
create index post_preview_links_expires_idx on post_preview_links (expires_at);
