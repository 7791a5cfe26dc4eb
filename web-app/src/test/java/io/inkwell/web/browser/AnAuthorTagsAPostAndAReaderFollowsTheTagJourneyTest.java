package io.inkwell.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.users.Role;
import io.inkwell.users.UserAccounts;
import io.inkwell.web.security.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class AnAuthorTagsAPostAndAReaderFollowsTheTagJourneyTest extends BrowserJourney {

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAuthorFixesTooManyTagsPublishesAndAReaderFindsThePostByItsTag() {
        TestAccounts.registered(accounts, jdbc, "Ada Author", "ada@example.com", Role.USER);
        logIn("ada@example.com", TestAccounts.PASSWORD);

        open("/posts/new");
        type("title", "Indexes explained");
        type("content", "They make **lookups** fast.");
        type("tags", "a, b, c, d, e, f, g, h, i, j, k");
        press("Publish");
        assertThat(find(By.id("tags-error")).getText()).isEqualTo("A post can have at most 10 tags; this one has 11.");
        assertThat(find(By.id("tags")).getDomProperty("value")).isEqualTo("a, b, c, d, e, f, g, h, i, j, k");

        type("tags", "PostgreSQL, Performance, postgresql");
        press("Publish");
        assertThat(pageText()).contains("Published.");
        assertThat(find(By.id("tags")).getDomProperty("value")).isEqualTo("Performance, PostgreSQL");
        logOut();

        open("/posts/indexes-explained");
        find(By.cssSelector("article a[rel=tag][href='/tags/postgresql']")).click();
        assertThat(currentPath()).isEqualTo("/tags/postgresql");
        assertThat(find(By.tagName("h1")).getText()).isEqualTo("Posts tagged “PostgreSQL”");
        assertThat(find(By.linkText("Indexes explained")).getDomAttribute("href")).isEqualTo("/posts/indexes-explained");

        find(By.linkText("All tags")).click();
        assertThat(findAll(By.cssSelector(".tag-list li a"))).extracting(link -> link.getText())
                .containsExactly("Performance", "PostgreSQL");
    }
}
