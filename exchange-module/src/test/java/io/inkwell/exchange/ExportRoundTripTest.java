package io.inkwell.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.comments.AddComment;
import io.inkwell.comments.CommentCommands;
import io.inkwell.db.test.TestDatabase;
import io.inkwell.db.test.TruncateAfterEach;
import io.inkwell.media.MediaLibrary;
import io.inkwell.media.UploadImage;
import io.inkwell.media.Uploaded;
import io.inkwell.media.test.TestImages;
import io.inkwell.posts.Categories;
import io.inkwell.posts.PageCommands;
import io.inkwell.posts.PageDraft;
import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostDraft;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import io.inkwell.users.Role;
import io.inkwell.users.test.UserRows;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(classes = ExchangeTestApplication.class)
@ExtendWith(TruncateAfterEach.class)
class ExportRoundTripTest {

    private static final ExportSite SITE = new ExportSite("https://new.example.com", "Ink & Paper", "Notes", "en");

    @Autowired
    SiteExport export;

    @Autowired
    WordPressImport imports;

    @Autowired
    PostCommands posts;

    @Autowired
    PageCommands pages;

    @Autowired
    Categories categories;

    @Autowired
    CommentCommands comments;

    @Autowired
    MediaLibrary media;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path uploads;

    Actor admin;
    Actor ada;
    Actor reader;
    String imageHash;

    /** A small site: a published post with a category, tags, a featured image and a thread three deep; a draft; a page. */
    @BeforeEach
    void aSite() {
        admin = new Actor(UserRows.withEmail(jdbc, "Root", "root@example.com", Role.ADMIN), Role.ADMIN);
        ada = new Actor(UserRows.withEmail(jdbc, "Ada Lovelace", "ada@example.com", Role.USER), Role.USER);
        reader = new Actor(UserRows.withEmail(jdbc, "Reader", "reader@example.com", Role.GUEST), Role.GUEST);
        UUID travel = categories.create(admin, "Travel", "Trips and trains").id();
        UUID post = posts.create(ada, new PostDraft("Trains: a \"love\" story", null,
                "## By rail\n\nA *long* trip with [a map](https://maps.example/x).\n\n- tea\n- cake", "Rails & more",
                "https://img.example/train.jpg", Set.of(travel), List.of("Trains", "Europe")), true).id();
        posts.create(ada, new PostDraft("Unfinished", null, "Not yet", null, null, Set.of()), false);
        pages.create(admin, new PageDraft("About", null, "We **write**."), true);
        UUID first = comments.add(reader, new AddComment(post, null, "Lovely\nline two")).id();
        UUID reply = comments.add(ada, new AddComment(post, first, "Thank you")).id();
        comments.add(reader, new AddComment(post, reply, "Deeper"));
        comments.add(reader, new AddComment(post, null, "Second thread ]]> with CDATA's end"));
        Uploaded image = media.upload(ada, new UploadImage(TestImages.jpeg(64, 48), "photo.jpg", "A photo"));
        imageHash = image.item().hash();
    }

    private Map<String, byte[]> exported() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        export.write(admin, SITE, zip);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    @Test
    void theZipHoldsMarkdownWithFrontMatterThreadedCommentsMediaAndAWordPressFile() throws Exception {
        Map<String, byte[]> zip = exported();

        assertThat(zip).containsKeys("posts/trains-a-love-story.md", "posts/unfinished.md", "pages/about.md",
                "comments/trains-a-love-story.json", "media/" + imageHash + "/photo.jpg", "wordpress.xml");
        assertThat(text(zip, "posts/trains-a-love-story.md"))
                .startsWith("---\ntitle: Trains: a \"love\" story\n".replace("Trains: a \"love\" story", "'Trains: a \"love\" story'"))
                .contains("slug: trains-a-love-story", "status: published", "author: Ada Lovelace", "- Travel",
                        "- Europe", "- Trains", "excerpt: Rails & more", "featured_image: https://img.example/train.jpg",
                        "---\n\n## By rail\n\nA *long* trip");
        assertThat(text(zip, "posts/unfinished.md")).contains("status: draft");
        assertThat(text(zip, "comments/trains-a-love-story.json")).contains("\"post\" : \"trains-a-love-story\"",
                "\"author\" : \"Reader\"", "\"text\" : \"Lovely\\nline two\"", "\"replies\" : [ {");
        assertThat(zip.get("media/" + imageHash + "/photo.jpg")).startsWith((byte) 0xFF, (byte) 0xD8);
        assertThat(text(zip, "wordpress.xml")).contains("<wp:wxr_version>1.2</wp:wxr_version>", "<wp:post_name>about</wp:post_name>",
                "<wp:author_email>ada@example.com</wp:author_email>", "]]]]><![CDATA[>");
        assertThat(zip.keySet().stream().filter(name -> name.endsWith(".json"))).hasSize(1);
    }

