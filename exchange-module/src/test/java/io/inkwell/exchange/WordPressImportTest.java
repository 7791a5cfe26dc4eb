package io.inkwell.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.db.test.TruncateAfterEach;
import io.inkwell.exchange.test.WxrFile;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import io.inkwell.users.Role;
import io.inkwell.users.test.UserRows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(classes = ExchangeTestApplication.class)
@ExtendWith(TruncateAfterEach.class)
class WordPressImportTest {

    static final String SITE = "https://old.example.com";

    @Autowired
    WordPressImport imports;

    @Autowired
    OldAddresses oldAddresses;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path uploads;

    Actor admin;

    @BeforeEach
    void anAdmin() {
        admin = new Actor(UserRows.withEmail(jdbc, "Root", "root@example.com", Role.ADMIN), Role.ADMIN);
    }

    /** A site as WordPress exports it: two authors, a category tree, tags, posts of every status, a page, comments. */
    static WxrFile oldBlog() {
        return WxrFile.site(SITE)
                .author(2, "ada", "ada@example.com", "Ada Lovelace")
                .author(3, "bob", "", "Bob &amp; Co")
                .category("travel", "", "Travel")
                .category("trains", "travel", "Trains &amp; Rails")
                .tag("tea", "Tea")
                .item(10, item -> item.title("Hello &eacute;l&egrave;ve").slug("hello-world").creator("ada")
                        .link(SITE + "/2019/05/hello-world/")
                        .content("First line\nsecond line of the paragraph.\n\n[gallery ids=\"1,2\"]\n\n<script>alert(1)</script>"
                                + "A <a href=\"https://example.com/x\" onclick=\"x()\">link</a> & more")
                        .excerpt("A greeting").category("trains", "Trains &amp; Rails").tag("tea", "Tea").thumbnail(99)
                        .comment(100, 0, "Reader One", "one@example.com", "Nice <b>post</b>!", "1", "2019-05-05 08:00:00", "")
                        .comment(101, 100, "Ada Lovelace", "ada@example.com", "Thanks", "1", "2019-05-05 09:00:00", "comment")
                        .comment(102, 101, "Reader One", "ONE@example.com", "Depth two", "1", "2019-05-05 10:00:00", "comment")
                        .comment(103, 102, "Reader Two", "", "Depth three", "1", "2019-05-05 11:00:00", "comment")
                        .comment(104, 103, "Reader One", "one@example.com", "Depth four", "1", "2019-05-05 12:00:00", "comment")
                        .comment(105, 104, "Reader Two", "", "Depth five<br />with a break", "1", "2019-05-05 13:00:00", "comment")
                        .comment(106, 0, "Waiting", "wait@example.com", "Held for moderation", "0")
                        .comment(107, 0, "Spammer", "spam@example.com", "Buy now", "spam")
                        .comment(108, 0, "Other blog", "", "Linked here", "1", "2019-05-06 08:00:00", "pingback")
                        .comment(109, 106, "Reader Three", "three@example.com", "Reply to a held one", "1", "2019-05-07 08:00:00", "comment"))
                .item(11, item -> item.title("Привет мир").slug("%d0%bf%d1%80%d0%b8%d0%b2%d0%b5%d1%82-%d0%bc%d0%b8%d1%80")
                        .link(SITE + "/2019/06/%d0%bf%d1%80%d0%b8%d0%b2%d0%b5%d1%82-%d0%bc%d0%b8%d1%80/").creator("bob")
                        .content("<!-- wp:paragraph -->\n<p>Block <em>editor</em> text.</p>\n<!-- /wp:paragraph -->"))
                .item(12, item -> item.title("Half written").slug("").status("draft").creator("ada").content("Draft text")
                        .dates("2020-01-01 10:00:00", "0000-00-00 00:00:00"))
                .item(13, item -> item.title("Tomorrow").slug("tomorrow").status("future").creator("ada").content("Soon"))
                .item(14, item -> item.title("Secret").slug("secret").status("private").creator("ada").content("Mine"))
                .item(15, item -> item.title("Binned").slug("binned").status("trash").creator("ada").content("Gone"))
                .item(20, item -> item.type("page").title("About us").slug("about").link(SITE + "/about/").content("We write."))
                .item(99, item -> item.type("attachment").title("cover").status("inherit").attachmentUrl(SITE + "/wp-content/uploads/cover.jpg"))
                .item(30, item -> item.type("nav_menu_item").title("").status("publish"));
    }

