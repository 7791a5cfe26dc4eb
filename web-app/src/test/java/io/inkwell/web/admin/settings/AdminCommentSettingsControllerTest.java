package io.inkwell.web.admin.settings;

import static io.inkwell.web.security.TestAccounts.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.settings.ChangeSettings;
import io.inkwell.settings.CommentApproval;
import io.inkwell.settings.CommentPolicy;
import io.inkwell.settings.SettingsAdministration;
import io.inkwell.settings.SiteSettings;
import io.inkwell.users.Role;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.support.WebTest;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** /admin/settings/comments: how the site takes comments, a form of the site settings of its own. */
@WebTest
class AdminCommentSettingsControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SettingsAdministration settings;

    @Autowired
    SiteSettings site;

    SignedInUser admin;

    @BeforeEach
    void givenAnAdmin() {
        admin = person(jdbc, "Root", Role.ADMIN);
    }

    private MockHttpServletRequestBuilder save(SignedInUser who, String approval, String maxLinks, String version) {
        return post("/admin/settings/comments").with(user(who)).with(csrf()).param("approval", approval)
                .param("guestComments", "true").param("blockedWords", "Casino\ncheap pills").param("maxLinks", maxLinks)
                .param("reportThreshold", "4").param("version", version);
    }

    @Test
    void theFormShowsThePolicyInForceWithALabelForEveryField() throws Exception {
        Document form = Jsoup.parse(mvc.perform(get("/admin/settings/comments").with(user(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(form.select("label").eachText()).contains("Comments", "Allow comments without an account", "Blocked words",
                "Links per comment", "Reports before a comment is listed as reported");
        assertThat(form.select("#approval option[selected]").text()).isEqualTo("Open to signed-in readers");
        assertThat(form.select("#maxLinks").val()).isEqualTo("2");
        assertThat(form.select("#reportThreshold").val()).isEqualTo("3");
    }

    @Test
    void onAGermanSiteTheFormAndItsAnswersSpeakGerman() throws Exception {
        settings.save(admin.actor(), new ChangeSettings("Inkwell", null, "de", "UTC", 10, true, null, null, null, false,
                settings.stored().version()));

        Document form = Jsoup.parse(mvc.perform(get("/admin/settings/comments").with(user(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(form.select("label").eachText()).contains("Kommentare", "Gesperrte Wörter", "Links pro Kommentar");
        assertThat(form.select("#approval option").eachText()).containsExactly("Offen für angemeldete Leser",
                "Der erste Kommentar eines Autors wartet auf Freigabe", "Jeder Kommentar wartet auf Freigabe", "Geschlossen");

        String refused = mvc.perform(save(admin, "OPEN", "51", String.valueOf(settings.stored().version())))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Wählen Sie 0 bis 50 Links.");
        mvc.perform(save(admin, "OPEN", "5", String.valueOf(settings.stored().version())))
                .andExpect(flash().attribute("message", "Kommentar-Einstellungen gespeichert."));
    }

    @Test
    void anAdminSavesThePolicyAndEveryPageFollowsIt() throws Exception {
        mvc.perform(save(admin, "FIRST_TIME", "1", "0"))
                .andExpect(redirectedUrl("/admin/settings/comments"))
                .andExpect(flash().attribute("message", "Comment settings saved."));

        assertThat(settings.stored().comments()).isEqualTo(new CommentPolicy(CommentApproval.FIRST_TIME, true,
                List.of("casino", "cheap pills"), 1, 4));
        assertThat(site.current().settings().comments().approval()).isEqualTo(CommentApproval.FIRST_TIME);
        mvc.perform(get("/admin/settings/comments").with(user(admin)))
                .andExpect(content().string(containsString("casino\ncheap pills")));
    }

    @Test
    void badValuesComeBackWithTheirMessagesAndNothingIsStored() throws Exception {
        mvc.perform(save(admin, "SOMETIMES", "99", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("policyForm", "approval", "maxLinks"))
                .andExpect(content().string(containsString("Choose from 0 to 50 links.")));
        mvc.perform(save(admin, "OPEN", "two", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("policyForm", "maxLinks"));

        assertThat(settings.stored().comments()).isEqualTo(CommentPolicy.defaults());
    }

    @Test
    void aSaveOnAnOlderVersionIsStale() throws Exception {
        mvc.perform(save(admin, "ALWAYS", "2", "0")).andExpect(status().is3xxRedirection());

        mvc.perform(save(admin, "CLOSED", "2", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasErrors("policyForm"));

        assertThat(settings.stored().comments().approval()).isEqualTo(CommentApproval.ALWAYS);
    }

    @Test
    void onlyAdminsChangeIt() throws Exception {
        SignedInUser author = person(jdbc, "Ada", Role.USER);

        mvc.perform(get("/admin/settings/comments").with(user(author))).andExpect(status().isForbidden());
        mvc.perform(save(author, "CLOSED", "2", "0")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/settings/comments").with(user(admin)).param("approval", "CLOSED"))
                .andExpect(status().isForbidden());

        assertThat(settings.stored().comments().approval()).isEqualTo(CommentApproval.OPEN);
    }
}
