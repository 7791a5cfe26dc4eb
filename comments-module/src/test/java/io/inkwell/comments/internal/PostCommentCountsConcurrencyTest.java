package io.inkwell.comments.internal;

import static io.inkwell.comments.test.CommentRows.comment;
import static io.inkwell.comments.test.CommentRows.publishedPost;
import static io.inkwell.users.test.UserRows.author;
import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.comments.AddComment;
import io.inkwell.comments.CommentCommands;
import io.inkwell.comments.CommentRejectedException;
import io.inkwell.comments.CommentsTestApplication;
import io.inkwell.db.test.TruncateAfterEach;
import io.inkwell.users.Actor;
import io.inkwell.users.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
 * Commits for real: many writers of one thread at once, through the service (replies next to deletions of
 * their siblings, placeholders coming and going) and through plain SQL, and the counter still equals count(*).
 */
@SpringBootTest(classes = CommentsTestApplication.class)
@ExtendWith(TruncateAfterEach.class)
class PostCommentCountsConcurrencyTest {

    static final int WRITERS = 8;

    @Autowired
    CommentCommands commands;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void concurrentAddsRepliesAndDeletesOnOnePostKeepTheCounterExact() throws Exception {
        // given a post with one comment everybody answers
        Actor owner = new Actor(author(jdbc, "Owner"), Role.USER);
        UUID post = publishedPost(jdbc);
        UUID root = commands.add(owner, new AddComment(post, null, "Discuss")).id();
        List<Actor> writers = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            writers.add(new Actor(author(jdbc, "Writer " + i), Role.GUEST));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 4);

        // when each writer replies to the root and to its own reply, deletes some, while plain SQL adds and removes leaves
        List<Future<?>> done = new ArrayList<>();
        for (Actor writer : writers) {
            done.add(pool.submit(() -> converse(writer, post, root, start)));
        }
        for (int i = 0; i < 4; i++) {
            UUID sqlAuthor = author(jdbc, "Script " + i);
            done.add(pool.submit(() -> churnWithPlainSql(post, root, sqlAuthor, start)));
        }
        start.countDown();
        for (Future<?> outcome : done) {
            outcome.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        // then
        long live = jdbc.queryForObject("select count(*) from comments where post_id = ? and deleted_at is null", Long.class, post);
        long placeholders = jdbc.queryForObject("select count(*) from comments where post_id = ? and deleted_at is not null",
                Long.class, post);
        Integer counted = jdbc.queryForObject("select comments from post_comment_counts where post_id = ?", Integer.class, post);
        assertThat(live).as("something was left to count").isPositive();
        assertThat(placeholders).as("some deletions became placeholders").isPositive();
        assertThat(counted.longValue()).isEqualTo(live);
    }

    /** Six comments (within the rate limit) and three deletions of one's own, some of them with replies by then. */
    private Void converse(Actor writer, UUID post, UUID root, CountDownLatch start) throws Exception {
        start.await();
        List<UUID> mine = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            UUID parent = i % 3 == 2 && !mine.isEmpty() ? mine.get(mine.size() - 1) : root;
            try {
                mine.add(commands.add(writer, new AddComment(post, parent, "Reply " + i)).id());
            } catch (CommentRejectedException parentGone) {
                // a reply to one's own comment just deleted: refused, nothing written
            }
            if (i % 2 == 1 && !mine.isEmpty()) {
                commands.delete(writer, mine.remove(0));
            }
        }
        return null;
    }

    /** Each statement its own transaction: the triggers alone must keep the count. */
    private Void churnWithPlainSql(UUID post, UUID root, UUID author, CountDownLatch start) throws Exception {
        start.await();
        for (int i = 0; i < 40; i++) {
            UUID id = comment(jdbc, post, author, root, "Scripted");
            if (i % 4 == 0) {
                jdbc.update("delete from comments where id = ?", id);
            } else if (i % 4 == 1) {
                jdbc.update("update comments set deleted_at = now(), content = '' where id = ?", id);
            }
        }
        return null;
    }
}
