package io.inkwell.users.internal;

import static io.inkwell.users.internal.UserRowValues.user;
import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.users.Role;
import io.inkwell.users.SessionAccount;
import io.inkwell.users.UserStatus;
import io.inkwell.users.UsersTestApplication;
import io.inkwell.users.test.UserRows;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The statements behind logins and sessions, each on the real database. */
@SpringBootTest(classes = UsersTestApplication.class)
@Transactional
class UserSessionMapperTest {

    @Autowired
    UserMapper users;

    @Autowired
    JdbcTemplate jdbc;

    private UserRow insert(UserRow row) {
        users.insert(row);
        return row;
    }

    private int epochOf(UserRow row) {
        return jdbc.queryForObject("select session_epoch from users where id = ?", Integer.class, row.id());
    }

    @Test
    void selectSignInByEmailReadsTheHashAndTheSessionGeneration() {
        UserRow ada = insert(user("Ada", "ada@example.com", Role.ADMIN, UserStatus.SUSPENDED));
        jdbc.update("update users set session_epoch = 7 where id = ?", ada.id());

        assertThat(users.selectSignInByEmail("ada@example.com")).hasValueSatisfying(found -> {
            assertThat(found.passwordHash()).isEqualTo(UserRows.PASSWORD_HASH);
            assertThat(found.account()).isEqualTo(
                    new SessionAccount(ada.id(), "ada@example.com", "Ada", Role.ADMIN, UserStatus.SUSPENDED, 7));
            assertThat(found.toString()).doesNotContain(UserRows.PASSWORD_HASH);
        });
        assertThat(users.selectSignInByEmail("nobody@example.com")).isEmpty();
    }

    @Test
    void selectSessionAccountByIdHasNoHash() {
        UserRow bob = insert(user("Bob", "bob@example.com"));

        assertThat(users.selectSessionAccountById(bob.id()))
                .contains(new SessionAccount(bob.id(), "bob@example.com", "Bob", Role.USER, UserStatus.ACTIVE, 0));
        assertThat(users.selectSessionAccountById(UUID.randomUUID())).isEmpty();
    }

    @Test
    void selectStatusForUpdateLocksAndReadsTheStatus() {
        UserRow cleo = insert(user("Cleo", "cleo@example.com", Role.USER, UserStatus.DELETED));

        assertThat(users.selectStatusForUpdate(cleo.id())).contains(UserStatus.DELETED);
        assertThat(jdbc.queryForObject("""
                select count(*) from pg_locks l join pg_class c on c.oid = l.relation
                 where c.relname = 'users' and l.mode = 'RowShareLock' and l.pid = pg_backend_pid()""", Integer.class))
                .isEqualTo(1);
        assertThat(users.selectStatusForUpdate(UUID.randomUUID())).isEmpty();
    }

    @Test
    void incrementSessionEpochMovesOnlyThatAccountsGeneration() {
        UserRow dan = insert(user("Dan", "dan@example.com"));
        UserRow eve = insert(user("Eve", "eve@example.com"));

        assertThat(users.incrementSessionEpoch(dan.id())).isEqualTo(1);
        assertThat(users.incrementSessionEpoch(dan.id())).isEqualTo(1);

        assertThat(epochOf(dan)).isEqualTo(2);
        assertThat(epochOf(eve)).isZero();
        assertThat(users.incrementSessionEpoch(UUID.randomUUID())).isZero();
    }

    @Test
    void updatePasswordHashIfUnchangedLeavesAPasswordChangedMeanwhile() {
        UserRow fay = insert(user("Fay", "fay@example.com"));
        String upgraded = "{argon2@SpringSecurity_v5_8}$argon2id$v=19$m=16384,t=2,p=1$upgraded";
        String changed = "{argon2@SpringSecurity_v5_8}$argon2id$v=19$m=16384,t=2,p=1$changedMeanwhile";

        assertThat(users.updatePasswordHashIfUnchanged(fay.id(), UserRows.PASSWORD_HASH, upgraded)).isEqualTo(1);
        users.updatePassword(fay.id(), changed);
        assertThat(users.updatePasswordHashIfUnchanged(fay.id(), upgraded, "{bcrypt}$2a$10$staleUpgradeOfTheOldPassword")).isZero();

        assertThat(users.selectById(fay.id()).orElseThrow().passwordHash()).isEqualTo(changed);
    }
}
