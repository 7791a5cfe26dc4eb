package io.inkwell.users.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.users.RegisterUser;
import io.inkwell.users.Role;
import io.inkwell.users.SessionAccount;
import io.inkwell.users.SignInResult;
import io.inkwell.users.SignInResult.Outcome;
import io.inkwell.users.UserAccounts;
import io.inkwell.users.UserSignIn;
import io.inkwell.users.UserStatus;
import io.inkwell.users.UsersTestApplication;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/** Logins as the web layer asks for them: outcomes, the throttle, last_login_at and re-hashing with Argon2id. */
@SpringBootTest(classes = UsersTestApplication.class)
@Transactional
class LoginTest {

    @Autowired
    UserSignIn signIn;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    private String hashOf(UUID id) {
        return jdbc.queryForObject("select password_hash from users where id = ?", String.class, id);
    }

    @Test
    void theRightPasswordSignsInByEmailInAnyCase() {
        UUID id = accounts.register(new RegisterUser("ada@example.com", "Ada", "password1"));

        SignInResult result = signIn.authenticate(" ADA@example.com", "password1");

        assertThat(result.outcome()).isEqualTo(Outcome.SIGNED_IN);
        assertThat(result.account()).isEqualTo(new SessionAccount(id, "ada@example.com", "Ada", Role.USER, UserStatus.ACTIVE, 0));
        assertThat(result.account().actor().mayWritePosts()).isTrue();
    }

    @Test
    void aWrongPasswordAnUnknownEmailAndNoInputAtAllAreWrongCredentials() {
        accounts.register(new RegisterUser("ada@example.com", "Ada", "password1"));

        assertThat(signIn.authenticate("ada@example.com", "password2").outcome()).isEqualTo(Outcome.WRONG_CREDENTIALS);
        assertThat(signIn.authenticate("nobody@example.com", "password1").outcome()).isEqualTo(Outcome.WRONG_CREDENTIALS);
        assertThat(signIn.authenticate(null, null).outcome()).isEqualTo(Outcome.WRONG_CREDENTIALS);
        assertThat(signIn.authenticate("ada@example.com", null).outcome()).isEqualTo(Outcome.WRONG_CREDENTIALS);
        assertThat(signIn.authenticate("ada@example.com", "password2").account()).isNull();
    }

    @Test
    void suspendedAndDeletedAccountsAreNotActiveEvenWithTheRightPassword() {
        UUID id = accounts.register(new RegisterUser("bob@example.com", "Bob", "password1"));

        jdbc.update("update users set status = 'suspended' where id = ?", id);
        assertThat(signIn.authenticate("bob@example.com", "password1").outcome()).isEqualTo(Outcome.NOT_ACTIVE);

        jdbc.update("update users set status = 'deleted' where id = ?", id);
        assertThat(signIn.authenticate("bob@example.com", "password1").outcome()).isEqualTo(Outcome.NOT_ACTIVE);
    }

    @Test
    void fiveWrongPasswordsLockTheAccount() {
        accounts.register(new RegisterUser("cleo@example.com", "Cleo", "password1"));

        for (int i = 0; i < 4; i++) {
            signIn.recordFailedLogin("Cleo@example.com");
        }
        assertThat(signIn.authenticate("cleo@example.com", "password1").outcome()).isEqualTo(Outcome.SIGNED_IN);

        signIn.recordFailedLogin("cleo@example.com");
        assertThat(signIn.authenticate("cleo@example.com", "password1").outcome()).isEqualTo(Outcome.LOCKED);
    }

    @Test
    void aSuccessfulLoginForgetsFailuresAndStampsLastLogin() {
        UUID id = accounts.register(new RegisterUser("dan@example.com", "Dan", "password1"));
        signIn.recordFailedLogin("dan@example.com");

        signIn.recordSuccessfulLogin(id);

        assertThat(jdbc.queryForObject("select count(*) from login_attempts", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select last_login_at is not null from users where id = ?", Boolean.class, id)).isTrue();
    }

    @Test
    void sessionAccountsOfAnyStatusByIdOrNothing() {
        UUID id = accounts.register(new RegisterUser("fay@example.com", "Fay", "password1"));
        jdbc.update("update users set status = 'suspended', session_epoch = 3 where id = ?", id);

        assertThat(signIn.sessionAccount(id)).hasValueSatisfying(account -> {
            assertThat(account.status()).isEqualTo(UserStatus.SUSPENDED);
            assertThat(account.sessionEpoch()).isEqualTo(3);
        });
        assertThat(signIn.sessionAccount(UUID.randomUUID())).isEmpty();
    }

    @Test
    void sessionsContinueOnlyWhileTheAccountIsActiveWithTheSameRoleAndGeneration() {
        UUID id = accounts.register(new RegisterUser("eve@example.com", "Eve", "password1"));

        assertThat(signIn.maySessionContinue(id, Role.USER, 0)).isTrue();
        assertThat(signIn.maySessionContinue(id, Role.ADMIN, 0)).isFalse();
        assertThat(signIn.maySessionContinue(id, Role.USER, 1)).isFalse();
        assertThat(signIn.maySessionContinue(UUID.randomUUID(), Role.USER, 0)).isFalse();
    }

    @Test
    void aBcryptHashLogsInAndIsReplacedByAnArgon2idHash() {
        UUID id = accounts.register(new RegisterUser("gus@example.com", "Gus", "placeholder"));
        jdbc.update("update users set password_hash = ? where id = ?",
                "{bcrypt}" + new BCryptPasswordEncoder().encode("old bcrypt password"), id);

        assertThat(signIn.authenticate("gus@example.com", "old bcrypt password").isSignedIn()).isTrue();

        assertThat(hashOf(id)).startsWith("{argon2@SpringSecurity_v5_8}$argon2id$");
        assertThat(signIn.authenticate("gus@example.com", "old bcrypt password").isSignedIn()).isTrue();
    }

    @Test
    void aPbkdf2HashLogsInAndIsReplacedByAnArgon2idHash() {
        UUID id = accounts.register(new RegisterUser("hal@example.com", "Hal", "placeholder"));
        jdbc.update("update users set password_hash = ? where id = ?",
                "{pbkdf2@SpringSecurity_v5_8}" + Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode("old pbkdf2 password"), id);

        assertThat(signIn.authenticate("hal@example.com", "old pbkdf2 password").isSignedIn()).isTrue();

        assertThat(hashOf(id)).startsWith("{argon2@SpringSecurity_v5_8}$argon2id$");
        assertThat(signIn.authenticate("hal@example.com", "old pbkdf2 password").isSignedIn()).isTrue();
    }

    @Test
    void aWrongPasswordOrACurrentHashIsNotRewritten() {
        UUID id = accounts.register(new RegisterUser("ivy@example.com", "Ivy", "password1"));
        String bcrypt = "{bcrypt}" + new BCryptPasswordEncoder().encode("old bcrypt password");
        String argon2 = hashOf(id);

        signIn.authenticate("ivy@example.com", "password1");
        assertThat(hashOf(id)).isEqualTo(argon2);

        jdbc.update("update users set password_hash = ? where id = ?", bcrypt, id);
        signIn.authenticate("ivy@example.com", "not the password");
        assertThat(hashOf(id)).isEqualTo(bcrypt);
    }
}
