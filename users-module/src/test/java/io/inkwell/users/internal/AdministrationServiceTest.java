package io.inkwell.users.internal;

import static io.inkwell.users.internal.UserRowValues.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.db.Page;
import io.inkwell.db.PageRequest;
import io.inkwell.users.AccountDeleted;
import io.inkwell.users.AccountSuspended;
import io.inkwell.users.Actor;
import io.inkwell.users.AdministrationRefusedException;
import io.inkwell.users.ChangeRoleAndStatus;
import io.inkwell.users.NotAllowedException;
import io.inkwell.users.Role;
import io.inkwell.users.UserAdministration;
import io.inkwell.users.UserCounts;
import io.inkwell.users.UserListItem;
import io.inkwell.users.UserNotFoundException;
import io.inkwell.users.UserSearch;
import io.inkwell.users.UserStatus;
import io.inkwell.users.UsersTestApplication;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(classes = UsersTestApplication.class)
@Transactional
@RecordApplicationEvents
class AdministrationServiceTest {

    @Autowired
    UserAdministration administration;

    @Autowired
    UserMapper users;

    @Autowired
    RememberMeTokenMapper rememberMeTokens;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents published;

    private UserRow admin;
    private Actor adminActor;

    @BeforeEach
    void anAdmin() {
        jdbc.update("delete from users");
        admin = user("Admin", "admin@example.com", Role.ADMIN, UserStatus.ACTIVE);
        users.insert(admin);
        adminActor = new Actor(admin.id(), Role.ADMIN);
    }

    private UserRow insert(UserRow row) {
        users.insert(row);
        return row;
    }

    @Test
    void anAdminChangesAnotherAccountsRoleAndStatus() {
        UserRow bob = insert(user("Bob", "bob@example.com"));

        administration.changeRoleAndStatus(adminActor, new ChangeRoleAndStatus(bob.id(), Role.GUEST, UserStatus.SUSPENDED));

        UserRow found = users.selectById(bob.id()).orElseThrow();
        assertThat(found.role()).isEqualTo(Role.GUEST);
        assertThat(found.status()).isEqualTo(UserStatus.SUSPENDED);
    }

    @Test
    void anInvitedAccountIsNotMadeActiveByAnAdminNorAnyAccountInvited() {
        UserRow invited = insert(new UserRow(UUID.randomUUID(), "new@example.com", null, "New", Role.USER,
                UserStatus.INVITED, null, false, null, null, null));
        UserRow bob = insert(user("Bob", "bob@example.com"));

        assertThatThrownBy(() -> administration.changeRoleAndStatus(adminActor,
                new ChangeRoleAndStatus(invited.id(), Role.USER, UserStatus.ACTIVE)))
                .isInstanceOf(AdministrationRefusedException.class).hasMessageContaining("invitation");
        assertThatThrownBy(() -> administration.changeRoleAndStatus(adminActor,
                new ChangeRoleAndStatus(bob.id(), Role.USER, UserStatus.INVITED)))
                .isInstanceOf(AdministrationRefusedException.class);
        administration.changeRoleAndStatus(adminActor, new ChangeRoleAndStatus(invited.id(), Role.GUEST, UserStatus.INVITED));
        administration.softDelete(adminActor, invited.id());
        assertThat(users.selectById(invited.id()).orElseThrow().status()).isEqualTo(UserStatus.DELETED);
    }

    private UserRow rememberedUser(String name, String email) {
        UserRow row = insert(user(name, email));
        rememberMeTokens.insert("series-of-" + row.id(), row.id(), new byte[32], 3600);
        return row;
    }

    private Map<String, Object> sessionsOf(UserRow row) {
        return jdbc.queryForMap("select session_epoch, (select count(*) from remember_me_tokens where user_id = u.id) as tokens "
                + "from users u where id = ?", row.id());
    }

    @Test
    void suspendingEndsEverySessionAndRememberedLoginAndIsPublished() {
        UserRow bob = rememberedUser("Bob", "bob@example.com");

        administration.changeRoleAndStatus(adminActor, new ChangeRoleAndStatus(bob.id(), Role.USER, UserStatus.SUSPENDED));

        assertThat(sessionsOf(bob)).containsEntry("session_epoch", 1).containsEntry("tokens", 0L);
        assertThat(published.stream(AccountSuspended.class)).containsExactly(new AccountSuspended(bob.id()));
        assertThat(published.stream(AccountDeleted.class)).isEmpty();
    }

