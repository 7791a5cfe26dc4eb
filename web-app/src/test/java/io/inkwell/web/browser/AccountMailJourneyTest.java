package io.inkwell.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.mail.test.TestSmtpServer;
import io.inkwell.users.Role;
import io.inkwell.users.UserAccounts;
import io.inkwell.web.account.TotpCodes;
import io.inkwell.web.security.TestAccounts;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The account journeys that go through the mailbox: the site's real mail is read from the SMTP server in the
 * test JVM and its link opened in the browser, as a person would.
 */
class AccountMailJourneyTest extends BrowserJourney {

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void givenAnEmptyMailbox() {
        TestSmtpServer.clear();
    }

    private void openLinkMailedTo(String address, String pathPart) {
        open(URI.create(TestSmtpServer.link(TestSmtpServer.awaitMailTo(address), pathPart)).getPath());
    }

    @Test
    void aPersonWhoForgotTheirPasswordChoosesANewOneAndTheOldSessionEnds() {
        TestAccounts.registered(accounts, jdbc, "Ada", "ada@example.com", Role.USER);
        logIn("ada@example.com", TestAccounts.PASSWORD);
        assertThat(signedInName()).isEqualTo("Ada");

        open("/login");
        open("/password-reset");
        type("email", "ada@example.com");
        press("Send me a link");
        assertThat(pageText()).contains("If an account has this address");

        openLinkMailedTo("ada@example.com", "/password-reset/");
        type("newPassword", "a brand new password");
        press("Set new password");
        assertThat(currentPath()).startsWith("/login");

        open("/account");
        assertThat(currentPath()).startsWith("/login");
        assertThat(signedInName()).isEmpty();
        logIn("ada@example.com", "a brand new password");
        assertThat(signedInName()).isEqualTo("Ada");
    }

    @Test
    void anInvitedAuthorAcceptsAndWritesAPost() {
        TestAccounts.registered(accounts, jdbc, "Grace", "grace@example.com", Role.ADMIN);
        logIn("grace@example.com", TestAccounts.PASSWORD);
        open("/admin/users");
        find(By.linkText("Invite")).click();
        type("email", "ada@example.com");
        press("Invite");
        assertThat(pageText()).contains("The invitation to ada@example.com is on its way.");
        logOut();

        openLinkMailedTo("ada@example.com", "/invitations/");
        assertThat(pageText()).contains("Grace invites ada@example.com");
        type("name", "Ada");
        type("password", "analytical engine");
        press("Create account");
        assertThat(signedInName()).isEqualTo("Ada");

        open("/posts/new");
        type("title", "Notes on the engine");
        type("content", "It weaves **algebraic** patterns.");
        press("Publish");
        assertThat(pageText()).contains("Published.");
        open("/");
        assertThat(pageText()).contains("Notes on the engine");
    }

    @Test
    void aPersonTurnsOnTwoFactorSignInThenSignsInWithACodeAndWithARecoveryCode() {
        TestAccounts.registered(accounts, jdbc, "Ada", "ada@example.com", Role.USER);
        logIn("ada@example.com", TestAccounts.PASSWORD);
        open("/account/security");
        press("Set up two-factor sign-in");
        assertThat(findAll(By.cssSelector(".qr svg"))).hasSize(1);
        String key = find(By.cssSelector(".setup-key")).getText();
        type("code", TotpCodes.now(key));
        press("Turn on two-factor sign-in");
        assertThat(pageText()).contains("Two-factor sign-in is on.");
        List<String> recoveryCodes = findAll(By.cssSelector(".recovery-codes code")).stream().map(WebElement::getText).toList();
        assertThat(recoveryCodes).hasSize(10);
        logOut();

        logIn("ada@example.com", TestAccounts.PASSWORD);
        assertThat(currentPath()).isEqualTo("/login/code");
        type("code", TotpCodes.next(key));
        press("Sign in");
        assertThat(signedInName()).isEqualTo("Ada");
        logOut();

        logIn("ada@example.com", TestAccounts.PASSWORD);
        type("code", recoveryCodes.get(0));
        press("Sign in");
        assertThat(signedInName()).isEqualTo("Ada");
        open("/account/security");
        assertThat(pageText()).contains("9 recovery codes left.");
    }
}
