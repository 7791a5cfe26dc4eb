package io.inkwell.web.exchange;

import static io.inkwell.web.security.TestAccounts.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.exchange.ImportRun;
import io.inkwell.exchange.ImportStatus;
import io.inkwell.exchange.WordPressImport;
import io.inkwell.exchange.test.WxrFile;
import io.inkwell.settings.SiteSettings;
import io.inkwell.settings.test.SettingsRows;
import io.inkwell.users.Role;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.support.WebTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class AdminImportControllerTest {

    static final String OLD_SITE = "https://old.example.com";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WordPressImport imports;

    @Autowired
    SiteSettings site;

    SignedInUser admin;

    @BeforeEach
    void anAdmin() {
        admin = person(jdbc, "Root", Role.ADMIN);
    }

    static MockMultipartFile exportFile() {
        String xml = WxrFile.site(OLD_SITE)
                .author(2, "ada", "ada@example.com", "Ada Lovelace")
                .item(10, item -> item.title("Hello world").slug("hello-world").creator("ada")
                        .link(OLD_SITE + "/2019/05/hello-world/").content("Hello from WordPress.")
                        .comment(100, 0, "Reader", "reader@example.com", "Nice", "1")
                        .comment(101, 0, "Waiting", "wait@example.com", "Held", "0"))
                .toString();
        return new MockMultipartFile("file", "old-blog.xml", "text/xml", xml.getBytes(StandardCharsets.UTF_8));
    }

    private ImportRun awaitEnd() throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
        ImportRun run;
        do {
            Thread.sleep(50);
            run = imports.latest(admin.actor()).orElseThrow();
        } while (run.status().isRunning() && Instant.now().isBefore(giveUp));
        return run;
    }

    @Test
    void theImportPageOffersTheUploadFormAndItsLimit() throws Exception {
        mvc.perform(get("/admin/import").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("WordPress export file")))
                .andExpect(content().string(containsString("at most 200 MB")))
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));
    }

    @Test
    void anUploadedFileIsImportedInTheBackgroundAndItsProgressAndReportShown() throws Exception {
        mvc.perform(multipart("/admin/import").file(exportFile()).with(user(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/import"))
                .andExpect(flash().attribute("message", containsString("Importing old-blog.xml")));

        ImportRun run = awaitEnd();

        assertThat(run.status()).isEqualTo(ImportStatus.FINISHED);
        SignedInUser otherAdmin = person(jdbc, "Other admin", Role.ADMIN);
        mvc.perform(get("/admin/import").with(user(otherAdmin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Finished.")))
                .andExpect(content().string(containsString("1 of 1 posts and pages")))
                .andExpect(content().string(containsString("What was skipped, and why")))
                .andExpect(content().string(containsString("waiting for moderation")))
                .andExpect(content().string(containsString("<a href=\"/admin/users?status=INVITED\">Invite the imported authors</a>")));
        assertThat(jdbc.queryForObject("select count(*) from posts where slug = 'hello-world'", Integer.class)).isOne();
    }

    @Test
    void onAGermanSiteThePageItsReportAndTheDatesInItAreGerman() throws Exception {
        SettingsRows.language(jdbc, "de");
        site.reload();
        String xml = WxrFile.site(OLD_SITE)
                .item(10, item -> item.title("Morgen").slug("morgen").status("future").content("Bald.")
                        .dates("2030-03-02 14:05:00", "2030-03-02 14:05:00")
                        .comment(101, 0, "Waiting", "wait@example.com", "Held", "0"))
                .toString();

        mvc.perform(multipart("/admin/import").with(user(admin)).with(csrf())
                        .file(new MockMultipartFile("file", "alt.xml", "text/xml", xml.getBytes(StandardCharsets.UTF_8))))
                .andExpect(flash().attribute("message", containsString("alt.xml wird importiert")));
        awaitEnd();

        mvc.perform(get("/admin/import").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fertig.")))
                .andExpect(content().string(containsString("1 von 1 Beiträgen und Seiten")))
                .andExpect(content().string(containsString("Was anders importiert wurde, und warum")))
                .andExpect(content().string(containsString("für 2. März 2030, 14:05 geplant")))
                .andExpect(content().string(containsString("wartete in WordPress auf Moderation")));
    }

    @Test
    void aRequestWithoutAFileRedisplaysTheFormWithAMessage() throws Exception {
        mvc.perform(multipart("/admin/import").with(user(admin)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose the file WordPress")));
        assertThat(imports.latest(admin.actor())).isEmpty();
    }

    @Test
    void aSecondImportWhileOneRunsIsRefusedWithAMessage() throws Exception {
        jdbc.update("insert into import_runs (started_by, file_name, file_size, status) values (?, 'first.xml', 1, 'importing')",
                admin.id());

        mvc.perform(multipart("/admin/import").file(exportFile()).with(user(admin)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Another import is running")));
        assertThat(jdbc.queryForObject("select count(*) from import_runs", Integer.class)).isOne();
    }

    @Test
    void aFileThatIsNotAnExportEndsTheImportWithItsReason() throws Exception {
        mvc.perform(multipart("/admin/import").with(user(admin)).with(csrf())
                .file(new MockMultipartFile("file", "photo.jpg", "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2})))
                .andExpect(status().is3xxRedirection());

        awaitEnd();

        mvc.perform(get("/admin/import").with(user(admin)))
                .andExpect(content().string(containsString("Stopped: the import failed.")))
                .andExpect(content().string(containsString("not a WordPress export file")));
    }

    @Test
    void aRunThatEndedBeforeReasonsWereKeptAsWordsShowsItsEnglish() throws Exception {
        jdbc.update("insert into import_runs (started_by, file_name, file_size, status, message, finished_at) "
                + "values (?, 'old.xml', 1, 'failed', 'The import stopped on an error (boom).', now())", admin.id());
        SettingsRows.language(jdbc, "de");
        site.reload();

        mvc.perform(get("/admin/import").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Abgebrochen: Der Import ist fehlgeschlagen.")))
                .andExpect(content().string(containsString("The import stopped on an error (boom).")));
    }

    @Test
    void anAnonymousUploadIsSentToTheLoginPageBeforeItsBodyIsRead() throws Exception {
        mvc.perform(multipart("/admin/import").file(exportFile()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void authorsMayNotImport() throws Exception {
        SignedInUser author = person(jdbc, "Ada", Role.USER);

        mvc.perform(multipart("/admin/import").file(exportFile()).with(user(author)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/import").with(user(author))).andExpect(status().isForbidden());
        assertThat(imports.latest(admin.actor())).isEmpty();
    }

    @Test
    void anUploadWithoutItsFormTokenIsRefused() throws Exception {
        mvc.perform(multipart("/admin/import").file(exportFile()).with(user(admin)))
                .andExpect(status().isForbidden());
    }
}
