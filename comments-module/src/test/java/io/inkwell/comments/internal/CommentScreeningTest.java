package io.inkwell.comments.internal;

import static io.inkwell.comments.test.CommentRows.publishedPost;
import static io.inkwell.comments.test.CommentRows.standingOf;
import static io.inkwell.users.test.UserRows.author;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.comments.AddComment;
import io.inkwell.comments.CommentCommands;
import io.inkwell.comments.CommentHeld;
import io.inkwell.comments.CommentPosted;
import io.inkwell.comments.CommentRejectedException;
import io.inkwell.comments.CommentRejectedException.Reason;
import io.inkwell.comments.CommentsTestApplication;
import io.inkwell.comments.GuestAuthor;
import io.inkwell.comments.HoldReason;
import io.inkwell.comments.PostedComment;
import io.inkwell.comments.Submission;
import io.inkwell.settings.SiteSettings;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import io.inkwell.users.Role;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.context.transaction.AfterTransaction;
import org.springframework.transaction.annotation.Transactional;

/** Each rule a new comment passes, as the site applies it: spam silently, held with its reason, or shown. */
@SpringBootTest(classes = CommentsTestApplication.class)
@Transactional
@RecordApplicationEvents
class CommentScreeningTest {

    @Autowired
    CommentCommands commands;

    @Autowired
    FormTokens forms;

    @Autowired
    SiteSettings settings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    Actor ada;
    Actor bob;
    Actor admin;
    UUID post;

    @BeforeEach
    void givenTwoReadersAndAnAdminOnAPublishedPost() {
        ada = new Actor(author(jdbc, "Ada"), Role.USER);
        bob = new Actor(author(jdbc, "Bob"), Role.GUEST);
        admin = new Actor(author(jdbc, "Root"), Role.ADMIN);
        post = publishedPost(jdbc);
    }

    @AfterTransaction
    void forgetThePolicy() {
        SitePolicy.forget(settings);
    }

    /** What a person's browser sends: the form shown ten seconds ago, the hidden field left empty. */
    Submission byAPerson() {
        return new Submission("203.0.113.7", forms.tokenShownAt(post, Instant.now().minusSeconds(10)), "");
    }

    PostedComment send(Actor actor, String text) {
        return commands.add(actor, new AddComment(post, null, text, byAPerson()));
    }

    @Test
    void aPersonsCommentUnderTheDefaultPolicyIsShownAtOnceAndAnnounced() {
        PostedComment posted = send(bob, "Lovely post.");

        assertThat(posted.awaitingModeration()).isFalse();
        assertThat(standingOf(jdbc, posted.id())).isEqualTo("approved/-");
        assertThat(events.stream(CommentPosted.class)).singleElement()
                .satisfies(event -> assertThat(event.commentId()).isEqualTo(posted.id()));
    }

    @Test
    void aFilledInHiddenFieldIsSpamWithoutAWord() {
        PostedComment posted = commands.add(bob, new AddComment(post, null, "Buy now",
                new Submission("203.0.113.7", forms.tokenShownAt(post, Instant.now().minusSeconds(10)), "https://spam.example")));

        assertThat(posted.awaitingModeration()).isTrue();
        assertThat(standingOf(jdbc, posted.id())).isEqualTo("spam/honeypot");
        assertThat(events.stream(CommentHeld.class)).as("spam needs no moderator").isEmpty();
        assertThat(events.stream(CommentPosted.class)).isEmpty();
    }

    @Test
    void aFormSentSoonerThanAPersonTypesIsSpam() {
        PostedComment posted = commands.add(bob, new AddComment(post, null, "Instant!",
                new Submission("203.0.113.7", forms.tokenFor(post), "")));

        assertThat(standingOf(jdbc, posted.id())).isEqualTo("spam/too_fast");
    }

    @Test
    void noTokenAForgedOneOrOneOfAnotherPostIsSpam() {
        String otherPosts = forms.tokenShownAt(publishedPost(jdbc), Instant.now().minusSeconds(10));
        String forged = (Instant.now().getEpochSecond() - 10) + ".AAAAAAAAAAAAAAAAAAAAAA";

        for (String token : new String[] {null, "", "not a token", forged, otherPosts}) {
            PostedComment posted = commands.add(bob, new AddComment(post, null, "Hello " + token,
                    new Submission("203.0.113.7", token, null)));
            assertThat(standingOf(jdbc, posted.id())).as(String.valueOf(token)).isEqualTo("spam/no_form");
        }
    }

