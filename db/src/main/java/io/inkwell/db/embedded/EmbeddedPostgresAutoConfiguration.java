package io.inkwell.db.embedded;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;

/**
 * With no {@code spring.datasource.url} (nor {@code SPRING_DATASOURCE_URL}), the site starts its own
 * PostgreSQL and points the usual Hikari pool at it; with one, this configuration stays out of the way.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@Conditional(NoExternalDatabaseCondition.class)
public class EmbeddedPostgresAutoConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(Environment environment) {
        Path dataDirectory = Path.of(environment.getProperty("inkwell.data-dir", "./data"));
        Duration startupWait = environment.getProperty("inkwell.embedded-db.startup-wait", Duration.class,
                Duration.ofSeconds(60));
        return EmbeddedPostgresServer.start(dataDirectory, startupWait);
    }

    /** Depends on the server bean, so the pool closes before the server stops. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgresServer server) {
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .driverClassName("org.postgresql.Driver")
                .url(server.jdbcUrl())
                .username(server.username())
                .build();
    }
}
