package io.inkwell.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.mail.test.TestSmtpServer;
import io.inkwell.users.Role;
import io.inkwell.users.UserAccounts;
import io.inkwell.web.security.TestAccounts;
import io.inkwell.web.support.CookieJar;
import io.inkwell.web.support.WebTest;
import java.net.URI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** "Forgot your password?" through the site: the link is read from the mail the site really sent. */
@WebTest
class PasswordResetFlowTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void givenAdaAndAnEmptyMailbox() {
        TestSmtpServer.clear();
        TestAccounts.registered(accounts, jdbc, "Ada", "ada@example.com", Role.USER);
    }

    private String mailedLinkPath() {
        return URI.create(TestSmtpServer.link(TestSmtpServer.awaitMailTo("ada@example.com"), "/password-reset/")).getPath();
    }

    @Test
    void theLoginPageOffersTheResetAndTheRequestAnswersAlikeForAnyAddress() throws Exception {
        mvc.perform(get("/login")).andExpect(content().string(containsString("href=\"/password-reset\"")));
        mvc.perform(get("/password-reset")).andExpect(status().isOk()).andExpect(content().string(containsString("Send me a link")));

        String known = mvc.perform(post("/password-reset").with(csrf()).param("email", "ada@example.com"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String unknown = mvc.perform(post("/password-reset").with(csrf()).param("email", "nobody@example.com"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(unknown).isEqualTo(known).contains("If an account has this address");
        assertThat(mailedLinkPath()).startsWith("/password-reset/");
        assertThat(TestSmtpServer.mailTo("nobody@example.com")).isEmpty();
    }

    @Test
    void theMailedLinkSetsANewPasswordAndEndsTheSessionsSignedInWithTheOldOne() throws Exception {
        CookieJar elsewhere = new CookieJar();
        elsewhere.keep(mvc.perform(TestAccounts.logIn("ada@example.com", TestAccounts.PASSWORD).with(elsewhere)));
        mvc.perform(get("/account").with(elsewhere)).andExpect(status().isOk());
        mvc.perform(post("/password-reset").with(csrf()).param("email", "ada@example.com"));
        String link = mailedLinkPath();

        mvc.perform(get(link)).andExpect(status().isOk()).andExpect(content().string(containsString("Choose a new password")));
        mvc.perform(post(link).with(csrf()).param("newPassword", "a brand new password"))
                .andExpect(redirectedUrl("/login"));

        mvc.perform(get("/account").with(elsewhere)).andExpect(redirectedUrl("/login?ended"));
        mvc.perform(TestAccounts.logIn("ada@example.com", TestAccounts.PASSWORD)).andExpect(redirectedUrl("/login?error"));
        mvc.perform(TestAccounts.logIn("ada@example.com", "a brand new password")).andExpect(redirectedUrl("/"));
        mvc.perform(get(link)).andExpect(status().isGone()).andExpect(content().string(containsString("was used already")));
    }

    @Test
    void forgedTruncatedAndExpiredLinksGetAPageSayingSoAndOfferingANewOne() throws Exception {
        mvc.perform(post("/password-reset").with(csrf()).param("email", "ada@example.com"));
        String link = mailedLinkPath();

        mvc.perform(get(link.substring(0, link.length() - 5))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("cut short")))
                .andExpect(content().string(containsString("href=\"/password-reset\"")));
        mvc.perform(post("/password-reset/%3Cscript%3E").with(csrf()).param("newPassword", "a brand new password"))
                .andExpect(status().isBadRequest());
        jdbc.update("update password_reset_tokens set expires_at = now() - interval '1 minute'");
        mvc.perform(get(link)).andExpect(status().isGone()).andExpect(content().string(containsString("has expired")));
    }

    @Test
    void aShortPasswordOrABadAddressRedisplaysTheFormWithItsMessage() throws Exception {
        mvc.perform(post("/password-reset").with(csrf()).param("email", "ada@example.com\r\nBcc: eve@example.com"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Enter an email address")));
        mvc.perform(post("/password-reset").with(csrf()).param("email", "ada@example.com"));
        String link = mailedLinkPath();

        mvc.perform(post(link).with(csrf()).param("newPassword", "short")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Use 8 to 128 characters.")));
        mvc.perform(post("/password-reset").param("email", "ada@example.com")).andExpect(status().isForbidden());
    }

    @Test
    void requestsForOneAddressAreLimitedWith429() throws Exception {
        for (int i = 1; i <= 3; i++) {
            String address = "10.9.0." + i;
            mvc.perform(post("/password-reset").with(csrf()).param("email", "ada@example.com")
                    .with(request -> {
                        request.setRemoteAddr(address);
                        return request;
                    }))
                    .andExpect(status().isOk());
        }

        mvc.perform(post("/password-reset").with(csrf()).param("email", "ADA@example.com"))
                .andExpect(status().isTooManyRequests());
    }
}
