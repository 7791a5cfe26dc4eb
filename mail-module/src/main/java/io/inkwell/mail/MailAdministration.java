package io.inkwell.mail;

import io.inkwell.db.Page;
import io.inkwell.db.PageRequest;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import java.util.Optional;
import java.util.UUID;

/**
 * The outbox for admins ({@link Actor#mayReadOutgoingMail()}, else {@link NotAllowedException}): every message
 * with its status and text, and "Retry".
 */
public interface MailAdministration {

    /** Newest first, counted. */
    Page<MailListItem> messages(Actor admin, PageRequest page);

    Optional<MailMessageView> message(Actor admin, UUID id);

    /**
     * Sends a message that is waiting, failing or given up again, now and with a fresh round of attempts;
     * {@link MailNotFoundException} for an unknown or sent one.
     */
    void retry(Actor admin, UUID id);

    /** Whether an SMTP server is configured; without one every message waits in the outbox. */
    boolean smtpConfigured();

    /** Messages not sent yet: waiting or failing (not given up). */
    long unsent(Actor admin);
}
