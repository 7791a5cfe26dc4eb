package io.inkwell.mail;

import java.time.Instant;
import java.util.UUID;

/** One row of /admin/mail. */
public record MailListItem(UUID id, String kind, String recipient, String subject, MailStatus status, int attempts,
                           String lastError, Instant createdAt, Instant nextAttemptAt, Instant sentAt) {
}
