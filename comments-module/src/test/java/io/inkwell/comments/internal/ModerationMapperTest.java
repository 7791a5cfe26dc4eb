package io.inkwell.comments.internal;

import static io.inkwell.comments.test.CommentRows.comment;
import static io.inkwell.comments.test.CommentRows.counted;
import static io.inkwell.comments.test.CommentRows.guestComment;
import static io.inkwell.comments.test.CommentRows.publishedPost;
import static io.inkwell.comments.test.CommentRows.reported;
import static io.inkwell.comments.test.CommentRows.standingOf;
import static io.inkwell.comments.test.CommentRows.withheld;
import static io.inkwell.users.test.UserRows.author;
import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.comments.CommentStatus;
import io.inkwell.comments.CommentsTestApplication;
import io.inkwell.comments.HoldReason;
import io.inkwell.comments.QueueCounts;
import io.inkwell.comments.QueueTab;
import io.inkwell.db.test.StatementPlans;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(classes = CommentsTestApplication.class)
@Transactional
class ModerationMapperTest {

    @Autowired
    ModerationMapper moderation;

    @Autowired
    CommentMapper comments;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SqlSessionFactory sessions;

    UUID bob;
    UUID post;

    @BeforeEach
    void givenAPost() {
        bob = author(jdbc, "Bob");
        post = publishedPost(jdbc);
    }

    CommentRow row(UUID id) {
        return comments.selectById(id).orElseThrow();
    }

    UUID waitingOn(UUID id) {
        return jdbc.queryForObject("select waiting_on_id from comments where id = ?", UUID.class, id);
    }

    @Test
    void aTabsPageIsNewestFirstAndContinuesAfterTheGivenComment() {
        UUID older = withheld(jdbc, post, bob, null, "Older", "held", "links");
        UUID newer = withheld(jdbc, post, bob, null, "Newer", "held", "links");
        jdbc.update("update comments set created_at = now() - interval '1 hour' where id = ?", older);
        withheld(jdbc, post, bob, null, "Spam", "spam", "honeypot");
        comment(jdbc, post, bob, null, "Shown");

        List<CommentRow> first = moderation.selectQueuePage(QueueTab.HELD, 3, null, null, null, 1);
        CommentRow last = first.get(0);
        List<CommentRow> next = moderation.selectQueuePage(QueueTab.HELD, 3, null, last.createdAt(), last.id(), 10);

        assertThat(first).extracting(CommentRow::id).containsExactly(newer);
        assertThat(next).extracting(CommentRow::id).containsExactly(older);
        assertThat(moderation.selectQueuePage(QueueTab.HELD, 3, publishedPost(jdbc), null, null, 10)).isEmpty();
    }

    @Test
    void theReportedTabHoldsCommentsReportedAtLeastThresholdTimes() {
        UUID often = comment(jdbc, post, bob, null, "Often");
        UUID once = comment(jdbc, post, bob, null, "Once");
        reported(jdbc, often, 4);
        reported(jdbc, once, 1);

        assertThat(moderation.selectQueuePage(QueueTab.REPORTED, 2, null, null, null, 10)).extracting(CommentRow::id)
                .containsExactly(often);
        assertThat(moderation.selectQueuePage(QueueTab.REPORTED, 1, post, null, null, 10)).extracting(CommentRow::id)
                .containsExactly(once, often);
    }

    @Test
    void everyTabIsCountedInOneStatementUpToTheCapAndOneMore() {
        jdbc.update("insert into comments (post_id, author_id, content) select ?, ?, 'c' || n from generate_series(1, 6) n",
                post, bob);
        withheld(jdbc, post, bob, null, "Held", "held", "links");
        withheld(jdbc, post, bob, null, "Spam", "spam", "honeypot");
        reported(jdbc, comment(jdbc, post, bob, null, "Reported"), 3);

        assertThat(moderation.selectQueueCounts(3, null, 100)).isEqualTo(new QueueCounts(1, 7, 1, 1));
        assertThat(moderation.selectQueueCounts(3, null, 4)).isEqualTo(new QueueCounts(1, 5, 1, 1));
        assertThat(moderation.selectQueueCounts(3, publishedPost(jdbc), 100)).isEqualTo(new QueueCounts(0, 0, 0, 0));
    }

