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
    void noHeadlineIsAnEmptySnippet() {
        assertThat(SearchSnippets.toHtml(null)).isEmpty();
    }
}
