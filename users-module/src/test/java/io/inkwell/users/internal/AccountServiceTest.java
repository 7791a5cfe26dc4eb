package io.inkwell.users.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.users.AccountFieldException;
import io.inkwell.users.Actor;
import io.inkwell.users.AccountLimits;
import io.inkwell.users.ChangePassword;
import io.inkwell.users.ChangeProfile;
import io.inkwell.users.EmailTakenException;
import io.inkwell.users.IncorrectPasswordException;
import io.inkwell.users.NotAllowedException;
import io.inkwell.users.RegisterUser;
import io.inkwell.users.Role;
import io.inkwell.users.UserAccounts;
import io.inkwell.users.UserNotFoundException;
import io.inkwell.users.UserStatus;
import io.inkwell.users.UsersTestApplication;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(classes = UsersTestApplication.class)
@Transactional
class AccountServiceTest {

    @Autowired
    UserAccounts accounts;

    @Autowired
    UserMapper users;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    RememberMeTokenMapper rememberMeTokens;

    @Autowired
    JdbcTemplate jdbc;

    private static Actor actor(UUID userId) {
        return new Actor(userId, Role.USER);
    }

    @Test
    void registrationCreatesAnActiveUserWithALowerCaseEmailAndAHashedPassword() {
        UUID id = accounts.register(new RegisterUser("  Ada@Example.COM ", " Ada Lovelace ", "correct horse"));

        UserRow row = users.selectById(id).orElseThrow();
        assertThat(row.email()).isEqualTo("ada@example.com");
        assertThat(row.name()).isEqualTo("Ada Lovelace");
        assertThat(row.role()).isEqualTo(Role.USER);
        assertThat(row.status()).isEqualTo(UserStatus.ACTIVE);
        assertThat(row.passwordHash()).startsWith("{argon2@SpringSecurity_v5_8}$argon2id$").doesNotContain("correct horse");
        assertThat(passwords.matches("correct horse", row.passwordHash())).isTrue();
    }

    @Test
    void aSecondRegistrationWithTheSameEmailInAnyCaseIsRefusedOnTheEmailField() {
        accounts.register(new RegisterUser("bob@example.com", "Bob", "password1"));

        assertThatThrownBy(() -> accounts.register(new RegisterUser("BOB@example.com", "Other Bob", "password2")))
                .isInstanceOf(EmailTakenException.class)
                .satisfies(e -> assertThat(((AccountFieldException) e).field()).isEqualTo("email"));
    }

    @Test
    void registrationRefusesBadFieldsNamingTheField() {
        assertThatThrownBy(() -> accounts.register(new RegisterUser("not-an-email", "Cleo", "password1")))
                .isInstanceOf(AccountFieldException.class).hasFieldOrPropertyWithValue("field", "email");
        assertThatThrownBy(() -> accounts.register(new RegisterUser("cleo@example.com", "  ", "password1")))
                .isInstanceOf(AccountFieldException.class).hasFieldOrPropertyWithValue("field", "name");
        assertThatThrownBy(() -> accounts.register(new RegisterUser("cleo@example.com", "Cleo", "short")))
                .isInstanceOf(AccountFieldException.class).hasFieldOrPropertyWithValue("field", "password");
        String tooLong = "x".repeat(AccountLimits.PASSWORD_MAX + 1);
        assertThatThrownBy(() -> accounts.register(new RegisterUser("cleo@example.com", "Cleo", tooLong)))
                .isInstanceOf(AccountFieldException.class).hasFieldOrPropertyWithValue("field", "password");
        assertThat(jdbc.queryForObject("select count(*) from users where email = 'cleo@example.com'", Integer.class)).isZero();
    }

