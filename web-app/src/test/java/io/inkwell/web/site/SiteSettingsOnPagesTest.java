package io.inkwell.web.site;

import static io.inkwell.web.security.TestAccounts.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.comments.test.CommentRows;
import io.inkwell.posts.test.PostRows;
import io.inkwell.settings.ChangeSettings;
import io.inkwell.settings.SettingsAdministration;
import io.inkwell.users.Role;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.support.WebTest;
import io.inkwell.web.support.WebTestData;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Every page wears the site's settings: its title, tagline, logo, icon, menus, footer, language and time zone. */
@WebTest
class SiteSettingsOnPagesTest {

    /** 23:30 on 1 March in London is already 2 March in Berlin and still 1 March in New York. */
    static final Instant LATE_ON_THE_FIRST = Instant.parse("2026-03-01T23:30:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SettingsAdministration settings;

    SignedInUser admin;
    UUID ada;

    @BeforeEach
    void givenAnAdminAndAnAuthor() {
        admin = person(jdbc, "Root", Role.ADMIN);
        ada = person(jdbc, "Ada", Role.USER).id();
    }

    private void saveSettings(String language, String timeZone, int postsPerPage, boolean registrationOpen) {
        settings.save(admin.actor(), new ChangeSettings("Ada's notes", "On engines and numbers", language, timeZone, postsPerPage,
                registrationOpen, "https://img.example/logo.png", "/media/icon.png", "© Ada Lovelace\nAll rights reserved", 0));
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }

    private Document page(String path) throws Exception {
        return page(get(path));
    }

    @Test
    void aNewSiteIsTitledInkwellWithTheMenusItAlwaysHad() throws Exception {
        Document home = page("/");

        assertThat(home.title()).isEqualTo("Inkwell");
        assertThat(home.select("html").attr("lang")).isEqualTo("en");
        assertThat(home.select(".site-header .brand").text()).isEqualTo("Inkwell");
        assertThat(home.select(".site-tagline, .site-logo, link[rel=icon], .footer-text")).isEmpty();
        assertThat(home.select(".site-nav > a").eachText()).containsExactly("Home", "Categories", "Trending", "Log in", "Register");
        assertThat(home.select(".site-nav > a").eachAttr("href")).startsWith("/", "/categories", "/trending");
        assertThat(home.select(".footer-links a").attr("href")).isEqualTo("/feed.xml");
        assertThat(page("/categories").title()).isEqualTo("Categories · Inkwell");
    }

    @Test
    void theSavedSettingsShowInTheLayoutOfEveryPage() throws Exception {
        String slug = "engines";
        UUID post = WebTestData.publishedPost(jdbc, ada, "Engines", slug, LATE_ON_THE_FIRST);
        saveSettings("en", "UTC", 10, true);

        Document home = page("/");
        assertThat(home.title()).isEqualTo("Ada's notes");
        assertThat(home.select(".site-header .brand").text()).isEqualTo("Ada's notes");
        assertThat(home.select(".site-tagline").text()).isEqualTo("On engines and numbers");
        assertThat(home.select(".brand img.site-logo").attr("src")).isEqualTo("https://img.example/logo.png");
        assertThat(home.select(".brand img.site-logo").attr("alt")).as("the title beside it names the site").isEmpty();
        assertThat(home.select("link[rel=icon]").attr("href")).isEqualTo("/media/icon.png");
        assertThat(home.select("link[rel=alternate][type=application/atom+xml]").attr("title")).isEqualTo("Ada's notes");
        assertThat(home.select(".footer-text").text()).isEqualTo("© Ada Lovelace All rights reserved");
        assertThat(mvc.perform(get("/")).andReturn().getResponse().getContentAsString())
                .as("its lines kept, for the stylesheet to show").contains("© Ada Lovelace\nAll rights reserved");

        assertThat(page("/posts/" + slug).title()).isEqualTo("Engines · Ada's notes");
        assertThat(page("/categories").title()).isEqualTo("Categories · Ada's notes");
        assertThat(page("/posts/no-such-post").title()).isEqualTo("Page not found · Ada's notes");
        assertThat(page(get("/posts/" + post + "/edit").with(user(person(jdbc, "Bob", Role.USER)))).title())
                .isEqualTo("You can't open this page · Ada's notes");
        assertThat(mvc.perform(get("/feed.xml")).andReturn().getResponse().getContentAsString())
                .contains("<title>Ada's notes</title>");
    }

    @Test
    void datesAreShownInTheSiteTimeZone() throws Exception {
        String slug = "late-post";
        UUID post = WebTestData.publishedPost(jdbc, ada, "Late post", slug, LATE_ON_THE_FIRST);
        UUID comment = CommentRows.comment(jdbc, post, ada, null, "Late comment");
        jdbc.update("update comments set created_at = ? where id = ?", Timestamp.from(LATE_ON_THE_FIRST), comment);

        assertThat(page("/").select(".card time").text()).isEqualTo("1 Mar 2026");

        saveSettings("en", "Europe/Berlin", 10, true);
        assertThat(page("/").select(".card time").text()).isEqualTo("2 Mar 2026");
        Document postPage = page("/posts/" + slug);
        assertThat(postPage.select(".post time").first().text()).isEqualTo("2 Mar 2026");
        assertThat(postPage.select(".comment time").attr("title")).isEqualTo("2 Mar 2026 00:30 CET");
        assertThat(page(get("/admin/posts").with(user(admin))).select("td time").text()).isEqualTo("2 Mar 2026");
    }

    @Test
    void datesAreWrittenInTheSiteLanguageWhateverTheBrowserAsks() throws Exception {
        WebTestData.publishedPost(jdbc, ada, "Spring", "spring", Instant.parse("2026-03-15T12:00:00Z"));
        assertThat(page(get("/").header("Accept-Language", "de")).select(".card time").text()).isEqualTo("15 Mar 2026");

        saveSettings("de", "UTC", 10, true);
        Document home = page(get("/").header("Accept-Language", "en"));
        assertThat(home.select("html").attr("lang")).isEqualTo("de");
        assertThat(home.select(".card time").text()).isEqualTo("15. März 2026");
    }

    @Test
    void listingsPageByTheSitePostsPerPage() throws Exception {
        UUID java = PostRows.category(jdbc, "Java", "java");
        for (int i = 1; i <= 7; i++) {
            UUID post = WebTestData.publishedPost(jdbc, ada, "Post " + i, "post-" + i, LATE_ON_THE_FIRST.plusSeconds(i * 60L));
            PostRows.link(jdbc, post, java);
        }
        assertThat(page("/").select(".card")).hasSize(7);

        saveSettings("en", "UTC", 5, true);

        for (String listing : new String[] {"/", "/categories/java", "/authors/" + ada}) {
            Document first = page(listing);
            assertThat(first.select(".card")).as(listing).hasSize(5);
            String older = first.select("a:contains(Older posts)").attr("href");
            assertThat(page(older).select(".card")).as(listing + " page 2").hasSize(2);
        }
    }

    @Test
    void closedRegistrationSaysSoTakesNoFormAndHidesTheLinks() throws Exception {
        saveSettings("en", "UTC", 10, false);

        Document register = page("/register");
        assertThat(register.select("h1").text()).isEqualTo("Registration is closed");
        assertThat(register.select("form[action=/register]")).isEmpty();
        assertThat(register.select(".site-nav a").eachText()).doesNotContain("Register").contains("Log in");
        assertThat(page("/login").select("a[href=/register]")).isEmpty();

        Document refused = Jsoup.parse(mvc.perform(post("/register").with(csrf()).param("name", "Eve")
                        .param("email", "eve@example.com").param("password", "a long password"))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("h1").text()).isEqualTo("Registration is closed");
        assertThat(jdbc.queryForObject("select count(*) from users where email = 'eve@example.com'", Integer.class)).isZero();
    }

    @Test
    void openRegistrationWelcomesWithTheSiteTitle() throws Exception {
        saveSettings("en", "UTC", 10, true);

        mvc.perform(post("/register").with(csrf()).param("name", "Eve").param("email", "eve@example.com")
                        .param("password", "a long password"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("message", "Welcome to Ada's notes, Eve."));
    }
}
