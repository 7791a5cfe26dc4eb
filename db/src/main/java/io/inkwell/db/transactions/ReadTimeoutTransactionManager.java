package io.inkwell.db.transactions;

import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Read-only transactions (every page a reader asks for) get a deadline, so one costly request cannot hold a
 * connection and a core for long: each statement in the transaction carries the time left as its JDBC query
 * timeout, the driver asks PostgreSQL to cancel a statement still running when it runs out (SQLSTATE 57014),
 * and a statement begun after the deadline is refused ({@code TransactionTimedOutException}); either way the
 * site answers "busy, try again". Writes are not limited: a write cut short would be rolled back and lost,
 * and writes are bounded by their own rules (sizes, rate limits).
 *
 * <p>A deadline rather than a {@code SET LOCAL statement_timeout} at the begin: that was a round trip to
 * PostgreSQL for every page (2–3.5% of a rendered page's CPU), the query timeout is a timer in the driver.
 * JDBC counts query timeouts in whole seconds, so a configured timeout is rounded up to one.
 */
public class ReadTimeoutTransactionManager extends JdbcTransactionManager {

    private final int timeoutSeconds;

    public ReadTimeoutTransactionManager(DataSource dataSource, Duration readTimeout) {
        super(dataSource);
        this.timeoutSeconds = wholeSecondsUp(readTimeout);
    }

    @Override
    protected int determineTimeout(TransactionDefinition definition) {
        boolean noTimeoutOfItsOwn = definition.getTimeout() == TransactionDefinition.TIMEOUT_DEFAULT;
        if (definition.isReadOnly() && noTimeoutOfItsOwn && timeoutSeconds > 0) {
            return timeoutSeconds;
        }
        return super.determineTimeout(definition);
    }

    private static int wholeSecondsUp(Duration timeout) {
        long millis = timeout.toMillis();
        return millis <= 0 ? 0 : Math.toIntExact((millis + 999) / 1000);
    }
}
