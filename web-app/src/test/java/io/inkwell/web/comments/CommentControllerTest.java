package io.inkwell.web.comments;

import static io.inkwell.comments.test.CommentRows.comment;
import static io.inkwell.comments.test.CommentRows.topLevelComments;
import static io.inkwell.web.security.TestAccounts.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import io.inkwell.comments.CommentForms;
import io.inkwell.posts.test.PostRows;
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
class CommentControllerTest {

    static final String SLUG = "threads-are-fun";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    /** The token a comment form of the post page carries: without it a comment is kept as spam. */
    @Autowired
    CommentForms forms;

    SignedInUser ada;
    SignedInUser bob;
    SignedInUser admin;
    UUID post;

    @BeforeEach
    void givenAPublishedPostAndThreePeople() {
        ada = person(jdbc, "Ada Lovelace", Role.USER);
        bob = person(jdbc, "Bob Guest", Role.GUEST);
        admin = person(jdbc, "Ann Admin", Role.ADMIN);
        post = WebTestData.publishedPost(jdbc, ada.id(), "Threads are fun", SLUG, Instant.parse("2026-01-01T10:00:00Z"));
    }

    private long commentsOn(UUID postId) {
        return jdbc.queryForObject("select count(*) from comments where post_id = ?", Long.class, postId);
    }

