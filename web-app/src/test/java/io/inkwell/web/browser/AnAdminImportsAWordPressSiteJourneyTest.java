package io.inkwell.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.exchange.test.WxrFile;
import io.inkwell.users.Role;
import io.inkwell.users.UserAccounts;
import io.inkwell.web.security.TestAccounts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class AnAdminImportsAWordPressSiteJourneyTest extends BrowserJourney {

    private static final String OLD_SITE = "https://old.example.com";
    private static final int POSTS = 250;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdminUploadsAWordPressExportWatchesItsProgressAndFindsThePostsAtTheirNewAndOldAddresses() throws Exception {
        TestAccounts.registered(accounts, jdbc, "Root Admin", "root@example.com", Role.ADMIN);
        WxrFile site = WxrFile.site(OLD_SITE).author(2, "ada", "ada@example.com", "Ada Lovelace").category("rail", "", "Rail");
        for (int n = 1; n <= POSTS; n++) {
            int id = n;
            site.item(n, item -> item.title("Train journey " + id).slug("train-journey-" + id).creator("ada")
                    .link(OLD_SITE + "/2019/05/train-journey-" + id + "/").category("rail", "Rail")
                    .content("We took the night train, number " + id + ".\n\nIt was slow.")
                    .comment(1000L + id, 0, "Reader", "reader@example.com", "Lovely trip", "1"));
        }
        Path file = Files.createTempDirectory("journey").resolve("old-blog.wordpress.xml");
        Files.writeString(file, site.toString());
        logIn("root@example.com", TestAccounts.PASSWORD);

        open("/admin");
        find(By.linkText("Import")).click();
        find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        press("Import");

        assertThat(pageText()).contains("Importing old-blog.wordpress.xml");
        // The page reloads itself while the import runs: first the file is read, then its posts are counted off.
        WebDriverWait patience = new WebDriverWait(driver(), Duration.ofMinutes(3));
        patience.pollingEvery(Duration.ofMillis(200)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(page -> find(By.id("import-run")).getText().contains("of " + POSTS + " posts and pages"));
        patience.pollingEvery(Duration.ofMillis(500)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(page -> find(By.id("import-run")).getText().contains("Finished."));
        assertThat(find(By.id("import-run")).getText()).contains(POSTS + " of " + POSTS + " posts and pages");

        open("/posts/train-journey-7");
        assertThat(find(By.tagName("h1")).getText()).isEqualTo("Train journey 7");
        assertThat(pageText()).contains("We took the night train, number 7.", "Ada Lovelace", "Lovely trip");

        open("/2019/05/train-journey-7/");
        assertThat(currentPath()).isEqualTo("/posts/train-journey-7");
        open("/?p=42");
        assertThat(currentPath()).isEqualTo("/posts/train-journey-42");
        Files.deleteIfExists(file);
    }
}
