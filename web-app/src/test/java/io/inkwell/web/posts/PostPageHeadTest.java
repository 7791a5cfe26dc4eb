package io.inkwell.web.posts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.posts.test.PostRows;
import io.inkwell.users.test.UserRows;
import io.inkwell.web.support.WebTest;
import io.inkwell.web.support.WebTestData;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a post page's head tells search engines and link previews, read as they read it. */
@WebTest
class PostPageHeadTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    UUID ada;

    @BeforeEach
    void givenAnAuthor() {
        ada = UserRows.author(jdbc, "Ada Lovelace");
    }

    private UUID post(String title, String slug) {
        return WebTestData.publishedPost(jdbc, ada, title, slug, Instant.parse("2026-03-01T10:00:00Z"));
    }

    /** Last, since any other change of the post moves its updated_at to now. */
    private void lastChangedOnTheFifth(UUID post) {
        jdbc.update("update posts set updated_at = ? where id = ?", Timestamp.from(Instant.parse("2026-03-05T08:30:00Z")), post);
    }

    private void set(UUID post, String column, Object value) {
        // Column names come from this test only.
        jdbc.update("update posts set " + column + " = ? where id = ?", value, post);
    }

    private Document page(String slug) throws Exception {
        return Jsoup.parse(mvc.perform(get("/posts/" + slug)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private static String meta(Document page, String key) {
        Elements found = page.head().select("meta[property=" + key + "], meta[name=" + key + "]");
        assertThat(found).as(key).hasSizeLessThanOrEqualTo(1);
        return found.isEmpty() ? null : found.first().attr("content");
    }

    private static JsonNode jsonLd(Document page) {
        Elements scripts = page.head().select("script[type=application/ld+json]");
        assertThat(scripts).hasSize(1);
        return JSON.readTree(scripts.first().data());
    }

    @Test
    void openGraphAndTwitterDescribeTheArticleWithAbsoluteAddresses() throws Exception {
        UUID notes = post("Notes on engines", "notes-on-engines");
        set(notes, "featured_image_url", "https://img.example/engine.png");
        lastChangedOnTheFifth(notes);

        Document page = page("notes-on-engines");

        assertThat(page.title()).isEqualTo("Notes on engines · Inkwell");
        assertThat(meta(page, "description")).isEqualTo("About Notes on engines");
        assertThat(meta(page, "og:type")).isEqualTo("article");
        assertThat(meta(page, "og:title")).isEqualTo("Notes on engines");
        assertThat(meta(page, "og:description")).isEqualTo("About Notes on engines");
        assertThat(meta(page, "og:url")).isEqualTo("https://blog.example/posts/notes-on-engines");
        assertThat(meta(page, "og:site_name")).isEqualTo("Inkwell");
        assertThat(meta(page, "og:image")).isEqualTo("https://img.example/engine.png");
        assertThat(meta(page, "article:published_time")).isEqualTo("2026-03-01T10:00:00Z");
        assertThat(meta(page, "article:modified_time")).isEqualTo("2026-03-05T08:30:00Z");
        assertThat(meta(page, "article:author")).isEqualTo("https://blog.example/authors/" + ada);
        assertThat(meta(page, "twitter:card")).isEqualTo("summary_large_image");
        assertThat(meta(page, "twitter:title")).isEqualTo("Notes on engines");
        assertThat(meta(page, "twitter:image")).isEqualTo("https://img.example/engine.png");
        assertThat(meta(page, "robots")).as("an ordinary post is for indexing").isNull();
        assertThat(page.head().select("link[rel=canonical]").attr("href")).isEqualTo("https://blog.example/posts/notes-on-engines");
    }

    @Test
    void withoutAnImageTheCardIsASummaryAndNoImageIsNamed() throws Exception {
        post("Plain", "plain");

        Document page = page("plain");

        assertThat(meta(page, "twitter:card")).isEqualTo("summary");
        assertThat(meta(page, "og:image")).isNull();
        assertThat(meta(page, "twitter:image")).isNull();
        assertThat(jsonLd(page).has("image")).isFalse();
    }

    @Test
    void theJsonLdIsABlogPostingWithAuthorDatesImageAndPublisher() throws Exception {
        UUID notes = post("Notes on engines", "notes-on-engines");
        set(notes, "featured_image_url", "https://img.example/engine.png");
        lastChangedOnTheFifth(notes);

        JsonNode posting = jsonLd(page("notes-on-engines"));

        assertThat(posting.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(posting.get("@type").asString()).isEqualTo("BlogPosting");
        assertThat(posting.get("headline").asString()).isEqualTo("Notes on engines");
        assertThat(posting.get("description").asString()).isEqualTo("About Notes on engines");
        assertThat(posting.get("datePublished").asString()).isEqualTo("2026-03-01T10:00:00Z");
        assertThat(posting.get("dateModified").asString()).isEqualTo("2026-03-05T08:30:00Z");
        assertThat(posting.get("image").asString()).isEqualTo("https://img.example/engine.png");
        assertThat(posting.at("/author/@type").asString()).isEqualTo("Person");
        assertThat(posting.at("/author/name").asString()).isEqualTo("Ada Lovelace");
        assertThat(posting.at("/author/url").asString()).isEqualTo("https://blog.example/authors/" + ada);
        assertThat(posting.at("/mainEntityOfPage/@type").asString()).isEqualTo("WebPage");
        assertThat(posting.at("/mainEntityOfPage/@id").asString()).isEqualTo("https://blog.example/posts/notes-on-engines");
        assertThat(posting.at("/publisher/@type").asString()).isEqualTo("Organization");
        assertThat(posting.at("/publisher/name").asString()).isEqualTo("Inkwell");
        assertThat(posting.at("/publisher/url").asString()).isEqualTo("https://blog.example/");
    }

    @Test
    void aTitleThatClosesTheScriptCannotBreakOutOfTheJsonLd() throws Exception {
        String hostile = "</script><script>alert(1)</script><!-- \u2028\u2029 & \"quoted\" </SCRIPT >";
        post(hostile, "hostile");

        String html = mvc.perform(get("/posts/hostile")).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);

        assertThat(jsonLd(page).get("headline").asString()).isEqualTo(hostile);
        assertThat(page.select("script")).as("no script but the JSON-LD block")
                .allSatisfy(script -> assertThat(script.attr("type")).isEqualTo("application/ld+json"));
        String block = html.substring(html.indexOf("application/ld+json"));
        block = block.substring(0, block.indexOf("</script>"));
        assertThat(block).doesNotContain("<", "\u2028", "\u2029").contains("\\u003C/script\\u003E", "\\u2028");
    }

    @Test
    void theAuthorsSearchEngineTitleAndDescriptionReplaceTitleAndExcerpt() throws Exception {
        UUID notes = post("Notes on engines", "notes-on-engines");
        set(notes, "seo_title", "Analytical engines: a beginner's guide");
        set(notes, "meta_description", "What the analytical engine was, in five minutes.");

        Document page = page("notes-on-engines");

        assertThat(page.title()).isEqualTo("Analytical engines: a beginner's guide");
        assertThat(meta(page, "description")).isEqualTo("What the analytical engine was, in five minutes.");
        assertThat(meta(page, "og:description")).isEqualTo("What the analytical engine was, in five minutes.");
        assertThat(meta(page, "og:title")).as("shares keep the post's headline").isEqualTo("Notes on engines");
        assertThat(jsonLd(page).get("description").asString()).isEqualTo("What the analytical engine was, in five minutes.");
    }

    @Test
    void aPostWithoutExcerptOrDescriptionHasNoDescriptionTags() throws Exception {
        UUID bare = post("Bare", "bare");
        set(bare, "excerpt", null);

        Document page = page("bare");

        assertThat(meta(page, "description")).isNull();
        assertThat(meta(page, "og:description")).isNull();
        assertThat(jsonLd(page).has("description")).isFalse();
    }

    @Test
    void aPostHiddenFromSearchEnginesAsksNotToBeIndexed() throws Exception {
        UUID hidden = post("Hidden", "hidden");
        set(hidden, "hidden_from_search", true);

        assertThat(meta(page("hidden"), "robots")).isEqualTo("noindex");
    }

    @Test
    void everyPageAnnouncesTheSiteFeedAndSectionsTheirOwn() throws Exception {
        UUID notes = post("Notes", "notes");
        PostRows.link(jdbc, notes, PostRows.category(jdbc, "Essays", "essays"));

        for (String path : new String[] {"/", "/posts/notes", "/categories", "/search?q=notes", "/login"}) {
            Document page = Jsoup.parse(mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
            assertThat(page.head().select("link[rel=alternate][type=application/atom+xml]")).as(path)
                    .extracting(link -> link.attr("href")).containsExactly("https://blog.example/feed.xml");
        }
        Document missing = Jsoup.parse(mvc.perform(get("/posts/no-such-post")).andReturn().getResponse().getContentAsString());
        assertThat(missing.head().select("link[rel=alternate], link[rel=canonical]")).as("an error page is no page to follow")
                .isEmpty();
        Document category = Jsoup.parse(mvc.perform(get("/categories/essays")).andReturn().getResponse().getContentAsString());
        assertThat(category.head().select("link[rel=alternate][type=application/atom+xml]"))
                .extracting(link -> link.attr("href"), link -> link.attr("title"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("https://blog.example/feed.xml", "Inkwell"),
                        org.assertj.core.groups.Tuple.tuple("https://blog.example/categories/essays/feed.xml", "Posts in Essays"));
        assertThat(category.body().select("a[href=https://blog.example/categories/essays/feed.xml]")).hasSize(1);
        Document author = Jsoup.parse(mvc.perform(get("/authors/" + ada)).andReturn().getResponse().getContentAsString());
        Element authorFeed = author.head().select("link[rel=alternate][type=application/atom+xml]").last();
        assertThat(authorFeed.attr("href")).isEqualTo("https://blog.example/authors/" + ada + "/feed.xml");
        assertThat(authorFeed.attr("title")).isEqualTo("Posts by Ada Lovelace");
        assertThat(author.body().select("a[href=https://blog.example/authors/" + ada + "/feed.xml]")).hasSize(1);
    }
}
