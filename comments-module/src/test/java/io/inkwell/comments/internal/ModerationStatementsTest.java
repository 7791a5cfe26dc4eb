package io.inkwell.comments.internal;

import static io.inkwell.comments.internal.CommentRowValues.guestComment;
import static io.inkwell.comments.internal.CommentRowValues.withheld;
import static io.inkwell.comments.test.CommentRows.comment;
import static io.inkwell.comments.test.CommentRows.hideThread;
import static io.inkwell.comments.test.CommentRows.publishedPost;
import static io.inkwell.users.test.UserRows.author;
import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.comments.CommentStatus;
import io.inkwell.comments.CommentsTestApplication;
import io.inkwell.comments.HoldReason;
import io.inkwell.db.test.StatementPlans;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statements moderation added to the comments' own mappers: held and guest rows, the views of a thread, what
 * the rules ask, the post's gate and status, and the site's key.
 */
@SpringBootTest(classes = CommentsTestApplication.class)
@Transactional
class ModerationStatementsTest {

    @Autowired
    CommentMapper comments;

    @Autowired
    PostThreadMapper threads;

    @Autowired
    CommentSecretMapper secrets;

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

    @Test
    void aHeldReplyToAHeldCommentWaitsForItAndAGuestsRowKeepsNameAndEmail() {
        CommentRow held = withheld(post, bob, null, "Held", HoldReason.LINKS);
        CommentRow reply = withheld(post, bob, held.id(), "Reply", HoldReason.DUPLICATE);
        CommentRow guests = guestComment(post, "Grace", "grace@example.com", "Hello");
        comments.insert(held);
        comments.insert(reply);
        comments.insert(guests);

        CommentRow storedReply = comments.selectById(reply.id()).orElseThrow();
        assertThat(storedReply.status()).isEqualTo(CommentStatus.HELD);
        assertThat(storedReply.heldReason()).isEqualTo(HoldReason.DUPLICATE);
        assertThat(storedReply.waitingOnId()).isEqualTo(held.id());
        CommentRow storedGuests = comments.selectById(guests.id()).orElseThrow();
        assertThat(storedGuests.authorId()).isNull();
        assertThat(storedGuests.guestName()).isEqualTo("Grace");
        assertThat(storedGuests.guestEmail()).isEqualTo("grace@example.com");
    }

    @Test
    void aReplyInAHiddenThreadIsHiddenWithIt() {
        UUID top = comment(jdbc, post, bob, null, "Top");
        hideThread(jdbc, top);

        UUID reply = comment(jdbc, post, bob, top, "Reply");

        assertThat(comments.selectById(reply).orElseThrow().hiddenRootId()).isEqualTo(top);
    }

    @Test
    void severalCommentsAreReadByIdsAndLockedInThreadOrder() {
        UUID second = comment(jdbc, post, bob, null, "Second");
        UUID first = comment(jdbc, publishedPost(jdbc), bob, null, "Elsewhere");
        UUID reply = comment(jdbc, post, bob, second, "Reply");

        assertThat(comments.selectByIds(List.of(second, first, reply))).hasSize(3);
        List<UUID> locked = comments.selectByIdsForUpdate(List.of(reply, second)).stream().map(CommentRow::id).toList();
        assertThat(locked).containsExactly(second, reply);
    }

    @Test
    void theAncestorsOfAReplyAreReadRootFirst() {
        UUID top = comment(jdbc, post, bob, null, "Top");
        UUID middle = comment(jdbc, post, bob, top, "Middle");
        UUID lower = comment(jdbc, post, bob, middle, "Lower");
        String path = comments.selectById(lower).orElseThrow().path();

        List<CommentRow> line = comments.selectAncestorsForShare(post, CommentService.pathsAbove(path));

        assertThat(line).extracting(CommentRow::id).containsExactly(top, middle, lower);
        assertThat(comments.selectAncestorsForShare(publishedPost(jdbc), CommentService.pathsAbove(path))).isEmpty();
    }

    @Test
    void eachViewOfAThreadReadsARangeOfItsOwnIndex() {
        Map<String, Object> reader = threadPage(null, false);
        Map<String, Object> author = threadPage(bob, false);
        Map<String, Object> moderator = threadPage(bob, true);

        assertThat(plan(reader)).contains("comments_visible_thread_idx").doesNotContain("withheld");
        assertThat(plan(author)).contains("comments_visible_thread_idx").contains("comments_author_withheld_idx");
        assertThat(plan(moderator)).contains("comments_visible_thread_idx").contains("comments_withheld_thread_idx");
    }

