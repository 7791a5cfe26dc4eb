package io.inkwell.db.changes;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Properties;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link ClusterChanges} and its listening connection. The channel is {@code inkwell.changes.channel}
 * ({@code INKWELL_CHANGES_CHANNEL}, default {@code inkwell_changes}): sites sharing one database need one each.
 * The listening connection goes to {@code spring.datasource.url} (the primary) with the pool's credentials, or,
 * on the embedded database, where the pool points.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnSingleCandidate(DataSource.class)
public class ClusterChangesAutoConfiguration {

    /** The listening connection's {@code application_name}. */
    public static final String APPLICATION_NAME = "inkwell-changes-listener";

    @Bean
    ClusterChanges clusterChanges(DataSource dataSource,
            @Value("${inkwell.changes.channel:inkwell_changes}") String channel) {
        return new ClusterChanges(new JdbcTemplate(dataSource), channel);
    }

    @Bean
    ChangesListener clusterChangesListener(ClusterChanges changes, DataSource dataSource, Environment environment) {
        return new ChangesListener(changes, listenerConnections(dataSource, environment), Clock.systemUTC());
    }

    static ListenerConnections listenerConnections(DataSource dataSource, Environment environment) {
        String url = environment.getProperty("spring.datasource.url");
        if (url != null && !url.isBlank()) {
            String username = environment.getProperty("spring.datasource.username");
            String password = environment.getProperty("spring.datasource.password");
            return () -> DriverManager.getConnection(url, named(username, password));
        }
        return () -> {
            HikariDataSource pool = unwrapPool(dataSource);
            return DriverManager.getConnection(pool.getJdbcUrl(), named(pool.getUsername(), pool.getPassword()));
        };
    }

    /** Named, so that {@code pg_stat_activity} tells it from the pool's connections. */
    private static Properties named(String username, String password) {
        Properties properties = new Properties();
        if (username != null) {
            properties.setProperty("user", username);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        return properties;
    }

    private static HikariDataSource unwrapPool(DataSource dataSource) throws SQLException {
        if (dataSource instanceof HikariDataSource pool) {
            return pool;
        }
        if (dataSource.isWrapperFor(HikariDataSource.class)) {
            return dataSource.unwrap(HikariDataSource.class);
        }
        throw new SQLException("Set spring.datasource.url: the listening connection cannot be opened from a "
                + dataSource.getClass().getName());
    }
}
