package io.inkwell.comments.internal;

import static io.inkwell.comments.test.CommentRows.comment;
import static io.inkwell.comments.test.CommentRows.counted;
import static io.inkwell.comments.test.CommentRows.publishedPost;
import static io.inkwell.comments.test.CommentRows.withheld;
import static io.inkwell.users.test.UserRows.author;
import static io.inkwell.users.test.UserRows.withRole;
import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.comments.AddComment;
import io.inkwell.comments.CommentCommands;
import io.inkwell.comments.CommentModeration;
import io.inkwell.comments.CommentRejectedException;
import io.inkwell.comments.CommentsTestApplication;
import io.inkwell.comments.ModerationAction;
import io.inkwell.comments.ModerationRefusedException;
import io.inkwell.db.test.TruncateAfterEach;
import io.inkwell.users.Actor;
import io.inkwell.users.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Commits for real: moderators approving, marking as spam, hiding and showing threads and deleting, while readers
 * reply into the same threads, all on one post at once; the counter still equals the comments readers see.
 */
@SpringBootTest(classes = CommentsTestApplication.class)
@ExtendWith(TruncateAfterEach.class)
class ModerationCountsConcurrencyTest {

    static final int THREADS = 6;

    @Autowired
    CommentCommands commands;

    @Autowired
    CommentModeration moderation;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void concurrentApprovalsHidesDeletesAndRepliesKeepTheCounterExact() throws Exception {
        // given a post with six threads, each a held comment, an approved one above it and replies below
        UUID post = publishedPost(jdbc);
        Actor admin = new Actor(withRole(jdbc, "Root", Role.ADMIN), Role.ADMIN);
        Actor editor = new Actor(withRole(jdbc, "Second admin", Role.ADMIN), Role.ADMIN);
        UUID writer = author(jdbc, "Writer");
        List<UUID> tops = new ArrayList<>();
        List<UUID> held = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            UUID top = comment(jdbc, post, writer, null, "Top " + i);
            UUID waiting = withheld(jdbc, post, writer, top, "Held " + i, "held", "first_comment");
            for (int r = 0; r < 5; r++) {
                comment(jdbc, post, writer, r % 2 == 0 ? waiting : top, "Reply " + i + "." + r);
            }
            tops.add(top);
            held.add(waiting);
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4 + THREADS);
        List<Future<?>> done = new ArrayList<>();

        // when one moderator works down the threads, another up, and a reader per thread keeps replying
        done.add(pool.submit(() -> moderate(start, admin, tops, held, false)));
        done.add(pool.submit(() -> moderate(start, editor, tops, held, true)));
        for (int i = 0; i < THREADS; i++) {
            Actor reader = new Actor(author(jdbc, "Reader " + i), Role.GUEST);
            UUID top = tops.get(i);
            UUID waiting = held.get(i);
            done.add(pool.submit(() -> reply(start, reader, post, top, waiting)));
        }
        start.countDown();
        for (Future<?> outcome : done) {
            outcome.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        // then the counter is what readers see
        long visible = jdbc.queryForObject("""
                select count(*) from comments
                 where post_id = ? and status = 'approved' and waiting_on_id is null and hidden_root_id is null
                   and deleted_at is null""", Long.class, post);
        long waitingOrHidden = jdbc.queryForObject("""
                select count(*) from comments where post_id = ? and (waiting_on_id is not null or hidden_root_id is not null)""",
                Long.class, post);
        assertThat(visible).as("something is left to count").isPositive();
        assertThat(waitingOrHidden).as("something is still withheld").isPositive();
        assertThat(counted(jdbc, post)).isEqualTo(visible);
        assertThat(jdbc.queryForObject("""
                select count(*) from comments c join comments p on p.id = c.parent_id
                 where c.hidden_root_id is distinct from p.hidden_root_id and c.hidden_root_id is distinct from c.id""",
                Long.class)).as("no reply slipped out of a hidden thread").isZero();
    }

    /** Through every thread: hide, show, approve its held comment, mark it as spam, approve again, delete a top. */
    private Void moderate(CountDownLatch start, Actor moderator, List<UUID> tops, List<UUID> held, boolean backwards)
            throws Exception {
        start.await();
        for (int n = 0; n < tops.size(); n++) {
            int i = backwards ? tops.size() - 1 - n : n;
            for (ModerationAction action : List.of(ModerationAction.HIDE_THREAD, ModerationAction.SHOW_THREAD)) {
                tryTo(() -> moderation.moderate(moderator, action, List.of(tops.get(i)), null));
            }
            for (ModerationAction action : List.of(ModerationAction.APPROVE, ModerationAction.SPAM, ModerationAction.APPROVE)) {
                tryTo(() -> moderation.moderate(moderator, action, List.of(held.get(i)), null));
            }
            if (i % 3 == 0) {
                tryTo(() -> moderation.moderate(moderator, ModerationAction.HIDE_THREAD, List.of(tops.get(i)), null));
            }
            if (i % 3 == 1) {
                tryTo(() -> moderation.moderate(moderator, ModerationAction.DELETE, List.of(held.get(i)), null));
            }
        }
        return null;
    }

    /** Replies to a thread's top comment and to its held one, as the thread changes under them. */
    private Void reply(CountDownLatch start, Actor reader, UUID post, UUID top, UUID held) throws Exception {
        start.await();
        for (int i = 0; i < 8; i++) {
            UUID parent = i % 2 == 0 ? top : held;
            try {
                commands.add(reader, new AddComment(post, parent, "Reply " + i + " of " + reader.userId()));
            } catch (CommentRejectedException hiddenOrGone) {
                // replying into a hidden thread, or to a comment just deleted: refused, nothing written
            }
        }
        return null;
    }

    /** Two moderators at once: the second to hide what the first hid is told so, and nothing changes. */
    private static void tryTo(Callable<Integer> moderation) throws Exception {
        try {
            moderation.call();
        } catch (ModerationRefusedException raced) {
            // already hidden, shown, or deleted by the other moderator
        }
    }
}
