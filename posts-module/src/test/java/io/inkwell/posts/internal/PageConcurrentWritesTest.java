package io.inkwell.posts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.db.test.TruncateAfterEach;
import io.inkwell.posts.InvalidPageException;
import io.inkwell.posts.PageCommands;
import io.inkwell.posts.PageDraft;
import io.inkwell.posts.PostsTestApplication;
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

/** Admins saving pages at the same moment, committed for real: these tests clean up by truncating. */
@SpringBootTest(classes = PostsTestApplication.class)
@ExtendWith(TruncateAfterEach.class)
class PageConcurrentWritesTest {

    private static final Actor ADMIN = new Actor(UUID.randomUUID(), Role.ADMIN);

    @Autowired
    PageCommands commands;

    @Autowired
    JdbcTemplate jdbc;

    private static <T> List<T> runTogether(int threads, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void pagesWithTheSameTitleSavedAtTheSameMomentGetDistinctSlugs() throws Exception {
        List<String> slugs = runTogether(6, () -> commands.create(ADMIN, new PageDraft("Contact", null, "x"), true).slug());

        assertThat(slugs).doesNotHaveDuplicates().contains("contact", "contact-2").hasSize(6);
    }

    @Test
    void ofTwoPagesAskingForOneSlugAtOnceOneGetsItAndTheOtherAFieldError() throws Exception {
        List<String> answers = runTogether(4, () -> {
            try {
                return commands.create(ADMIN, new PageDraft("About", "about", "x"), false).slug();
            } catch (InvalidPageException e) {
                return e.field();
            }
        });

        assertThat(answers).containsOnlyOnce("about").containsOnly("about", "slug");
        assertThat(jdbc.queryForObject("select count(*) from pages", Integer.class)).isEqualTo(1);
    }
}
