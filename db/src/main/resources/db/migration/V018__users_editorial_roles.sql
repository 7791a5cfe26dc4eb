-- Two editorial roles between the author (user) and the admin: contributors write drafts that an editor
-- reviews; editors publish, schedule and archive anyone's posts, manage tags and categories and moderate
-- comments. The role names are checked by the database as before, now five of them.
alter table users drop constraint users_role_ck;
alter table users add constraint users_role_ck check (role in ('admin', 'editor', 'user', 'contributor', 'guest'));
