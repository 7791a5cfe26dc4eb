package io.inkwell.web.comments;

import static io.inkwell.comments.test.CommentRows.comment;
import static io.inkwell.web.security.TestAccounts.person;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

/** The thread as the post page shows it. */
@WebTest
class PostPageThreadTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    SignedInUser ada;
    SignedInUser bob;
    UUID post;

    @BeforeEach
    void givenAPostWithAShortConversation() {
        ada = person(jdbc, "Ada Lovelace", Role.USER);
        bob = person(jdbc, "Bob Guest", Role.GUEST);
        post = WebTestData.publishedPost(jdbc, ada.id(), "Talking", "talking", Instant.parse("2026-01-01T10:00:00Z"));
    }

    @Test
    void anonymousReadersSeeTheThreadAndAreAskedToLogIn() throws Exception {
        UUID top = comment(jdbc, post, bob.id(), null, "Hello <world>");
        comment(jdbc, post, ada.id(), top, "Hello back");

        mvc.perform(get("/posts/talking"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 comments")))
                .andExpect(content().string(containsString("Hello &lt;world&gt;")))
                .andExpect(content().string(containsString("comment indent-1")))
                .andExpect(content().string(containsString("Log in to comment")))
                .andExpect(content().string(not(containsString("Post comment"))));
    }

    @Test
    void signedInReadersGetTheCommentFormAndAReplyFormWhereTheyAskForIt() throws Exception {
        UUID top = comment(jdbc, post, bob.id(), null, "Reply to me");

        mvc.perform(get("/posts/talking").with(user(ada)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<label for=\"content\">Your comment</label>")))
                .andExpect(content().string(containsString(">Post comment</button>")))
                .andExpect(content().string(containsString("?replyTo=" + top + "#comment-" + top)))
                .andExpect(content().string(not(containsString("reply-form"))));
        mvc.perform(get("/posts/talking").param("replyTo", top.toString()).with(user(ada)))
                .andExpect(content().string(containsString("reply-form")))
                .andExpect(content().string(containsString(">Reply</button>")));
    }

    @Test
    void anArchivedPostShowsItsThreadButTakesNoComments() throws Exception {
        comment(jdbc, post, bob.id(), null, "From before");
        jdbc.update("update posts set status = 'archived' where id = ?", post);

        mvc.perform(get("/posts/talking").with(user(ada)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("From before")))
                .andExpect(content().string(containsString("Comments are closed.")))
                .andExpect(content().string(not(containsString("Post comment"))));
    }
}
