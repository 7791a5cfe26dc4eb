-- Editors and admins are mailed when a post is submitted for review; like every kind, on until they turn it off.
alter table notification_preferences add column posts_for_review boolean not null default true;
