-- The integrations context (V080-V089): webhooks, and the outbox and log of their deliveries.

-- An address that is told of the site's events. secret is kept as written (it signs each delivery with
-- HMAC-SHA256, so it cannot be a one-way digest). The URL is http(s) without credentials ("user:pass@").
create table webhooks (
  id         uuid        primary key default uuid_generate_v7(),
  url        text        not null,
  events     text[]      not null,
  secret     text        not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint webhooks_url_ck    check (char_length(url) <= 2000 and url ~* '^https?://[^/?#@\s]+([/?#]\S*)?$'),
  constraint webhooks_events_ck check (cardinality(events) between 1 and 20
                                       and array_to_string(events, ' ') ~ '^([a-z]+\.[a-z]+( |$))+$'),
  constraint webhooks_secret_ck check (char_length(secret) between 16 and 200)
);

create trigger webhooks_set_updated_at before update on webhooks
  for each row execute function set_updated_at();

-- The outbox: one row per webhook and event (and per "Redeliver"), written when the event is heard, sent by
-- the background worker of any instance. payload is the exact JSON body that is signed and sent.
-- status: pending (due at next_attempt_at), sending (claimed by a worker until next_attempt_at; a claim
-- that lapses, as when an instance dies mid-send, is due again), delivered, failed (gave up after retries).
create table webhook_deliveries (
  id              uuid        primary key default uuid_generate_v7(),
  webhook_id      uuid        not null references webhooks (id) on delete cascade,
  event_id        uuid        not null,
  event_type      text        not null,
  payload         text        not null,
  redelivery_of   uuid,
  status          text        not null default 'pending',
  attempts        integer     not null default 0,
  next_attempt_at timestamptz default now(),
  last_attempt_at timestamptz,
  response_code   integer,
  duration_ms     integer,
  error           text,
  created_at      timestamptz not null default now(),
  constraint webhook_deliveries_status_ck   check (status in ('pending', 'sending', 'delivered', 'failed')),
  constraint webhook_deliveries_due_ck      check ((status in ('pending', 'sending')) = (next_attempt_at is not null)),
  constraint webhook_deliveries_attempts_ck check (attempts >= 0),
  constraint webhook_deliveries_type_ck     check (event_type ~ '^[a-z]+\.[a-z]+$'),
  constraint webhook_deliveries_code_ck     check (response_code is null or response_code between 100 and 599),
  constraint webhook_deliveries_error_ck    check (error is null or char_length(error) <= 500)
);
-- Hearing one event twice (the event registry delivers again what failed) writes no second delivery.
create unique index webhook_deliveries_event_uk on webhook_deliveries (webhook_id, event_id) where redelivery_of is null;
-- The workers' claim: what is due, oldest first. Only undelivered rows are in it, so it stays small.
create index webhook_deliveries_due_idx on webhook_deliveries (next_attempt_at) where status in ('pending', 'sending');
-- A webhook's delivery log, newest first (ids are time-ordered); also its foreign key's index.
create index webhook_deliveries_webhook_id_idx on webhook_deliveries (webhook_id, id desc);
-- The clean-up of finished deliveries older than the log keeps.
create index webhook_deliveries_finished_idx on webhook_deliveries (created_at) where status in ('delivered', 'failed');
