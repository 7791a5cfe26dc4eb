package io.inkwell.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.db.test.TruncateAfterEach;
import io.inkwell.users.Actor;
import io.inkwell.users.Role;
import io.inkwell.users.test.UserRows;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every bad file is refused with a message that says what is wrong, and nothing of it is imported. */
@SpringBootTest(classes = ExchangeTestApplication.class)
@ExtendWith(TruncateAfterEach.class)
class BadImportFilesTest {

    @Autowired
    WordPressImport imports;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path uploads;

    Actor admin;

    @BeforeEach
    void anAdmin() {
        admin = new Actor(UserRows.withEmail(jdbc, "Root", "root@example.com", Role.ADMIN), Role.ADMIN);
    }

    private ImportRun importText(String content) throws Exception {
        Path file = Files.createTempFile(uploads, "bad-", ".xml");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        imports.start(admin, file, "bad.xml");
        return ImportRuns.awaitEnd(imports, admin);
    }

    private void nothingWasImported() {
        assertThat(jdbc.queryForObject("select (select count(*) from posts) + (select count(*) from pages) "
                + "+ (select count(*) from comments) + (select count(*) from categories) + (select count(*) from tags) "
                + "+ (select count(*) from old_addresses) + (select count(*) from users where email <> 'root@example.com')",
                Integer.class)).isZero();
    }

    @Test
    void aFileThatIsNotXmlIsRefused() throws Exception {
        ImportRun run = importText("{\"posts\": []}");

        assertThat(run.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(run.message()).contains("not a WordPress export file", "not well-formed XML", "Nothing was imported");
        nothingWasImported();
    }

    @Test
    void xmlOfAnotherKindIsRefused() throws Exception {
        ImportRun run = importText("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"></svg>");

        assertThat(run.message()).contains("not a WordPress export file", "<svg>");
        nothingWasImported();
    }

    @Test
    void anRssFeedThatIsNotAnExportIsRefused() throws Exception {
        ImportRun run = importText("""
                <?xml version="1.0"?><rss version="2.0"><channel><title>A feed</title>
                <item><title>Hello</title><link>https://example.com/hello</link></item></channel></rss>""");

        assertThat(run.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(run.message()).contains("wxr_version");
        nothingWasImported();
    }

    @Test
    void aFileCutOffInTheMiddleIsRefusedBeforeAnythingIsImported() throws Exception {
        String whole = WordPressImportTest.oldBlog().toString();

        ImportRun run = importText(whole.substring(0, whole.indexOf("<wp:comment_id>105")));

        assertThat(run.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(run.message()).contains("ends in the middle", "cut off", "Nothing was imported");
        nothingWasImported();
    }

    @Test
    void anExternalEntityReadsNothing() throws Exception {
        Path secret = Files.writeString(uploads.resolve("secret.txt"), "the server's secret");
        ImportRun run = importText("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "%s"> ]>
                <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>x</title>
                <wp:wxr_version>1.2</wp:wxr_version>
                <item><title>&xxe;</title><wp:post_id>1</wp:post_id><wp:post_type>post</wp:post_type>
                <wp:status>publish</wp:status></item></channel></rss>""".formatted(secret.toUri()));

        assertThat(run.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(run.message()).contains("document type (DTD)").doesNotContain("secret");
        nothingWasImported();
    }

    @Test
    void aBillionLaughsFileIsRefusedAtItsDeclaration() throws Exception {
        StringBuilder entities = new StringBuilder("<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            String previous = i == 1 ? "lol" : "lol" + (i - 1);
            entities.append("<!ENTITY lol").append(i).append(" \"").append(("&" + previous + ";").repeat(10)).append("\">");
        }
        ImportRun run = importText("<?xml version=\"1.0\"?><!DOCTYPE rss [" + entities + "]>"
                + "<rss version=\"2.0\" xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel><wp:wxr_version>1.2</wp:wxr_version>"
                + "<item><title>&lol9;</title></item></channel></rss>");

        assertThat(run.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(run.message()).contains("document type (DTD)");
        nothingWasImported();
    }

    @Test
    void anUndeclaredEntityIsRefused() throws Exception {
        ImportRun run = importText("<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:wp=\"http://wordpress.org/export/1.2/\">"
                + "<channel><wp:wxr_version>1.2</wp:wxr_version><item><title>Caf&eacute;</title></item></channel></rss>");

        assertThat(run.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(run.message()).contains("entities");
        nothingWasImported();
    }
}
