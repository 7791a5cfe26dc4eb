package io.inkwell.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.media.test.TestImages;
import io.inkwell.users.Role;
import io.inkwell.users.UserAccounts;
import io.inkwell.web.security.TestAccounts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class UploadAnImageAndPublishItJourneyTest extends BrowserJourney {

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAuthorUploadsAnImageFromTheEditorPublishesItAndDeletesItOnceNoPostUsesIt() throws Exception {
        TestAccounts.registered(accounts, jdbc, "Ada Author", "ada@example.com", Role.USER);
        Path photo = Files.createTempFile("harbour", ".jpg");
        Files.write(photo, TestImages.jpeg(1800, 1200));
        logIn("ada@example.com", TestAccounts.PASSWORD);

        open("/posts/new");
        type("title", "At the harbour");
        type("content", "The boats came in early.\n\n");
        find(By.id("editor-upload-image")).sendKeys(photo.toAbsolutePath().toString());
        type("editor-upload-alt", "Fishing boats moored at the quay");
        find(By.xpath("//button[normalize-space()='Upload image']")).click();
        new WebDriverWait(driver(), Duration.ofSeconds(20))
                .until(page -> find(By.id("content")).getDomProperty("value").contains("![Fishing boats moored at the quay]("));
        assertThat(find(By.id("editor-upload-status")).getText()).isEqualTo("Uploaded and inserted.");
        press("Publish");
        assertThat(pageText()).contains("Published.");

        open("/posts/at-the-harbour");
        WebElement image = find(By.cssSelector(".post-body img"));
        assertThat(image.getDomAttribute("alt")).isEqualTo("Fishing boats moored at the quay");
        assertThat(image.getDomAttribute("srcset")).contains(" 480w", " 960w", " 1600w");
        assertThat(image.getDomAttribute("width")).isEqualTo("1800");
        new WebDriverWait(driver(), Duration.ofSeconds(10)).until(page -> ((Number) ((JavascriptExecutor) driver())
                .executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0", image)).intValue() > 0);

        open("/admin/media");
        assertThat(find(By.cssSelector(".media-card .used-in")).getText()).contains("Used in", "At the harbour");
        find(By.cssSelector(".media-card .media-name a")).click();
        find(By.linkText("Delete")).click();
        assertThat(pageText()).contains("This image cannot be deleted", "still used in a post");

        open("/me/posts");
        find(By.linkText("Edit")).click();
        find(By.linkText("Delete")).click();
        press("Delete post");
        assertThat(pageText()).contains("Post deleted.");

        open("/admin/media");
        assertThat(find(By.cssSelector(".media-card .used-in")).getText()).isEqualTo("Not used");
        find(By.cssSelector(".media-card .media-name a")).click();
        find(By.linkText("Delete")).click();
        press("Delete image");
        assertThat(pageText()).contains("Image deleted.", "No images yet.");
        Files.deleteIfExists(photo);
    }
}
