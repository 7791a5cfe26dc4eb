package io.inkwell.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.users.Role;
import io.inkwell.users.UserAccounts;
import io.inkwell.web.security.TestAccounts;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class AdminManagesUsersJourneyTest extends BrowserJourney {

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void accounts() {
        TestAccounts.registered(accounts, jdbc, "Site Admin", "admin@example.com", Role.ADMIN);
        TestAccounts.registered(accounts, jdbc, "Bob Builder", "bob@builders.example", Role.USER);
        TestAccounts.registered(accounts, jdbc, "Cleo", "cleo@example.org", Role.USER);
    }

    private WebElement rowOf(String email) {
        return find(By.cssSelector("tr[data-email='" + email + "']"));
    }

    @Test
    void anAdminSuspendsAUserWhoseNextPageLoadIsLoggedOut() {
        logIn("bob@builders.example", TestAccounts.PASSWORD);
        assertThat(signedInName()).isEqualTo("Bob Builder");
        Set<Cookie> bobsSession = driver().manage().getCookies();
        driver().executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());

        logIn("admin@example.com", TestAccounts.PASSWORD);
        open("/admin/users");
        WebElement bob = rowOf("bob@builders.example");
        new Select(bob.findElement(By.name("status"))).selectByValue("SUSPENDED");
        press(bob, "Change…");
        assertThat(pageText()).contains("Change Bob Builder's account?", "suspended");
        press("Confirm change");
        assertThat(pageText()).contains("The account is now user, suspended.");

        driver().executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
        bobsSession.forEach(cookie -> driver().manage().addCookie(cookie));
        open("/account");

        assertThat(currentPath()).isEqualTo("/login?ended");
        assertThat(pageText()).contains("Your session has ended.");
        assertThat(signedInName()).isEmpty();
    }

    @Test
    void anAdminSearchesUsersByPartOfAnEmail() {
        logIn("admin@example.com", TestAccounts.PASSWORD);
        open("/admin/users");
        assertThat(findAll(By.cssSelector("tbody tr"))).hasSize(3);

        type("q", "BUILDERS.EX");
        press("Search users");

        assertThat(findAll(By.cssSelector("tbody tr"))).extracting(row -> row.getDomAttribute("data-email"))
                .containsExactly("bob@builders.example");
        assertThat(find(By.id("q")).getDomProperty("value")).isEqualTo("BUILDERS.EX");
    }
}
