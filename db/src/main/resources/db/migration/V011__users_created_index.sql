-- The admin users table (no filter) and the dashboard's "newest accounts" read every status newest
-- first; users_active_created_idx covers active accounts only, so they sorted the whole table.
create index users_created_idx on users (created_at desc, id desc);
