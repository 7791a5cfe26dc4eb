package io.inkwell.posts.internal;

import static io.inkwell.posts.internal.PostRowValues.published;
import static io.inkwell.users.test.UserRows.author;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inkwell.db.test.TestDatabase;
import io.inkwell.posts.PostsTestApplication;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The counter commits, so these tests truncate instead of rolling back. Its clock stands on a day far
 * in the future, so the context's own counter (which rolls the real week over) never touches its rows.
 */
@SpringBootTest(classes = PostsTestApplication.class)
class ViewCounterTest {

    static final LocalDate TODAY = LocalDate.parse("2100-03-10");

    @Autowired
    PostMapper posts;

    @Autowired
    ViewStats stats;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    /** A counter of its own whose timer never fires during a test: flushes happen when the test says. */
    ViewCounter counter;
    List<UUID> postIds;

    @BeforeEach
    void givenPublishedPosts() {
        counter = new ViewCounter(stats, Duration.ofHours(1), clockAt(TODAY));
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
        assertThat(dayViews(postIds.get(0), TODAY)).isEqualTo(2);
        assertThat(weekViews(postIds.get(0))).isEqualTo(2);
        assertThat(weekViews(postIds.get(1))).isEqualTo(1);
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
        for (UUID postId : postIds) {
            assertThat(dayViews(postId, TODAY)).as("the day's bucket").isEqualTo(viewCount(postId));
            assertThat(weekViews(postId)).as("the week's total").isEqualTo(viewCount(postId));
        }
    }

