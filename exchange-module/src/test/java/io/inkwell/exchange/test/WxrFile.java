package io.inkwell.exchange.test;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * WordPress export files (WXR 1.2) written as WordPress's Tools → Export writes them: the same namespaces, CDATA
 * around texts, percent-encoded slugs, MySQL dates, comments with their parents, the featured image as an attachment.
 *
 * <pre>{@code
 * Path file = WxrFile.site("https://old.example.com")
 *         .author(2, "ada", "ada@example.com", "Ada Lovelace")
 *         .category("travel", "", "Travel")
 *         .item(10, item -> item.title("Hello").slug("hello").content("<p>Hi</p>").creator("ada"))
 *         .writeTo(directory);
 * }</pre>
 */
public final class WxrFile {

    private final String site;
    private String language = "en-US";
    private final StringBuilder head = new StringBuilder();
    private final List<Item> items = new ArrayList<>();

    private WxrFile(String site) {
        this.site = site;
    }

    public static WxrFile site(String site) {
        return new WxrFile(site);
    }

    /** The site's language as WordPress writes it ({@code en-US} unless said otherwise). */
    public WxrFile language(String language) {
        this.language = language;
        return this;
    }

    public WxrFile author(long id, String login, String email, String displayName) {
        head.append("\t<wp:author><wp:author_id>").append(id).append("</wp:author_id><wp:author_login>")
                .append(cdata(login)).append("</wp:author_login><wp:author_email>").append(cdata(email))
                .append("</wp:author_email><wp:author_display_name>").append(cdata(displayName))
                .append("</wp:author_display_name><wp:author_first_name><![CDATA[]]></wp:author_first_name>")
                .append("<wp:author_last_name><![CDATA[]]></wp:author_last_name></wp:author>\n");
        return this;
    }

    public WxrFile category(String nicename, String parent, String name) {
        head.append("\t<wp:category><wp:term_id>").append(head.length()).append("</wp:term_id><wp:category_nicename>")
                .append(nicename).append("</wp:category_nicename><wp:category_parent>").append(parent)
                .append("</wp:category_parent><wp:cat_name>").append(cdata(name)).append("</wp:cat_name></wp:category>\n");
        return this;
    }

    public WxrFile tag(String slug, String name) {
        head.append("\t<wp:tag><wp:term_id>").append(head.length()).append("</wp:term_id><wp:tag_slug>").append(slug)
                .append("</wp:tag_slug><wp:tag_name>").append(cdata(name)).append("</wp:tag_name></wp:tag>\n");
        return this;
    }

    /** A post (change its type for a page or another kind of entry), published unless said otherwise. */
    public WxrFile item(long id, Consumer<Item> details) {
        Item item = new Item(id);
        details.accept(item);
        items.add(item);
        return this;
    }

    @Override
    public String toString() {
        StringBuilder xml = new StringBuilder();
        writeHead(xml);
        items.forEach(item -> item.appendTo(xml, site));
        xml.append("</channel>\n</rss>\n");
        return xml.toString();
    }

