package io.inkwell.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.users.Role;
import io.inkwell.users.UserAccounts;
import io.inkwell.web.security.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class AdminManagesCategoriesJourneyTest extends BrowserJourney {

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdminCreatesRenamesAndDeletesACategory() {
        TestAccounts.registered(accounts, jdbc, "Site Admin", "admin@example.com", Role.ADMIN);
        logIn("admin@example.com", TestAccounts.PASSWORD);

        open("/admin/categories");
        assertThat(pageText()).contains("No categories yet.");
        type("name", "Gardening");
        type("description", "Plants and soil");
        press("Create category");
        assertThat(pageText()).contains("Category \"Gardening\" created.");

        type("name", "gardening");
        press("Create category");
        assertThat(find(By.cssSelector(".field-error")).getText()).contains("already exists");

        find(By.cssSelector("a[aria-label='Edit Gardening']")).click();
        type("name", "Allotments");
        press("Save category");
        assertThat(pageText()).contains("Category \"Allotments\" saved.");
        open("/categories/allotments");
        assertThat(find(By.tagName("h1")).getText()).isEqualTo("Allotments");

        open("/admin/categories");
        find(By.cssSelector("a[aria-label='Delete Allotments']")).click();
        press("Delete category");

        assertThat(pageText()).contains("Category \"Allotments\" deleted.", "No categories yet.");
    }
}
