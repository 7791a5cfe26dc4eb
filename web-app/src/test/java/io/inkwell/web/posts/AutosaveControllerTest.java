package io.inkwell.web.posts;

import static io.inkwell.web.security.TestAccounts.person;
import static io.inkwell.web.support.WebTestData.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostRef;
import io.inkwell.users.Role;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.support.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The editor's autosave: kept for its writer, never a change of the post, offered back, and who else is editing. */
@WebTest
class AutosaveControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PostCommands commands;

    SignedInUser ada;
    PostRef draft;

    @BeforeEach
    void givenADraft() {
        ada = person(jdbc, "Ada", Role.USER);
        draft = post(commands, ada, "Field notes", false);
    }

    private MockHttpServletRequestBuilder autosave(SignedInUser who, int version, String content) {
        return post("/posts/" + draft.id() + "/autosave").with(user(who)).with(csrf()).param("version", String.valueOf(version))
                .param("title", "Field notes").param("content", content).param("tags", "birds");
    }

    private String postRow() {
        return jdbc.queryForObject("select content || '|' || version from posts where id = ?", String.class, draft.id());
    }

    @Test
    void anAutosaveIsKeptForItsWriterAndTheEditorOffersItBack() throws Exception {
        String before = postRow();

        mvc.perform(autosave(ada, 0, "Typed, not saved"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.saved").value(true))
                .andExpect(jsonPath("$.message").value(startsWith("Autosaved at ")));

        assertThat(postRow()).as("the post is not changed").isEqualTo(before);
        mvc.perform(get("/posts/" + draft.id() + "/edit").with(user(ada)))
                .andExpect(content().string(containsString("is newer than the saved post")))
                .andExpect(content().string(containsString(">Restore autosave</a>")))
                .andExpect(content().string(containsString(">Discard</button>")))
                .andExpect(content().string(containsString("data-autosave-url=\"/posts/" + draft.id() + "/autosave\"")))
                .andExpect(content().string(containsString("src=\"/js/autosave.js\"")));
        mvc.perform(get("/posts/" + draft.id() + "/edit").param("autosave", "restore").with(user(ada)))
                .andExpect(content().string(containsString("Your autosave is loaded into the editor")))
                .andExpect(content().string(containsString(">Typed, not saved</textarea>")))
                .andExpect(content().string(containsString("value=\"birds\"")))
                .andExpect(content().string(not(containsString(">Restore autosave</a>"))));
    }

    @Test
    void discardForgetsTheAutosave() throws Exception {
        mvc.perform(autosave(ada, 0, "Typed")).andExpect(status().isOk());

        mvc.perform(post("/posts/" + draft.id() + "/autosave/discard").with(user(ada)).with(csrf()))
                .andExpect(redirectedUrl("/posts/" + draft.id() + "/edit"));

        assertThat(jdbc.queryForObject("select count(*) from post_autosaves", Integer.class)).isZero();
        mvc.perform(get("/posts/" + draft.id() + "/edit").with(user(ada)))
                .andExpect(content().string(not(containsString("Restore autosave"))));
    }

    @Test
    void anAutosaveFromATabOnAnOlderVersionIsRefusedWithA409AndOverwritesNothing() throws Exception {
        mvc.perform(post("/posts/" + draft.id() + "/edit").with(user(ada)).with(csrf()).param("title", "Field notes")
                .param("content", "Saved from another device").param("version", "0")).andExpect(status().is3xxRedirection());

        mvc.perform(autosave(ada, 0, "From the old tab"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.saved").value(false))
                .andExpect(jsonPath("$.message").value(containsString("saved by someone since you opened it")));

        assertThat(jdbc.queryForObject("select count(*) from post_autosaves", Integer.class)).isZero();
        assertThat(postRow()).startsWith("Saved from another device|");
    }

    @Test
    void twoPeopleEditingOnePostAreToldAboutEachOther() throws Exception {
        SignedInUser eve = person(jdbc, "Eve", Role.EDITOR);
        mvc.perform(get("/posts/" + draft.id() + "/edit").with(user(ada))).andExpect(status().isOk());

        mvc.perform(get("/posts/" + draft.id() + "/edit").with(user(eve)))
                .andExpect(content().string(containsString("Also editing this post now: Ada.")));
        mvc.perform(post("/posts/" + draft.id() + "/autosave").with(user(ada)).with(csrf()).param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.saved").value(false))
                .andExpect(jsonPath("$.others").value(startsWith("Also editing this post now: Eve.")));
    }

    @Test
    void tooLongAMissingVersionAnotherAuthorOrNoPostAreRefused() throws Exception {
        mvc.perform(autosave(ada, 0, "x".repeat(200_001))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("Too long to autosave")));
        mvc.perform(post("/posts/" + draft.id() + "/autosave").with(user(ada)).with(csrf()).param("content", "x"))
                .andExpect(status().isBadRequest());
        mvc.perform(autosave(person(jdbc, "Bob", Role.USER), 0, "Not mine")).andExpect(status().isForbidden());
        mvc.perform(post("/posts/" + java.util.UUID.randomUUID() + "/autosave").with(user(ada)).with(csrf())
                .param("version", "0").param("content", "x")).andExpect(status().isNotFound());
        // Without the CSRF token:
        mvc.perform(post("/posts/" + draft.id() + "/autosave").with(user(ada)).param("version", "0").param("content", "x"))
                .andExpect(status().isForbidden());

        assertThat(jdbc.queryForObject("select count(*) from post_autosaves", Integer.class)).isZero();
    }
}