    private ImportRun importFile(WxrFile file) throws InterruptedException {
        imports.start(admin, file.writeTo(uploads), "old-blog.xml");
        return ImportRuns.awaitEnd(imports, admin);
    }

    @Test
    void aWordPressSiteComesOverWithItsPostsPagesAuthorsCategoriesTagsAndComments() throws Exception {
        ImportRun run = importFile(oldBlog());

        assertThat(run.status()).isEqualTo(ImportStatus.FINISHED);
        assertThat(run.itemsTotal()).isEqualTo(7);
        assertThat(run.itemsDone()).isEqualTo(7);
        assertThat(run.postsImported()).isEqualTo(5);
        assertThat(run.pagesImported()).isEqualTo(1);

        Map<String, Object> hello = jdbc.queryForMap("select * from posts where slug = 'hello-world'");
        assertThat(hello.get("title")).isEqualTo("Hello élève");
        assertThat(hello.get("status")).isEqualTo("published");
        assertThat(((java.sql.Timestamp) hello.get("published_at")).toInstant()).isEqualTo(Instant.parse("2019-05-04T10:15:30Z"));
        assertThat(hello.get("content_html")).asString()
                .contains("<p>First line<br>", "[gallery ids=\"1,2\"]", "<a href=\"https://example.com/x\"")
                .doesNotContain("script", "onclick");
        assertThat(hello.get("excerpt")).isEqualTo("A greeting");
        assertThat(hello.get("featured_image_url")).isEqualTo(SITE + "/wp-content/uploads/cover.jpg");
        assertThat(jdbc.queryForObject("select name from users where id = ?", String.class, hello.get("author_id")))
                .isEqualTo("Ada Lovelace");
        assertThat(jdbc.queryForList("select c.name from post_categories pc join categories c on c.id = pc.category_id "
                + "where pc.post_id = ?", String.class, hello.get("id"))).containsExactly("Trains & Rails");
        assertThat(jdbc.queryForList("select t.name from post_tags pt join tags t on t.id = pt.tag_id where pt.post_id = ?",
                String.class, hello.get("id"))).containsExactly("Tea");

        Map<String, Object> cyrillic = jdbc.queryForMap("select * from posts where title = 'Привет мир'");
        assertThat(cyrillic.get("slug")).isEqualTo("privet-mir");
        assertThat(cyrillic.get("content_html")).asString().contains("<p>Block <em>editor</em> text.</p>");
        assertThat(jdbc.queryForObject("select name from users where id = ?", String.class, cyrillic.get("author_id")))
                .isEqualTo("Bob & Co");

        assertThat(jdbc.queryForList("select title || ':' || status from posts where title in ('Half written', 'Tomorrow', 'Secret') "
                + "order by title", String.class)).containsExactly("Half written:draft", "Secret:draft", "Tomorrow:draft");
        assertThat(jdbc.queryForObject("select slug from posts where title = 'Half written'", String.class)).isEqualTo("half-written");
        assertThat(jdbc.queryForObject("select count(*) from posts where title = 'Binned'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select status from pages where slug = 'about'", String.class)).isEqualTo("published");
    }

