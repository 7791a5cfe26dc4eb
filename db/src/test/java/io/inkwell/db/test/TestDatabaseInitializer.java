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

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase database = TestDatabase.get();
        Map<String, Object> properties = Map.of(
                "spring.datasource.url", database.jdbcUrl(),
                "spring.datasource.username", database.username(),
                "spring.datasource.password", database.password());
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("inkwellTestDatabase", properties));
    }
}
