-- V018 added the editor and contributor roles to users but not to invitations: an admin could not invite an
-- editor or a contributor, nor invite an imported editor with their role. The invitation's roles are now the
-- account's five.
alter table invitations drop constraint invitations_role_ck;
alter table invitations add constraint invitations_role_ck check (role in ('admin', 'editor', 'user', 'contributor', 'guest'));
