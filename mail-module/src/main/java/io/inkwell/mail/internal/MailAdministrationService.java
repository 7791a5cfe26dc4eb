package io.inkwell.mail.internal;

import io.inkwell.db.Page;
import io.inkwell.db.PageRequest;
import io.inkwell.db.PagedQueries;
import io.inkwell.mail.MailAdministration;
import io.inkwell.mail.MailListItem;
import io.inkwell.mail.MailMessageView;
import io.inkwell.mail.MailNotFoundException;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class MailAdministrationService implements MailAdministration {

    private final MailMessageMapper messages;
    private final MailDelivery delivery;
    private final DeliverySignal signal;

    MailAdministrationService(MailMessageMapper messages, MailDelivery delivery, DeliverySignal signal) {
        this.messages = messages;
        this.delivery = delivery;
        this.signal = signal;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<MailListItem> messages(Actor admin, PageRequest page) {
        requireReader(admin);
        return PagedQueries.counted(page, messages::selectListItems);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MailMessageView> message(Actor admin, UUID id) {
        requireReader(admin);
        return messages.selectViewById(id);
    }

    @Override
    @Transactional
    public void retry(Actor admin, UUID id) {
        requireReader(admin);
        if (messages.retry(id) == 0) {
            throw new MailNotFoundException(id);
        }
        signal.mailDueAfterCommit();
    }

    @Override
    public boolean smtpConfigured() {
        return delivery.configured();
    }

    @Override
    @Transactional(readOnly = true)
    public long unsent(Actor admin) {
        requireReader(admin);
        return messages.countUnsent();
    }

    private static void requireReader(Actor actor) {
        if (!actor.mayReadOutgoingMail()) {
            throw new NotAllowedException("Only admins see the outgoing mail; refused to " + actor.userId());
        }
    }
}
