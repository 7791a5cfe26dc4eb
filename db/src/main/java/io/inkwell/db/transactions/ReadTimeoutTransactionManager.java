package io.inkwell.db.transactions;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Read-only transactions (every page a reader asks for) get a statement timeout, so one costly request
 * cannot hold a connection and a core for long: PostgreSQL cancels a statement running past it (SQLSTATE
 * 57014) and the site answers "busy, try again". Writes are not limited: a write cut short would be
 * rolled back and lost, and writes are bounded by their own rules (sizes, rate limits).
 *
 * <p>{@code SET LOCAL} ends with the transaction, so the pooled connection goes back unchanged. It is a
 * utility statement: statement counts that leave those out (the benchmark's) are not changed by it.
 */
public class ReadTimeoutTransactionManager extends JdbcTransactionManager {

    private final long timeoutMillis;

    public ReadTimeoutTransactionManager(DataSource dataSource, Duration readTimeout) {
        super(dataSource);
        this.timeoutMillis = readTimeout.toMillis();
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(connection, definition);
        if (definition.isReadOnly() && timeoutMillis > 0) {
            try (Statement statement = connection.createStatement()) {
                // SET takes no bind parameters; the value is a number from the configuration, never request data.
                statement.execute("set local statement_timeout = " + timeoutMillis);
            }
        }
    }
}
