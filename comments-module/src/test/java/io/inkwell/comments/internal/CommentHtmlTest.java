package io.inkwell.comments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class CommentHtmlTest {

    private final CommentHtml html = new CommentHtml();
    private final UUID comment = UUID.randomUUID();

    @Test
    void aCommentsHtmlIsMadeOnceAndTheSameStringServedAgain() {
        String first = html.of(comment, "See https://example.com & <b>this</b>");

        assertThat(first).isEqualTo(CommentText.toHtml("See https://example.com & <b>this</b>"));
        assertThat(html.of(comment, new String("See https://example.com & <b>this</b>"))).isSameAs(first);
    }

    @Test
    void anEditedTextGetsNewHtmlAtOnce() {
        html.of(comment, "before <i>");

        assertThat(html.of(comment, "after <b>")).isEqualTo("after &lt;b&gt;");
        assertThat(html.of(comment, "before <i>")).isEqualTo("before &lt;i&gt;");
    }

    @Test
    void twoCommentsWithTheSameTextAreKeptApart() {
        UUID other = UUID.randomUUID();
        html.of(comment, "same");

        assertThat(html.of(other, "same")).isEqualTo("same");
        assertThat(html.of(comment, "changed")).isEqualTo("changed");
        assertThat(html.of(other, "same")).isEqualTo("same");
    }
}
