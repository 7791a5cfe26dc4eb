package io.inkwell.web.limits;

import static io.inkwell.web.security.TestAccounts.person;
import static io.inkwell.web.support.WebTestData.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.comments.CommentForms;
import io.inkwell.comments.test.CommentRows;
import io.inkwell.posts.PostCommands;
import io.inkwell.posts.PostRef;
import io.inkwell.settings.SiteSettings;
import io.inkwell.settings.test.SettingsRows;
import io.inkwell.users.Role;
import io.inkwell.users.UserAccounts;
import io.inkwell.web.security.TestAccounts;
import io.inkwell.web.support.WebTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every limited route reaches 429 at its default limit (application.properties), with the site's page and
 * Retry-After, and the refused action is not done.
 */
@WebTest
class RateLimitedRoutesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PostCommands commands;

    @Autowired
    UserAccounts accounts;

    @Autowired
    CommentForms forms;

    @Autowired
    SiteSettings settings;

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static void refused(ResultActions result) throws Exception {
        result.andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().string(allOf(containsString("Too many tries"), containsString("Please try again in"))));
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    @Test
    void registrationsFromOneAddressStopAtTheLimit() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(register("person" + i + "@example.com").with(from("203.0.113.7"))).andExpect(status().isOk());
        }

        refused(mvc.perform(register("one-more@example.com").with(from("203.0.113.7"))));
        mvc.perform(register("elsewhere@example.com").with(from("198.51.100.1"))).andExpect(status().isOk());

        assertThat(count("users")).isEqualTo(6);
    }

    private static MockHttpServletRequestBuilder register(String email) {
        return post("/register").with(csrf()).param("name", "Someone").param("email", email).param("password", "correct horse");
    }

    @Test
    void failedLoginsFromOneAddressStopEvenARightPassword() throws Exception {
        TestAccounts.registered(accounts, jdbc, "Ada", "ada@example.com", Role.USER);
        for (int i = 0; i < 20; i++) {
            mvc.perform(TestAccounts.logIn("nobody" + i + "@example.com", "wrong password").with(from("203.0.113.7")))
                    .andExpect(status().is3xxRedirection());
        }

        refused(mvc.perform(TestAccounts.logIn("ada@example.com", TestAccounts.PASSWORD).with(from("203.0.113.7"))));
        mvc.perform(TestAccounts.logIn("ada@example.com", TestAccounts.PASSWORD).with(from("198.51.100.1")))
                .andExpect(header().string("Location", "/"));
    }

    @Test
    void postingByOneAccountStopsAtTheLimit() throws Exception {
        var ada = person(jdbc, "Ada", Role.USER);
        for (int i = 0; i < 20; i++) {
            mvc.perform(post("/posts/new").with(user(ada)).with(csrf()).param("title", "Post " + i).param("action", "draft"))
                    .andExpect(status().is3xxRedirection());
        }
        PostRef draft = post(commands, ada, "Written before", false);

        refused(mvc.perform(post("/posts/new").with(user(ada)).with(csrf()).param("title", "One more").param("action", "publish")));
        refused(mvc.perform(post("/posts/" + draft.id() + "/publish").with(user(ada)).with(csrf())));
        mvc.perform(post("/posts/new").with(user(ada)).with(csrf()).param("title", "Previewed").param("action", "preview"))
                .andExpect(status().isOk());

        assertThat(count("posts")).isEqualTo(21);
        assertThat(jdbc.queryForObject("select status from posts where id = ?", String.class, draft.id())).isEqualTo("draft");
    }

    @Test
    void commentWritesAndEditsByOneAccountStopAtTheLimit() throws Exception {
        var ada = person(jdbc, "Ada", Role.USER);
        PostRef post = post(commands, ada, "Talk", true);
        UUID older = CommentRows.comment(jdbc, post.id(), ada.id(), null, "Written earlier.");
        for (int i = 0; i < 9; i++) {
            mvc.perform(post("/posts/talk/comments").with(user(ada)).with(csrf()).param("content", "Comment " + i))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(post("/posts/talk/comments/" + older + "/edit").with(user(ada)).with(csrf()).param("content", "Edited."))
                .andExpect(status().is3xxRedirection());

        refused(mvc.perform(post("/posts/talk/comments/" + older + "/edit").with(user(ada)).with(csrf()).param("content", "Again.")));
        refused(mvc.perform(post("/posts/talk/comments").with(user(ada)).with(csrf()).param("content", "One more")));

        assertThat(count("comments")).isEqualTo(10);
        assertThat(jdbc.queryForObject("select content from comments where id = ?", String.class, older)).isEqualTo("Edited.");
    }

    @Test
    void commentsFromOneAddressStopAtItsLimitWhateverTheAccount() throws Exception {
        var author = person(jdbc, "Author", Role.USER);
        post(commands, author, "Talk", true);
        for (int person = 0; person < 3; person++) {
            var commenter = person(jdbc, "Commenter " + person, Role.GUEST);
            for (int i = 0; i < 10; i++) {
                mvc.perform(post("/posts/talk/comments").with(user(commenter)).with(csrf()).with(from("203.0.113.7"))
                        .param("content", "Comment " + i)).andExpect(status().is3xxRedirection());
            }
        }
        var fourth = person(jdbc, "Fourth", Role.GUEST);

        refused(mvc.perform(post("/posts/talk/comments").with(user(fourth)).with(csrf()).with(from("203.0.113.7"))
                .param("content", "One more")));
        mvc.perform(post("/posts/talk/comments").with(user(fourth)).with(csrf()).with(from("198.51.100.1"))
                .param("content", "From elsewhere")).andExpect(status().is3xxRedirection());
    }

    @Test
    void commentsWithoutAnAccountStopAtTheAddressLimit() throws Exception {
        var author = person(jdbc, "Author", Role.USER);
        PostRef talk = post(commands, author, "Talk", true);
        SettingsRows.commentPolicy(jdbc, "open", true, null, 2, 3);
        settings.reload();
        for (int i = 0; i < 30; i++) {
            mvc.perform(guestComment(talk, "Guest comment " + i).with(from("203.0.113.9"))).andExpect(status().is3xxRedirection());
        }

        refused(mvc.perform(guestComment(talk, "One more").with(from("203.0.113.9"))));

        assertThat(count("comments")).isEqualTo(30);
        mvc.perform(guestComment(talk, "From elsewhere").with(from("198.51.100.9"))).andExpect(status().is3xxRedirection());
    }

    private MockHttpServletRequestBuilder guestComment(PostRef post, String text) {
        return post("/posts/talk/comments").with(csrf()).param("content", text).param("name", "Grace")
                .param("email", "grace@example.com").param("formToken", forms.tokenFor(post.id())).param("website", "");
    }
}
