package io.inkwell.web.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.InkwellApplication;
import io.inkwell.db.test.TestDatabaseInitializer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The site on a PostgreSQL of its own, which the test stops and starts again: pages answer 503 while
 * it is gone and recover with no restart when it returns.
 */
class DatabaseOutageTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void pagesAnswer503WhileTheDatabaseIsDownAndRecoverWhenItReturns() throws Exception {
        Path dataDirectory = Files.createTempDirectory("inkwell-outage");
        EmbeddedPostgres postgres = start(dataDirectory, 0);
        int databasePort = postgres.getPort();
        try (ConfigurableApplicationContext site = new SpringApplicationBuilder(InkwellApplication.class).run(
                "--server.port=0",
                "--" + TestDatabaseInitializer.OWN_DATABASE_PROPERTY + "=true",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.hikari.connection-timeout=1000",
                "--spring.datasource.hikari.minimum-idle=0")) {
            int sitePort = ((WebServerApplicationContext) site).getWebServer().getPort();
            assertThat(status(sitePort, "/")).isEqualTo(200);

            postgres.close();
            HttpResponse<String> down = get(sitePort, "/");
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).contains("Temporarily unavailable").doesNotContain("Exception", "SQL");
            HttpResponse<String> health = get(sitePort, "/actuator/health");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).isEqualTo("{\"status\":\"DOWN\"}");

            postgres = start(dataDirectory, databasePort);
            assertThat(statusOnceRecovered(sitePort, "/")).isEqualTo(200);
            assertThat(status(sitePort, "/actuator/health")).isEqualTo(200);
        } finally {
            postgres.close();
        }
    }

    private static EmbeddedPostgres start(Path dataDirectory, int port) throws Exception {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(90));
        if (port > 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    /**
     * A connection borrowed within half a second of its last use is not re-validated by the pool, so the
     * first request after the restart may still meet a dead one (503) while the pool replaces it.
     */
    private int statusOnceRecovered(int port, String path) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        int status = status(port, path);
        while (status != 200 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            status = status(port, path);
        }
        return status;
    }

    private int status(int port, String path) throws Exception {
        return get(port, path).statusCode();
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
