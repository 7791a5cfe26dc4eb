package io.inkwell.web.bootstrap;

import io.inkwell.users.AdminBootstrap;
import io.inkwell.users.AdminBootstrap.BootstrapOutcome;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure the site can be administered once it has started. With {@code INKWELL_ADMIN_EMAIL} and
 * {@code INKWELL_ADMIN_PASSWORD}: that admin exists and is active. Without them, on the embedded database
 * in demo mode: if no active admin exists, a demo admin is created and its generated password logged, once.
 * Runs after the other start-up runners, so a demo-content loader still finds an empty database.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class AdminBootstrapRunner implements ApplicationRunner {

    static final String DEMO_ADMIN_EMAIL = "admin@inkwell.example";

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrapRunner.class);

    private final AdminBootstrap bootstrap;
    private final String adminEmail;
    private final String adminPassword;
    private final boolean demo;

    AdminBootstrapRunner(AdminBootstrap bootstrap, @Value("${inkwell.admin.email:}") String adminEmail,
            @Value("${inkwell.admin.password:}") String adminPassword, @Value("${inkwell.demo:}") String demo,
            @Value("${spring.datasource.url:}") String datasourceUrl) {
        this.bootstrap = bootstrap;
        this.adminEmail = adminEmail;
        this.adminPassword = adminPassword;
        // Demo mode defaults to on with the embedded database (a first look), off with an external one (a real site).
        this.demo = demo.isBlank() ? datasourceUrl.isBlank() : Boolean.parseBoolean(demo.strip());
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!adminEmail.isBlank() || !adminPassword.isBlank()) {
            if (adminEmail.isBlank() || adminPassword.isBlank()) {
                throw new IllegalStateException("Set both INKWELL_ADMIN_EMAIL and INKWELL_ADMIN_PASSWORD, or neither");
            }
            BootstrapOutcome outcome = bootstrap.ensureAdmin(adminEmail, adminPassword);
            log.info("Admin {} from INKWELL_ADMIN_EMAIL: {}", adminEmail.strip(), outcome);
            return;
        }
        if (demo) {
            Optional<String> password = bootstrap.createDemoAdminIfNone(DEMO_ADMIN_EMAIL, "Demo admin");
            password.ifPresent(generated -> log.warn(
                    "Demo admin created: log in at /login as {} with the password {} (shown only this once)",
                    DEMO_ADMIN_EMAIL, generated));
        }
    }
}
