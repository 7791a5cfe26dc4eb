package io.inkwell.db.test;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every Spring context started in a test JVM at the {@link TestDatabase}. Registered in this
 * test-jar's {@code META-INF/spring.factories}, so a module's tests get it by depending on the jar.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** Set by the few tests that start and stop a PostgreSQL of their own (outage and recovery). */
    public static final String OWN_DATABASE_PROPERTY = "inkwell.test.own-database";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (context.getEnvironment().getProperty(OWN_DATABASE_PROPERTY, Boolean.class, false)) {
            return;
        }
        TestDatabase database = TestDatabase.get();
        Map<String, Object> properties = Map.of(
                "spring.datasource.url", database.jdbcUrl(),
                "spring.datasource.username", database.username(),
                "spring.datasource.password", database.password());
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("inkwellTestDatabase", properties));
    }
}
