package io.inkwell.db;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one write under a savepoint inside the caller's transaction. A unique violation (a slug, name or
 * email taken by a concurrent transaction) rolls back only that write, so the caller can pick another value
 * or answer it, and still commit the rest of its transaction. Without a surrounding transaction the write
 * runs in one of its own.
 */
public class Savepoints {

    private final TransactionTemplate nested;

    public Savepoints(PlatformTransactionManager transactions) {
        this.nested = new TransactionTemplate(transactions);
        this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** False when the write hit a unique constraint; its changes are then rolled back, the caller's kept. */
    public boolean tryUnique(Runnable write) {
        try {
            nested.executeWithoutResult(status -> write.run());
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }
}
