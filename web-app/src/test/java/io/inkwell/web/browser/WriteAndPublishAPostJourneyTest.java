package io.inkwell.web.browser;

import static io.inkwell.web.support.WebTestData.CATEGORY_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.posts.Categories;
import io.inkwell.users.Role;
import io.inkwell.users.UserAccounts;
import io.inkwell.web.security.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class WriteAndPublishAPostJourneyTest extends BrowserJourney {

    @Autowired
    UserAccounts accounts;

    @Autowired
    Categories categories;

    @Autowired
    JdbcTemplate jdbc;

    private void check(String category) {
        find(By.xpath("//label[normalize-space()='" + category + "']/input")).click();
    }

    @Test
    void anAuthorDraftsPreviewsPublishesFindsAndRenamesAPost() {
        TestAccounts.registered(accounts, jdbc, "Ada Author", "ada@example.com", Role.USER);
        categories.create(CATEGORY_ADMIN, "Databases", null);
        categories.create(CATEGORY_ADMIN, "Programming", null);
        categories.create(CATEGORY_ADMIN, "Cooking", null);
        logIn("ada@example.com", TestAccounts.PASSWORD);

        open("/posts/new");
        type("title", "Indexes explained");
        type("content", "## Why indexes\n\nThey make **lookups** fast.");
        check("Databases");
        check("Programming");
        press("Save draft");
        assertThat(pageText()).contains("Saved.", "draft");

        press("Preview");
        assertThat(find(By.cssSelector(".preview .post-body h2")).getText()).isEqualTo("Why indexes");
        assertThat(find(By.cssSelector(".preview .post-body strong")).getText()).isEqualTo("lookups");
        press("Publish");
        assertThat(pageText()).contains("Published.");

        open("/");
        assertThat(find(By.linkText("Indexes explained")).getDomAttribute("href")).isEqualTo("/posts/indexes-explained");
        open("/categories/programming");
        assertThat(pageText()).contains("Indexes explained");
        open("/categories/cooking");
        assertThat(pageText()).doesNotContain("Indexes explained");

        open("/posts/indexes-explained");
        find(By.linkText("Edit")).click();
        type("slug", "indexes-in-depth");
        press("Save changes");
        open("/posts/indexes-explained");

        assertThat(currentPath()).isEqualTo("/posts/indexes-in-depth");
        assertThat(find(By.tagName("h1")).getText()).isEqualTo("Indexes explained");
    }
}
