package io.inkwell.users.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.users.AccountFieldException;
import io.inkwell.users.PasswordResetRequested;
import io.inkwell.users.PasswordResets;
import io.inkwell.users.RegisterUser;
import io.inkwell.users.TokenProblem;
import io.inkwell.users.TokenRefusedException;
import io.inkwell.users.UserAccounts;
import io.inkwell.users.UsersTestApplication;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(classes = UsersTestApplication.class)
@Transactional
@RecordApplicationEvents
class PasswordResetServiceTest {

    @Autowired
    PasswordResets resets;

    @Autowired
    UserAccounts accounts;

    @Autowired
    UserMapper users;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    UUID ada;

    @BeforeEach
    void givenAda() {
        ada = accounts.register(new RegisterUser("ada@example.com", "Ada", "the old password"));
    }

    private String requestedToken() {
        List<PasswordResetRequested> requested = events.stream(PasswordResetRequested.class).toList();
        assertThat(requested).hasSize(1);
        return requested.get(0).token();
    }

    @Test
    void aRequestForAnAccountStoresOnlyTheHashOfTheLinkItAnnounces() {
        resets.request(" ADA@example.com ");

        PasswordResetRequested requested = events.stream(PasswordResetRequested.class).findFirst().orElseThrow();
        assertThat(requested.userId()).isEqualTo(ada);
        assertThat(requested.email()).isEqualTo("ada@example.com");
        assertThat(requested.token()).hasSize(43);
        byte[] stored = jdbc.queryForObject("select token_hash from password_reset_tokens where user_id = ?", byte[].class, ada);
        assertThat(stored).isEqualTo(SecretTokens.sha256(requested.token()));
        assertThat(jdbc.queryForObject("select expires_at - created_at = interval '30 minutes' from password_reset_tokens",
                Boolean.class)).isTrue();
    }

    @Test
    void aRequestForAnUnknownOrSuspendedAccountOrAnAddressWithALineBreakDoesNothing() {
        UUID bob = accounts.register(new RegisterUser("bob@example.com", "Bob", "a password of his"));
        jdbc.update("update users set status = 'suspended' where id = ?", bob);

        resets.request("nobody@example.com");
        resets.request("bob@example.com");
        resets.request("ada@example.com\r\nBcc: eve@example.com");

        assertThat(events.stream(PasswordResetRequested.class)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from password_reset_tokens", Integer.class)).isZero();
    }

    @Test
    void theLinkSetsANewPasswordOnceEndsEverySessionAndConfirmsTheAddress() {
        jdbc.update("update users set email_verified = false where id = ?", ada);
        jdbc.update("insert into login_attempts (user_id, failed_count, window_started_at, locked_until) values (?, 5, now(), now() + interval '15 minutes')", ada);
        resets.request("ada@example.com");
        String token = requestedToken();
        int epoch = users.selectSessionAccountById(ada).orElseThrow().sessionEpoch();

        resets.check(token);
        assertThat(resets.reset(token, "the new password")).isEqualTo(ada);

        UserRow row = users.selectById(ada).orElseThrow();
        assertThat(passwords.matches("the new password", row.passwordHash())).isTrue();
        assertThat(row.emailVerified()).isTrue();
        assertThat(users.selectSessionAccountById(ada).orElseThrow().sessionEpoch()).isEqualTo(epoch + 1);
        assertThat(jdbc.queryForObject("select count(*) from login_attempts where user_id = ?", Integer.class, ada)).isZero();
        assertThatThrownBy(() -> resets.reset(token, "a third password"))
                .isInstanceOfSatisfying(TokenRefusedException.class, e -> assertThat(e.problem()).isEqualTo(TokenProblem.USED));
        assertThatThrownBy(() -> resets.check(token))
                .isInstanceOfSatisfying(TokenRefusedException.class, e -> assertThat(e.problem()).isEqualTo(TokenProblem.USED));
    }

    @Test
    void aNewPasswordUsesUpTheOlderLinksToo() {
        resets.request("ada@example.com");
        resets.request("ada@example.com");
        List<String> tokens = events.stream(PasswordResetRequested.class).map(PasswordResetRequested::token).toList();

        resets.reset(tokens.get(1), "the new password");

        assertThatThrownBy(() -> resets.reset(tokens.get(0), "another password"))
                .isInstanceOfSatisfying(TokenRefusedException.class, e -> assertThat(e.problem()).isEqualTo(TokenProblem.USED));
    }

    @Test
    void anExpiredLinkIsRefusedAsExpired() {
        resets.request("ada@example.com");
        String token = requestedToken();
        jdbc.update("update password_reset_tokens set expires_at = now() - interval '1 second'");

        assertThatThrownBy(() -> resets.reset(token, "the new password"))
                .isInstanceOfSatisfying(TokenRefusedException.class, e -> assertThat(e.problem()).isEqualTo(TokenProblem.EXPIRED));
        assertThat(passwords.matches("the old password", users.selectById(ada).orElseThrow().passwordHash())).isTrue();
    }

    @Test
    void forgedTruncatedAndEmptyLinksAreUnknown() {
        resets.request("ada@example.com");
        String token = requestedToken();

        for (String bad : new String[] {token.substring(0, 40), token + "x", "A".repeat(43), "", null, "../../etc/passwd"}) {
            assertThatThrownBy(() -> resets.reset(bad, "the new password")).as(bad)
                    .isInstanceOfSatisfying(TokenRefusedException.class, e -> assertThat(e.problem()).isEqualTo(TokenProblem.UNKNOWN));
        }
    }

    @Test
    void aTooShortNewPasswordIsRefusedOnItsFieldAndTheLinkStillWorks() {
        resets.request("ada@example.com");
        String token = requestedToken();

        assertThatThrownBy(() -> resets.reset(token, "short"))
                .isInstanceOf(AccountFieldException.class).hasFieldOrPropertyWithValue("field", "newPassword");
        resets.check(token);
    }
}
