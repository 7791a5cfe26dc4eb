package io.inkwell.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.users.RegisterUser;
import io.inkwell.users.UserAccounts;
import io.inkwell.web.support.WebTestData;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class AdminDeletesACommentJourneyTest extends BrowserJourney {

    static final String PASSWORD = "a long enough password";

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdminDeletesASpamCommentFromTheModerationList() {
        UUID admin = accounts.register(new RegisterUser("admin@example.com", "Site Admin", PASSWORD));
        jdbc.update("update users set role = 'admin' where id = ?", admin);
        UUID spammer = accounts.register(new RegisterUser("spam@example.com", "Spammer", PASSWORD));
        UUID post = WebTestData.publishedPost(jdbc, admin, "Moderated", "moderated", Instant.now().minusSeconds(60));
        jdbc.update("insert into comments (post_id, author_id, content) values (?, ?, 'Buy cheap pills'), (?, ?, 'A fair point')",
                post, spammer, post, admin);

        logIn("admin@example.com", PASSWORD);
        open("/admin");
        find(By.linkText("Comments")).click();
        assertThat(pageText()).contains("Latest comments", "Buy cheap pills", "A fair point", "Moderated");
        WebElement spam = find(By.xpath("//tr[td[contains(., 'Buy cheap pills')]]"));
        press(spam, "Delete");

        assertThat(pageText()).contains("The comment is deleted.", "A fair point").doesNotContain("Buy cheap pills");
        open("/posts/moderated");
        assertThat(pageText()).contains("A fair point").doesNotContain("Buy cheap pills");
    }
}