    @Test
    void authorsAndCommentersBecomeInvitedAccountsWithoutPasswords() throws Exception {
        importFile(oldBlog());

        assertThat(jdbc.queryForList("select name || ' ' || email || ' ' || role || ' ' || status || ' ' || (password_hash is null) "
                + "from users where email <> 'root@example.com' order by email", String.class))
                .contains("Ada Lovelace ada@example.com user invited true", "Bob & Co bob@imported.invalid user invited true",
                        "Reader One one@example.com guest invited true");
        assertThat(jdbc.queryForObject("select count(*) from users where name = 'Reader Two'", Integer.class)).isOne();
    }

    @Test
    void approvedCommentsKeepTheirThreadsFiveDeepDatesAndWritersNames() throws Exception {
        importFile(oldBlog());

        UUID post = jdbc.queryForObject("select id from posts where slug = 'hello-world'", UUID.class);
        List<Map<String, Object>> thread = jdbc.queryForList("select c.content, c.path, c.created_at, u.name from comments c "
                + "join users u on u.id = c.author_id where c.post_id = ? order by c.path", post);
        assertThat(thread).extracting(row -> row.get("content")).containsExactly("Nice post!", "Thanks", "Depth two",
                "Depth three", "Depth four", "Depth five\nwith a break", "Reply to a held one");
        assertThat(thread).extracting(row -> ((String) row.get("path")).length() / 7).containsExactly(1, 2, 3, 4, 5, 6, 1);
        assertThat(thread).extracting(row -> row.get("name")).startsWith("Reader One", "Ada Lovelace", "Reader One", "Reader Two");
        assertThat(((java.sql.Timestamp) thread.get(0).get("created_at")).toInstant()).isEqualTo(Instant.parse("2019-05-05T08:00:00Z"));
    }

    @Test
    void theReportSaysWhatWasSkippedOrChangedAndWhy() throws Exception {
        ImportRun run = importFile(oldBlog());

        List<SkippedItem> report = imports.report(admin, run.id(), 100);
        assertThat(report).filteredOn(SkippedItem::skipped).extracting(SkippedItem::sourceId, SkippedItem::reason)
                .anySatisfy(entry -> assertThat(entry.toList()).containsExactly("106", entry.toList().get(1))
                        .element(1).asString().contains("moderation"))
                .anySatisfy(entry -> assertThat(entry.toList().get(1)).asString().contains("spam"))
                .anySatisfy(entry -> assertThat(entry.toList().get(1)).asString().contains("pingback"))
                .anySatisfy(entry -> assertThat(entry.toList().get(1)).asString().contains("trash"))
                .anySatisfy(entry -> assertThat(entry.toList().get(1)).asString().contains("nav_menu_item"));
        assertThat(report).filteredOn(item -> !item.skipped()).extracting(SkippedItem::reason)
                .anySatisfy(reason -> assertThat(reason).contains("scheduled", "no scheduled publishing", "draft"))
                .anySatisfy(reason -> assertThat(reason).contains("private"));
        assertThat(run.skipped()).isEqualTo(report.stream().filter(SkippedItem::skipped).count());
    }

    @Test
    void theReportKeepsEachReasonAsWordsTheSiteCanSayInItsLanguage() throws Exception {
        ImportRun run = importFile(oldBlog());

        List<SkippedItem> report = imports.report(admin, run.id(), 100);
        assertThat(report).allSatisfy(item -> assertThat(item.reasonWords().english()).isEqualTo(item.reason()));
        assertThat(report).extracting(item -> item.kind() + " " + item.sourceId() + " " + item.reasonWords().code())
                .contains("COMMENT 106 refused.import.awaitingModeration", "COMMENT 107 refused.import.spam",
                        "COMMENT 108 refused.import.linkback", "POST 15 refused.import.trashed",
                        "ITEM 30 refused.import.otherEntry", "POST 14 refused.import.private");
        SkippedItem scheduled = report.stream().filter(item -> item.sourceId().equals("13")).findFirst().orElseThrow();
        assertThat(scheduled.reasonWords().code()).isEqualTo("refused.import.scheduled");
        assertThat(scheduled.reasonWords().getArguments()).singleElement().isInstanceOf(Instant.class);
        assertThat(report).filteredOn(item -> item.kind() == ImportItemKind.ITEM).extracting(SkippedItem::title)
                .as("an entry without a title has none: the page says so").containsExactly("");
    }