    @Test
    void aSignedInReaderCommentsAndReturnsToTheirComment() throws Exception {
        mvc.perform(post("/posts/{slug}/comments", SLUG).param("formToken", forms.tokenFor(post)).param("content", "First!").with(user(bob)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/posts/" + SLUG + "#comment-*"));

        assertThat(jdbc.queryForObject("select content from comments where post_id = ?", String.class, post)).isEqualTo("First!");
    }

    @Test
    void aReplyLandsUnderItsParent() throws Exception {
        UUID parent = comment(jdbc, post, ada.id(), null, "Question?");

        mvc.perform(post("/posts/{slug}/comments", SLUG).param("formToken", forms.tokenFor(post)).param("parentId", parent.toString()).param("content", "Answer")
                        .with(user(bob)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject("select parent_id from comments where content = 'Answer'", UUID.class)).isEqualTo(parent);
    }

    @Test
    void anonymousReadersAreSentToLoginAndNothingIsWritten() throws Exception {
        mvc.perform(post("/posts/{slug}/comments", SLUG).param("formToken", forms.tokenFor(post)).param("content", "Hi").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));

        assertThat(commentsOn(post)).isZero();
    }

    @Test
    void aCommentWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/posts/{slug}/comments", SLUG).param("formToken", forms.tokenFor(post)).param("content", "Hi").with(user(bob)))
                .andExpect(status().isForbidden());

        assertThat(commentsOn(post)).isZero();
    }

    @Test
    void anEmptyCommentRedisplaysTheFormWithTheMessage() throws Exception {
        mvc.perform(post("/posts/{slug}/comments", SLUG).param("formToken", forms.tokenFor(post)).param("content", "   ").with(user(bob)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("comments/form"))
                .andExpect(model().attributeHasFieldErrors("commentForm", "content"))
                .andExpect(content().string(containsString("the comment is empty")))
                .andExpect(content().string(containsString("Post comment")));
    }

    @Test
    void aTooLongCommentKeepsItsTextNextToTheMessage() throws Exception {
        String text = "word ".repeat(1001);

        mvc.perform(post("/posts/{slug}/comments", SLUG).param("formToken", forms.tokenFor(post)).param("content", text).with(user(bob)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("at most 5000 characters")))
                .andExpect(content().string(containsString(text.substring(0, 200))));

        assertThat(commentsOn(post)).isZero();
    }

    @Test
    void aReplyToAnotherPostsCommentIsRefused() throws Exception {
        UUID other = WebTestData.publishedPost(jdbc, ada.id(), "Other", "other", Instant.parse("2026-01-02T10:00:00Z"));
        UUID elsewhere = comment(jdbc, other, ada.id(), null, "Elsewhere");

        mvc.perform(post("/posts/{slug}/comments", SLUG).param("formToken", forms.tokenFor(post)).param("parentId", elsewhere.toString()).param("content", "Sneaky")
                        .with(user(bob)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("comments/form"))
                .andExpect(content().string(containsString("not part of this post")))
                .andExpect(content().string(containsString("Reply")));

        assertThat(commentsOn(post)).isZero();
    }

    @Test
    void draftsTakeNoCommentsAndUnknownPostsAre404() throws Exception {
        PostRows.draft(jdbc, ada.id(), "Draft", "a-draft");

        mvc.perform(post("/posts/{slug}/comments", "a-draft").param("content", "Early").with(user(ada)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("published posts only")));
        mvc.perform(post("/posts/{slug}/comments", "a-draft").param("content", "Early").with(user(bob)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/posts/{slug}/comments", "no-such-post").param("content", "Hi").with(user(bob)).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aMalformedParentIdIsABadRequestNotAnError() throws Exception {
        mvc.perform(post("/posts/{slug}/comments", SLUG).param("formToken", forms.tokenFor(post)).param("parentId", "not-a-uuid").param("content", "Hi")
                        .with(user(bob)).with(csrf()))
                .andExpect(status().isBadRequest());

        assertThat(commentsOn(post)).isZero();
    }

    @Test
    void theAuthorEditsTheirCommentAndItIsMarkedEdited() throws Exception {
        UUID id = comment(jdbc, post, bob.id(), null, "Tpyo");

        mvc.perform(get("/posts/{slug}/comments/{id}/edit", SLUG, id).with(user(bob)))
                .andExpect(status().isOk())
                .andExpect(view().name("comments/form"))
                .andExpect(content().string(containsString("Tpyo")))
                .andExpect(content().string(containsString("Save comment")));
        mvc.perform(post("/posts/{slug}/comments/{id}/edit", SLUG, id).param("content", "Typo").with(user(bob)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/posts/" + SLUG + "#comment-" + id));

        assertThat(jdbc.queryForObject("select is_edited from comments where id = ?", Boolean.class, id)).isTrue();
    }

    @Test
    void anEditWithBadContentRedisplaysAndChangesNothing() throws Exception {
        UUID id = comment(jdbc, post, bob.id(), null, "Keep me");

        mvc.perform(post("/posts/{slug}/comments/{id}/edit", SLUG, id).param("content", "").with(user(bob)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("commentForm", "content"));

        assertThat(jdbc.queryForObject("select content from comments where id = ?", String.class, id)).isEqualTo("Keep me");
    }

    @Test
    void nobodyElseMayEditAComment() throws Exception {
        UUID id = comment(jdbc, post, bob.id(), null, "Mine");

        mvc.perform(get("/posts/{slug}/comments/{id}/edit", SLUG, id).with(user(ada))).andExpect(status().isForbidden());
        mvc.perform(get("/posts/{slug}/comments/{id}/edit", SLUG, id).with(user(admin))).andExpect(status().isForbidden());
        mvc.perform(post("/posts/{slug}/comments/{id}/edit", SLUG, id).param("content", "Yours").with(user(ada)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/posts/{slug}/comments/{id}/edit", SLUG, id)).andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject("select content from comments where id = ?", String.class, id)).isEqualTo("Mine");
    }

    @Test
    void unknownCommentsAndCommentsOfAnotherPostAre404() throws Exception {
        UUID other = WebTestData.publishedPost(jdbc, ada.id(), "Other", "other", Instant.parse("2026-01-02T10:00:00Z"));
        UUID elsewhere = comment(jdbc, other, bob.id(), null, "Elsewhere");

        mvc.perform(get("/posts/{slug}/comments/{id}/edit", SLUG, elsewhere).with(user(bob))).andExpect(status().isNotFound());
        mvc.perform(get("/posts/{slug}/comments/{id}/edit", SLUG, UUID.randomUUID()).with(user(bob))).andExpect(status().isNotFound());
        mvc.perform(get("/posts/{slug}/comments/{id}", SLUG, elsewhere)).andExpect(status().isNotFound());
        mvc.perform(get("/posts/{slug}/comments/{id}", SLUG, UUID.randomUUID())).andExpect(status().isNotFound());
        mvc.perform(get("/posts/{slug}/comments/{id}", SLUG, "nonsense")).andExpect(status().isBadRequest());
        mvc.perform(post("/posts/{slug}/comments/{id}/delete", SLUG, elsewhere).with(user(bob)).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void deletingAsksFirstThenKeepsAPlaceholderWhileRepliesRemain() throws Exception {
        UUID parent = comment(jdbc, post, bob.id(), null, "Regrettable");
        UUID reply = comment(jdbc, post, ada.id(), parent, "A reply");

        mvc.perform(get("/posts/{slug}/comments/{id}/delete", SLUG, parent).with(user(bob)))
                .andExpect(status().isOk())
                .andExpect(view().name("comments/delete"))
                .andExpect(content().string(containsString("Delete comment")));
        mvc.perform(post("/posts/{slug}/comments/{id}/delete", SLUG, parent).with(user(bob)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/posts/" + SLUG + "#comments"));

        assertThat(jdbc.queryForObject("select content from comments where id = ?", String.class, parent)).isEmpty();
        mvc.perform(get("/posts/{slug}/comments/{id}", SLUG, parent))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("[deleted]")))
                .andExpect(content().string(containsString("A reply")))
                .andExpect(content().string(not(containsString("Regrettable"))))
                .andExpect(content().string(not(containsString("Bob Guest"))));
        assertThat(commentsOn(post)).isEqualTo(2);
        assertThat(reply).isNotNull();
    }

    @Test
    void onlyTheAuthorOrAnAdminMayDelete() throws Exception {
        UUID id = comment(jdbc, post, bob.id(), null, "Mine");

        mvc.perform(get("/posts/{slug}/comments/{id}/delete", SLUG, id).with(user(ada))).andExpect(status().isForbidden());
        mvc.perform(post("/posts/{slug}/comments/{id}/delete", SLUG, id).with(user(ada)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/posts/{slug}/comments/{id}/delete", SLUG, id).with(user(bob)))
                .andExpect(status().isForbidden());
        assertThat(commentsOn(post)).isEqualTo(1);

        mvc.perform(get("/posts/{slug}/comments/{id}/delete", SLUG, id).with(user(admin))).andExpect(status().isOk());
        mvc.perform(post("/posts/{slug}/comments/{id}/delete", SLUG, id).with(user(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(commentsOn(post)).isZero();
    }

    @Test
    void aSubtreePageShowsTheConversationToAnyoneWithMarkupAsText() throws Exception {
        UUID top = comment(jdbc, post, bob.id(), null, "<script>alert('x')</script> see https://example.com");
        comment(jdbc, post, ada.id(), top, "Line one\nLine two");

        mvc.perform(get("/posts/{slug}/comments/{id}", SLUG, top))
                .andExpect(status().isOk())
                .andExpect(view().name("comments/subtree"))
                .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(containsString("<a href=\"https://example.com\" rel=\"nofollow ugc\">")))
                .andExpect(content().string(containsString("Line one<br>")))
                .andExpect(content().string(containsString("Bob Guest")))
                .andExpect(content().string(containsString("just now")))
                .andExpect(content().string(not(containsString(">Reply<"))));
    }

    @Test
    void replyToOpensAReplyFormUnderThatComment() throws Exception {
        UUID top = comment(jdbc, post, bob.id(), null, "Talk to me");

        mvc.perform(get("/posts/{slug}/comments/{id}", SLUG, top).param("replyTo", top.toString()).with(user(ada)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<label for=\"reply-" + top + "\">Reply to Bob Guest</label>")))
                .andExpect(content().string(containsString("name=\"parentId\" value=\"" + top + "\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(containsString(">Reply</button>")));
    }

    @Test
    void deepRepliesStopIndentingAtSixLevelsAndOfferToContinueTheThread() throws Exception {
        UUID parent = null;
        UUID atTheCap = null;
        UUID top = null;
        for (int depth = 0; depth <= 8; depth++) {
            parent = comment(jdbc, post, depth % 2 == 0 ? ada.id() : bob.id(), parent, "Depth " + depth);
            top = depth == 0 ? parent : top;
            atTheCap = depth == 6 ? parent : atTheCap;
        }

        mvc.perform(get("/posts/{slug}/comments/{id}", SLUG, top).with(user(ada)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("comment indent-6")))
                .andExpect(content().string(not(containsString("indent-7"))))
                .andExpect(content().string(containsString("/posts/" + SLUG + "/comments/" + atTheCap + "\">Continue this thread")));
        mvc.perform(get("/posts/{slug}/comments/{id}", SLUG, atTheCap))
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith("<!DOCTYPE html>")))
                .andExpect(content().string(containsString("comment indent-2")))
                .andExpect(content().string(not(containsString("Depth 5"))));
    }

    @Test
    void ownCommentsOfferEditAndDeleteAndOthersDoNot() throws Exception {
        UUID top = comment(jdbc, post, bob.id(), null, "Bob speaks");

        mvc.perform(get("/posts/{slug}/comments/{id}", SLUG, top).with(user(bob)))
                .andExpect(content().string(containsString("/comments/" + top + "/edit\">Edit</a>")))
                .andExpect(content().string(containsString("/comments/" + top + "/delete\">Delete</a>")));
        mvc.perform(get("/posts/{slug}/comments/{id}", SLUG, top).with(user(ada)))
                .andExpect(content().string(not(containsString(">Edit</a>"))))
                .andExpect(content().string(not(containsString(">Delete</a>"))));
        mvc.perform(get("/posts/{slug}/comments/{id}", SLUG, top).with(user(admin)))
                .andExpect(content().string(not(containsString(">Edit</a>"))))
                .andExpect(content().string(containsString(">Delete</a>")));
    }

    private UUID idOf(String content) {
        return jdbc.queryForObject("select id from comments where content = ?", UUID.class, content);
    }

    private String pathOf(String content) {
        return jdbc.queryForObject("select path from comments where content = ?", String.class, content);
    }

    @Test
    void aReplyBeyondTheFirstPageLandsOnThePageThatStartsWithItAndShowsIt() throws Exception {
        topLevelComments(jdbc, post, ada.id(), 100);
        UUID hundredth = idOf("Comment 100.");

        String landing = mvc.perform(post("/posts/{slug}/comments", SLUG).param("formToken", forms.tokenFor(post)).param("parentId", hundredth.toString())
                        .param("content", "A late reply").with(user(bob)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();

        UUID reply = idOf("A late reply");
        assertThat(landing).isEqualTo("/posts/" + SLUG + "?after=" + pathOf("Comment 100.") + "#comment-" + reply);
        mvc.perform(get(landing.substring(0, landing.indexOf('#'))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"comment-" + reply + "\"")))
                .andExpect(content().string(containsString("A late reply")));
    }

    @Test
    void aNewCommentUnderALongThreadAndAnEditOfOneThereLandWhereTheyAreShown() throws Exception {
        topLevelComments(jdbc, post, ada.id(), 150);

        String added = mvc.perform(post("/posts/{slug}/comments", SLUG).param("formToken", forms.tokenFor(post)).param("content", "The newest word")
                        .with(user(bob)).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        UUID newest = idOf("The newest word");
        String edited = mvc.perform(post("/posts/{slug}/comments/{id}/edit", SLUG, newest).param("content", "The newest words")
                        .with(user(bob)).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        String editedOnPageOne = mvc.perform(post("/posts/{slug}/comments/{id}/edit", SLUG, idOf("Comment 2."))
                        .param("content", "Comment two.").with(user(ada)).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();

        String cursor = "/posts/" + SLUG + "?after=" + pathOf("Comment 150.") + "#comment-" + newest;
        assertThat(added).isEqualTo(cursor);
        assertThat(edited).isEqualTo(cursor);
        assertThat(editedOnPageOne).isEqualTo("/posts/" + SLUG + "#comment-" + idOf("Comment two."));
    }

    @Test
    void aLongConversationPageStopsAtAHundredWithMoreRepliesAndContinuesWithinIt() throws Exception {
        UUID top = comment(jdbc, post, bob.id(), null, "The big question");
        jdbc.update("insert into comments (post_id, author_id, parent_id, content)"
                + " select ?, ?, ?, 'Reply ' || n || '.' from generate_series(1, 150) n order by n", post, ada.id(), top);
        comment(jdbc, post, ada.id(), null, "Another conversation");
        String more = "/posts/" + SLUG + "/comments/" + top + "?after=" + pathOf("Reply 99.");

        mvc.perform(get("/posts/{slug}/comments/{id}", SLUG, top))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The big question")))
                .andExpect(content().string(containsString("Reply 99.")))
                .andExpect(content().string(not(containsString("Reply 100."))))
                .andExpect(content().string(containsString("<a href=\"" + more + "\">More replies</a>")));
        mvc.perform(get(more))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Reply 100.")))
                .andExpect(content().string(containsString("Reply 150.")))
                .andExpect(content().string(not(containsString("Reply 99."))))
                .andExpect(content().string(not(containsString("Another conversation"))))
                .andExpect(content().string(containsString("Continued from the previous page")))
                .andExpect(content().string(containsString("/comments/" + top + "\">this comment</a>")))
                .andExpect(content().string(containsString("Back to the start of this conversation")))
                .andExpect(content().string(not(containsString("More replies"))));
        mvc.perform(get("/posts/{slug}/comments/{id}", SLUG, top).param("after", "not-a-path"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Reply 1.")))
                .andExpect(content().string(not(containsString("Continued from the previous page"))));
        mvc.perform(get("/posts/{slug}/comments/{id}", SLUG, top).param("after", pathOf("Another conversation")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Reply 1.")))
                .andExpect(content().string(not(containsString("Continued from the previous page"))));
    }
}
