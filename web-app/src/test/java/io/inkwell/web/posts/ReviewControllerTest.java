package io.inkwell.web.posts;

import static io.inkwell.web.security.TestAccounts.person;
import static io.inkwell.web.support.WebTestData.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
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

/** A contributor submits; the editors find it pending and publish it or send it back with a note. */
@WebTest
class ReviewControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PostCommands commands;

    SignedInUser cy;
    SignedInUser eve;
    PostRef draft;

    @BeforeEach
    void givenAContributorsDraft() {
        cy = person(jdbc, "Cy", Role.CONTRIBUTOR);
        eve = person(jdbc, "Eve", Role.EDITOR);
        draft = post(commands, cy, "Guest essay", false);
    }

    private String postStatus() {
        return jdbc.queryForObject("select status from posts where id = ?", String.class, draft.id());
    }

    private void submitted() throws Exception {
        mvc.perform(post("/posts/" + draft.id() + "/edit").with(user(cy)).with(csrf())
                        .param("title", "Guest essay").param("content", "Body").param("version", "0").param("action", "submit"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", containsString("Submitted for review")));
    }

    @Test
    void aSubmittedPostIsPendingReviewForTheEditorsAndOnTheDashboard() throws Exception {
        submitted();

        assertThat(postStatus()).isEqualTo("pending");
        mvc.perform(get("/admin/posts").param("status", "pending").with(user(eve)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Guest essay")))
                .andExpect(content().string(containsString("pending review</span>")))
                .andExpect(content().string(containsString(">Review</a>")))
                .andExpect(content().string(not(containsString("href=\"/admin\">Dashboard"))));
        mvc.perform(get("/admin").with(user(person(jdbc, "Root", Role.ADMIN))))
                .andExpect(content().string(containsString("id=\"pending-review\"")))
                .andExpect(content().string(containsString("href=\"/admin/posts?status=pending\">Review submitted posts")));
        mvc.perform(get("/posts/" + draft.id() + "/edit").with(user(eve)))
                .andExpect(content().string(containsString("Send back with a note")))
                .andExpect(content().string(containsString("value=\"publish\"")))
                .andExpect(content().string(containsString("value=\"schedule\"")));
    }

    @Test
    void anEditorSendsItBackAndTheContributorReadsTheNoteInTheEditor() throws Exception {
        submitted();

        mvc.perform(get("/posts/" + draft.id() + "/send-back").with(user(eve)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<label for=\"note\">Note to the author</label>")));
        mvc.perform(post("/posts/" + draft.id() + "/send-back").with(user(eve)).with(csrf()).param("note", "Add your sources, please."))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/posts?status=pending"));

        assertThat(postStatus()).isEqualTo("draft");
        mvc.perform(get("/posts/" + draft.id() + "/edit").with(user(cy)))
                .andExpect(content().string(containsString("Sent back for changes")))
                .andExpect(content().string(containsString("Add your sources, please.")))
                .andExpect(content().string(containsString(">Eve wrote on ")));
    }

    @Test
    void anEmptyNoteIsShownBesideTheFieldAndTheSubmissionStays() throws Exception {
        submitted();

        mvc.perform(post("/posts/" + draft.id() + "/send-back").with(user(eve)).with(csrf()).param("note", "  "))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("form", "note"))
                .andExpect(content().string(containsString("Tell the author what to change.")));
        mvc.perform(post("/posts/" + draft.id() + "/send-back").with(user(eve)).with(csrf()).param("note", "x".repeat(2001)))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("form", "note"));

        assertThat(postStatus()).isEqualTo("pending");
    }

    @Test
    void onlyReviewersSendBackAndOnlyAPostThatAwaitsReview() throws Exception {
        SignedInUser author = person(jdbc, "Ada", Role.USER);
        submitted();

        mvc.perform(get("/posts/" + draft.id() + "/send-back").with(user(cy))).andExpect(status().isForbidden());
        mvc.perform(post("/posts/" + draft.id() + "/send-back").with(user(cy)).with(csrf()).param("note", "Mine"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/posts/" + draft.id() + "/send-back").with(user(author)).with(csrf()).param("note", "Not mine"))
                .andExpect(status().isForbidden());
        assertThat(postStatus()).isEqualTo("pending");

        mvc.perform(post("/posts/" + draft.id() + "/publish").with(user(eve)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/posts/" + draft.id() + "/send-back").with(user(eve)))
                .andExpect(redirectedUrl("/posts/" + draft.id() + "/edit"))
                .andExpect(flash().attribute("error", "Only a post awaiting review can be sent back."));
        mvc.perform(post("/posts/" + draft.id() + "/send-back").with(user(eve)).with(csrf()).param("note", "Too late"))
                .andExpect(redirectedUrl("/posts/" + draft.id() + "/edit"));
        assertThat(postStatus()).isEqualTo("published");
    }

    @Test
    void anUnknownPostIsA404() throws Exception {
        mvc.perform(get("/posts/" + java.util.UUID.randomUUID() + "/send-back").with(user(eve))).andExpect(status().isNotFound());
    }
}