    private Map<String, Object> threadPage(UUID viewerId, boolean moderator) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("postId", post);
        parameters.put("root", null);
        parameters.put("after", "0000001");
        parameters.put("limit", 101);
        parameters.put("viewerId", viewerId);
        parameters.put("moderator", moderator);
        return parameters;
    }

    private String plan(Map<String, Object> parameters) {
        return StatementPlans.plan(sessions, jdbc, CommentMapper.class, "selectThreadPage", parameters);
    }

    @Test
    void anAuthorIsFirstTimeUntilACommentOfTheirsIsApproved() {
        comments.insert(withheld(post, bob, null, "Held", HoldReason.FIRST_COMMENT));
        comments.insert(guestComment(post, "Grace", "grace@example.com", "Hello"));

        assertThat(comments.hasApprovedComment(bob, null)).isFalse();
        assertThat(comments.hasApprovedComment(null, "grace@example.com")).isTrue();
        assertThat(comments.hasApprovedComment(null, "other@example.com")).isFalse();

        UUID cleo = author(jdbc, "Cleo");
        comment(jdbc, post, cleo, null, "Approved");
        assertThat(comments.hasApprovedComment(cleo, null)).isTrue();
    }

    @Test
    void theSameTextIsLookedForAmongTheAuthorsRecentComments() {
        UUID old = comment(jdbc, post, bob, null, "Same words");
        jdbc.update("update comments set created_at = now() - interval '2 hours' where id = ?", old);
        comments.insert(guestComment(post, "Grace", "grace@example.com", "Guest words"));
        Instant hourAgo = Instant.now().minusSeconds(3600);

        assertThat(comments.hasSameTextSince(bob, null, "Same words", hourAgo)).isFalse();
        assertThat(comments.hasSameTextSince(bob, null, "Same words", hourAgo.minusSeconds(7200))).isTrue();
        assertThat(comments.hasSameTextSince(null, "grace@example.com", "Guest words", hourAgo)).isTrue();
        assertThat(comments.hasSameTextSince(null, "grace@example.com", "Other words", hourAgo)).isFalse();
    }

    @Test
    void theDashboardCountsApprovedCommentsOnly() {
        comment(jdbc, post, bob, null, "Shown");
        comments.insert(withheld(post, bob, null, "Spam", HoldReason.HONEYPOT));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        List<DayCount> days = comments.countPerDay(today.atStartOfDay(ZoneOffset.UTC).toInstant(),
                today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());

        assertThat(days).containsExactly(new DayCount(today, 1));
    }

    @Test
    void theGateOfAPostSaysWhetherItTakesCommentsAndWhetherItsAuthorClosedThem() {
        assertThat(threads.lockGate(post)).contains(new ThreadGate(true, false));
        assertThat(threads.lockGate(UUID.randomUUID())).isEmpty();

        assertThat(threads.closeByAuthor(post, bob)).isEqualTo(1);
        assertThat(threads.closeByAuthor(post, bob)).isZero();
        assertThat(threads.isClosedByAuthor(post)).isTrue();
        assertThat(threads.lockGate(post)).contains(new ThreadGate(true, true));

        assertThat(threads.reopenByAuthor(post)).isEqualTo(1);
        assertThat(threads.isClosedByAuthor(post)).isFalse();
    }

    @Test
    void thePostsStatusIsItsCounterItsThreadAndItsSwitch() {
        comment(jdbc, post, bob, null, "Counted");
        comments.insert(withheld(post, bob, null, "Not counted", HoldReason.LINKS));

        assertThat(threads.selectStatus(post)).isEqualTo(new ThreadStatusRow(1, true, false));
        assertThat(threads.selectStatus(UUID.randomUUID())).isEqualTo(new ThreadStatusRow(0, false, false));
    }

    @Test
    void theSitesKeyIsStoredOnce() {
        jdbc.update("delete from comment_secret");
        byte[] first = new byte[32];
        byte[] second = new byte[32];
        second[0] = 1;

        assertThat(secrets.selectSecret()).isEmpty();
        assertThat(secrets.insertIfMissing(first)).isEqualTo(1);
        assertThat(secrets.insertIfMissing(second)).isZero();
        assertThat(secrets.selectSecret()).hasValueSatisfying(stored -> assertThat(stored).isEqualTo(first));
    }
}
