package io.inkwell.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.web.support.WebTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The running site as a browser sees it: real HTTP, real error pages (operations: OperationsSurfaceTest). */
@WebTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SiteShellTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void homePageIsServedInTheLayoutWithSecurityHeaders() throws Exception {
        HttpResponse<String> home = get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("<header class=\"site-header\">", "Latest posts", "<footer");
        assertThat(home.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'"));
        assertThat(home.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(home.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(home.headers().firstValue("X-Frame-Options")).contains("DENY");
    }

    @Test
    void unknownPageIsAFriendly404WithoutInternals() throws Exception {
        HttpResponse<String> missing = get("/posts/no-such-post");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Page not found").doesNotContain("Exception", "at io.", "at org.");
    }

    @Test
    void aPostWithoutCsrfTokenIsA403Page() throws Exception {
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(uri("/logout")).header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(refused.body()).select("h1").text()).isEqualTo("You can't open this page");
        assertThat(refused.body()).doesNotContain("Exception");
    }

    @Test
    void anonymousVisitorsOfPrivatePagesAreSentToLogin() throws Exception {
        HttpResponse<String> admin = get("/admin");

        assertThat(admin.statusCode()).isEqualTo(302);
        assertThat(admin.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void stylesheetIsServed() throws Exception {
        assertThat(get("/css/inkwell.css").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
