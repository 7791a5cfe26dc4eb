package io.inkwell.posts.internal;

import static io.inkwell.posts.internal.PostRowValues.publishedIn;
import static io.inkwell.posts.test.PostRows.publishedPageIn;
import static io.inkwell.users.test.UserRows.author;
import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.db.test.StatementPlans;
import io.inkwell.posts.PostsTestApplication;
import io.inkwell.settings.SiteLanguage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Search in two languages on the real text search configurations: each post is indexed by the rules of its own
 * language, the query is read by the rules of the language the service passes (the site's), and snippets mark the
 * word forms of the post's language. The German words are chosen so that the English rules would miss them:
 * "Häusern" and "Häuser" are both 'haus' in German, but stay as they are in English.
 */
@SpringBootTest(classes = PostsTestApplication.class)
@Transactional
class SearchLanguageMapperTest {

    private static final Instant MARCH = Instant.parse("2026-03-01T10:00:00Z");

    @Autowired
    PostMapper posts;

    @Autowired
    PageMapper pages;

    @Autowired
    SqlSessionFactory sessions;

    @Autowired
    JdbcTemplate jdbc;

    UUID ada;

    @BeforeEach
    void givenAnAuthorAndNoPosts() {
        jdbc.update("delete from posts");
        jdbc.update("delete from pages");
        ada = author(jdbc, "Ada");
    }

    @Test
    void aGermanPostIsFoundByGermanInflectionsAndItsSnippetMarksThem() {
        posts.insert(publishedIn("de", ada, "Wohnen am See", "wohnen-am-see", MARCH, "Wir wohnen in alten Häusern am See."));

        List<SearchRow> hits = posts.search("de", "Häuser", 10, 0);

        assertThat(hits).extracting(SearchRow::title).containsExactly("Wohnen am See");
        assertThat(hits.get(0).headline()).contains(SearchSnippets.START + "Häusern" + SearchSnippets.STOP);
        assertThat(posts.search("de", "Haus", 10, 0)).hasSize(1);
        assertThat(posts.countSearchHits("de", "Häuser", 10)).isEqualTo(1);
    }

    @Test
    void anEnglishPostIsFoundByEnglishFormsAndItsSnippetMarksThem() {
        posts.insert(publishedIn("en", ada, "Mornings", "mornings", MARCH, "She runs along the lake every morning."));

        List<SearchRow> hits = posts.search("en", "running", 10, 0);

        assertThat(hits).extracting(SearchRow::title).containsExactly("Mornings");
        assertThat(hits.get(0).headline()).contains(SearchSnippets.START + "runs" + SearchSnippets.STOP);
        assertThat(posts.countSearchHits("en", "run", 10)).isEqualTo(1);
    }

    @Test
    void eachPostIsIndexedByTheRulesOfItsOwnLanguage() {
        posts.insert(publishedIn("de", ada, "Auf Deutsch", "auf-deutsch", MARCH, "Alte Häusern"));
        posts.insert(publishedIn("en", ada, "In English", "in-english", MARCH.plusSeconds(60), "Alte Häusern"));

        assertThat(posts.search("de", "Haus", 10, 0)).extracting(SearchRow::title).containsExactly("Auf Deutsch");
        assertThat(posts.search("en", "Häusern", 10, 0)).extracting(SearchRow::title).containsExactly("In English");
    }

    @Test
    void changingAPostsLanguageReIndexesIt() {
        PostRow post = publishedIn("en", ada, "Wohnen", "wohnen", MARCH, "Wir wohnen in alten Häusern.");
        posts.insert(post);
        assertThat(posts.search("de", "Häuser", 10, 0)).as("indexed by the English rules").isEmpty();

        posts.update(new PostRow(post.id(), ada, post.title(), post.slug(), post.content(), post.contentHtml(), null, null,
                post.status(), 0, post.publishedAt(), 0, null, null, null, null, false, "de"));

        assertThat(posts.selectById(post.id()).orElseThrow().language()).isEqualTo("de");
        assertThat(posts.search("de", "Häuser", 10, 0)).extracting(SearchRow::title).containsExactly("Wohnen");
    }

    @Test
    void pagesAreFoundByTheWordFormsOfTheirLanguageToo() {
        publishedPageIn(jdbc, "de", "Impressum", "impressum", "Unsere Häusern stehen am See.", MARCH);
        publishedPageIn(jdbc, "en", "About", "about", "Our runs around the lake.", MARCH);

        List<PageSearchRow> german = pages.search("de", "Häuser", 3);

        assertThat(german).extracting(PageSearchRow::slug).containsExactly("impressum");
        assertThat(german.get(0).headline()).contains(SearchSnippets.START + "Häusern" + SearchSnippets.STOP);
        assertThat(pages.search("en", "running", 3)).extracting(PageSearchRow::slug).containsExactly("about");
        assertThat(pages.selectPublishedBySlug("impressum").orElseThrow().language()).isEqualTo("de");
    }

    /** A language added to SiteLanguage needs its configuration and its code in the schema's checks (V129). */
    @Test
    void everyLanguageTheSiteOffersIsStoredWithATextSearchConfigurationOfItsOwn() {
        for (SiteLanguage language : SiteLanguage.values()) {
            String code = language.code();
            posts.insert(publishedIn(code, ada, "In " + code, "in-" + code, MARCH, "Text"));
            publishedPageIn(jdbc, code, "In " + code, "in-" + code, "Text", MARCH);

            assertThat(jdbc.queryForObject("select text_search_configuration(?)::text", String.class, code))
                    .as(code).isNotNull().isNotEqualTo("simple");
        }
        assertThat(jdbc.queryForObject("select count(distinct text_search_configuration(language)) from posts", Integer.class))
                .isEqualTo(SiteLanguage.values().length);
    }

    /**
     * The query's language is one value for the whole statement, so a rare word is looked up in post_search_words_idx
     * whichever language it is read in (a configuration taken from each row would rule the index out).
     */
    @Test
    void aRareWordIsLookedUpInTheSearchIndexInEitherLanguage() {
        publishTwoThousandPostsAboutTea();
        posts.insert(publishedIn("de", ada, "Wohnen", "wohnen", MARCH, "Wir wohnen in alten Häusern."));
        posts.insert(publishedIn("en", ada, "Mornings", "mornings", MARCH, "She runs along the lake."));
        // As autovacuum leaves a table: new entries moved from the GIN index's pending list into the index proper,
        // and statistics that tell a rare word from a common one.
        jdbc.queryForObject("select gin_clean_pending_list('post_search_words_idx')", Long.class);
        jdbc.execute("analyze post_search");

        for (Map<String, Object> search : List.of(Map.<String, Object>of("language", "de", "query", "Häuser"),
                Map.<String, Object>of("language", "en", "query", "running"))) {
            Map<String, Object> parameters = Map.of("language", search.get("language"), "query", search.get("query"),
                    "limit", 11, "offset", 0L, "cap", 401);

            assertThat(StatementPlans.planWithBitmapScans(sessions, jdbc, PostMapper.class, "search", parameters))
                    .as("search in " + search.get("language")).contains("post_search_words_idx");
            assertThat(StatementPlans.planWithBitmapScans(sessions, jdbc, PostMapper.class, "countSearchHits", parameters))
                    .as("count in " + search.get("language")).contains("post_search_words_idx");
        }
    }
    /**
     * A word in every post is found by walking post_search's newest first and testing each row's inline vector,
     * stopping at the candidates' cap; posts is read by primary key for the page's rows only.
     */
    @Test
    void aCommonWordWalksTheNewestSearchRowsAndReadsPostsOnlyForThePage() {
        publishTwoThousandPostsAboutTea();
        jdbc.execute("analyze post_search");
        Map<String, Object> parameters = Map.of("language", "en", "query", "tea", "limit", 11, "offset", 0L);

        String plan = StatementPlans.planWithBitmapScans(sessions, jdbc, PostMapper.class, "search", parameters);

        assertThat(plan).contains("Index Scan using post_search_newest_idx on post_search")
                .contains("Index Scan using posts_pkey on posts").doesNotContain("Seq Scan").doesNotContain("Bitmap");
        assertThat(posts.search("en", "tea", 11, 0)).hasSize(11).extracting(SearchRow::matches).containsOnly(401L);
    }

    /** Published an hour apart, newest first, every other one in German: "tea" is in all of them. */
    private void publishTwoThousandPostsAboutTea() {
        jdbc.update("""
                insert into posts (author_id, title, slug, content, status, published_at, language)
                select ?, 'Post ' || n, 'post-' || n, 'Common words about tea and coffee, number ' || n, 'published',
                       now() - n * interval '1 hour', case when n % 2 = 0 then 'de' else 'en' end
                  from generate_series(1, 2000) n""", ada);
    }
}
