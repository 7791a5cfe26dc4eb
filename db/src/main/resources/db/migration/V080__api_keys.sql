-- The integrations context (V080-V089): keys of the read-only Content API (/api/v1/...).

-- A key is shown once, when it is made, and stored only as the SHA-256 of its text: a key is 256 random
-- bits, so no slow password hash is needed to make guessing it from the digest hopeless. key_prefix (the
-- key's first characters) tells keys apart on the admin page. A revoked key stays, marked, so the page can
-- say when it stopped working; it never authenticates again.
create table api_keys (
  id              uuid        primary key default uuid_generate_v7(),
  name            text        not null,
  key_prefix      text        not null,
  key_hash        text        not null,
  -- Browser origins (scheme://host[:port]) whose pages may call the API with this key (CORS).
  allowed_origins text[]      not null default '{}',
  created_at      timestamptz not null default now(),
  -- Written at most once a minute per key, so using a key costs no write per request.
  last_used_at    timestamptz,
  revoked_at      timestamptz,
  constraint api_keys_name_length_ck check (char_length(name) between 1 and 100 and name = btrim(name)),
  constraint api_keys_key_prefix_ck  check (key_prefix ~ '^ink_[A-Za-z0-9_-]{8}$'),
  constraint api_keys_key_hash_ck    check (key_hash ~ '^[0-9a-f]{64}$'),
  constraint api_keys_origins_ck     check (cardinality(allowed_origins) <= 20
                                            and array_to_string(allowed_origins, ' ')
                                                ~ '^(https?://([a-z0-9.-]+|\[[0-9a-f:.]+\])(:[0-9]{1,5})?( |$))*$')
);
-- Each API request finds its key by the digest of what it sent.
create unique index api_keys_key_hash_uk on api_keys (key_hash);
-- A CORS preflight carries no key: it asks whether any live key allows its origin.
create index api_keys_allowed_origins_idx on api_keys using gin (allowed_origins) where revoked_at is null;
