package io.inkwell.db.replicas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.db.DbTestApplication;
import io.inkwell.db.ReadReplicas;
import io.inkwell.db.ReplicaStatus;
import io.inkwell.db.ReplicaStatus.State;
import io.inkwell.db.changes.ClusterChanges;
import io.inkwell.db.test.ReplicaStandIn;
import io.inkwell.db.test.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Routing on a real PostgreSQL. Streaming replication is too heavy to set up in a test, so a second database of the
 * test server stands in for the replica ({@code current_database()} tells which one answered) and a scripted probe
 * says what a replica would report; a second replica URL on a closed port is down throughout. The monitor is polled
 * by the tests themselves ({@link ReplicaSet#pollNow()}), so nothing depends on timing.
 */
@SpringBootTest(classes = DbTestApplication.class, properties = {
    "inkwell.db.replica-poll-interval=1h",
    "inkwell.db.replica-max-lag=1s"})
@Import(ReadReplicaRoutingTest.Probe.class)
class ReadReplicaRoutingTest {

    static final String REPLICA_DATABASE = ReplicaStandIn.DATABASE;

    /** What the stand-in says it has replayed; a real replica's function, scripted. */
    @TestConfiguration
    static class Probe {
        static volatile WalPosition replayed = WalPosition.parse("FFFFFFFF/0");
        static volatile boolean answering = true;

        @Bean
        ReplicaProbe scriptedProbe() {
            return connection -> {
                if (!answering) {
                    throw new SQLException("the stand-in pretends to be down", "08006");
                }
                return new ReplicaProbe.Reading(replayed, replayed, Duration.ZERO);
            };
        }
    }

    @DynamicPropertySource
    static void replicas(DynamicPropertyRegistry registry) {
        ReplicaStandIn.registerWithDeadReplica(registry);
    }

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ReadReplicas readReplicas;

    @Autowired
    ReplicaSet replicaSet;

    @Autowired
    ClusterChanges changes;

    JdbcTemplate jdbc;
    String primaryDatabase;

    @BeforeEach
    void everyReplicaSaysItHasEverything() {
        jdbc = new JdbcTemplate(dataSource);
        Probe.replayed = WalPosition.parse("FFFFFFFF/0");
        Probe.answering = true;
        replicaSet.pollNow();
        primaryDatabase = jdbc.queryForObject("select current_database()", String.class);
    }

    @AfterEach
    void stillNoRequestOnThisThread() {
        readReplicas.beginRequest(List.of(), null).close();
    }

    @Test
    void aReadOnlyTransactionGoesToTheReplica() {
        assertThat(readOnly()).isEqualTo(REPLICA_DATABASE);
        assertThat(primaryDatabase).isNotEqualTo(REPLICA_DATABASE);
    }

    @Test
    void aReadWriteTransactionAndAStatementOutsideATransactionGoToThePrimary() {
        String inTransaction = new TransactionTemplate(transactions).execute(status -> database());

        assertThat(inTransaction).isEqualTo(primaryDatabase);
        assertThat(database()).isEqualTo(primaryDatabase);
    }

    /** How Spring Session JDBC runs every statement of its repository (JdbcHttpSessionConfiguration's template). */
    @Test
    void aNewReadWriteTransactionInsideAReadOnlyOneGoesToThePrimary() {
        TransactionTemplate ownWrite = new TransactionTemplate(transactions);
        ownWrite.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);

        List<String> answered = readOnly.execute(status -> List.of(database(), ownWrite.execute(inner -> database())));

        assertThat(answered).containsExactly(REPLICA_DATABASE, primaryDatabase);
    }

    @Test
    void flywayMigratedThePrimaryOnly() {
        assertThat(jdbc.queryForObject("select to_regclass('flyway_schema_history') is not null", Boolean.class)).isTrue();
        assertThat(readOnlyQuery("select to_regclass('flyway_schema_history') is not null", Boolean.class)).isFalse();
    }

    @Test
    void theDownReplicaIsSkippedEveryTimeAndShownDownWithoutItsPassword() {
        for (int i = 0; i < 4; i++) {
            assertThat(readOnly()).isEqualTo(REPLICA_DATABASE);
        }
        List<ReplicaStatus> status = readReplicas.status();

        assertThat(status).extracting(ReplicaStatus::state).containsExactly(State.IN_USE, State.DOWN);
        assertThat(status.get(1).url()).contains("127.0.0.1:1").doesNotContain("hidden");
    }

    @Test
    void aReplicaTheMonitorCannotReachIsSkippedUntilItAnswersAgain() {
        Probe.answering = false;
        replicaSet.pollNow();

        assertThat(readOnly()).isEqualTo(primaryDatabase);
        assertThat(readReplicas.status().get(0).state()).isEqualTo(State.DOWN);

        Probe.answering = true;
        replicaSet.pollNow();

        assertThat(readOnly()).isEqualTo(REPLICA_DATABASE);
    }

    @Test
    void aLaggingReplicaIsSkippedUntilItCatchesUp() throws InterruptedException {
        Probe.replayed = WalPosition.ZERO;
        replicaSet.pollNow();
        Thread.sleep(1_100);
        replicaSet.pollNow();

        assertThat(readReplicas.status().get(0).state()).isEqualTo(State.LAGGING);
        assertThat(readReplicas.status().get(0).lag()).isGreaterThan(Duration.ofSeconds(1));
        assertThat(readOnly()).isEqualTo(primaryDatabase);

        Probe.replayed = WalPosition.parse("FFFFFFFF/0");
        replicaSet.pollNow();

        assertThat(readOnly()).isEqualTo(REPLICA_DATABASE);
    }

    @Test
    void aClientThatWroteIsServedByThePrimaryUntilTheReplicaReplayedItsWrite() {
        WalPosition written = primaryPosition();
        Probe.replayed = new WalPosition(written.value() - 1);
        replicaSet.pollNow();

        try (ReadReplicas.Request request = readReplicas.beginRequest(Arrays.asList(null, "garbage", written.token(), "0"), null)) {
            assertThat(readOnly()).isEqualTo(primaryDatabase);

            Probe.replayed = written;
            replicaSet.pollNow();

            assertThat(readOnly()).isEqualTo(REPLICA_DATABASE);
        }
    }

    @Test
    void aWriteInARequestHandsOutItsPositionAndTheRestOfTheRequestReadsIt() {
        Probe.replayed = primaryPosition();
        replicaSet.pollNow();
        List<String> tokens = new ArrayList<>();

        try (ReadReplicas.Request request = readReplicas.beginRequest(List.of(), tokens::add)) {
            // A transaction id of its own makes the commit a WAL record, as any insert or update would.
            new TransactionTemplate(transactions).executeWithoutResult(status ->
                    jdbc.queryForObject("select pg_current_xact_id()::text", String.class));

            assertThat(tokens).hasSize(1);
            assertThat(WalPosition.fromToken(tokens.get(0)).orElseThrow()).isGreaterThan(Probe.replayed);
            assertThat(readOnly()).isEqualTo(primaryDatabase);
        }
        assertThat(readOnly()).as("this instance's floor: another reader's too").isEqualTo(primaryDatabase);

        Probe.replayed = WalPosition.fromToken(tokens.get(0)).orElseThrow();
        replicaSet.pollNow();

        assertThat(readOnly()).isEqualTo(REPLICA_DATABASE);
    }

    @Test
    void theSessionsBookkeepingMakesNoToken() {
        List<String> tokens = new ArrayList<>();
        TransactionTemplate untracked = new TransactionTemplate(transactions);
        untracked.setName(ReadReplicas.UNTRACKED_TRANSACTION);

        try (ReadReplicas.Request request = readReplicas.beginRequest(List.of(), tokens::add)) {
            untracked.executeWithoutResult(status -> database());
        }

        assertThat(tokens).isEmpty();
    }

    @Test
    void aWriteOutsideARequestOrAnotherInstancesSendsReadsToThePrimaryUntilTheNextSample() {
        readReplicas.writtenElsewhere();

        assertThat(readOnly()).isEqualTo(primaryDatabase);

        replicaSet.pollNow();

        assertThat(readOnly()).isEqualTo(REPLICA_DATABASE);
    }

    @Test
    void aNoticeOfAnotherInstancesChangeSendsReadsToThePrimaryBeforeAnyCacheHearsIt() {
        List<String> readBeforeTheCacheForgot = new CopyOnWriteArrayList<>();
        String topic = "routing-" + System.nanoTime();
        changes.onChange(topic, payload -> readBeforeTheCacheForgot.add(readOnly()));
        waitFor(() -> changes.state().listening());

        changes.announce(topic, "post-1");

        waitFor(() -> !readBeforeTheCacheForgot.isEmpty());
        assertThat(readBeforeTheCacheForgot).containsExactly(primaryDatabase);
        replicaSet.pollNow();
        assertThat(readOnly()).isEqualTo(REPLICA_DATABASE);
    }

    @Test
    void aReplicaConnectionThatBreaksMidRequestTakesTheReplicaOutAtOnce() {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);

        assertThatThrownBy(() -> readOnly.executeWithoutResult(status -> {
            int backend = jdbc.queryForObject("select pg_backend_pid()", Integer.class);
            try (Connection admin = TestDatabase.get().connect()) {
                admin.createStatement().execute("select pg_terminate_backend(" + backend + ")");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            jdbc.queryForObject("select 1", Integer.class);
        })).isInstanceOf(DataAccessException.class);

        assertThat(readReplicas.status().get(0).state()).isEqualTo(State.DOWN);
        assertThat(readOnly()).isEqualTo(primaryDatabase);
    }

    @Test
    void aReplicaThatClosedItsPooledConnectionsBetweenRequestsCostsNoReaderAnError() throws SQLException {
        assertThat(readOnly()).isEqualTo(REPLICA_DATABASE);
        try (Connection admin = TestDatabase.get().connect()) {
            // What a replica's shutdown does to every connection the pool holds, busy or idle.
            admin.createStatement().execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '"
                    + REPLICA_DATABASE + "' and pid <> pg_backend_pid()");
        }

        assertThat(readOnly()).isEqualTo(primaryDatabase);
        assertThat(readReplicas.status().get(0).state()).isEqualTo(State.DOWN);

        replicaSet.pollNow();

        assertThat(readOnly()).as("back once the monitor reaches it again").isEqualTo(REPLICA_DATABASE);
    }

    private static void waitFor(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited for the change notice").isLessThan(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private String readOnly() {
        return readOnlyQuery("select current_database()", String.class);
    }

    private <T> T readOnlyQuery(String sql, Class<T> type) {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        return readOnly.execute(status -> jdbc.queryForObject(sql, type));
    }

    private String database() {
        return jdbc.queryForObject("select current_database()", String.class);
    }

    private WalPosition primaryPosition() {
        return WalPosition.parse(jdbc.queryForObject("select pg_current_wal_insert_lsn()::text", String.class));
    }
}
