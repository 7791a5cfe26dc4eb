package io.inkwell.posts.internal;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.inkwell.posts.PostLimits;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.stereotype.Component;

/**
 * The HTML of another site made into a post's text. It is sanitised by the rules of every post; its Markdown source
 * is flexmark's conversion when rendering that Markdown gives back the same page (the same elements, attributes and
 * words, whitespace aside), and otherwise the sanitised HTML itself, which Markdown carries as it is. Either way the
 * page shows what the other site showed, minus what the sanitiser removes, and the editor has a text to change.
 */
@Component
class ImportedHtml {

    private final ContentRenderer renderer;
    /** "## Heading" rather than underlined headings: what authors type in the editor. */
    private final FlexmarkHtmlConverter converter = FlexmarkHtmlConverter.builder(
            new MutableDataSet().set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false)).build();

    ImportedHtml(ContentRenderer renderer) {
        this.renderer = renderer;
    }

    /** The source to store and the HTML to show. */
    Converted convert(String html) {
        String clean = renderer.sanitise(html == null ? "" : html);
        String markdown = converter.convert(clean).strip();
        if (markdown.length() <= PostLimits.CONTENT_MAX && sameShape(renderer.render(markdown), clean)) {
            return new Converted(markdown, clean, true);
        }
        return new Converted(clean, clean, false);
    }

    static boolean sameShape(String rendered, String original) {
        return normalised(rendered).equals(normalised(original));
    }

    /** Pretty-printed, which makes whitespace between and inside blocks one way; {@code <br />} is {@code <br>}. */
    private static String normalised(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(true).indentAmount(0);
        return document.body().html().replaceAll("\\s+", " ").replace("> <", "><").strip();
    }

    /** {@code markdown} tells whether {@code source} is Markdown (true) or the sanitised HTML (false). */
    record Converted(String source, String html, boolean markdown) {
    }
}
