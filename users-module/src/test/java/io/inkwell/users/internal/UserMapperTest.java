package io.inkwell.users.internal;

import static io.inkwell.users.internal.UserRows.user;
import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.db.Page;
import io.inkwell.db.PageRequest;
import io.inkwell.db.PagedQueries;
import io.inkwell.users.Role;
import io.inkwell.users.UserStatus;
import io.inkwell.users.UserSummary;
import io.inkwell.users.UsersTestApplication;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(classes = UsersTestApplication.class)
@Transactional
class UserMapperTest {

    @Autowired
    UserMapper users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void insertStoresEveryColumnAndSelectByIdReadsItBack() {
        UserRow ada = user("Ada", "ada@example.com");

        users.insert(ada);

        UserRow found = users.selectById(ada.id()).orElseThrow();
        assertThat(found.email()).isEqualTo("ada@example.com");
        assertThat(found.role()).isEqualTo(Role.USER);
        assertThat(found.status()).isEqualTo(UserStatus.ACTIVE);
        assertThat(found.createdAt()).isNotNull();
        assertThat(jdbc.queryForObject("select role from users where id = ?", String.class, ada.id())).isEqualTo("user");
    }

    @Test
    void selectByIdOfAnUnknownIdIsEmpty() {
        assertThat(users.selectById(UUID.randomUUID())).isEmpty();
    }

    @Test
    void updateChangesTheRowAndTheDatabaseStampsUpdatedAt() {
        UserRow bob = user("Bob", "bob@example.com");
        users.insert(bob);
        jdbc.update("update users set updated_at = '2000-01-01T00:00:00Z' where id = ?", bob.id());
        Instant login = Instant.parse("2026-01-02T03:04:05Z");

        int changed = users.update(new UserRow(bob.id(), bob.email(), bob.passwordHash(), "Robert", Role.ADMIN,
                UserStatus.SUSPENDED, "https://example.com/bob.png", true, login, null, null));

        assertThat(changed).isEqualTo(1);
        UserRow found = users.selectById(bob.id()).orElseThrow();
        assertThat(found.name()).isEqualTo("Robert");
        assertThat(found.role()).isEqualTo(Role.ADMIN);
        assertThat(found.status()).isEqualTo(UserStatus.SUSPENDED);
        assertThat(found.avatarUrl()).isEqualTo("https://example.com/bob.png");
        assertThat(found.emailVerified()).isTrue();
        assertThat(found.lastLoginAt()).isEqualTo(login);
        assertThat(found.updatedAt()).isAfter(Instant.parse("2001-01-01T00:00:00Z"));
    }

    @Test
    void existsAndDeleteById() {
        UserRow cleo = user("Cleo", "cleo@example.com");
        users.insert(cleo);

        assertThat(users.existsById(cleo.id())).isTrue();
        assertThat(users.deleteById(cleo.id())).isEqualTo(1);
        assertThat(users.existsById(cleo.id())).isFalse();
    }

    @Test
    void selectAllPagedNewestFirst() {
        jdbc.update("delete from users");
        for (int i = 1; i <= 5; i++) {
            users.insert(user("User " + i, "user" + i + "@example.com"));
            jdbc.update("update users set created_at = now() - make_interval(mins => ?) where email = ?", 10 - i,
                    "user" + i + "@example.com");
        }

        Page<UserRow> page = PagedQueries.counted(new PageRequest(1, 2), users::selectAll);

        assertThat(page.items()).extracting(UserRow::name).containsExactly("User 5", "User 4");
        assertThat(page.totalItems()).isEqualTo(5);
    }

    @Test
    void summariesOfManyIdsComeFromOneQuery() {
        UserRow dan = user("Dan", "dan@example.com");
        UserRow eve = user("Eve", "eve@example.com");
        users.insert(dan);
        users.insert(eve);

        List<UserSummary> summaries = users.selectSummariesByIds(List.of(dan.id(), eve.id(), UUID.randomUUID()));

        assertThat(summaries).extracting(UserSummary::name).containsExactlyInAnyOrder("Dan", "Eve");
    }
}
