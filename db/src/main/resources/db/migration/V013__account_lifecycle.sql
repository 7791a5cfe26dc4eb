-- The users context's account lifecycle: password resets, email confirmations, invitations and two-factor
-- sign-in. Every link token is 256 random bits; only its SHA-256 is stored, so a copy of these tables opens
-- nothing. A used or expired token's row stays a while, so that a second click can be told "already used"
-- rather than "unknown"; the service deletes rows a day past their expiry whenever it makes a new one.

-- An account is unconfirmed only when the registration form made it so: accounts that existed before
-- confirmations (and those an admin, an invitation, start-up or a script makes) were trusted to publish
-- and still are. A constant default: PostgreSQL changes it without rewriting the table.
alter table users alter column email_verified set default true;
update users set email_verified = true where not email_verified;

create table password_reset_tokens (
  token_hash bytea       primary key,
  user_id    uuid        not null references users (id) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at    timestamptz,
  constraint password_reset_tokens_hash_ck check (octet_length(token_hash) = 32)
);
create index password_reset_tokens_user_idx on password_reset_tokens (user_id);
create index password_reset_tokens_expires_idx on password_reset_tokens (expires_at);

-- A link that confirms an address: the account's own one after registration ('verify'), or the new one
-- a person asked to change to ('change'), which becomes the account's email only when the link is followed.
create table email_confirmations (
  token_hash bytea       primary key,
  user_id    uuid        not null references users (id) on delete cascade,
  email      text        not null,
  purpose    text        not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at    timestamptz,
  constraint email_confirmations_hash_ck    check (octet_length(token_hash) = 32),
  constraint email_confirmations_email_ck   check (email = lower(email) and char_length(email) between 3 and 255
                                                   and strpos(email, '@') > 1 and email !~ '[\r\n]'),
  constraint email_confirmations_purpose_ck check (purpose in ('verify', 'change'))
);
create index email_confirmations_user_idx on email_confirmations (user_id);
create index email_confirmations_expires_idx on email_confirmations (expires_at);

-- An admin's invitation: the link lets one person create an account with this email and role, once,
-- until it expires or is revoked, also while registration is closed.
create table invitations (
  id               uuid        primary key default uuid_generate_v7(),
  email            text        not null,
  role             text        not null,
  token_hash       bytea       not null,
  invited_by       uuid        references users (id) on delete set null,
  created_at       timestamptz not null default now(),
  expires_at       timestamptz not null,
  accepted_at      timestamptz,
  accepted_user_id uuid        references users (id) on delete set null,
  revoked_at       timestamptz,
  constraint invitations_email_ck      check (email = lower(email) and char_length(email) between 3 and 255
                                              and strpos(email, '@') > 1 and email !~ '[\r\n]'),
  constraint invitations_role_ck       check (role in ('admin', 'user', 'guest')),
  constraint invitations_hash_ck       check (octet_length(token_hash) = 32),
  constraint invitations_one_end_ck    check (accepted_at is null or revoked_at is null),
  constraint invitations_accepted_ck   check (accepted_user_id is null or accepted_at is not null)
);
create unique index invitations_token_uk on invitations (token_hash);
create index invitations_created_idx on invitations (created_at desc, id desc);
create index invitations_invited_by_idx on invitations (invited_by);
create index invitations_accepted_user_idx on invitations (accepted_user_id);

-- TOTP (RFC 6238) sign-in: the shared secret (Base32, as authenticator apps take it) must be read back to
-- check codes, so it is stored as it is. A row with confirmed_at null is a set-up not yet confirmed by a
-- first code; last_used_step is the time step of the last code accepted, so no code works twice.
create table two_factor_credentials (
  user_id        uuid        primary key references users (id) on delete cascade,
  secret         text        not null,
  created_at     timestamptz not null default now(),
  confirmed_at   timestamptz,
  last_used_step bigint      not null default 0,
  constraint two_factor_credentials_secret_ck check (secret ~ '^[A-Z2-7]{32}$')
);

-- Ten single-use recovery codes per account with two-factor sign-in, made when it is turned on and shown
-- once; each is 80 random bits, stored as its SHA-256.
create table recovery_codes (
  user_id    uuid        not null references users (id) on delete cascade,
  code_hash  bytea       not null,
  created_at timestamptz not null default now(),
  used_at    timestamptz,
  primary key (user_id, code_hash),
  constraint recovery_codes_hash_ck check (octet_length(code_hash) = 32)
);
