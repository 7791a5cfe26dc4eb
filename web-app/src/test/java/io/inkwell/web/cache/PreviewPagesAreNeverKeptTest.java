package io.inkwell.web.cache;

import static io.inkwell.web.security.TestAccounts.person;
import static io.inkwell.web.support.WebTestData.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostRef;
import io.inkwell.posts.test.PostRows;
import io.inkwell.users.Role;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.support.WebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** A shared preview is rendered for each request, even for anonymous readers: revoking it takes effect at once. */
@WebTest(properties = "inkwell.page-cache.ttl=1h")
class PreviewPagesAreNeverKeptTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PostCommands commands;

    @Autowired
    @Qualifier("pageCache")
    PageCache cache;

    @AfterEach
    void cleanUp() {
        cache.clear();
    }

    @Test
    void aPreviewIsNotKeptAndARevokedLinkStopsAtOnce() throws Exception {
        cache.clear();
        SignedInUser ada = person(jdbc, "Ada", Role.USER);
        PostRef draft = post(commands, ada, "Unreleased", false);
        String token = "C".repeat(43);
        PostRows.previewLink(jdbc, draft.id(), token, ada.id());

        mvc.perform(get("/preview/" + token)).andExpect(status().isOk());
        mvc.perform(get("/preview/" + token)).andExpect(status().isOk());
        assertThat(cache.pageCount()).isZero();

        jdbc.update("delete from post_preview_links");
        mvc.perform(get("/preview/" + token)).andExpect(status().isNotFound());
    }
}
