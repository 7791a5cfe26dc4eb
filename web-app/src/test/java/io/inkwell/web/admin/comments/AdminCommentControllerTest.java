package io.inkwell.web.admin.comments;

import static io.inkwell.comments.test.CommentRows.comment;
import static io.inkwell.comments.test.CommentRows.counted;
import static io.inkwell.comments.test.CommentRows.guestComment;
import static io.inkwell.comments.test.CommentRows.hideThread;
import static io.inkwell.comments.test.CommentRows.reported;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import io.inkwell.settings.ChangeSettings;
import io.inkwell.settings.SettingsAdministration;
import io.inkwell.users.Role;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.support.WebTest;
import io.inkwell.web.support.WebTestData;
import java.time.Instant;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The moderation queue at /admin/comments: its tabs, each comment's actions and "Apply to selected". */
@WebTest
class AdminCommentControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SettingsAdministration settings;

    SignedInUser admin;
    SignedInUser ada;
    SignedInUser bob;
    UUID post;

    @BeforeEach
    void givenAPostWithComments() {
        admin = person(jdbc, "Ann Admin", Role.ADMIN);
        ada = person(jdbc, "Ada Lovelace", Role.USER);
        bob = person(jdbc, "Bob Guest", Role.GUEST);
        post = WebTestData.publishedPost(jdbc, ada.id(), "Moderated post", "moderated-post", Instant.parse("2026-01-01T10:00:00Z"));
    }

    MockHttpServletRequestBuilder as(SignedInUser who, MockHttpServletRequestBuilder request) {
        return request.with(user(who)).with(csrf());
    }

    @Test
    void anEmptyTabSaysSo() throws Exception {
        mvc.perform(get("/admin/comments").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/comments/list"))
                .andExpect(content().string(containsString("No comments here.")))
                .andExpect(content().string(containsString("Awaiting moderation (0)")));
    }

    @Test
    void theHeldTabShowsEachCommentWithItsPostAuthorAddressLinksAndReason() throws Exception {
        UUID id = withheld(jdbc, post, bob.id(), null, "<b>Buy</b> at https://spam.example/x", "held", "links");
        jdbc.update("update comments set address_hash = '0123456789abcdef' where id = ?", id);
        comment(jdbc, post, ada.id(), null, "Shown");

        mvc.perform(get("/admin/comments").param("tab", "held").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;b&gt;Buy&lt;/b&gt; at https://spam.example/x")))
                .andExpect(content().string(containsString("<li>https://spam.example/x</li>")))
                .andExpect(content().string(containsString("Bob Guest")))
                .andExpect(content().string(containsString("0123456789abcdef")))
                .andExpect(content().string(containsString("Too many links")))
                .andExpect(content().string(containsString("href=\"/posts/moderated-post#comment-" + id + "\">Moderated post</a>")))
                .andExpect(content().string(containsString("formaction=\"/admin/comments/" + id + "/approve\"")))
                .andExpect(content().string(containsString("Awaiting moderation (1)")))
                .andExpect(content().string(containsString("Approved (1)")))
                .andExpect(content().string(containsString("Apply to selected")))
                .andExpect(content().string(not(containsString("Shown"))));
    }

    @Test
    void aGuestIsNamedButTheirEmailNeverShown() throws Exception {
        guestComment(jdbc, post, "Grace", "grace@example.com", "Hello");

        mvc.perform(get("/admin/comments").param("tab", "approved").with(user(admin)))
                .andExpect(content().string(containsString("Grace")))
                .andExpect(content().string(containsString("(without an account)")))
                .andExpect(content().string(not(containsString("grace@example.com"))));
    }

    @Test
    void theReportedTabListsCommentsReportedAsOftenAsTheThreshold() throws Exception {
        UUID often = comment(jdbc, post, bob.id(), null, "Reported often");
        reported(jdbc, often, 3);
        reported(jdbc, comment(jdbc, post, bob.id(), null, "Reported once"), 1);

        mvc.perform(get("/admin/comments").param("tab", "reported").with(user(admin)))
                .andExpect(content().string(containsString("Reported often")))
                .andExpect(content().string(containsString("Reported 3 times")))
                .andExpect(content().string(not(containsString("Reported once"))))
                .andExpect(content().string(containsString("Reported (1)")));
    }

    @Test
    void aTabIsPagedWithAnOlderCommentsLinkAndAnUnknownTabOrCursorShowsTheFirstPage() throws Exception {
        jdbc.update("""
                insert into comments (post_id, author_id, content, status, held_reason, created_at)
                select ?, ?, 'Held ' || n, 'held', 'all_held', now() - n * interval '1 minute' from generate_series(1, 51) n""",
                post, bob.id());

        String first = mvc.perform(get("/admin/comments").with(user(admin))).andReturn().getResponse().getContentAsString();

        assertThat(first).contains("Older comments", "Held 50").doesNotContain("Held 51<");
        mvc.perform(get("/admin/comments").param("tab", "nonsense").param("after", "garbage").with(user(admin)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Held 1<")));
        mvc.perform(get("/admin/comments").param("post", "not-a-uuid").with(user(admin))).andExpect(status().isBadRequest());
    }

    @Test
    void onAGermanSiteTheQueueSaysInGermanWhyEachCommentWaitsAndWhatWasDone() throws Exception {
        settings.save(admin.actor(), new ChangeSettings("Inkwell", null, "de", "UTC", 10, true, null, null, null, false,
                settings.stored().version()));
        UUID links = withheld(jdbc, post, bob.id(), null, "Kauft bei https://spam.example", "held", "links");
        withheld(jdbc, post, bob.id(), null, "Gleich nach dem Öffnen", "spam", "too_fast");

        Document held = Jsoup.parse(mvc.perform(get("/admin/comments").with(user(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        Document spam = Jsoup.parse(mvc.perform(get("/admin/comments").param("tab", "spam").with(user(admin)))
                .andReturn().getResponse().getContentAsString());

        assertThat(held.select(".queue-tabs a").eachText())
                .containsExactly("Wartet auf Moderation (1)", "Freigegeben (0)", "Spam (1)", "Gemeldet (0)");
        assertThat(held.select("#moderated-" + links + " td").eachText()).contains("Zu viele Links");
        assertThat(held.select("#moderated-" + links + " button").eachText()).contains("Freigeben", "Als Spam markieren");
        assertThat(spam.select("tbody td").eachText()).contains("Zu schnell nach dem Öffnen des Formulars gesendet");
        mvc.perform(as(admin, post("/admin/comments/bulk").param("ids", links.toString(), UUID.randomUUID().toString())
                        .param("action", "APPROVE")))
                .andExpect(flash().attribute("commentProblem",
                        "Einer der ausgewählten Kommentare existiert nicht mehr (inzwischen gelöscht). Es wurde nichts geändert."));
        mvc.perform(as(admin, post("/admin/comments/{id}/approve", links)))
                .andExpect(flash().attribute("commentMessage", "1 Kommentar freigegeben."));
    }

    @Test
    void aModeratorApprovesAHeldCommentAndReadersSeeAndCountIt() throws Exception {
        UUID held = withheld(jdbc, post, bob.id(), null, "Hello", "held", "first_comment");

        mvc.perform(as(admin, post("/admin/comments/{id}/approve", held).param("tab", "held")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/comments?tab=held"))
                .andExpect(flash().attribute("commentMessage", "1 comment approved."));

        assertThat(standingOf(jdbc, held)).isEqualTo("approved/-");
        mvc.perform(get("/posts/moderated-post")).andExpect(content().string(containsString("1 comment")))
                .andExpect(content().string(containsString("Hello")));
    }

    @Test
    void eachCommentsActionDoesWhatItSays() throws Exception {
        UUID top = comment(jdbc, post, bob.id(), null, "Top");
        comment(jdbc, post, ada.id(), top, "Reply");
        UUID other = comment(jdbc, post, bob.id(), null, "Other");

        mvc.perform(as(admin, post("/admin/comments/{id}/hide", top)))
                .andExpect(flash().attribute("commentMessage", "1 comment hidden with its replies."));
        assertThat(counted(jdbc, post)).isEqualTo(1);
        mvc.perform(as(admin, post("/admin/comments/{id}/show", top)));
        assertThat(counted(jdbc, post)).isEqualTo(3);
        mvc.perform(as(admin, post("/admin/comments/{id}/spam", other)));
        assertThat(standingOf(jdbc, other)).isEqualTo("spam/moderator");
        mvc.perform(as(admin, post("/admin/comments/{id}/delete", other)));
        assertThat(jdbc.queryForObject("select count(*) from comments where id = ?", Integer.class, other)).isZero();
        mvc.perform(as(admin, post("/admin/comments/{id}/ban", top)));
        assertThat(jdbc.queryForObject("select user_id from comment_bans", UUID.class)).isEqualTo(bob.id());
    }

    @Test
    void theSelectedCommentsAreMarkedAsSpamInBulk() throws Exception {
        UUID one = withheld(jdbc, post, bob.id(), null, "One https://a.example https://b.example https://c.example", "held", "links");
        UUID two = withheld(jdbc, post, bob.id(), null, "Two", "held", "duplicate");
        UUID untouched = withheld(jdbc, post, bob.id(), null, "Three", "held", "duplicate");

        mvc.perform(as(admin, post("/admin/comments/bulk").param("ids", one.toString(), two.toString())
                        .param("action", "SPAM").param("tab", "held").param("post", post.toString())))
                .andExpect(redirectedUrl("/admin/comments?tab=held&post=" + post))
                .andExpect(flash().attribute("commentMessage", "2 comments marked as spam."));

        assertThat(standingOf(jdbc, one)).isEqualTo("spam/moderator");
        assertThat(standingOf(jdbc, two)).isEqualTo("spam/moderator");
        assertThat(standingOf(jdbc, untouched)).isEqualTo("held/duplicate");
    }

    @Test
    void aSelectionWithADeletedCommentIsRefusedWithAMessageAndChangesNothing() throws Exception {
        UUID held = withheld(jdbc, post, bob.id(), null, "Held", "held", "links");
        UUID gone = withheld(jdbc, post, bob.id(), null, "Gone", "held", "links");
        jdbc.update("delete from comments where id = ?", gone);

        mvc.perform(as(admin, post("/admin/comments/bulk").param("ids", held.toString(), gone.toString()).param("action", "APPROVE")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("commentProblem",
                        "One of the selected comments no longer exists (deleted meanwhile). Nothing was changed."));

        assertThat(standingOf(jdbc, held)).isEqualTo("held/links");
    }

    @Test
    void aSelectionForOnePostWithAnotherPostsCommentIsRefused() throws Exception {
        UUID mine = withheld(jdbc, post, bob.id(), null, "Mine", "held", "links");
        UUID elsewhere = WebTestData.publishedPost(jdbc, ada.id(), "Other post", "other-post", Instant.now());
        UUID others = withheld(jdbc, elsewhere, bob.id(), null, "Others", "held", "links");

        mvc.perform(as(admin, post("/admin/comments/bulk").param("ids", mine.toString(), others.toString())
                        .param("action", "DELETE").param("post", post.toString())))
                .andExpect(flash().attribute("commentProblem", containsString("another post")));

        assertThat(jdbc.queryForObject("select count(*) from comments", Integer.class)).isEqualTo(2);
    }

    @Test
    void banningAnAdminIsRefused() throws Exception {
        UUID admins = comment(jdbc, post, admin.id(), null, "By an admin");

        mvc.perform(as(admin, post("/admin/comments/{id}/ban", admins)))
                .andExpect(flash().attribute("commentProblem", "Ann Admin moderates comments and cannot be banned. Nothing was changed."));

        assertThat(jdbc.queryForObject("select count(*) from comment_bans", Integer.class)).isZero();
    }

    @Test
    void nothingSelectedOrNoActionChosenIsSaidSoAndADamagedActionIsABadRequest() throws Exception {
        UUID held = withheld(jdbc, post, bob.id(), null, "Held", "held", "links");

        mvc.perform(as(admin, post("/admin/comments/bulk").param("action", "APPROVE")))
                .andExpect(flash().attribute("commentProblem", "Select at least one comment first."));
        mvc.perform(as(admin, post("/admin/comments/bulk").param("ids", held.toString()).param("action", "")))
                .andExpect(flash().attribute("commentProblem", "Choose what to do with the selected comments first."));
        mvc.perform(as(admin, post("/admin/comments/bulk").param("ids", held.toString()).param("action", "PUBLISH")))
                .andExpect(status().isBadRequest());
        mvc.perform(as(admin, post("/admin/comments/bulk").param("ids", "not-an-id").param("action", "APPROVE")))
                .andExpect(status().isBadRequest());
        mvc.perform(as(admin, post("/admin/comments/{id}/frobnicate", held))).andExpect(status().isNotFound());

        assertThat(standingOf(jdbc, held)).isEqualTo("held/links");
    }

    @Test
    void onlyModeratorsSeeTheQueueOrActInIt() throws Exception {
        UUID held = withheld(jdbc, post, bob.id(), null, "Held", "held", "links");

        mvc.perform(get("/admin/comments").with(user(ada))).andExpect(status().isForbidden());
        mvc.perform(as(ada, post("/admin/comments/{id}/approve", held))).andExpect(status().isForbidden());
        mvc.perform(as(bob, post("/admin/comments/bulk").param("ids", held.toString()).param("action", "APPROVE")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/comments")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/admin/comments/{id}/approve", held).with(user(admin))).andExpect(status().isForbidden());

        assertThat(standingOf(jdbc, held)).isEqualTo("held/links");
    }

    @Test
    void aHiddenThreadOffersShowThreadWhereItStarts() throws Exception {
        UUID top = comment(jdbc, post, bob.id(), null, "Top");
        UUID reply = comment(jdbc, post, ada.id(), top, "Reply");
        hideThread(jdbc, top);

        mvc.perform(get("/admin/comments").param("tab", "approved").with(user(admin)))
                .andExpect(content().string(containsString("formaction=\"/admin/comments/" + top + "/show\"")))
                .andExpect(content().string(not(containsString("formaction=\"/admin/comments/" + reply + "/show\""))))
                .andExpect(content().string(containsString("Hidden")));
    }

    @Test
    void theDashboardShowsThisWeeksCommentsAsAChart() throws Exception {
        comment(jdbc, post, ada.id(), null, "Today");

        mvc.perform(get("/admin").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Comments in the last 7 days")))
                .andExpect(content().string(containsString("<svg class=\"bar-chart comment-chart\"")))
                .andExpect(content().string(containsString(": 1 comment</title>")))
                .andExpect(content().string(containsString("href=\"/admin/comments\"")));
    }
}
