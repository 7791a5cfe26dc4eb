package io.inkwell.mail.internal;

import io.inkwell.db.StorableText;
import io.inkwell.db.TimeOrderedIds;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a message into the outbox within the caller's transaction: it is there exactly when the change that
 * caused it committed. Nothing is sent here; the worker is told after the commit.
 */
@Component
class Outbox {

    private final MailMessageMapper messages;
    private final DeliverySignal signal;

    Outbox(MailMessageMapper messages, DeliverySignal signal) {
        this.messages = messages;
        this.signal = signal;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    UUID write(OutgoingMail mail) {
        if (hasLineBreak(mail.recipient()) || hasLineBreak(mail.content().subject())) {
            // Refused before anything is stored: in a header a line break would start a header of its own.
            throw new IllegalArgumentException("A mail header value must not contain a line break");
        }
        UUID id = TimeOrderedIds.next();
        RenderedMail content = mail.content();
        messages.insert(id, new OutgoingMail(mail.kind(), mail.recipient(),
                new RenderedMail(content.subject(), StorableText.clean(content.text()), StorableText.clean(content.html())),
                mail.listUnsubscribe()));
        signal.mailDueAfterCommit();
        return id;
    }

    private static boolean hasLineBreak(String value) {
        return value == null || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0;
    }
}
