package io.inkwell.web.feeds;

import io.inkwell.posts.Listing;
import io.inkwell.posts.PostReading;
import io.inkwell.posts.PostSummary;
import io.inkwell.posts.SitemapEntry;
import io.inkwell.users.UserDirectory;
import io.inkwell.users.UserSummary;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The Atom feed and the sitemap, written directly: two small, fixed XML shapes need no template engine. */
@Controller
class FeedController {

    static final int FEED_SIZE = 20;
    static final int SITEMAP_SIZE = 50_000;
    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final PostReading posts;
    private final UserDirectory users;

    FeedController(PostReading posts, UserDirectory users) {
        this.posts = posts;
        this.users = users;
    }

    @GetMapping("/feed.xml")
    ResponseEntity<String> atomFeed(HttpServletRequest request) {
        String site = siteUrl(request);
        Listing<PostSummary> latest = posts.published(Optional.empty(), FEED_SIZE);
        Map<UUID, UserSummary> authors = users.summariesOf(latest.items().stream().map(PostSummary::authorId).distinct().toList());
        Instant updated = latest.items().isEmpty() ? Instant.EPOCH : latest.items().get(0).publishedAt();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
                .append("  <title>Inkwell</title>\n")
                .append("  <id>").append(escape(site + "/")).append("</id>\n")
                .append("  <link rel=\"self\" href=\"").append(escape(site + "/feed.xml")).append("\"/>\n")
                .append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(escape(site + "/")).append("\"/>\n")
                .append("  <updated>").append(atomDate(updated)).append("</updated>\n");
        for (PostSummary post : latest.items()) {
            String url = site + "/posts/" + post.slug();
            UserSummary author = authors.get(post.authorId());
            xml.append("  <entry>\n")
                    .append("    <title>").append(escape(post.title())).append("</title>\n")
                    .append("    <id>urn:uuid:").append(post.id()).append("</id>\n")
                    .append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(escape(url)).append("\"/>\n")
                    .append("    <published>").append(atomDate(post.publishedAt())).append("</published>\n")
                    .append("    <updated>").append(atomDate(post.publishedAt())).append("</updated>\n")
                    .append("    <author><name>").append(escape(author == null ? "Unknown author" : author.name()))
                    .append("</name></author>\n");
            if (post.excerpt() != null) {
                xml.append("    <summary>").append(escape(post.excerpt())).append("</summary>\n");
            }
            xml.append("  </entry>\n");
        }
        xml.append("</feed>\n");
        return ResponseEntity.ok().contentType(ATOM).body(xml.toString());
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap(HttpServletRequest request) {
        String site = siteUrl(request);
        List<SitemapEntry> entries = posts.sitemap(SITEMAP_SIZE);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n")
                .append("  <url><loc>").append(escape(site + "/")).append("</loc></url>\n");
        for (SitemapEntry entry : entries) {
            xml.append("  <url><loc>").append(escape(site + "/posts/" + entry.slug())).append("</loc><lastmod>")
                    .append(atomDate(entry.lastModified())).append("</lastmod></url>\n");
        }
        xml.append("</urlset>\n");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml.toString());
    }

    private static String siteUrl(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    }

    private static String atomDate(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant == null ? Instant.EPOCH : instant);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    // XML 1.0 forbids most control characters even when escaped.
                    if (c >= 0x20 || c == '\n' || c == '\r' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
