package io.inkwell.users.internal;

import static io.inkwell.users.AccountLimits.AVATAR_URL_MAX;
import static io.inkwell.users.AccountLimits.EMAIL_MAX;
import static io.inkwell.users.AccountLimits.NAME_MAX;
import static io.inkwell.users.test.UserRows.PASSWORD_HASH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.users.Role;
import io.inkwell.users.UsersTestApplication;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The users table's CHECK constraints hold the numbers of {@link io.inkwell.users.AccountLimits}: a
 * field of exactly the limit is stored, one character more is refused by the database itself.
 */
@SpringBootTest(classes = UsersTestApplication.class)
@Transactional
class SchemaLimitsTest {

    private static final String INSERT = "insert into users (email, password_hash, name, avatar_url) values (?, ?, ?, ?)";

    @Autowired
    JdbcTemplate jdbc;

    /** Writes an account whose field under test has {@code length} characters; {@code n} tells the accounts apart. */
    interface Write {
        void row(JdbcTemplate jdbc, int n, int length);
    }

    record Limit(String constraint, int max, Write write) {
        @Override
        public String toString() {
            return constraint;
        }
    }

    static Stream<Limit> limits() {
        return Stream.of(
                new Limit("users_name_length_ck", NAME_MAX, (jdbc, n, length) ->
                        jdbc.update(INSERT, n + "@example.com", PASSWORD_HASH, "x".repeat(length), null)),
                new Limit("users_email_shape_ck", EMAIL_MAX, (jdbc, n, length) ->
                        jdbc.update(INSERT, email(n, length), PASSWORD_HASH, "Ada", null)),
                new Limit("users_avatar_url_ck", AVATAR_URL_MAX, (jdbc, n, length) ->
                        jdbc.update(INSERT, n + "@example.com", PASSWORD_HASH, "Ada",
                                "https://img.example/" + "a".repeat(length - 20))));
    }

    /** An address of {@code length} characters that starts with {@code n}. */
    private static String email(int n, int length) {
        String domain = "@example.com";
        return n + "x".repeat(length - 1 - domain.length()) + domain;
    }

    @ParameterizedTest(name = "{0} takes the limit and refuses one character more")
    @MethodSource("limits")
    void theDatabaseTakesTheLimitAndRefusesOneCharacterMore(Limit limit) {
        limit.write().row(jdbc, 1, limit.max());

        assertThatThrownBy(() -> limit.write().row(jdbc, 2, limit.max() + 1))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining(limit.constraint());
    }

    @ParameterizedTest(name = "the schema stores the role {0}")
    @EnumSource(Role.class)
    void everyRoleTheCodeKnowsIsOneTheSchemaStores(Role role) {
        jdbc.update("insert into users (email, password_hash, name, role) values (?, ?, 'Ada', ?)",
                role.name().toLowerCase() + "@example.com", PASSWORD_HASH, role.name().toLowerCase());

        assertThat(jdbc.queryForObject("select role from users where email = ?", String.class,
                role.name().toLowerCase() + "@example.com")).isEqualTo(role.name().toLowerCase());
    }
}
