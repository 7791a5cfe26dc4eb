package io.inkwell.comments.internal;

import static io.inkwell.comments.CommentLimits.TEXT_MAX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.comments.CommentRejectedException;
import io.inkwell.comments.CommentRejectedException.Reason;
import org.junit.jupiter.api.Test;

class CommentTextTest {

    @Test
    void markupInACommentIsShownAsText() {
        String html = CommentText.toHtml("<script>alert('x')</script><img src=x onerror=alert(1)> & \"quoted\"");

        assertThat(html).isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot;");
    }

    @Test
    void charactersTextCannotHoldAreDroppedAndLineBreaksNormalised() {
        assertThat(CommentText.clean(" Hi\u0000 there\uFFFF\r\nbye\u0001 ")).isEqualTo("Hi there\nbye");
        assertThatThrownBy(() -> CommentText.clean("\u0000\uFFFF")).isInstanceOf(CommentRejectedException.class);
    }

    @Test
    void lineBreaksAreKept() {
        assertThat(CommentText.toHtml("one\ntwo\n\nthree")).isEqualTo("one<br>\ntwo<br>\n<br>\nthree");
    }

    @Test
    void httpLinksBecomeNofollowAnchorsWithoutTheSentencesFullStop() {
        String html = CommentText.toHtml("See https://example.com/a?b=1&c=2. Or http://x.org");

        assertThat(html).isEqualTo("See <a href=\"https://example.com/a?b=1&amp;c=2\" rel=\"nofollow ugc\">https://example.com/a?b=1&amp;c=2</a>."
                + " Or <a href=\"http://x.org\" rel=\"nofollow ugc\">http://x.org</a>");
    }

    @Test
    void aLinkCannotBreakOutOfItsAttribute() {
        String html = CommentText.toHtml("https://evil.example/\"onmouseover=\"alert(1) <b>");

        assertThat(html).startsWith("<a href=\"https://evil.example/\" rel=\"nofollow ugc\">https://evil.example/</a>&quot;onmouseover")
                .doesNotContain("<b>");
    }

    @Test
    void otherSchemesAndBareSchemesStayText() {
        assertThat(CommentText.toHtml("javascript:alert(1) ftp://x http://")).isEqualTo("javascript:alert(1) ftp://x http://");
    }

    @Test
    void cleaningTrimsAndNormalisesLineBreaks() {
        assertThat(CommentText.clean("  hello\r\nworld \n")).isEqualTo("hello\nworld");
    }

    @Test
    void emptyAndBlankCommentsAreRefused() {
        assertThatThrownBy(() -> CommentText.clean("  \n "))
                .isInstanceOfSatisfying(CommentRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_CONTENT));
        assertThatThrownBy(() -> CommentText.clean(null)).isInstanceOf(CommentRejectedException.class);
    }

    @Test
    void fiveThousandCharactersAreAllowedAndOneMoreIsNot() {
        assertThat(CommentText.clean("x".repeat(TEXT_MAX))).hasSize(TEXT_MAX);
        assertThatThrownBy(() -> CommentText.clean("x".repeat(TEXT_MAX + 1)))
                .isInstanceOf(CommentRejectedException.class)
                .hasMessage("A comment can be at most 5,000 characters long.");
    }
}
