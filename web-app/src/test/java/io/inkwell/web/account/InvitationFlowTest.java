package io.inkwell.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.mail.test.TestSmtpServer;
import io.inkwell.settings.SiteSettings;
import io.inkwell.settings.test.SettingsRows;
import io.inkwell.users.Role;
import io.inkwell.users.test.UserRows;
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

    @Test
    void anImportedAuthorIsMarkedInvitedAndTakesOverTheirAccountThroughTheInvitation() throws Exception {
        UUID ada = UserRows.imported(jdbc, "Ada L.", "ada@example.com", Role.EDITOR);
        mvc.perform(get("/admin/users").with(user(grace))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Invited — imported")))
                .andExpect(content().string(containsString("action=\"/admin/users/" + ada + "/invitation\"")))
                .andExpect(content().string(containsString("action=\"/admin/users/invitations/imported\"")));

        mvc.perform(post("/admin/users/" + ada + "/invitation").with(user(grace)).with(csrf()))
                .andExpect(redirectedUrl("/admin/users?status=INVITED"))
                .andExpect(flash().attribute("message", "The invitation is on its way."));
        String link = URI.create(TestSmtpServer.link(TestSmtpServer.awaitMailTo("ada@example.com"), "/invitations/")).getPath();

        mvc.perform(get(link)).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Ada L.\"")))
                .andExpect(content().string(containsString("An import brought your posts and comments here already")));
        mvc.perform(post(link).with(csrf()).param("name", "Ada Lovelace").param("password", "a long password"))
                .andExpect(redirectedUrl("/account"));

        assertThat(jdbc.queryForMap("select id, name, role, status, email_verified from users where email = 'ada@example.com'"))
                .containsEntry("id", ada).containsEntry("name", "Ada Lovelace").containsEntry("role", "editor")
                .containsEntry("status", "active").containsEntry("email_verified", true);
        mvc.perform(get(link)).andExpect(status().isGone()).andExpect(content().string(containsString("was used already")));
    }

    @Test
    void theInviteFormKeepsAnImportedAccountsRoleUnlessAnotherIsChosen() throws Exception {
        UserRows.imported(jdbc, "Ada", "ada@example.com", Role.EDITOR);
        mvc.perform(get("/admin/users/invitations").with(user(grace)))
                .andExpect(content().string(containsString("The imported account&#39;s role (a new address: author)")));

        invite("ada@example.com", "");
        invite("new@example.com", "");
        invite("eve@example.com", "CONTRIBUTOR");

        assertThat(jdbc.queryForList("select email || ' ' || role from invitations order by email", String.class))
                .containsExactly("ada@example.com editor", "eve@example.com contributor", "new@example.com user");
    }

    @Test
    void allImportedAuthorsWithoutAnOpenInvitationAreInvitedAtOnce() throws Exception {
        UserRows.imported(jdbc, "Ada", "ada@example.com", Role.USER);
        UserRows.imported(jdbc, "Bob", "bob@example.com", Role.USER);
        UserRows.imported(jdbc, "Cy", "cy@example.com", Role.USER);
        invite("cy@example.com", "");

        mvc.perform(post("/admin/users/invitations/imported").with(user(grace)).with(csrf()))
                .andExpect(redirectedUrl("/admin/users?status=INVITED"))
                .andExpect(flash().attribute("message", "2 invitations sent."));

        TestSmtpServer.awaitMailTo("ada@example.com");
        TestSmtpServer.awaitMailTo("bob@example.com");
        assertThat(jdbc.queryForObject("select count(*) from invitations where email = 'cy@example.com'", Integer.class)).isOne();
        mvc.perform(post("/admin/users/invitations/imported").with(user(grace)).with(csrf()))
                .andExpect(flash().attribute("message", "No imported account was waiting without an open invitation: nothing was sent."));
    }

    @Test
    void invitingAnAccountThatIsNotImportedOrUnknownOrWithoutTheRightChangesNothing() throws Exception {
        UUID bob = UserRows.withEmail(jdbc, "Bob", "bob@example.com", Role.USER);
        UUID ada = UserRows.imported(jdbc, "Ada", "ada@example.com", Role.USER);
        SignedInUser author = TestAccounts.person(jdbc, "Al", Role.USER);

        mvc.perform(post("/admin/users/" + bob + "/invitation").with(user(grace)).with(csrf()))
                .andExpect(redirectedUrl("/admin/users?status=INVITED"))
                .andExpect(flash().attribute("problem", "This account does not wait for an invitation any more: nothing was sent."));
        mvc.perform(post("/admin/users/" + UUID.randomUUID() + "/invitation").with(user(grace)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/users/not-an-id/invitation").with(user(grace)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/admin/users/" + ada + "/invitation").with(user(author)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/invitations/imported").with(user(author)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/invitations/imported").with(user(grace))).andExpect(status().isForbidden());

        assertThat(jdbc.queryForObject("select count(*) from invitations", Integer.class)).isZero();
    }
}
