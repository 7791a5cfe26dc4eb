-- "Require two-factor sign-in for admins": while it is on, an admin without two-factor sign-in can only
-- set it up (io.inkwell.web.security.TwoFactorRequirementFilter). Off on every existing site.
alter table site_settings add column two_factor_required boolean not null default false;
