package io.inkwell.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.mail.test.TestSmtpServer;
import io.inkwell.web.security.TestAccounts;
import io.inkwell.web.support.CookieJar;
import io.inkwell.web.support.WebTest;
import java.net.URI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Registration, the confirmation link, "Resend" and a change of address, through the site and its mail. */
@WebTest
class RegistrationAndConfirmationFlowTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    CookieJar ada;

    @BeforeEach
    void givenAnEmptyMailbox() {
        TestSmtpServer.clear();
        ada = new CookieJar();
    }

    private String linkPathTo(String address) {
        return URI.create(TestSmtpServer.link(TestSmtpServer.awaitMailTo(address), "/email-confirmation/")).getPath();
    }

    private void register(String email, String name) throws Exception {
        mvc.perform(post("/register").with(csrf()).param("name", name).param("email", email).param("password", "a long password"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Check your email")));
    }

    @Test
    void registrationSaysCheckYourEmailAndTheLinkConfirmsTheAddress() throws Exception {
        register("ada@example.com", "Ada");
        ada.keep(mvc.perform(TestAccounts.logIn("ada@example.com", "a long password").with(ada)));
        mvc.perform(get("/account").with(ada)).andExpect(content().string(containsString("Confirm your email address")));
        String link = linkPathTo("ada@example.com");

        mvc.perform(get(link).with(ada)).andExpect(status().isOk()).andExpect(content().string(containsString("ada@example.com")));
        assertThat(jdbc.queryForObject("select email_verified from users", Boolean.class)).as("opening the link alone").isFalse();
        ada.keep(mvc.perform(post(link).with(csrf()).with(ada))).andExpect(redirectedUrl("/account"));

        assertThat(jdbc.queryForObject("select email_verified from users", Boolean.class)).isTrue();
        mvc.perform(get("/account").with(ada)).andExpect(status().isOk()).andExpect(content().string(not(containsString("Resend"))));
        mvc.perform(post(link).with(csrf())).andExpect(status().isGone());
    }

    @Test
    void aTakenAddressGetsTheSameAnswerWhileItsOwnerIsMailed() throws Exception {
        register("ada@example.com", "Ada");
        TestSmtpServer.awaitMailTo("ada@example.com");

        register("ADA@example.com", "Mallory");

        assertThat(jdbc.queryForObject("select count(*) from users", Integer.class)).isEqualTo(1);
        assertThat(TestSmtpServer.awaitMailsTo("ada@example.com", 2).get(1).getSubject()).isEqualTo("You already have an account at Inkwell");
    }

    @Test
    void resendMailsANewLinkAndAChangeOfAddressWaitsForTheNewAddressesLink() throws Exception {
        register("ada@example.com", "Ada");
        ada.keep(mvc.perform(TestAccounts.logIn("ada@example.com", "a long password").with(ada)));
        TestSmtpServer.clear();

        mvc.perform(post("/account/verification").with(csrf()).with(ada)).andExpect(redirectedUrl("/account"));
        ada.keep(mvc.perform(post(linkPathTo("ada@example.com")).with(csrf()).with(ada))).andExpect(redirectedUrl("/account"));

        mvc.perform(post("/account/email").with(csrf()).with(ada).param("newEmail", "ada@new.example").param("currentPassword", "wrong"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("This is not your current password.")));
        mvc.perform(post("/account/email").with(csrf()).with(ada).param("newEmail", "ada@new.example")
                .param("currentPassword", "a long password")).andExpect(redirectedUrl("/account"));
        assertThat(TestSmtpServer.awaitMailsTo("ada@example.com", 2).get(1).getSubject())
                .isEqualTo("Your email address at Inkwell is being changed");
        mvc.perform(get("/account").with(ada)).andExpect(content().string(containsString("ada@new.example")));

        ada.keep(mvc.perform(post(linkPathTo("ada@new.example")).with(csrf()).with(ada))).andExpect(redirectedUrl("/account"));

        assertThat(jdbc.queryForObject("select email from users", String.class)).isEqualTo("ada@new.example");
    }

    @Test
    void anAddressWithALineBreakIsRefusedBeforeAnythingIsStored() throws Exception {
        mvc.perform(post("/register").with(csrf()).param("name", "Eve").param("email", "eve@example.com\r\nBcc: all@example.com")
                .param("password", "a long password")).andExpect(content().string(containsString("Enter an email address")));

        assertThat(jdbc.queryForObject("select count(*) from users", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from mail_messages", Integer.class)).isZero();
    }

    @Test
    void anUnknownConfirmationLinkGetsAPageAndAnUnknownUnsubscribeLinkToo() throws Exception {
        mvc.perform(get("/email-confirmation/" + "B".repeat(43))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("this site sent: perhaps it was cut short")));
        mvc.perform(get("/unsubscribe/" + "B".repeat(43) + "/replies")).andExpect(status().isBadRequest());
        mvc.perform(post("/unsubscribe/" + "B".repeat(43) + "/replies")).andExpect(status().isBadRequest());
        mvc.perform(get("/unsubscribe/" + "B".repeat(43) + "/everything")).andExpect(status().isNotFound());
    }
}
