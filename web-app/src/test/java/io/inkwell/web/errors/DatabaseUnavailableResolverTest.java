package io.inkwell.web.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.TransactionTimedOutException;

class DatabaseUnavailableResolverTest {

    @Test
    void aDroppedConnectionDeepInTheChainCountsAsUnavailable() {
        SQLException brokenPipe = new SQLException("An I/O error occurred while sending to the backend", "08006");
        assertThat(DatabaseUnavailableResolver.isDatabaseUnreachable(
                new PersistenceException(new UncategorizedSQLException("select", "select 1", brokenPipe)))).isTrue();
    }

    @Test
    void aFailedRollbackHidingADroppedConnectionCountsAsUnavailable() {
        var rollbackFailure = new org.springframework.transaction.TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollbackFailure.initApplicationException(new org.springframework.dao.DataAccessResourceFailureException("I/O error"));
        assertThat(DatabaseUnavailableResolver.isDatabaseUnreachable(rollbackFailure)).isTrue();
    }

    @Test
    void aCommitOnAConnectionThePoolClosedCountsAsUnavailable() {
        var commitFailure = new org.springframework.transaction.TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        assertThat(DatabaseUnavailableResolver.isDatabaseUnreachable(commitFailure)).isTrue();
    }

    @Test
    void aServerShuttingDownOrStartingUpCountsAsUnavailable() {
        SQLException startingUp = new SQLException("the database system is starting up", "57P03");
        assertThat(DatabaseUnavailableResolver.isDatabaseUnreachable(new UncategorizedSQLException("x", "x", startingUp))).isTrue();
    }

    @Test
    void otherDatabaseErrorsAreNotDisguisedAsOutages() {
        SQLException syntax = new SQLException("syntax error", "42601");
        assertThat(DatabaseUnavailableResolver.isDatabaseUnreachable(new UncategorizedSQLException("x", "x", syntax))).isFalse();
        assertThat(DatabaseUnavailableResolver.isDatabaseUnreachable(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    void aCancelledStatementIsBusyNotAnOutage() {
        SQLException cancelled = new SQLException("canceling statement due to statement timeout", "57014");
        assertThat(DatabaseUnavailableResolver.isStatementCancelled(
                new PersistenceException(new UncategorizedSQLException("select", "select 1", cancelled)))).isTrue();
        assertThat(DatabaseUnavailableResolver.isStatementCancelled(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    void aStatementRefusedPastTheReadDeadlineIsBusyToo() {
        TransactionTimedOutException late = new TransactionTimedOutException("Transaction timed out: deadline was then");
        assertThat(DatabaseUnavailableResolver.isStatementCancelled(new PersistenceException(late))).isTrue();
        assertThat(DatabaseUnavailableResolver.isDatabaseUnreachable(late)).isFalse();
    }
}
