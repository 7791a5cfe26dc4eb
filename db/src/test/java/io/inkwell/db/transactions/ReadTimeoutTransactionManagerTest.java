package io.inkwell.db.transactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.db.DbTestApplication;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.StatementCallback;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionTimedOutException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A timeout far shorter than the sleep, so the outcome never depends on how busy the machine is; 200 ms is
 * rounded up to the one second JDBC can express.
 */
@SpringBootTest(classes = DbTestApplication.class, properties = "inkwell.db.read-timeout=200ms")
class ReadTimeoutTransactionManagerTest {

    private static final String QUERY_CANCELED = "57014";

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSiteUsesTheReadTimeoutTransactionManager() {
        assertThat(transactions).isInstanceOf(ReadTimeoutTransactionManager.class);
    }

    @Test
    void aReadOnlyTransactionRunningPastTheTimeoutIsCancelled() {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);

        assertThatThrownBy(() -> readOnly.execute(status -> jdbc.queryForObject("select pg_sleep(5)::text", String.class)))
                .isInstanceOf(DataAccessException.class)
                .satisfies(e -> assertThat(sqlState(e)).isEqualTo(QUERY_CANCELED));
    }

    @Test
    void theTimeoutIsRoundedUpToTheWholeSecondsJdbcCountsAndHoldsForItsTransactionOnly() {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);

        Integer inside = readOnly.execute(status -> jdbc.execute((StatementCallback<Integer>) Statement::getQueryTimeout));
        Integer outside = jdbc.execute((StatementCallback<Integer>) Statement::getQueryTimeout);

        assertThat(inside).isEqualTo(1);
        assertThat(outside).isZero();
    }

    @Test
    void theBeginAsksPostgresNothing() {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);

        String sessionTimeout = readOnly.execute(status -> jdbc.queryForObject("show statement_timeout", String.class));

        assertThat(sessionTimeout).isEqualTo("0");
    }

    @Test
    void aStatementBegunPastTheDeadlineIsRefused() {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);

        assertThatThrownBy(() -> readOnly.execute(status -> {
            jdbc.queryForObject("select 1", Integer.class);
            pause(Duration.ofMillis(1100));
            return jdbc.queryForObject("select 2", Integer.class);
        })).isInstanceOf(TransactionTimedOutException.class);
    }

    @Test
    void aTransactionWithATimeoutOfItsOwnKeepsIt() {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        readOnly.setTimeout(7);

        Integer timeout = readOnly.execute(status -> jdbc.execute((StatementCallback<Integer>) Statement::getQueryTimeout));

        assertThat(timeout).isEqualTo(7);
    }

    @Test
    void aWriteTransactionIsNotLimited() {
        TransactionTemplate write = new TransactionTemplate(transactions);

        String slept = write.execute(status -> jdbc.queryForObject("select pg_sleep(1.5)::text", String.class));

        assertThat(slept).isEmpty();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String sqlState(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
