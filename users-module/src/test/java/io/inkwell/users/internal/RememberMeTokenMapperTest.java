package io.inkwell.users.internal;

import static io.inkwell.users.internal.UserRowValues.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.users.UsersTestApplication;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(classes = UsersTestApplication.class)
@Transactional
class RememberMeTokenMapperTest {

    private static final long TWO_WEEKS = Duration.ofDays(14).toSeconds();
    private static final String SERIES = "series-0000000001";

    @Autowired
    RememberMeTokenMapper tokens;

    @Autowired
    UserMapper users;

    @Autowired
    JdbcTemplate jdbc;

    private UserRow ada;
    private UserRow bob;

    @BeforeEach
    void people() {
        ada = user("Ada", "ada@example.com");
        bob = user("Bob", "bob@example.com");
        users.insert(ada);
        users.insert(bob);
    }

    private static byte[] hash(int fill) {
        byte[] hash = new byte[32];
        Arrays.fill(hash, (byte) fill);
        return hash;
    }

    private int count(String where, Object... args) {
        return jdbc.queryForObject("select count(*) from remember_me_tokens where " + where, Integer.class, args);
    }

    @Test
    void insertStoresTheHashValidFromNowAndFindBySeriesReadsItBack() {
        // now() is the transaction's start, the same in every statement of this test.
        Instant before = jdbc.queryForObject("select now()", OffsetDateTime.class).toInstant();

        assertThat(tokens.insert(SERIES, ada.id(), hash(1), TWO_WEEKS)).isEqualTo(1);

        assertThat(tokens.selectBySeriesForUpdate(SERIES)).hasValueSatisfying(row -> {
            assertThat(row.userId()).isEqualTo(ada.id());
            assertThat(row.tokenHash()).isEqualTo(hash(1));
            assertThat(row.expiresAt()).isEqualTo(before.plus(Duration.ofDays(14)));
            assertThat(row.lastUsedAt()).isEqualTo(before);
            assertThat(row.expired()).isFalse();
        });
        assertThat(tokens.selectBySeriesForUpdate("series-unknown-0001")).isEmpty();
    }

    @Test
    void aTokenPastItsExpiryIsFoundAsExpired() {
        tokens.insert(SERIES, ada.id(), hash(1), TWO_WEEKS);
        jdbc.update("update remember_me_tokens set expires_at = now() - interval '1 second'");

        assertThat(tokens.selectBySeriesForUpdate(SERIES)).hasValueSatisfying(row -> assertThat(row.expired()).isTrue());
    }

    @Test
    void rotateReplacesTheHashAndRestartsTheValidity() {
        tokens.insert(SERIES, ada.id(), hash(1), TWO_WEEKS);
        jdbc.update("update remember_me_tokens set last_used_at = now() - interval '3 days', expires_at = now() + interval '11 days'");

        assertThat(tokens.rotate(SERIES, hash(2), TWO_WEEKS)).isEqualTo(1);

        assertThat(tokens.selectBySeriesForUpdate(SERIES)).hasValueSatisfying(row -> {
            assertThat(row.tokenHash()).isEqualTo(hash(2));
            assertThat(Duration.between(row.lastUsedAt(), row.expiresAt())).isEqualTo(Duration.ofDays(14));
        });
        assertThat(tokens.rotate("series-unknown-0001", hash(3), TWO_WEEKS)).isZero();
    }

    @Test
    void deleteBySeriesEndsOneRememberedLogin() {
        tokens.insert(SERIES, ada.id(), hash(1), TWO_WEEKS);
        tokens.insert("series-0000000002", ada.id(), hash(2), TWO_WEEKS);

        assertThat(tokens.deleteBySeries(SERIES)).isEqualTo(1);

        assertThat(count("user_id = ?", ada.id())).isEqualTo(1);
        assertThat(tokens.selectBySeriesForUpdate(SERIES)).isEmpty();
    }

    @Test
    void deleteByUserIdEndsEveryRememberedLoginOfThatAccountOnly() {
        tokens.insert(SERIES, ada.id(), hash(1), TWO_WEEKS);
        tokens.insert("series-0000000002", ada.id(), hash(2), TWO_WEEKS);
        tokens.insert("series-0000000003", bob.id(), hash(3), TWO_WEEKS);

        assertThat(tokens.deleteByUserId(ada.id())).isEqualTo(2);

        assertThat(count("true")).isEqualTo(1);
        assertThat(count("user_id = ?", bob.id())).isEqualTo(1);
        assertThat(tokens.deleteByUserId(UUID.randomUUID())).isZero();
    }

    @Test
    void deleteExpiredKeepsTheValidOnes() {
        tokens.insert(SERIES, ada.id(), hash(1), TWO_WEEKS);
        tokens.insert("series-0000000002", bob.id(), hash(2), TWO_WEEKS);
        jdbc.update("update remember_me_tokens set expires_at = now() - interval '1 minute' where series = ?", SERIES);

        assertThat(tokens.deleteExpired()).isEqualTo(1);

        assertThat(count("true")).isEqualTo(1);
        assertThat(tokens.selectBySeriesForUpdate("series-0000000002")).isPresent();
    }

    @Test
    void theDatabaseRefusesAHashOfAnotherLengthAndDeletingTheAccountDeletesItsTokens() {
        tokens.insert(SERIES, ada.id(), hash(1), TWO_WEEKS);

        assertThat(count("true")).isEqualTo(1);
        jdbc.update("delete from users where id = ?", ada.id());
        assertThat(count("true")).isZero();
        assertThatThrownBy(() -> tokens.insert("series-0000000009", bob.id(), new byte[16], TWO_WEEKS))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
