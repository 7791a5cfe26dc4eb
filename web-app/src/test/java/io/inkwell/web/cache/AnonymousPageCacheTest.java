package io.inkwell.web.cache;

import static io.inkwell.web.security.TestAccounts.person;
import static io.inkwell.web.support.WebTestData.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostRef;
import io.inkwell.posts.test.PostRows;
import io.inkwell.users.Role;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.support.WebTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import io.inkwell.web.support.CookieJar;
import org.springframework.test.web.servlet.MockMvc;

/** The cache as production runs it (the other web tests turn it off), with a time to live no test outlasts. */
@WebTest(properties = "inkwell.page-cache.ttl=1h")
class AnonymousPageCacheTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PostCommands commands;

    @Autowired
    @Qualifier("pageCache")
    PageCache cache;

    @Autowired
    @Qualifier("searchPageCache")
    PageCache searches;

    @Autowired
    PageCacheEndpoint endpoint;

    SignedInUser ada;

    @BeforeEach
    void givenAPublishedPost() {
        cache.clear();
        searches.clear();
        ada = person(jdbc, "Ada Lovelace", Role.USER);
        post(commands, ada, "Cached notes", true);
    }

    @AfterEach
    void cleanUp() {
        cache.clear();
    }

    @Test
    void anonymousReadersGetTheKeptPageUntilAWriteThroughTheSiteClearsIt() throws Exception {
        mvc.perform(get("/")).andExpect(content().string(containsString("Cached notes")));
        rename("Cached notes", "Renamed behind the back");

        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/html;charset=UTF-8"))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(content().string(containsString("Cached notes")));

        mvc.perform(post("/account/profile").with(user(ada)).with(csrf()).param("name", "Ada King"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/")).andExpect(content().string(containsString("Renamed behind the back")));
    }

    @Test
    void savedSiteSettingsReachAnonymousReadersAtOnceThroughTheSavesOwnPost() throws Exception {
        mvc.perform(get("/")).andExpect(content().string(containsString("<title>Inkwell</title>")));
        SignedInUser admin = person(jdbc, "Root", Role.ADMIN);

        mvc.perform(post("/admin/settings").with(user(admin)).with(csrf()).param("title", "Ada's notes").param("language", "en")
                        .param("timeZone", "UTC").param("postsPerPage", "10").param("registrationOpen", "true").param("version", "0"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/")).andExpect(content().string(containsString("<title>Ada&#39;s notes</title>")));
    }

    @Test
    void signedInReadersAndReadersWithASessionAreNeverServedFromIt() throws Exception {
        mvc.perform(get("/")).andExpect(content().string(containsString("Cached notes")));
        rename("Cached notes", "Fresh title");

        mvc.perform(get("/").with(user(ada))).andExpect(content().string(containsString("Fresh title")));
        CookieJar withSession = new CookieJar();
        withSession.keep(mvc.perform(get("/login")));
        assertThat(withSession.has("SESSION")).as("the login form's CSRF token opened a session").isTrue();
        mvc.perform(get("/").with(withSession)).andExpect(content().string(containsString("Fresh title")));
        assertThat(cache.pageCount()).as("only the anonymous page").isEqualTo(1);
    }

    @Test
    void aPageRenderedForASignedInReaderIsNotKeptForAnonymousOnes() throws Exception {
        mvc.perform(get("/").with(user(ada))).andExpect(content().string(containsString("Log out")));

        mvc.perform(get("/")).andExpect(content().string(not(containsString("Log out"))));
        assertThat(cache.pageCount()).isEqualTo(1);
    }

    @Test
    void errorsAndRedirectsAreNotKept() throws Exception {
        mvc.perform(get("/posts/no-such-post")).andExpect(status().isNotFound());
        mvc.perform(get("/categories/no-such-category")).andExpect(status().isNotFound());
        mvc.perform(get("/posts/new")).andExpect(status().is3xxRedirection());
        assertThat(cache.pageCount()).isZero();
    }

    @Test
    void pagesOutsideThePublicReadingRoutesAreNotKept() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk());
        mvc.perform(get("/register")).andExpect(status().isOk());
        mvc.perform(get("/categories")).andExpect(status().isOk());
        assertThat(cache.pageCount()).as("only /categories").isEqualTo(1);
        assertThat(searches.pageCount()).isZero();
    }

    @Test
    void searchResultsAreKeptApartFromPagesAndClearedByWritesToo() throws Exception {
        mvc.perform(get("/search?q=cached")).andExpect(content().string(containsString("Cached notes")));
        rename("Cached notes", "Cached essays");
        mvc.perform(get("/search?q=cached")).andExpect(content().string(containsString("Cached notes")));
        assertThat(searches.pageCount()).isEqualTo(1);
        assertThat(cache.pageCount()).isZero();

        mvc.perform(post("/account/profile").with(user(ada)).with(csrf()).param("name", "Ada King"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/search?q=cached")).andExpect(content().string(containsString("Cached essays")));
    }

    @Test
    void aStaticPageIsKeptUnderItsPathAloneButNeitherAnUnknownSlugNorAnotherRoutesPage() throws Exception {
        PostRows.publishedPage(jdbc, "About", "about", "We brew tea", Instant.now());
        mvc.perform(get("/about?utm_source=mail")).andExpect(content().string(containsString("We brew tea")));
        jdbc.update("update pages set content_html = '<p>Changed behind the back</p>'");

        mvc.perform(get("/about")).andExpect(content().string(containsString("We brew tea")));
        mvc.perform(get("/no-such-page")).andExpect(status().isNotFound());
        mvc.perform(get("/login")).andExpect(status().isOk());
        assertThat(cache.pageCount()).as("only /about").isEqualTo(1);
    }

    /** Views count once per reader (io.inkwell.web.limits.ReaderViews), so three readers, from three addresses. */
    @Test
    void aPostServedFromTheCacheStillCountsEveryReadersView() throws Exception {
        for (int i = 0; i < 3; i++) {
            String address = "203.0.113." + (i + 1);
            mvc.perform(get("/posts/cached-notes").with(request -> {
                request.setRemoteAddr(address);
                return request;
            })).andExpect(status().isOk());
        }
        assertThat(cache.pageCount()).isEqualTo(1);

        // The signed-in page shows the views before its own: the three anonymous ones.
        mvc.perform(get("/posts/cached-notes").with(user(ada))).andExpect(content().string(containsString("3 views")));
    }

    @Test
    void eachParameterAPageReadsMakesAPageOfItsOwnButNeitherOtherParametersNorTheHostDo() throws Exception {
        PostRef second = post(commands, ada, "Second notes", true);
        mvc.perform(get("/")).andExpect(status().isOk());
        mvc.perform(get("/?after=garbage")).andExpect(status().isOk());
        mvc.perform(get("/?utm_source=newsletter&uncached=1")).andExpect(status().isOk());
        mvc.perform(get("/feed.xml")).andExpect(status().isOk());
        mvc.perform(get("/feed.xml").with(request -> {
            request.setServerName("evil.example");
            return request;
        })).andExpect(status().isOk());
        assertThat(second.slug()).isEqualTo("second-notes");
        assertThat(cache.pageCount()).as("/, /?after=garbage and /feed.xml").isEqualTo(3);

        mvc.perform(get("/feed.xml"))
                .andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
                .andExpect(content().string(not(containsString("evil.example"))));
    }

    @Test
    void aParameterNoPageReadsIsServedTheKeptPage() throws Exception {
        mvc.perform(get("/")).andExpect(content().string(containsString("Cached notes")));
        rename("Cached notes", "Renamed behind the back");

        mvc.perform(get("/?uncached=7&fbclid=abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cached notes")))
                .andExpect(content().string(containsString("<link rel=\"canonical\" href=\"https://blog.example/\">")));
    }

    @Test
    void theParametersASearchReadsShareOneCopyInAnyOrder() throws Exception {
        mvc.perform(get("/search?q=cached&page=1")).andExpect(content().string(containsString("Cached notes")));
        rename("Cached notes", "Cached essays");

        mvc.perform(get("/search?page=1&ref=home&q=cached")).andExpect(content().string(containsString("Cached notes")));
        mvc.perform(get("/search?q=cached&page=2")).andExpect(status().isOk());
        assertThat(searches.pageCount()).as("page 1 and page 2").isEqualTo(2);
    }

    @Test
    void theOperationsEndpointEmptiesBothCaches() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk());
        mvc.perform(get("/search?q=cached")).andExpect(status().isOk());
        assertThat(endpoint.contents().pages()).isEqualTo(1);
        assertThat(endpoint.contents().searches()).isEqualTo(1);
        rename("Cached notes", "Renamed behind the back");

        endpoint.empty();

        assertThat(endpoint.contents()).isEqualTo(new PageCacheEndpoint.Contents(0, 0, 0, 0));
        mvc.perform(get("/")).andExpect(content().string(containsString("Renamed behind the back")));
    }

    @Test
    void aRejectedWriteLeavesTheCacheAlone() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk());
        mvc.perform(post("/logout")).andExpect(status().isForbidden());
        assertThat(cache.pageCount()).isEqualTo(1);
    }

    @Test
    void feedsSitemapsAndRobotsAreKeptEachSitemapFileByItsKeys() throws Exception {
        jdbc.update("insert into categories (name, slug) values ('Essays', 'essays')");
        for (String page : List.of("/categories/essays/feed.xml", "/authors/" + ada.id() + "/feed.xml", "/sitemap.xml",
                "/sitemaps/posts-1.xml", "/sitemaps/posts-1.xml?utm_source=x", "/sitemaps/posts-1.xml?to=2030-01-01T00:00:00Z_"
                        + ada.id(), "/robots.txt")) {
            mvc.perform(get(page)).andExpect(status().isOk());
        }
        assertThat(cache.pageCount()).as("six pages: an unread parameter makes no copy of its own").isEqualTo(6);
        rename("Cached notes", "Renamed behind the back");

        mvc.perform(get("/authors/" + ada.id() + "/feed.xml")).andExpect(content().string(containsString("Cached notes")));
    }

    private void rename(String from, String to) {
        assertThat(jdbc.update("update posts set title = ? where title = ?", to, from)).isEqualTo(1);
    }
}
