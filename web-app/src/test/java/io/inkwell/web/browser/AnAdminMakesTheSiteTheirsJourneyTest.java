package io.inkwell.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.posts.test.PostRows;
import io.inkwell.users.Role;
import io.inkwell.users.UserAccounts;
import io.inkwell.web.security.TestAccounts;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.support.WebTestData;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class AnAdminMakesTheSiteTheirsJourneyTest extends BrowserJourney {

    /** Early on 2 March in UTC, still 1 March in New York. */
    static final Instant EARLY_ON_THE_SECOND = Instant.parse("2026-03-02T03:30:00Z");

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdminNamesTheSiteSetsItsTimeZoneAndPutsACategoryInTheMenu() {
        SignedInUser admin = TestAccounts.registered(accounts, jdbc, "Site Admin", "admin@example.com", Role.ADMIN);
        UUID gardening = PostRows.category(jdbc, "Gardening", "gardening");
        UUID post = WebTestData.publishedPost(jdbc, admin.id(), "Spring sowing", "spring-sowing", EARLY_ON_THE_SECOND);
        PostRows.link(jdbc, post, gardening);
        open("/");
        assertThat(driver().getTitle()).isEqualTo("Inkwell");
        assertThat(find(By.cssSelector(".card time")).getText()).isEqualTo("2 Mar 2026");

        logIn("admin@example.com", TestAccounts.PASSWORD);
        open("/admin");
        find(By.linkText("Settings")).click();
        type("title", "Ada's Almanac");
        type("tagline", "Seeds, soil and seasons");
        type("timeZone", "America/New_Yrok");
        press("Save settings");
        assertThat(find(By.id("timeZone-error")).getText()).contains("America/New_Yrok", "not a time zone");
        type("timeZone", "America/New_York");
        press("Save settings");
        assertThat(pageText()).contains("Settings saved.");

        find(By.linkText("Menus")).click();
        WebElement header = find(By.id("header-menu"));
        type("header-label", "Gardening");
        new Select(find(By.id("header-target"))).selectByVisibleText("Category: Gardening");
        press(header, "Add item");
        assertThat(pageText()).contains("Item added to the header menu.");

        open("/");
        assertThat(driver().getTitle()).isEqualTo("Ada's Almanac");
        assertThat(find(By.cssSelector(".site-header .brand")).getText()).isEqualTo("Ada's Almanac");
        assertThat(find(By.cssSelector(".site-tagline")).getText()).isEqualTo("Seeds, soil and seasons");
        assertThat(find(By.cssSelector(".card time")).getText()).isEqualTo("1 Mar 2026");
        find(By.cssSelector(".site-nav")).findElement(By.linkText("Gardening")).click();
        assertThat(currentPath()).isEqualTo("/categories/gardening");
        assertThat(find(By.tagName("h1")).getText()).isEqualTo("Gardening");
        assertThat(driver().getTitle()).isEqualTo("Gardening · Ada's Almanac");
    }
}
