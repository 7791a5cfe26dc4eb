package io.inkwell.db.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL the site runs on when no external database is configured: server binaries from
 * Maven, data kept under the data directory across restarts, durable writes (fsync on).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String DATABASE = "inkwell";
    private static final String SUPERUSER = "postgres";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final DataDirectoryLock lock;
    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedPostgresServer(DataDirectoryLock lock, EmbeddedPostgres postgres, Path dataDirectory) {
        this.lock = lock;
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    public static EmbeddedPostgresServer start(Path dataDirectory, Duration startupWait) {
        Path postgresData = dataDirectory.resolve("postgres");
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the data directory " + dataDirectory.toAbsolutePath(), e);
        }
        DataDirectoryLock lock = DataDirectoryLock.acquire(dataDirectory);
        try {
            OrphanedPostmaster.stopIfRunning(postgresData, Duration.ofSeconds(30));
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(postgresData)
                    .setCleanDataDirectory(false)
                    // zonky turns fsync off for throwaway test servers; the site's data must survive a power cut.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setPGStartupWait(startupWait)
                    .start();
            createDatabaseIfMissing(postgres);
            log.info("Embedded PostgreSQL serving {} on port {}", postgresData.toAbsolutePath(), postgres.getPort());
            return new EmbeddedPostgresServer(lock, postgres, dataDirectory);
        } catch (IOException | SQLException | RuntimeException e) {
            closeQuietly(lock);
            throw new IllegalStateException("Cannot start the embedded PostgreSQL on "
                    + postgresData.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                // DATABASE is a constant, never input; CREATE DATABASE takes no bind parameters.
                create.execute("create database " + DATABASE);
            }
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(SUPERUSER, DATABASE);
    }

    public String username() {
        return SUPERUSER;
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
            log.info("Embedded PostgreSQL on {} stopped", dataDirectory.toAbsolutePath());
        } finally {
            lock.close();
        }
    }

    private static void closeQuietly(DataDirectoryLock lock) {
        try {
            lock.close();
        } catch (IOException ignored) {
            // start-up already failed; that failure is reported
        }
    }
}
