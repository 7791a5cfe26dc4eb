package io.inkwell.comments.internal;

import static io.inkwell.comments.test.CommentRows.comment;
import static io.inkwell.comments.test.CommentRows.counted;
import static io.inkwell.comments.test.CommentRows.guestComment;
import static io.inkwell.comments.test.CommentRows.publishedPost;
import static io.inkwell.comments.test.CommentRows.reported;
import static io.inkwell.comments.test.CommentRows.standingOf;
import static io.inkwell.comments.test.CommentRows.withheld;
import static io.inkwell.users.test.UserRows.author;
import static io.inkwell.users.test.UserRows.withRole;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import io.inkwell.comments.AddComment;
import io.inkwell.comments.CommentApproved;
import io.inkwell.comments.CommentCommands;
import io.inkwell.comments.CommentModeration;
import io.inkwell.comments.CommentPosted;
import io.inkwell.comments.CommentRejectedException;
import io.inkwell.comments.CommentsTestApplication;
import io.inkwell.comments.HeldComment;
import io.inkwell.comments.HoldReason;
import io.inkwell.comments.ModerationAction;
import io.inkwell.comments.ModerationQueue;
import io.inkwell.comments.ModerationRefusedException;
import io.inkwell.comments.QueueCursor;
import io.inkwell.comments.QueueTab;
import io.inkwell.comments.QueuedComment;
import io.inkwell.db.Refusal;
import io.inkwell.settings.SiteSettings;
import io.inkwell.users.Actor;
import io.inkwell.users.NotAllowedException;
import io.inkwell.users.Role;
import java.util.List;
import java.util.Optional;
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

/** The moderation queue and each of its actions, one comment at a time and in bulk, all or nothing. */
@SpringBootTest(classes = CommentsTestApplication.class)
@Transactional
@RecordApplicationEvents
class CommentModerationServiceTest {

    @Autowired
    CommentModeration moderation;

    @Autowired
    CommentCommands commands;

    @Autowired
    SiteSettings settings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    Actor admin;
    UUID ada;
    UUID bob;
    UUID post;

    @BeforeEach
    void givenAnAdminTwoReadersAndAPost() {
        admin = new Actor(withRole(jdbc, "Root", Role.ADMIN), Role.ADMIN);
        ada = author(jdbc, "Ada");
        bob = author(jdbc, "Bob");
        post = publishedPost(jdbc);
    }

    @AfterTransaction
    void forgetThePolicy() {
        SitePolicy.forget(settings);
    }

    int moderate(ModerationAction action, UUID... ids) {
        return moderation.moderate(admin, action, List.of(ids), null);
    }

    List<UUID> idsOf(QueueTab tab) {
        return moderation.queue(admin, tab, Optional.empty(), null).comments().stream().map(QueuedComment::id).toList();
    }

    @Test
    void eachTabHoldsItsOwnCommentsNewestFirstWithEveryCount() {
        UUID shown = comment(jdbc, post, ada, null, "Shown");
        UUID held = withheld(jdbc, post, bob, null, "Links https://a.example", "held", "links");
        UUID spam = withheld(jdbc, post, bob, null, "Spam", "spam", "honeypot");
        UUID reportedOnce = comment(jdbc, post, bob, null, "Reported once");
        UUID reportedOften = comment(jdbc, post, bob, null, "Reported often");
        reported(jdbc, reportedOnce, 1);
        reported(jdbc, reportedOften, 3);

        ModerationQueue queue = moderation.queue(admin, QueueTab.HELD, Optional.empty(), null);

        assertThat(queue.counts().held()).isEqualTo(1);
        assertThat(queue.counts().spam()).isEqualTo(1);
        assertThat(queue.counts().approved()).isEqualTo(3);
        assertThat(queue.counts().reported()).as("the threshold is 3").isEqualTo(1);
        assertThat(queue.comments()).singleElement().satisfies(comment -> {
            assertThat(comment.id()).isEqualTo(held);
            assertThat(comment.holdReason()).isEqualTo(HoldReason.LINKS);
            assertThat(comment.links()).containsExactly("https://a.example");
            assertThat(comment.authorName()).isEqualTo("Bob");
        });
        assertThat(idsOf(QueueTab.APPROVED)).containsExactly(reportedOften, reportedOnce, shown);
        assertThat(idsOf(QueueTab.SPAM)).containsExactly(spam);
        assertThat(idsOf(QueueTab.REPORTED)).containsExactly(reportedOften);
    }

