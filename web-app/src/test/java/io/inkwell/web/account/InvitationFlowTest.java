package io.inkwell.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.mail.test.TestSmtpServer;
import io.inkwell.settings.SiteSettings;
import io.inkwell.settings.test.SettingsRows;
import io.inkwell.users.Role;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.security.TestAccounts;
import io.inkwell.web.support.WebTest;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class InvitationFlowTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SiteSettings site;

    SignedInUser grace;

    @BeforeEach
    void givenAnAdminAndAnEmptyMailbox() {
        TestSmtpServer.clear();
        grace = TestAccounts.person(jdbc, "Grace", "grace@example.com", Role.ADMIN);
    }

    private String invite(String email, String role) throws Exception {
        mvc.perform(post("/admin/users/invitations").with(user(grace)).with(csrf()).param("email", email).param("role", role))
                .andExpect(redirectedUrl("/admin/users/invitations"));
        return URI.create(TestSmtpServer.link(TestSmtpServer.awaitMailTo(email), "/invitations/")).getPath();
    }

    @Test
    void anInviteeJoinsWithTheirRoleWhileRegistrationIsClosed() throws Exception {
        SettingsRows.stored(jdbc, "Inkwell");
        jdbc.update("update site_settings set registration_open = false");
        site.reload();
        mvc.perform(get("/register")).andExpect(content().string(containsString("closed")));
        mvc.perform(get("/admin/users").with(user(grace))).andExpect(content().string(containsString("href=\"/admin/users/invitations\"")));
        String link = invite("ada@example.com", "USER");
        mvc.perform(get("/admin/users/invitations").with(user(grace))).andExpect(content().string(containsString("ada@example.com")));

        mvc.perform(get(link)).andExpect(status().isOk()).andExpect(content().string(containsString("Grace")));
        mvc.perform(post(link).with(csrf()).param("name", "Ada").param("password", "a long password"))
                .andExpect(redirectedUrl("/account"));

        assertThat(jdbc.queryForMap("select role, email_verified from users where email = 'ada@example.com'"))
                .containsEntry("role", "user").containsEntry("email_verified", true);
        mvc.perform(get(link)).andExpect(status().isGone()).andExpect(content().string(containsString("was used already")));
    }

    @Test
    void aRevokedInvitationsLinkSaysSoAndBadFormsAreRefused() throws Exception {
        String link = invite("ada@example.com", "GUEST");
        UUID id = jdbc.queryForObject("select id from invitations", UUID.class);

        mvc.perform(post("/admin/users/invitations/" + id + "/revoke").with(user(grace)).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/invitations"));

        mvc.perform(get(link)).andExpect(status().isGone()).andExpect(content().string(containsString("was revoked")));
        mvc.perform(post("/admin/users/invitations/" + id + "/revoke").with(user(grace)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/admin/users/invitations").with(user(grace)).with(csrf()).param("email", "grace@example.com").param("role", "USER"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("already exists")));
        mvc.perform(post("/admin/users/invitations").with(user(grace)).with(csrf()).param("email", "x@example.com").param("role", "KING"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Choose one of the roles offered.")));
    }

    @Test
    void onlyAdminsInvite() throws Exception {
        SignedInUser author = TestAccounts.person(jdbc, "Bob", Role.USER);

        mvc.perform(get("/admin/users/invitations").with(user(author))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/invitations").with(user(author)).with(csrf()).param("email", "x@example.com").param("role", "ADMIN"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from invitations", Integer.class)).isZero();
    }
}
