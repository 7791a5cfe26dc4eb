package io.inkwell.db.transactions;

import io.inkwell.db.OneReadOnlyTransaction;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Runs a {@link OneReadOnlyTransaction} method in its one read-only transaction, ended by a rollback. */
final class OneReadOnlyTransactionInterceptor implements MethodInterceptor {

    private static final TransactionDefinition READ_ONLY = readOnly();

    // Looked up at the first call: the advisor is created with the other post-processors, before the data source.
    private final ObjectProvider<PlatformTransactionManager> transactions;

    OneReadOnlyTransactionInterceptor(ObjectProvider<PlatformTransactionManager> transactions) {
        this.transactions = transactions;
    }

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return invocation.proceed();
        }
        PlatformTransactionManager manager = transactions.getObject();
        TransactionStatus status = manager.getTransaction(READ_ONLY);
        try {
            return invocation.proceed();
        } finally {
            manager.rollback(status);
        }
    }

    private static TransactionDefinition readOnly() {
        DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
        definition.setReadOnly(true);
        definition.setName(OneReadOnlyTransaction.class.getSimpleName());
        return definition;
    }
}
