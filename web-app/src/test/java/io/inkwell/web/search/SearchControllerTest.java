package io.inkwell.web.search;

import static io.inkwell.web.security.TestAccounts.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostDraft;
import io.inkwell.posts.test.PostRows;
import io.inkwell.users.Role;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.support.WebTest;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class SearchControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PostCommands commands;

    @Test
    void aStemmedWordFindsThePostWithAnEscapedHighlightedSnippet() throws Exception {
        SignedInUser ada = person(jdbc, "Ada", Role.USER);
        commands.create(ada.actor(), new PostDraft("Morning routine", null, "She <em>runs</em> & swims every day.", null, null,
                Set.of()), true);

        mvc.perform(get("/search").param("q", "running"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 result")))
                .andExpect(content().string(containsString("<mark>runs</mark>")))
                .andExpect(content().string(containsString("&amp; swims")))
                .andExpect(content().string(containsString("Morning routine")));
    }

    @Test
    void matchingPagesAreShownAboveThePostsOnTheFirstPageOfResultsOnly() throws Exception {
        SignedInUser ada = person(jdbc, "Ada", Role.USER);
        commands.create(ada.actor(), new PostDraft("Morning routine", null, "She runs every day.", null, null, Set.of()), true);
        PostRows.publishedPage(jdbc, "Running club", "running-club", "We run on Sundays & <b>Mondays</b>", Instant.now());
        PostRows.draftPage(jdbc, "Running secrets", "running-secrets", "Not yet");

        String firstPage = mvc.perform(get("/search").param("q", "running")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(firstPage).contains("<a href=\"/running-club\">Running club</a>", "<mark>run</mark> on Sundays &amp;")
                .doesNotContain("Running secrets", "<b>Mondays");
        assertThat(firstPage.indexOf("Running club")).as("pages come first").isLessThan(firstPage.indexOf("Morning routine"));
        assertThat(firstPage).as("the count is of posts").contains("1 result");
        mvc.perform(get("/search").param("q", "running").param("page", "2")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Running club"))));
    }

    @Test
    void aPageAloneIsAResultToo() throws Exception {
        PostRows.publishedPage(jdbc, "Colophon", "colophon", "Set in Georgia", Instant.now());

        mvc.perform(get("/search").param("q", "georgia")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Colophon")))
                .andExpect(content().string(not(containsString("Nothing matches"))));
    }

    @Test
    void noHitsAndNoQueryAreFriendlyEmptyStates() throws Exception {
        mvc.perform(get("/search").param("q", "zebra")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing matches")));
        mvc.perform(get("/search")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Type a few words")));
    }

    @Test
    void anythingPeopleTypeIsAnsweredNeverA500() throws Exception {
        for (String typed : new String[] {"\"unclosed", "-", "or", "a & b | !c", "'); drop table posts; --", "<script>", "\u0000",
                "page=-1"}) {
            mvc.perform(get("/search").param("q", typed).param("page", "-5")).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("<script>"))));
        }
        mvc.perform(get("/search").param("q", "x".repeat(250))).andExpect(status().isOk())
                .andExpect(content().string(containsString("at most 200 characters")));
    }
}
