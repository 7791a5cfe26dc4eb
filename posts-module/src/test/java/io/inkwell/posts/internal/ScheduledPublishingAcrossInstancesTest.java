package io.inkwell.posts.internal;

import static io.inkwell.users.test.UserRows.author;
import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.db.test.TestDatabase;
import io.inkwell.db.test.TruncateAfterEach;
import io.inkwell.posts.PostPublished;
import io.inkwell.posts.PostsTestApplication;
import io.inkwell.posts.test.PostRows;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Scheduled publishing as it runs in production: whole application contexts (instances) on one database, each with
 * its own pool and its own sweep. Due posts are published exactly once however many instances race for them, at
 * their scheduled time, and a post that fell due while no instance ran goes out at the next start, logged as late.
 */
@ExtendWith({TruncateAfterEach.class, OutputCaptureExtension.class})
class ScheduledPublishingAcrossInstancesTest {

    private static final int DUE_POSTS = 40;
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    /** What each instance announced, once its transaction committed. */
    static class PublishedTally {

        final Queue<PostPublished> announced = new ConcurrentLinkedQueue<>();

        @TransactionalEventListener
        void published(PostPublished event) {
            announced.add(event);
        }
    }

    private static ConfigurableApplicationContext instance(String sweepInterval) {
        return new SpringApplicationBuilder(PostsTestApplication.class, PublishedTally.class)
                .web(WebApplicationType.NONE)
                .run("--inkwell.scheduling.sweep-interval=" + sweepInterval, "--spring.main.banner-mode=off");
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Still waiting after " + PATIENCE + " for " + what);
            }
            Thread.sleep(50);
        }
    }

    @Test
    void twoInstancesRacingForTheSameDuePostsPublishEachExactlyOnceAtItsScheduledTime() throws Exception {
        try (ConfigurableApplicationContext first = instance("100ms"); ConfigurableApplicationContext second = instance("100ms")) {
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            UUID ada = author(jdbc, "Ada");
            Map<UUID, Instant> dueAt = new HashMap<>();
            Instant base = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MICROS);
            for (int i = 0; i < DUE_POSTS; i++) {
                Instant at = base.plusMillis(i);
                dueAt.put(PostRows.scheduled(jdbc, ada, "Due " + i, "due-" + i, at), at);
            }

            // Besides both sweeps, four threads on each instance ask for the next due post as fast as they can.
            ExecutorService racers = Executors.newFixedThreadPool(8);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> done = new ArrayList<>();
            for (ConfigurableApplicationContext instance : List.of(first, second)) {
                ScheduledPublishing publishing = instance.getBean(ScheduledPublishing.class);
                for (int t = 0; t < 4; t++) {
                    done.add(racers.submit(() -> {
                        start.await();
                        int published = 0;
                        while (publishing.publishNextDue().isPresent()) {
                            published++;
                        }
                        return published;
                    }));
                }
            }
            start.countDown();
            for (Future<Integer> racer : done) {
                racer.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            }
            racers.shutdown();
            Queue<PostPublished> fromFirst = first.getBean(PublishedTally.class).announced;
            Queue<PostPublished> fromSecond = second.getBean(PublishedTally.class).announced;
            await(() -> fromFirst.size() + fromSecond.size() >= DUE_POSTS, "every due post to be announced");

            List<PostPublished> announced = new ArrayList<>(fromFirst);
            announced.addAll(fromSecond);
            assertThat(announced).extracting(PostPublished::postId).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(dueAt.keySet());
            assertThat(announced).allSatisfy(event -> {
                assertThat(event.publishedAt()).isEqualTo(dueAt.get(event.postId()));
                assertThat(event.version()).isEqualTo(1);
            });
            assertThat(jdbc.queryForList("select status || ':' || version from posts", String.class))
                    .as("each published once: one version step each").hasSize(DUE_POSTS).containsOnly("published:1");
        }
    }

    @Test
    void aPostThatFellDueWhileNoInstanceRanIsPublishedAtTheNextStartAndLoggedAsLate(CapturedOutput output) throws Exception {
        // Nothing of the site runs yet: the post is written straight into the database.
        TestDatabase database = TestDatabase.get();
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(database.jdbcUrl(), database.username(),
                database.password()));
        UUID ada = author(jdbc, "Ada");
        Instant dueWhileDown = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MICROS);
        UUID post = PostRows.scheduled(jdbc, ada, "Missed", "missed", dueWhileDown);

        try (ConfigurableApplicationContext started = instance("1h")) {
            await(() -> "published".equals(jdbc.queryForObject("select status from posts where id = ?", String.class, post)),
                    "the start-up sweep");

            assertThat(jdbc.queryForObject("select published_at from posts where id = ?", Timestamp.class, post).toInstant())
                    .isEqualTo(dueWhileDown);
            await(() -> !started.getBean(PublishedTally.class).announced.isEmpty(), "its announcement");
            assertThat(started.getBean(PublishedTally.class).announced).extracting(PostPublished::postId).containsExactly(post);
            assertThat(output).contains("Published scheduled post " + post + " (/posts/missed) late");
        }
    }
}
