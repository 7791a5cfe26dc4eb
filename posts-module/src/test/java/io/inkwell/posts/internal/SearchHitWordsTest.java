package io.inkwell.posts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.posts.PostsTestApplication;
import io.inkwell.settings.SiteLanguage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The words a snippet marks are the words PostgreSQL's configurations match: every word below is read by
 * websearch_to_tsquery on the real server and must be a hit in the same word as written, in each language, and
 * the query's negated words never are.
 */
@SpringBootTest(classes = PostsTestApplication.class)
class SearchHitWordsTest {

    private static final List<String> ENGLISH = List.of("running", "runs", "prepared", "preparing", "happily",
            "skies", "dying", "news", "generously", "configuration", "hosted", "Ubuntu", "café", "2024", "ipv6",
            "Yesterday", "agreed", "feed", "cats", "ponies", "relational", "conditionally");
    private static final List<String> GERMAN = List.of("Häusern", "Häuser", "Äpfel", "Straße", "laufen",
            "Büchern", "Übungen", "schönsten", "Mädchen", "fahrenden", "2024");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyWordIsAHitOfItsOwnQueryAsPostgresReadsIt() {
        assertEachWordIsItsOwnHit("english", SiteLanguage.ENGLISH, ENGLISH);
        assertEachWordIsItsOwnHit("german", SiteLanguage.GERMAN, GERMAN);
    }

    private void assertEachWordIsItsOwnHit(String configuration, SiteLanguage language, List<String> words) {
        for (String word : words) {
            String query = jdbc.queryForObject("select websearch_to_tsquery(?::regconfig, ?)::text", String.class,
                    configuration, word);
            SearchHitWords hits = SearchHitWords.of(query, language);
            String text = "Before " + word + " after";
            assertThat(hits.lexemeOf(text, 7, 7 + word.length())).as("%s in %s (%s)", word, configuration, query)
                    .isZero();
        }
    }

    @Test
    void aWordIsAHitOnlyWhereItsStemIsAQueryLexeme() {
        SearchHitWords hits = SearchHitWords.of("'run' & 'lake'", SiteLanguage.ENGLISH);
        String text = "She runs along the lake; a runner rests.";

        assertThat(hits.lexemeOf(text, 4, 8)).isZero();
        assertThat(hits.lexemeOf(text, 19, 23)).isEqualTo(1);
        assertThat(hits.lexemeOf(text, 9, 14)).isEqualTo(-1);
        assertThat(hits.lexemeOf(text, 27, 33)).as("runner is 'runner', not 'run'").isEqualTo(-1);
        assertThat(hits.lexemeCount()).isEqualTo(2);
    }

    @Test
    void negatedLexemesAreNeverWanted() {
        String query = jdbc.queryForObject("select websearch_to_tsquery('english', ?)::text", String.class,
                "tea -coffee -\"green leaves\" cakes or scones");

        assertThat(SearchHitWords.wantedLexemes(query)).containsExactly("tea", "cake", "scone");
        assertThat(SearchHitWords.wantedLexemes("!!'twice' & !('a' | !'b') & 'c'")).containsExactly("twice", "c");
    }

    /** PostgreSQL's parser never leaves a quote in a word, but a tsquery's text may carry one, doubled. */
    @Test
    void aQuoteInsideALexemeIsRead() {
        assertThat(SearchHitWords.wantedLexemes("'it''s' & 'fine'")).containsExactly("it's", "fine");
    }

    @Test
    void anEmptyOrMissingQueryWantsNothing() {
        assertThat(SearchHitWords.of(null, SiteLanguage.ENGLISH).lexemeCount()).isZero();
        assertThat(SearchHitWords.of("", SiteLanguage.GERMAN).lexemeOf("Haus", 0, 4)).isEqualTo(-1);
    }
}
