package io.inkwell.users.internal;

import static io.inkwell.users.internal.UserRowValues.user;
import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.users.AdminBootstrap;
import io.inkwell.users.AdminBootstrap.BootstrapOutcome;
import io.inkwell.users.Role;
import io.inkwell.users.UserStatus;
import io.inkwell.users.UsersTestApplication;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(classes = UsersTestApplication.class)
@Transactional
class BootstrapServiceTest {

    @Autowired
    AdminBootstrap bootstrap;

    @Autowired
    UserMapper users;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyTable() {
        jdbc.update("delete from users");
    }

    @Test
    void theConfiguredAdminIsCreatedThenLeftAlone() {
        assertThat(bootstrap.ensureAdmin("Root@Example.com", "admin password")).isEqualTo(BootstrapOutcome.CREATED);
        UserRow root = users.selectByEmail("root@example.com").orElseThrow();
        assertThat(root.role()).isEqualTo(Role.ADMIN);
        assertThat(passwords.matches("admin password", root.passwordHash())).isTrue();

        assertThat(bootstrap.ensureAdmin("root@example.com", "another password")).isEqualTo(BootstrapOutcome.ALREADY_ACTIVE);
        assertThat(passwords.matches("admin password", users.selectByEmail("root@example.com").orElseThrow().passwordHash())).isTrue();
    }

    @Test
    void aSuspendedOrDemotedAccountWithThatEmailIsReactivatedAsAdmin() {
        users.insert(user("Root", "root@example.com", Role.USER, UserStatus.SUSPENDED));

        assertThat(bootstrap.ensureAdmin("root@example.com", "admin password")).isEqualTo(BootstrapOutcome.REACTIVATED);

        UserRow root = users.selectByEmail("root@example.com").orElseThrow();
        assertThat(root.role()).isEqualTo(Role.ADMIN);
        assertThat(root.status()).isEqualTo(UserStatus.ACTIVE);
        assertThat(passwords.matches("admin password", root.passwordHash())).isTrue();
    }

    @Test
    void aDemoAdminWithAGeneratedPasswordIsCreatedOnlyWhenThereIsNoActiveAdmin() {
        Optional<String> password = bootstrap.createDemoAdminIfNone("demo-admin@inkwell.local", "Demo admin");

        assertThat(password).hasValueSatisfying(p -> assertThat(p).hasSizeGreaterThanOrEqualTo(16));
        UserRow demo = users.selectByEmail("demo-admin@inkwell.local").orElseThrow();
        assertThat(demo.role()).isEqualTo(Role.ADMIN);
        assertThat(passwords.matches(password.get(), demo.passwordHash())).isTrue();
        assertThat(bootstrap.createDemoAdminIfNone("demo-admin@inkwell.local", "Demo admin")).isEmpty();
    }

    @Test
    void aSuspendedDemoAdminIsReactivatedWithANewPassword() {
        users.insert(user("Demo admin", "demo-admin@inkwell.local", Role.ADMIN, UserStatus.SUSPENDED));

        Optional<String> password = bootstrap.createDemoAdminIfNone("demo-admin@inkwell.local", "Demo admin");

        assertThat(password).isPresent();
        assertThat(users.selectByEmail("demo-admin@inkwell.local").orElseThrow().status()).isEqualTo(UserStatus.ACTIVE);
    }
}
