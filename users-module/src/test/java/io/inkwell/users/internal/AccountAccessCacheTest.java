package io.inkwell.users.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.db.test.TruncateAfterEach;
import io.inkwell.users.Actor;
import io.inkwell.users.ChangeRoleAndStatus;
import io.inkwell.users.Role;
import io.inkwell.users.UserAdministration;
import io.inkwell.users.UserStatus;
import io.inkwell.users.UsersTestApplication;
import io.inkwell.users.test.UserRows;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The cache must forget an account as soon as an admin's change commits; so these tests commit. */
@SpringBootTest(classes = UsersTestApplication.class)
@ExtendWith(TruncateAfterEach.class)
class AccountAccessCacheTest {

    @Autowired
    AccountAccessCache cache;

    @Autowired
    UserAdministration administration;

    @Autowired
    Credentials credentials;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSuspensionEndsTheSessionAtTheNextQuestionDespiteTheCache() {
        UUID admin = UserRows.withRole(jdbc, "Admin", Role.ADMIN);
        UUID bob = UserRows.author(jdbc, "Bob");
        assertThat(cache.maySessionContinue(bob, Role.USER, 0)).isTrue();

        administration.changeRoleAndStatus(new Actor(admin, Role.ADMIN), new ChangeRoleAndStatus(bob, Role.USER, UserStatus.SUSPENDED));

        assertThat(cache.maySessionContinue(bob, Role.USER, 0)).isFalse();
    }

    @Test
    void aRoleChangeEndsSessionsSignedInWithTheOldRole() {
        UUID admin = UserRows.withRole(jdbc, "Admin", Role.ADMIN);
        UUID bob = UserRows.withRole(jdbc, "Bob", Role.ADMIN);
        assertThat(cache.maySessionContinue(bob, Role.ADMIN, 0)).isTrue();

        administration.changeRoleAndStatus(new Actor(admin, Role.ADMIN), new ChangeRoleAndStatus(bob, Role.USER, UserStatus.ACTIVE));

        assertThat(cache.maySessionContinue(bob, Role.ADMIN, 0)).isFalse();
        assertThat(cache.maySessionContinue(bob, Role.USER, 0)).isTrue();
    }

    @Test
    void endingAllSessionsEndsThoseOfTheOldGenerationAtOnceAndOnlyAfterCommit() {
        UUID bob = UserRows.author(jdbc, "Bob");
        assertThat(cache.maySessionContinue(bob, Role.USER, 0)).isTrue();

        transactions.executeWithoutResult(status -> {
            credentials.endAllSessions(bob);
            assertThat(cache.maySessionContinue(bob, Role.USER, 0)).as("before commit").isTrue();
        });

        assertThat(cache.maySessionContinue(bob, Role.USER, 0)).isFalse();
        assertThat(cache.maySessionContinue(bob, Role.USER, 1)).isTrue();
    }

    @Test
    void anUnknownAccountsSessionsEnd() {
        assertThat(cache.maySessionContinue(UUID.randomUUID(), Role.USER, 0)).isFalse();
    }

    @Test
    void aChangeMadeElsewhereIsSeenOnlyAfterTheShortTtl() {
        UUID bob = UserRows.author(jdbc, "Bob");
        assertThat(cache.maySessionContinue(bob, Role.USER, 0)).isTrue();

        jdbc.update("update users set status = 'suspended' where id = ?", bob);

        // Another instance's change: this one still answers from its cache until the entry expires.
        assertThat(cache.maySessionContinue(bob, Role.USER, 0)).isTrue();
        assertThat(AccountAccessCache.TTL).isLessThanOrEqualTo(java.time.Duration.ofSeconds(10));
    }
}
