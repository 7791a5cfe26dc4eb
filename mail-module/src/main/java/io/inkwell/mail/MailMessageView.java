package io.inkwell.mail;

/** A message with its text, as /admin/mail shows it: the owner of a site without SMTP can follow its links. */
public record MailMessageView(MailListItem summary, String textBody, String listUnsubscribe) {
}
