package io.inkwell.users.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.users.RegisterUser;
import io.inkwell.users.RememberMeToken;
import io.inkwell.users.RememberedLogins;
import io.inkwell.users.RememberedSignIn;
import io.inkwell.users.UserAccounts;
import io.inkwell.users.UsersTestApplication;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(classes = UsersTestApplication.class)
@Transactional
class RememberedLoginServiceTest {

    @Autowired
    RememberedLogins remembered;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    private UUID ada;

    @BeforeEach
    void ada() {
        ada = accounts.register(new RegisterUser("ada@example.com", "Ada", "password1"));
    }

    private int tokensOf(UUID userId) {
        return jdbc.queryForObject("select count(*) from remember_me_tokens where user_id = ?", Integer.class, userId);
    }

    private int epochOf(UUID userId) {
        return jdbc.queryForObject("select session_epoch from users where id = ?", Integer.class, userId);
    }

    @Test
    void aRememberedLoginStoresOnlyTheHashOfItsToken() {
        RememberMeToken token = remembered.remember(ada);

        byte[] stored = jdbc.queryForObject("select token_hash from remember_me_tokens where series = ?", byte[].class, token.series());
        assertThat(stored).isEqualTo(RememberedLoginService.sha256(token.token()));
        assertThat(token.series()).hasSizeGreaterThanOrEqualTo(22);
        assertThat(token.token()).hasSizeGreaterThanOrEqualTo(43).isNotEqualTo(token.series());
        assertThat(token.toString()).doesNotContain(token.token());
    }

    @Test
    void eachUseSignsInAndReplacesTheTokenInTheSameSeries() {
        RememberMeToken first = remembered.remember(ada);

        Optional<RememberedSignIn> used = remembered.signIn(first);

        assertThat(used).hasValueSatisfying(signIn -> {
            assertThat(signIn.account().id()).isEqualTo(ada);
            assertThat(signIn.next().series()).isEqualTo(first.series());
            assertThat(signIn.next().token()).isNotEqualTo(first.token());
        });
        assertThat(remembered.signIn(used.get().next())).isPresent();
    }

    @Test
    void anOldTokenOfAKnownSeriesIsTheftAndEndsEveryRememberedLoginAndSession() {
        RememberMeToken stolen = remembered.remember(ada);
        remembered.remember(ada);
        RememberMeToken rotated = remembered.signIn(stolen).orElseThrow().next();

        assertThat(remembered.signIn(stolen)).isEmpty();

        assertThat(tokensOf(ada)).isZero();
        assertThat(epochOf(ada)).isEqualTo(1);
        assertThat(remembered.signIn(rotated)).isEmpty();
    }

    @Test
    void unknownGarbageAndForgottenSeriesAreRefusedQuietly() {
        RememberMeToken token = remembered.remember(ada);

        remembered.forget(token.series());

        assertThat(remembered.signIn(token)).isEmpty();
        assertThat(remembered.signIn(new RememberMeToken("no-such-series-000", "x"))).isEmpty();
        assertThat(remembered.signIn(new RememberMeToken(token.series(), "x".repeat(10_000)))).isEmpty();
        assertThat(remembered.signIn(new RememberMeToken(null, null))).isEmpty();
        remembered.forget(null);
        assertThat(epochOf(ada)).isZero();
    }

    @Test
    void anExpiredTokenIsRefusedAndDeleted() {
        RememberMeToken token = remembered.remember(ada);
        jdbc.update("update remember_me_tokens set expires_at = now() - interval '1 second'");

        assertThat(remembered.signIn(token)).isEmpty();

        assertThat(tokensOf(ada)).isZero();
        assertThat(epochOf(ada)).isZero();
    }

    @Test
    void aTokenOfAnAccountNoLongerActiveIsRefusedAndDeleted() {
        RememberMeToken token = remembered.remember(ada);
        jdbc.update("update users set status = 'suspended' where id = ?", ada);

        assertThat(remembered.signIn(token)).isEmpty();

        assertThat(tokensOf(ada)).isZero();
    }

    @Test
    void rememberingALoginCleansUpExpiredTokens() {
        RememberMeToken old = remembered.remember(ada);
        jdbc.update("update remember_me_tokens set expires_at = now() - interval '1 second'");

        RememberMeToken fresh = remembered.remember(ada);

        assertThat(jdbc.queryForList("select series from remember_me_tokens", String.class)).containsExactly(fresh.series());
        assertThat(old.series()).isNotEqualTo(fresh.series());
    }
}