    @Test
    void twoInstancesFlushingAtOnceStayExactInEveryTable() throws Exception {
        ViewCounter other = new ViewCounter(stats, Duration.ofHours(1), clockAt(TODAY));
        int rounds = 200;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> instances = new ArrayList<>();
            for (ViewCounter instance : List.of(counter, other)) {
                instances.add(pool.submit(() -> {
                    start.await();
                    for (int round = 0; round < rounds; round++) {
                        postIds.forEach(instance::record);
                        instance.flush();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> instance : instances) {
                instance.get();
            }
        } finally {
            pool.shutdownNow();
            other.destroy();
        }

        for (UUID postId : postIds) {
            assertThat(viewCount(postId)).isEqualTo(2L * rounds);
            assertThat(dayViews(postId, TODAY)).isEqualTo(2L * rounds);
            assertThat(weekViews(postId)).isEqualTo(2L * rounds);
        }
    }

    @Test
    void aFlushCountsItsViewsOnTheDayItRunsAndTheWeekKeepsSevenDays() throws InterruptedException {
        MovableClock clock = new MovableClock();
        ViewCounter daily = new ViewCounter(stats, Duration.ofHours(1), clock);
        UUID post = postIds.get(0);
        for (int day = 0; day < 8; day++) {
            clock.moveTo(TODAY.plusDays(day));
            daily.record(post);
            daily.flush();
        }
        daily.destroy();

        assertThat(dayViews(post, TODAY)).isEqualTo(1);
        assertThat(dayViews(post, TODAY.plusDays(7))).isEqualTo(1);
        assertThat(weekViews(post)).as("eight days flushed, none rolled over yet").isEqualTo(8);

        stats.rollOver(TODAY.plusDays(7));

        assertThat(weekViews(post)).as("the seven days ending today").isEqualTo(7);
        assertThat(viewCount(post)).as("the all-time count keeps every view").isEqualTo(8);
    }

    @Test
    void twoRollOversAtOnceSubtractADayOnce() throws Exception {
        counter.record(postIds.get(0));
        counter.record(postIds.get(0));
        counter.flush();
        ViewCounter nextDay = new ViewCounter(stats, Duration.ofHours(1), clockAt(TODAY.plusDays(1)));
        nextDay.record(postIds.get(0));
        nextDay.flush();
        nextDay.destroy();
        LocalDate weekLater = TODAY.plusDays(7);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<LocalDate>> rollOvers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                rollOvers.add(pool.submit(() -> {
                    start.await();
                    return stats.rollOver(weekLater);
                }));
            }
            start.countDown();
            for (Future<LocalDate> rollOver : rollOvers) {
                assertThat(rollOver.get()).isEqualTo(TODAY);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(weekViews(postIds.get(0))).as("only the first day left").isEqualTo(1);
    }

    @Test
    void aRollOverWaitsForAnotherInstancesRollOverAndThenFindsItDone() throws Exception {
        counter.record(postIds.get(1));
        counter.flush();
        LocalDate weekLater = TODAY.plusDays(7);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> transactions.executeWithoutResult(status -> {
                stats.rollOver(weekLater);
                locked.countDown();
                await(release);
            }));
            locked.await();
            Future<LocalDate> second = pool.submit(() -> stats.rollOver(weekLater));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (waitingOnRolloverLock() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(waitingOnRolloverLock()).as("the second roll-over waits on the marker row").isEqualTo(1);
            assertThat(second).isNotDone();
            release.countDown();
            first.get();
            assertThat(second.get()).isEqualTo(TODAY);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }

        assertThat(jdbc.queryForObject("select count(*) from post_week_views", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from post_view_counts", Long.class)).isZero();
    }

    @Test
    void viewsBeingWrittenStillCountUntilTheirTransactionCommits() throws Exception {
        UUID post = postIds.get(0);
        counter.record(post);
        counter.record(post);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // Another transaction holds the post's row, so the flush waits inside its write.
            Future<?> holder = pool.submit(() -> transactions.executeWithoutResult(status -> {
                jdbc.queryForObject("select id from posts where id = ? for update", UUID.class, post);
                locked.countDown();
                await(release);
            }));
            locked.await();
            Future<Integer> flush = pool.submit(counter::flush);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (waitingOnPostRow() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(flush).as("the flush waits on the post's row").isNotDone();

            assertThat(viewCount(post) + counter.pending(post)).as("what a page shows meanwhile").isEqualTo(2);

            release.countDown();
            holder.get();
            assertThat(flush.get()).isEqualTo(1);
            assertThat(viewCount(post) + counter.pending(post)).as("after the commit").isEqualTo(2);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    private long waitingOnPostRow() {
        return jdbc.queryForObject("""
                select count(*) from pg_stat_activity
                 where wait_event_type = 'Lock' and query like '%background work: view-count flush%'""", Long.class);
    }

    @Test
    void aCleanShutdownWritesWhatIsPending() throws InterruptedException {
        counter.record(postIds.get(2));
        counter.record(postIds.get(2));
        counter.record(postIds.get(2));

        counter.destroy();

        assertThat(viewCount(postIds.get(2))).isEqualTo(3);
        assertThat(dayViews(postIds.get(2), TODAY)).isEqualTo(3);
        assertThat(weekViews(postIds.get(2))).isEqualTo(3);
    }

    @Test
    void countsThatCannotBeWrittenAreKeptForTheNextFlush() {
        ViewStats failing = new ViewStats(null, null) {
            @Override
            public void add(List<ViewCount> batch, LocalDate day) {
                throw new org.springframework.dao.DataAccessResourceFailureException("database away");
            }
        };
        ViewCounter offline = new ViewCounter(failing, Duration.ofHours(1), clockAt(TODAY));
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
        ViewCounter timed = new ViewCounter(stats, Duration.ofMillis(100), clockAt(TODAY));
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

    @Test
    void theTimerRollsTheWeekOverOnItsOwn() throws Exception {
        counter.record(postIds.get(0));
        counter.flush();
        ViewCounter weekLater = new ViewCounter(stats, Duration.ofMillis(100), clockAt(TODAY.plusDays(7)));
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (rows("post_week_views") > 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(rows("post_week_views")).isZero();
            assertThat(rows("post_view_counts")).isZero();
        } finally {
            weekLater.destroy();
        }
    }

    private static Clock clockAt(LocalDate day) {
        return Clock.fixed(day.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private long waitingOnRolloverLock() {
        return jdbc.queryForObject("""
                select count(*) from pg_stat_activity
                 where datname = current_database() and wait_event_type = 'Lock' and query like '%post_week_rollover%'""",
                Long.class);
    }

    private long rows(String table) {
        // A constant table name from this class; identifiers take no bind parameters.
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private long dayViews(UUID postId, LocalDate day) {
        return jdbc.queryForObject("select coalesce(sum(views), 0) from post_view_counts where post_id = ? and day = ?",
                Long.class, postId, day);
    }

    private long weekViews(UUID postId) {
        return jdbc.queryForObject("select coalesce(sum(views), 0) from post_week_views where post_id = ?", Long.class, postId);
    }

    /** "Today" for a counter, moved a day at a time by the test. */
    private static final class MovableClock extends Clock {

        private volatile Instant now = Instant.EPOCH;

        void moveTo(LocalDate day) {
            now = day.atTime(23, 59, 59).toInstant(ZoneOffset.UTC);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private long viewCount(UUID postId) {
        return jdbc.queryForObject("select view_count from posts where id = ?", Long.class, postId);
    }
}
