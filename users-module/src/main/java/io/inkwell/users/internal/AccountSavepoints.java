package io.inkwell.users.internal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one write under a savepoint inside the caller's transaction. A unique violation (an email
 * taken by a concurrent transaction) rolls back only that write, so the caller can answer it and still
 * commit the rest of its transaction.
 */
@Component
class AccountSavepoints {

    private final TransactionTemplate nested;

    AccountSavepoints(PlatformTransactionManager transactions) {
        this.nested = new TransactionTemplate(transactions);
        this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** False when the write hit a unique constraint. */
    boolean tryUnique(Runnable write) {
        try {
            nested.executeWithoutResult(status -> write.run());
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }
}
