package io.inkwell.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.comments.test.CommentRows;
import io.inkwell.users.Role;
import io.inkwell.users.UserAccounts;
import io.inkwell.users.test.UserRows;
import io.inkwell.web.security.TestAccounts;
import io.inkwell.web.support.WebTestData;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class AdminDeletesACommentJourneyTest extends BrowserJourney {

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdminDeletesASpamCommentFromTheModerationList() {
        UUID admin = TestAccounts.registered(accounts, jdbc, "Site Admin", "admin@example.com", Role.ADMIN).id();
        UUID spammer = UserRows.author(jdbc, "Spammer");
        UUID post = WebTestData.publishedPost(jdbc, admin, "Moderated", "moderated", Instant.now().minusSeconds(60));
        CommentRows.comment(jdbc, post, spammer, null, "Buy cheap pills");
        CommentRows.comment(jdbc, post, admin, null, "A fair point");

        logIn("admin@example.com", TestAccounts.PASSWORD);
        open("/admin");
        find(By.linkText("Comments")).click();
        find(By.partialLinkText("Approved (2)")).click();
        assertThat(pageText()).contains("Buy cheap pills", "A fair point", "Moderated");
        WebElement spam = find(By.xpath("//tr[td[contains(., 'Buy cheap pills')]]"));
        press(spam, "Delete");

        assertThat(pageText()).contains("1 comment deleted.", "A fair point").doesNotContain("Buy cheap pills");
        open("/posts/moderated");
        assertThat(pageText()).contains("A fair point").doesNotContain("Buy cheap pills");
    }
}
