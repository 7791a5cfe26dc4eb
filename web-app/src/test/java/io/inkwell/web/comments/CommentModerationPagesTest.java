package io.inkwell.web.comments;

import static io.inkwell.comments.test.CommentRows.comment;
import static io.inkwell.comments.test.CommentRows.counted;
import static io.inkwell.comments.test.CommentRows.hideThread;
import static io.inkwell.comments.test.CommentRows.standingOf;
import static io.inkwell.comments.test.CommentRows.withheld;
import static io.inkwell.web.security.TestAccounts.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.inkwell.comments.CommentForms;
import io.inkwell.settings.SiteSettings;
import io.inkwell.settings.test.SettingsRows;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Moderation as readers meet it on the post page and the comment routes: held comments, the spam rules' hidden
 * fields, comments without an account, reports, locked threads and a post's own switch.
 */
@WebTest
class CommentModerationPagesTest {

    static final String SLUG = "garden-notes";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CommentForms forms;

    @Autowired
    SiteSettings settings;

    SignedInUser ada;
    SignedInUser bob;
    SignedInUser admin;
    UUID post;

    @BeforeEach
    void givenAPostByAdaAReaderAndAnAdmin() {
        ada = person(jdbc, "Ada Lovelace", Role.USER);
        bob = person(jdbc, "Bob Reader", Role.GUEST);
        admin = person(jdbc, "Ann Admin", Role.ADMIN);
        post = WebTestData.publishedPost(jdbc, ada.id(), "Garden notes", SLUG, Instant.parse("2026-01-01T10:00:00Z"));
    }

    void policy(String approval, boolean guests) {
        SettingsRows.commentPolicy(jdbc, approval, guests, null, 2, 2);
        settings.reload();
    }

    /** The post page's comment form as a browser sends it: its token, and the hidden field left empty. */
    MockHttpServletRequestBuilder commentForm(String content) {
        return post("/posts/{slug}/comments", SLUG).with(csrf()).param("content", content)
                .param("formToken", forms.tokenFor(post)).param("website", "");
    }

