package io.inkwell.db.transactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.db.DbTestApplication;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A timeout far shorter than the sleep, so the outcome never depends on how busy the machine is. */
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
    void theTimeoutHoldsForItsTransactionOnly() {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);

        String inside = readOnly.execute(status -> jdbc.queryForObject("show statement_timeout", String.class));
        String outside = jdbc.queryForObject("show statement_timeout", String.class);

        assertThat(inside).isEqualTo("200ms");
        assertThat(outside).isEqualTo("0");
    }

    @Test
    void aWriteTransactionIsNotLimited() {
        TransactionTemplate write = new TransactionTemplate(transactions);

        String slept = write.execute(status -> jdbc.queryForObject("select pg_sleep(0.6)::text", String.class));

        assertThat(slept).isEmpty();
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
