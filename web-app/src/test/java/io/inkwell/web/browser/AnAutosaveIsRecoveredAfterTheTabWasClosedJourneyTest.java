package io.inkwell.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.users.Role;
import io.inkwell.users.UserAccounts;
import io.inkwell.web.security.TestAccounts;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An author types in the editor and closes the tab without saving; the editor's autosave kept the text, and the
 * next time the editor opens it offers it back.
 */
class AnAutosaveIsRecoveredAfterTheTabWasClosedJourneyTest extends BrowserJourney {

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void textTypedInATabThatWasClosedIsRestoredFromTheAutosave() {
        TestAccounts.registered(accounts, jdbc, "Ada Author", "ada@example.com", Role.USER);
        logIn("ada@example.com", TestAccounts.PASSWORD);
        open("/posts/new");
        type("title", "Travel diary");
        type("content", "Day one.");
        press("Save draft");
        String editor = currentPath();

        find(By.id("content")).sendKeys("\nDay two: the text nobody saved.");
        new WebDriverWait(driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("autosave-status"), "Autosaved at"));
        String closing = driver().getWindowHandle();
        driver().switchTo().newWindow(WindowType.TAB);
        String fresh = driver().getWindowHandle();
        driver().switchTo().window(closing).close();
        driver().switchTo().window(fresh);

        open(editor);
        assertThat(pageText()).contains("Unsaved text from this editor", "is newer than the saved post");
        assertThat(find(By.id("content")).getDomProperty("value")).isEqualTo("Day one.");
        find(By.linkText("Restore autosave")).click();
        assertThat(find(By.id("content")).getDomProperty("value")).isEqualTo("Day one.\nDay two: the text nobody saved.");
        press("Save draft");

        assertThat(jdbc.queryForObject("select content from posts where title = 'Travel diary'", String.class))
                .isEqualTo("Day one.\nDay two: the text nobody saved.");
        assertThat(pageText()).doesNotContain("Unsaved text from this editor");
    }
}
