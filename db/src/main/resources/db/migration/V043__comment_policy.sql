-- The settings context (V040-V049): the site's comment policy, read by the comments context from the
-- copy of the settings in memory. Every existing site keeps what it had: comments open to signed-in
-- readers, none without an account, no blocked words.
alter table site_settings
  -- open: signed-in readers' comments appear at once; first_time: held until the author has an approved
  -- comment; always: every comment is held; closed: no new comments anywhere.
  add column comment_approval      text    not null default 'open',
  add column guest_comments        boolean not null default false,
  -- One word or phrase per line, matched case-insensitively as whole words.
  add column blocked_words         text,
  add column max_links_per_comment integer not null default 2,
  add column report_threshold      integer not null default 3,
  add constraint site_settings_comment_approval_ck
      check (comment_approval in ('open', 'first_time', 'always', 'closed')),
  add constraint site_settings_blocked_words_length_ck
      check (blocked_words is null or char_length(blocked_words) <= 5000),
  add constraint site_settings_max_links_ck check (max_links_per_comment between 0 and 50),
  add constraint site_settings_report_threshold_ck check (report_threshold between 1 and 100);
