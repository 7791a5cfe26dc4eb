package io.inkwell.posts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportedHtmlTest {

    private final ImportedHtml importedHtml = new ImportedHtml(new ContentRenderer());

    @Test
    void plainParagraphsHeadingsListsAndLinksBecomeMarkdown() {
        ImportedHtml.Converted converted = importedHtml.convert("""
                <h2>Getting there</h2>
                <p>Take the <strong>train</strong> to <a href="https://example.com/town">the town</a>.</p>
                <ul><li>tea</li><li>cake</li></ul>""");

        assertThat(converted.markdown()).isTrue();
        assertThat(converted.source()).contains("## Getting there", "**train**", "[the town](https://example.com/town)", "* tea");
        assertThat(converted.html()).contains("<strong>train</strong>", "rel=\"nofollow ugc noopener\"");
    }

    @Test
    void scriptsEventHandlersAndIframesAreRemovedAsFromEveryPost() {
        ImportedHtml.Converted converted = importedHtml.convert(
                "<p onclick=\"steal()\">Hi<script>alert(1)</script></p><iframe src=\"https://evil.example\"></iframe>"
                        + "<a href=\"javascript:alert(1)\">x</a>");

        assertThat(converted.html()).doesNotContain("script", "onclick", "iframe", "javascript:");
        assertThat(converted.source()).doesNotContain("script", "onclick", "iframe", "javascript:");
    }

    @Test
    void shortcodesStayAsText() {
        ImportedHtml.Converted converted = importedHtml.convert("<p>Photos: [gallery ids=\"1,2,3\"]</p>");

        assertThat(converted.html()).contains("[gallery ids=\"1,2,3\"]");
    }

    @Test
    void htmlMarkdownCannotCarryFaithfullyStaysTheSource() {
        String table = "<table><tbody><tr><td rowspan=\"2\">a</td><td>b</td></tr><tr><td>c</td></tr></tbody></table>";

        ImportedHtml.Converted converted = importedHtml.convert(table);

        assertThat(converted.markdown()).isFalse();
        assertThat(converted.source()).isEqualTo(converted.html()).contains("rowspan=\"2\"");
    }

    @Test
    void whitespaceBetweenBlocksDoesNotMakeTwoPagesDifferent() {
        assertThat(ImportedHtml.sameShape("<p>a</p>\n<p>b  c</p>\n", "<p>a</p><p>b c</p>")).isTrue();
        assertThat(ImportedHtml.sameShape("<p>a</p>", "<p><em>a</em></p>")).isFalse();
    }
}
