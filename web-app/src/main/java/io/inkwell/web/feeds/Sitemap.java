package io.inkwell.web.feeds;

import io.inkwell.posts.SitemapEntry;
import io.inkwell.web.site.SiteUrls;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.springframework.stereotype.Component;

/** The sitemaps.org URL set of the home page and every published post, written by {@link SafeXmlWriter}. */
@Component
class Sitemap {

    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final SiteUrls urls;

    Sitemap(SiteUrls urls) {
        this.urls = urls;
    }

    byte[] write(List<SitemapEntry> posts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + 128 * posts.size());
        try (SafeXmlWriter xml = SafeXmlWriter.document(out, "urlset", NAMESPACE)) {
            xml.start("url").element("loc", urls.home()).end();
            for (SitemapEntry post : posts) {
                xml.start("url").element("loc", urls.post(post.slug()));
                if (post.lastModified() != null) {
                    xml.element("lastmod", w3cDate(post.lastModified()));
                }
                xml.end();
            }
        } catch (XMLStreamException unwritable) {
            throw new IllegalStateException("The sitemap could not be written", unwritable);
        }
        return out.toByteArray();
    }

    private static String w3cDate(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
