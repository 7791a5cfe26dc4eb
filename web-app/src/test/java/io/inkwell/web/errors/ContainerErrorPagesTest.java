package io.inkwell.web.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.settings.ChangeSettings;
import io.inkwell.settings.SettingsAdministration;
import io.inkwell.users.Actor;
import io.inkwell.users.Role;
import io.inkwell.web.site.SiteHeaders;
import io.inkwell.web.support.RawHttp;
import io.inkwell.web.support.WebTest;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Errors Tomcat answers before the application sees the request, and errors the application answers, as a
 * raw client meets them on a real server: the same design, the same security headers, never Tomcat's report.
 */
@WebTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ContainerErrorPagesTest {

    private static final List<String> SECURITY_HEADERS = List.of("Content-Security-Policy", "X-Frame-Options",
            "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy", "Cache-Control");

    @LocalServerPort
    int port;

    @Autowired
    SettingsAdministration settings;

    @ParameterizedTest
    @ValueSource(strings = {"/%ff%fe", "/posts/a%2Fb", "/%"})
    void aRequestTomcatRefusesGetsTheSiteErrorPageAndHeaders(String target) throws Exception {
        RawHttp.Response refused = RawHttp.send(port, "GET", target);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(refused.body()).contains("That request could not be handled")
                .doesNotContainIgnoringCase("tomcat").doesNotContain("Exception");
        assertSecurityHeadersOf(refused);
    }

    @Test
    void aRequestLineOverTheHeaderLimitGetsTheSiteErrorPageAndHeaders() throws Exception {
        RawHttp.Response refused = RawHttp.send(port, "GET", "/search?q=" + "a".repeat(9 * 1024));

        assertThat(refused.status()).isBetween(400, 499);
        assertThat(refused.body()).contains("<header class=\"site-header\">").doesNotContainIgnoringCase("tomcat");
        assertSecurityHeadersOf(refused);
    }

    @Test
    void theContainersPageWearsTheLayoutOfTheSitesOwnPages() throws Exception {
        assertTheContainersPageLooksLikeTheSites();
    }

    @Test
    void theContainersPageWearsTheSitesSettingsToo() throws Exception {
        settings.save(new Actor(UUID.randomUUID(), Role.ADMIN), new ChangeSettings("Ada's <notes>", "Engines & numbers", "de",
                "UTC", 10, false, "https://img.example/logo.png", "/icon.png", "© Ada\nAll rights reserved", 0));

        Document container = assertTheContainersPageLooksLikeTheSites();

        assertThat(container.title()).isEqualTo("Diese Anfrage konnte nicht bearbeitet werden · Ada's <notes>");
        assertThat(container.select("html").attr("lang")).isEqualTo("de");
        assertThat(container.select(".site-nav a").eachText()).contains("Anmelden").doesNotContain("Registrieren", "Register");
        assertThat(container.select(".skip-link").text()).isEqualTo("Zum Inhalt springen");
        assertThat(container.select("main a").text()).isEqualTo("Zurück zur Startseite");
    }

    private Document assertTheContainersPageLooksLikeTheSites() throws Exception {
        Document site = Jsoup.parse(RawHttp.send(port, "GET", "/posts/no-such-post").body());
        Document container = Jsoup.parse(RawHttp.send(port, "GET", "/%ff%fe").body());

        for (String part : List.of("head > link", "body > a.skip-link", "header.site-header", "footer.site-footer",
                "main.error-page > p:last-child")) {
            assertThat(shape(container.select(part))).as(part).isEqualTo(shape(site.select(part))).isNotEmpty();
        }
        assertThat(container.select("main#main[tabindex=-1]")).hasSize(1);
        return container;
    }

    @Test
    void errorAskedForDirectlyIsNotFoundAndRealErrorsKeepTheirStatus() throws Exception {
        RawHttp.Response direct = RawHttp.send(port, "GET", "/error");
        RawHttp.Response missing = RawHttp.send(port, "GET", "/posts/no-such-post");
        RawHttp.Response badParameter = RawHttp.send(port, "GET", "/posts/no-such-post?replyTo=not-a-uuid");

        assertThat(direct.status()).isEqualTo(404);
        assertThat(direct.body()).contains("Page not found", "<header class=\"site-header\">");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(badParameter.status()).isEqualTo(400);
        assertThat(badParameter.body()).contains("That request could not be handled").doesNotContain("Exception");
        for (RawHttp.Response page : List.of(direct, missing, badParameter)) {
            assertSecurityHeadersOf(page);
            assertThat(page.body()).doesNotContain("rel=\"canonical\"");
        }
    }

    private static void assertSecurityHeadersOf(RawHttp.Response response) {
        for (String name : SECURITY_HEADERS) {
            assertThat(response.header(name)).as(name).isPresent();
        }
        assertThat(response.header("Content-Security-Policy")).contains(SiteHeaders.CONTENT_SECURITY_POLICY);
        assertThat(response.header("Permissions-Policy")).contains(SiteHeaders.PERMISSIONS_POLICY);
        assertThat(response.header("X-Frame-Options")).contains("DENY");
        assertThat(response.header("Server")).isEmpty();
    }

    /** Elements as tag, attributes and own text, whitespace aside: what a reader sees of them. */
    private static String shape(List<Element> elements) {
        return elements.stream().flatMap(element -> element.getAllElements().stream())
                .map(element -> element.tagName() + element.attributes().html() + " " + element.ownText().strip())
                .collect(Collectors.joining("\n"));
    }
}
