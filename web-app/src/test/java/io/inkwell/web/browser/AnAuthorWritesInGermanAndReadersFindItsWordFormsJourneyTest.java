package io.inkwell.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.settings.SiteSettings;
import io.inkwell.settings.test.SettingsRows;
import io.inkwell.users.Role;
import io.inkwell.users.UserAccounts;
import io.inkwell.web.security.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class AnAuthorWritesInGermanAndReadersFindItsWordFormsJourneyTest extends BrowserJourney {

    @Autowired
    UserAccounts accounts;

    @Autowired
    SiteSettings site;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAuthorPublishesAGermanPostOnAnEnglishSiteAndOnceTheSiteIsGermanReadersFindItByAnotherForm() {
        TestAccounts.registered(accounts, jdbc, "Ada Author", "ada@example.com", Role.USER);
        logIn("ada@example.com", TestAccounts.PASSWORD);

        open("/posts/new");
        type("title", "Wohnen am See");
        type("content", "Wir wohnen in alten Häusern am See.");
        Select language = new Select(find(By.id("language")));
        assertThat(language.getFirstSelectedOption().getText()).as("the site's language").isEqualTo("English");
        language.selectByValue("de");
        press("Publish");
        assertThat(pageText()).contains("Published.");
        open("/posts/wohnen-am-see");
        assertThat(find(By.cssSelector("main article")).getDomAttribute("lang")).isEqualTo("de");

        logOut();
        SettingsRows.language(jdbc, "de");
        site.reload();
        open("/");
        WebElement search = find(By.id("nav-q"));
        search.sendKeys("Häuser");
        search.sendKeys(Keys.ENTER);

        assertThat(find(By.cssSelector(".snippet mark")).getText()).isEqualTo("Häusern");
        assertThat(pageText()).contains("Wohnen am See");
    }
}