    @Test
    void aTabIsPagedByItsLastCommentAndCanBeNarrowedToOnePost() {
        jdbc.update("""
                insert into comments (post_id, author_id, content, status, held_reason, created_at)
                select ?, ?, 'Held ' || n, 'held', 'all_held', now() - n * interval '1 minute' from generate_series(1, 51) n""",
                post, bob);
        UUID elsewhere = publishedPost(jdbc);
        withheld(jdbc, elsewhere, bob, null, "Elsewhere", "held", "all_held");

        ModerationQueue first = moderation.queue(admin, QueueTab.HELD, Optional.empty(), post);
        ModerationQueue second = moderation.queue(admin, QueueTab.HELD, Optional.of(first.next()), post);

        assertThat(first.comments()).hasSize(50).allSatisfy(comment -> assertThat(comment.postId()).isEqualTo(post));
        assertThat(first.counts().held()).isEqualTo(51);
        assertThat(second.comments()).extracting(QueuedComment::text).containsExactly("Held 51");
        assertThat(second.hasNext()).isFalse();
        assertThat(moderation.queue(admin, QueueTab.HELD, Optional.empty(), null).counts().held()).isEqualTo(52);
        assertThat(QueueCursor.parse(first.next().token())).contains(first.next());
    }

    @Test
    void approvingAHeldCommentShowsAndCountsItAsPostedNowWithItsWaitingReplies() {
        UUID held = withheld(jdbc, post, bob, null, "First words", "held", "first_comment");
        UUID reply = comment(jdbc, post, bob, held, "And more");
        assertThat(counted(jdbc, post)).isZero();

        int moderated = moderate(ModerationAction.APPROVE, held);

        assertThat(moderated).isEqualTo(1);
        assertThat(standingOf(jdbc, held)).isEqualTo("approved/-");
        assertThat(jdbc.queryForObject("select approved_at is not null from comments where id = ?", Boolean.class, held)).isTrue();
        assertThat(jdbc.queryForObject("select waiting_on_id from comments where id = ?", UUID.class, reply)).isNull();
        assertThat(counted(jdbc, post)).isEqualTo(2);
        assertThat(events.stream(CommentApproved.class)).singleElement()
                .satisfies(approved -> assertThat(approved.commentId()).isEqualTo(held));
    }

    @Test
    void anApprovedCommenterIsNoLongerFirstTime() {
        SitePolicy.approval(jdbc, settings, "first_time");
        UUID first = commands.add(new Actor(bob, Role.GUEST), new AddComment(post, null, "Hello")).id();

        moderate(ModerationAction.APPROVE, first);

        assertThat(commands.add(new Actor(bob, Role.GUEST), new AddComment(post, null, "Again")).awaitingModeration()).isFalse();
    }

    @Test
    void markingAnApprovedCommentAsSpamTakesItsRepliesOutOfTheThreadAndTheCount() {
        UUID top = comment(jdbc, post, bob, null, "Looks fine");
        UUID reply = comment(jdbc, post, ada, top, "Reply");
        UUID deeper = comment(jdbc, post, bob, reply, "Deeper");
        assertThat(counted(jdbc, post)).isEqualTo(3);

        moderate(ModerationAction.SPAM, top);

        assertThat(standingOf(jdbc, top)).isEqualTo("spam/moderator");
        assertThat(jdbc.queryForList("select waiting_on_id from comments where id in (?, ?)", UUID.class, reply, deeper))
                .containsOnly(top);
        assertThat(counted(jdbc, post)).isZero();

        moderate(ModerationAction.APPROVE, top);
        assertThat(counted(jdbc, post)).as("approved again, the replies come back").isEqualTo(3);
    }

    @Test
    void repliesWaitForTheNearestHeldCommentAboveThem() {
        UUID top = withheld(jdbc, post, bob, null, "Held above", "held", "links");
        UUID middle = withheld(jdbc, post, bob, top, "Held too", "held", "links");
        UUID lower = comment(jdbc, post, ada, middle, "Reply");

        moderate(ModerationAction.APPROVE, top);

        assertThat(jdbc.queryForObject("select waiting_on_id from comments where id = ?", UUID.class, lower)).isEqualTo(middle);
        assertThat(counted(jdbc, post)).isEqualTo(1);
        moderate(ModerationAction.APPROVE, middle);
        assertThat(counted(jdbc, post)).isEqualTo(3);
    }

    @Test
    void deletingAHeldCommentTakesTheRepliesThatWaitedForIt() {
        UUID held = withheld(jdbc, post, bob, null, "Spam", "held", "links");
        comment(jdbc, post, bob, held, "More of it");

        moderate(ModerationAction.DELETE, held);

        assertThat(jdbc.queryForObject("select count(*) from comments where post_id = ?", Integer.class, post)).isZero();
    }

