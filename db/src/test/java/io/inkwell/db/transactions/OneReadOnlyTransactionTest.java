package io.inkwell.db.transactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.db.DbTestApplication;
import io.inkwell.db.OneReadOnlyTransaction;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On a real database: the reads of a {@link OneReadOnlyTransaction} method share one transaction (PostgreSQL's
 * {@code now()} is the transaction's start and the backend is the same), under the read timeout, which refuses
 * writes, survives a call that failed (marking the transaction for rollback) and was handled, and joins a transaction already under way.
 */
@SpringBootTest(classes = {DbTestApplication.class, OneReadOnlyTransactionTest.Beans.class},
        properties = "inkwell.db.read-timeout=3s")
class OneReadOnlyTransactionTest {

    private static final String READ_ONLY_TRANSACTION = "25006";

    @Autowired
    Page page;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theMethodIsProxied() {
        assertThat(AopUtils.isAopProxy(page)).isTrue();
    }

    @Test
    void readsInsideShareOneTransaction() {
        List<String> transactionsSeen = page.readTwice();

        assertThat(transactionsSeen).hasSize(2);
        assertThat(transactionsSeen.get(0)).isEqualTo(transactionsSeen.get(1));
    }

    @Test
    void withoutTheAnnotationEachReadIsItsOwnTransaction() {
        List<String> transactionsSeen = page.readTwiceUnannotated();

        assertThat(transactionsSeen.get(0)).isNotEqualTo(transactionsSeen.get(1));
    }

    @Test
    void theReadTimeoutHoldsInsideAndEndsWithIt() {
        assertThat(page.queryTimeoutSeconds()).isEqualTo(3);
        assertThat(jdbc.execute(Statement::getQueryTimeout)).isZero();
    }

    @Test
    void aWriteInsideIsRefused() {
        assertThatThrownBy(() -> page.write())
                .isInstanceOf(DataAccessException.class)
                .satisfies(e -> assertThat(sqlState(e)).isEqualTo(READ_ONLY_TRANSACTION));
        assertThat(jdbc.queryForObject("select to_regclass('one_read_only_probe') is null", Boolean.class)).isTrue();
    }

    @Test
    void aFailedReadTheMethodHandlesDoesNotFailIt() {
        assertThat(page.readAfterAHandledFailure()).isEqualTo(1);
    }

    @Test
    void insideAWriteTransactionItJoinsItAndLeavesItToCommit() {
        Integer written = new TransactionTemplate(transactions).execute(status -> {
            jdbc.execute("create temporary table one_read_only_join (x int) on commit drop");
            jdbc.update("insert into one_read_only_join values (1)");
            assertThat(page.countJoinProbe()).isEqualTo(1);
            assertThat(status.isRollbackOnly()).isFalse();
            jdbc.update("insert into one_read_only_join values (2)");
            return jdbc.queryForObject("select count(*) from pg_temp.one_read_only_join", Integer.class);
        });
        assertThat(written).isEqualTo(2);
    }

    private static String sqlState(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    /** A module's API: each method its own read-only transaction, as every context's reading service is. */
    static class Reads {

        private final JdbcTemplate jdbc;

        Reads(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @Transactional(readOnly = true)
        public String transaction() {
            return jdbc.queryForObject("select now()::text || ' on ' || pg_backend_pid()", String.class);
        }

        @Transactional(readOnly = true)
        public int queryTimeoutSeconds() {
            return jdbc.execute(Statement::getQueryTimeout);
        }

        /** Reads, then finds what it read wanting, as a reading service throwing "not found" does. */
        @Transactional(readOnly = true)
        public int failing() {
            jdbc.queryForObject("select 1", Integer.class);
            throw new IllegalStateException("not there");
        }

        @Transactional(readOnly = true)
        public int one() {
            return jdbc.queryForObject("select 1", Integer.class);
        }

        @Transactional
        public void write() {
            jdbc.execute("create table one_read_only_probe (x int)");
        }

        @Transactional(readOnly = true)
        public int countJoinProbe() {
            return jdbc.queryForObject("select count(*) from pg_temp.one_read_only_join", Integer.class);
        }
    }

    /** A page's handler, calling several APIs. */
    static class Page {

        private final Reads reads;

        Page(Reads reads) {
            this.reads = reads;
        }

        @OneReadOnlyTransaction
        public List<String> readTwice() {
            return List.of(reads.transaction(), reads.transaction());
        }

        public List<String> readTwiceUnannotated() {
            return List.of(reads.transaction(), reads.transaction());
        }

        @OneReadOnlyTransaction
        public int queryTimeoutSeconds() {
            return reads.queryTimeoutSeconds();
        }

        @OneReadOnlyTransaction
        public void write() {
            reads.write();
        }

        @OneReadOnlyTransaction
        public int readAfterAHandledFailure() {
            try {
                reads.failing();
            } catch (IllegalStateException notThere) {
                // The page shows something else instead; the transaction must still end without an error.
            }
            return reads.one();
        }

        @OneReadOnlyTransaction
        public int countJoinProbe() {
            return reads.countJoinProbe();
        }
    }

    @TestConfiguration
    static class Beans {

        @Bean
        Reads reads(JdbcTemplate jdbc) {
            return new Reads(jdbc);
        }

        @Bean
        Page page(Reads reads) {
            return new Page(reads);
        }
    }
}
