package io.inkwell.users.internal;

import static io.inkwell.users.internal.UserRowValues.user;
import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.users.UsersTestApplication;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(classes = UsersTestApplication.class)
@Transactional
class LoginAttemptMapperTest {

    private static final int MAX = 5;
    private static final int WINDOW = 900;
    private static final int LOCK = 900;

    @Autowired
    LoginAttemptMapper attempts;

    @Autowired
    UserMapper users;

    @Autowired
    JdbcTemplate jdbc;

    private UserRow ada() {
        UserRow ada = user("Ada", "ada@example.com");
        users.insert(ada);
        return ada;
    }

    private Map<String, Object> row(UserRow user) {
        return jdbc.queryForMap("select failed_count, locked_until is not null as locked from login_attempts where user_id = ?",
                user.id());
    }

    @Test
    void failuresCountUpAndTheFifthLocksTheAccount() {
        UserRow ada = ada();

        for (int i = 0; i < 4; i++) {
            attempts.recordFailure("ada@example.com", MAX, WINDOW, LOCK);
        }
        assertThat(row(ada)).containsEntry("failed_count", 4).containsEntry("locked", false);
        assertThat(attempts.isLocked(ada.id())).isFalse();

        attempts.recordFailure("ada@example.com", MAX, WINDOW, LOCK);

        assertThat(row(ada)).containsEntry("failed_count", 5).containsEntry("locked", true);
        assertThat(attempts.isLocked(ada.id())).isTrue();
    }

    @Test
    void failuresOutsideTheWindowStartANewCount() {
        UserRow ada = ada();
        for (int i = 0; i < 4; i++) {
            attempts.recordFailure("ada@example.com", MAX, WINDOW, LOCK);
        }
        jdbc.update("update login_attempts set window_started_at = now() - interval '16 minutes' where user_id = ?", ada.id());

        attempts.recordFailure("ada@example.com", MAX, WINDOW, LOCK);

        assertThat(row(ada)).containsEntry("failed_count", 1).containsEntry("locked", false);
    }

    @Test
    void aLockEndsWhenItsTimeHasPassed() {
        UserRow ada = ada();
        for (int i = 0; i < 5; i++) {
            attempts.recordFailure("ada@example.com", MAX, WINDOW, LOCK);
        }

        jdbc.update("update login_attempts set locked_until = now() - interval '1 second' where user_id = ?", ada.id());

        assertThat(attempts.isLocked(ada.id())).isFalse();
    }

    @Test
    void anUnknownEmailRecordsNothing() {
        assertThat(attempts.recordFailure("nobody@example.com", MAX, WINDOW, LOCK)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from login_attempts", Integer.class)).isZero();
    }

    @Test
    void deleteByUserIdForgetsTheFailures() {
        UserRow ada = ada();
        attempts.recordFailure("ada@example.com", MAX, WINDOW, LOCK);

        assertThat(attempts.deleteByUserId(ada.id())).isEqualTo(1);

        assertThat(jdbc.queryForObject("select count(*) from login_attempts", Integer.class)).isZero();
    }
}
