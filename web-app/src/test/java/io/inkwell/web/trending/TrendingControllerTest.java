package io.inkwell.web.trending;

import static io.inkwell.web.security.TestAccounts.person;
import static io.inkwell.web.support.WebTestData.CATEGORY_ADMIN;
import static io.inkwell.web.support.WebTestData.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import io.inkwell.posts.Categories;
import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostRef;
import io.inkwell.posts.test.PostRows;
import io.inkwell.users.Role;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.support.WebTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class TrendingControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PostCommands commands;

    @Autowired
    Categories categories;

    SignedInUser ada;

    @BeforeEach
    void givenAnAuthor() {
        ada = person(jdbc, "Ada Lovelace", Role.USER);
    }

    @Test
    void mostViewedThisWeekComeFirstAsCardsWithTheirViews() throws Exception {
        UUID java = categories.create(CATEGORY_ADMIN, "Java", null).id();
        PostRef quiet = post(commands, ada, "Quiet", true);
        PostRef popular = post(commands, ada, "Popular", true, java);
        PostRef middle = post(commands, ada, "Middle", true);
        PostRows.weekViews(jdbc, quiet.id(), 1);
        PostRows.weekViews(jdbc, popular.id(), 1_234);
        PostRows.weekViews(jdbc, middle.id(), 40);
        post(commands, ada, "Unread", true);

        mvc.perform(get("/trending"))
                .andExpect(status().isOk())
                .andExpect(view().name("trending/list"))
                .andExpect(model().attribute("posts", hasSize(3)))
                .andExpect(content().string(containsString("<title>Trending this week · Inkwell</title>")))
                .andExpect(content().string(stringContainsInOrder(List.of(
                        "#1", "1,234 views this week", "href=\"/posts/popular\"", "Ada Lovelace", "href=\"/categories/java\"",
                        "#2", "40 views this week", "href=\"/posts/middle\"",
                        "#3", "1 view this week", "href=\"/posts/quiet\""))))
                .andExpect(content().string(not(containsString("Unread"))))
                .andExpect(content().string(not(containsString("No views in the last 7 days yet."))));
    }

    @Test
    void nothingViewedThisWeekSaysSo() throws Exception {
        post(commands, ada, "Old favourite", true);

        mvc.perform(get("/trending"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trending this week")))
                .andExpect(content().string(containsString("No views in the last 7 days yet.")))
                .andExpect(content().string(not(containsString("Old favourite"))));
    }

    @Test
    void archivedAndDraftPostsAreNeverShownWhateverTheirViews() throws Exception {
        PostRef shown = post(commands, ada, "Still live", true);
        PostRef archived = post(commands, ada, "Put away", true);
        PostRef draft = post(commands, ada, "Back to draft", true);
        PostRows.weekViews(jdbc, shown.id(), 2);
        PostRows.weekViews(jdbc, archived.id(), 500);
        PostRows.weekViews(jdbc, draft.id(), 400);
        commands.archive(ada.actor(), archived.id());
        commands.returnToDraft(ada.actor(), draft.id());

        mvc.perform(get("/trending"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("posts", hasSize(1)))
                .andExpect(content().string(containsString("Still live")))
                .andExpect(content().string(not(containsString("Put away"))))
                .andExpect(content().string(not(containsString("Back to draft"))));
    }

    @Test
    void showsTwentyPostsAtMost() throws Exception {
        for (int i = 1; i <= 22; i++) {
            PostRows.weekViews(jdbc, post(commands, ada, "Post " + i, true).id(), i);
        }

        mvc.perform(get("/trending"))
                .andExpect(model().attribute("posts", hasSize(20)))
                .andExpect(content().string(containsString("href=\"/posts/post-22\"")))
                .andExpect(content().string(not(containsString("href=\"/posts/post-2\""))));
    }

    @Test
    void readingAPostPutsItOnTheListOnceTheViewsAreFlushed() throws Exception {
        PostRef read = post(commands, ada, "Read today", true);
        // Two readers: one reader's views of a post count once per half hour.
        for (String address : List.of("203.0.113.1", "203.0.113.2")) {
            mvc.perform(get("/posts/" + read.slug()).with(request -> {
                request.setRemoteAddr(address);
                return request;
            })).andExpect(status().isOk());
        }

        // The flush runs every two seconds in the background.
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (weekViews(read) < 2 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }

        mvc.perform(get("/trending"))
                .andExpect(content().string(stringContainsInOrder(List.of("2 views this week", "href=\"/posts/read-today\""))));
    }

    @Test
    void theListCannotBePostedTo() throws Exception {
        mvc.perform(post("/trending")).andExpect(status().isForbidden());
    }

    private long weekViews(PostRef post) {
        return jdbc.queryForObject("select coalesce(sum(views), 0) from post_week_views where post_id = ?", Long.class, post.id());
    }
}
