package io.inkwell.db.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.db.DbTestApplication;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(classes = DbTestApplication.class)
class ClusterChangesTest {

    private static final Duration DEADLINE = Duration.ofSeconds(10);

    @Autowired
    ClusterChanges changes;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    private final List<String> heard = new CopyOnWriteArrayList<>();
    private String topic;

    @BeforeEach
    void listen() {
        // A topic per test: listeners registered by earlier tests of the shared context stay registered.
        topic = "test-" + System.nanoTime();
        changes.onChange(topic, heard::add);
        await(() -> changes.state().listening());
    }

    @Test
    void aChangeAnnouncedInATransactionArrivesWhenItCommits() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            changes.announce(topic, "post-1");
            assertThat(heard).isEmpty();
        });

        await(() -> heard.contains("post-1"));
        assertThat(changes.state().lastReceived()).isPresent();
    }

    @Test
    void aChangeOfATransactionRolledBackNeverArrives() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            changes.announce(topic, "rolled-back");
            status.setRollbackOnly();
        });
        changes.announce(topic, "after");

        await(() -> heard.contains("after"));
        assertThat(heard).doesNotContain("rolled-back");
    }

    @Test
    void aChangeAnnouncedInAReadOnlyTransactionIsSentWhenItEnds() {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        readOnly.executeWithoutResult(status -> changes.announce(topic, "from-a-read"));

        await(() -> heard.contains("from-a-read"));
    }

    @Test
    void aPayloadTooLongForPostgresqlBecomesEverything() {
        changes.announce(topic, "x".repeat(ClusterChanges.MAX_MESSAGE_BYTES));

        await(() -> heard.contains(ClusterChanges.EVERYTHING));
    }

    @Test
    void afterItsConnectionIsKilledTheListenerReconnectsAndForgetsEverythingOnce() {
        Integer killed = jdbc.queryForObject("""
                select count(pg_terminate_backend(pid))::int from pg_stat_activity where application_name = ?""",
                Integer.class, ClusterChangesAutoConfiguration.APPLICATION_NAME);
        assertThat(killed).isPositive();

        await(() -> heard.contains(ClusterChanges.EVERYTHING));
        await(() -> changes.state().listening());
        changes.announce(topic, "after-reconnect");
        await(() -> heard.contains("after-reconnect"));
    }

    @Test
    void aTopicIsAPlainWord() {
        assertThatThrownBy(() -> changes.announce("Pages:all", "1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> changes.onChange("", payload -> { })).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aChannelNameThatWouldNeedQuotingIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new ClusterChanges(jdbc, "changes; drop table users"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("INKWELL_CHANGES_CHANNEL");
        assertThat(new ClusterChanges(jdbc, "blog_two").channel()).isEqualTo("blog_two");
    }

    private static void await(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(DEADLINE);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited for a change to arrive").isBefore(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
