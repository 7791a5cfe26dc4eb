package io.inkwell.db.test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one real PostgreSQL of a test JVM, migrated once. Chosen in this order:
 * <ol>
 *   <li>{@code INKWELL_TEST_DB_URL} (with {@code INKWELL_TEST_DB_USERNAME} and {@code INKWELL_TEST_DB_PASSWORD}):
 *       an existing server; its tables are truncated by the tests, so give it a throwaway database;</li>
 *   <li>a Testcontainers PostgreSQL when a Docker engine answers;</li>
 *   <li>an embedded PostgreSQL from Maven binaries (what CI here uses).</li>
 * </ol>
 * {@code INKWELL_TEST_DB=embedded} skips the Docker probe.
 */
public final class TestDatabase {

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
    private static final String POSTGRES_IMAGE = "postgres:17-alpine";
    private static TestDatabase instance;

    private final String jdbcUrl;
    private final String username;
    private final String password;
    private final String source;

    private TestDatabase(String jdbcUrl, String username, String password, String source) {
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
        this.source = source;
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = start();
            instance.migrate();
            log.info("Tests use the {} PostgreSQL at {}", instance.source, instance.jdbcUrl);
        }
        return instance;
    }

    private static TestDatabase start() {
        String url = System.getenv("INKWELL_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return new TestDatabase(url, envOr("INKWELL_TEST_DB_USERNAME", "postgres"),
                    envOr("INKWELL_TEST_DB_PASSWORD", ""), "external");
        }
        if (!"embedded".equalsIgnoreCase(System.getenv("INKWELL_TEST_DB")) && dockerAnswers()) {
            return startContainer();
        }
        return startEmbedded();
    }

    private static boolean dockerAnswers() {
        // Without a socket or DOCKER_HOST there is nothing to ask, and asking logs a scary ERROR.
        if (System.getenv("DOCKER_HOST") == null && !java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"))) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static TestDatabase startContainer() {
        PostgreSQLContainer container = new PostgreSQLContainer(POSTGRES_IMAGE);
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "stop-test-postgres"));
        return new TestDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                "Testcontainers");
    }

    private static TestDatabase startEmbedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(90))
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(postgres), "stop-test-postgres"));
            return new TestDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", "embedded");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the embedded test PostgreSQL", e);
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is exiting
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    private void migrate() {
        Flyway.configure()
                .dataSource(jdbcUrl, username, password)
                .locations("classpath:db/migration")
                .outOfOrder(true)
                .load()
                .migrate();
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, username, password);
    }

    /**
     * Empties every table but Flyway's history and the site's signing key ({@code comment_secret}): isolation for
     * tests that commit (web and browser tests). Every running application context holds the key in memory from
     * its start, as every instance of a site does; emptied, the next context to start would make another, and
     * two contexts of one test would no longer verify each other's signatures.
     * TRUNCATE locks all of them at once, so it can deadlock with a background writer of the application
     * under test (the view-count flush) that holds one table and wants another; PostgreSQL then aborts one
     * side, and this side tries again.
     */
    public void truncateAll() {
        for (int attempt = 1; ; attempt++) {
            try {
                truncateOnce();
                return;
            } catch (SQLException e) {
                if (!"40P01".equals(e.getSQLState()) || attempt == 5) {
                    throw new IllegalStateException("Cannot truncate the test database", e);
                }
                log.info("Truncating the test database deadlocked with a background writer; trying again");
            }
        }
    }

    private void truncateOnce() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("""
                    select quote_ident(tablename) from pg_tables
                     where schemaname = current_schema()
                       and tablename not in ('flyway_schema_history', 'comment_secret')""")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            if (!tables.isEmpty()) {
                // Names come from pg_catalog and are quoted by quote_ident; TRUNCATE takes no bind parameters.
                statement.execute("truncate table " + String.join(", ", tables) + " cascade");
            }
        }
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public String source() {
        return source;
    }

    /** The same server's URL for another database, for tests that need an empty one. */
    public String jdbcUrlFor(String database) {
        int query = jdbcUrl.indexOf('?');
        String base = query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
        String parameters = query < 0 ? "" : jdbcUrl.substring(query);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + parameters;
    }
}
