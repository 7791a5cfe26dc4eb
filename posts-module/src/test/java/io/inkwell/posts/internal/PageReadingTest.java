package io.inkwell.posts.internal;

import static io.inkwell.posts.test.PostRows.draftPage;
import static io.inkwell.posts.test.PostRows.publishedPage;
import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.posts.PageHit;
import io.inkwell.posts.PageReading;
import io.inkwell.posts.PostsTestApplication;
import io.inkwell.posts.SitemapEntry;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** What readers get of pages: published ones only, search hits with safe snippets, bounded reads. */
@SpringBootTest(classes = PostsTestApplication.class)
@Transactional
class PageReadingTest {

    private static final Instant MARCH = Instant.parse("2026-03-01T10:00:00Z");

    @Autowired
    PageReading pages;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void givenNoPages() {
        jdbc.update("delete from pages");
    }

    @Test
    void aPublishedPageIsReadWithEverythingItsReaderSees() {
        publishedPage(jdbc, "About", "about", "We brew tea", MARCH);

        assertThat(pages.published("about")).hasValueSatisfying(page -> {
            assertThat(page.title()).isEqualTo("About");
            assertThat(page.slug()).isEqualTo("about");
            assertThat(page.contentHtml()).isEqualTo("<p>We brew tea</p>");
            assertThat(page.excerpt()).isEqualTo("We brew tea");
            assertThat(page.publishedAt()).isEqualTo(MARCH);
            assertThat(page.updatedAt()).isNotNull();
        });
    }

    @Test
    void searchShowsAtMostThreePagesWithEscapedSnippetsMarkingTheHits() {
        for (int i = 1; i <= 5; i++) {
            publishedPage(jdbc, "Tea " + i, "tea-" + i, "All about tea < cakes & more", MARCH);
        }

        List<PageHit> hits = pages.search("tea", 10);

        assertThat(hits).hasSize(PageReading.MAX_SEARCH_HITS);
        assertThat(hits.get(0).snippetHtml()).contains("<mark>tea</mark> &lt; cakes &amp; more");
    }

    @Test
    void draftsAndWhatTheSearchRulesRefuseFindNothing() {
        draftPage(jdbc, "Secret", "secret", "Unpublished plans");

        assertThat(pages.search("plans", 3)).isEmpty();
        assertThat(pages.search("", 3)).isEmpty();
        assertThat(pages.search(null, 3)).isEmpty();
        assertThat(pages.search("a b c d e f g h i", 3)).as("more words than a search takes").isEmpty();
        assertThat(pages.search("plans", 0)).isEmpty();
    }

    @Test
    void theSitemapReadIsBoundedWhateverIsAskedFor() {
        publishedPage(jdbc, "About", "about", "Text", MARCH);

        assertThat(pages.sitemap(0)).extracting(SitemapEntry::slug).containsExactly("about");
        assertThat(pages.sitemap(Integer.MAX_VALUE)).hasSize(1);
    }
}
