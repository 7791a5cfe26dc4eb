package io.inkwell.web.cluster;

import static io.inkwell.web.security.TestAccounts.PASSWORD;
import static io.inkwell.web.security.TestAccounts.person;
import static io.inkwell.web.security.TestAccounts.registered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.InkwellApplication;
import io.inkwell.comments.CommentForms;
import io.inkwell.db.changes.ClusterChanges;
import io.inkwell.db.changes.ClusterChangesAutoConfiguration;
import io.inkwell.posts.PostPublished;
import io.inkwell.posts.test.PostRows;
import io.inkwell.users.Actor;
import io.inkwell.users.ChangeRoleAndStatus;
import io.inkwell.users.Role;
import io.inkwell.users.UserAccounts;
import io.inkwell.users.UserAdministration;
import io.inkwell.users.UserStatus;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.support.WebTest;
import io.inkwell.web.support.WebTestData;
import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two instances of the site on one database, as behind a load balancer: this test's context (A, driven through
 * MockMvc) and a second one started here (B, a real server on a random port). Both keep pages for an hour, so a
 * change can only reach B's readers by B hearing of it, never by its copies ageing out.
 */
@WebTest(properties = "inkwell.page-cache.ttl=1h")
class SeveralInstancesTest {

    /** What the issue asks of every instance: a write anywhere shows everywhere within a second. */
    private static final Duration WITHIN = Duration.ofSeconds(1);

    static ConfigurableApplicationContext instanceB;
    static HttpClient anonymousReader;
    static final List<PostPublished> publishedOnB = new CopyOnWriteArrayList<>();

    @Autowired
    MockMvc instanceA;

    @Autowired
    ConfigurableApplicationContext contextA;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    UserAdministration administration;

    @BeforeAll
    static void startInstanceB() {
        // Arguments, not the builder's default properties, which the tests' application.properties would override.
        instanceB = new SpringApplicationBuilder(InkwellApplication.class)
                .run("--server.port=0", "--management.server.port=-1", "--inkwell.page-cache.ttl=1h");
        instanceB.addApplicationListener(collecting(publishedOnB));
        anonymousReader = client().build();
    }

    @AfterAll
    static void stopInstanceB() {
        if (instanceB != null) {
            instanceB.close();
        }
    }