    @ParameterizedTest
    @EnumSource(QueueTab.class)
    void eachTabReadsAlongItsOwnIndex(QueueTab tab) {
        String plan = StatementPlans.plan(sessions, jdbc, ModerationMapper.class, "selectQueuePage",
                Map.of("tab", tab, "threshold", 3, "limit", 51));

        String index = switch (tab) {
            case HELD -> "comments_held_idx";
            case APPROVED -> "comments_approved_idx";
            case SPAM -> "comments_spam_idx";
            case REPORTED -> "comments_reported_idx";
        };
        assertThat(plan).contains(index);
    }

    @Test
    void approvingClearsTheReasonAndStampsTheTime() {
        UUID held = withheld(jdbc, post, bob, null, "Held", "held", "links");

        assertThat(moderation.approve(held)).isEqualTo(1);

        CommentRow approved = row(held);
        assertThat(approved.status()).isEqualTo(CommentStatus.APPROVED);
        assertThat(approved.heldReason()).isNull();
        assertThat(approved.reportCount()).isZero();
        assertThat(approved.approvedAt()).isNotNull();
        assertThat(counted(jdbc, post)).isEqualTo(1);
    }

    @Test
    void withholdingRecordsTheStatusAndTheRuleAndReviewsTheReports() {
        UUID shown = comment(jdbc, post, bob, null, "Shown");
        reported(jdbc, shown, 2);

        moderation.withhold(shown, CommentStatus.SPAM, HoldReason.MODERATOR);

        assertThat(standingOf(jdbc, shown)).isEqualTo("spam/moderator");
        assertThat(row(shown).reportCount()).isZero();
        assertThat(counted(jdbc, post)).isZero();
    }

    @Test
    void clearingReportsLeavesTheRestAlone() {
        UUID shown = comment(jdbc, post, bob, null, "Shown");
        reported(jdbc, shown, 5);

        moderation.clearReports(shown);

        assertThat(row(shown).reportCount()).isZero();
        assertThat(standingOf(jdbc, shown)).isEqualTo("approved/-");
    }

    @Test
    void repliesWaitForANewlyWithheldCommentAndAreHandedOnWhenItIsApproved() {
        UUID top = comment(jdbc, post, bob, null, "Top");
        UUID middle = comment(jdbc, post, bob, top, "Middle");
        UUID lower = comment(jdbc, post, bob, middle, "Lower");
        UUID sibling = comment(jdbc, post, bob, null, "Sibling");

        jdbc.update("update comments set status = 'held', held_reason = 'links' where id = ?", middle);
        assertThat(moderation.withholdReplies(post, row(middle).path(), middle, null)).isEqualTo(1);
        jdbc.update("update comments set status = 'held', held_reason = 'links' where id = ?", top);
        assertThat(moderation.withholdReplies(post, row(top).path(), top, null)).as("middle only: lower waits for middle")
                .isEqualTo(1);
        assertThat(waitingOn(middle)).isEqualTo(top);
        assertThat(waitingOn(lower)).isEqualTo(middle);

        jdbc.update("update comments set status = 'approved', held_reason = null where id = ?", top);
        assertThat(moderation.releaseWaiting(post, row(top).path(), top, null)).isEqualTo(1);
        assertThat(waitingOn(middle)).isNull();
        assertThat(waitingOn(lower)).isEqualTo(middle);
        assertThat(waitingOn(sibling)).isNull();
    }

    @Test
    void hidingAndShowingAThreadIsOneStatementOverItsPrefix() {
        UUID top = comment(jdbc, post, bob, null, "Top");
        UUID reply = comment(jdbc, post, bob, top, "Reply");
        UUID sibling = comment(jdbc, post, bob, null, "Sibling");

        assertThat(moderation.hideThread(post, row(top).path(), top)).isEqualTo(2);
        assertThat(row(reply).hiddenRootId()).isEqualTo(top);
        assertThat(row(sibling).hiddenRootId()).isNull();
        assertThat(counted(jdbc, post)).isEqualTo(1);

        assertThat(moderation.showThread(post, row(top).path(), top)).isEqualTo(2);
        assertThat(counted(jdbc, post)).isEqualTo(3);
    }

    @Test
    void hidingAThreadReadsItsRangeOfTheThreadIndex() {
        String plan = StatementPlans.plan(sessions, jdbc, ModerationMapper.class, "hideThread",
                Map.of("postId", post, "path", "0000001", "id", UUID.randomUUID()));

        assertThat(plan).contains("comments_thread_idx").contains("Index Cond");
    }

