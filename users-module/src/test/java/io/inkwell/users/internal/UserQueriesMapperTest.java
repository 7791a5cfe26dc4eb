package io.inkwell.users.internal;

import static io.inkwell.users.internal.UserRowValues.user;
import static io.inkwell.users.internal.UserRowValues.withAvatar;
import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.db.Page;
import io.inkwell.db.PageRequest;
import io.inkwell.db.PagedQueries;
import io.inkwell.users.AuthorProfile;
import io.inkwell.users.Role;
import io.inkwell.users.UserListItem;
import io.inkwell.users.UserSearch;
import io.inkwell.users.UserStatus;
import io.inkwell.users.UserSummary;
import io.inkwell.users.UsersTestApplication;
import io.inkwell.users.test.UserRows;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The users context's own statements beyond the base repository, each on the real database. */
@SpringBootTest(classes = UsersTestApplication.class)
@Transactional
class UserQueriesMapperTest {

    @Autowired
    UserMapper users;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyTable() {
        jdbc.update("delete from users");
    }

    private UserRow insert(UserRow row, int minutesAgo) {
        users.insert(row);
        jdbc.update("update users set created_at = now() - make_interval(mins => ?) where id = ?", minutesAgo, row.id());
        return row;
    }

    @Test
    void selectByEmailFindsTheAccountWithItsPasswordHash() {
        UserRow ada = insert(user("Ada", "ada@example.com"), 1);

        assertThat(users.selectByEmail("ada@example.com")).hasValueSatisfying(found -> {
            assertThat(found.id()).isEqualTo(ada.id());
            assertThat(found.passwordHash()).isEqualTo(UserRows.PASSWORD_HASH);
        });
        assertThat(users.selectByEmail("nobody@example.com")).isEmpty();
    }

    @Test
    void selectNewestListItemsHasEveryStatusNewestFirstUpToTheLimit() {
        insert(user("Old", "old@example.com"), 30);
        insert(user("Gone", "gone@example.com", Role.USER, UserStatus.DELETED), 20);
        insert(user("Held", "held@example.com", Role.GUEST, UserStatus.SUSPENDED), 10);
        insert(user("New", "new@example.com"), 1);

        List<UserListItem> newest = users.selectNewestListItems(3);

        assertThat(newest).extracting(UserListItem::name).containsExactly("New", "Held", "Gone");
        assertThat(newest.get(1).status()).isEqualTo(UserStatus.SUSPENDED);
        assertThat(newest.get(1).email()).isEqualTo("held@example.com");
    }

    @Test
    void searchMatchesPartOfNameOrEmailIgnoringCase() {
        insert(user("Ada Lovelace", "countess@example.com"), 3);
        insert(user("Bob", "bob.ADAMS@example.com".toLowerCase()), 2);
        insert(user("Cleo", "cleo@example.org"), 1);

        List<UserListItem> byName = users.selectListItems(UserFilter.of(new UserSearch("LOVE", null, null)));
        List<UserListItem> byNameOrEmail = users.selectListItems(UserFilter.of(new UserSearch("ada", null, null)));
        List<UserListItem> byDomain = users.selectListItems(UserFilter.of(new UserSearch("example.ORG", null, null)));

        assertThat(byName).extracting(UserListItem::name).containsExactly("Ada Lovelace");
        assertThat(byNameOrEmail).extracting(UserListItem::name).containsExactly("Bob", "Ada Lovelace");
        assertThat(byDomain).extracting(UserListItem::email).containsExactly("cleo@example.org");
    }

    @Test
    void searchTreatsLikeWildcardsAsPlainCharacters() {
        insert(user("Percent", "percent@example.com"), 2);
        insert(user("Under_score", "under@example.com"), 1);

        assertThat(users.selectListItems(UserFilter.of(new UserSearch("%", null, null)))).isEmpty();
        assertThat(users.selectListItems(UserFilter.of(new UserSearch("r_s", null, null))))
                .extracting(UserListItem::name).containsExactly("Under_score");
    }

    @Test
    void searchFiltersByRoleAndStatusAndPagesNewestFirst() {
        insert(user("Ann", "ann@example.com", Role.ADMIN, UserStatus.ACTIVE), 4);
        insert(user("Ari", "ari@example.com", Role.USER, UserStatus.SUSPENDED), 3);
        insert(user("Abe", "abe@example.com", Role.USER, UserStatus.ACTIVE), 2);
        insert(user("Amy", "amy@example.com", Role.USER, UserStatus.ACTIVE), 1);

        List<UserListItem> activeUsers = users.selectListItems(UserFilter.of(new UserSearch(null, Role.USER, UserStatus.ACTIVE)));
        List<UserListItem> suspended = users.selectListItems(UserFilter.of(new UserSearch("a", null, UserStatus.SUSPENDED)));
        Page<UserListItem> everyone = PagedQueries.counted(new PageRequest(2, 3),
                () -> users.selectListItems(UserFilter.of(UserSearch.everyone())));

        assertThat(activeUsers).extracting(UserListItem::name).containsExactly("Amy", "Abe");
        assertThat(suspended).extracting(UserListItem::name).containsExactly("Ari");
        assertThat(everyone.items()).extracting(UserListItem::name).containsExactly("Ann");
        assertThat(everyone.totalItems()).isEqualTo(4);
    }