    @Test
    void deletingAnApprovedCommentWithRepliesLeavesAPlaceholder() {
        UUID top = comment(jdbc, post, bob, null, "Top");
        comment(jdbc, post, ada, top, "Reply");

        moderate(ModerationAction.DELETE, top);

        assertThat(jdbc.queryForObject("select deleted_at is not null from comments where id = ?", Boolean.class, top)).isTrue();
        assertThat(counted(jdbc, post)).isEqualTo(1);
    }

    @Test
    void hidingAThreadIsReversibleAndKeepsAThreadHiddenInsideIt() {
        UUID top = comment(jdbc, post, bob, null, "Top");
        UUID reply = comment(jdbc, post, ada, top, "Reply");
        UUID inner = comment(jdbc, post, bob, reply, "Inner");
        moderate(ModerationAction.HIDE_THREAD, inner);

        moderate(ModerationAction.HIDE_THREAD, top);
        assertThat(counted(jdbc, post)).isZero();
        assertThat(jdbc.queryForObject("select hidden_root_id from comments where id = ?", UUID.class, inner)).isEqualTo(inner);

        moderate(ModerationAction.SHOW_THREAD, top);
        assertThat(counted(jdbc, post)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select hidden_root_id from comments where id = ?", UUID.class, inner)).isEqualTo(inner);
    }

    @Test
    void aThreadIsShownFromWhereItWasHiddenOnlyAndHiddenOnce() {
        UUID top = comment(jdbc, post, bob, null, "Top");
        UUID reply = comment(jdbc, post, ada, top, "Reply");
        moderate(ModerationAction.HIDE_THREAD, top);

        assertThatThrownBy(() -> moderate(ModerationAction.SHOW_THREAD, reply)).isInstanceOf(ModerationRefusedException.class)
                .hasMessageContaining("first comment");
        assertThatThrownBy(() -> moderate(ModerationAction.HIDE_THREAD, reply)).isInstanceOf(ModerationRefusedException.class)
                .hasMessageContaining("already hidden");
        assertThat(counted(jdbc, post)).isZero();
    }

    @Test
    void banningAnAuthorMakesTheirHeldCommentsSpamAndStopsTheirComments() {
        UUID held = withheld(jdbc, post, bob, null, "Held", "held", "links");
        UUID shown = comment(jdbc, post, bob, null, "Shown");

        moderate(ModerationAction.BAN_AUTHOR, shown);

        assertThat(standingOf(jdbc, held)).isEqualTo("spam/banned");
        assertThat(standingOf(jdbc, shown)).isEqualTo("approved/-");
        assertThatThrownBy(() -> commands.add(new Actor(bob, Role.USER), new AddComment(post, null, "Let me in")))
                .isInstanceOf(CommentRejectedException.class).hasMessageContaining("no longer comment");
    }

    @Test
    void aGuestIsBannedByEmail() {
        UUID guests = guestComment(jdbc, post, "Grace", "grace@example.com", "Hello");

        moderate(ModerationAction.BAN_AUTHOR, guests);

        assertThat(jdbc.queryForObject("select guest_email from comment_bans", String.class)).isEqualTo("grace@example.com");
    }

    @Test
    void anAuthorWhoModeratesCommentsCannotBeBannedAndNothingChanges() {
        UUID otherAdmin = withRole(jdbc, "Other admin", Role.ADMIN);
        UUID admins = comment(jdbc, post, otherAdmin, null, "Moderator's words");
        UUID held = withheld(jdbc, post, bob, null, "Held", "held", "links");

        assertThatThrownBy(() -> moderate(ModerationAction.BAN_AUTHOR, held, admins))
                .isInstanceOf(ModerationRefusedException.class).hasMessageContaining("Other admin moderates comments");

        assertThat(jdbc.queryForObject("select count(*) from comment_bans", Integer.class)).isZero();
        assertThat(standingOf(jdbc, held)).isEqualTo("held/links");
    }

    @Test
    void aSelectionWithACommentDeletedMeanwhileChangesNothing() {
        UUID held = withheld(jdbc, post, bob, null, "Held", "held", "links");
        UUID gone = withheld(jdbc, post, bob, null, "Gone", "held", "links");
        jdbc.update("delete from comments where id = ?", gone);

        ModerationRefusedException refused = catchThrowableOfType(ModerationRefusedException.class,
                () -> moderate(ModerationAction.APPROVE, held, gone));
        assertThat(refused).hasMessage("One of the selected comments no longer exists (deleted meanwhile). Nothing was changed.");
        assertThat(refused.refusals()).extracting(Refusal::code)
                .containsExactly("refused.moderation.gone", "refused.moderation.nothingChanged");
        assertThatThrownBy(() -> moderate(ModerationAction.APPROVE, held, UUID.randomUUID()))
                .isInstanceOf(ModerationRefusedException.class);

        assertThat(standingOf(jdbc, held)).isEqualTo("held/links");
    }

    @Test
    void aSelectionForOnePostWithACommentOfAnotherChangesNothing() {
        UUID mine = withheld(jdbc, post, bob, null, "Mine", "held", "links");
        UUID others = withheld(jdbc, publishedPost(jdbc), bob, null, "Others", "held", "links");

        assertThatThrownBy(() -> moderation.moderate(admin, ModerationAction.APPROVE, List.of(mine, others), post))
                .isInstanceOf(ModerationRefusedException.class).hasMessageContaining("another post");

        assertThat(standingOf(jdbc, mine)).isEqualTo("held/links");
    }

    @Test
    void anEmptyOrOversizedSelectionIsRefused() {
        assertThatThrownBy(() -> moderation.moderate(admin, ModerationAction.APPROVE, List.of(), null))
                .isInstanceOf(ModerationRefusedException.class).hasMessageContaining("Select at least one");
        List<UUID> tooMany = java.util.stream.Stream.generate(UUID::randomUUID).limit(CommentModeration.MAX_SELECTED + 1).toList();
        assertThatThrownBy(() -> moderation.moderate(admin, ModerationAction.SPAM, tooMany, null))
                .isInstanceOf(ModerationRefusedException.class).hasMessageContaining("at most 100");
    }

    @Test
    void aBulkActionAppliesToEverySelectedComment() {
        UUID one = withheld(jdbc, post, bob, null, "One https://a.example https://b.example https://c.example", "held", "links");
        UUID two = withheld(jdbc, post, ada, null, "Two", "held", "first_comment");

        assertThat(moderate(ModerationAction.SPAM, one, two)).isEqualTo(2);

        assertThat(idsOf(QueueTab.SPAM)).containsExactlyInAnyOrder(one, two);
        assertThat(idsOf(QueueTab.HELD)).isEmpty();
    }

    @Test
    void onlyModeratorsSeeTheQueueOrActInIt() {
        UUID held = withheld(jdbc, post, bob, null, "Held", "held", "links");
        Actor author = new Actor(ada, Role.USER);

        assertThatThrownBy(() -> moderation.queue(author, QueueTab.HELD, Optional.empty(), null))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> moderation.moderate(author, ModerationAction.APPROVE, List.of(held), null))
                .isInstanceOf(NotAllowedException.class);

        assertThat(standingOf(jdbc, held)).isEqualTo("held/links");
    }

