-- Rate limits (registration, failed logins, posting, comments) per client address and per account, kept
-- here so that several app instances share one limit. Bucket4j's PostgreSQL backend reads and writes it
-- (select ... for update on one row per key); the columns are the ones it expects. The key names the
-- action, the limit and the client address or account ("comments/10/PT1M/address/203.0.113.7").
-- expires_at (epoch milliseconds) is when the bucket would be full again: past it the row means nothing
-- and the site deletes it in batches, so the table holds only clients seen within their limit's period.
create table rate_limit_buckets (
  id         text   primary key,
  state      bytea,
  expires_at bigint,
  constraint rate_limit_buckets_id_length_ck check (length(id) <= 400)
);

create index rate_limit_buckets_expires_idx on rate_limit_buckets (expires_at);