    @Test
    void listItemByIdOrNothing() {
        UserRow ada = insert(user("Ada", "ada@example.com"), 1);

        assertThat(users.selectListItemById(ada.id())).hasValueSatisfying(item -> {
            assertThat(item.email()).isEqualTo("ada@example.com");
            assertThat(item.role()).isEqualTo(Role.USER);
            assertThat(item.createdAt()).isNotNull();
        });
        assertThat(users.selectListItemById(UUID.randomUUID())).isEmpty();
    }

    @Test
    void aDeletedAccountKeepsItsNameButLosesItsAvatarInPublicViews() {
        UserRow gone = insert(withAvatar(user("Gone", "gone@example.com", Role.USER, UserStatus.DELETED),
                "https://example.com/g.png"), 1);
        UserRow here = insert(withAvatar(user("Here", "here@example.com"), "https://example.com/h.png"), 1);

        AuthorProfile goneProfile = users.selectAuthorProfileById(gone.id()).orElseThrow();
        AuthorProfile hereProfile = users.selectAuthorProfileById(here.id()).orElseThrow();
        List<UserSummary> summaries = users.selectSummariesByIds(List.of(gone.id(), here.id()));

        assertThat(goneProfile.name()).isEqualTo("Gone");
        assertThat(goneProfile.deleted()).isTrue();
        assertThat(goneProfile.avatarUrl()).isNull();
        assertThat(hereProfile.deleted()).isFalse();
        assertThat(hereProfile.avatarUrl()).isEqualTo("https://example.com/h.png");
        assertThat(hereProfile.joinedAt()).isNotNull();
        assertThat(summaries).extracting(UserSummary::avatarUrl).containsExactlyInAnyOrder(null, "https://example.com/h.png");
        assertThat(users.selectAuthorProfileById(UUID.randomUUID())).isEmpty();
    }

    @Test
    void countsGroupByRoleAndStatus() {
        insert(user("A", "a@example.com", Role.ADMIN, UserStatus.ACTIVE), 1);
        insert(user("B", "b@example.com", Role.USER, UserStatus.ACTIVE), 1);
        insert(user("C", "c@example.com", Role.USER, UserStatus.ACTIVE), 1);
        insert(user("D", "d@example.com", Role.USER, UserStatus.SUSPENDED), 1);

        assertThat(users.countByRoleAndStatus()).containsExactlyInAnyOrder(
                new RoleStatusCount(Role.ADMIN, UserStatus.ACTIVE, 1),
                new RoleStatusCount(Role.USER, UserStatus.ACTIVE, 2),
                new RoleStatusCount(Role.USER, UserStatus.SUSPENDED, 1));
    }

    @Test
    void activeAdminIdsLeaveOutSuspendedAdminsAndUsers() {
        UserRow admin = insert(user("A", "a@example.com", Role.ADMIN, UserStatus.ACTIVE), 1);
        insert(user("S", "s@example.com", Role.ADMIN, UserStatus.SUSPENDED), 1);
        insert(user("U", "u@example.com"), 1);

        assertThat(users.selectActiveAdminIdsForUpdate()).containsExactly(admin.id());
    }

    @Test
    void updatesOfRoleStatusProfilePasswordAndLastLoginTouchOnlyTheirColumns() {
        UserRow bob = insert(user("Bob", "bob@example.com"), 1);

        assertThat(users.updateRoleAndStatus(bob.id(), Role.ADMIN, UserStatus.SUSPENDED)).isEqualTo(1);
        assertThat(users.updateProfile(bob.id(), "Robert", "https://example.com/bob.png")).isEqualTo(1);
        assertThat(users.updatePassword(bob.id(), "{bcrypt}$2a$10$anotherhashanotherhashanotherhashanotherhashanoth")).isEqualTo(1);
        assertThat(users.updateLastLogin(bob.id())).isEqualTo(1);

        UserRow found = users.selectById(bob.id()).orElseThrow();
        assertThat(found.role()).isEqualTo(Role.ADMIN);
        assertThat(found.status()).isEqualTo(UserStatus.SUSPENDED);
        assertThat(found.name()).isEqualTo("Robert");
        assertThat(found.avatarUrl()).isEqualTo("https://example.com/bob.png");
        assertThat(found.passwordHash()).startsWith("{bcrypt}$2a$10$another");
        assertThat(found.email()).isEqualTo("bob@example.com");
        assertThat(found.lastLoginAt()).isNotNull();
        assertThat(users.updateProfile(UUID.randomUUID(), "X", null)).isZero();
    }
}
