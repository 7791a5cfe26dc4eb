package io.inkwell.users.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.users.RegisterUser;
import io.inkwell.users.Role;
import io.inkwell.users.SignedInUser;
import io.inkwell.users.UserAccounts;
import io.inkwell.users.UserStatus;
import io.inkwell.users.UsersTestApplication;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.transaction.annotation.Transactional;

/** What Spring Security sees of accounts, and how login outcomes feed the throttle and last_login_at. */
@SpringBootTest(classes = UsersTestApplication.class)
@Transactional
class LoginTest {

    @Autowired
    UserDetailsService details;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcTemplate jdbc;

    private void failLogin(String email) {
        events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                UsernamePasswordAuthenticationToken.unauthenticated(email, "wrong"), new BadCredentialsException("bad")));
    }

    @Test
    void accountsLoadByEmailInAnyCaseAsActiveSignedInUsers() {
        UUID id = accounts.register(new RegisterUser("ada@example.com", "Ada", "password1"));

        SignedInUser user = (SignedInUser) details.loadUserByUsername(" ADA@example.com");

        assertThat(user.id()).isEqualTo(id);
        assertThat(user.role()).isEqualTo(Role.USER);
        assertThat(user.getPassword()).startsWith("{argon2@");
        assertThat(user.isEnabled()).isTrue();
        assertThat(user.isAccountNonLocked()).isTrue();
    }

    @Test
    void anUnknownEmailIsNotFound() {
        assertThatThrownBy(() -> details.loadUserByUsername("nobody@example.com")).isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void suspendedAndDeletedAccountsLoadDisabled() {
        UUID id = accounts.register(new RegisterUser("bob@example.com", "Bob", "password1"));
        jdbc.update("update users set status = 'suspended' where id = ?", id);

        assertThat(details.loadUserByUsername("bob@example.com").isEnabled()).isFalse();

        jdbc.update("update users set status = 'deleted' where id = ?", id);
        assertThat(details.loadUserByUsername("bob@example.com").isEnabled()).isFalse();
    }

    @Test
    void fiveWrongPasswordsLockTheAccount() {
        accounts.register(new RegisterUser("cleo@example.com", "Cleo", "password1"));

        for (int i = 0; i < 4; i++) {
            failLogin("Cleo@example.com");
        }
        assertThat(details.loadUserByUsername("cleo@example.com").isAccountNonLocked()).isTrue();

        failLogin("cleo@example.com");
        assertThat(details.loadUserByUsername("cleo@example.com").isAccountNonLocked()).isFalse();
    }

    @Test
    void aSuccessfulLoginForgetsFailuresAndStampsLastLogin() {
        UUID id = accounts.register(new RegisterUser("dan@example.com", "Dan", "password1"));
        failLogin("dan@example.com");
        SignedInUser dan = (SignedInUser) details.loadUserByUsername("dan@example.com");

        events.publishEvent(new AuthenticationSuccessEvent(
                UsernamePasswordAuthenticationToken.authenticated(dan, null, dan.getAuthorities())));

        assertThat(jdbc.queryForObject("select count(*) from login_attempts", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select last_login_at is not null from users where id = ?", Boolean.class, id)).isTrue();
    }

    @Test
    void sessionsContinueOnlyWhileTheAccountIsActiveWithTheSameRole() {
        UUID id = accounts.register(new RegisterUser("eve@example.com", "Eve", "password1"));

        assertThat(accounts.maySessionContinue(id, Role.USER)).isTrue();
        assertThat(accounts.maySessionContinue(id, Role.ADMIN)).isFalse();
        assertThat(accounts.maySessionContinue(UUID.randomUUID(), Role.USER)).isFalse();
        assertThat(UserStatus.values()).contains(UserStatus.ACTIVE);
    }
}
