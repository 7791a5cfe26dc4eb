package io.inkwell.users.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.db.test.TruncateAfterEach;
import io.inkwell.users.AcceptInvitation;
import io.inkwell.users.Actor;
import io.inkwell.users.AdministrationRefusedException;
import io.inkwell.users.ChangeRoleAndStatus;
import io.inkwell.users.EmailTakenException;
import io.inkwell.users.InvitationSent;
import io.inkwell.users.Invitations;
import io.inkwell.users.InviteUser;
import io.inkwell.users.RegisterUser;
import io.inkwell.users.Role;
import io.inkwell.users.TokenProblem;
import io.inkwell.users.TokenRefusedException;
import io.inkwell.users.UserAccounts;
import io.inkwell.users.UserAdministration;
import io.inkwell.users.UserStatus;
import io.inkwell.users.UsersTestApplication;
import io.inkwell.users.test.UserRows;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Races that only real, committing transactions on the real database can show. */
@SpringBootTest(classes = UsersTestApplication.class)
@ExtendWith(TruncateAfterEach.class)
@RecordApplicationEvents
class ConcurrentAccountChangesTest {

    @Autowired
    UserAccounts accounts;

    @Autowired
    UserAdministration administration;

    @Autowired
    Invitations invitations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void cleanUp() {
        threads.shutdownNow();
    }

    @RepeatedTest(3)
    void twoRegistrationsRacingForOneEmailGiveOneAccountAndOneFieldError() throws Exception {
        List<Object> outcomes = race(
                () -> accounts.register(new RegisterUser("race@example.com", "First", "password1")),
                () -> accounts.register(new RegisterUser("RACE@example.com", "Second", "password2")));

        assertThat(outcomes).filteredOn(UUID.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(EmailTakenException.class::isInstance).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from users where email = 'race@example.com'", Integer.class)).isEqualTo(1);
    }

    @RepeatedTest(3)
    void twoAdminsDemotingEachOtherAtOnceLeaveOneActiveAdmin() throws Exception {
        UUID ann = UserRows.withRole(jdbc, "Ann", Role.ADMIN);
        UUID ben = UserRows.withRole(jdbc, "Ben", Role.ADMIN);

        List<Object> outcomes = race(
                () -> demote(ann, ben),
                () -> demote(ben, ann));

        assertThat(outcomes).filteredOn(AdministrationRefusedException.class::isInstance).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from users where role = 'admin' and status = 'active'",
                Integer.class)).isEqualTo(1);
    }

    @RepeatedTest(3)
    void twoLinksToOneImportedAccountAcceptedAtOnceSetItUpOnceAndTheOtherLinkIsUsed() throws Exception {
        UUID ada = UserRows.imported(jdbc, "Ada", "ada@example.com", Role.USER);
        Actor admin = new Actor(UserRows.withRole(jdbc, "Grace", Role.ADMIN), Role.ADMIN);
        String first = tokenOf(invitations.invite(admin, new InviteUser("ada@example.com", null)));
        String second = tokenOf(invitations.inviteImported(admin, ada));

        List<Object> outcomes = race(
                () -> invitations.accept(first, new AcceptInvitation("Ada One", "first password")),
                () -> invitations.accept(second, new AcceptInvitation("Ada Two", "second password")));

        assertThat(outcomes).filteredOn(ada::equals).hasSize(1);
        assertThat(outcomes).filteredOn(TokenRefusedException.class::isInstance)
                .singleElement().extracting(e -> ((TokenRefusedException) e).problem()).isEqualTo(TokenProblem.USED);
        assertThat(jdbc.queryForList("select status from users where email = 'ada@example.com'", String.class)).containsExactly("active");
        assertThat(jdbc.queryForObject("select count(*) from invitations where accepted_user_id = ?", Integer.class, ada)).isEqualTo(1);
    }

    private String tokenOf(UUID invitation) {
        return events.stream(InvitationSent.class).filter(sent -> sent.invitationId().equals(invitation))
                .findFirst().orElseThrow().token();
    }

    private UUID demote(UUID admin, UUID other) {
        administration.changeRoleAndStatus(new Actor(admin, Role.ADMIN), new ChangeRoleAndStatus(other, Role.USER, UserStatus.ACTIVE));
        return other;
    }

    /** Starts both actions together and returns each one's result or exception. */
    private List<Object> race(Callable<?> first, Callable<?> second) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        for (Callable<?> action : List.of(first, second)) {
            futures.add(threads.submit(() -> {
                start.await();
                try {
                    return action.call();
                } catch (RuntimeException e) {
                    return e;
                }
            }));
        }
        start.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> future : futures) {
            outcomes.add(future.get(30, TimeUnit.SECONDS));
        }
        return outcomes;
    }
}
