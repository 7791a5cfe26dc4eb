package io.inkwell.web.revisions;

import static io.inkwell.web.security.TestAccounts.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.posts.PageCommands;
import io.inkwell.posts.PageDraft;
import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostDraft;
import io.inkwell.posts.PostRef;
import io.inkwell.settings.SiteSettings;
import io.inkwell.settings.test.SettingsRows;
import io.inkwell.users.Role;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.support.WebTest;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The revision list, "Compare" and "Restore this revision", for posts and for pages. */
@WebTest
class RevisionControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PostCommands commands;

    @Autowired
    PageCommands pages;

    @Autowired
    SiteSettings site;

    SignedInUser ada;
    PostRef post;

    @BeforeEach
    void givenAPostSavedTwice() {
        ada = person(jdbc, "Ada", Role.USER);
        post = commands.create(ada.actor(), new PostDraft("Tea notes", null, "Green tea.\nBlack tea.", null, null, Set.of(),
                List.of("tea")), false);
        commands.update(ada.actor(), post.id(), 0, new PostDraft("Tea notes", null, "Green tea.\nOolong.\nBlack tea.", null, null,
                Set.of(), List.of("tea")), false);
    }

    private String savedContent() {
        return jdbc.queryForObject("select content from posts where id = ?", String.class, post.id());
    }

    @Test
    void theListShowsEverySaveNewestFirstWithWhoAndWhen() throws Exception {
        mvc.perform(get("/posts/" + post.id() + "/revisions").with(user(ada)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Revisions of “Tea notes”")))
                .andExpect(content().string(containsString("<td>Ada</td>")))
                .andExpect(content().string(containsString("Compare with the newest")))
                .andExpect(content().string(containsString("Restore this revision")))
                .andExpect(content().string(containsString("<label for=\"compare-from\">Compare</label>")));
    }

    @Test
    void compareMarksAddedAndRemovedLinesInWords() throws Exception {
        commands.update(ada.actor(), post.id(), 1, new PostDraft("Tea notes", null, "Green tea.\nBlack coffee.", null, null,
                Set.of(), List.of("tea")), false);

        mvc.perform(get("/posts/" + post.id() + "/revisions/compare").param("from", "2").param("to", "3").with(user(ada)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<td class=\"change\">Removed</td>")))
                .andExpect(content().string(containsString("<del>Oolong.</del>")))
                .andExpect(content().string(containsString("<td class=\"change\">Added</td>")))
                .andExpect(content().string(containsString("<ins>Black coffee.</ins>")))
                .andExpect(content().string(containsString("1 line added, 2 lines removed.")));
    }

    @Test
    void onAGermanSiteTheComparisonLabelsItsLinesAndChangesInGerman() throws Exception {
        SettingsRows.language(jdbc, "de");
        site.reload();

        mvc.perform(get("/posts/" + post.id() + "/revisions/compare").param("from", "1").param("to", "2").with(user(ada)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Version 1 und Version 2 von „Tea notes“")))
                .andExpect(content().string(containsString("<span>Schlagwörter: tea</span>")))
                .andExpect(content().string(containsString("… 3 unveränderte Zeilen …")))
                .andExpect(content().string(containsString("<td class=\"change\">Hinzugefügt</td>")))
                .andExpect(content().string(containsString("1 Zeile hinzugefügt, 0 Zeilen entfernt.")));
    }

    @Test
    void restoringARevisionLoadsItIntoTheEditorAndChangesNothingUntilSaved() throws Exception {
        String before = savedContent();

        mvc.perform(get("/posts/" + post.id() + "/edit").param("revision", "1").with(user(ada)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Revision 1 is loaded into the editor")))
                .andExpect(content().string(containsString(">Green tea.\nBlack tea.</textarea>")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));

        assertThat(savedContent()).isEqualTo(before);
        mvc.perform(post("/posts/" + post.id() + "/edit").with(user(ada)).with(csrf()).param("title", "Tea notes")
                .param("content", "Green tea.\nBlack tea.").param("tags", "tea").param("version", "1").param("action", "draft"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from revisions where post_id = ?", Integer.class, post.id()))
                .as("a restore is a new save; history is kept").isEqualTo(3);
    }

    @Test
    void aRevisionOfADeletedPostOrOneThatDoesNotExistIsA404() throws Exception {
        mvc.perform(get("/posts/" + post.id() + "/edit").param("revision", "9").with(user(ada))).andExpect(status().isNotFound());
        mvc.perform(get("/posts/" + post.id() + "/revisions/compare").param("from", "1").param("to", "9").with(user(ada)))
                .andExpect(status().isNotFound());

        commands.delete(ada.actor(), post.id());

        mvc.perform(get("/posts/" + post.id() + "/edit").param("revision", "1").with(user(ada))).andExpect(status().isNotFound());
        mvc.perform(get("/posts/" + post.id() + "/revisions").with(user(ada))).andExpect(status().isNotFound());
    }

    @Test
    void anotherAuthorMayNotReadThemAndAMalformedComparisonIsA400() throws Exception {
        SignedInUser bob = person(jdbc, "Bob", Role.USER);

        mvc.perform(get("/posts/" + post.id() + "/revisions").with(user(bob))).andExpect(status().isForbidden());
        mvc.perform(get("/posts/" + post.id() + "/revisions/compare").param("from", "1").param("to", "2").with(user(bob)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/posts/" + post.id() + "/revisions/compare").param("from", "one").param("to", "2").with(user(ada)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/posts/" + post.id() + "/revisions/compare").with(user(ada))).andExpect(status().isBadRequest());
    }

    @Test
    void pagesHaveRevisionsForAdmins() throws Exception {
        SignedInUser admin = person(jdbc, "Root", Role.ADMIN);
        UUID page = pages.create(admin.actor(), new PageDraft("About", null, "We write."), true).id();
        pages.update(admin.actor(), page, 0, new PageDraft("About", null, "We write a lot."), false);

        mvc.perform(get("/admin/pages/" + page + "/revisions").with(user(admin)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Revisions of “About”")));
        mvc.perform(get("/admin/pages/" + page + "/revisions/compare").param("from", "1").param("to", "2").with(user(admin)))
                .andExpect(content().string(containsString("<ins>We write a lot.</ins>")));
        mvc.perform(get("/admin/pages/" + page + "/edit").param("revision", "1").with(user(admin)))
                .andExpect(content().string(containsString(">We write.</textarea>")));
        mvc.perform(get("/admin/pages/" + page + "/revisions").with(user(ada))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/pages/" + UUID.randomUUID() + "/revisions").with(user(admin))).andExpect(status().isNotFound());
    }
}
