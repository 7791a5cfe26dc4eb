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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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
import org.springframework.test.web.servlet.MvcResult;

/** "Share preview": the secret link, its page for anyone who has it, and its end. */
@WebTest
class PreviewControllerTest {

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
        draft = post(commands, ada, "Secret recipe", false);
    }

    /** The link's path, as the editor shows it once. */
    private String shared() throws Exception {
        MvcResult result = mvc.perform(post("/posts/" + draft.id() + "/preview-link").with(user(ada)).with(csrf()))
                .andExpect(redirectedUrl("/posts/" + draft.id() + "/edit"))
                .andExpect(flash().attribute("sharedPreviewUrl", startsWith("https://blog.example/preview/")))
                .andReturn();
        return ((String) result.getFlashMap().get("sharedPreviewUrl")).substring("https://blog.example".length());
    }

    @Test
    void anyoneWithTheLinkReadsTheDraftMarkedAsAPreviewThatSearchEnginesSkip() throws Exception {
        String link = shared();

        mvc.perform(get(link))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Robots-Tag", "noindex"))
                .andExpect(content().string(containsString("<meta name=\"robots\" content=\"noindex, nofollow\">")))
                .andExpect(content().string(containsString("Preview: this post is not published")))
                .andExpect(content().string(containsString("Secret recipe")))
                .andExpect(content().string(not(containsString("rel=\"canonical\""))));
        mvc.perform(get("/posts/secret-recipe")).andExpect(status().isNotFound());
    }

    @Test
    void theEditorSaysUntilWhenTheLinkWorksAndRevokingEndsIt() throws Exception {
        String link = shared();
        mvc.perform(get("/posts/" + draft.id() + "/edit").with(user(ada)))
                .andExpect(content().string(containsString("A preview link works until")))
                .andExpect(content().string(containsString(">Revoke link<")));

        mvc.perform(post("/posts/" + draft.id() + "/preview-link/revoke").with(user(ada)).with(csrf()))
                .andExpect(flash().attribute("message", "The preview link no longer works."));

        mvc.perform(get(link)).andExpect(status().isNotFound());
    }

    @Test
    void aStaleAMadeUpOrAMalformedTokenIsA404() throws Exception {
        String link = shared();
        jdbc.update("update post_preview_links set created_at = now() - interval '8 days', expires_at = now() - interval '1 day'");

        mvc.perform(get(link)).andExpect(status().isNotFound());
        mvc.perform(get("/preview/" + "B".repeat(43))).andExpect(status().isNotFound());
        mvc.perform(get("/preview/short")).andExpect(status().isNotFound());
    }

    @Test
    void aLinkToAPostPublishedSinceSendsReadersToItsAddress() throws Exception {
        String link = shared();
        commands.publish(ada.actor(), draft.id());

        mvc.perform(get(link)).andExpect(status().isFound()).andExpect(redirectedUrl("/posts/secret-recipe"));
    }

    @Test
    void onlyThoseWhoMayEditThePostShareItAndAPublishedPostIsNotShared() throws Exception {
        mvc.perform(post("/posts/" + draft.id() + "/preview-link").with(user(person(jdbc, "Bob", Role.USER))).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from post_preview_links", Integer.class)).isZero();

        commands.publish(ada.actor(), draft.id());
        mvc.perform(post("/posts/" + draft.id() + "/preview-link").with(user(ada)).with(csrf()))
                .andExpect(flash().attribute("error", containsString("share its address")));
        assertThat(jdbc.queryForObject("select count(*) from post_preview_links", Integer.class)).isZero();
    }
}
