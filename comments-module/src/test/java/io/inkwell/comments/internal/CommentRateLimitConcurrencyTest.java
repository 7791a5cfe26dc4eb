package io.inkwell.comments.internal;

import static io.inkwell.comments.test.CommentRows.publishedPost;
import static io.inkwell.users.test.UserRows.author;
import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.comments.AddComment;
import io.inkwell.comments.CommentCommands;
import io.inkwell.comments.CommentRejectedException;
import io.inkwell.comments.CommentsTestApplication;
import io.inkwell.db.test.TestDatabase;
import io.inkwell.users.Actor;
import io.inkwell.users.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Commits for real: the limit must hold between concurrent transactions, not just inside one. */
@SpringBootTest(classes = CommentsTestApplication.class)
class CommentRateLimitConcurrencyTest {

    @Autowired
    CommentCommands commands;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        TestDatabase.get().truncateAll();
    }

    @Test
    void concurrentCommentsOfOneUserNeverPassTheLimit() throws Exception {
        // given
        Actor eve = new Actor(author(jdbc, "Eve"), Role.USER);
        UUID post = publishedPost(jdbc);
        int attempts = 16;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);

        // when
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            String text = "Burst " + i;
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    commands.add(eve, new AddComment(post, null, text));
                    return true;
                } catch (CommentRejectedException rateLimited) {
                    return false;
                }
            }));
        }
        start.countDown();
        int accepted = 0;
        for (Future<Boolean> outcome : outcomes) {
            accepted += outcome.get() ? 1 : 0;
        }
        pool.shutdown();

        // then
        assertThat(accepted).isEqualTo(CommentService.COMMENTS_PER_MINUTE);
        assertThat(jdbc.queryForObject("select count(*) from comments where author_id = ?", Long.class, eve.userId()))
                .isEqualTo(CommentService.COMMENTS_PER_MINUTE);
    }
}
