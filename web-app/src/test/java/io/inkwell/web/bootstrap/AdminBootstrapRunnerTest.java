package io.inkwell.web.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.users.AdminBootstrap;
import io.inkwell.web.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;

@WebTest
class AdminBootstrapRunnerTest {

    @Autowired
    AdminBootstrap bootstrap;

    @Autowired
    JdbcTemplate jdbc;

    private void run(String email, String password, String demo, String datasourceUrl) {
        new AdminBootstrapRunner(bootstrap, email, password, demo, datasourceUrl).run(new DefaultApplicationArguments());
    }

    private String admins() {
        return jdbc.queryForObject("select coalesce(string_agg(email, ','), '') from users where role = 'admin' and status = 'active'",
                String.class);
    }

    @Test
    void theConfiguredAdminIsCreated() {
        run("root@example.com", "a strong password", "", "jdbc:postgresql://db/inkwell");

        assertThat(admins()).isEqualTo("root@example.com");
    }

    @Test
    void halfAConfigurationStopsTheStart() {
        assertThatThrownBy(() -> run("root@example.com", "", "", "")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theEmbeddedDatabaseInDemoModeGetsADemoAdminOnlyWhenThereIsNone() {
        run("", "", "", "");
        assertThat(admins()).isEqualTo(AdminBootstrapRunner.DEMO_ADMIN_EMAIL);

        jdbc.update("update users set name = 'Kept' where role = 'admin'");
        run("", "", "", "");
        assertThat(jdbc.queryForObject("select name from users where role = 'admin'", String.class)).isEqualTo("Kept");
    }

    @Test
    void anExternalDatabaseOrDemoOffGetsNoDemoAdmin() {
        run("", "", "", "jdbc:postgresql://db/inkwell");
        run("", "", "false", "");

        assertThat(admins()).isEmpty();
    }
}
