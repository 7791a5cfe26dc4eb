package io.inkwell.posts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ContentRendererTest {

    private final ContentRenderer renderer = new ContentRenderer();

    static List<String> xssPayloads() {
        return List.of(
                "<script>alert(1)</script>",
                "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
                "<img src=x onerror=alert(1)>",
                "<img src=\"javascript:alert(1)\">",
                "<a href=\"javascript:alert(1)\">click</a>",
                "<a href=\"JaVaScRiPt:alert(1)\">click</a>",
                "<a href=\"jav&#x09;ascript:alert(1)\">click</a>",
                "[click](javascript:alert(1))",
                "[click](JAVASCRIPT:alert(1))",
                "![x](javascript:alert(1))",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<svg onload=alert(1)>",
                "<body onload=alert(1)>",
                "<div style=\"background:url(javascript:alert(1))\">x</div>",
                "<p style=\"color:red\">styled</p>",
                "<style>body{display:none}</style>",
                "<object data=\"evil.swf\"></object>",
                "<embed src=\"evil.swf\">",
                "<form action=\"https://evil.example\"><input name=x></form>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">data</a>",
                "<details open ontoggle=alert(1)>",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<base href=\"javascript:alert(1)//\">",
                "<a href=\"vbscript:msgbox(1)\">vb</a>",
                "<<script>script>alert(1)<</script>/script>",
                "<img src=\"https://ok.example/a.png\" onmouseover=\"alert(1)\">");
    }

    @ParameterizedTest
    @MethodSource("xssPayloads")
    void nothingExecutableSurvives(String payload) {
        String html = renderer.render(payload).toLowerCase();

        assertThat(html).doesNotContain("<script", "<iframe", "<svg", "<object", "<embed", "<form", "<style", "<meta",
                "<base", "javascript:", "vbscript:", "data:", "onerror", "onload", "onmouseover", "ontoggle", "style=");
    }

    @Test
    void markdownBecomesHtml() {
        String html = renderer.render("""
                # Title

                Some *emphasis* and `code`.

                - one
                - two

                ```
                int x = 1;
                ```

                ![cat](https://img.example/cat.png)
                """);

        assertThat(html).contains("<h1>Title</h1>", "<em>emphasis</em>", "<code>code</code>", "<li>one</li>",
                "<pre><code>int x = 1;", "<img src=\"https://img.example/cat.png\" alt=\"cat\">");
    }

    @Test
    void externalLinksGetNofollowAndInternalOnesDoNot() {
        String html = renderer.render("[out](https://elsewhere.example/page) and [in](/posts/other)");

        assertThat(html).contains("<a href=\"https://elsewhere.example/page\" rel=\"nofollow ugc noopener\">out</a>")
                .contains("<a href=\"/posts/other\">in</a>");
    }

    @Test
    void plainTextIsWhatAReaderSees() {
        assertThat(ContentRenderer.plainText("<p>Hello <em>there</em></p>")).isEqualTo("Hello there");
    }

    @Test
    void excerptsCutAtAWord() {
        assertThat(Excerpts.fromHtml("<p>Short.</p>")).isEqualTo("Short.");
        assertThat(Excerpts.fromHtml("")).isNull();
        String excerpt = Excerpts.fromHtml("<p>" + "lorem ipsum ".repeat(40) + "</p>");
        assertThat(excerpt).endsWith("…").hasSizeLessThanOrEqualTo(Excerpts.LENGTH + 1);
    }
}