    @Test
    void deletingEndsEverySessionAndRememberedLoginAndIsPublished() {
        UserRow bob = rememberedUser("Bob", "bob@example.com");

        administration.softDelete(adminActor, bob.id());

        assertThat(sessionsOf(bob)).containsEntry("session_epoch", 1).containsEntry("tokens", 0L);
        assertThat(published.stream(AccountDeleted.class)).containsExactly(new AccountDeleted(bob.id()));
        assertThat(published.stream(AccountSuspended.class)).isEmpty();
    }

    @Test
    void aRoleChangeOrAStatusThatStaysTheSameLeavesSessionsToTheRoleCheck() {
        UserRow bob = rememberedUser("Bob", "bob@example.com");
        UserRow cleo = rememberedUser("Cleo", "cleo@example.com");
        jdbc.update("update users set status = 'suspended' where id = ?", cleo.id());

        administration.changeRoleAndStatus(adminActor, new ChangeRoleAndStatus(bob.id(), Role.GUEST, UserStatus.ACTIVE));
        administration.changeRoleAndStatus(adminActor, new ChangeRoleAndStatus(cleo.id(), Role.GUEST, UserStatus.SUSPENDED));

        assertThat(sessionsOf(bob)).containsEntry("session_epoch", 0).containsEntry("tokens", 1L);
        assertThat(sessionsOf(cleo)).containsEntry("session_epoch", 0).containsEntry("tokens", 1L);
        assertThat(published.stream(AccountSuspended.class)).isEmpty();
    }

