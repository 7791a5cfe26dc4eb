-- Functions every context's tables share.

-- Time-ordered ids (UUID version 7): the first 48 bits are the Unix time in milliseconds, so new
-- rows land at the right edge of every primary-key B-tree instead of on random pages.
-- The services generate the same shape in Java; this default serves SQL-side inserts (bulk loads).
create function uuid_generate_v7() returns uuid
language sql volatile parallel safe as $$
  select encode(
           set_bit(set_bit(
             overlay(uuid_send(gen_random_uuid())
                     placing substring(int8send((extract(epoch from clock_timestamp()) * 1000)::bigint) from 3)
                     from 1 for 6),
             52, 1), 53, 1),
           'hex')::uuid
$$;

-- updated_at is the database's job, so no code path can forget it.
create function set_updated_at() returns trigger
language plpgsql as $$
begin
  new.updated_at := now();
  return new;
end
$$;

-- Trigram matching backs the case-insensitive substring searches of the admin screens.
create extension if not exists pg_trgm;
