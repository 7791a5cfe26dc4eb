package io.inkwell.users.internal;

import static io.inkwell.users.internal.UserRows.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.db.Page;
import io.inkwell.db.PageRequest;
import io.inkwell.users.Actor;
import io.inkwell.users.AdministrationRefusedException;
import io.inkwell.users.ChangeRoleAndStatus;
import io.inkwell.users.Role;
import io.inkwell.users.UserAdministration;
import io.inkwell.users.UserCounts;
import io.inkwell.users.UserListItem;
import io.inkwell.users.UserNotFoundException;
import io.inkwell.users.UserSearch;
import io.inkwell.users.UserStatus;
import io.inkwell.users.UsersTestApplication;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(classes = UsersTestApplication.class)
@Transactional
@WithMockUser(roles = "ADMIN")
class AdministrationServiceTest {

    @Autowired
    UserAdministration administration;

    @Autowired
    UserMapper users;

    @Autowired
    JdbcTemplate jdbc;

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
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = "USER")
    void methodSecurityRefusesCallersWithoutTheAdminRole() {
        assertThatThrownBy(() -> administration.search(UserSearch.everyone(), PageRequest.first(10)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> administration.counts()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> administration.newest(5)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> administration.softDelete(adminActor, admin.id()))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void searchPagesMatchesNewestFirst() {
        insert(user("Ada", "ada@example.com"));
        insert(user("Adam", "adam@example.com"));

        Page<UserListItem> page = administration.search(new UserSearch("ADA", null, null), PageRequest.first(1));

        assertThat(page.items()).hasSize(1);
        assertThat(page.totalItems()).isEqualTo(2);
        assertThat(administration.find(admin.id())).hasValueSatisfying(item -> assertThat(item.name()).isEqualTo("Admin"));
    }

    @Test
    void newestIsClampedBetweenOneAndFiftyAccounts() {
        for (int i = 0; i < AdministrationService.NEWEST_MAX + 2; i++) {
            insert(user("Person " + i, "person" + i + "@example.com"));
        }

        assertThat(administration.newest(0)).hasSize(1);
        assertThat(administration.newest(3)).hasSize(3);
        assertThat(administration.newest(1000)).hasSize(AdministrationService.NEWEST_MAX);
    }

    @Test
    void countsHaveEveryRoleAndStatus() {
        insert(user("Bob", "bob@example.com"));
        insert(user("Cleo", "cleo@example.com", Role.GUEST, UserStatus.SUSPENDED));

        UserCounts counts = administration.counts();

        assertThat(counts.byRole()).containsEntry(Role.ADMIN, 1L).containsEntry(Role.USER, 1L).containsEntry(Role.GUEST, 1L);
        assertThat(counts.byStatus()).containsEntry(UserStatus.ACTIVE, 2L).containsEntry(UserStatus.SUSPENDED, 1L)
                .containsEntry(UserStatus.DELETED, 0L);
        assertThat(counts.total()).isEqualTo(3);
    }
}
