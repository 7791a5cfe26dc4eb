-- Helpers and word pools of the generator, in a schema of their own that 90-finish.sql drops.
-- Randomness is a hash of (row key, purpose), not random(): the same scale gives the same data
-- set on every run, and the planner cannot fold a "random" value into a constant.
drop schema if exists bench cascade;
create schema bench;

create function bench.u(k bigint, purpose int) returns float8
language sql immutable parallel safe as
$$ select (hashint8extended(k, purpose) & 140737488355327)::float8 / 140737488355328.0 $$;

-- Zipf-like rank 1..n (probability ~ 1/rank), like word frequencies in real text.
create function bench.zipf(x float8, n int) returns int
language sql immutable parallel safe as
$$ select least(n, floor(exp(x * ln(n + 1)))::int) $$;

-- A time-ordered id (UUID version 7) for the moment a row was created, as the site's own
-- TimeOrderedIds would have made it then: rows of one period sit together in the B-trees.
create function bench.uuid7(at timestamptz) returns uuid
language sql volatile parallel safe as $$
  select encode(set_bit(set_bit(
           overlay(uuid_send(gen_random_uuid())
                   placing substring(int8send((extract(epoch from at) * 1000)::bigint) from 3) from 1 for 6),
           52, 1), 53, 1), 'hex')::uuid
$$;

create table bench.words (i int generated always as identity primary key, w text not null);