    @Test
    void lockingAndUnlockingAThreadMarksItsPrefix() {
        UUID top = comment(jdbc, post, bob, null, "Top");
        UUID reply = comment(jdbc, post, bob, top, "Reply");

        assertThat(moderation.lockThread(post, row(top).path(), top)).isEqualTo(2);
        assertThat(row(reply).lockedRootId()).isEqualTo(top);
        UUID later = comment(jdbc, post, bob, reply, "Written by a moderator");
        assertThat(row(later).lockedRootId()).as("a reply takes over its parent's lock").isEqualTo(top);

        assertThat(moderation.unlockThread(post, row(top).path(), top)).isEqualTo(3);
        assertThat(row(later).lockedRootId()).isNull();
    }

    @Test
    void aReportIsStoredOncePerReaderAndCounted() {
        UUID shown = comment(jdbc, post, bob, null, "Shown");
        UUID reader = author(jdbc, "Reader");

        assertThat(moderation.insertReport(shown, reader)).isEqualTo(1);
        assertThat(moderation.insertReport(shown, reader)).isZero();
        moderation.countReport(shown);

        assertThat(row(shown).reportCount()).isEqualTo(1);
    }

    @Test
    void bansAreByAccountOrGuestEmailAndStoredOnce() {
        UUID admin = author(jdbc, "Admin");

        assertThat(moderation.insertBan(bob, null, admin)).isEqualTo(1);
        assertThat(moderation.insertBan(bob, null, admin)).isZero();
        assertThat(moderation.insertBan(null, "grace@example.com", admin)).isEqualTo(1);

        assertThat(moderation.isBanned(bob, null)).isTrue();
        assertThat(moderation.isBanned(author(jdbc, "Cleo"), null)).isFalse();
        assertThat(moderation.isBanned(null, "grace@example.com")).isTrue();
        assertThat(moderation.isBanned(null, "ada@example.com")).isFalse();
    }

    @Test
    void aBannedAuthorsHeldCommentsBecomeSpam() {
        UUID held = withheld(jdbc, post, bob, null, "Held", "held", "links");
        UUID shown = comment(jdbc, post, bob, null, "Shown");
        UUID othersHeld = withheld(jdbc, post, author(jdbc, "Cleo"), null, "Other", "held", "links");
        UUID guestsHeld = guestComment(jdbc, post, "Grace", "grace@example.com", "Guest");
        jdbc.update("update comments set status = 'held', held_reason = 'first_comment' where id = ?", guestsHeld);

        assertThat(moderation.spamHeldCommentsOf(bob, null)).isEqualTo(1);
        assertThat(moderation.spamHeldCommentsOf(null, "grace@example.com")).isEqualTo(1);

        assertThat(standingOf(jdbc, held)).isEqualTo("spam/banned");
        assertThat(standingOf(jdbc, guestsHeld)).isEqualTo("spam/banned");
        assertThat(standingOf(jdbc, shown)).isEqualTo("approved/-");
        assertThat(standingOf(jdbc, othersHeld)).isEqualTo("held/links");
    }

    @Test
    void theQueueCountReadsStopAtTheCap() {
        String plan = StatementPlans.plan(sessions, jdbc, ModerationMapper.class, "selectQueueCounts",
                Map.of("threshold", 3, "cap", QueueCounts.CAP));

        assertThat(plan).contains("Limit").contains("comments_held_idx").contains("comments_spam_idx")
                .contains("comments_reported_idx");
    }

    @Test
    void heldByIdsAreTheGivenCommentsStillHeldOldestFirst() {
        UUID newer = withheld(jdbc, post, bob, null, "Newer", "held", "links");
        UUID older = guestComment(jdbc, post, "Gus", "gus@example.com", "Older");
        jdbc.update("update comments set status = 'held', held_reason = 'first_comment', created_at = now() - interval '1 hour'"
                + " where id = ?", older);
        UUID spam = withheld(jdbc, post, bob, null, "Spam", "spam", "honeypot");
        UUID approved = comment(jdbc, post, bob, null, "Shown");
        UUID deleted = withheld(jdbc, post, bob, null, "Gone", "held", "links");
        jdbc.update("update comments set deleted_at = now(), content = '' where id = ?", deleted);
        UUID otherHeld = withheld(jdbc, post, bob, null, "Not asked for", "held", "links");

        List<CommentRow> held = moderation.selectHeldByIds(List.of(newer, older, spam, approved, deleted, UUID.randomUUID()));

        assertThat(held).extracting(CommentRow::id).containsExactly(older, newer).doesNotContain(otherHeld);
        assertThat(held.get(0).heldReason()).isEqualTo(HoldReason.FIRST_COMMENT);
        assertThat(held.get(0).guestName()).isEqualTo("Gus");
    }
}