    @Test
    void postsAndPagesAreInTheFilesLanguageWhenTheSiteOffersItElseInTheSites() throws Exception {
        importFile(WxrFile.site("https://alt.example.de").language("de-DE")
                .item(1, item -> item.title("Wohnen").slug("wohnen").content("Wir wohnen in alten Häusern."))
                .item(2, item -> item.type("page").title("Über uns").slug("ueber-uns").content("Wir.")));
        importFile(WxrFile.site("https://vieux.example.fr").language("fr-FR")
                .item(1, item -> item.title("Bonjour").slug("bonjour").content("Les maisons")));

        assertThat(jdbc.queryForList("select slug || ':' || language from posts order by slug", String.class))
                .containsExactly("bonjour:en", "wohnen:de");
        assertThat(jdbc.queryForObject("select language from pages where slug = 'ueber-uns'", String.class)).isEqualTo("de");
    }

    @Test
    void importingTheSameFileAgainCreatesNothingTwice() throws Exception {
        importFile(oldBlog());
        List<Integer> before = counts();

        ImportRun again = importFile(oldBlog());

        assertThat(counts()).isEqualTo(before);
        assertThat(again.status()).isEqualTo(ImportStatus.FINISHED);
        assertThat(again.alreadyImported()).isEqualTo(6);
        assertThat(again.postsImported() + again.pagesImported() + again.commentsImported()).isZero();
    }

    private List<Integer> counts() {
        return jdbc.queryForList("select (select count(*) from posts) union all select (select count(*) from pages) "
                + "union all select (select count(*) from comments) union all select (select count(*) from users) "
                + "union all select (select count(*) from categories) union all select (select count(*) from tags) "
                + "union all select (select count(*) from old_addresses)", Integer.class);
    }

    @Test
    void oldAddressesLeadToWhereThePostsAndPagesAreNow() throws Exception {
        importFile(oldBlog());

        assertThat(oldAddresses.targetOf("/2019/05/hello-world/", null)).contains("/posts/hello-world");
        assertThat(oldAddresses.targetOf("/2019/05/hello-world", "utm_source=x")).contains("/posts/hello-world");
        assertThat(oldAddresses.targetOf("/", "p=10")).contains("/posts/hello-world");
        assertThat(oldAddresses.targetOf("/2019/06/%D0%BF%D1%80%D0%B8%D0%B2%D0%B5%D1%82-%D0%BC%D0%B8%D1%80/", null))
                .contains("/posts/privet-mir");
        assertThat(oldAddresses.targetOf("/about/", null)).contains("/about");
        assertThat(oldAddresses.targetOf("/", "page_id=20")).contains("/about");
        assertThat(oldAddresses.targetOf("/", "p=12")).as("a draft had no public address").isEmpty();
        assertThat(oldAddresses.targetOf("/", null)).isEmpty();
        assertThat(oldAddresses.targetOf("/2019/05/unknown/", null)).isEmpty();
    }

    @Test
    void onlyAdminsImport() throws IOException {
        Actor author = new Actor(admin.userId(), Role.USER);
        Path file = oldBlog().writeTo(uploads);

        assertThatThrownBy(() -> imports.start(author, file, "x.xml")).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> imports.latest(author)).isInstanceOf(NotAllowedException.class);
        assertThat(Files.exists(file)).isTrue();
    }

    @Test
    void theImportDeletesItsFileWhenDone() throws Exception {
        Path file = oldBlog().writeTo(uploads);

        imports.start(admin, file, "old-blog.xml");
        ImportRuns.awaitEnd(imports, admin);

        assertThat(Files.exists(file)).isFalse();
    }
}