    public Path writeTo(Path directory) {
        try {
            Path file = Files.createTempFile(directory, "wordpress-", ".xml");
            Files.writeString(file, toString(), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of {@code count} generated posts, written as it is made (it is never whole in memory). */
    public static Path generated(Path directory, String site, int count, int paragraphsPerPost) {
        try {
            Path file = Files.createTempFile(directory, "wordpress-large-", ".xml");
            try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
                WxrFile header = site(site).author(1, "writer", "writer@example.com", "The Writer").category("notes", "", "Notes");
                StringBuilder head = new StringBuilder();
                header.writeHead(head);
                out.write(head.toString());
                StringBuilder text = new StringBuilder();
                for (int p = 0; p < paragraphsPerPost; p++) {
                    text.append("Paragraph ").append(p).append(" says something about tea, trains and the weather, ")
                            .append("at some length, so that the file is as large as real ones are.\n\n");
                }
                for (int n = 1; n <= count; n++) {
                    int id = n;
                    StringBuilder item = new StringBuilder();
                    new Item(id).title("Note " + n).slug("note-" + n).creator("writer").content(text.toString())
                            .category("notes", "Notes").date("2020-01-01 10:00:00")
                            .comment(id * 10L, 0, "Reader " + (n % 50), "reader" + (n % 50) + "@example.com", "Thanks for note " + n, "1")
                            .appendTo(item, site);
                    out.write(item.toString());
                }
                out.write("</channel>\n</rss>\n");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeHead(StringBuilder xml) {
        xml.append("""
                <?xml version="1.0" encoding="UTF-8" ?>
                <!-- This is a WordPress eXtended RSS file generated by WordPress as an export of your site. -->
                <!-- generator="WordPress/6.5.2" created="2024-05-01 10:00" -->
                <rss version="2.0"
                	xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
                	xmlns:content="http://purl.org/rss/1.0/modules/content/"
                	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
                	xmlns:dc="http://purl.org/dc/elements/1.1/"
                	xmlns:wp="http://wordpress.org/export/1.2/"
                >

                <channel>
                	<title>Old Blog</title>
                """);
        xml.append("\t<link>").append(site).append("</link>\n")
                .append("\t<description>Just another WordPress site</description>\n")
                .append("\t<pubDate>Wed, 01 May 2024 10:00:00 +0000</pubDate>\n\t<language>").append(language).append("</language>\n")
                .append("\t<wp:wxr_version>1.2</wp:wxr_version>\n\t<wp:base_site_url>").append(site)
                .append("</wp:base_site_url>\n\t<wp:base_blog_url>").append(site).append("</wp:base_blog_url>\n\n")
                .append(head);
    }

    static String cdata(String text) {
        return "<![CDATA[" + (text == null ? "" : text.replace("]]>", "]]]]><![CDATA[>")) + "]]>";
    }

    /** One item, with the fields WordPress writes for every item. */
    public static final class Item {

        private final long id;
        private String title = "";
        private String link;
        private String creator = "admin";
        private String content = "";
        private String excerpt = "";
        private String date = "2019-05-04 12:15:30";
        private String dateGmt = "2019-05-04 10:15:30";
        private String slug = "";
        private String status = "publish";
        private String type = "post";
        private String attachmentUrl;
        private Long thumbnail;
        private final StringBuilder terms = new StringBuilder();
        private final StringBuilder comments = new StringBuilder();

        Item(long id) {
            this.id = id;
        }

        public Item title(String title) {
            this.title = title;
            return this;
        }

        /** The permalink (absolute); by default WordPress's "/?p=ID". */
        public Item link(String link) {
            this.link = link;
            return this;
        }

        public Item creator(String login) {
            this.creator = login;
            return this;
        }

        public Item content(String content) {
            this.content = content;
            return this;
        }

        public Item excerpt(String excerpt) {
            this.excerpt = excerpt;
            return this;
        }

        /** The local date; the GMT date is set to the same (a site in UTC). */
        public Item date(String date) {
            this.date = date;
            this.dateGmt = date;
            return this;
        }

        public Item dates(String local, String gmt) {
            this.date = local;
            this.dateGmt = gmt;
            return this;
        }

        /** As WordPress stores it: percent-encoded UTF-8 for anything but ASCII. */
        public Item slug(String slug) {
            this.slug = slug;
            return this;
        }

        public Item status(String status) {
            this.status = status;
            return this;
        }

        public Item type(String type) {
            this.type = type;
            return this;
        }

        public Item attachmentUrl(String url) {
            this.attachmentUrl = url;
            return this;
        }

        public Item thumbnail(long attachmentId) {
            this.thumbnail = attachmentId;
            return this;
        }

        public Item category(String nicename, String name) {
            terms.append("\t\t<category domain=\"category\" nicename=\"").append(nicename).append("\">").append(cdata(name))
                    .append("</category>\n");
            return this;
        }

        public Item tag(String nicename, String name) {
            terms.append("\t\t<category domain=\"post_tag\" nicename=\"").append(nicename).append("\">").append(cdata(name))
                    .append("</category>\n");
            return this;
        }

        /** {@code approved}: "1", "0" (held), "spam" or "trash". */
        public Item comment(long commentId, long parent, String author, String email, String text, String approved) {
            return comment(commentId, parent, author, email, text, approved, "2019-05-05 08:00:00", "comment");
        }

        public Item comment(long commentId, long parent, String author, String email, String text, String approved,
                            String dateGmt, String type) {
            comments.append("\t\t<wp:comment>\n\t\t\t<wp:comment_id>").append(commentId).append("</wp:comment_id>\n")
                    .append("\t\t\t<wp:comment_author>").append(cdata(author)).append("</wp:comment_author>\n")
                    .append("\t\t\t<wp:comment_author_email>").append(cdata(email)).append("</wp:comment_author_email>\n")
                    .append("\t\t\t<wp:comment_author_url>https://reader.example</wp:comment_author_url>\n")
                    .append("\t\t\t<wp:comment_author_IP>192.0.2.1</wp:comment_author_IP>\n")
                    .append("\t\t\t<wp:comment_date>").append(dateGmt).append("</wp:comment_date>\n")
                    .append("\t\t\t<wp:comment_date_gmt>").append(dateGmt).append("</wp:comment_date_gmt>\n")
                    .append("\t\t\t<wp:comment_content>").append(cdata(text)).append("</wp:comment_content>\n")
                    .append("\t\t\t<wp:comment_approved>").append(cdata(approved)).append("</wp:comment_approved>\n")
                    .append("\t\t\t<wp:comment_type>").append(cdata(type)).append("</wp:comment_type>\n")
                    .append("\t\t\t<wp:comment_parent>").append(parent).append("</wp:comment_parent>\n")
                    .append("\t\t\t<wp:comment_user_id>0</wp:comment_user_id>\n")
                    .append("\t\t\t<wp:commentmeta>\n\t\t\t\t<wp:meta_key><![CDATA[akismet_result]]></wp:meta_key>\n")
                    .append("\t\t\t\t<wp:meta_value><![CDATA[false]]></wp:meta_value>\n\t\t\t</wp:commentmeta>\n")
                    .append("\t\t</wp:comment>\n");
            return this;
        }

        void appendTo(StringBuilder xml, String site) {
            String permalink = link != null ? link : site + "/?" + (type.equals("page") ? "page_id" : "p") + "=" + id;
            xml.append("\t<item>\n\t\t<title>").append(cdata(title)).append("</title>\n")
                    .append("\t\t<link>").append(permalink).append("</link>\n")
                    .append("\t\t<pubDate>Sat, 04 May 2019 10:15:30 +0000</pubDate>\n")
                    .append("\t\t<dc:creator>").append(cdata(creator)).append("</dc:creator>\n")
                    .append("\t\t<guid isPermaLink=\"false\">").append(site).append("/?p=").append(id).append("</guid>\n")
                    .append("\t\t<description></description>\n")
                    .append("\t\t<content:encoded>").append(cdata(content)).append("</content:encoded>\n")
                    .append("\t\t<excerpt:encoded>").append(cdata(excerpt)).append("</excerpt:encoded>\n")
                    .append("\t\t<wp:post_id>").append(id).append("</wp:post_id>\n")
                    .append("\t\t<wp:post_date>").append(cdata(date)).append("</wp:post_date>\n")
                    .append("\t\t<wp:post_date_gmt>").append(cdata(dateGmt)).append("</wp:post_date_gmt>\n")
                    .append("\t\t<wp:post_modified>").append(cdata(date)).append("</wp:post_modified>\n")
                    .append("\t\t<wp:post_modified_gmt>").append(cdata(dateGmt)).append("</wp:post_modified_gmt>\n")
                    .append("\t\t<wp:comment_status><![CDATA[open]]></wp:comment_status>\n")
                    .append("\t\t<wp:ping_status><![CDATA[open]]></wp:ping_status>\n")
                    .append("\t\t<wp:post_name>").append(cdata(slug)).append("</wp:post_name>\n")
                    .append("\t\t<wp:status>").append(cdata(status)).append("</wp:status>\n")
                    .append("\t\t<wp:post_parent>0</wp:post_parent>\n\t\t<wp:menu_order>0</wp:menu_order>\n")
                    .append("\t\t<wp:post_type>").append(cdata(type)).append("</wp:post_type>\n")
                    .append("\t\t<wp:post_password><![CDATA[]]></wp:post_password>\n")
                    .append("\t\t<wp:is_sticky>0</wp:is_sticky>\n");
            if (attachmentUrl != null) {
                xml.append("\t\t<wp:attachment_url>").append(cdata(attachmentUrl)).append("</wp:attachment_url>\n");
            }
            xml.append(terms);
            xml.append("\t\t<wp:postmeta>\n\t\t\t<wp:meta_key><![CDATA[_edit_last]]></wp:meta_key>\n")
                    .append("\t\t\t<wp:meta_value><![CDATA[1]]></wp:meta_value>\n\t\t</wp:postmeta>\n");
            if (thumbnail != null) {
                xml.append("\t\t<wp:postmeta>\n\t\t\t<wp:meta_key><![CDATA[_thumbnail_id]]></wp:meta_key>\n")
                        .append("\t\t\t<wp:meta_value><![CDATA[").append(thumbnail).append("]]></wp:meta_value>\n")
                        .append("\t\t</wp:postmeta>\n");
            }
            xml.append(comments).append("\t</item>\n");
        }
    }
}
