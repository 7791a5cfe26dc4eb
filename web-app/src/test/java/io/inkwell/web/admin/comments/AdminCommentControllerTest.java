package io.inkwell.web.admin.comments;

import static io.inkwell.comments.test.CommentRows.comment;
import static io.inkwell.web.security.TestAccounts.person;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import io.inkwell.db.Page;
import io.inkwell.users.Role;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.support.WebTest;
import io.inkwell.web.support.WebTestData;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class AdminCommentControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    SignedInUser admin;
    SignedInUser ada;
    UUID post;

    @BeforeEach
    void givenAPostWithComments() {
        admin = person(jdbc, "Ann Admin", Role.ADMIN);
        ada = person(jdbc, "Ada Lovelace", Role.USER);
        post = WebTestData.publishedPost(jdbc, ada.id(), "Moderated post", "moderated-post", Instant.parse("2026-01-01T10:00:00Z"));
    }

    @Test
    void anEmptySiteSaysSo() throws Exception {
        mvc.perform(get("/admin/comments").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No comments yet.")));
    }

    @Test
    void latestCommentsShowTheirPostAuthorAndADeleteButton() throws Exception {
        UUID id = comment(jdbc, post, ada.id(), null, "<b>bold</b> claim");

        mvc.perform(get("/admin/comments").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/comments/list"))
                .andExpect(content().string(containsString("&lt;b&gt;bold&lt;/b&gt; claim")))
                .andExpect(content().string(containsString("Ada Lovelace")))
                .andExpect(content().string(containsString("href=\"/posts/moderated-post#comment-" + id + "\">Moderated post</a>")))
                .andExpect(content().string(containsString("/admin/comments/" + id + "/delete")));
    }

    @Test
    void theListIsPagedAndAPageOutOfRangeIsClamped() throws Exception {
        for (int i = 0; i < 25; i++) {
            comment(jdbc, post, ada.id(), null, "Comment " + i);
        }

        mvc.perform(get("/admin/comments").param("page", "2").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Page 2 of 2")))
                .andExpect(result -> assertThat(((Page<?>) result.getModelAndView().getModel().get("comments")).items()).hasSize(5));
        mvc.perform(get("/admin/comments").param("page", "-1").with(user(admin))).andExpect(status().isOk());
        mvc.perform(get("/admin/comments").param("page", "x").with(user(admin))).andExpect(status().isBadRequest());
    }

    @Test
    void anAdminDeletesAnyComment() throws Exception {
        UUID parent = comment(jdbc, post, ada.id(), null, "Spam with replies");
        comment(jdbc, post, admin.id(), parent, "A reply");
        UUID leaf = comment(jdbc, post, ada.id(), null, "Plain spam");

        mvc.perform(post("/admin/comments/{id}/delete", leaf).param("page", "1").with(user(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/comments?page=1"))
                .andExpect(flash().attribute("commentMessage", "The comment is deleted."));
        mvc.perform(post("/admin/comments/{id}/delete", parent).with(user(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject("select count(*) from comments where id = ?", Long.class, leaf)).isZero();
        assertThat(jdbc.queryForObject("select deleted_at is not null from comments where id = ?", Boolean.class, parent)).isTrue();
        mvc.perform(post("/admin/comments/{id}/delete", leaf).with(user(admin)).with(csrf()))
                .andExpect(flash().attribute("commentMessage", "That comment was already deleted."));
    }

    @Test
    void onlyAdminsModerate() throws Exception {
        UUID id = comment(jdbc, post, ada.id(), null, "Mine");

        mvc.perform(get("/admin/comments").with(user(ada))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/comments/{id}/delete", id).with(user(ada)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/admin/comments")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/admin/comments/{id}/delete", id).with(user(admin))).andExpect(status().isForbidden());

        assertThat(jdbc.queryForObject("select count(*) from comments", Long.class)).isEqualTo(1);
    }

    @Test
    void theDashboardShowsThisWeeksCommentsAsAChart() throws Exception {
        comment(jdbc, post, ada.id(), null, "Today");

        mvc.perform(get("/admin").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Comments in the last 7 days")))
                .andExpect(content().string(containsString("<svg class=\"bar-chart comment-chart\"")))
                .andExpect(content().string(containsString(": 1 comment</title>")))
                .andExpect(content().string(containsString("href=\"/admin/comments\"")));
    }
}
