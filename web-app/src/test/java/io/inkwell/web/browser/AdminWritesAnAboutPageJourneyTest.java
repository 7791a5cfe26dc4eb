package io.inkwell.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.users.Role;
import io.inkwell.users.UserAccounts;
import io.inkwell.web.security.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class AdminWritesAnAboutPageJourneyTest extends BrowserJourney {

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdminWritesAnAboutPagePublishesItAndAReaderOpensAbout() {
        TestAccounts.registered(accounts, jdbc, "Site Admin", "admin@example.com", Role.ADMIN);
        logIn("admin@example.com", TestAccounts.PASSWORD);

        open("/admin");
        find(By.linkText("Pages")).click();
        assertThat(pageText()).contains("No pages yet.");
        find(By.linkText("New page")).click();
        type("title", "About");
        type("slug", "search");
        type("content", "## Who we are\n\nWe write about **tea**.");
        press("Save draft");
        assertThat(find(By.id("slug-error")).getText()).contains("/search belongs to the site itself");

        type("slug", "");
        press("Preview");
        assertThat(find(By.cssSelector(".preview .post-body h2")).getText()).isEqualTo("Who we are");
        press("Save draft");
        assertThat(pageText()).contains("Saved.", "readers cannot see it");
        press("Publish");
        assertThat(pageText()).contains("Published.");
        logOut();

        open("/about");
        assertThat(driver().getTitle()).isEqualTo("About · Inkwell");
        assertThat(find(By.tagName("h1")).getText()).isEqualTo("About");
        assertThat(find(By.cssSelector(".post-body strong")).getText()).isEqualTo("tea");

        open("/search?q=tea");
        find(By.linkText("About")).click();
        assertThat(currentPath()).isEqualTo("/about");
    }
}
