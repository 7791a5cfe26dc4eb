package io.inkwell.mail.internal;

import java.util.UUID;

/** What the worker needs of a due message to send it. */
record MailMessageRow(UUID id, String recipient, String subject, String textBody, String htmlBody, String listUnsubscribe,
                      int attempts) {
}
