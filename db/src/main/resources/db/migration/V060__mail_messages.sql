-- The mail context (V060-V069): every message the site sends, kept as an outbox. A message is written in
-- the transaction of the change that causes it (or, for notifications, by a listener of a module event
-- stored with that change), and a background worker on each instance delivers it: it takes one due
-- message with "for update skip locked", so two instances never send the same one, sends it and records
-- the outcome in the same transaction. A failed attempt is tried again later, each wait twice the last,
-- until the message is given up. Without SMTP settings messages stay waiting and /admin/mail shows them.
create table mail_messages (
  id               uuid        primary key default uuid_generate_v7(),
  kind             text        not null,
  recipient        text        not null,
  subject          text        not null,
  text_body        text        not null,
  html_body        text        not null,
  list_unsubscribe text,
  status           text        not null default 'waiting',
  attempts         integer     not null default 0,
  next_attempt_at  timestamptz not null default now(),
  last_error       text,
  created_at       timestamptz not null default now(),
  sent_at          timestamptz,
  -- A header may not carry a line break: an address or subject with CR or LF could add headers of its own.
  constraint mail_messages_recipient_ck   check (char_length(recipient) between 3 and 255 and strpos(recipient, '@') > 1
                                                 and recipient !~ '[\r\n]'),
  constraint mail_messages_subject_ck     check (char_length(subject) between 1 and 200 and subject !~ '[\r\n]'),
  constraint mail_messages_unsubscribe_ck check (list_unsubscribe is null
                                                 or (char_length(list_unsubscribe) <= 500 and list_unsubscribe ~ '^https?://[^\s<>]+$')),
  constraint mail_messages_kind_ck        check (kind ~ '^[a-z][a-z-]{0,39}$'),
  constraint mail_messages_status_ck      check (status in ('waiting', 'sent', 'failing', 'given_up')),
  constraint mail_messages_attempts_ck    check (attempts >= 0),
  constraint mail_messages_error_ck       check (last_error is null or char_length(last_error) <= 1000),
  constraint mail_messages_sent_ck        check ((status = 'sent') = (sent_at is not null))
);

-- The worker's question, "the next message due", reads only the messages still to send.
create index mail_messages_due_idx on mail_messages (next_attempt_at) where status in ('waiting', 'failing');
-- /admin/mail lists messages newest first; the clean-up of old sent ones reads it too.
create index mail_messages_created_idx on mail_messages (created_at desc, id desc);