    @Test
    void passwordsOfExactly8And128CharactersAreAcceptedAndTheWholeOfALongOneCounts() {
        UUID eight = accounts.register(new RegisterUser("eight@example.com", "Eight", "12345678"));
        String longPassword = "ü".repeat(AccountLimits.PASSWORD_MAX - 1) + "a";
        UUID longOne = accounts.register(new RegisterUser("long@example.com", "Long", longPassword));

        assertThat(passwords.matches("12345678", users.selectById(eight).orElseThrow().passwordHash())).isTrue();
        String longHash = users.selectById(longOne).orElseThrow().passwordHash();
        assertThat(passwords.matches(longPassword, longHash)).isTrue();
        assertThat(passwords.matches("ü".repeat(AccountLimits.PASSWORD_MAX - 1) + "b", longHash)).isFalse();
    }

    @Test
    void hashesOfTheFormerBcryptDefaultStillVerify() {
        String bcrypt = "{bcrypt}" + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder().encode("password1");

        assertThat(passwords.matches("password1", bcrypt)).isTrue();
    }

    @Test
    void profileChangesNameAndAvatarAndABlankAvatarRemovesIt() {
        UUID id = accounts.register(new RegisterUser("dan@example.com", "Dan", "password1"));

        accounts.changeProfile(actor(id), new ChangeProfile(id, " Daniel ", "https://img.example.com/dan.png"));
        assertThat(accounts.account(id)).hasValueSatisfying(account -> {
            assertThat(account.name()).isEqualTo("Daniel");
            assertThat(account.avatarUrl()).isEqualTo("https://img.example.com/dan.png");
            assertThat(account.email()).isEqualTo("dan@example.com");
        });

        accounts.changeProfile(actor(id), new ChangeProfile(id, "Daniel", "  "));
        assertThat(accounts.account(id).orElseThrow().avatarUrl()).isNull();
    }

    @Test
    void onlyHttpAvatarUrlsAreAccepted() {
        UUID id = accounts.register(new RegisterUser("eve@example.com", "Eve", "password1"));

        for (String bad : new String[] {"javascript:alert(1)", "ftp://example.com/a.png", "data:image/png;base64,AAAA",
                "https://", "http://exa mple.com/a.png", "https://example.com/" + "a".repeat(AccountLimits.AVATAR_URL_MAX)}) {
            assertThatThrownBy(() -> accounts.changeProfile(actor(id), new ChangeProfile(id, "Eve", bad)))
                    .as(bad).isInstanceOf(AccountFieldException.class).hasFieldOrPropertyWithValue("field", "avatarUrl");
        }
        accounts.changeProfile(actor(id), new ChangeProfile(id, "Eve", "HTTP://example.com/eve.png"));
        assertThat(accounts.account(id).orElseThrow().avatarUrl()).isEqualTo("HTTP://example.com/eve.png");
    }

    @Test
    void changingTheProfileOfAnUnknownAccountIsNotFound() {
        Actor stranger = actor(UUID.randomUUID());
        assertThatThrownBy(() -> accounts.changeProfile(stranger, new ChangeProfile(stranger.userId(), "X", null)))
                .isInstanceOf(UserNotFoundException.class);
        assertThatThrownBy(() -> accounts.changePassword(stranger, new ChangePassword(stranger.userId(), "a", "password1")))
                .isInstanceOf(UserNotFoundException.class);
        assertThat(accounts.account(UUID.randomUUID())).isEmpty();
    }

    @Test
    void aNewPasswordNeedsTheCurrentOne() {
        UUID id = accounts.register(new RegisterUser("fay@example.com", "Fay", "old password"));

        assertThatThrownBy(() -> accounts.changePassword(actor(id), new ChangePassword(id, "wrong password", "new password")))
                .isInstanceOf(IncorrectPasswordException.class).hasFieldOrPropertyWithValue("field", "currentPassword");
        assertThatThrownBy(() -> accounts.changePassword(actor(id), new ChangePassword(id, null, "new password")))
                .isInstanceOf(IncorrectPasswordException.class);
        assertThatThrownBy(() -> accounts.changePassword(actor(id), new ChangePassword(id, "old password", "short")))
                .isInstanceOf(AccountFieldException.class).hasFieldOrPropertyWithValue("field", "newPassword");

        accounts.changePassword(actor(id), new ChangePassword(id, "old password", "new password"));

        assertThat(passwords.matches("new password", users.selectById(id).orElseThrow().passwordHash())).isTrue();
    }