    @Test
    void aCommentPostedThroughAIsOnBsKeptPostPageWithinASecond() throws Exception {
        SignedInUser ada = person(jdbc, "Ada Lovelace", Role.USER);
        UUID post = WebTestData.publishedPost(jdbc, ada.id(), "Two instances", "two-instances", Instant.parse("2026-01-01T10:00:00Z"));
        assertBKeepsThePageOf("/posts/two-instances", "Two instances");

        // The form's token as B signed it, sent to A: both sign with the one key in the database.
        String token = instanceB.getBean(CommentForms.class).tokenFor(post);
        instanceA.perform(post("/posts/{slug}/comments", "two-instances").param("formToken", token)
                        .param("content", "Heard on every instance").with(user(ada)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject("select status from comments where post_id = ?", String.class, post))
                .as("the token B signed passed A's check").isEqualTo("approved");
        awaitWithin(WITHIN, () -> readOnB("/posts/two-instances").contains("Heard on every instance"));
    }

    @Test
    void siteSettingsSavedThroughAAreBsWithinASecond() throws Exception {
        SignedInUser admin = person(jdbc, "Root", Role.ADMIN);
        PostRows.published(jdbc, admin.id(), "Front page", "front-page", Instant.parse("2026-01-01T10:00:00Z"));
        assertBKeepsThePageOf("/", "Front page");

        instanceA.perform(post("/admin/settings").with(user(admin)).with(csrf()).param("title", "Shared title")
                        .param("language", "en").param("timeZone", "UTC").param("postsPerPage", "10")
                        .param("registrationOpen", "true").param("version", "0"))
                .andExpect(status().is3xxRedirection());

        awaitWithin(WITHIN, () -> readOnB("/").contains("<title>Shared title</title>"));
    }

    /** B keeps the names it showed (users context) as well as the page: both must be forgotten. */
    @Test
    void anAuthorRenamedThroughAIsRenamedOnBsPagesWithinASecond() throws Exception {
        SignedInUser ada = person(jdbc, "Ada Lovelace", Role.USER);
        WebTestData.publishedPost(jdbc, ada.id(), "Renamed", "renamed", Instant.parse("2026-01-01T10:00:00Z"));
        assertThat(readOnB("/posts/renamed")).contains("Ada Lovelace");

        instanceA.perform(post("/account/profile").with(user(ada)).with(csrf()).param("name", "Ada King").param("avatarUrl", ""))
                .andExpect(status().is3xxRedirection());

        awaitWithin(WITHIN, () -> readOnB("/posts/renamed").contains("Ada King"));
    }

    @Test
    void aSessionOpenedOnBServesOnAAndASuspensionThroughAEndsItOnBWithinASecond() throws Exception {
        SignedInUser grace = registered(accounts, jdbc, "Grace Hopper", "grace@example.com", Role.USER);
        SignedInUser admin = person(jdbc, "Root", Role.ADMIN);
        HttpClient browser = client().cookieHandler(new CookieManager()).build();
        logInOnB(browser, "grace@example.com");
        assertThat(statusOnB(browser, "/account")).isEqualTo(200);
        instanceA.perform(get("/account").cookie(sessionCookie(browser))).andExpect(status().isOk());

        administration.changeRoleAndStatus(new Actor(admin.id(), Role.ADMIN, UserStatus.ACTIVE, true),
                new ChangeRoleAndStatus(grace.id(), Role.USER, UserStatus.SUSPENDED));

        awaitWithin(WITHIN, () -> statusOnB(browser, "/account") == 302);
    }

    @Test
    void afterTheListeningConnectionsAreKilledBHearsAgain() throws Exception {
        SignedInUser ada = person(jdbc, "Ada Lovelace", Role.USER);
        PostRows.published(jdbc, ada.id(), "Reconnected", "reconnected", Instant.parse("2026-01-01T10:00:00Z"));
        assertBKeepsThePageOf("/posts/reconnected", "Reconnected");
        ClusterChanges changesOfB = instanceB.getBean(ClusterChanges.class);
        Instant killedAt = Instant.now();

        jdbc.queryForObject("select count(pg_terminate_backend(pid)) from pg_stat_activity where application_name = ?",
                Long.class, ClusterChangesAutoConfiguration.APPLICATION_NAME);

        awaitWithin(Duration.ofSeconds(30), () -> changesOfB.state().connectedSince().filter(killedAt::isBefore).isPresent());
        jdbc.update("update posts set title = 'Renamed after the outage' where slug = 'reconnected'");
        instanceA.perform(post("/account/profile").with(user(ada)).with(csrf()).param("name", "Ada King"))
                .andExpect(status().is3xxRedirection());
        awaitWithin(WITHIN, () -> readOnB("/posts/reconnected").contains("Renamed after the outage"));
    }

    @Test
    void fiftyDuePostsArePublishedOnceEachByTheTwoInstancesSweeps() {
        List<PostPublished> publishedOnA = new CopyOnWriteArrayList<>();
        ApplicationListener<ApplicationEvent> listenerOnA = collecting(publishedOnA);
        contextA.addApplicationListener(listenerOnA);
        publishedOnB.clear();
        SignedInUser ada = person(jdbc, "Ada Lovelace", Role.USER);
        Instant due = Instant.now().minusSeconds(60);
        for (int i = 0; i < 50; i++) {
            PostRows.scheduled(jdbc, ada.id(), "Scheduled " + i, "scheduled-" + i, due);
        }

        awaitWithin(Duration.ofSeconds(30), () -> publishedOnA.size() + publishedOnB.size() >= 50
                && jdbc.queryForObject("select count(*) from posts where status = 'scheduled'", Long.class) == 0);

        List<UUID> published = java.util.stream.Stream.concat(publishedOnA.stream(), publishedOnB.stream())
                .map(PostPublished::postId).toList();
        contextA.removeApplicationListener(listenerOnA);
        assertThat(published).hasSize(50).doesNotHaveDuplicates();
    }

    private static ApplicationListener<ApplicationEvent> collecting(List<PostPublished> published) {
        return event -> {
            if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof PostPublished post) {
                published.add(post);
            }
        };
    }

    private static HttpClient.Builder client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER);
    }

    /** B renders the page once and keeps it: a change behind its back does not show. */
    private void assertBKeepsThePageOf(String path, String shown) {
        assertThat(readOnB(path)).contains(shown);
        jdbc.update("update posts set title = title || ' (changed behind the back)'");
        assertThat(readOnB(path)).contains(shown).doesNotContain("(changed behind the back)");
        jdbc.update("update posts set title = replace(title, ' (changed behind the back)', '')");
    }

    private static String readOnB(String path) {
        try {
            return anonymousReader.send(HttpRequest.newBuilder(uriOnB(path)).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int statusOnB(HttpClient browser, String path) {
        try {
            return browser.send(HttpRequest.newBuilder(uriOnB(path)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void logInOnB(HttpClient browser, String email) throws IOException, InterruptedException {
        String form = browser.send(HttpRequest.newBuilder(uriOnB("/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        assertThat(csrf.find()).as("the login form carries a CSRF token").isTrue();
        String body = "email=" + encode(email) + "&password=" + encode(PASSWORD) + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<Void> answer = browser.send(HttpRequest.newBuilder(uriOnB("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(answer.headers().firstValue("Location")).as("signed in").hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
    }

    private static Cookie sessionCookie(HttpClient browser) {
        CookieManager cookies = (CookieManager) browser.cookieHandler().orElseThrow();
        HttpCookie session = cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("SESSION")).findFirst().orElseThrow();
        return new Cookie(session.getName(), session.getValue());
    }

    private static URI uriOnB(String path) {
        return URI.create("http://localhost:" + instanceB.getEnvironment().getProperty("local.server.port") + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Polls until the condition holds; fails once the deadline has passed without it. */
    private static void awaitWithin(Duration deadline, BooleanSupplier condition) {
        Instant end = Instant.now().plus(deadline);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("the condition held within %s", deadline).isBefore(end);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