    @Test
    void importingTheExportedWordPressFileIntoAFreshDatabaseGivesBackThePostsCommentsAndSlugs() throws Exception {
        Map<String, List<Object>> postsBefore = postsAsRows();
        List<String> commentsBefore = commentsAsRows();
        List<String> pagesBefore = jdbc.queryForList("select slug || ' ' || title || ' ' || status from pages", String.class);
        Path wxr = Files.write(uploads.resolve("wordpress.xml"), exported().get("wordpress.xml"));

        TestDatabase.get().truncateAll();
        Actor freshAdmin = new Actor(UserRows.withEmail(jdbc, "New root", "new-root@example.com", Role.ADMIN), Role.ADMIN);
        imports.start(freshAdmin, wxr, "wordpress.xml");
        ImportRun run = ImportRuns.awaitEnd(imports, freshAdmin);

        assertThat(run.status()).isEqualTo(ImportStatus.FINISHED);
        assertThat(run.skipped()).as(String.valueOf(imports.report(freshAdmin, run.id(), 50))).isZero();
        assertThat(postsAsRows()).isEqualTo(postsBefore);
        assertThat(commentsAsRows()).isEqualTo(commentsBefore);
        assertThat(jdbc.queryForList("select slug || ' ' || title || ' ' || status from pages", String.class))
                .isEqualTo(pagesBefore);
    }

    @Test
    void onlyAdminsExport() {
        assertThatThrownBy(() -> export.write(ada, SITE, new ByteArrayOutputStream())).isInstanceOf(NotAllowedException.class);
    }

    /** Per slug: what a reader sees of a post (dates to the second, as WordPress keeps them). */
    private Map<String, List<Object>> postsAsRows() {
        Map<String, List<Object>> rows = new LinkedHashMap<>();
        jdbc.queryForList("""
                select p.slug, p.title, p.status, date_trunc('second', p.published_at) as published, p.content_html, p.excerpt,
                       p.featured_image_url, u.name as author,
                       (select string_agg(c.name, ',' order by c.name) from post_categories pc
                          join categories c on c.id = pc.category_id where pc.post_id = p.id) as categories,
                       (select string_agg(t.name, ',' order by t.name) from post_tags pt
                          join tags t on t.id = pt.tag_id where pt.post_id = p.id) as tags
                  from posts p join users u on u.id = p.author_id order by p.slug""")
                .forEach(row -> rows.put((String) row.get("slug"), List.copyOf(row.values().stream()
                        .map(value -> value == null ? "null" : value.toString()).toList())));
        return rows;
    }

    /** Each comment with its post, depth, writer, date (to the second) and text, in thread order. */
    private List<String> commentsAsRows() {
        return jdbc.queryForList("""
                select p.slug || ' ' || length(c.path) / 7 || ' ' || u.name || ' ' || date_trunc('second', c.created_at)
                       || ' ' || c.content
                  from comments c join posts p on p.id = c.post_id join users u on u.id = c.author_id
                 order by p.slug, c.path""", String.class);
    }

    private static String text(Map<String, byte[]> zip, String name) {
        return new String(zip.get(name), StandardCharsets.UTF_8);
    }
}
