package io.inkwell.posts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.settings.SiteLanguage;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SearchHeadlinesTest {

    private static final char START = SearchSnippets.START;
    private static final char STOP = SearchSnippets.STOP;

    private static SearchHitWords english(String tsquery) {
        return SearchHitWords.of(tsquery, SiteLanguage.ENGLISH);
    }

    /** "w0 w1 … w(n-1)" with the given words put in at the given places. */
    private static String words(int count, int at, String word) {
        return IntStream.range(0, count).mapToObj(i -> i == at ? word : "w" + i).collect(Collectors.joining(" "));
    }

    @Test
    void aShortTextIsShownWholeWithItsHitsMarked() {
        String headline = SearchHeadlines.of("She runs along the lake; she ran again.", english("'run'"),
                SearchHeadlines.POSTS);

        assertThat(headline).isEqualTo("She " + START + "runs" + STOP + " along the lake; she ran again.");
    }

    @Test
    void aHitFarIntoTheTextIsShownWithAFewWordsBeforeIt() {
        String headline = SearchHeadlines.of(words(300, 150, "tea"), english("'tea'"), SearchHeadlines.POSTS);

        assertThat(headline).startsWith("… w146 w147 w148 w149 " + START + "tea" + STOP + " w151")
                .endsWith(" …");
        assertThat(headline.split(" ")).hasSize(2 + SearchHeadlines.POSTS.words());
    }

    @Test
    void hitsTooFarApartForOnePassageGetTwoInTheOrderOfTheText() {
        String text = words(300, 40, "tea").replace("w250", "tea");

        String headline = SearchHeadlines.of(text, english("'tea'"), SearchHeadlines.POSTS);

        assertThat(headline).contains(START + "tea" + STOP + " w41", "w249 " + START + "tea" + STOP)
                .contains(" … ");
        assertThat(headline.indexOf("w41")).isLessThan(headline.indexOf("w249"));
    }

    @Test
    void passagesThatMeetAreShownAsOneStretch() {
        String text = words(300, 40, "tea").replace("w55", "tea").replace("w250", "tea");

        String headline = SearchHeadlines.of(text, english("'tea'"), SearchHeadlines.POSTS);

        assertThat(headline).contains(START + "tea" + STOP + " w41", "w53 w54 " + START + "tea" + STOP)
                .doesNotContain(" … w");
    }

    @Test
    void aPassageWithMoreOfTheQueryWordsIsPreferredToAnEarlierOne() {
        String text = words(300, 10, "tea").replace("w200", "tea").replace("w203", "cakes");

        String headline = SearchHeadlines.of(text, english("'tea' & 'cake'"), SearchHeadlines.PAGES);

        assertThat(headline).contains(START + "tea" + STOP + " w201 w202 " + START + "cakes" + STOP)
                .doesNotContain("w10 ");
    }

    @Test
    void withoutAHitInTheTextItsFirstWordsAreShown() {
        String headline = SearchHeadlines.of(words(100, -1, ""), english("'tea'"), SearchHeadlines.PAGES);

        assertThat(headline).startsWith("w0 w1 w2").endsWith("w24 …").doesNotContain(String.valueOf(START));
    }

    @Test
    void whiteSpaceRunsBecomeOneSpaceAndMarkersInTheTextAreDropped() {
        String headline = SearchHeadlines.of("## Tea\n\n  is \u0001served\u0002 hot", english("'tea'"),
                SearchHeadlines.POSTS);

        assertThat(headline).isEqualTo(START + "Tea" + STOP + " is served hot");
        assertThat(SearchSnippets.toHtml(headline)).isEqualTo("<mark>Tea</mark> is served hot");
    }

    @Test
    void punctuationClingingToAPassagesEndsIsKept() {
        String headline = SearchHeadlines.of("He said \"tea, please.\" Then left", english("'tea'"),
                new SearchHeadlines.Shape(2, 1));

        assertThat(headline).isEqualTo("… \"" + START + "tea" + STOP + ", please.\" …");
    }

    @Test
    void nothingToShowIsAnEmptyHeadline() {
        assertThat(SearchHeadlines.of(null, english("'tea'"), SearchHeadlines.POSTS)).isEmpty();
        assertThat(SearchHeadlines.of("", english("'tea'"), SearchHeadlines.POSTS)).isEmpty();
        assertThat(SearchHeadlines.of(" — … ", english("'tea'"), SearchHeadlines.POSTS)).isEmpty();
    }

    @Test
    void lettersBeyondTheBasicPlaneAreWordsToo() {
        String headline = SearchHeadlines.of("tea \uD835\uDC9C\uD835\uDC9D tea", english("'tea'"), SearchHeadlines.POSTS);

        assertThat(headline).isEqualTo(START + "tea" + STOP + " \uD835\uDC9C\uD835\uDC9D " + START + "tea" + STOP);
    }
}
