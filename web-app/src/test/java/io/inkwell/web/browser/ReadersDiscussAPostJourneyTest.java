package io.inkwell.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.comments.test.CommentRows;
import io.inkwell.users.RegisterUser;
import io.inkwell.users.UserAccounts;
import io.inkwell.web.support.WebTestData;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ReadersDiscussAPostJourneyTest extends BrowserJourney {

    static final String PASSWORD = "a long enough password";
    static final String POST = "/posts/on-threads";

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void aPublishedPostAndTwoReaders() {
        UUID ada = accounts.register(new RegisterUser("ada@example.com", "Ada Reader", PASSWORD));
        accounts.register(new RegisterUser("bob@example.com", "Bob Replier", PASSWORD));
        WebTestData.publishedPost(jdbc, ada, "On threads", "on-threads", Instant.now().minusSeconds(3600));
    }

    private WebElement commentWithText(String text) {
        return find(By.xpath("//li[contains(@class,'comment')][.//div[contains(@class,'comment-body')][contains(normalize-space(), \""
                + text + "\")]]"));
    }

    private void replyTo(String text, String reply) {
        commentWithText(text).findElement(By.linkText("Reply")).click();
        WebElement form = find(By.cssSelector("form.reply-form"));
        form.findElement(By.tagName("textarea")).sendKeys(reply);
        press(form, "Reply");
    }

    @Test
    void aReaderCommentsAnotherRepliesThreeLevelsDeepAndTheFirstEditsThenDeletesTheirs() {
        open(POST);
        assertThat(pageText()).contains("Log in to comment", "No comments yet.");

        logIn("ada@example.com", PASSWORD);
        open(POST);
        type("content", "Threads are the best part of a blog.");
        press("Post comment");
        assertThat(pageText()).contains("Your comment is posted.", "Ada Reader", "Threads are the best part of a blog.", "just now");
        logOut();

        logIn("bob@example.com", PASSWORD);
        open(POST);
        replyTo("Threads are the best part", "Level one: agreed.");
        replyTo("Level one: agreed.", "Level two: still agreed.");
        replyTo("Level two: still agreed.", "Level three: the deepest so far.");
        assertThat(commentWithText("Level three").getDomAttribute("class")).contains("indent-3");
        assertThat(commentWithText("Level one").getDomAttribute("class")).contains("indent-1");
        logOut();

        logIn("ada@example.com", PASSWORD);
        open(POST);
        commentWithText("Threads are the best part").findElement(By.linkText("Edit")).click();
        type("content", "Threads are the very best part of a blog.");
        press("Save comment");
        assertThat(commentWithText("the very best part").getText()).contains("edited");

        commentWithText("the very best part").findElement(By.linkText("Delete")).click();
        assertThat(pageText()).contains("Delete this comment?");
        press("Delete comment");

        assertThat(pageText()).contains("The comment is deleted.", "[deleted]", "Level one: agreed.", "Level three: the deepest so far.")
                .doesNotContain("the very best part");
        WebElement placeholder = find(By.cssSelector("li.comment.deleted"));
        assertThat(placeholder.getDomAttribute("class")).contains("indent-0");
        assertThat(placeholder.getText()).doesNotContain("Ada Reader");
    }

    @Test
    void aReaderFollowsMoreCommentsRepliesOnTheSecondPageAndLandsBackOnIt() {
        UUID ada = jdbc.queryForObject("select id from users where email = 'ada@example.com'", UUID.class);
        UUID post = jdbc.queryForObject("select id from posts where slug = 'on-threads'", UUID.class);
        CommentRows.topLevelComments(jdbc, post, ada, 130);

        logIn("bob@example.com", PASSWORD);
        open(POST);
        assertThat(pageText()).contains("130 comments", "Comment 100.").doesNotContain("Comment 101.");

        find(By.linkText("More comments")).click();
        commentWithText("Comment 101.");
        assertThat(pageText()).contains("Continued from the previous page", "Comment 130.").doesNotContain("Comment 100.");

        replyTo("Comment 120.", "A reply on the second page.");
        assertThat(currentPath()).startsWith(POST + "?after=");
        assertThat(pageText()).contains("Your reply is posted.", "A reply on the second page.", "131 comments");
        assertThat(commentWithText("A reply on the second page.").getDomAttribute("class")).contains("indent-1");
    }

    @Test
    void markupInACommentShowsAsText() {
        logIn("bob@example.com", PASSWORD);
        open(POST);
        type("content", "<script>document.title='owned'</script><b>not bold</b> https://example.com/x");
        press("Post comment");

        assertThat(pageText()).contains("<script>document.title='owned'</script><b>not bold</b>");
        assertThat(driver().getTitle()).isNotEqualTo("owned");
        assertThat(findAll(By.cssSelector(".comment-body b"))).isEmpty();
        WebElement link = find(By.cssSelector(".comment-body a"));
        assertThat(link.getDomAttribute("href")).isEqualTo("https://example.com/x");
        assertThat(link.getDomAttribute("rel")).isEqualTo("nofollow ugc");
    }

    @Test
    void anEmptyCommentIsExplainedNextToTheField() {
        logIn("bob@example.com", PASSWORD);
        open(POST);
        find(By.id("content")).sendKeys("   ");
        // The browser's own "required" check would stop an empty form; whitespace gets to the server.
        press("Post comment");

        assertThat(find(By.id("content-error")).getText()).contains("the comment is empty");
    }
}
