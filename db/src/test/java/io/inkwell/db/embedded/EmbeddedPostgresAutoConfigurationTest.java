package io.inkwell.db.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

class EmbeddedPostgresAutoConfigurationTest {

    @TempDir
    Path dataDirectory;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(EmbeddedPostgresAutoConfiguration.class, DataSourceAutoConfiguration.class));

    @Test
    void withoutADatabaseUrlTheSiteRunsItsOwnPostgresThroughANamedPool() {
        runner.withPropertyValues("inkwell.data-dir=" + dataDirectory,
                        "spring.datasource.hikari.pool-name=inkwell-test-pool",
                        "spring.datasource.hikari.maximum-pool-size=3")
                .run(context -> {
                    assertThat(context).hasSingleBean(EmbeddedPostgresServer.class);
                    HikariDataSource dataSource = context.getBean(HikariDataSource.class);
                    assertThat(dataSource.getPoolName()).isEqualTo("inkwell-test-pool");
                    assertThat(dataSource.getMaximumPoolSize()).isEqualTo(3);
                    assertThat(new JdbcTemplate(dataSource).queryForObject("select current_database()", String.class))
                            .isEqualTo("inkwell");
                });
        assertThat(dataDirectory.resolve("postgres/PG_VERSION")).exists();
    }

    @Test
    void withADatabaseUrlNothingIsStarted() {
        runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://localhost:1/elsewhere")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(EmbeddedPostgresServer.class);
                    assertThat(context).hasSingleBean(DataSource.class);
                });
    }
}
