package io.inkwell.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.users.Role;
import io.inkwell.users.UserAccounts;
import io.inkwell.web.security.TestAccounts;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A contributor writes and submits a post; an editor finds it pending review and schedules it a minute ahead; nobody
 * touches it again, and it appears on the home page by itself, dated the scheduled time.
 */
class AContributorSubmitsAndAnEditorSchedulesJourneyTest extends BrowserJourney {

    /** Up to two minutes ahead, and the site's sweep (each second in tests) with room to spare on a busy machine. */
    private static final Duration PATIENCE = Duration.ofMinutes(4);

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSubmittedPostIsScheduledByAnEditorAndGoesOutByItself() {
        TestAccounts.registered(accounts, jdbc, "Cy Contributor", "cy@example.com", Role.CONTRIBUTOR);
        TestAccounts.registered(accounts, jdbc, "Eve Editor", "eve@example.com", Role.EDITOR);

        logIn("cy@example.com", TestAccounts.PASSWORD);
        open("/posts/new");
        assertThat(findAll(By.xpath("//button[normalize-space()='Publish']"))).as("contributors do not publish").isEmpty();
        type("title", "Notes from the field");
        type("content", "What we saw on the **first** day.");
        press("Submit for review");
        assertThat(pageText()).contains("Submitted for review", "pending review");
        logOut();

        logIn("eve@example.com", TestAccounts.PASSWORD);
        find(By.linkText("Editorial")).click();
        open("/admin/posts?status=pending");
        assertThat(pageText()).contains("Notes from the field", "pending review");
        find(By.linkText("Review")).click();
        // The field takes whole minutes: the next minute but one is one to two minutes ahead.
        LocalDateTime aMinuteAhead = LocalDateTime.now(ZoneOffset.UTC).plusMinutes(2).truncatedTo(ChronoUnit.MINUTES);
        WebElement publishAt = find(By.id("publishAt"));
        driver().executeScript("arguments[0].value = arguments[1]", publishAt, aMinuteAhead.toString());
        press("Schedule");
        assertThat(pageText()).contains("Scheduled: the post will be published at the time you chose.", "scheduled for");
        logOut();

        open("/");
        assertThat(pageText()).doesNotContain("Notes from the field");
        new WebDriverWait(driver(), PATIENCE, Duration.ofSeconds(2)).until(browser -> {
            browser.navigate().refresh();
            return pageText().contains("Notes from the field");
        });

        assertThat(jdbc.queryForObject("select published_at from posts where slug = 'notes-from-the-field'", Timestamp.class)
                .toInstant()).isEqualTo(aMinuteAhead.toInstant(ZoneOffset.UTC));
        find(By.linkText("Notes from the field")).click();
        assertThat(find(By.tagName("h1")).getText()).isEqualTo("Notes from the field");
    }
}
