package io.inkwell.comments.internal;

import static io.inkwell.comments.test.CommentRows.publishedPost;
import static io.inkwell.users.test.UserRows.author;
import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.comments.AddComment;
import io.inkwell.comments.CommentCommands;
import io.inkwell.comments.CommentNotFoundException;
import io.inkwell.comments.CommentRejectedException;
import io.inkwell.comments.CommentsTestApplication;
import io.inkwell.db.test.TruncateAfterEach;
import io.inkwell.posts.PostDeleted;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Commits for real: comments written and deleted while their post's deletion is handled. Every comment
 * either lands before the reaction, which then removes it, or is refused after it: none outlives the post,
 * and no writer and no reaction deadlocks on the thread's rows.
 */
@SpringBootTest(classes = CommentsTestApplication.class)
@ExtendWith(TruncateAfterEach.class)
class PostDeletedConcurrencyTest {

    static final int WRITERS = 8;

    @Autowired
    CommentCommands commands;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void commentsWrittenWhileThePostIsDeletedNeverOutliveIt() throws Exception {
        // given a post with a few comments and writers ready to add and delete more
        UUID post = publishedPost(jdbc);
        List<Actor> writers = new ArrayList<>();
        List<UUID> existing = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            Actor writer = new Actor(author(jdbc, "Writer " + i), Role.GUEST);
            writers.add(writer);
            existing.add(commands.add(writer, new AddComment(post, null, "Before " + i)).id());
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        List<Future<Integer>> outcomes = new ArrayList<>();

        // when they write while the post's deletion is published and handled
        for (int i = 0; i < WRITERS; i++) {
            Actor writer = writers.get(i);
            UUID own = existing.get(i);
            outcomes.add(pool.submit(attempts(start, () -> {
                commands.add(writer, new AddComment(post, null, "During"));
                commands.delete(writer, own);
            })));
        }
        outcomes.add(pool.submit(attempts(start, () ->
                transactions.executeWithoutResult(tx -> events.publishEvent(new PostDeleted(post, 1))))));
        start.countDown();
        for (Future<Integer> outcome : outcomes) {
            outcome.get();
        }
        pool.shutdown();

        // then
        assertThat(jdbc.queryForObject("select count(*) from comments where post_id = ?", Long.class, post)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from post_comment_counts where post_id = ?", Long.class, post)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from event_publication", Long.class)).as("the reaction completed").isZero();
    }

    @Test
    void aCommentBeingWrittenWhenThePostIsDeletedIsRemovedWithIt() throws Exception {
        // given a comment written but not yet committed
        UUID post = publishedPost(jdbc);
        Actor ada = new Actor(author(jdbc, "Ada"), Role.GUEST);
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<?> writer = pool.submit(() -> transactions.executeWithoutResult(tx -> {
            commands.add(ada, new AddComment(post, null, "Just in time"));
            written.countDown();
            awaitQuietly(commit);
        }));
        written.await();

        // when the post's deletion is handled meanwhile: the reaction waits for the comment's lock on the thread
        // (were there none, it would finish now and miss the comment, which commits after it)
        Future<?> deletion = pool.submit(() -> transactions.executeWithoutResult(tx -> events.publishEvent(new PostDeleted(post, 1))));
        while (!deletion.isDone() && !aSessionWaitsForALock()) {
            Thread.onSpinWait();
        }
        commit.countDown();
        writer.get();
        deletion.get();
        pool.shutdown();

        // then
        assertThat(jdbc.queryForObject("select count(*) from comments where post_id = ?", Long.class, post)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from post_comment_counts where post_id = ?", Long.class, post)).isZero();
    }

    private boolean aSessionWaitsForALock() {
        return jdbc.queryForObject("select exists (select 1 from pg_stat_activity where datname = current_database()"
                + " and wait_event_type = 'Lock')", Boolean.class);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs the writes once after the start signal; refusals the rules give are expected, anything else fails the test. */
    private static Callable<Integer> attempts(CountDownLatch start, Runnable writes) {
        return () -> {
            start.await();
            try {
                writes.run();
            } catch (CommentRejectedException | CommentNotFoundException refused) {
                return 0;
            }
            return 1;
        };
    }
}
