package io.inkwell.db.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {

    private static final Duration STARTUP_WAIT = Duration.ofSeconds(90);

    @TempDir
    Path dataDirectory;

    @Test
    void dataSurvivesARestartAndWritesAreDurable() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, STARTUP_WAIT)) {
            execute(server, "create table notes (body text)", "insert into notes values ('kept')");
            assertThat(query(server, "show fsync")).isEqualTo("on");
        }
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, STARTUP_WAIT)) {
            assertThat(query(server, "select body from notes")).isEqualTo("kept");
            assertThat(query(server, "select current_database()")).isEqualTo(EmbeddedPostgresServer.DATABASE);
            assertThat(server.dataDirectory()).isEqualTo(dataDirectory);
        }
    }

    @Test
    void aSecondInstanceOnTheSameDataDirectoryFailsFastWithAClearMessage() throws Exception {
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(dataDirectory, STARTUP_WAIT)) {
            long started = System.nanoTime();
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(dataDirectory, STARTUP_WAIT))
                    .isInstanceOf(DataDirectoryInUseException.class)
                    .satisfies(e -> assertThat(new DataDirectoryInUseFailureAnalyzer().analyze(e).getAction())
                            .contains("INKWELL_DATA_DIR", dataDirectory.toAbsolutePath().toString()))
                    .hasMessageContaining("Another Inkwell is already running on the data directory")
                    .hasMessageContaining("INKWELL_DATA_DIR");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            assertThat(query(first, "select 1")).isEqualTo("1");
        }
    }

    @Test
    void aPostgresOrphanedByAKilledJvmIsStoppedAndReplaced() throws Exception {
        Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OrphanMaker.class.getName(), dataDirectory.toString())
                .redirectErrorStream(true)
                .start();
        try (var output = new java.io.BufferedReader(new java.io.InputStreamReader(jvm.getInputStream()))) {
            String line;
            while ((line = output.readLine()) != null && !line.equals(OrphanMaker.READY)) {
                // start-up chatter of the child JVM
            }
            assertThat(line).as("the child JVM started its PostgreSQL").isEqualTo(OrphanMaker.READY);
        }
        jvm.destroyForcibly().waitFor();
        long orphanPid = OrphanedPostmaster.find(dataDirectory.resolve("postgres")).orElseThrow().pid();

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, STARTUP_WAIT)) {
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            assertThat(query(server, "select 1")).isEqualTo("1");
        }
    }

    @Test
    void noPostmasterIsFoundWhereNoneRan() {
        assertThat(OrphanedPostmaster.find(dataDirectory)).isEmpty();
    }

    private static void execute(EmbeddedPostgresServer server, String... statements) throws Exception {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static String query(EmbeddedPostgresServer server, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