    @Test
    void moreLinksThanThePolicyAllowsHoldTheCommentAndSayWhy() {
        PostedComment two = send(bob, "See https://a.example and https://b.example");
        PostedComment three = send(bob, "See https://a.example, https://b.example and https://c.example");

        assertThat(two.awaitingModeration()).isFalse();
        assertThat(three.awaitingModeration()).isTrue();
        assertThat(standingOf(jdbc, three.id())).isEqualTo("held/links");
        assertThat(events.stream(CommentHeld.class)).singleElement()
                .satisfies(held -> assertThat(held.reason()).isEqualTo(HoldReason.LINKS));
    }

    @Test
    void aBlockedWordHoldsTheCommentAsAWholeWordOnly() {
        SitePolicy.set(jdbc, settings, "open", false, "casino\ncheap pills", 2, 3);

        assertThat(standingOf(jdbc, send(bob, "Try our CASINO tonight").id())).isEqualTo("held/blocked_word");
        assertThat(standingOf(jdbc, send(bob, "Cheap pills, delivered").id())).isEqualTo("held/blocked_word");
        assertThat(standingOf(jdbc, send(bob, "The casinos of Monaco").id())).isEqualTo("approved/-");
    }

    @Test
    void theSameTextFromTheSameAuthorWithinAnHourIsHeld() {
        PostedComment first = send(bob, "Great post!");
        PostedComment again = send(bob, "Great post!");
        PostedComment someoneElse = send(ada, "Great post!");

        assertThat(standingOf(jdbc, first.id())).isEqualTo("approved/-");
        assertThat(standingOf(jdbc, again.id())).isEqualTo("held/duplicate");
        assertThat(standingOf(jdbc, someoneElse.id())).isEqualTo("approved/-");
    }

    @Test
    void theSameTextAnHourLaterIsNotADuplicate() {
        PostedComment first = send(bob, "Great post!");
        jdbc.update("update comments set created_at = now() - interval '61 minutes' where id = ?", first.id());

        assertThat(standingOf(jdbc, send(bob, "Great post!").id())).isEqualTo("approved/-");
    }

    @Test
    void whenEveryCommentIsHeldEvenARegularWaits() {
        send(bob, "Before the change");
        SitePolicy.approval(jdbc, settings, "always");

        PostedComment posted = send(bob, "After the change");

        assertThat(standingOf(jdbc, posted.id())).isEqualTo("held/all_held");
    }

    @Test
    void aFirstTimeCommenterIsHeldUntilACommentOfTheirsIsApproved() {
        SitePolicy.approval(jdbc, settings, "first_time");

        PostedComment first = send(bob, "Hello, first time here");
        PostedComment second = send(bob, "Still waiting?");
        jdbc.update("update comments set status = 'approved', held_reason = null where id = ?", first.id());
        PostedComment third = send(bob, "Now I am known");

        assertThat(standingOf(jdbc, first.id())).isEqualTo("approved/-");
        assertThat(standingOf(jdbc, second.id())).isEqualTo("held/first_comment");
        assertThat(standingOf(jdbc, third.id())).isEqualTo("approved/-");
    }

    @Test
    void aModeratorsCommentPassesEveryRule() {
        SitePolicy.set(jdbc, settings, "always", false, "casino", 0, 3);

        PostedComment posted = commands.add(admin, new AddComment(post, null, "casino https://a.example",
                new Submission("203.0.113.7", null, "filled")));

        assertThat(posted.awaitingModeration()).isFalse();
        assertThat(standingOf(jdbc, posted.id())).isEqualTo("approved/-");
    }

    @Test
    void commentsTheApplicationWritesItselfFollowOnlyThePolicy() {
        PostedComment once = commands.add(bob, new AddComment(post, null, "Written by the demo https://a.example https://b.example https://c.example"));
        PostedComment again = commands.add(bob, new AddComment(post, null, "Written by the demo https://a.example https://b.example https://c.example"));
        SitePolicy.approval(jdbc, settings, "always");
        PostedComment held = commands.add(bob, new AddComment(post, null, "Written while every comment is held"));

        assertThat(standingOf(jdbc, once.id())).isEqualTo("approved/-");
        assertThat(standingOf(jdbc, again.id())).isEqualTo("approved/-");
        assertThat(standingOf(jdbc, held.id())).isEqualTo("held/all_held");
    }

    @Test
    void closedCommentsTakeNothingNew() {
        SitePolicy.approval(jdbc, settings, "closed");

        assertThatThrownBy(() -> send(bob, "Anyone?")).isInstanceOf(CommentRejectedException.class)
                .satisfies(e -> assertThat(((CommentRejectedException) e).reason()).isEqualTo(Reason.POST_CLOSED));
        assertThat(jdbc.queryForObject("select count(*) from comments where post_id = ?", Integer.class, post)).isZero();
    }