    @Test
    void softDeleteKeepsTheRowAndItsRole() {
        UserRow bob = insert(user("Bob", "bob@example.com"));

        administration.softDelete(adminActor, bob.id());

        UserRow found = users.selectById(bob.id()).orElseThrow();
        assertThat(found.status()).isEqualTo(UserStatus.DELETED);
        assertThat(found.role()).isEqualTo(Role.USER);
        assertThatThrownBy(() -> administration.softDelete(adminActor, UUID.randomUUID()))
                .isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void anAdminCannotDemoteSuspendOrDeleteThemselves() {
        insert(user("Other admin", "other@example.com", Role.ADMIN, UserStatus.ACTIVE));

        assertThatThrownBy(() -> administration.changeRoleAndStatus(adminActor,
                new ChangeRoleAndStatus(admin.id(), Role.USER, UserStatus.ACTIVE)))
                .isInstanceOf(AdministrationRefusedException.class).hasMessageContaining("your own");
        assertThatThrownBy(() -> administration.changeRoleAndStatus(adminActor,
                new ChangeRoleAndStatus(admin.id(), Role.ADMIN, UserStatus.SUSPENDED)))
                .isInstanceOf(AdministrationRefusedException.class);
        assertThatThrownBy(() -> administration.softDelete(adminActor, admin.id()))
                .isInstanceOf(AdministrationRefusedException.class);
        assertThat(users.selectById(admin.id()).orElseThrow().status()).isEqualTo(UserStatus.ACTIVE);
    }

    @Test
    void theLastActiveAdminCannotBeRemovedByAnotherAdminEither() {
        // A suspended admin's session cannot act, but method security alone would let this actor through.
        UserRow suspendedAdmin = insert(user("Sleepy", "sleepy@example.com", Role.ADMIN, UserStatus.SUSPENDED));
        Actor suspendedActor = new Actor(suspendedAdmin.id(), Role.ADMIN);

        assertThatThrownBy(() -> administration.changeRoleAndStatus(suspendedActor,
                new ChangeRoleAndStatus(admin.id(), Role.USER, UserStatus.ACTIVE)))
                .isInstanceOf(AdministrationRefusedException.class).hasMessageContaining("last active admin");
        assertThat(users.selectById(admin.id()).orElseThrow().role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void anAdminMayBeRemovedWhileAnotherActiveAdminRemains() {
        UserRow second = insert(user("Second", "second@example.com", Role.ADMIN, UserStatus.ACTIVE));

        administration.changeRoleAndStatus(adminActor, new ChangeRoleAndStatus(second.id(), Role.USER, UserStatus.ACTIVE));

        assertThat(users.selectById(second.id()).orElseThrow().role()).isEqualTo(Role.USER);
    }

    @Test
    void promotingOrChangingAnUnknownAccount() {
        UserRow bob = insert(user("Bob", "bob@example.com"));

        administration.changeRoleAndStatus(adminActor, new ChangeRoleAndStatus(bob.id(), Role.ADMIN, UserStatus.ACTIVE));

        assertThat(users.selectById(bob.id()).orElseThrow().role()).isEqualTo(Role.ADMIN);
        assertThatThrownBy(() -> administration.changeRoleAndStatus(adminActor,
                new ChangeRoleAndStatus(UUID.randomUUID(), Role.USER, UserStatus.ACTIVE)))
                .isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void anActorThatIsNotAnAdminIsRefused() {
        UserRow bob = insert(user("Bob", "bob@example.com"));

        assertThatThrownBy(() -> administration.changeRoleAndStatus(new Actor(bob.id(), Role.USER),
                new ChangeRoleAndStatus(admin.id(), Role.USER, UserStatus.ACTIVE)))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void everyMethodRefusesActorsThatAreNotActiveAdmins() {
        UserRow bob = insert(user("Bob", "bob@example.com"));
        UserRow guest = insert(user("Gus", "gus@example.com", Role.GUEST, UserStatus.ACTIVE));
        UserRow sleepy = insert(user("Sleepy", "sleepy@example.com", Role.ADMIN, UserStatus.SUSPENDED));
        List<Actor> refused = List.of(new Actor(bob.id(), Role.USER), new Actor(guest.id(), Role.GUEST),
                new Actor(sleepy.id(), Role.ADMIN, UserStatus.SUSPENDED), new Actor(sleepy.id(), Role.ADMIN, UserStatus.DELETED));

        for (Actor actor : refused) {
            List<ThrowingCallable> calls = List.of(
                    () -> administration.search(actor, UserSearch.everyone(), PageRequest.first(10)),
                    () -> administration.find(actor, bob.id()),
                    () -> administration.newest(actor, 5),
                    () -> administration.counts(actor),
                    () -> administration.changeRoleAndStatus(actor, new ChangeRoleAndStatus(bob.id(), Role.GUEST, UserStatus.SUSPENDED)),
                    () -> administration.softDelete(actor, bob.id()));
            for (ThrowingCallable call : calls) {
                assertThatThrownBy(call).as(actor.toString()).isInstanceOf(NotAllowedException.class);
            }
        }
        assertThat(users.selectById(bob.id()).orElseThrow())
                .extracting(UserRow::role, UserRow::status).containsExactly(Role.USER, UserStatus.ACTIVE);
    }

    @Test
    void searchPagesMatchesNewestFirst() {
        insert(user("Ada", "ada@example.com"));
        insert(user("Adam", "adam@example.com"));

        Page<UserListItem> page = administration.search(adminActor, new UserSearch("ADA", null, null), PageRequest.first(1));

        assertThat(page.items()).hasSize(1);
        assertThat(page.totalItems()).isEqualTo(2);
        assertThat(administration.find(adminActor, admin.id())).hasValueSatisfying(item -> assertThat(item.name()).isEqualTo("Admin"));
    }

    @Test
    void newestIsClampedBetweenOneAndFiftyAccounts() {
        for (int i = 0; i < AdministrationService.NEWEST_MAX + 2; i++) {
            insert(user("Person " + i, "person" + i + "@example.com"));
        }

        assertThat(administration.newest(adminActor, 0)).hasSize(1);
        assertThat(administration.newest(adminActor, 3)).hasSize(3);
        assertThat(administration.newest(adminActor, 1000)).hasSize(AdministrationService.NEWEST_MAX);
    }

    @Test
    void countsHaveEveryRoleAndStatus() {
        insert(user("Bob", "bob@example.com"));
        insert(user("Cleo", "cleo@example.com", Role.GUEST, UserStatus.SUSPENDED));

        UserCounts counts = administration.counts(adminActor);

        assertThat(counts.byRole()).containsEntry(Role.ADMIN, 1L).containsEntry(Role.USER, 1L).containsEntry(Role.GUEST, 1L);
        assertThat(counts.byStatus()).containsEntry(UserStatus.ACTIVE, 2L).containsEntry(UserStatus.SUSPENDED, 1L)
                .containsEntry(UserStatus.DELETED, 0L);
        assertThat(counts.total()).isEqualTo(3);
    }
}
