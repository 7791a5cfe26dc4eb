package io.inkwell.web.feeds;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.springframework.stereotype.Component;

/** The sitemaps.org documents, written by {@link SafeXmlWriter}: a file of addresses and the index of the files. */
@Component
class SitemapXml {

    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /** A {@code <urlset>}, each address with its {@code lastmod} where it is known. */
    byte[] urlSet(List<SitemapUrl> urls) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + 128 * urls.size());
        try (SafeXmlWriter xml = SafeXmlWriter.document(out, "urlset", NAMESPACE)) {
            for (SitemapUrl url : urls) {
                xml.start("url").element("loc", url.loc());
                if (url.lastModified() != null) {
                    xml.element("lastmod", w3cDate(url.lastModified()));
                }
                xml.end();
            }
        } catch (XMLStreamException unwritable) {
            throw new IllegalStateException("The sitemap could not be written", unwritable);
        }
        return out.toByteArray();
    }

    /**
     * A {@code <sitemapindex>} of the files' addresses. It gives no {@code lastmod}: a file's last change is the
     * newest of its 50,000 addresses', and finding it would read every post; each address carries its own.
     */
    byte[] index(List<String> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + 128 * files.size());
        try (SafeXmlWriter xml = SafeXmlWriter.document(out, "sitemapindex", NAMESPACE)) {
            for (String file : files) {
                xml.start("sitemap").element("loc", file).end();
            }
        } catch (XMLStreamException unwritable) {
            throw new IllegalStateException("The sitemap index could not be written", unwritable);
        }
        return out.toByteArray();
    }

    private static String w3cDate(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