    @Test
    void approvingAReportedCommentKeepsItAndClearsItsReports() {
        UUID shown = comment(jdbc, post, bob, null, "Controversial");
        reported(jdbc, shown, 5);

        moderate(ModerationAction.APPROVE, shown);

        assertThat(idsOf(QueueTab.REPORTED)).isEmpty();
        assertThat(standingOf(jdbc, shown)).isEqualTo("approved/-");
        assertThat(events.stream(CommentApproved.class)).as("it was shown all along").isEmpty();
    }

    @Test
    void stillHeldNamesTheAuthorsOfTheCommentsThatStillWaitAndLeavesOutTheDecidedOnes() {
        UUID waiting = withheld(jdbc, post, ada, null, "x".repeat(400), "held", "links");
        UUID guests = guestComment(jdbc, post, "Gus", "gus@example.com", "From a guest");
        jdbc.update("update comments set status = 'held', held_reason = 'first_comment' where id = ?", guests);
        UUID approvedMeanwhile = withheld(jdbc, post, bob, null, "Fine after all", "held", "links");
        moderate(ModerationAction.APPROVE, approvedMeanwhile);

        List<HeldComment> held = moderation.stillHeld(List.of(waiting, guests, approvedMeanwhile, waiting));

        assertThat(held).extracting(HeldComment::id, HeldComment::authorName, HeldComment::reason)
                .containsExactly(tuple(waiting, "Ada", HoldReason.LINKS),
                        tuple(guests, "Gus", HoldReason.FIRST_COMMENT));
        assertThat(held.get(0).excerpt()).hasSizeLessThanOrEqualTo(CommentPosted.EXCERPT_MAX);
        assertThat(held.get(0).postId()).isEqualTo(post);
        assertThat(moderation.stillHeld(List.of())).isEmpty();
    }
}
