package io.inkwell.posts.internal;

import static io.inkwell.posts.internal.PostFixtures.author;
import static io.inkwell.posts.internal.PostFixtures.published;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.db.test.TestDatabase;
import io.inkwell.posts.PostsTestApplication;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The counter commits, so these tests truncate instead of rolling back. */
@SpringBootTest(classes = PostsTestApplication.class)
class ViewCounterTest {

    @Autowired
    PostMapper posts;

    @Autowired
    JdbcTemplate jdbc;

    /** A counter of its own whose timer never fires during a test: flushes happen when the test says. */
    ViewCounter counter;
    List<UUID> postIds;

    @BeforeEach
    void givenPublishedPosts() {
        counter = new ViewCounter(posts, Duration.ofHours(1));
        UUID ada = author(jdbc, "Ada");
        postIds = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            PostRow post = published(ada, "Viewed " + i, "viewed-" + i + "-" + UUID.randomUUID(), Instant.now());
            posts.insert(post);
            postIds.add(post.id());
        }
    }

    @AfterEach
    void cleanUp() throws InterruptedException {
        counter.destroy();
        TestDatabase.get().truncateAll();
    }

    @Test
    void viewsWaitInMemoryUntilAFlushWritesThemInOneStatement() {
        counter.record(postIds.get(0));
        counter.record(postIds.get(0));
        counter.record(postIds.get(1));

        assertThat(viewCount(postIds.get(0))).isZero();
        assertThat(counter.pending(postIds.get(0))).isEqualTo(2);

        assertThat(counter.flush()).isEqualTo(2);

        assertThat(viewCount(postIds.get(0))).isEqualTo(2);
        assertThat(viewCount(postIds.get(1))).isEqualTo(1);
        assertThat(counter.pending(postIds.get(0))).isZero();
        assertThat(counter.flush()).as("nothing left to write").isZero();
    }

    @Test
    void countsStayExactWhenViewsArriveWhileFlushesRun() throws Exception {
        int threads = 8;
        int viewsPerThread = 5_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean recording = new AtomicBoolean(true);
        try {
            List<Future<?>> viewers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                viewers.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < viewsPerThread; i++) {
                        counter.record(postIds.get(i % postIds.size()));
                    }
                    return null;
                }));
            }
            Future<?> flusher = pool.submit(() -> {
                start.await();
                while (recording.get()) {
                    counter.flush();
                }
                return null;
            });
            start.countDown();
            for (Future<?> viewer : viewers) {
                viewer.get();
            }
            recording.set(false);
            flusher.get();
        } finally {
            pool.shutdownNow();
        }
        counter.flush();

        long total = postIds.stream().mapToLong(this::viewCount).sum();
        assertThat(total).isEqualTo((long) threads * viewsPerThread);
    }

    @Test
    void aCleanShutdownWritesWhatIsPending() throws InterruptedException {
        counter.record(postIds.get(2));
        counter.record(postIds.get(2));
        counter.record(postIds.get(2));

        counter.destroy();

        assertThat(viewCount(postIds.get(2))).isEqualTo(3);
    }

    @Test
    void countsThatCannotBeWrittenAreKeptForTheNextFlush() {
        PostMapper failing = (PostMapper) java.lang.reflect.Proxy.newProxyInstance(PostMapper.class.getClassLoader(),
                new Class<?>[] {PostMapper.class}, (proxy, method, args) -> {
                    throw new org.springframework.dao.DataAccessResourceFailureException("database away");
                });
        ViewCounter offline = new ViewCounter(failing, Duration.ofHours(1));
        offline.record(postIds.get(0));

        assertThatThrownBy(offline::flush).hasMessageContaining("database away");

        assertThat(offline.pending(postIds.get(0))).isEqualTo(1);
    }

    @Test
    void thePostPageShowsViewsNotYetFlushed() {
        counter.record(postIds.get(1));
        assertThat(counter.pending(postIds.get(1))).isEqualTo(1);
        assertThat(counter.pending(UUID.randomUUID())).isZero();
    }

    @Test
    void theTimerFlushesOnItsOwn() throws Exception {
        ViewCounter timed = new ViewCounter(posts, Duration.ofMillis(100));
        try {
            timed.record(postIds.get(0));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (viewCount(postIds.get(0)) == 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(viewCount(postIds.get(0))).isEqualTo(1);
        } finally {
            timed.destroy();
        }
    }

    private long viewCount(UUID postId) {
        return jdbc.queryForObject("select view_count from posts where id = ?", Long.class, postId);
    }
}
