package io.inkwell.mail.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells this instance's delivery worker that a message is due, so it goes out at once rather than at the next
 * poll. Kept apart from the worker so that writing mail does not depend on delivering it.
 */
@Component
class DeliverySignal {

    private volatile Runnable listener = () -> { };

    void onMailDue(Runnable listener) {
        this.listener = listener;
    }

    /** Once the current transaction commits (at once without one): before, the worker could not see the message. */
    void mailDueAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            listener.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                listener.run();
            }
        });
    }
}