    @Test
    void aPasswordChangeEndsEverySessionAndRememberedLoginOfTheAccountOnly() {
        UUID gil = accounts.register(new RegisterUser("gil@example.com", "Gil", "old password"));
        UUID hal = accounts.register(new RegisterUser("hal@example.com", "Hal", "old password"));
        rememberMeTokens.insert("series-of-gil-0001", gil, new byte[32], 3600);
        rememberMeTokens.insert("series-of-hal-0001", hal, new byte[32], 3600);

        accounts.changePassword(actor(gil), new ChangePassword(gil, "old password", "new password"));

        assertThat(jdbc.queryForObject("select session_epoch from users where id = ?", Integer.class, gil)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select session_epoch from users where id = ?", Integer.class, hal)).isZero();
        assertThat(jdbc.queryForList("select user_id from remember_me_tokens", UUID.class)).containsExactly(hal);
    }

    @Test
    void aRefusedPasswordChangeEndsNoSession() {
        UUID gil = accounts.register(new RegisterUser("gil@example.com", "Gil", "old password"));

        assertThatThrownBy(() -> accounts.changePassword(actor(gil), new ChangePassword(gil, "wrong password", "new password")))
                .isInstanceOf(IncorrectPasswordException.class);

        assertThat(jdbc.queryForObject("select session_epoch from users where id = ?", Integer.class, gil)).isZero();
    }

    @Test
    void nobodyChangesAnotherPersonsPasswordAndOnlyAdminsTheirProfile() {
        UUID ivy = accounts.register(new RegisterUser("ivy@example.com", "Ivy", "old password"));
        UUID jay = accounts.register(new RegisterUser("jay@example.com", "Jay", "old password"));
        Actor admin = new Actor(UUID.randomUUID(), Role.ADMIN);
        Actor suspendedIvy = new Actor(ivy, Role.USER, UserStatus.SUSPENDED);

        assertThatThrownBy(() -> accounts.changeProfile(actor(jay), new ChangeProfile(ivy, "Mallory", null)))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> accounts.changeProfile(suspendedIvy, new ChangeProfile(ivy, "Ivy again", null)))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> accounts.changePassword(actor(jay), new ChangePassword(ivy, "old password", "new password")))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> accounts.changePassword(admin, new ChangePassword(ivy, "old password", "new password")))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> accounts.changePassword(suspendedIvy, new ChangePassword(ivy, "old password", "new password")))
                .isInstanceOf(NotAllowedException.class);
        assertThat(accounts.account(ivy).orElseThrow().name()).isEqualTo("Ivy");
        assertThat(passwords.matches("old password", users.selectById(ivy).orElseThrow().passwordHash())).isTrue();

        accounts.changeProfile(admin, new ChangeProfile(ivy, "Ivy Admin-Edited", null));
        assertThat(accounts.account(ivy).orElseThrow().name()).isEqualTo("Ivy Admin-Edited");
    }

    @Test
    void authorProfileOfAnAccount() {
        UUID id = accounts.register(new RegisterUser("gus@example.com", "Gus", "password1"));

        assertThat(accounts.authorProfile(id)).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Gus"));
        assertThat(accounts.authorProfile(UUID.randomUUID())).isEmpty();
    }

    @Test
    void commandsNeverPrintPasswords() {
        assertThat(new RegisterUser("a@b.c", "A", "secret123").toString()).doesNotContain("secret123");
        assertThat(new ChangePassword(UUID.randomUUID(), "secret123", "secret456").toString()).doesNotContain("secret");
    }
}
