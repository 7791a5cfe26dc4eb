package io.inkwell.posts.internal;

import static io.inkwell.posts.internal.PostRowValues.publishedWith;
import static io.inkwell.users.test.UserRows.author;
import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.db.PageRequest;
import io.inkwell.posts.PostReading;
import io.inkwell.posts.PostsTestApplication;
import io.inkwell.posts.SearchResults;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** One search is bounded work: its terms, the text its snippets are made from, the snippet itself. */
@SpringBootTest(classes = PostsTestApplication.class)
@Transactional
class SearchBoundsTest {

    @Autowired
    PostReading queries;

    @Autowired
    PostMapper posts;

    @Autowired
    JdbcTemplate jdbc;

    UUID ada;

    @BeforeEach
    void givenAnAuthor() {
        jdbc.update("delete from posts");
        ada = author(jdbc, "Ada");
    }

    @Test
    void moreTermsThanTheLimitAreExplainedAndNotSearched() {
        posts.insert(publishedWith(ada, "Words", "words", Instant.now(), "one two three four five six seven eight nine"));

        SearchResults tooMany = queries.search("one or two or three or four or five", PageRequest.first(10));
        SearchResults enough = queries.search("one or two or three or four", PageRequest.first(10));

        assertThat(tooMany.problem().english()).contains("at most " + SearchResults.MAX_TERMS + " words");
        assertThat(tooMany.hits()).isEmpty();
        assertThat(tooMany.query()).isEqualTo("one or two or three or four or five");
        assertThat(enough.problem()).isNull();
        assertThat(enough.hits()).hasSize(1);
    }

    @Test
    void quotedPhrasesCountWordByWord() {
        assertThat(SearchTerms.count("\"one two three\" -four or five")).isEqualTo(6);
        assertThat(SearchTerms.count("  \"  \" - ")).isZero();
        assertThat(SearchTerms.of("a b c d e f g h").problem()).isNull();
        assertThat(SearchTerms.of("a b c d e f g h i").problem()).isNotNull();
    }

    @Test
    void markerCharactersInAPostCannotForgeHighlights() {
        // Written past the services' cleaning, as text stored before it could be.
        posts.insert(publishedWith(ada, "Forged", "forged", Instant.now(),
                "\u0002</p> \u0001evil\u0001 <b>bold</b> fish & chips and the word target here \u0002\u0002"));

        SearchResults results = queries.search("target", PageRequest.first(10));

        String snippet = results.hits().get(0).snippetHtml();
        assertThat(snippet).contains("<mark>target</mark>").contains("evil", "fish &amp; chips")
                .doesNotContain("<mark>evil", "<b>", "</p>");
        assertThat(count(snippet, "<mark>")).isEqualTo(count(snippet, "</mark>")).isEqualTo(1);
    }

    @Test
    void snippetsComeFromTheStartOfAVeryLongPost() {
        String longText = "filler ".repeat(4000) + "needle";
        posts.insert(publishedWith(ada, "Long", "long", Instant.now(), longText));

        SearchResults results = queries.search("needle", PageRequest.first(10));

        assertThat(results.hits()).as("found by the whole text").hasSize(1);
        assertThat(results.hits().get(0).snippetHtml()).as("the snippet is made from the first 20,000 characters")
                .doesNotContain("<mark>").hasSizeLessThanOrEqualTo(SearchSnippets.MAX_LENGTH + 1);
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