    @Test
    void aGuestsFirstCommentIsAlwaysHeldAndTheirEmailRecognisedAfterApproval() {
        SitePolicy.set(jdbc, settings, "open", true, null, 2, 3);

        PostedComment first = commands.addAsGuest(new GuestAuthor(" Grace ", "Grace@Example.COM"),
                new AddComment(post, null, "Hello from outside", byAPerson()));
        jdbc.update("update comments set status = 'approved', held_reason = null where id = ?", first.id());
        PostedComment second = commands.addAsGuest(new GuestAuthor("Grace", "grace@example.com"),
                new AddComment(post, null, "Back again", byAPerson()));

        assertThat(first.awaitingModeration()).isTrue();
        assertThat(jdbc.queryForMap("select guest_name, guest_email, author_id from comments where id = ?", first.id()))
                .containsEntry("guest_name", "Grace").containsEntry("guest_email", "grace@example.com")
                .containsEntry("author_id", null);
        assertThat(standingOf(jdbc, second.id())).isEqualTo("approved/-");
    }

    @Test
    void guestsAreRefusedWhenTheSiteTakesCommentsFromAccountsOnly() {
        assertThatThrownBy(() -> commands.addAsGuest(new GuestAuthor("Grace", "grace@example.com"),
                new AddComment(post, null, "Hello", byAPerson()))).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void aGuestNeedsANameAndAnEmail() {
        SitePolicy.set(jdbc, settings, "open", true, null, 2, 3);

        assertRejected(() -> commands.addAsGuest(new GuestAuthor(" ", "grace@example.com"),
                new AddComment(post, null, "Hello", byAPerson())), Reason.GUEST_NAME);
        assertRejected(() -> commands.addAsGuest(new GuestAuthor("g".repeat(61), "grace@example.com"),
                new AddComment(post, null, "Hello", byAPerson())), Reason.GUEST_NAME);
        assertRejected(() -> commands.addAsGuest(new GuestAuthor("Grace", "grace at example"),
                new AddComment(post, null, "Hello", byAPerson())), Reason.GUEST_EMAIL);
        assertThat(jdbc.queryForObject("select count(*) from comments where post_id = ?", Integer.class, post)).isZero();
    }

    @Test
    void aBlockedWordInAGuestsNameHoldsTheComment() {
        SitePolicy.set(jdbc, settings, "open", true, "casino", 2, 3);
        jdbc.update("insert into comments (post_id, guest_name, guest_email, content) values (?, 'Old', 'old@example.com', 'Hi')", post);

        PostedComment posted = commands.addAsGuest(new GuestAuthor("Casino Royale", "old@example.com"),
                new AddComment(post, null, "Innocent words", byAPerson()));

        assertThat(standingOf(jdbc, posted.id())).isEqualTo("held/blocked_word");
    }

    @Test
    void theSendersAddressIsKeptAsAKeyedHashOnly() {
        PostedComment one = send(bob, "From here");
        PostedComment two = send(ada, "From here too");
        PostedComment elsewhere = commands.add(ada, new AddComment(post, null, "From elsewhere",
                new Submission("198.51.100.1", forms.tokenShownAt(post, Instant.now().minusSeconds(10)), "")));

        String hash = jdbc.queryForObject("select address_hash from comments where id = ?", String.class, one.id());
        assertThat(hash).matches("[0-9a-f]{16}").doesNotContain("203");
        assertThat(jdbc.queryForObject("select address_hash from comments where id = ?", String.class, two.id())).isEqualTo(hash);
        assertThat(jdbc.queryForObject("select address_hash from comments where id = ?", String.class, elsewhere.id()))
                .isNotEqualTo(hash);
    }

    @Test
    void aBannedAccountOrGuestEmailCanNoLongerComment() {
        SitePolicy.set(jdbc, settings, "open", true, null, 2, 3);
        jdbc.update("insert into comment_bans (user_id, banned_by) values (?, ?)", bob.userId(), admin.userId());
        jdbc.update("insert into comment_bans (guest_email, banned_by) values ('spam@example.com', ?)", admin.userId());

        assertRejected(() -> send(bob, "Let me back in"), Reason.BANNED);
        assertRejected(() -> commands.addAsGuest(new GuestAuthor("Spammer", "SPAM@example.com"),
                new AddComment(post, null, "Me again", byAPerson())), Reason.BANNED);
    }

    @Test
    void aHeldCommentIsAnnouncedForTheModerators() {
        SitePolicy.approval(jdbc, settings, "always");

        PostedComment posted = send(bob, "Please approve");

        assertThat(events.stream(CommentHeld.class)).singleElement().satisfies(held -> {
            assertThat(held.commentId()).isEqualTo(posted.id());
            assertThat(held.postId()).isEqualTo(post);
            assertThat(held.reason()).isEqualTo(HoldReason.ALL_HELD);
        });
    }

    private static void assertRejected(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call).isInstanceOf(CommentRejectedException.class)
                .satisfies(e -> assertThat(((CommentRejectedException) e).reason()).isEqualTo(reason));
    }
}
