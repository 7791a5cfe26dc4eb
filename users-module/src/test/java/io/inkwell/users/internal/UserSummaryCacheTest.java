package io.inkwell.users.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.db.changes.ClusterChanges;
import io.inkwell.db.test.TruncateAfterEach;
import io.inkwell.users.Actor;
import io.inkwell.users.AdminBootstrap;
import io.inkwell.users.ChangeProfile;
import io.inkwell.users.ChangeRoleAndStatus;
import io.inkwell.users.Role;
import io.inkwell.users.UserAccounts;
import io.inkwell.users.UserAdministration;
import io.inkwell.users.UserDirectory;
import io.inkwell.users.UserStatus;
import io.inkwell.users.UserSummary;
import io.inkwell.users.UsersTestApplication;
import io.inkwell.users.test.UserRows;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Names and pictures are kept between pages and forgotten by every change the users context makes; these tests
 * commit, as the forgetting happens when a change's transaction ends. A change written with plain SQL stands for
 * one the cache is not told of, which it shows only once forgotten.
 */
@SpringBootTest(classes = UsersTestApplication.class)
@ExtendWith(TruncateAfterEach.class)
class UserSummaryCacheTest {

    private static final Duration HEARING = Duration.ofSeconds(10);

    @Autowired
    UserDirectory directory;

    @Autowired
    UserAccounts accounts;

    @Autowired
    UserAdministration administration;

    @Autowired
    AdminBootstrap bootstrap;

    @Autowired
    ClusterChanges changes;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    private final ExecutorService reader = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopReading() {
        reader.shutdownNow();
    }

    @Test
    void aSummaryReadOnceIsKeptForTheNextPages() {
        UUID bob = UserRows.author(jdbc, "Bob");
        assertThat(nameOf(bob)).isEqualTo("Bob");

        renameWithoutTelling(bob, "Robert");

        assertThat(nameOf(bob)).isEqualTo("Bob");
        assertThat(directory.summariesOf(List.of(bob, bob)).get(bob).name()).isEqualTo("Bob");
    }

    @Test
    void keptAndUnreadSummariesAreAnsweredTogetherAndUnknownOnesAreNeitherAnsweredNorKept() {
        UUID ada = UserRows.author(jdbc, "Ada");
        UUID bob = UserRows.author(jdbc, "Bob");
        UUID unknown = UUID.randomUUID();
        assertThat(nameOf(ada)).isEqualTo("Ada");

        assertThat(directory.summariesOf(List.of(ada, bob, unknown))).containsOnlyKeys(ada, bob);

        jdbc.update("insert into users (id, email, password_hash, name, role) values (?, 'late@example.com', ?, 'Late', 'user')",
                unknown, UserRows.PASSWORD_HASH);
        assertThat(nameOf(unknown)).as("an absence is not kept").isEqualTo("Late");
    }

    @Test
    void aProfileChangeIsShownAtTheNextRead() {
        UUID bob = UserRows.author(jdbc, "Bob");
        assertThat(nameOf(bob)).isEqualTo("Bob");

        accounts.changeProfile(new Actor(bob, Role.USER), new ChangeProfile(bob, "Robert", "https://img.example.com/r.png"));

        assertThat(directory.summaryOf(bob)).contains(new UserSummary(bob, "Robert", "https://img.example.com/r.png"));
    }

    @Test
    void theChangingTransactionReadsItsChangeAndARollbackPutsTheOldFaceBack() {
        UUID bob = UserRows.author(jdbc, "Bob");
        assertThat(nameOf(bob)).isEqualTo("Bob");

        transactions.executeWithoutResult(status -> {
            accounts.changeProfile(new Actor(bob, Role.USER), new ChangeProfile(bob, "Robert", null));
            assertThat(nameOf(bob)).as("inside the change").isEqualTo("Robert");
            status.setRollbackOnly();
        });

        assertThat(nameOf(bob)).isEqualTo("Bob");
    }

