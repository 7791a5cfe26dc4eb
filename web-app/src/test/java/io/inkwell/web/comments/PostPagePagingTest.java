package io.inkwell.web.comments;

import static io.inkwell.comments.test.CommentRows.comment;
import static io.inkwell.comments.test.CommentRows.pathAt;
import static io.inkwell.comments.test.CommentRows.pathOf;
import static io.inkwell.comments.test.CommentRows.topLevelComments;
import static io.inkwell.web.security.TestAccounts.person;
import static org.assertj.core.api.Assertions.assertThat;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** A post page shows at most 100 comments, whatever the post has, and continues with a plain link. */
@WebTest
class PostPagePagingTest {

    static final Pattern COMMENT = Pattern.compile("<li id=\"comment-[^\"]+\"\\s+class=\"comment indent-(\\d)");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    SignedInUser ada;
    SignedInUser bob;
    UUID post;

    @BeforeEach
    void givenAPost() {
        ada = person(jdbc, "Ada Lovelace", Role.USER);
        bob = person(jdbc, "Bob Guest", Role.GUEST);
        post = WebTestData.publishedPost(jdbc, ada.id(), "Busy", "busy", Instant.parse("2026-01-01T10:00:00Z"));
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static int commentsOn(String html) {
        Matcher comments = COMMENT.matcher(html);
        int found = 0;
        while (comments.find()) {
            found++;
        }
        return found;
    }

    @Test
    void theFirstPageShowsAHundredCommentsTheTotalFromTheCounterAndMoreComments() throws Exception {
        topLevelComments(jdbc, post, bob.id(), 1234);

        String html = page("/posts/busy");

        assertThat(commentsOn(html)).isEqualTo(100);
        assertThat(html).contains("1,234 comments", "Comment 1.", "Comment 100.").doesNotContain("Comment 101.")
                .contains("<a href=\"/posts/busy?after=" + pathAt(jdbc, post, 100) + "#comments\">More comments</a>")
                .doesNotContain("Continued from the previous page");
    }

    @Test
    void theSecondPageContinuesAfterTheCursorAndTheLastPageHasNoMoreLink() throws Exception {
        topLevelComments(jdbc, post, bob.id(), 250);

        String second = page("/posts/busy?after=" + pathAt(jdbc, post, 100));
        String third = page("/posts/busy?after=" + pathAt(jdbc, post, 200));

        assertThat(commentsOn(second)).isEqualTo(100);
        assertThat(second).contains("250 comments", "Comment 101.", "Comment 200.")
                .doesNotContain("Comment 100.", "Comment 201.")
                .contains("Continued from the previous page", "<a href=\"/posts/busy#comments\">Back to the first comments</a>")
                .contains("/posts/busy?after=" + pathAt(jdbc, post, 200) + "#comments\">More comments");
        assertThat(commentsOn(third)).isEqualTo(50);
        assertThat(third).contains("Comment 250.").doesNotContain("More comments");
    }

    @Test
    void aPageStartingInsideAConversationKeepsItsIndentationAndLinksToTheCommentItAnswers() throws Exception {
        topLevelComments(jdbc, post, ada.id(), 99);
        UUID hundredth = comment(jdbc, post, bob.id(), null, "The hundredth");
        UUID answer = comment(jdbc, post, ada.id(), hundredth, "An answer on page two");
        comment(jdbc, post, bob.id(), answer, "Deeper still");

        String second = page("/posts/busy?after=" + pathOf(jdbc, hundredth));

        Matcher first = COMMENT.matcher(second);
        assertThat(first.find()).isTrue();
        assertThat(first.group(1)).isEqualTo("1");
        assertThat(first.find()).isTrue();
        assertThat(first.group(1)).isEqualTo("2");
        assertThat(second).contains("An answer on page two", "Deeper still")
                .contains("the first comment here answers", "<a href=\"/posts/busy/comments/" + hundredth + "\">this comment</a>");
    }

    @Test
    void aCursorThatIsNoPathShowsTheFirstPageLikeTheHomePagesAfterDoes() throws Exception {
        topLevelComments(jdbc, post, bob.id(), 120);
        String first = page("/posts/busy");

        for (String bad : new String[] {"nonsense", "000001", "00000010", "0000001~", "0000001%27--", "0000001".repeat(600)}) {
            mvc.perform(get("/posts/busy").param("after", bad))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Comment 1.")))
                    .andExpect(content().string(not(containsString("Comment 101."))))
                    .andExpect(content().string(not(containsString("Continued from the previous page"))));
        }
        assertThat(commentsOn(first)).isEqualTo(100);
    }

    @Test
    void aCursorPastTheEndSaysThereIsNothingMore() throws Exception {
        topLevelComments(jdbc, post, bob.id(), 3);

        mvc.perform(get("/posts/busy").param("after", "zzzzzzz"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("3 comments")))
                .andExpect(content().string(containsString("No more comments.")))
                .andExpect(content().string(not(containsString("No comments yet."))));
    }

    @Test
    void replyLinksOnALaterPageKeepTheReaderOnIt() throws Exception {
        topLevelComments(jdbc, post, ada.id(), 100);
        UUID later = comment(jdbc, post, ada.id(), null, "On page two");
        String after = pathAt(jdbc, post, 100);

        mvc.perform(get("/posts/busy").param("after", after).with(user(bob)))
                .andExpect(content().string(containsString("?after=" + after + "&amp;replyTo=" + later + "#comment-" + later)));
        mvc.perform(get("/posts/busy").param("after", after).param("replyTo", later.toString()).with(user(bob)))
                .andExpect(content().string(containsString("<label for=\"reply-" + later + "\">Reply to Ada Lovelace</label>")));
    }

    @Test
    void placeholdersTakeTheirPlaceOnThePageButNotInTheTotal() throws Exception {
        UUID gone = comment(jdbc, post, bob.id(), null, "Regrets");
        comment(jdbc, post, ada.id(), gone, "Still here");
        jdbc.update("update comments set deleted_at = now(), content = '' where id = ?", gone);

        mvc.perform(get("/posts/busy"))
                .andExpect(content().string(containsString("<h2>1 comment</h2>")))
                .andExpect(content().string(containsString("[deleted]")))
                .andExpect(content().string(containsString("Still here")));
    }
}
