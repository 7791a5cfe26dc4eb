package io.inkwell.web.admin.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.users.Role;
import io.inkwell.users.UserAccounts;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.security.TestAccounts;
import io.inkwell.web.support.WebTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** A fresh install without SMTP settings: mail waits in the outbox, and the owner can read it there. */
@WebTest(properties = "spring.mail.host=")
class MailNotConfiguredTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDashboardSaysSoAndTheMailWaitsWithItsLinkReadable() throws Exception {
        SignedInUser admin = TestAccounts.person(jdbc, "Grace", "grace@example.com", Role.ADMIN);
        TestAccounts.registered(accounts, jdbc, "Ada", "ada@example.com", Role.USER);

        mvc.perform(post("/password-reset").with(csrf()).param("email", "ada@example.com")).andExpect(status().isOk());

        mvc.perform(get("/admin").with(user(admin))).andExpect(content().string(containsString("Mail is not configured")));
        UUID id = jdbc.queryForObject("select id from mail_messages", UUID.class);
        assertThat(jdbc.queryForObject("select status from mail_messages", String.class)).isEqualTo("waiting");
        mvc.perform(get("/admin/mail").with(user(admin))).andExpect(content().string(containsString("Mail is not configured")))
                .andExpect(content().string(containsString("waiting")));
        mvc.perform(get("/admin/mail/" + id).with(user(admin)))
                .andExpect(content().string(containsString("https://blog.example/password-reset/")));
        mvc.perform(post("/admin/mail/" + id + "/retry").with(user(admin)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select status from mail_messages", String.class)).isEqualTo("waiting");
    }
}
