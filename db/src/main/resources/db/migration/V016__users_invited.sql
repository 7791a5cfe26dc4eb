-- Accounts made for people who have not signed in yet: the authors and commenters an import brings over from
-- another site. Such an account has a name and an email but no password until its owner accepts an invitation,
-- so only an active account must have a password hash. The constant default and the changed checks rewrite no row.
alter table users drop constraint users_status_ck;
alter table users add constraint users_status_ck check (status in ('active', 'suspended', 'deleted', 'invited'));

alter table users alter column password_hash drop not null;
alter table users add constraint users_active_password_ck check (status <> 'active' or password_hash is not null);
