package io.inkwell.posts.internal;

import io.inkwell.db.Refusal;
import io.inkwell.posts.InvalidPostException;
import io.inkwell.posts.PostDraft;
import io.inkwell.posts.PostLimits;
import java.net.URI;
import java.util.Set;
import java.util.TreeSet;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Markdown to safe HTML, once, when a post is saved. Raw HTML in the Markdown is allowed through CommonMark
 * and then everything passes an allowlist: what is not listed (scripts, event handlers, styles, iframes,
 * {@code javascript:} URLs) is dropped.
 */
@Component
class ContentRenderer {

    /** Relative links resolve against this to be checked; they are kept relative in the output. */
    private static final String BASE = "https://inkwell.invalid/";
    private static final String OWN_HOST = "inkwell.invalid";
    static final String EXTERNAL_REL = "nofollow ugc noopener";

    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("hr", "del", "s", "abbr", "kbd", "mark")
            .addAttributes("abbr", "title")
            .removeProtocols("a", "href", "ftp")
            .preserveRelativeLinks(true);

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().build();

    /**
     * Refuses more than {@link PostDraft#CONTENT_MAX} characters, whoever asks (saving, the editor's preview):
     * rendering costs time and memory in proportion to the text, and nothing longer can be saved.
     */
    String render(String markdown) {
        if (markdown != null && markdown.length() > PostLimits.CONTENT_MAX) {
            throw tooLong();
        }
        return sanitise(renderer.render(parser.parse(markdown == null ? "" : markdown)));
    }

    static InvalidPostException tooLong() {
        return new InvalidPostException("content",
                Refusal.of("refused.post.contentTooLong", "The text can be at most {0} characters long.", PostLimits.CONTENT_MAX));
    }

    String sanitise(String html) {
        Document clean = new Cleaner(SAFELIST).clean(Jsoup.parseBodyFragment(html, BASE));
        for (Element link : clean.select("a[href]")) {
            if (isExternal(link.absUrl("href"))) {
                link.attr("rel", EXTERNAL_REL);
            }
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /**
     * What a post shows as images: the {@code src} of each image of its rendered (already sanitised) text, as
     * written, and its featured image's URL. Other contexts learn of them through {@link io.inkwell.posts.PostImagesChanged}.
     */
    static Set<String> imageUrls(String html, String featuredImageUrl) {
        Set<String> urls = new TreeSet<>();
        if (html != null && html.contains("<img")) {
            for (Element image : Jsoup.parseBodyFragment(html).select("img[src]")) {
                urls.add(image.attr("src"));
            }
        }
        if (featuredImageUrl != null) {
            urls.add(featuredImageUrl);
        }
        return urls;
    }

    /** The text a reader sees, for excerpts. */
    static String plainText(String html) {
        return Jsoup.parseBodyFragment(html).text();
    }

    private static boolean isExternal(String absoluteUrl) {
        try {
            String host = URI.create(absoluteUrl).getHost();
            return host != null && !host.equalsIgnoreCase(OWN_HOST);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
