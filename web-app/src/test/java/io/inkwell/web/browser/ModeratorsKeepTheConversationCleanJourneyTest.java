package io.inkwell.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.users.Role;
import io.inkwell.users.UserAccounts;
import io.inkwell.web.security.TestAccounts;
import io.inkwell.web.support.WebTestData;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A site that holds first-time commenters: a new reader's first comment waits (marked so for its author only), a
 * moderator approves it in the queue, a comment with three links is held and marked as spam with "Apply to
 * selected", and a thread is hidden and shown again.
 */
class ModeratorsKeepTheConversationCleanJourneyTest extends BrowserJourney {

    static final String POST = "/posts/on-gardens";

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void aPublishedPostAndAnAdmin() {
        var admin = TestAccounts.registered(accounts, jdbc, "Mo Derator", "mo@example.com", Role.ADMIN);
        WebTestData.publishedPost(jdbc, admin.id(), "On gardens", "on-gardens", Instant.now().minusSeconds(3600));
    }

    private WebElement queueRowWith(String text) {
        return find(By.xpath("//tr[.//div[contains(@class,'comment-text')][contains(normalize-space(), \"" + text + "\")]]"));
    }

    private WebElement commentWithText(String text) {
        return find(By.xpath("//li[contains(@class,'comment')][.//div[contains(@class,'comment-body')][contains(normalize-space(), \""
                + text + "\")]]"));
    }

    private void comment(String text) {
        open(POST);
        type("content", text);
        press("Post comment");
    }

    @Test
    void aFirstCommentWaitsForApprovalSpamIsClearedInBulkAndAThreadIsHiddenAndShownAgain() {
        // The admin asks for first-time commenters to be held.
        logIn("mo@example.com", TestAccounts.PASSWORD);
        open("/admin/settings/comments");
        new Select(find(By.id("approval"))).selectByVisibleText("Held for approval for first-time commenters");
        press("Save comment settings");
        assertThat(pageText()).contains("Comment settings saved.");
        logOut();

        // A new reader's first comment waits, and only they see it, marked.
        register("Nell Newcomer", "nell@example.com", TestAccounts.PASSWORD);
        comment("Lovely roses this year.");
        assertThat(pageText()).contains("Your comment is awaiting moderation", "Lovely roses this year.");
        assertThat(commentWithText("Lovely roses").getText()).contains("Awaiting moderation");
        logOut();
        open(POST);
        assertThat(pageText()).contains("0 comments", "No comments yet.").doesNotContain("Lovely roses");

        // A spammer's comment with three links is held for its links.
        register("Sam Spammer", "sam@example.com", TestAccounts.PASSWORD);
        comment("Cheap seeds at https://a.example https://b.example and https://c.example");
        assertThat(pageText()).contains("Your comment is awaiting moderation");
        logOut();

        // The moderator approves the first comment in the queue...
        logIn("mo@example.com", TestAccounts.PASSWORD);
        open("/admin/comments");
        assertThat(pageText()).contains("Awaiting moderation (2)", "First comment of its author", "Too many links");
        press(queueRowWith("Lovely roses"), "Approve");
        assertThat(pageText()).contains("1 comment approved.", "Awaiting moderation (1)").doesNotContain("Lovely roses");

        // ...and marks the spam as spam, selected with its box, with "Apply to selected".
        queueRowWith("Cheap seeds").findElement(By.cssSelector("input[type=checkbox]")).click();
        new Select(find(By.id("bulk-action"))).selectByVisibleText("Mark as spam");
        press("Apply to selected");
        assertThat(pageText()).contains("1 comment marked as spam.", "Awaiting moderation (0)", "Spam (1)");
        find(By.partialLinkText("Spam (1)")).click();
        assertThat(queueRowWith("Cheap seeds").getText()).contains("Marked as spam by a moderator");

        // Readers see the approved comment, counted.
        logOut();
        open(POST);
        assertThat(pageText()).contains("1 comment", "Lovely roses this year.").doesNotContain("Cheap seeds");

        // The moderator hides the thread: readers no longer see it; shown again, it is back.
        logIn("mo@example.com", TestAccounts.PASSWORD);
        open("/admin/comments?tab=approved");
        press(queueRowWith("Lovely roses"), "Hide thread");
        assertThat(pageText()).contains("1 comment hidden with its replies.", "Hidden");
        open(POST);
        assertThat(commentWithText("Lovely roses").getText()).as("a moderator still sees it, marked").contains("Hidden");
        logOut();
        open(POST);
        assertThat(pageText()).contains("0 comments").doesNotContain("Lovely roses");

        logIn("mo@example.com", TestAccounts.PASSWORD);
        open("/admin/comments?tab=approved");
        press(queueRowWith("Lovely roses"), "Show thread");
        assertThat(pageText()).contains("1 comment shown again with its replies.");
        logOut();
        open(POST);
        assertThat(pageText()).contains("1 comment", "Lovely roses this year.");
    }
}
