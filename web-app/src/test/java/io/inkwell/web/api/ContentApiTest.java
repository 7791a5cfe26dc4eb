package io.inkwell.web.api;

import static io.inkwell.web.api.ApiTestKeys.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.inkwell.integrations.ApiKeys;
import io.inkwell.posts.test.PostRows;
import io.inkwell.settings.ChangeSettings;
import io.inkwell.settings.SettingsAdministration;
import io.inkwell.users.Role;
import io.inkwell.users.test.UserRows;
import io.inkwell.web.security.TestAccounts;
import io.inkwell.web.support.WebTest;
import io.inkwell.web.support.WebTestData;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Every endpoint of the Content API, with a key: published content only, as JSON, with absolute addresses. */
@WebTest
class ContentApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApiKeys keys;

    @Autowired
    SettingsAdministration settings;

    String key;
    UUID ada;
    UUID first;
    UUID second;

    @BeforeEach
    void givenASiteAndAKey() {
        key = ApiTestKeys.key(keys, "");
        ada = UserRows.withEmail(jdbc, "Ada Lovelace", "ada@example.com", Role.USER);
        first = WebTestData.publishedPost(jdbc, ada, "First steps", "first-steps", Instant.parse("2026-01-01T10:00:00Z"));
        second = WebTestData.publishedPost(jdbc, ada, "Second wind", "second-wind", Instant.parse("2026-01-02T10:00:00Z"));
        PostRows.draft(jdbc, ada, "Secret draft", "secret-draft");
        UUID archived = PostRows.published(jdbc, ada, "Old news", "old-news", Instant.parse("2025-01-01T00:00:00Z"));
        jdbc.update("update posts set status = 'archived' where id = ?", archived);
        UUID running = PostRows.category(jdbc, "Running", "running");
        PostRows.link(jdbc, first, running);
        PostRows.category(jdbc, "Cycling", "cycling");
        PostRows.tagLink(jdbc, second, PostRows.tag(jdbc, "Trails", "trails"));
        PostRows.tag(jdbc, "Unused", "unused");
        PostRows.publishedPage(jdbc, "About", "about", "We run.", Instant.parse("2026-01-01T00:00:00Z"));
        PostRows.draftPage(jdbc, "Plans", "plans", "Secret plans.");
    }

    @Test
    void postsArePublishedOnesNewestFirstWithTheirAuthorsAndTerms() throws Exception {
        mvc.perform(get("/api/v1/posts").with(bearer(key)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.items[*].slug").value(contains("second-wind", "first-steps")))
                .andExpect(jsonPath("$.items[0].url").value("https://blog.example/posts/second-wind"))
                .andExpect(jsonPath("$.items[0].author.name").value("Ada Lovelace"))
                .andExpect(jsonPath("$.items[0].author.url").value("https://blog.example/authors/" + ada))
                .andExpect(jsonPath("$.items[0].tags[0].slug").value("trails"))
                .andExpect(jsonPath("$.items[1].categories[0].url").value("https://blog.example/categories/running"))
                .andExpect(jsonPath("$.items[0].publishedAt").value("2026-01-02T10:00:00Z"))
                .andExpect(jsonPath("$.items[0].html").doesNotExist())
                .andExpect(jsonPath("$.next").value(nullValue()));
    }

    @Test
    void postsAreNarrowedByCategoryTagOrAuthor() throws Exception {
        mvc.perform(get("/api/v1/posts?category=running").with(bearer(key)))
                .andExpect(jsonPath("$.items[*].slug").value(contains("first-steps")));
        mvc.perform(get("/api/v1/posts?tag=trails").with(bearer(key)))
                .andExpect(jsonPath("$.items[*].slug").value(contains("second-wind")));
        mvc.perform(get("/api/v1/posts?author=" + ada).with(bearer(key)))
                .andExpect(jsonPath("$.items", hasSize(2)));
        mvc.perform(get("/api/v1/posts?author=" + UUID.randomUUID()).with(bearer(key)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items", hasSize(0)));
    }

    @Test
    void aPostIsShownWithItsHtmlAndLanguageAndOnlyWhenPublished() throws Exception {
        jdbc.update("update posts set language = 'de' where id = ?", second);

        mvc.perform(get("/api/v1/posts/first-steps").with(bearer(key)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(first.toString()))
                .andExpect(jsonPath("$.title").value("First steps"))
                .andExpect(jsonPath("$.language").value("en"))
                .andExpect(jsonPath("$.html").isString())
                .andExpect(jsonPath("$.updatedAt").isString());
        for (String hidden : new String[] {"secret-draft", "old-news", "nothing-here"}) {
            mvc.perform(get("/api/v1/posts/" + hidden).with(bearer(key)))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(404))
                    .andExpect(jsonPath("$.detail").value("There is no published post with the slug \"" + hidden + "\"."));
        }
        mvc.perform(get("/api/v1/posts/second-wind").with(bearer(key))).andExpect(jsonPath("$.language").value("de"));
    }

    @Test
    void aRenamedPostsOldSlugPointsToItsNewAddress() throws Exception {
        jdbc.update("insert into post_slug_history (old_slug, post_id) values ('first-try', ?)", first);

        mvc.perform(get("/api/v1/posts/first-try").with(bearer(key)))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "https://blog.example/api/v1/posts/first-steps"));
    }

    @Test
    void aPageIsShownWithItsLanguageOnlyWhenPublished() throws Exception {
        mvc.perform(get("/api/v1/pages/about").with(bearer(key)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("About"))
                .andExpect(jsonPath("$.language").value("en"))
                .andExpect(jsonPath("$.url").value("https://blog.example/about"))
                .andExpect(jsonPath("$.html").value(containsString("We run.")));
        mvc.perform(get("/api/v1/pages/plans").with(bearer(key)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("There is no published page with the slug \"plans\"."));
    }

    @Test
    void categoriesAreEveryOneBySlugAndTagsThoseOfPublishedPosts() throws Exception {
        mvc.perform(get("/api/v1/categories").with(bearer(key)))
                .andExpect(jsonPath("$.items[*].slug").value(contains("cycling", "running")))
                .andExpect(jsonPath("$.items[1].postCount").value(1))
                .andExpect(jsonPath("$.items[1].url").value("https://blog.example/categories/running"));
        mvc.perform(get("/api/v1/tags").with(bearer(key)))
                .andExpect(jsonPath("$.items[*].slug").value(contains("trails")))
                .andExpect(jsonPath("$.items[0].postCount").value(1));
    }

    @Test
    void anAuthorsProfileIsShownByIdAndAnUnknownOneIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/authors/" + ada).with(bearer(key)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Ada Lovelace"))
                .andExpect(jsonPath("$.url").value("https://blog.example/authors/" + ada))
                .andExpect(jsonPath("$.postsUrl").value("https://blog.example/api/v1/posts?author=" + ada));
        mvc.perform(get("/api/v1/authors/" + UUID.randomUUID()).with(bearer(key))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/authors/not-an-id").with(bearer(key)))
                .andExpect(status().isNotFound()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void searchFindsPublishedPostsWithMarkedSnippets() throws Exception {
        mvc.perform(get("/api/v1/search").param("q", "body").with(bearer(key)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.query").value("body"))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.items[0].snippetHtml").value(containsString("<mark>")))
                .andExpect(jsonPath("$.next").value(nullValue()));
    }

    @Test
    void aSearchWithoutWordsOrWithTooManyIsABadRequest() throws Exception {
        mvc.perform(get("/api/v1/search").with(bearer(key)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Say what to search for in the parameter \"q\"."));
        mvc.perform(get("/api/v1/search").param("q", "a b c d e f g h i j").with(bearer(key)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Search for at most")));
    }

    @Test
    void problemsAreWrittenInEnglishWhateverTheSitesLanguage() throws Exception {
        settings.save(TestAccounts.person(jdbc, "Root", Role.ADMIN).actor(), new ChangeSettings("Inkwell", null, "de",
                "Europe/Berlin", 10, true, null, null, null, false, settings.stored().version()));

        mvc.perform(get("/api/v1/search").param("q", "a b c d e f g h i j").with(bearer(key)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Search for at most")));
        mvc.perform(get("/api/v1/posts/nothing-here").with(bearer(key)))
                .andExpect(jsonPath("$.detail").value("There is no published post with the slug \"nothing-here\"."));
    }

    @Test
    void listingsAndSearchArePagedByTheirNextCursor() throws Exception {
        String page1 = mvc.perform(get("/api/v1/posts?limit=1").with(bearer(key)))
                .andExpect(jsonPath("$.items[*].slug").value(contains("second-wind")))
                .andReturn().getResponse().getContentAsString();
        String next = JsonPath.read(page1, "$.next");
        mvc.perform(get("/api/v1/posts").param("limit", "1").param("cursor", next).with(bearer(key)))
                .andExpect(jsonPath("$.items[*].slug").value(contains("first-steps")))
                .andExpect(jsonPath("$.next").value(nullValue()));

        String categories = mvc.perform(get("/api/v1/categories?limit=1").with(bearer(key))).andReturn().getResponse().getContentAsString();
        mvc.perform(get("/api/v1/categories").param("cursor", (String) JsonPath.read(categories, "$.next")).with(bearer(key)))
                .andExpect(jsonPath("$.items[*].slug").value(contains("running")));

        String search = mvc.perform(get("/api/v1/search?q=body&limit=1").with(bearer(key))).andReturn().getResponse().getContentAsString();
        mvc.perform(get("/api/v1/search").param("q", "body").param("cursor", (String) JsonPath.read(search, "$.next")).with(bearer(key)))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.next").value(nullValue()));
    }

    @Test
    void aLimitOutOfRangeIsClampedAndOneThatIsNoNumberIsABadRequest() throws Exception {
        mvc.perform(get("/api/v1/posts?limit=0").with(bearer(key))).andExpect(jsonPath("$.items", hasSize(1)));
        mvc.perform(get("/api/v1/posts?limit=5000").with(bearer(key))).andExpect(jsonPath("$.items", hasSize(2)));
        mvc.perform(get("/api/v1/posts?limit=ten").with(bearer(key)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The parameter \"limit\" is not a whole number."));
    }

    @Test
    void anUnknownCategoryOrTagIsNotFoundAndTwoFiltersAtOnceAreABadRequest() throws Exception {
        mvc.perform(get("/api/v1/posts?category=nope").with(bearer(key)))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.detail").value(containsString("no category")));
        mvc.perform(get("/api/v1/posts?tag=unused").with(bearer(key)))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.detail").value(containsString("No published post has a tag")));
        mvc.perform(get("/api/v1/posts?category=running&tag=trails").with(bearer(key)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("one of category, tag or author")));
        mvc.perform(get("/api/v1/posts?author=nobody").with(bearer(key)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("an author's id")));
    }

    @Test
    void anUnknownEndpointAndAWriteAreProblemsNotPages() throws Exception {
        mvc.perform(get("/api/v1/comments").with(bearer(key)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("no such endpoint")));
        mvc.perform(post("/api/v1/posts").with(bearer(key)))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", containsString("GET")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("read-only")));
    }

    @Test
    void theKeyMayComeInItsOwnHeaderAndItsUseIsRecorded() throws Exception {
        mvc.perform(get("/api/v1/tags").header("Inkwell-Api-Key", key)).andExpect(status().isOk());

        assertThat(jdbc.queryForObject("select last_used_at is not null from api_keys", Boolean.class)).isTrue();
    }

    @Test
    void answersCarryCacheControlAndNoSessionCookie() throws Exception {
        mvc.perform(get("/api/v1/posts").with(bearer(key)))
                .andExpect(header().string("Cache-Control", "max-age=60, private"))
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(result -> assertThat(result.getRequest().getSession(false)).isNull());
    }
}
