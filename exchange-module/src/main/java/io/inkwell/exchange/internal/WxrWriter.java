package io.inkwell.exchange.internal;

import io.inkwell.comments.ExportedComment;
import io.inkwell.exchange.ExportSite;
import io.inkwell.posts.ExportedPage;
import io.inkwell.posts.ExportedPost;
import io.inkwell.posts.PageStatus;
import io.inkwell.posts.PostStatus;
import io.inkwell.users.AccountContact;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A WordPress export file (WXR 1.2) written with StAX as the posts and comments are read, so the site can be imported
 * into WordPress (Tools → Import → WordPress) or into another Inkwell. WordPress needs numbers for ids: posts, pages,
 * attachments and comments are numbered in the order written, authors and terms likewise. A post's featured image
 * is an attachment item with its address (WordPress's importer can download it) named by the post's
 * {@code _thumbnail_id}. Dates are UTC, as local and as GMT dates.
 */
final class WxrWriter {

    static final String WP = "http://wordpress.org/export/1.2/";
    static final String EXCERPT = "http://wordpress.org/export/1.2/excerpt/";
    static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final DateTimeFormatter MYSQL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final XMLStreamWriter xml;
    private final String baseUrl;
    private final Map<UUID, String> logins = new HashMap<>();
    private long nextItemId = 1;
    private long nextTermId = 1;

    WxrWriter(OutputStream out, String baseUrl) throws XMLStreamException {
        this.xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    void start(ExportSite site) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeComment(" A WordPress eXtended RSS file written by Inkwell: import it with WordPress's Tools > Import > WordPress. ");
        xml.writeCharacters("\n");
        xml.writeStartElement("rss");
        xml.writeAttribute("version", "2.0");
        xml.writeNamespace("excerpt", EXCERPT);
        xml.writeNamespace("content", CONTENT);
        xml.writeNamespace("wfw", "http://wellformedweb.org/CommentAPI/");
        xml.writeNamespace("dc", DC);
        xml.writeNamespace("wp", WP);
        xml.writeStartElement("channel");
        text("title", site.title());
        text("link", baseUrl);
        text("description", site.description() == null ? "" : site.description());
        text("pubDate", RFC_1123.format(Instant.now()));
        text("language", site.language() == null ? "en" : site.language());
        wp("wxr_version", "1.2");
        wp("base_site_url", baseUrl);
        wp("base_blog_url", baseUrl);
    }

    /** An author; each is given a login made from their email, unique in the file. */
    void author(AccountContact author, long number) throws XMLStreamException {
        String local = author.email().substring(0, Math.max(1, author.email().indexOf('@')));
        String login = logins.containsValue(local) ? local + "-" + number : local;
        logins.put(author.id(), login);
        xml.writeStartElement("wp", "author", WP);
        wp("author_id", String.valueOf(number));
        wp("author_login", login);
        wp("author_email", author.email());
        wpCdata("author_display_name", author.name());
        wpCdata("author_first_name", "");
        wpCdata("author_last_name", "");
        xml.writeEndElement();
    }

    void category(String slug, String name, String description) throws XMLStreamException {
        xml.writeStartElement("wp", "category", WP);
        wp("term_id", String.valueOf(nextTermId++));
        wp("category_nicename", slug);
        wp("category_parent", "");
        wpCdata("cat_name", name);
        if (description != null) {
            wpCdata("category_description", description);
        }
        xml.writeEndElement();
    }

    void tag(String slug, String name) throws XMLStreamException {
        xml.writeStartElement("wp", "tag", WP);
        wp("term_id", String.valueOf(nextTermId++));
        wp("tag_slug", slug);
        wpCdata("tag_name", name);
        xml.writeEndElement();
    }

    /** A post with its categories, tags and comments, and the attachment item of its featured image. */
    void post(ExportedPost post, Map<String, String> categorySlugs, Map<String, String> tagSlugs,
              List<CommentStream.Written> comments) throws XMLStreamException {
        long id = nextItemId++;
        Long thumbnail = post.featuredImageUrl() == null ? null : nextItemId++;
        startItem(post.title(), baseUrl + "/posts/" + post.slug(), post.publishedAt() != null ? post.publishedAt()
                : post.createdAt(), logins.getOrDefault(post.authorId(), ""), "p", id);
        cdata(CONTENT, "content", "encoded", post.contentHtml());
        cdata(EXCERPT, "excerpt", "encoded", post.excerpt() == null ? "" : post.excerpt());
        itemFields(id, post.publishedAt() != null ? post.publishedAt() : post.createdAt(), post.updatedAt(), post.slug(),
                status(post.status()), "post", 0);
        for (String category : post.categories()) {
            term("category", categorySlugs.getOrDefault(category, ""), category);
        }
        for (String tag : post.tags()) {
            term("post_tag", tagSlugs.getOrDefault(tag, ""), tag);
        }
        if (thumbnail != null) {
            xml.writeStartElement("wp", "postmeta", WP);
            wp("meta_key", "_thumbnail_id");
            wpCdata("meta_value", String.valueOf(thumbnail));
            xml.writeEndElement();
        }
        writeComments(comments);
        xml.writeEndElement();
        if (thumbnail != null) {
            attachment(thumbnail, id, post);
        }
    }

    void page(ExportedPage page) throws XMLStreamException {
        long id = nextItemId++;
        startItem(page.title(), baseUrl + "/" + page.slug(), page.publishedAt() != null ? page.publishedAt()
                : page.createdAt(), "", "page_id", id);
        cdata(CONTENT, "content", "encoded", page.contentHtml());
        cdata(EXCERPT, "excerpt", "encoded", "");
        itemFields(id, page.publishedAt() != null ? page.publishedAt() : page.createdAt(), page.updatedAt(), page.slug(),
                page.status() == PageStatus.PUBLISHED ? "publish" : "draft", "page", 0);
        xml.writeEndElement();
    }

    void finish() throws XMLStreamException {
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    /**
     * Published posts are published there; drafts are drafts, posts awaiting review "pending" and scheduled ones
     * "future"; archived ones, still at their address here, are private.
     */
    private static String status(PostStatus status) {
        return switch (status) {
            case PUBLISHED -> "publish";
            case DRAFT -> "draft";
            case PENDING -> "pending";
            case SCHEDULED -> "future";
            case ARCHIVED -> "private";
        };
    }

    private void startItem(String title, String link, Instant date, String creator, String shortLink, long id)
            throws XMLStreamException {
        xml.writeStartElement("item");
        text("title", title);
        text("link", link);
        text("pubDate", date == null ? "" : RFC_1123.format(date));
        cdata(DC, "dc", "creator", creator);
        xml.writeStartElement("guid");
        xml.writeAttribute("isPermaLink", "false");
        xml.writeCharacters(baseUrl + "/?" + shortLink + "=" + id);
        xml.writeEndElement();
        text("description", "");
    }

    /** {@code date} is the publication date (WordPress's post date), else the creation date. */
    private void itemFields(long id, Instant date, Instant updated, String slug, String status, String type, long parent)
            throws XMLStreamException {
        wp("post_id", String.valueOf(id));
        wp("post_date", date(date));
        wp("post_date_gmt", date(date));
        wp("post_modified", date(updated));
        wp("post_modified_gmt", date(updated));
        wp("comment_status", "open");
        wp("ping_status", "closed");
        wp("post_name", slug);
        wp("status", status);
        wp("post_parent", String.valueOf(parent));
        wp("menu_order", "0");
        wp("post_type", type);
        wp("post_password", "");
        wp("is_sticky", "0");
    }

    private void attachment(long id, long parent, ExportedPost post) throws XMLStreamException {
        String url = post.featuredImageUrl();
        String name = url.replaceAll("[?#].*$", "").replaceAll(".*/", "");
        startItem(name.isEmpty() ? "Featured image" : name, url, post.createdAt(), logins.getOrDefault(post.authorId(), ""),
                "attachment_id", id);
        cdata(CONTENT, "content", "encoded", "");
        cdata(EXCERPT, "excerpt", "encoded", "");
        itemFields(id, post.createdAt(), post.createdAt(), "featured-image-" + id, "inherit", "attachment", parent);
        wp("attachment_url", url);
        xml.writeEndElement();
    }

    /** Numbered in the thread's order, so a parent's number is known before its replies'. */
    private void writeComments(List<CommentStream.Written> comments) throws XMLStreamException {
        Map<UUID, Long> numbers = new HashMap<>();
        for (CommentStream.Written written : comments) {
            ExportedComment comment = written.comment();
            long number = nextItemId++;
            numbers.put(comment.id(), number);
            xml.writeStartElement("wp", "comment", WP);
            wp("comment_id", String.valueOf(number));
            wpCdata("comment_author", comment.deleted() || written.writer() == null ? "" : written.writer().name());
            wp("comment_author_email", comment.deleted() || written.writer() == null ? "" : written.writer().email());
            wp("comment_author_url", "");
            wp("comment_author_IP", "");
            wp("comment_date", date(comment.createdAt()));
            wp("comment_date_gmt", date(comment.createdAt()));
            wpCdata("comment_content", comment.deleted() ? "" : comment.text());
            // A "[deleted]" placeholder keeps its replies' place; WordPress keeps such a comment in its trash.
            wp("comment_approved", comment.deleted() ? "trash" : "1");
            wp("comment_type", "comment");
            wp("comment_parent", String.valueOf(comment.parentId() == null ? 0 : numbers.getOrDefault(comment.parentId(), 0L)));
            wp("comment_user_id", "0");
            xml.writeEndElement();
        }
    }

    private void term(String domain, String slug, String name) throws XMLStreamException {
        xml.writeStartElement("category");
        xml.writeAttribute("domain", domain);
        xml.writeAttribute("nicename", slug);
        writeCdata(name);
        xml.writeEndElement();
    }

    private void text(String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value == null ? "" : value);
        xml.writeEndElement();
    }

    private void wp(String name, String value) throws XMLStreamException {
        xml.writeStartElement("wp", name, WP);
        xml.writeCharacters(value == null ? "" : value);
        xml.writeEndElement();
    }

    private void wpCdata(String name, String value) throws XMLStreamException {
        cdata(WP, "wp", name, value);
    }

    private void cdata(String namespace, String prefix, String name, String value) throws XMLStreamException {
        xml.writeStartElement(prefix, name, namespace);
        writeCdata(value);
        xml.writeEndElement();
    }

    /** CDATA as WordPress writes it: a "]]>" inside the text ends one section and starts the next. */
    private void writeCdata(String value) throws XMLStreamException {
        String text = value == null ? "" : value;
        int from = 0;
        int end;
        while ((end = text.indexOf("]]>", from)) >= 0) {
            xml.writeCData(text.substring(from, end + 2));
            from = end + 2;
        }
        xml.writeCData(text.substring(from));
    }

    private static String date(Instant instant) {
        return instant == null ? "0000-00-00 00:00:00" : MYSQL.format(instant);
    }
}
