package io.inkwell.web.posts;

import static io.inkwell.web.security.TestAccounts.person;
import static io.inkwell.web.support.WebTestData.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.posts.PostCommands;
import io.inkwell.users.Role;
import io.inkwell.web.cache.PagesExpired;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.support.WebTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class RelatedPostsOnThePostPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PostCommands commands;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void aPostPageEndsWithUpToThreePublishedPostsSharingItsTags() throws Exception {
        SignedInUser ada = person(jdbc, "Ada", Role.USER);
        SignedInUser bob = person(jdbc, "Bob", Role.USER);
        post(commands, ada, "Green tea", true, List.of("tea", "leaves"));
        for (String title : List.of("Tea one", "Tea two", "Tea three", "Tea four")) {
            post(commands, bob, title, true, List.of("tea"));
        }
        post(commands, bob, "Tea draft", false, List.of("tea"));
        post(commands, bob, "Knitting", true, List.of("wool"));

        String page = mvc.perform(get("/posts/green-tea")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<h2 id=\"related-title\">Related posts</h2>")))
                .andExpect(content().string(not(containsString("Tea draft"))))
                .andExpect(content().string(not(containsString(">Knitting<"))))
                .andReturn().getResponse().getContentAsString();

        String related = page.substring(page.indexOf("related-title"));
        org.assertj.core.api.Assertions.assertThat(related.split("href=\"/posts/tea-", -1)).hasSize(4);
    }

    @Test
    void aPostWithNothingRelatedShowsNoSection() throws Exception {
        post(commands, person(jdbc, "Ada", Role.USER), "Alone", true);

        mvc.perform(get("/posts/alone")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Related posts"))));
    }

    @Test
    void relatedPostsAreKeptUntilThePagesExpire() throws Exception {
        SignedInUser ada = person(jdbc, "Ada", Role.USER);
        post(commands, ada, "Green tea", true, List.of("tea"));
        post(commands, ada, "Tea one", true, List.of("tea"));
        mvc.perform(get("/posts/green-tea").with(user(ada))).andExpect(content().string(containsString(">Tea one</a>")));

        // Behind the site's back: no write through it, so nothing expires.
        jdbc.update("update posts set title = 'Tea renamed' where slug = 'tea-one'");
        mvc.perform(get("/posts/green-tea").with(user(ada))).andExpect(content().string(containsString(">Tea one</a>")));

        events.publishEvent(new PagesExpired());
        mvc.perform(get("/posts/green-tea").with(user(ada)))
                .andExpect(content().string(containsString(">Tea renamed</a>")))
                .andExpect(content().string(not(containsString(">Tea one</a>"))));
    }
}
