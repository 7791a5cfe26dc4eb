package io.inkwell.posts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchSnippetsTest {

    @Test
    void textIsEscapedAndOnlyTheMarkersBecomeMarkTags() {
        String headline = "a <script>alert(1)</script> and \u0001running\u0002 & \"more\"";

        String html = SearchSnippets.toHtml(headline);

        assertThat(html).isEqualTo("a &lt;script&gt;alert(1)&lt;/script&gt; and <mark>running</mark> &amp; &quot;more&quot;");
    }

    @Test
    void strayMarkersNeverUnbalanceTheMarkTags() {
        assertThat(SearchSnippets.toHtml("\u0002closed \u0001open \u0001again")).isEqualTo("closed <mark>open again</mark>");
        assertThat(SearchSnippets.toHtml("\u0001a\u0002\u0002 b")).isEqualTo("<mark>a</mark> b");
    }

    @Test
    void aSnippetShowsAtMostItsLength() {
        String html = SearchSnippets.toHtml("\u0001" + "x".repeat(5000) + "\u0002");

        assertThat(html).isEqualTo("<mark>" + "x".repeat(SearchSnippets.MAX_LENGTH) + "…</mark>");
    }

    @Test
    void noHeadlineIsAnEmptySnippet() {
        assertThat(SearchSnippets.toHtml(null)).isEmpty();
    }
}
