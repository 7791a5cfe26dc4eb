package io.inkwell.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostDraft;
import io.inkwell.users.Role;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.users.UserAccounts;
import io.inkwell.web.security.TestAccounts;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ReaderSearchesAStemmedWordJourneyTest extends BrowserJourney {

    @Autowired
    UserAccounts accounts;

    @Autowired
    PostCommands commands;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aReaderSearchesRunningAndSeesTheHighlightedSnippet() {
        SignedInUser ada = TestAccounts.registered(accounts, jdbc, "Ada", "ada@example.com", Role.USER);
        commands.create(ada.actor(), new PostDraft("Morning habits", null,
                "Every morning she runs along the river before work.", null, null, Set.of()), true);
        commands.create(ada.actor(), new PostDraft("Baking", null, "Flour, water, salt.", null, null, Set.of()), true);

        open("/");
        WebElement search = find(By.id("nav-q"));
        search.sendKeys("running");
        search.sendKeys(Keys.ENTER);

        assertThat(find(By.cssSelector(".snippet mark")).getText()).isEqualTo("runs");
        assertThat(pageText()).contains("1 result", "Morning habits").doesNotContain("Baking");
    }
}
