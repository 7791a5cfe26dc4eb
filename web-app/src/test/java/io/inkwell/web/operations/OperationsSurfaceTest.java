package io.inkwell.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.web.site.SiteHeaders;
import io.inkwell.web.support.WebTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementServerProperties;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The site's port and the operations port of a real server, as a monitor, a scraper and a stranger see them. */
@WebTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class OperationsSurfaceTest {

    @LocalServerPort
    int sitePort;

    @LocalManagementPort
    int managementPort;

    @Autowired
    ManagementServerProperties management;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void metricsAreOnTheOperationsPortOnlyWhichListensOnLoopback() throws Exception {
        HttpResponse<String> scraped = send("GET", managementPort, "/actuator/prometheus");
        HttpResponse<String> stranger = send("GET", sitePort, "/actuator/prometheus");

        assertThat(managementPort).isNotEqualTo(sitePort);
        assertThat(management.getAddress().isLoopbackAddress()).isTrue();
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.body()).contains("hikaricp_connections", "pool=\"inkwell-pool\"", "cache_gets_total{cache=\"pages\"");
        assertThat(stranger.statusCode()).isNotEqualTo(200);
        assertThat(stranger.body()).doesNotContain("hikaricp", "jvm_");
    }

    /** A request is timed once, as a whole; Spring Security's per-filter and per-decision observations are off. */
    @Test
    void aRequestIsObservedAsAWholeNotFilterByFilter() throws Exception {
        assertThat(send("GET", sitePort, "/").statusCode()).isEqualTo(200);

        String scraped = send("GET", managementPort, "/actuator/prometheus").body();

        assertThat(scraped).contains("http_server_requests_seconds_count{")
                .doesNotContain("spring_security_filterchains", "spring_security_authorizations");
    }

    @Test
    void theSitesHealthIsItsStatusAloneWhileTheOperationsPortShowsComponents() throws Exception {
        HttpResponse<String> site = send("GET", sitePort, "/actuator/health");
        HttpResponse<String> siteHead = send("HEAD", sitePort, "/actuator/health");
        HttpResponse<String> full = send("GET", managementPort, "/actuator/health");

        assertThat(site.statusCode()).isEqualTo(200);
        assertThat(site.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(siteHead.statusCode()).isEqualTo(200);
        assertThat(siteHead.body()).isEmpty();
        assertThat(full.statusCode()).isEqualTo(200);
        assertThat(full.body()).contains("\"status\":\"UP\"", "\"db\"", "\"clusterChanges\"");
        assertThat(send("GET", sitePort, "/actuator/health/liveness").statusCode()).isNotEqualTo(200);
    }

    @Test
    void thePageCacheCanBeEmptiedFromTheOperationsPortWithoutAToken() throws Exception {
        HttpResponse<String> emptied = send("DELETE", managementPort, "/actuator/pagecache");
        HttpResponse<String> contents = send("GET", managementPort, "/actuator/pagecache");

        assertThat(emptied.statusCode()).isEqualTo(204);
        assertThat(contents.statusCode()).isEqualTo(200);
        assertThat(contents.body()).contains("\"pages\":0", "\"searches\":0");
        assertThat(send("DELETE", sitePort, "/actuator/pagecache").statusCode()).isNotEqualTo(204);
    }

    @Test
    void everyResponseOfEitherPortCarriesThePermissionsPolicy() throws Exception {
        for (HttpResponse<String> response : new HttpResponse[] {
            send("GET", sitePort, "/"), send("GET", sitePort, "/posts/no-such-post"), send("GET", sitePort, "/admin"),
            send("GET", sitePort, "/actuator/health"), send("GET", managementPort, "/actuator/prometheus"),
            send("DELETE", managementPort, "/actuator/pagecache")}) {
            assertThat(response.headers().firstValue("Permissions-Policy")).as(response.uri().toString())
                    .contains(SiteHeaders.PERMISSIONS_POLICY);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(response.uri().toString())
                    .contains(SiteHeaders.CONTENT_SECURITY_POLICY);
        }
    }

    private HttpResponse<String> send(String method, int port, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
