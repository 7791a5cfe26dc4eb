package io.inkwell.web.home;

import static io.inkwell.web.support.WebTestData.draftPost;
import static io.inkwell.web.support.WebTestData.publishedPost;
import static io.inkwell.web.support.WebTestData.user;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import io.inkwell.db.test.TestDatabase;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class HomeControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        TestDatabase.get().truncateAll();
    }

    @Test
    void anEmptyBlogSaysSo() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(view().name("home/index"))
                .andExpect(content().string(containsString("No posts yet.")));
    }

    @Test
    void publishedPostsShowNewestFirstWithTheirAuthorAndDraftsStayHidden() throws Exception {
        UUID ada = user(jdbc, "Ada Lovelace", "ada@example.com");
        publishedPost(jdbc, ada, "Older notes", "older-notes", Instant.parse("2026-01-01T10:00:00Z"));
        publishedPost(jdbc, ada, "Newer notes", "newer-notes", Instant.parse("2026-02-01T10:00:00Z"));
        draftPost(jdbc, ada, "Secret draft", "secret-draft");

        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ada Lovelace")))
                .andExpect(content().string(containsString("href=\"/posts/newer-notes\"")))
                .andExpect(content().string(not(containsString("Secret draft"))))
                .andExpect(content().string(not(containsString("No posts yet."))));
    }

    @Test
    void anOutOfRangePageNumberIsClampedNotAnError() throws Exception {
        mvc.perform(get("/").param("page", "-3"))
                .andExpect(status().isOk())
                .andExpect(result -> org.assertj.core.api.Assertions.assertThat(
                        ((io.inkwell.db.Page<?>) result.getModelAndView().getModel().get("posts")).number()).isEqualTo(1));
        mvc.perform(get("/").param("page", "999999999"))
                .andExpect(status().isOk());
    }

    @Test
    void aNonNumericPageIsABadRequest() throws Exception {
        mvc.perform(get("/").param("page", "abc")).andExpect(status().isBadRequest());
    }
}