    String page(SignedInUser who) throws Exception {
        var request = get("/posts/{slug}", SLUG);
        if (who != null) {
            request.with(user(who));
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aSignedInReadersFormCarriesItsTokenAndTheHiddenFieldAndAnAnonymousPageNoForm() throws Exception {
        assertThat(page(bob)).contains("name=\"formToken\" value=\"", "name=\"website\"", "Leave this field empty");
        assertThat(page(null)).doesNotContain("formToken").contains("Log in to comment");
    }

    @Test
    void onAGermanSiteTheCommenterAndTheModeratorAreToldInGerman() throws Exception {
        policy("first_time", true);
        SettingsRows.language(jdbc, "de");
        settings.reload();

        mvc.perform(commentForm("Meine ersten Worte").with(user(bob)))
                .andExpect(flash().attribute("commentMessage",
                        "Danke. Ihr Kommentar wartet auf Moderation: Er erscheint, sobald ein Moderator ihn freigibt."));
        UUID shown = comment(jdbc, post, ada.id(), null, "Schon da");

        assertThat(page(bob)).contains("Wartet auf Moderation", "Melden", "Dieses Feld leer lassen");
        assertThat(page(admin)).contains("Wartet auf Moderation", "Gesprächsfaden sperren");
        assertThat(page(null)).contains("Kommentar schreiben", "Zum Kommentieren anmelden");
        mvc.perform(post("/posts/{slug}/comments/{id}/report", SLUG, shown).with(user(ada)).with(csrf()))
                .andExpect(flash().attribute("commentMessage", "Ihren eigenen Kommentar können Sie nicht melden."));
        assertThat(mvc.perform(get("/posts/{slug}/comments/new", SLUG)).andReturn().getResponse().getContentAsString())
                .contains("E-Mail-Adresse (wird nie angezeigt)", "Stattdessen anmelden");
    }

    @Test
    void aFirstTimeCommenterIsToldTheirCommentAwaitsModerationAndSeesItMarked() throws Exception {
        policy("first_time", false);

        mvc.perform(commentForm("My first words").with(user(bob)))
                .andExpect(redirectedUrlPattern("/posts/" + SLUG + "#comment-*"))
                .andExpect(flash().attribute("commentMessage", containsString("awaiting moderation")));

        assertThat(page(bob)).contains("My first words", "Awaiting moderation", "0 comments");
        assertThat(page(ada)).doesNotContain("My first words");
        assertThat(page(null)).doesNotContain("My first words");
        assertThat(page(admin)).contains("My first words", "Awaiting moderation");
    }

    @Test
    void aFilledInHiddenFieldIsKeptAsSpamWithTheUsualConfirmation() throws Exception {
        mvc.perform(commentForm("Buy now").param("website", "https://spam.example").with(user(ada)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("commentMessage",
                        "Thank you. Your comment is awaiting moderation: it appears once a moderator approves it."));

        assertThat(jdbc.queryForObject("select status || '/' || held_reason from comments where content = 'Buy now'", String.class))
                .isEqualTo("spam/honeypot");
    }

    @Test
    void aFormWithoutTheSitesTokenIsKeptAsSpam() throws Exception {
        mvc.perform(post("/posts/{slug}/comments", SLUG).with(csrf()).with(user(bob)).param("content", "Posted by a script"))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject("select held_reason from comments where post_id = ?", String.class, post)).isEqualTo("no_form");
    }

    @Test
    void readersWithoutAnAccountAreSentToLoginUnlessTheSiteTakesTheirComments() throws Exception {
        mvc.perform(get("/posts/{slug}/comments/new", SLUG)).andExpect(redirectedUrl("/login"));
        mvc.perform(commentForm("Hello").param("name", "Grace").param("email", "grace@example.com"))
                .andExpect(redirectedUrl("/login"));

        assertThat(counted(jdbc, post)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from comments", Integer.class)).isZero();
    }

    @Test
    void aGuestCommentsWithANameAndAnEmailAndWaitsForAModerator() throws Exception {
        policy("open", true);
        assertThat(page(null)).contains("Leave a comment");

        mvc.perform(get("/posts/{slug}/comments/new", SLUG))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Email (never shown)")))
                .andExpect(content().string(containsString("name=\"formToken\"")));
        mvc.perform(commentForm("Hello from outside").param("name", "Grace").param("email", "Grace@Example.com"))
                .andExpect(redirectedUrl("/posts/" + SLUG + "#comments"))
                .andExpect(flash().attribute("commentMessage", containsString("awaiting moderation")));

        assertThat(jdbc.queryForMap("select guest_name, guest_email, status from comments where post_id = ?", post))
                .containsEntry("guest_name", "Grace").containsEntry("guest_email", "grace@example.com").containsEntry("status", "held");
        assertThat(page(admin)).doesNotContain("grace@example.com").contains("Grace");
    }

    @Test
    void aGuestWithoutANameGetsTheFormBackWithTheMessage() throws Exception {
        policy("open", true);

        mvc.perform(commentForm("Hello").param("name", " ").param("email", "grace@example.com"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("commentForm", "name"))
                .andExpect(content().string(containsString("Give a name to sign your comment with.")))
                .andExpect(content().string(containsString("grace@example.com")));
        mvc.perform(commentForm("Hello").param("name", "Grace").param("email", "nope"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("commentForm", "email"));

        assertThat(jdbc.queryForObject("select count(*) from comments", Integer.class)).isZero();
    }

    @Test
    void theCommentFormPageOfAPostWithClosedCommentsSaysSo() throws Exception {
        policy("closed", true);

        mvc.perform(get("/posts/{slug}/comments/new", SLUG).with(user(bob)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Comments are closed.")))
                .andExpect(content().string(not(containsString("Post comment"))));
        mvc.perform(commentForm("Anyone?").with(user(bob)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Comments are closed on this post.")));
    }

    @Test
    void aReaderReportsACommentOnceAndNeverTheirOwn() throws Exception {
        UUID adas = comment(jdbc, post, ada.id(), null, "An opinion");
        assertThat(page(bob)).contains("/posts/" + SLUG + "/comments/" + adas + "/report");
        assertThat(page(ada)).doesNotContain("/comments/" + adas + "/report");

        mvc.perform(post("/posts/{slug}/comments/{id}/report", SLUG, adas).with(user(bob)).with(csrf()))
                .andExpect(redirectedUrl("/posts/" + SLUG + "#comment-" + adas))
                .andExpect(flash().attribute("commentMessage", containsString("moderators will have a look")));
        mvc.perform(post("/posts/{slug}/comments/{id}/report", SLUG, adas).with(user(bob)).with(csrf()))
                .andExpect(flash().attribute("commentMessage", "You have already reported this comment."));
        mvc.perform(post("/posts/{slug}/comments/{id}/report", SLUG, adas).with(user(ada)).with(csrf()))
                .andExpect(flash().attribute("commentMessage", "You cannot report your own comment."));
        mvc.perform(post("/posts/{slug}/comments/{id}/report", SLUG, UUID.randomUUID()).with(user(bob)).with(csrf()))
                .andExpect(status().isNotFound());

        assertThat(jdbc.queryForObject("select report_count from comments where id = ?", Integer.class, adas)).isEqualTo(1);
    }

    @Test
    void aModeratorLocksAThreadAndItsRepliesAreRefused() throws Exception {
        UUID adas = comment(jdbc, post, ada.id(), null, "Let us argue");
        assertThat(page(admin)).contains("Lock thread");
        assertThat(page(bob)).doesNotContain("Lock thread");

        mvc.perform(post("/posts/{slug}/comments/{id}/lock", SLUG, adas).with(user(bob)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/posts/{slug}/comments/{id}/lock", SLUG, adas).with(user(admin)).with(csrf()))
                .andExpect(flash().attribute("commentMessage", "The conversation is locked: it takes no new replies."));

        assertThat(page(bob)).contains("Locked").doesNotContain("replyTo=" + adas);
        mvc.perform(commentForm("Me too").param("parentId", adas.toString()).with(user(bob)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("This conversation is locked")));
        assertThat(page(admin)).contains("Unlock thread");
        mvc.perform(post("/posts/{slug}/comments/{id}/unlock", SLUG, adas).with(user(admin)).with(csrf()))
                .andExpect(flash().attribute("commentMessage", "The conversation takes replies again."));
        mvc.perform(post("/posts/{slug}/comments/{id}/unlock", SLUG, adas).with(user(admin)).with(csrf()))
                .andExpect(flash().attribute("commentMessage", containsString("cannot be unlocked here")));
    }

    @Test
    void aHiddenThreadIsForModeratorsOnly() throws Exception {
        UUID adas = comment(jdbc, post, ada.id(), null, "Off topic");
        hideThread(jdbc, adas);

        assertThat(page(ada)).doesNotContain("Off topic");
        assertThat(page(admin)).contains("Off topic", "Hidden");
        mvc.perform(get("/posts/{slug}/comments/{id}", SLUG, adas)).andExpect(status().isNotFound());
        mvc.perform(get("/posts/{slug}/comments/{id}", SLUG, adas).with(user(admin))).andExpect(status().isOk());
    }

    @Test
    void aHeldCommentsRepliesWaitWithIt() throws Exception {
        UUID held = withheld(jdbc, post, bob.id(), null, "Waiting", "held", "first_comment");

        mvc.perform(commentForm("And more").param("parentId", held.toString()).with(user(bob)))
                .andExpect(flash().attribute("commentMessage", containsString("Your reply is awaiting moderation")));
        mvc.perform(commentForm("What?").param("parentId", held.toString()).with(user(ada)))
                .andExpect(status().isBadRequest());

        assertThat(counted(jdbc, post)).isZero();
    }

    @Test
    void aPostsAuthorClosesItsCommentsFromTheEditor() throws Exception {
        mvc.perform(get("/posts/{id}/edit", post).with(user(ada)))
                .andExpect(content().string(containsString("Comments open: readers may comment and reply.")))
                .andExpect(content().string(containsString("Close comments")));

        mvc.perform(post("/posts/{id}/discussion", post).param("open", "false").with(user(ada)).with(csrf()))
                .andExpect(redirectedUrl("/posts/" + post + "/edit"))
                .andExpect(flash().attribute("message", "Comments are closed on this post."));

        assertThat(page(bob)).contains("Comments are closed.").doesNotContain("Post comment");
        mvc.perform(commentForm("Hello?").with(user(bob))).andExpect(status().isBadRequest());
        mvc.perform(post("/posts/{id}/discussion", post).param("open", "true").with(user(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(bob)).contains("Post comment");
    }

    @Test
    void nobodyElseSwitchesAPostsComments() throws Exception {
        SignedInUser otherAuthor = person(jdbc, "Other Author", Role.USER);

        mvc.perform(post("/posts/{id}/discussion", post).param("open", "false").with(user(bob)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/posts/{id}/discussion", post).param("open", "false").with(user(otherAuthor)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/posts/{id}/discussion", UUID.randomUUID()).param("open", "false").with(user(admin)).with(csrf()))
                .andExpect(status().isNotFound());

        assertThat(jdbc.queryForObject("select count(*) from post_comments_closed", Integer.class)).isZero();
    }

    @Test
    void approvingFromTheQueueShowsTheCommentToEveryone() throws Exception {
        UUID held = withheld(jdbc, post, bob.id(), null, "Finally", "held", "first_comment");

        mvc.perform(post("/admin/comments/{id}/approve", held).with(user(admin)).with(csrf()));

        assertThat(standingOf(jdbc, held)).isEqualTo("approved/-");
        assertThat(page(null)).contains("Finally", "1 comment");
    }
}