    @Test
    void aDeletedAccountKeepsItsNameButLosesItsPictureAtOnce() {
        UUID admin = UserRows.withRole(jdbc, "Admin", Role.ADMIN);
        UUID bob = UserRows.author(jdbc, "Bob");
        jdbc.update("update users set avatar_url = 'https://img.example.com/b.png' where id = ?", bob);
        assertThat(directory.summaryOf(bob).orElseThrow().avatarUrl()).isNotNull();

        administration.changeRoleAndStatus(new Actor(admin, Role.ADMIN), new ChangeRoleAndStatus(bob, Role.USER, UserStatus.DELETED));

        assertThat(directory.summaryOf(bob)).contains(new UserSummary(bob, "Bob", null));
    }

    @Test
    void anAccountTheBootstrapReactivatesShowsItsPictureAgain() {
        UUID root = UserRows.withEmail(jdbc, "Root", "root@example.com", Role.ADMIN);
        jdbc.update("update users set status = 'deleted', avatar_url = 'https://img.example.com/r.png' where id = ?", root);
        assertThat(directory.summaryOf(root).orElseThrow().avatarUrl()).isNull();

        bootstrap.ensureAdmin("root@example.com", "a long password");

        assertThat(directory.summaryOf(root).orElseThrow().avatarUrl()).isEqualTo("https://img.example.com/r.png");
    }

    @Test
    void aChangeAnnouncedByAnotherInstanceIsForgottenWhenHeard() throws InterruptedException {
        UUID bob = UserRows.author(jdbc, "Bob");
        assertThat(nameOf(bob)).isEqualTo("Bob");
        renameWithoutTelling(bob, "Robert");

        changes.announce(UserSummaryCache.TOPIC, bob.toString());

        assertThat(nameOnceHeard(bob, "Robert")).isEqualTo("Robert");
    }

    @Test
    void everythingIsForgottenWhenAnInstanceSaysSo() throws InterruptedException {
        UUID ada = UserRows.author(jdbc, "Ada");
        UUID bob = UserRows.author(jdbc, "Bob");
        directory.summariesOf(List.of(ada, bob));
        renameWithoutTelling(ada, "Ada L.");
        renameWithoutTelling(bob, "Robert");

        changes.announce(UserSummaryCache.TOPIC, ClusterChanges.EVERYTHING);

        assertThat(nameOnceHeard(ada, "Ada L.")).isEqualTo("Ada L.");
        assertThat(nameOf(bob)).isEqualTo("Robert");
    }

    /**
     * A page reading the old name while a change commits must not keep it past the change's forgetting: after
     * every change, once the reader's current read is over, the cache answers the new name. Without the generation
     * check an old name put back late stays until the TTL, and this fails within a few rounds.
     */
    @Test
    void aReadRacingAChangeNeverKeepsTheOldName() throws Exception {
        UUID bob = UserRows.author(jdbc, "Bob");
        Actor owner = new Actor(bob, Role.USER);
        for (int round = 0; round < 60; round++) {
            AtomicBoolean reading = new AtomicBoolean(true);
            Future<?> pages = reader.submit(() -> {
                while (reading.get()) {
                    nameOf(bob);
                }
            });
            Thread.sleep(2);
            String name = "Bob " + round;
            accounts.changeProfile(owner, new ChangeProfile(bob, name, null));
            reading.set(false);
            pages.get(10, TimeUnit.SECONDS);

            assertThat(nameOf(bob)).as("round %d", round).isEqualTo(name);
        }
    }

    private String nameOf(UUID id) {
        return directory.summaryOf(id).map(UserSummary::name).orElse(null);
    }

    private void renameWithoutTelling(UUID id, String name) {
        jdbc.update("update users set name = ? where id = ?", name, id);
    }

    private String nameOnceHeard(UUID id, String expected) throws InterruptedException {
        long deadline = System.nanoTime() + HEARING.toNanos();
        String name = nameOf(id);
        while (!expected.equals(name) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            name = nameOf(id);
        }
        return name;
    }
}
