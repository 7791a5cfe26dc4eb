package io.inkwell.web.site;

import io.inkwell.db.Refusal;
import static io.inkwell.web.security.TestAccounts.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.inkwell.comments.test.CommentRows;
import io.inkwell.posts.test.PostRows;
import io.inkwell.settings.ChangeSettings;
import io.inkwell.settings.SettingsAdministration;
import io.inkwell.users.Role;
import io.inkwell.users.UserAccounts;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.security.TestAccounts;
import io.inkwell.web.support.WebTest;
import io.inkwell.web.support.WebTestData;
import java.time.Instant;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The site speaks its language on every page: words, dates and numbers, whatever the browser asks for. The same
 * pages in English and in German: the home page, a post page, the login page and the dashboard, and what a form
 * and a service answer.
 */
@WebTest
class SiteLanguageOnPagesTest {

    /** 2 March 2026, in the morning in Europe. */
    static final Instant PUBLISHED = Instant.parse("2026-03-02T09:00:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SettingsAdministration settings;

    @Autowired
    UserAccounts accounts;

    SignedInUser admin;
    UUID post;

    @BeforeEach
    void givenAPostWithACommentAndManyViews() {
        admin = person(jdbc, "Root", Role.ADMIN);
        SignedInUser ada = person(jdbc, "Ada", Role.USER);
        post = WebTestData.publishedPost(jdbc, ada.id(), "Engines", "engines", PUBLISHED);
        PostRows.link(jdbc, post, PostRows.category(jdbc, "Java", "java"));
        UUID comment = CommentRows.comment(jdbc, post, ada.id(), null, "Ein erster Kommentar");
        jdbc.update("update comments set created_at = now() - interval '3 hours' where id = ?", comment);
        jdbc.update("update posts set view_count = 1234 where id = ?", post);
    }

    private void speak(String language) {
        settings.save(admin.actor(), new ChangeSettings("Inkwell", null, language, "Europe/Berlin", 10, true, null, null, null, false,
                settings.stored().version()));
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.header("Accept-Language", "fr")).andReturn().getResponse().getContentAsString());
    }

    @Test
    void theHomePageInEnglish() throws Exception {
        Document home = page(get("/"));

        assertThat(home.select("html").attr("lang")).isEqualTo("en");
        assertThat(home.select(".site-nav > a").eachText()).containsExactly("Home", "Categories", "Trending", "Log in", "Register");
        assertThat(home.select("h1").text()).isEqualTo("Latest posts");
        assertThat(home.select(".card time").text()).isEqualTo("2 Mar 2026");
        assertThat(home.select(".card .comment-count").text()).isEqualTo("1 comment");
        assertThat(home.select(".skip-link").text()).isEqualTo("Skip to content");
        assertThat(home.select("#nav-q").attr("placeholder")).isEqualTo("Search");
    }

    @Test
    void theHomePageInGerman() throws Exception {
        speak("de");

        Document home = page(get("/"));

        assertThat(home.select("html").attr("lang")).isEqualTo("de");
        assertThat(home.select(".site-nav > a").eachText())
                .containsExactly("Startseite", "Kategorien", "Beliebt", "Anmelden", "Registrieren");
        assertThat(home.select("h1").text()).isEqualTo("Neueste Beiträge");
        assertThat(home.select(".card time").text()).isEqualTo("2. März 2026");
        assertThat(home.select(".card .comment-count").text()).isEqualTo("1 Kommentar");
        assertThat(home.select(".card .meta").text()).contains("Min. Lesezeit");
        assertThat(home.select(".skip-link").text()).isEqualTo("Zum Inhalt springen");
        assertThat(home.select("#nav-q").attr("placeholder")).isEqualTo("Suche");
        assertThat(home.select(".footer-links a").text()).isEqualTo("Atom-Feed");
        assertThat(home.select(".site-footer").text()).contains("Betrieben mit Inkwell");
    }

    @Test
    void aPostPageInEnglish() throws Exception {
        Document page = page(get("/posts/engines"));

        assertThat(page.select(".post time").first().text()).isEqualTo("2 Mar 2026");
        assertThat(page.select(".views").text()).isEqualTo("1,234 views");
        assertThat(page.select("#comments h2").text()).isEqualTo("1 comment");
        assertThat(page.select(".login-to-comment").text()).isEqualTo("Log in to comment");
        assertThat(page.select(".comment time").text()).isEqualTo("3 hours ago");
        assertThat(page.select(".comment time").attr("title")).matches("\\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2} UTC");
    }

    @Test
    void aPostPageInGerman() throws Exception {
        speak("de");

        Document page = page(get("/posts/engines"));

        assertThat(page.select("html").attr("lang")).isEqualTo("de");
        assertThat(page.select(".post time").first().text()).isEqualTo("2. März 2026");
        assertThat(page.select(".views").text()).isEqualTo("1.234 Aufrufe");
        assertThat(page.select("#comments h2").text()).isEqualTo("1 Kommentar");
        assertThat(page.select(".login-to-comment").text()).isEqualTo("Zum Kommentieren anmelden");
        assertThat(page.select(".comment time").text()).isEqualTo("vor 3 Stunden");
        assertThat(page.select(".comment time").attr("title")).matches("\\d{1,2}\\. \\p{L}+ \\d{4}, \\d{2}:\\d{2} MES?Z");
        assertThat(page.select("main").text()).doesNotContain("comment", "views", "min read");
    }

    /** The words for a distance in time are kept per language: a site that changes its language says them in the new one. */
    @Test
    void aCommentsTimeFollowsAChangeOfTheSiteLanguage() throws Exception {
        assertThat(page(get("/posts/engines")).select(".comment time").text()).isEqualTo("3 hours ago");

        speak("de");

        assertThat(page(get("/posts/engines")).select(".comment time").text()).isEqualTo("vor 3 Stunden");
    }

    @Test
    void theLoginPageAndItsRefusalInEnglish() throws Exception {
        TestAccounts.registered(accounts, jdbc, "Bea", "bea@example.com", Role.USER);

        Document login = page(get("/login"));
        MvcResult refused = mvc.perform(TestAccounts.logIn("bea@example.com", "a wrong password")).andReturn();
        Document again = page(get(refused.getResponse().getRedirectedUrl())
                .session((org.springframework.mock.web.MockHttpSession) refused.getRequest().getSession()));

        assertThat(login.select("h1").text()).isEqualTo("Log in");
        assertThat(login.select("label[for=email]").text()).isEqualTo("Email");
        assertThat(login.select("form button").text()).isEqualTo("Log in");
        assertThat(again.select(".flash.error").text()).startsWith("Wrong email or password");
    }

    @Test
    void theLoginPageAndItsRefusalInGerman() throws Exception {
        TestAccounts.registered(accounts, jdbc, "Bea", "bea@example.com", Role.USER);
        speak("de");

        Document login = page(get("/login"));
        MvcResult refused = mvc.perform(TestAccounts.logIn("bea@example.com", "a wrong password")).andReturn();
        Document again = page(get(refused.getResponse().getRedirectedUrl())
                .session((org.springframework.mock.web.MockHttpSession) refused.getRequest().getSession()));

        assertThat(login.title()).isEqualTo("Anmelden · Inkwell");
        assertThat(login.select("h1").text()).isEqualTo("Anmelden");
        assertThat(login.select("label[for=email]").text()).isEqualTo("E-Mail-Adresse");
        assertThat(login.select("label[for=password]").text()).isEqualTo("Passwort");
        assertThat(login.select("label[for=remember-me]").text()).isEqualTo("Zwei Wochen angemeldet bleiben");
        assertThat(login.select("form button").text()).isEqualTo("Anmelden");
        assertThat(again.select(".flash.error").text()).startsWith("Falsche E-Mail-Adresse oder falsches Passwort");
    }

    @Test
    void theDashboardInEnglish() throws Exception {
        Document dashboard = page(get("/admin").with(user(admin)));

        assertThat(dashboard.select("h1").text()).isEqualTo("Dashboard");
        assertThat(dashboard.select("#posts-by-status h2").text()).isEqualTo("Posts by status");
        assertThat(dashboard.select("#posts-by-status dt").eachText()).contains("Published");
        assertThat(dashboard.select("#newest-users time").eachText()).allMatch(date -> date.matches("\\d{1,2} [A-Z][a-z]{2} \\d{4}"));
    }

    @Test
    void theDashboardInGerman() throws Exception {
        speak("de");

        Document dashboard = page(get("/admin").with(user(admin)));

        assertThat(dashboard.title()).isEqualTo("Übersicht · Verwaltung · Inkwell");
        assertThat(dashboard.select("h1").text()).isEqualTo("Übersicht");
        assertThat(dashboard.select(".admin-nav a").eachText()).contains("Beiträge", "Kommentare", "Einstellungen");
        assertThat(dashboard.select("#posts-by-status h2").text()).isEqualTo("Beiträge nach Status");
        assertThat(dashboard.select("#posts-by-status dt").eachText()).contains("Veröffentlicht");
        assertThat(dashboard.select("#users-by-role dt").eachText()).contains("Administrator", "Autor");
        assertThat(dashboard.select("#comments-chart-title").text()).isEqualTo("Kommentare der letzten 7 Tage");
        assertThat(dashboard.select("#newest-users time").eachText()).allMatch(date -> date.matches("\\d{1,2}\\. \\p{L}+ \\d{4}"));
    }

    @Test
    void aLinkFromAMailThatDoesNotWorkSaysSoInGerman() throws Exception {
        speak("de");

        Document page = page(get("/password-reset/not-a-link-this-site-made"));

        assertThat(page.title()).isEqualTo("Dieser Link funktioniert nicht · Inkwell");
        assertThat(page.select("[role=alert]").text())
                .startsWith("Dieser Link zum Zurücksetzen des Passworts stammt nicht von dieser Website:");
        assertThat(page.select("main a").text()).isEqualTo("Einen neuen Link anfordern");
    }

    @Test
    void aFormsOwnMessageAndAServicesRefusalAreInTheSiteLanguage() throws Exception {
        speak("de");
        SignedInUser author = person(jdbc, "Cleo", Role.USER);

        Document noTitle = page(post("/posts/new").with(user(author)).with(csrf()).param("title", " ").param("content", "x"));
        Document slugTaken = page(post("/posts/new").with(user(author)).with(csrf()).param("title", "Engines again")
                .param("slug", "engines").param("content", "x"));

        assertThat(noTitle.select("#title-error").text()).isEqualTo("Ein Beitrag braucht einen Titel.");
        assertThat(slugTaken.select("#slug-error").text()).isEqualTo("Ein anderer Beitrag verwendet den Kurznamen „engines“ schon.");
        assertThat(slugTaken.select("h1").text()).isEqualTo("Neuer Beitrag");
        assertThat(slugTaken.select("button[value=draft]").text()).isEqualTo("Entwurf speichern");
    }

    @Test
    void aSavedMessageIsInTheSiteLanguage() throws Exception {
        speak("de");
        SignedInUser author = person(jdbc, "Cleo", Role.USER);

        MvcResult saved = mvc.perform(post("/posts/new").with(user(author)).with(csrf()).param("title", "Neu")
                .param("content", "Text")).andReturn();

        assertThat(saved.getFlashMap().get("message")).isEqualTo("Gespeichert.");
    }

    @Test
    void errorPagesAndFeedTitlesAreInTheSiteLanguage() throws Exception {
        speak("de");

        Document missing = page(get("/posts/no-such-post"));
        Document category = page(get("/categories/java"));

        assertThat(missing.select("h1").text()).isEqualTo("Seite nicht gefunden");
        assertThat(missing.select("main a").text()).isEqualTo("Zurück zur Startseite");
        assertThat(category.select("link[rel=alternate][href$=/categories/java/feed.xml]").attr("title")).isEqualTo("Beiträge in Java");
        assertThat(category.select(".meta span").first().text()).isEqualTo("1 Beitrag");
    }
}
