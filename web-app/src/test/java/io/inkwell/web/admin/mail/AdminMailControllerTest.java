package io.inkwell.web.admin.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.mail.test.TestSmtpServer;
import io.inkwell.users.PasswordResets;
import io.inkwell.users.Role;
import io.inkwell.users.UserAccounts;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.security.TestAccounts;
import io.inkwell.web.support.WebTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class AdminMailControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    PasswordResets resets;

    @Autowired
    JdbcTemplate jdbc;

    SignedInUser admin;

    @BeforeEach
    void givenAnAdminAndAMailSent() {
        TestSmtpServer.clear();
        admin = TestAccounts.person(jdbc, "Grace", "grace@example.com", Role.ADMIN);
        TestAccounts.registered(accounts, jdbc, "Ada", "ada@example.com", Role.USER);
        resets.request("ada@example.com");
        TestSmtpServer.awaitMailTo("ada@example.com");
    }

    @Test
    void adminsSeeEveryMessageWithItsStatusAndText() throws Exception {
        UUID id = jdbc.queryForObject("select id from mail_messages", UUID.class);

        mvc.perform(get("/admin/mail").with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Reset your password for Inkwell")))
                .andExpect(content().string(containsString("ada@example.com")))
                .andExpect(content().string(not(containsString("Mail is not configured"))));
        mvc.perform(get("/admin/mail/" + id).with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("https://blog.example/password-reset/")))
                .andExpect(content().string(containsString("sent")));
        mvc.perform(get("/admin").with(user(admin))).andExpect(content().string(containsString("href=\"/admin/mail\"")))
                .andExpect(content().string(not(containsString("Mail is not configured"))));
    }

    @Test
    void retrySendsAFailedMessageAgainAndUnknownOrSentOnesAre404() throws Exception {
        UUID id = jdbc.queryForObject("select id from mail_messages", UUID.class);
        mvc.perform(post("/admin/mail/" + id + "/retry").with(user(admin)).with(csrf())).andExpect(status().isNotFound());
        jdbc.update("update mail_messages set status = 'given_up', sent_at = null, last_error = 'Connection refused'");
        mvc.perform(get("/admin/mail").with(user(admin))).andExpect(content().string(containsString("Connection refused")));

        mvc.perform(post("/admin/mail/" + id + "/retry").with(user(admin)).with(csrf())).andExpect(redirectedUrl("/admin/mail/" + id));

        assertThat(TestSmtpServer.awaitMailsTo("ada@example.com", 2)).hasSize(2);
        mvc.perform(get("/admin/mail/" + UUID.randomUUID()).with(user(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/mail/nonsense").with(user(admin))).andExpect(status().isNotFound());
    }

    @Test
    void othersAreRefused() throws Exception {
        SignedInUser author = TestAccounts.person(jdbc, "Bob", Role.USER);
        UUID id = jdbc.queryForObject("select id from mail_messages", UUID.class);

        mvc.perform(get("/admin/mail").with(user(author))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/mail/" + id).with(user(author))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/mail/" + id + "/retry").with(user(author)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/admin/mail/" + id + "/retry").with(user(admin))).andExpect(status().isForbidden());
    }
}
